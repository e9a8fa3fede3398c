import { lazy, memo, useEffect, useMemo } from 'react';
import type { Scenario, Simulation } from '../../engine';
import { formatCount, formatCurrency, formatDate, formatMonth } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/translate';
import { usePackageColours } from '../../store/use-package-colours';
import { ChartFigure } from '../../ui/chart-figure';
import { ChartLegend, LegendMarkIcon } from '../../ui/chart-legend';
import {
  LAPSED_COLOUR,
  OTHER_COLOUR,
  PAY_PER_USE_LINE,
  PAYBACK_COLOUR,
  PLAN_LINE,
  seriesLine,
} from '../../ui/chart-look';
import { isolateName } from '../../ui/isolate-name';
import { TableScroll } from '../../ui/table-scroll';
import { allowanceName, usePackageNames } from './package-names';
import { toAllowanceSeries } from './to-allowance-series';
import { toConsumptionSeries } from './to-consumption-series';
import { toPaybackSeries } from './to-payback-series';
import { toPayback } from './to-summary';
import { MAX_MONTHLY_BARS, toWhoPaysSeries } from './to-who-pays-series';
import { useStableValue } from './use-stable-value';
import { keyLabel, keyMark } from './who-pays-keys';

/* The three charts. Recharts is loaded with the first chart drawn, not with the page. */

/** The first chart's code (and Recharts): loaded once, whoever asks first. */
export const loadConsumptionChart = () => import('./package-consumption-chart');

const PackageConsumptionChart = lazy(() =>
  loadConsumptionChart().then((module) => ({ default: module.PackageConsumptionChart })),
);
const WhoPaysChart = lazy(() =>
  import('./who-pays-chart').then((module) => ({ default: module.WhoPaysChart })),
);
const AllowanceChart = lazy(() =>
  import('./allowance-chart').then((module) => ({ default: module.AllowanceChart })),
);
const PaybackChart = lazy(() =>
  import('./payback-chart').then((module) => ({ default: module.PaybackChart })),
);

/**
 * A Performance API mark each time a figure has drawn a new simulation (`chart-updated:<name>`):
 * the page's edit-to-chart budget is measured with these marks (bench/ui-bench.ts).
 */
function useUpdatedMark(name: string, simulation: Simulation): void {
  useEffect(() => {
    performance.mark(`chart-updated:${name}`, { detail: { months: simulation.months.length } });
    // Keeps the timeline from growing with every edit; only the latest mark is read.
    return () => performance.clearMarks(`chart-updated:${name}`);
  }, [name, simulation]);
}

type ChartProps = { readonly simulation: Simulation; readonly scenario: Scenario };

const dash = (value: number | null) => (value === null ? '—' : formatCount(value));

function horizonText(simulation: Simulation, t: Translate): string {
  const first = simulation.months[0]?.month;
  const last = simulation.months.at(-1)?.month;
  return first && last
    ? t('{first} to {last}', { first: formatMonth(first), last: formatMonth(last) })
    : t('the horizon');
}

