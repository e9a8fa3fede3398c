import { useId, useMemo } from 'react';
import type { Catalog } from '../../engine';
import { useT } from '../../i18n/translate';
import { useDraftCheck } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { BreakEvenSection } from './break-even-section';
import { PlanSection } from './plan-section';
import { checkUncertainty, rangesOf } from './uncertainty';
import { UncertaintySection } from './uncertainty-section';

/** What to buy, when, and how sure: the low and high cases, the cheapest plan, break-even volumes. */
export function AdvisorPanel({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const headingId = useId();
  const { parsed } = useDraftCheck();
  const scenario = parsed.ok ? parsed.scenario : null;
  const uncertainty = useScenarioStore((state) => state.uncertainty);
  const streams = useScenarioStore((state) => state.draft.streams);
  // Streams forecast from their history bring their own low and high months.
  const ranges = useMemo(() => rangesOf(streams), [streams]);
  const check = useMemo(
    () => checkUncertainty(uncertainty, scenario ?? undefined, ranges),
    [uncertainty, scenario, ranges],
  );
  const cases = check.ok ? check.value : null;
  return (
    <section className="panel advisor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Purchase advisor')}</h2>
      {catalog ? null : (
        <p className="notice notice-warning">
          {t(
            'The price catalog is unavailable: the advisor and the break-even table need its package sizes. The three cases below still work.',
          )}
        </p>
      )}
      <UncertaintySection scenario={scenario} check={check} />
      <PlanSection scenario={scenario} catalog={catalog} cases={cases} />
      <BreakEvenSection scenario={scenario} catalog={catalog} cases={cases} />
    </section>
  );
}
