import { lazy, memo, useMemo } from 'react';
import type { Scenario, Simulation } from '../../engine';
import { formatCount, formatCurrency, formatDate, formatMonth } from '../../ui/format';
import { ChartFigure } from './chart-figure';
import {
  keyColour,
  PAY_PER_USE_COLOUR,
  PAYBACK_COLOUR,
  PLAN_COLOUR,
  seriesColour,
  seriesDash,
} from './chart-style';
import { TableScroll } from './table-scroll';
import { toBreakEvenSeries } from './to-break-even-series';
import { toConsumptionSeries } from './to-consumption-series';
import { toPayback } from './to-summary';
import { toWhoPaysSeries } from './to-who-pays-series';
import { useStableValue } from './use-stable-value';

/* The three charts. Recharts is loaded with the first chart drawn, not with the page. */

const PackageConsumptionChart = lazy(() =>
  import('./package-consumption-chart').then((module) => ({
    default: module.PackageConsumptionChart,
  })),
);
const WhoPaysChart = lazy(() =>
  import('./who-pays-chart').then((module) => ({ default: module.WhoPaysChart })),
);
const BreakEvenChart = lazy(() =>
  import('./break-even-chart').then((module) => ({ default: module.BreakEvenChart })),
);

type ChartProps = { readonly simulation: Simulation; readonly scenario: Scenario };

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const dash = (value: number | null) => (value === null ? '—' : formatCount(value));

function horizonText(simulation: Simulation): string {
  const first = simulation.months[0]?.month;
  const last = simulation.months.at(-1)?.month;
  return first && last ? `${formatMonth(first)} to ${formatMonth(last)}` : 'the horizon';
}

