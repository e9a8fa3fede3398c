import { ConsumptionFigure } from '../features/results/chart-figures';
import { Summary } from '../features/results/summary';
import { useT } from '../i18n/translate';
import { DEMO_DRAFT } from '../store/demo';
import { checkDraftOnce, simulationOf } from '../store/derived';

/**
 * The demo's results as a first-time visitor first sees them: rendered to HTML when the app is
 * built (build/first-screen-plugin.ts), so the summary and the first chart's frame paint before
 * any JavaScript has run. The app's first render replaces it.
 */
export function FirstScreen() {
  const t = useT();
  const check = checkDraftOnce(DEMO_DRAFT);
  if (!check.parsed.ok) throw new Error('The demo estimate is not a valid scenario');
  const { scenario } = check.parsed;
  const simulation = simulationOf(scenario);
  return (
    <main className="layout">
      <div />
      <div>
        <section className="panel results-panel" aria-label={t('Results')}>
          <h2>{t('Results')}</h2>
          <div className="results-body">
            <Summary simulation={simulation} scenario={scenario} />
            <ConsumptionFigure simulation={simulation} scenario={scenario} />
          </div>
        </section>
      </div>
    </main>
  );
}
