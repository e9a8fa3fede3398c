import { useT } from '../i18n/translate';

/** What the demo is and what to try first, for someone who opens the page for the first time. */
export function DemoIntro({ onBlank }: { readonly onBlank: () => void }) {
  const t = useT();
  return (
    <section className="notice demo-intro" aria-label={t('About this demo')}>
      <p>
        {t(
          'This is a demo estimate for a fictional shipping company, to show how the simulator works. Figures in red mark calls that are wasted or fail. Try changing the monthly calls, or ask the advisor, below the results, for the cheapest plan.',
        )}
      </p>
      <button type="button" onClick={onBlank}>
        {t('Start a blank estimate')}
      </button>
    </section>
  );
}