export const ConsumptionFigure = memo(function ConsumptionFigure({
  simulation,
  scenario,
}: ChartProps) {
  const series = useStableValue(
    useMemo(() => toConsumptionSeries(simulation, scenario), [simulation, scenario]),
  );
  const { lines, totalPackages } = series;
  if (totalPackages === 0)
    return (
      <section className="results-block" aria-label="Package consumption">
        <h3>Package consumption</h3>
        <p>The scenario has no packages: every call is billed pay-per-use.</p>
      </section>
    );
  const runOut = lines.filter((line) => line.exhaustion).length;
  const expired = lines.filter((line) => line.expiry);
  const wasted = expired.reduce((sum, line) => sum + line.wasted, 0);
  const summary =
    `Line chart of the calls left in ${lines.length} ${plural(lines.length, 'package', 'packages')}, ` +
    `${horizonText(simulation)}: ${runOut} ${plural(runOut, 'runs', 'run')} out and ` +
    `${expired.length} ${plural(expired.length, 'expires', 'expire')} inside the horizon, ` +
    `${formatCount(wasted)} calls wasted at expiry. The data is in the tables below.`;
  return (
    <ChartFigure
      title="Package consumption"
      note={
        <>
          Calls left in each package at the end of each day.{' '}
          {lines.length < totalPackages
            ? `Showing ${lines.length} of ${totalPackages} packages (the largest); all are in the package ledger.`
            : null}
        </>
      }
      summary={summary}
      after={
        <>
          <p className="chart-key">
            <span aria-hidden="true">○</span> takes effect · <span aria-hidden="true">●</span> runs
            out · <span aria-hidden="true">■</span> expires (the calls left then are wasted)
          </p>
          <TableScroll label="Packages in the chart">
            <table className="chart-legend">
              <caption className="visually-hidden">Packages in the chart</caption>
              <thead className="results-head">
                <tr>
                  <th scope="col">Package</th>
                  <th scope="col">Takes effect</th>
                  <th scope="col">Runs out</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Wasted at expiry</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line, index) => (
                  <tr key={line.id}>
                    <th scope="row" className="legend-package">
                      <LineSwatch index={index} />
                      {line.label}
                      {line.inHorizon ? null : (
                        <span className="chart-legend-note"> (no usable day in the horizon)</span>
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
          <caption>Calls left at the end of each month (— where the package is not usable)</caption>
          <thead className="results-head">
            <tr>
              <th scope="col">Month</th>
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

function LineSwatch({ index }: { readonly index: number }) {
  return <LegendLine colour={seriesColour(index)} dash={seriesDash(index)} />;
}

function LegendLine({
  colour,
  dash,
  vertical,
}: {
  readonly colour: string;
  readonly dash?: string;
  readonly vertical?: boolean;
}) {
  return (
    <svg className="line-swatch" width="28" height="12" aria-hidden="true" focusable="false">
      {vertical ? (
        <line x1="14" y1="0" x2="14" y2="12" stroke={colour} strokeWidth="3" />
      ) : (
        <line
          x1="1"
          y1="6"
          x2="27"
          y2="6"
          stroke={colour}
          strokeWidth="3"
          strokeDasharray={dash || undefined}
        />
      )}
    </svg>
  );
}

export const WhoPaysFigure = memo(function WhoPaysFigure({ simulation, scenario }: ChartProps) {
  const series = useStableValue(
    useMemo(() => toWhoPaysSeries(simulation, scenario), [simulation, scenario]),
  );
  const { totals } = simulation;
  const stackedPackages = series.keys.filter((key) => key.kind === 'package').length;
  const summary =
    `Stacked bar chart of each month's calls by who pays, ${horizonText(simulation)}: ` +
    `${formatCount(totals.packageCalls)} covered by packages, ${formatCount(totals.payPerUseCalls)} ` +
    `billed pay-per-use, ${formatCount(totals.failedCalls)} failed (ModelArts.4204). ` +
    'The data is in the table below.';
  return (
    <ChartFigure
      title="Who pays"
      note={
        <>
          Each month's calls by what covers them.{' '}
          {series.payingPackages > stackedPackages
            ? `The ${stackedPackages} packages that cover the most calls are shown one by one, the other ${series.payingPackages - stackedPackages} together.`
            : null}
        </>
      }
      summary={summary}
      after={
        <ul className="chart-legend-list" aria-label="Legend">
          {series.keys.map((key, index) => (
            <li key={key.packageId ?? key.kind}>
              <span
                className="bar-swatch"
                style={{ background: keyColour(key, index) }}
                aria-hidden="true"
              />
              {key.label}
            </li>
          ))}
        </ul>
      }
      table={() => (
        <table>
          <caption>Calls per month by who pays</caption>
          <thead className="results-head">
            <tr>
              <th scope="col">Month</th>
              {series.keys.map((key, index) => (
                <th scope="col" key={key.packageId ?? key.kind}>
                  <span
                    className="bar-swatch"
                    style={{ background: keyColour(key, index) }}
                    aria-hidden="true"
                  />
                  {key.label}
                </th>
              ))}
              <th scope="col">All calls</th>
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

export const BreakEvenFigure = memo(function BreakEvenFigure({ simulation, scenario }: ChartProps) {
  const series = useStableValue(
    useMemo(() => toBreakEvenSeries(simulation, scenario), [simulation, scenario]),
  );
  const currency = scenario.currency;
  const money = (amount: string) => formatCurrency(amount, currency);
  const payback = toPayback(simulation);
  const paybackText =
    payback.kind === 'on'
      ? `The plan pays back on ${formatDate(payback.date)}: from that day on it has cost no more than pay-per-use only would have.`
      : payback.kind === 'never'
        ? 'The plan does not pay back within the horizon.'
        : 'No paid package is bought in the horizon, so there is nothing to pay back.';
  const end = series.rows.at(-1);
  const summary =
    `Line chart of cumulative cost, ${horizonText(simulation)}: with the plan it ends at ` +
    `${money(end?.plan ?? '0')}, with pay-per-use only at ${money(end?.payPerUseOnly ?? '0')}. ` +
    paybackText;
  return (
    <ChartFigure
      title="Break-even"
      note={
        <>
          Cumulative cost to the end of each day, with the plan (packages and pay-per-use) and with
          pay-per-use only. <strong>{paybackText}</strong>
        </>
      }
      summary={summary}
      after={
        <ul className="chart-legend-list" aria-label="Legend">
          <li>
            <LegendLine colour={PLAN_COLOUR} />
            With the plan
          </li>
          <li>
            <LegendLine colour={PAY_PER_USE_COLOUR} dash="6 3" />
            Pay-per-use only
          </li>
          {series.paybackDay === null ? null : (
            <li>
              <LegendLine colour={PAYBACK_COLOUR} vertical />
              Payback day
            </li>
          )}
        </ul>
      }
      table={() => (
        <table>
          <caption>Cumulative cost at the end of each month ({currency})</caption>
          <thead className="results-head">
            <tr>
              <th scope="col">Month</th>
              <th scope="col">With the plan</th>
              <th scope="col">Pay-per-use only</th>
              <th scope="col">Savings to date</th>
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
      <BreakEvenChart series={series} currency={currency} />
    </ChartFigure>
  );
});
