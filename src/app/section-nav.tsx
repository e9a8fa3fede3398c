import { SummaryStrip } from '../features/results/summary-strip';
import { useT } from '../i18n/translate';
import { MountInTurn } from '../ui/mount-in-turn';

/**
 * The sections in one bar that stays at the top of the window, with the headline figures beside
 * them: on a phone, the results and the advisor are one tap away from any field.
 */
export function SectionNav() {
  const t = useT();
  const sections = [
    ['usage', t('Usage')],
    ['packages', t('Packages')],
    ['results', t('Results')],
    ['advisor', t('Advisor')],
    ['compare', t('Compare')],
    ['share', t('Share')],
  ] as const;
  return (
    <nav className="section-nav" aria-label={t('Sections')}>
      <ul>
        {sections.map(([id, name]) => (
          <li key={id}>
            <a href={`#${id}`}>{name}</a>
          </li>
        ))}
      </ul>
      {/* With the results, not before: the first paint never waits for a simulation. */}
      <MountInTurn order={1}>
        <SummaryStrip />
      </MountInTurn>
    </nav>
  );
}