export const ConsumptionFigure = memo(function ConsumptionFigure({
  simulation,
  scenario,
}: ChartProps) {
  useUpdatedMark('consumption', simulation);
  const t = useT();
  const colourOf = usePackageColours();
  const names = usePackageNames(scenario.packages);
  const series = useStableValue(
    useMemo(
      () => toConsumptionSeries(simulation, scenario, names, colourOf),
      [simulation, scenario, names, colourOf],
    ),
  );
  const { lines, totalPackages } = series;
  // Only allowances: their own figures (AllowanceFigures) tell the story.
  if (totalPackages === 0 && series.allowances > 0) return null;
  if (totalPackages === 0)
    return (
      <section className="results-block" aria-label={t('Package consumption')}>
        <h3>{t('Package consumption')}</h3>
        <p>{t('The scenario has no packages: every call is billed pay-per-use.')}</p>
      </section>
    );
  const runOut = lines.filter((line) => line.exhaustion).length;
  const expired = lines.filter((line) => line.expiry);
  const wasted = expired.reduce((sum, line) => sum + line.wasted, 0);
  const summary = t(
    'Line chart of the calls left in {packages}, {horizon}: {runOut} and {expired} inside the horizon, {wasted} calls wasted at expiry. The data is in the tables below.',
    {
      packages:
        lines.length === 1
          ? t('1 package')
          : t('{count} packages', { count: formatCount(lines.length) }),
      horizon: horizonText(simulation, t),
      runOut: runOut === 1 ? t('1 runs out') : t('{count} run out', { count: runOut }),
      expired:
        expired.length === 1 ? t('1 expires') : t('{count} expire', { count: expired.length }),
      wasted: formatCount(wasted),
    },
  );
  return (
    <ChartFigure
      title={t('Package consumption')}
      note={
        <>
          {t('Calls left in each package at the end of each day.')}{' '}
          {lines.length < totalPackages
            ? t(
                'Showing {shown} of {total} packages (the largest); all are in the package ledger.',
                { shown: lines.length, total: totalPackages },
              )
            : null}
        </>
      }
      summary={summary}
      after={
        <>
          <ChartLegend
            entries={[
              { key: 'takes-effect', label: t('takes effect'), mark: RING },
              { key: 'runs-out', label: t('runs out'), mark: DOT },
              {
                key: 'expires',
                label: t('expires (the calls left then are wasted)'),
                mark: SQUARE,
              },
            ]}
          />
          <TableScroll label={t('Packages in the chart')}>
            <table className="chart-legend">
              <caption className="visually-hidden">{t('Packages in the chart')}</caption>
              <thead className="results-head">
                <tr>
                  <th scope="col">{t('Package')}</th>
                  <th scope="col">{t('Takes effect')}</th>
                  <th scope="col">{t('Runs out')}</th>
                  <th scope="col">{t('Expires')}</th>
                  <th scope="col">{t('Wasted at expiry')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.id}>
                    <th scope="row" className="legend-package">
                      <LegendMarkIcon mark={{ kind: 'line', look: seriesLine(line.colour) }} />
                      {line.label}
                      {line.inHorizon ? null : (
                        <span className="chart-legend-note">
                          {' '}
                          {t('(no usable day in the horizon)')}
                        </span>
                      )}
                    </th>
                    <td>{formatDate(line.activatesOn)}</td>
                    <td>{line.exhaustedOn ? formatDate(line.exhaustedOn) : '—'}</td>
                    <td>{formatDate(line.expiresOn)}</td>
                    <td>{line.expiry ? formatCount(line.wasted) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      }
      table={() => (
        <table>
          <caption>
            {t('Calls left at the end of each month (— where the package is not usable)')}
          </caption>
          <thead className="results-head">
            <tr>
              <th scope="col">{t('Month')}</th>
              {lines.map((line) => (
                <th scope="col" key={line.id}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.monthRows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                {row.values.map((value, index) => (
                  <td key={lines[index]?.id ?? index}>{dash(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <PackageConsumptionChart series={series} />
    </ChartFigure>
  );
});

/** Free or renewing calls (billing-rules §4a): per allowance, each month's offer used, lapsed or wasted. */
export const AllowanceFigures = memo(function AllowanceFigures({
  simulation,
  scenario,
}: ChartProps) {
  const t = useT();
  const colourOf = usePackageColours();
  const allowances = useMemo(
    () => toAllowanceSeries(simulation, scenario, colourOf),
    [simulation, scenario, colourOf],
  );
  return allowances.map((bars) => {
    // A typed label is isolated from the sentence around it; the page's own words need not be.
    const name = bars.label
      ? isolateName(bars.label)
      : allowanceName(bars.label, bars.resetEvery, t);
    const wasted = bars.months.reduce((sum, month) => sum + month.wasted, 0);
    return (
      <ChartFigure
        key={bars.id}
        title={t('{name}: calls offered each month', { name })}
        note={
          bars.resetEvery === 'day'
            ? t(
                'Its calls renew every day: what a day leaves unused lapses at midnight. Each bar adds up the days of a month.',
              )
            : t('Its calls renew every month: what a month leaves unused lapses at its end.')
        }
        summary={t(
          'Stacked bar chart of the calls {name} offered each month, {horizon}: {used} used and {lapsed} lapsed of {offered}. The data is in the table below.',
          {
            name,
            horizon: horizonText(simulation, t),
            used: formatCount(bars.used),
            lapsed: formatCount(bars.lapsed),
            offered: formatCount(bars.offered),
          },
        )}
        after={
          <ChartLegend
            entries={[
              {
                key: 'used',
                label: t('Used'),
                mark: { kind: 'fill', colour: seriesLine(bars.colour).colour },
              },
              { key: 'lapsed', label: t('Lapsed'), mark: { kind: 'fill', colour: LAPSED_COLOUR } },
              ...(wasted > 0
                ? [
                    {
                      key: 'wasted',
                      label: t('Wasted at expiry'),
                      mark: { kind: 'fill', colour: OTHER_COLOUR, hatched: true } as const,
                    },
                  ]
                : []),
            ]}
          />
        }
        table={() => (
          <table>
            <caption>{t('Calls {name} offered, used and lapsed each month', { name })}</caption>
            <thead className="results-head">
              <tr>
                <th scope="col">{t('Month')}</th>
                <th scope="col">{t('Offered')}</th>
                <th scope="col">{t('Used')}</th>
                <th scope="col">{t('Lapsed')}</th>
                <th scope="col">{t('Wasted at expiry')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{formatMonth(month.month)}</th>
                  <td>{formatCount(month.offered)}</td>
                  <td>{formatCount(month.used)}</td>
                  <td>{formatCount(month.lapsed)}</td>
                  <td>{formatCount(month.wasted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      >
        <AllowanceChart bars={bars} />
      </ChartFigure>
    );
  });
});

const RING = { kind: 'point', shape: 'ring' } as const;
const DOT = { kind: 'point', shape: 'dot' } as const;
const SQUARE = { kind: 'point', shape: 'square' } as const;

export const WhoPaysFigure = memo(function WhoPaysFigure({ simulation, scenario }: ChartProps) {
  useUpdatedMark('who-pays', simulation);
  const t = useT();
  const colourOf = usePackageColours();
  const names = usePackageNames(scenario.packages);
  const series = useStableValue(
    useMemo(() => toWhoPaysSeries(simulation, names, colourOf), [simulation, names, colourOf]),
  );
  const { totals } = simulation;
  const stackedPackages = series.keys.filter((key) => key.kind === 'package').length;
  const otherPackages = series.payingPackages - stackedPackages;
  const summary = t(
    "Stacked bar chart of each month's calls by who pays, {horizon}: {packageCalls} covered by packages, {payPerUseCalls} billed pay-per-use, {failedCalls} failed (ModelArts.4204). The data is in the table below.",
    {
      horizon: horizonText(simulation, t),
      packageCalls: formatCount(totals.packageCalls),
      payPerUseCalls: formatCount(totals.payPerUseCalls),
      failedCalls: formatCount(totals.failedCalls),
    },
  );
  return (
    <ChartFigure
      title={t('Who pays')}
      note={
        <>
          {series.rows.length > MAX_MONTHLY_BARS
            ? t(
                "Each quarter's calls by what covers them (three months per bar; the table has every month).",
              )
            : t("Each month's calls by what covers them.")}{' '}
          {otherPackages > 0
            ? t(
                'The {shown} packages that cover the most calls are shown one by one, the other {others} together.',
                { shown: stackedPackages, others: otherPackages },
              )
            : null}
        </>
      }
      summary={summary}
      after={
        <ChartLegend
          entries={series.keys.map((key) => ({
            key: key.packageId ?? key.kind,
            label: keyLabel(key, otherPackages),
            mark: keyMark(key),
          }))}
        />
      }
      table={() => (
        <table>
          <caption>{t('Calls per month by who pays')}</caption>
          <thead className="results-head">
            <tr>
              <th scope="col">{t('Month')}</th>
              {series.keys.map((key) => (
                <th scope="col" key={key.packageId ?? key.kind}>
                  <LegendMarkIcon mark={keyMark(key)} />
                  {keyLabel(key, otherPackages)}
                </th>
              ))}
              <th scope="col">{t('All calls')}</th>
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                {row.values.map((value, index) => (
                  <td key={series.keys[index]?.packageId ?? series.keys[index]?.kind ?? index}>
                    {formatCount(value)}
                  </td>
                ))}
                <td>{formatCount(row.calls)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <WhoPaysChart series={series} />
    </ChartFigure>
  );
});

export const PaybackFigure = memo(function PaybackFigure({ simulation, scenario }: ChartProps) {
  useUpdatedMark('payback', simulation);
  const t = useT();
  const names = usePackageNames(scenario.packages);
  const series = useStableValue(
    useMemo(() => toPaybackSeries(simulation, scenario), [simulation, scenario]),
  );
  const currency = scenario.currency;
  const money = (amount: string) => formatCurrency(amount, currency);
  const payback = toPayback(simulation);
  const paybackText =
    payback.kind === 'on'
      ? t(
          'The plan pays back on {date}: from that day on it has cost no more than pay-per-use only would have.',
          { date: formatDate(payback.date) },
        )
      : payback.kind === 'never'
        ? t('The plan does not pay back within the horizon.')
        : t('No paid package is bought in the horizon, so there is nothing to pay back.');
  const end = series.rows.at(-1);
  const summary = t(
    'Line chart of cumulative cost, {horizon}: with the plan it ends at {plan}, with pay-per-use only at {payPerUseOnly}. {payback}',
    {
      horizon: horizonText(simulation, t),
      plan: money(end?.plan ?? '0'),
      payPerUseOnly: money(end?.payPerUseOnly ?? '0'),
      payback: paybackText,
    },
  );
  return (
    <ChartFigure
      title={t('Payback')}
      note={
        <>
          {t(
            'Cumulative cost to the end of each day, with the plan (packages and pay-per-use) and with pay-per-use only.',
          )}{' '}
          <strong>{paybackText}</strong>
          {series.purchasePaybacks.length === 0 ? null : (
            <>
              {' '}
              {t('Purchases that pay for themselves, numbered on the chart: {list}.', {
                list: series.purchasePaybacks
                  .map((mark, order) =>
                    t('{number}. {name} on {date}', {
                      number: order + 1,
                      name: names[mark.index] ?? t('package {number}', { number: mark.index + 1 }),
                      date: formatDate(mark.date),
                    }),
                  )
                  .join(t('; ')),
              })}
            </>
          )}
        </>
      }
      summary={summary}
      after={
        <ChartLegend
          entries={[
            { key: 'plan', label: t('With the plan'), mark: { kind: 'line', look: PLAN_LINE } },
            {
              key: 'pay-per-use-only',
              label: t('Pay-per-use only'),
              mark: { kind: 'line', look: PAY_PER_USE_LINE },
            },
            ...(series.paybackDay === null
              ? []
              : [
                  {
                    key: 'payback-day',
                    label: t('Payback day'),
                    mark: { kind: 'marker', colour: PAYBACK_COLOUR } as const,
                  },
                ]),
          ]}
        />
      }
      table={() => (
        <table>
          <caption>
            {t('Cumulative cost at the end of each month ({currency})', { currency })}
          </caption>
          <thead className="results-head">
            <tr>
              <th scope="col">{t('Month')}</th>
              <th scope="col">{t('With the plan')}</th>
              <th scope="col">{t('Pay-per-use only')}</th>
              <th scope="col">{t('Savings to date')}</th>
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                <td>{money(row.plan)}</td>
                <td>{money(row.payPerUseOnly)}</td>
                <td>{money(row.savings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <PaybackChart series={series} currency={currency} />
    </ChartFigure>
  );
});
