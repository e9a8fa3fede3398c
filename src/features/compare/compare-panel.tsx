import { lazy, type ReactNode, useId, useMemo, useState } from 'react';
import { type Scenario, type Simulation, simulateDetailed } from '../../engine';
import { formatCount, formatCurrency, formatDate, formatMonth } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { type Translate, t, useT } from '../../i18n/translate';
import { MAX_VARIANTS } from '../../store/analysis';
import { checkDraftOnce, useDraft, useDraftCheck } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { ChartFigure } from '../../ui/chart-figure';
import { ChartLegend, LegendMarkIcon } from '../../ui/chart-legend';
import { seriesLine } from '../../ui/chart-look';
import { distinctNames } from '../../ui/distinct-names';
import { TextField } from '../../ui/field';
import { TableScroll } from '../../ui/table-scroll';
import { useFocusLater } from '../../ui/use-focus-later';
import { withNames } from '../../ui/with-names';
import {
  type CompareSeries,
  type ComparisonCell,
  type ComparisonMetric,
  toCompareSeries,
  toComparison,
  type VariantRun,
} from './to-comparison';

/* Recharts comes with the first chart drawn, not with the page. */
const CompareChart = lazy(() =>
  import('./compare-chart').then((module) => ({ default: module.CompareChart })),
);

// A kept variant's draft never changes, so neither does its simulation: run it once.
const simulations = new WeakMap<Scenario, Simulation>();
function simulateOnce(scenario: Scenario): Simulation {
  let simulation = simulations.get(scenario);
  if (!simulation) {
    simulation = simulateDetailed(scenario);
    simulations.set(scenario, simulation);
  }
  return simulation;
}

/** A kept variant's line, by its place among the kept variants: the series looks in order. */
const variantMark = (index: number) => ({ kind: 'line', look: seriesLine(index) }) as const;

/** A variant's name, "Variant 2" (in the page's language) while it has none. */
const shownName = (name: string, index: number) =>
  name.trim() || t('Variant {number}', { number: index + 1 });

/** What the page last did to the variants, written out when shown. */
type Message = { readonly kind: 'kept' | 'opened' | 'removed'; readonly name: string };

function messageText(message: Message, t: Translate): ReactNode {
  switch (message.kind) {
    case 'kept':
      return withNames(t, 'Kept “{name}” for comparison.', { name: message.name });
    case 'opened':
      return withNames(
        t,
        'Opened “{name}” in the editor. Undo (Ctrl+Z) goes back to the scenario before.',
        { name: message.name },
      );
    case 'removed':
      return withNames(t, 'Removed “{name}”.', { name: message.name });
  }
}

function metricLabel(metric: ComparisonMetric, t: Translate): string {
  switch (metric) {
    case 'totalCost':
      return t('Total cost');
    case 'payPerUseOnlyCost':
      return t('Pay-per-use only');
    case 'savings':
      return t('Savings');
    case 'wastedCalls':
      return t('Calls wasted at expiry');
    case 'failedCalls':
      return t('Failed calls');
    case 'payback':
      return t('Payback day');
  }
}

