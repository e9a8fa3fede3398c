import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type AdvisorObjective,
  type AdvisorResult,
  type Catalog,
  gapPercent,
  type Money,
  roundMoney,
  type Scenario,
  type StreamAdvice,
} from '../../engine';
import { sizeDisplayName } from '../../i18n/catalog-names';
import { formatCount, formatCurrency, formatDate, formatRatioAsPercent } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { type Translate, useT } from '../../i18n/translate';
import { MAX_VARIANTS } from '../../store/analysis';
import { useDraft, useDraftCheck } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { distinctNames } from '../../ui/distinct-names';
import { TableScroll } from '../../ui/table-scroll';
import { withNames } from '../../ui/with-names';
import type { AdvisorRunState, CompletedRun } from './advisor-protocol';
import { adviceKey, applyLabelledAdvice, packagesWithPlan } from './apply-plan';
import { streamLabel } from './break-even-section';
import { toDifference, toPlanRows } from './to-plan-view';
import { caseScenarios, formatPercentChange, type Uncertainty } from './uncertainty';
import { type RunContext, useAdvisorRun } from './use-advisor-run';

const OBJECTIVES: readonly AdvisorObjective[] = ['total', 'worst'];

function objectiveLabel(objective: AdvisorObjective, t: Translate): string {
  return objective === 'worst' ? t('Worst case') : t('Expected usage');
}

/** What is known of a stream's plan against the cheapest, in words a customer can hear. */
function guaranteeWords(stream: StreamAdvice, t: Translate): string {
  if (stream.guarantee === 'proven-optimal') return t('the cheapest possible (proven)');
  const gap =
    stream.guarantee === 'within-gap' && stream.lowerBound !== null
      ? gapPercent(stream.cost, stream.lowerBound)
      : null;
  return gap === null
    ? t('may not be the cheapest')
    : t('at most {percent} more than the cheapest possible', { percent: formatGap(gap) });
}

/** A gap in percent from the engine ("0.3"), as the page writes percentages. */
function formatGap(percent: string): string {
  const digits = percent.split('.')[1]?.length ?? 0;
  return formatRatioAsPercent((Number(percent) / 100).toFixed(digits + 2), digits);
}

/** The plan's certificate in one sentence a salesperson can repeat. */
function certificateSentence(result: AdvisorResult, t: Translate): string {
  const { certificate } = result;
  if (certificate.guarantee === 'proven-optimal')
    return t('This is the cheapest possible plan (proven).');
  if (certificate.guarantee === 'within-gap')
    return certificate.gapPercent === null
      ? t('This plan may not be the cheapest possible plan.')
      : t('This plan costs at most {percent} more than the cheapest possible plan.', {
          percent: formatGap(certificate.gapPercent),
        });
  return certificate.solver === 'unavailable'
    ? t(
        'The exact solver could not be loaded, so this is the best plan the quick search found; it may not be the cheapest.',
      )
    : t(
        'The exact solver could not finish in time, so this is the best plan found; it may not be the cheapest.',
      );
}

/** "1 call fails", "12 calls fail": how many calls of a plan fail. */
function failingCalls(count: number, t: Translate): string {
  return count === 1 ? t('1 call fails') : t('{count} calls fail', { count: formatCount(count) });
}

