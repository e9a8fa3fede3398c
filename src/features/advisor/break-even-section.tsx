import { lazy, useId, useMemo, useState } from 'react';
import { type Catalog, type Money, roundMoney, type Scenario, type Stream } from '../../engine';
import { apiDisplayName, regionDisplayName, sizeDisplayName } from '../../i18n/catalog-names';
import { formatCount, formatCurrency, formatRatioAsPercent } from '../../i18n/format';
import { t, useT } from '../../i18n/translate';
import { ChartFigure } from '../../ui/chart-figure';
import { ChartLegend } from '../../ui/chart-legend';
import { PROJECTION_COLOUR } from '../../ui/chart-look';
import { distinctNames } from '../../ui/distinct-names';
import { SelectField } from '../../ui/field';
import { TableScroll } from '../../ui/table-scroll';
import { WhenNear } from '../../ui/when-near';
import { withNames } from '../../ui/with-names';
import {
  type BreakEvenRow,
  bestAtProjection,
  projectedVolume,
  type StreamPricing,
  streamPricing,
  toBreakEvenRows,
} from './to-break-even-table';
import { toDifference } from './to-plan-view';
import {
  lineDisplayName,
  toVolumeCostSeries,
  type VolumeCostSeries,
} from './to-volume-cost-series';
import { scaleCalls, type Uncertainty } from './uncertainty';
import { volumeLineLook } from './volume-cost-look';

/* Recharts comes with the first chart drawn, not with the page. */
const VolumeCostChart = lazy(() =>
  import('./volume-cost-chart').then((module) => ({ default: module.VolumeCostChart })),
);

/** "General Text in CN-Hong Kong", in the page's language. */
export function streamLabel(catalog: Catalog | undefined, stream: Stream): string {
  return t('{api} in {region}', {
    api: apiDisplayName(catalog, stream.api),
    region: regionDisplayName(catalog, stream.region),
  });
}

/** For one stream: when each catalog size pays off against pay-per-use, as a table and a chart. */
export function BreakEvenSection({
  scenario,
  catalog,
  cases,
}: {
  readonly scenario: Scenario | null;
  readonly catalog: Catalog | undefined;
  readonly cases: Uncertainty | null;
}) {
  const t = useT();
  const headingId = useId();
  const [chosen, setChosen] = useState('');
  const streams = scenario?.streams ?? [];
  const names = distinctNames(streams.map((stream) => streamLabel(catalog, stream)));
  const index = Math.max(
    0,
    streams.findIndex((stream) => stream.id === chosen),
  );
  const stream = streams[index];
  return (
    <section className="advisor-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Break-even by package size')}</h3>
      <p className="chart-note">
        {t(
          'The constant monthly volume from which one package of each size costs no more than pay-per-use over its validity, and how much of it must then be used.',
        )}
      </p>
      {scenario === null ? (
        <p>{t("Fix the scenario's problems to see the break-even volumes.")}</p>
      ) : !catalog ? (
        <p>{t('The price catalog is unavailable: its package sizes are needed here.')}</p>
      ) : !stream ? (
        <p>{t('The scenario has no streams.')}</p>
      ) : (
        <>
          <SelectField
            className="advisor-stream"
            label={t('Stream')}
            value={stream.id}
            options={streams.map((item, position) => ({
              value: item.id,
              label: names[position] ?? item.id,
            }))}
            onChange={setChosen}
          />
          <WhenNear placeholder={t('Working out the break-even volumes…')}>
            <BreakEvenBody
              key={stream.id}
              scenario={scenario}
              stream={stream}
              name={names[index] ?? stream.id}
              catalog={catalog}
              cases={cases}
            />
          </WhenNear>
        </>
      )}
    </section>
  );
}