/** Up to three kept variants of the scenario: their totals side by side and their cost curves. */
export function ComparePanel() {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const reasonId = useId();
  const draft = useDraft();
  const { parsed } = useDraftCheck();
  const variants = useScenarioStore((state) => state.variants);
  const { keepVariant, renameVariant, removeVariant, replaceDraft } = useScenarioStore.getState();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: an unnamed variant is named in the page's language
  const runs = useMemo(
    () =>
      variants.map((variant, index) => {
        const check = checkDraftOnce(variant.draft);
        return check.parsed.ok
          ? {
              id: variant.id,
              name: shownName(variant.name, index),
              scenario: check.parsed.scenario,
              simulation: simulateOnce(check.parsed.scenario),
            }
          : null;
      }),
    [variants, locale],
  );
  const valid = useMemo(() => runs.filter((run): run is VariantRun => run !== null), [runs]);
  const full = variants.length >= MAX_VARIANTS;
  const defaultName =
    distinctNames([
      ...variants.map((variant, index) => shownName(variant.name, index)),
      t('Variant {number}', { number: variants.length + 1 }),
    ]).at(-1) ?? t('Variant');
  const reason = full
    ? t('{count} variants are kept: remove one to keep another.', { count: MAX_VARIANTS })
    : parsed.ok
      ? null
      : t("Fix the scenario's problems first: only a valid scenario can be compared.");

  const keep = () => {
    const kept = name.trim() || defaultName;
    if (reason !== null || !keepVariant(kept, draft)) return;
    setName('');
    setMessage({ kind: 'kept', name: kept });
  };

  return (
    <section className="panel compare" aria-labelledby={headingId} ref={containerRef}>
      <h2 id={headingId}>{t('Compare variants')}</h2>
      <p className="chart-note">
        {t(
          "Keep up to {count} versions of the scenario (the current plan, the advisor's plan, the same plan under another deduction order) and see them side by side. A kept variant is a snapshot: later edits do not change it.",
          { count: MAX_VARIANTS },
        )}
      </p>
      <div className="compare-keep">
        <TextField
          className="compare-name"
          label={t('Name of the variant to keep')}
          value={name}
          onChange={setName}
          hint={t('Left empty: “{name}”.', { name: defaultName })}
        />
        <button
          type="button"
          data-keep-variant
          onClick={keep}
          disabled={reason !== null}
          aria-describedby={reason ? reasonId : undefined}
        >
          {t('Keep this variant for comparison')}
        </button>
      </div>
      {reason ? (
        <p className="editor-message" id={reasonId}>
          {reason}
        </p>
      ) : null}
      <p className="editor-message" role="status">
        {message === null ? '' : messageText(message, t)}
      </p>
      {variants.length === 0 ? (
        <p>
          {t(
            "No variants kept yet. Keep the current scenario, change it (or apply the advisor's plan) and keep it again to compare.",
          )}
        </p>
      ) : (
        <ol className="variant-list">
          {variants.map((variant, index) => {
            const shown = shownName(variant.name, index);
            return (
              <li key={variant.id} data-variant-index={index}>
                <fieldset className="variant-card">
                  <legend>
                    <LegendMarkIcon mark={variantMark(index)} />
                    {shown}
                  </legend>
                  <TextField
                    label={t('Name')}
                    value={variant.name}
                    onChange={(renamed) => renameVariant(variant.id, renamed)}
                  />
                  <div className="editor-actions">
                    <button
                      type="button"
                      onClick={() => {
                        replaceDraft(variant.draft);
                        setMessage({ kind: 'opened', name: shown });
                      }}
                    >
                      {t('Open in the editor')}
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        removeVariant(variant.id);
                        setMessage({ kind: 'removed', name: shown });
                        focusLater(
                          `[data-variant-index="${index}"] input`,
                          `[data-variant-index="${index - 1}"] input`,
                          '[data-keep-variant]:not(:disabled)',
                          'input',
                        );
                      }}
                    >
                      {t('Remove')}
                    </button>
                  </div>
                  {runs[index] === null ? (
                    <p className="editor-message">
                      {t(
                        "This variant's scenario is not valid any more; open it in the editor to fix it.",
                      )}
                    </p>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {valid.length > 0 ? <ComparisonTable runs={valid} /> : null}
      {valid.length > 0 ? <CompareFigure runs={valid} /> : null}
    </section>
  );
}

function ComparisonTable({ runs }: { readonly runs: readonly VariantRun[] }) {
  const t = useT();
  const rows = useMemo(() => toComparison(runs), [runs]);
  const first = runs[0]?.name ?? '';
  return (
    <section className="compare-block" aria-label={t('Totals side by side')}>
      <h3>{t('Totals side by side')}</h3>
      <TableScroll label={t('Totals of the kept variants')}>
        <table className="compare-table">
          <caption>
            {runs.length > 1
              ? withNames(t, "Each variant's totals; under each, the difference against “{name}”", {
                  name: first,
                })
              : t('The kept variant’s totals: keep another to compare')}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('Figure')}</span>
              </th>
              {runs.map((run, index) => (
                <th scope="col" key={run.id}>
                  <LegendMarkIcon mark={variantMark(index)} />
                  {run.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.metric}>
                <th scope="row">{metricLabel(row.metric, t)}</th>
                {row.cells.map((cell, index) => (
                  <td key={runs[index]?.id ?? index}>
                    {cellValue(cell, t)}
                    {index > 0 ? (
                      <span className="compare-difference">{cellDifference(cell, t)}</span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function cellValue(cell: ComparisonCell, t: Translate): string {
  switch (cell.kind) {
    case 'money':
      return formatCurrency(cell.amount, cell.currency);
    case 'count':
      return formatCount(cell.value);
    case 'payback':
      return cell.payback.kind === 'on'
        ? formatDate(cell.payback.date)
        : cell.payback.kind === 'never'
          ? t('does not pay back')
          : t('nothing bought');
  }
}

const signed = (negative: boolean, text: string) => `${negative ? '−' : '+'}${text}`;

function cellDifference(cell: ComparisonCell, t: Translate): string {
  switch (cell.kind) {
    case 'money': {
      if (cell.otherCurrency) return t('another currency');
      if (cell.difference === null) return '';
      const negative = cell.difference.startsWith('-');
      const magnitude = cell.difference.replace('-', '');
      return magnitude === '0.00'
        ? t('same')
        : signed(negative, formatCurrency(magnitude, cell.currency));
    }
    case 'count':
      return cell.difference === null || cell.difference === 0
        ? t('same')
        : signed(cell.difference < 0, formatCount(Math.abs(cell.difference)));
    case 'payback': {
      if (cell.difference === null) return '';
      if (cell.difference === 0) return t('same day');
      const days = signed(cell.difference < 0, formatCount(Math.abs(cell.difference)));
      return Math.abs(cell.difference) === 1
        ? t('{days} day', { days })
        : t('{days} days', { days });
    }
  }
}

function CompareFigure({ runs }: { readonly runs: readonly VariantRun[] }) {
  const t = useT();
  const series: CompareSeries = useMemo(() => toCompareSeries(runs), [runs]);
  const ends = series.lines.map((line, index) => {
    const last = [...series.rows].reverse().find((row) => row.texts[index] !== null);
    const text = last?.texts[index];
    return text
      ? t('{name} ends at {amount} ({month})', {
          name: line.name,
          amount: formatCurrency(text, line.currency),
          month: formatMonth(last.month),
        })
      : line.name;
  });
  return (
    <ChartFigure
      title={t('Cumulative cost')}
      note={t(
        "Each variant's total cost (packages bought and pay-per-use) to the end of each month.",
      )}
      summary={
        runs.length === 1
          ? t(
              'Line chart of the cumulative cost of 1 variant, month by month: {ends}. The data is in the table below.',
              { ends: ends.join(t('; ')) },
            )
          : t(
              'Line chart of the cumulative cost of {count} variants, month by month: {ends}. The data is in the table below.',
              { count: runs.length, ends: ends.join(t('; ')) },
            )
      }
      after={
        <ChartLegend
          entries={series.lines.map((line, index) => ({
            key: line.id,
            label: line.name,
            mark: variantMark(index),
          }))}
        />
      }
      table={() => (
        <table>
          <caption>{t('Cumulative cost at the end of each month')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Month')}</th>
              {series.lines.map((line) => (
                <th scope="col" key={line.id}>
                  {line.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                {row.texts.map((text, index) => (
                  <td key={series.lines[index]?.id ?? index}>
                    {text === null
                      ? '—'
                      : formatCurrency(text, series.lines[index]?.currency ?? 'USD')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <CompareChart series={series} />
    </ChartFigure>
  );
}