/** "Find the cheapest plan": runs the advisor in a worker and shows, applies or keeps its plan. */
export function PlanSection({
  scenario,
  catalog,
  cases,
}: {
  readonly scenario: Scenario | null;
  readonly catalog: Catalog | undefined;
  readonly cases: Uncertainty | null;
}) {
  const t = useT();
  const { say } = useMessages(catalog);
  const headingId = useId();
  const objectiveHintId = useId();
  const reasonId = useId();
  const progressId = useId();
  const draft = useDraft();
  const { parsed } = useDraftCheck();
  const [objective, setObjective] = useState<AdvisorObjective>('total');
  const { state, start, cancel } = useAdvisorRun();
  const running = state.phase === 'running';
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Focus follows the buttons that come and go: Cancel while a search runs, then back.
  const previousPhase = useRef(state.phase);
  useEffect(() => {
    const was = previousPhase.current;
    previousPhase.current = state.phase;
    if (state.phase === 'running' && was !== 'running') cancelRef.current?.focus();
    else if (was === 'running' && state.phase !== 'running') {
      const active = document.activeElement;
      if (active === null || active === document.body || active === cancelRef.current)
        startRef.current?.focus();
    }
  }, [state.phase]);

  const problems = parsed.ok ? 0 : parsed.errors.length;
  const reason =
    scenario === null
      ? problems === 1
        ? t('The scenario has 1 problem: fix it to find a plan.')
        : t('The scenario has {count} problems: fix them to find a plan.', {
            count: formatCount(problems),
          })
      : !catalog
        ? t('The price catalog is unavailable: the advisor needs its package sizes and prices.')
        : objective === 'worst' && cases === null
          ? t('Fix the low and high cases to plan for the worst case.')
          : null;
  const keyOf = (current: Scenario) => adviceKey(current, draft.catalogId, objective, cases);
  // Only a plan on screen is compared with the draft: the key, a serialized scenario, is not
  // worth making on every edit before there is one.
  const hasPlan = state.last !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyOf reads exactly these
  const currentKey = useMemo(
    () => (scenario && hasPlan ? keyOf(scenario) : null),
    [scenario, hasPlan, draft.catalogId, objective, cases],
  );

  const onStart = () => {
    if (!scenario || !catalog || reason !== null) return;
    const variants =
      objective === 'worst' && cases
        ? Object.values(caseScenarios(scenario, cases)).filter((variant) => variant !== scenario)
        : [];
    start({
      scenario,
      variants,
      catalog,
      context: {
        key: keyOf(scenario),
        scenario,
        objective,
        cases: objective === 'worst' ? cases : null,
      },
    });
  };

  return (
    <section className="advisor-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('The cheapest plan')}</h3>
      <p className="chart-note">
        {t(
          'Which catalog packages to buy, on the first day of which month, for the lowest total cost under the exact billing rules. Free, promotional and already-owned packages are kept; the planned purchases are what the plan replaces.',
        )}
      </p>
      <fieldset className="radio-group" aria-describedby={objectiveHintId}>
        <legend>{t('Plan for')}</legend>
        {OBJECTIVES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${headingId}-objective`}
              value={option}
              checked={objective === option}
              onChange={() => setObjective(option)}
              disabled={running}
            />
            {objectiveLabel(option, t)}
          </label>
        ))}
        <span className="field-hint" id={objectiveHintId}>
          {objective === 'total'
            ? t('The lowest total cost if calls come in as projected.')
            : cases
              ? t(
                  'The lowest of the highest totals over the low, expected and high cases. Low {low}, high {high}.',
                  {
                    low: formatPercentChange(cases.lowPercent),
                    high: formatPercentChange(cases.highPercent),
                  },
                )
              : t('The lowest of the highest totals over the low, expected and high cases.')}
        </span>
      </fieldset>
      <div className="editor-actions advisor-run">
        <button
          type="button"
          className="primary"
          ref={startRef}
          onClick={onStart}
          disabled={reason !== null || running}
          aria-describedby={reason ? reasonId : undefined}
        >
          {t('Find the cheapest plan')}
        </button>
        {running ? (
          <button type="button" ref={cancelRef} onClick={cancel}>
            {t('Cancel')}
          </button>
        ) : null}
      </div>
      {reason ? (
        <p className="editor-message" id={reasonId}>
          {reason}
        </p>
      ) : null}
      {running ? (
        <div className="advisor-progress">
          <label htmlFor={progressId}>{t('Finding the cheapest plan')}</label>
          <progress id={progressId} max={100} value={Math.floor(state.fraction * 100)}>
            {Math.floor(state.fraction * 100)} %
          </progress>
          <span aria-hidden="true">{Math.floor(state.fraction * 100)} %</span>
        </div>
      ) : null}
      <RunStatus state={state} />
      {state.phase === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('The advisor could not finish: {reason}', {
            reason: state.message ? say(state.message) : '',
          })}
        </p>
      ) : null}
      {state.last ? (
        <PlanResult
          run={state.last}
          catalog={catalog}
          currentKey={currentKey}
          currentScenario={scenario}
        />
      ) : null}
    </section>
  );
}

/** What a screen reader hears: the start, every tenth of the way, and the end. */
function RunStatus({ state }: { readonly state: AdvisorRunState<RunContext> }) {
  const t = useT();
  let text = '';
  if (state.phase === 'running')
    text = t('Searching for the cheapest plan: {percent} % done.', {
      percent: Math.floor(state.fraction * 10) * 10,
    });
  else if (state.phase === 'cancelled') text = t('Search cancelled. Nothing was changed.');
  else if (state.phase === 'done' && state.last) {
    const difference = toDifference(state.last.result.savingsAgainstCurrentPlan);
    const currency = state.last.context.scenario.currency;
    const { failedCalls, currentPlanFailedCalls } = state.last.result;
    const fewer = currentPlanFailedCalls - failedCalls;
    const cost =
      difference.kind === 'even'
        ? t('it costs the same as your current plan')
        : difference.kind === 'saves'
          ? t('it costs {amount} less than your current plan', {
              amount: formatCurrency(difference.amount, currency),
            })
          : t('it costs {amount} more than your current plan', {
              amount: formatCurrency(difference.amount, currency),
            });
    const failures =
      fewer > 0
        ? fewer === 1
          ? t('1 call fewer fails')
          : t('{count} calls fewer fail', { count: formatCount(fewer) })
        : fewer < 0
          ? fewer === -1
            ? t('1 call more fails')
            : t('{count} calls more fail', { count: formatCount(-fewer) })
          : null;
    text =
      failures === null
        ? t('Found a plan: {cost}.', { cost })
        : t('Found a plan: {cost}, and {failures}.', { cost, failures });
  }
  return (
    <p className="advisor-status" role="status">
      {text}
    </p>
  );
}

function PlanResult({
  run,
  catalog,
  currentKey,
  currentScenario,
}: {
  readonly run: CompletedRun<RunContext>;
  readonly catalog: Catalog | undefined;
  readonly currentKey: string | null;
  readonly currentScenario: Scenario | null;
}) {
  const t = useT();
  const { say } = useMessages(catalog);
  const headingId = useId();
  const { result, context } = run;
  const draft = useDraft();
  const variants = useScenarioStore((state) => state.variants);
  const { replacePackages, keepVariant } = useScenarioStore.getState();
  const [kept, setKept] = useState<string | null>(null);
  const currency = context.scenario.currency;
  const money = (amount: Money) => formatCurrency(roundMoney(amount, 2), currency);

  // The draft after "apply": when it is the current one, the plan is in the editor. Its
  // packages are labelled in the page's language, as "apply" labelled them.
  const locale = useLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels are in the page's language
  const appliedKey = useMemo(
    () =>
      adviceKey(
        applyLabelledAdvice(context.scenario, result.purchases, catalog),
        draft.catalogId,
        context.objective,
        context.cases,
      ),
    [context, result, catalog, draft.catalogId, locale],
  );
  const status =
    currentKey === context.key ? 'current' : currentKey === appliedKey ? 'applied' : 'stale';
  const planPackages = () =>
    packagesWithPlan(draft, currentScenario ?? context.scenario, result.purchases, catalog);

  const names = new Map(
    context.scenario.streams.map((stream) => [
      `${stream.api} ${stream.region}`,
      streamLabel(catalog, stream),
    ]),
  );
  const rows = toPlanRows(
    result.purchases,
    (api, region) => names.get(`${api} ${region}`) ?? t('{api} in {region}', { api, region }),
  );
  // The variant's name is the user's from then on: written in the page's language of the moment.
  const planName =
    context.objective === 'worst' ? t("Advisor's plan (worst case)") : t("Advisor's plan");
  const variantName =
    distinctNames([...variants.map((variant) => variant.name), planName]).at(-1) ?? planName;
  const full = variants.length >= MAX_VARIANTS;

  return (
    <div className="advisor-result">
      <h4 id={headingId}>
        {context.objective === 'worst'
          ? t('Plan for the worst case')
          : t('Plan for the expected usage')}
      </h4>
      {status === 'stale' ? (
        <p className="notice notice-warning">
          {t(
            'The scenario (or what was asked) changed since this plan was found: find the cheapest plan again before applying it.',
          )}
        </p>
      ) : status === 'applied' ? (
        <p className="notice">
          {t(
            'Applied: these are now the planned purchases. Undo (Ctrl+Z) brings back the ones before.',
          )}
        </p>
      ) : null}
      <PlanFigures result={result} money={money} currency={currency} />
      {rows.length === 0 ? (
        <p>{t('Buy nothing: no package pays for itself at these volumes.')}</p>
      ) : (
        <TableScroll label={t("The plan's purchases")}>
          <table className="plan-table">
            <caption>{t('What to buy, and when')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Stream')}</th>
                <th scope="col">{t('Size')}</th>
                <th scope="col">{t('Count')}</th>
                <th scope="col">{t('Bought on')}</th>
                <th scope="col">{t('Price')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.stream}</th>
                  <td>
                    <abbr title={t('({count} calls)', { count: formatCount(row.calls) })}>
                      {sizeDisplayName(row.calls)}
                    </abbr>
                  </td>
                  <td>{formatCount(row.count)}</td>
                  <td>{formatDate(row.createdOn)}</td>
                  <td>
                    {formatCurrency(row.price, currency)}
                    {row.count > 1 ? (
                      <span className="advisor-detail">
                        {' '}
                        {t('({price} each)', { price: formatCurrency(row.unitPrice, currency) })}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h5>{t('How sure')}</h5>
      <p className="advisor-certificate">
        <strong>{certificateSentence(result, t)}</strong>
        {result.certificate.guarantee === 'within-gap' && result.certificate.lowerBound !== null ? (
          <span className="advisor-detail">
            {' '}
            {t('No plan can cost less than {amount}.', {
              amount: money(result.certificate.lowerBound),
            })}
          </span>
        ) : null}
      </p>
      {result.streams.length > 1 && context.objective === 'total' ? (
        <ul className="advisor-guarantees">
          {result.streams.map((stream) => (
            <li key={stream.streamId}>
              {withNames(
                t,
                '{stream}:',
                {
                  stream: names.get(`${stream.api} ${stream.region}`) ?? stream.streamId,
                },
                ['stream'],
              )}{' '}
              <strong>{guaranteeWords(stream, t)}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="advisor-why">
        <summary>{t('Why this plan')}</summary>
        <ul className="advisor-why-list" aria-label={t('Why this plan')}>
          {[...result.explanation, ...result.streams.flatMap((stream) => stream.explanation)].map(
            (line, index) => (
              // The lines are plain text and may repeat; their place is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
              <li key={index}>{say(line)}</li>
            ),
          )}
        </ul>
      </details>
      <div className="editor-actions">
        <button
          type="button"
          className="primary"
          disabled={status === 'stale'}
          aria-disabled={status === 'applied' ? true : undefined}
          onClick={() => {
            if (status === 'current') replacePackages(planPackages());
          }}
        >
          {status === 'applied' ? t('Plan applied') : t('Apply this plan')}
        </button>
        <button
          type="button"
          disabled={status === 'stale' || full}
          onClick={() => {
            if (keepVariant(variantName, { ...draft, packages: planPackages() }))
              setKept(variantName);
          }}
        >
          {t("Add the advisor's plan as a variant")}
        </button>
      </div>
      {full ? (
        <p className="editor-message">
          {t('{count} variants are kept: remove one under Compare variants to add this plan.', {
            count: MAX_VARIANTS,
          })}
        </p>
      ) : null}
      <p className="editor-message" role="status">
        {kept === null ? '' : withNames(t, 'Kept “{name}” for comparison.', { name: kept })}
      </p>
    </div>
  );
}

function PlanFigures({
  result,
  money,
  currency,
}: {
  readonly result: AdvisorResult;
  readonly money: (amount: Money) => string;
  readonly currency: string;
}) {
  const t = useT();
  /** `same` is what an even result says ("costs the same as pay-per-use only"). */
  const against = (savings: Money, same: string) => {
    const difference = toDifference(savings);
    return difference.kind === 'even'
      ? same
      : difference.kind === 'saves'
        ? t('saves {amount}', { amount: formatCurrency(difference.amount, currency) })
        : t('costs {amount} more', { amount: formatCurrency(difference.amount, currency) });
  };
  const tone = (savings: Money) => {
    const kind = toDifference(savings).kind;
    return kind === 'saves' ? 'advisor-good' : kind === 'costs-more' ? 'advisor-bad' : undefined;
  };
  return (
    <dl className="advisor-figures">
      <div>
        <dt>{t('Total cost with this plan')}</dt>
        <dd>
          {money(result.totalCost)}
          {result.failedCalls > 0 || result.currentPlanFailedCalls > 0 ? (
            <span className="advisor-detail">
              {' '}
              {t('({detail})', {
                detail:
                  result.failedCalls === 0
                    ? t('no call fails')
                    : failingCalls(result.failedCalls, t),
              })}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('Against pay-per-use only')}</dt>
        <dd className={tone(result.savingsAgainstPayPerUseOnly)}>
          {against(result.savingsAgainstPayPerUseOnly, t('costs the same as pay-per-use only'))}
          <span className="advisor-detail">
            {' '}
            {t('({detail})', { detail: money(result.payPerUseOnlyCost) })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('Against your current plan')}</dt>
        <dd className={tone(result.savingsAgainstCurrentPlan)}>
          {against(result.savingsAgainstCurrentPlan, t('costs the same as your current plan'))}
          <span className="advisor-detail">
            {' '}
            {t('({detail})', {
              detail:
                result.currentPlanFailedCalls > 0
                  ? t('{amount}, {failures}', {
                      amount: money(result.currentPlanCost),
                      failures: failingCalls(result.currentPlanFailedCalls, t),
                    })
                  : money(result.currentPlanCost),
            })}
          </span>
        </dd>
      </div>
      {result.worstCase ? (
        <div>
          <dt>{t('Worst case')}</dt>
          <dd>
            {money(result.worstCase.totalCost)}
            <span className="advisor-detail">
              {' '}
              {t('(your current plan: {amount})', {
                amount: money(result.worstCase.currentPlanCost),
              })}
            </span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
