import { useDeferredValue, useId } from 'react';
import { billingDayOf, type Catalog, formatIsoDate, type Message } from '../../engine';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useDraftCheck } from '../../store/derived';
import { MountInTurn } from '../../ui/mount-in-turn';
import { useDrawingEverything } from '../../ui/near-viewport';
import { Assumptions } from './assumptions';
import { AllowanceFigures, ConsumptionFigure, PaybackFigure, WhoPaysFigure } from './chart-figures';
import { DeductionOrder } from './deduction-order';
import { listProblems } from './draft-problems';
import { AllowanceLedgerTable, MonthLedgerTable, PackageLedgerTable } from './ledgers';
import { ResultsCatalogContext } from './package-names';
import { ReportCover } from './report-cover';
import { Summary } from './summary';
import { type SimulationView, useSimulation } from './use-simulation';

/** The ledgers and the notes under the charts mount in this turn at load: right after the panel (turn 1). */
const RESULT_TABLES_TURN = 1.5;

/** The results of the draft: figures, charts, ledgers, deduction order and assumptions. */
export function ResultsPanel({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const headingId = useId();
  // The figures and charts render with the edit: each chart redraws only its own layer over
  // axes the edit leaves alone. The tables under them follow in a deferred render, which a
  // quicker edit replaces, so the charts never wait for hundreds of table rows.
  const view = useSimulation();
  const tablesView = useDeferredValue(view);
  const drawingEverything = useDrawingEverything();
  return (
    <section className="panel results-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Results')}</h2>
      <div role="status" className="results-status">
        {view === null ? (
          <NoResultsYet catalog={catalog} />
        ) : view.stale ? (
          <StaleNotice errors={view.errors} catalog={catalog} />
        ) : null}
      </div>
      {view === null ? null : (
        <ResultsCatalogContext value={catalog}>
          <div className={view.stale ? 'results-body stale' : 'results-body'}>
            {/* On paper only: drawn once printing asks for the whole page, so no edit waits for its rows. */}
            {drawingEverything ? (
              <ReportCover
                simulation={view.simulation}
                scenario={view.scenario}
                catalog={catalog}
                today={formatIsoDate(billingDayOf(Date.now()))}
              />
            ) : null}
            <Summary simulation={view.simulation} scenario={view.scenario} />
            <ConsumptionFigure simulation={view.simulation} scenario={view.scenario} />
            <AllowanceFigures simulation={view.simulation} scenario={view.scenario} />
            <WhoPaysFigure simulation={view.simulation} scenario={view.scenario} />
            <PaybackFigure simulation={view.simulation} scenario={view.scenario} />
            {/* Below the charts: mounted in the next turn at load, so no one task builds it all. */}
            <MountInTurn order={RESULT_TABLES_TURN}>
              <ResultTables view={tablesView ?? view} catalog={catalog} />
            </MountInTurn>
          </div>
        </ResultsCatalogContext>
      )}
    </section>
  );
}

function ResultTables({
  view,
  catalog,
}: {
  readonly view: SimulationView;
  readonly catalog: Catalog | undefined;
}) {
  return (
    <>
      <MonthLedgerTable simulation={view.simulation} currency={view.scenario.currency} />
      <PackageLedgerTable simulation={view.simulation} scenario={view.scenario} catalog={catalog} />
      <AllowanceLedgerTable simulation={view.simulation} scenario={view.scenario} />
      <DeductionOrder scenario={view.scenario} catalog={catalog} />
      <Assumptions catalog={catalog} />
    </>
  );
}

function StaleNotice({
  errors,
  catalog,
}: {
  readonly errors: readonly Message[];
  readonly catalog: Catalog | undefined;
}) {
  const t = useT();
  const { problem } = useMessages(catalog);
  const { generalErrors } = useDraftCheck();
  return (
    <div className="notice notice-warning">
      <p>
        <strong>
          {errors.length === 1
            ? t('Results are out of date: fix the highlighted fields (1 problem) to update them.')
            : t(
                'Results are out of date: fix the highlighted fields ({count} problems) to update them.',
                { count: errors.length },
              )}
        </strong>
      </p>
      {generalErrors.length > 0 ? (
        <ul>
          {[...new Set(generalErrors.map(problem))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function NoResultsYet({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const { problem } = useMessages(catalog);
  const check = useDraftCheck();
  const count = listProblems(check).length;
  return (
    <div className="notice notice-warning">
      <p>
        {count === 1
          ? t('Results appear once the scenario is valid: fix the highlighted fields (1 problem).')
          : t(
              'Results appear once the scenario is valid: fix the highlighted fields ({count} problems).',
              { count },
            )}
      </p>
      {check.generalErrors.length > 0 ? (
        <ul>
          {[...new Set(check.generalErrors.map(problem))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