function BreakEvenBody({
  scenario,
  stream,
  name,
  catalog,
  cases,
}: {
  readonly scenario: Scenario;
  readonly stream: Stream;
  readonly name: string;
  readonly catalog: Catalog;
  readonly cases: Uncertainty | null;
}) {
  const t = useT();
  const pricing = useMemo(
    () => streamPricing(scenario, stream, catalog),
    [scenario, stream, catalog],
  );
  const projected = projectedVolume(stream);
  const api = apiDisplayName(catalog, stream.api);
  if (pricing.offers.length === 0)
    return (
      <p>{t('The catalog sells no {api} package: there is nothing to break even.', { api })}</p>
    );
  if (!pricing.payPerUse)
    return (
      <p>{t('There is no pay-per-use price for {api}: nothing to break even against.', { api })}</p>
    );
  return (
    <BreakEvenFigures
      pricing={{ ...pricing, payPerUse: pricing.payPerUse }}
      projected={projected}
      low={cases ? scaleCalls(projected, cases.lowPercent) : null}
      high={cases ? scaleCalls(projected, cases.highPercent) : null}
      name={name}
      api={api}
      subscribed={stream.subscribed}
      currency={scenario.currency}
    />
  );
}

function BreakEvenFigures({
  pricing,
  projected,
  low,
  high,
  name,
  api,
  subscribed,
  currency,
}: {
  readonly pricing: StreamPricing & { readonly payPerUse: NonNullable<StreamPricing['payPerUse']> };
  readonly projected: number;
  /** The projected volume in the low and high cases; null while those cases are not valid. */
  readonly low: number | null;
  readonly high: number | null;
  readonly name: string;
  readonly api: string;
  readonly subscribed: boolean;
  readonly currency: string;
}) {
  const t = useT();
  const { offers, payPerUse } = pricing;
  const rows = useMemo(
    () => toBreakEvenRows(offers, payPerUse, projected),
    [offers, payPerUse, projected],
  );
  const months = offers[0]?.validityMonths ?? 12;
  const series = useMemo(
    () =>
      toVolumeCostSeries(offers, payPerUse, {
        projected,
        band: low === null || high === null ? null : { low, high },
        breakEvens: rows.map((row) => row.breakEven),
        months,
      }),
    [offers, payPerUse, projected, low, high, rows, months],
  );
  const money = (amount: Money) => formatCurrency(roundMoney(amount, 2), currency);
  const best = bestAtProjection(rows);
  const perMonth = t('{count} calls a month', { count: formatCount(projected) });
  return (
    <>
      <p className="chart-note">
        {withNames(t, '{name}: {perMonth} projected (the average month).', { name, perMonth })}{' '}
        {pricing.payPerUseSource === 'catalog'
          ? `${t("The scenario has no pay-per-use price for {api}, so the catalog's list price is used.", { api })} `
          : ''}
        {subscribed
          ? ''
          : t(
              'Pay-per-use is not subscribed in this region: calls no package covers fail instead of being billed, so here a package is compared with what those calls would cost.',
            )}
      </p>
      <BreakEvenTable
        rows={rows}
        months={months}
        api={api}
        perMonth={perMonth}
        money={money}
        currency={currency}
      />
      <VolumeCostFigure
        series={series}
        name={name}
        currency={currency}
        summary={t(
          'Line chart of the cost over {months} months against a constant monthly volume from 0 to {max} calls, for {name}: pay-per-use only and {sizes}. {projection} The data is in the table below.',
          {
            months,
            max: formatCount(series.maxVolume),
            name,
            sizes:
              offers.length === 1
                ? t('1 package size')
                : t('{count} package sizes', { count: offers.length }),
            projection: best
              ? t(
                  'At the projected {perMonth} the {size} package saves the most: {amount} over its validity.',
                  {
                    perMonth,
                    size: sizeDisplayName(best.offer.calls),
                    amount: money(best.savingAtProjection),
                  },
                )
              : t('At the projected {perMonth} no single package pays off.', { perMonth }),
          },
        )}
      />
    </>
  );
}

