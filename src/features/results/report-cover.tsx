import { memo, useMemo } from 'react';
import type { Catalog, PackageSource, Scenario, Simulation } from '../../engine';
import {
  apiDisplayName,
  catalogDisplayName,
  regionDisplayName,
  sizeDisplayName,
} from '../../i18n/catalog-names';
import { formatCount, formatCurrency, formatDate, formatMonth } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/translate';
import { usePackageNames } from './package-names';
import { firstPurchaseSentence } from './summary';
import { placesNeeded, type ReportPrice, type ReportStream, toReportCover } from './to-report';
import { toSummary } from './to-summary';

/**
 * The first page of the printed report, "what to buy and why": a document for the customer,
 * printed in place of the editors. It shows on paper only; the page itself shows the same
 * figures in the editors and the summary.
 */
export const ReportCover = memo(function ReportCover({
  simulation,
  scenario,
  catalog,
  today,
}: {
  readonly simulation: Simulation;
  readonly scenario: Scenario;
  readonly catalog: Catalog | undefined;
  /** The day the report is printed. */
  readonly today: string;
}) {
  const t = useT();
  const cover = useMemo(() => toReportCover(scenario), [scenario]);
  const summary = useMemo(() => toSummary(simulation, scenario), [simulation, scenario]);
  const names = usePackageNames(scenario.packages);
  const money = (amount: string) => formatCurrency(amount, scenario.currency);
  const api = (id: string) => apiDisplayName(catalog, id);
  const region = (id: string) => regionDisplayName(catalog, id);
  const { savings, payback, firstPurchase } = summary;
  return (
    <section className="report-cover print-only" aria-label={t('Printed report')}>
      <h2>{scenario.name.trim() || t('Untitled estimate')}</h2>
      <p>
        {t('Estimate of {first} to {last} ({months} months), printed {date}.', {
          first: formatMonth(cover.firstMonth),
          last: formatMonth(cover.lastMonth),
          months: cover.months,
          date: formatDate(today),
        })}{' '}
        {catalog
          ? catalog.illustrative
            ? t(
                'Prices: {catalog}, as of {date}; illustrative, to be confirmed with HUAWEI CLOUD.',
                {
                  catalog: catalogDisplayName(catalog),
                  date: formatDate(catalog.asOf),
                },
              )
            : t('Prices: {catalog}, as of {date}.', {
                catalog: catalogDisplayName(catalog),
                date: formatDate(catalog.asOf),
              })
          : t('Prices as entered in the estimate, in {currency}.', {
              currency: scenario.currency,
            })}
      </p>

      <h3>{t('Packages in this plan')}</h3>
      {cover.purchases.length === 0 ? (
        <p>{t('No packages: every call is billed pay-per-use.')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('Package')}</th>
              <th scope="col">{t('API and region')}</th>
              <th scope="col">{t('Size')}</th>
              <th scope="col">{t('Price')}</th>
              <th scope="col">{t('Bought on')}</th>
              <th scope="col">{t('Takes effect')}</th>
              <th scope="col">{t('Expires on')}</th>
            </tr>
          </thead>
          <tbody>
            {cover.purchases.map((purchase, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: written once, in this order
              <tr key={index}>
                <th scope="row">
                  {purchase.label ||
                    t('{api} {size}', {
                      api: api(purchase.api),
                      size: sizeDisplayName(purchase.calls),
                    })}
                  <span className="report-detail">
                    {purchase.owned ? t('already owned') : sourceWords(purchase.source, t)}
                  </span>
                </th>
                <td>
                  {t('{api} in {region}', {
                    api: api(purchase.api),
                    region: region(purchase.region),
                  })}
                </td>
                <td>
                  {purchase.resetEvery === 'day'
                    ? t('{calls} calls a day', { calls: formatCount(purchase.calls) })
                    : purchase.resetEvery === 'month'
                      ? t('{calls} calls a month', { calls: formatCount(purchase.calls) })
                      : t('{calls} calls', { calls: formatCount(purchase.calls) })}
                </td>
                <td>{money(purchase.price)}</td>
                <td>{formatDate(purchase.boughtOn)}</td>
                <td>{formatDate(purchase.takesEffectOn)}</td>
                <td>{formatDate(purchase.expiresOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('What it costs')}</h3>
      <ul className="report-figures">
        <li>
          {t('Total cost: {amount}, packages and pay-per-use together.', {
            amount: money(summary.totalCost),
          })}
        </li>
        <li>
          {t('With pay-per-use only, the same calls would cost {amount}.', {
            amount: money(summary.payPerUseOnlyCost),
          })}
        </li>
        <li>
          {savings.kind === 'saves'
            ? t('The plan saves {amount}.', { amount: money(savings.amount) })
            : savings.kind === 'costs-more'
              ? t('The plan costs {amount} more than pay-per-use only.', {
                  amount: money(savings.amount),
                })
              : t('The plan costs the same as pay-per-use only.')}
        </li>
        <li>
          {payback.kind === 'on'
            ? t('The whole plan has paid for itself from {date}.', {
                date: formatDate(payback.date),
              })
            : payback.kind === 'never'
              ? t('The plan does not pay back within the horizon.')
              : t('No packages are bought in the horizon.')}
          {firstPurchase === null ? null : <> {firstPurchaseSentence(firstPurchase, names, t)}</>}
        </li>
        {summary.wastedCalls > 0 ? (
          <li>
            {t('{calls} calls expire unused inside the horizon.', {
              calls: formatCount(summary.wastedCalls),
            })}
          </li>
        ) : null}
        {summary.failedCalls > 0 ? (
          <li>
            {t(
              '{calls} calls fail where pay-per-use is not subscribed and no package covers them.',
              { calls: formatCount(summary.failedCalls) },
            )}
          </li>
        ) : null}
      </ul>

      <h3>{t('Usage assumed')}</h3>
      <ul>
        {cover.streams.map((stream, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: written once, in this order
          <li key={index}>
            {usageWords(stream, cover.firstMonth, cover.lastMonth, api, region, t)}
          </li>
        ))}
      </ul>

      <h3>{t('Pay-per-use unit prices')}</h3>
      <ul>
        {cover.prices.map((price, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: written once, in this order
          <li key={index}>{priceWords(price, scenario.currency, api, region, t)}</li>
        ))}
      </ul>
    </section>
  );
});

function sourceWords(source: PackageSource, t: Translate): string {
  switch (source) {
    case 'purchased':
      return t('to buy');
    case 'promotional':
      return t('promotional');
    case 'free':
      return t('free');
  }
}

function usageWords(
  stream: ReportStream,
  firstMonth: string,
  lastMonth: string,
  api: (id: string) => string,
  region: (id: string) => string,
  t: Translate,
): string {
  const place = t('{api} in {region}', { api: api(stream.api), region: region(stream.region) });
  const total = formatCount(stream.totalCalls);
  const model = stream.model;
  const how = model
    ? model.seasonality
      ? t(
          '{place}: {first} calls in {month}, changing {growth} % a month, with the seasons as entered: {total} calls in all.',
          {
            place,
            first: formatCount(model.firstMonth),
            month: formatMonth(firstMonth),
            growth: model.growthPercent,
            total,
          },
        )
      : t('{place}: {first} calls in {month}, changing {growth} % a month: {total} calls in all.', {
          place,
          first: formatCount(model.firstMonth),
          month: formatMonth(firstMonth),
          growth: model.growthPercent,
          total,
        })
    : t(
        '{place}: entered month by month, {first} calls in {month} to {last} in {lastMonth}: {total} calls in all.',
        {
          place,
          first: formatCount(stream.firstMonthCalls),
          month: formatMonth(firstMonth),
          last: formatCount(stream.lastMonthCalls),
          lastMonth: formatMonth(lastMonth),
          total,
        },
      );
  return stream.subscribed
    ? how
    : `${how} ${t('Pay-per-use is not subscribed there: calls no package covers fail.')}`;
}

function priceWords(
  price: ReportPrice,
  currency: string,
  api: (id: string) => string,
  region: (id: string) => string,
  t: Translate,
): string {
  const place =
    price.region === null
      ? t('{api}, every region', { api: api(price.api) })
      : t('{api} in {region}', { api: api(price.api), region: region(price.region) });
  const each = (amount: string) =>
    t('{amount} per 1,000 calls', {
      amount: formatCurrency(amount, currency, placesNeeded(amount)),
    });
  const [only] = price.tiers;
  if (price.tiers.length === 1 && only) return `${place}: ${each(only.perThousand)}.`;
  const tiers = price.tiers.map((tier) =>
    tier.upTo === null
      ? t('from call {from}, {price}', {
          from: formatCount(tier.from),
          price: each(tier.perThousand),
        })
      : t('calls {from} to {upTo}, {price}', {
          from: formatCount(tier.from),
          upTo: formatCount(tier.upTo),
          price: each(tier.perThousand),
        }),
  );
  return price.mode === 'graduated'
    ? t('{place}, each call at its own tier of the month: {tiers}.', {
        place,
        tiers: tiers.join('; '),
      })
    : t('{place}, every call of a month at the tier its total reaches: {tiers}.', {
        place,
        tiers: tiers.join('; '),
      });
}