function BreakEvenTable({
  rows,
  months,
  api,
  perMonth,
  money,
  currency,
}: {
  readonly rows: readonly BreakEvenRow[];
  readonly months: number;
  readonly api: string;
  readonly perMonth: string;
  readonly money: (amount: Money) => string;
  readonly currency: string;
}) {
  const t = useT();
  return (
    <TableScroll label={t('Break-even volumes')}>
      <table className="break-even-table">
        <caption>
          {t(
            'Each {api} package size against pay-per-use over its {months}-month validity, in calls a month',
            { api, months },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Size')}</th>
            <th scope="col">{t('Price')}</th>
            <th scope="col">{t('Pays off from')}</th>
            <th scope="col">{t('Use needed')}</th>
            <th scope="col">
              {t('At the projection')}
              <span className="visually-hidden"> {t('({detail})', { detail: perMonth })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const found = row.breakEven;
            const difference = toDifference(row.savingAtProjection);
            return (
              <tr key={row.offer.calls}>
                <th scope="row">
                  <abbr title={t('{count} calls', { count: formatCount(row.offer.calls) })}>
                    {sizeDisplayName(row.offer.calls)}
                  </abbr>
                </th>
                <td>{money(row.offer.price)}</td>
                <td>{found ? formatCount(found.volume) : t('never pays off')}</td>
                <td>{found ? formatRatioAsPercent(found.utilizationNeeded) : '—'}</td>
                <td className={difference.kind === 'saves' ? 'advisor-good' : undefined}>
                  {difference.kind === 'even'
                    ? t('costs the same')
                    : difference.kind === 'saves'
                      ? t('saves {amount}', {
                          amount: formatCurrency(difference.amount, currency),
                        })
                      : t('costs {amount} more', {
                          amount: formatCurrency(difference.amount, currency),
                        })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function VolumeCostFigure({
  series,
  name,
  currency,
  summary,
}: {
  readonly series: VolumeCostSeries;
  readonly name: string;
  readonly currency: string;
  readonly summary: string;
}) {
  const t = useT();
  const starts = series.crossings.filter((crossing) => crossing.kind === 'starts-paying');
  return (
    <ChartFigure
      headingLevel={4}
      canvasClassName="advisor-canvas"
      title={t('Cost over {months} months against monthly volume', { months: series.months })}
      note={t(
        '{name}: pay-per-use only, and each size bought at the start of every {months}-month validity with pay-per-use for the calls beyond it.',
        { name, months: series.months },
      )}
      summary={summary}
      after={
        <ChartLegend
          entries={[
            ...series.lines.map((line, index) => ({
              key: line.key,
              label: lineDisplayName(series, index),
              mark: { kind: 'line', look: volumeLineLook(index) } as const,
            })),
            {
              key: 'projected',
              label: t('Projected volume'),
              mark: { kind: 'marker', colour: PROJECTION_COLOUR } as const,
            },
            ...(series.band
              ? [{ key: 'band', label: t('Low to high case'), mark: { kind: 'band' } as const }]
              : []),
            ...(starts.length > 0
              ? [
                  {
                    key: 'crossings',
                    label: t('Where a size starts (or stops) paying off'),
                    mark: { kind: 'point', shape: 'dot' } as const,
                  },
                ]
              : []),
          ]}
        />
      }
      table={() => (
        <table>
          <caption>
            {t('Cost over {months} months ({currency}) at each monthly volume drawn', {
              months: series.months,
              currency,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Calls a month')}</th>
              {series.lines.map((line, index) => (
                <th scope="col" key={line.key}>
                  {lineDisplayName(series, index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.volume}>
                <th scope="row">{formatCount(point.volume)}</th>
                {point.texts.map((text, index) => (
                  <td key={series.lines[index]?.key}>{formatCurrency(text, currency)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <VolumeCostChart series={series} currency={currency} />
    </ChartFigure>
  );
}
