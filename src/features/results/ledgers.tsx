import { memo, useId, useMemo, useState } from 'react';
import type { Catalog, PurchasePayback, Scenario, Simulation } from '../../engine';
import {
  formatCount,
  formatCurrency,
  formatDate,
  formatMonth,
  formatRatioAsPercent,
} from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import { InfoTip } from '../../ui/info-tip';
import { ListPager } from '../../ui/list-pager';
import { pageWindow } from '../../ui/pages';
import { TableScroll } from '../../ui/table-scroll';
import { allowanceName, usePackageNames } from './package-names';
import { purchasePaybackOf } from './purchase-paybacks';
import {
  type AllowanceLedgerRow,
  type MonthLedgerRow,
  type PackageLedgerRow,
  toAllowanceLedger,
  toMonthLedger,
  toPackageLedger,
} from './to-ledgers';

/* The month ledger and the package ledger: plain rows, every figure exact and rounded for display. */

const optionalDate = (date: string | null) => (date === null ? '—' : formatDate(date));

/** Package ledger rows shown at once: a large scenario has hundreds; the CSV export has all. */
export const LEDGER_ROWS_PER_PAGE = 25;
const NO_PROBLEMS: readonly number[] = [];
const NOT_BOUGHT_HERE: PurchasePayback = { kind: 'not-bought-here' };

export const MonthLedgerTable = memo(function MonthLedgerTable({
  simulation,
  currency,
}: {
  readonly simulation: Simulation;
  readonly currency: string;
}) {
  const t = useT();
  const headingId = useId();
  const ledger = useMemo(() => toMonthLedger(simulation), [simulation]);
  const money = (amount: string) => formatCurrency(amount, currency);
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Month ledger')}</h3>
      <TableScroll label={t('Month ledger')}>
        <table>
          <caption className="visually-hidden">
            {t('Calls and costs per month of the horizon ({currency})', { currency })}
          </caption>
          <thead className="results-head">
            <tr>
              <th scope="col">{t('Month')}</th>
              <th scope="col">{t('Calls')}</th>
              <th scope="col">{t('Covered by packages')}</th>
              <th scope="col">{t('Pay-per-use calls')}</th>
              <th scope="col">{t('Pay-per-use cost')}</th>
              <th scope="col">{t('Failed')}</th>
              <th scope="col">{t('Package cost')}</th>
              <th scope="col">{t('Total')}</th>
            </tr>
          </thead>
          <tbody>
            {ledger.rows.map((row) => (
              <MonthRow key={row.month} {...row} currency={currency} />
            ))}
          </tbody>
          <tfoot>
            <tr className="results-total">
              <th scope="row">{t('Total')}</th>
              <td>{formatCount(ledger.total.calls)}</td>
              <td>{formatCount(ledger.total.packageCalls)}</td>
              <td>{formatCount(ledger.total.payPerUseCalls)}</td>
              <td>{money(ledger.total.payPerUseCost)}</td>
              <td>{formatCount(ledger.total.failedCalls)}</td>
              <td>{money(ledger.total.packageCost)}</td>
              <td>{money(ledger.total.totalCost)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
});

export const PackageLedgerTable = memo(function PackageLedgerTable({
  simulation,
  scenario,
  catalog,
}: {
  readonly simulation: Simulation;
  readonly scenario: Scenario;
  readonly catalog: Catalog | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const names = usePackageNames(scenario.packages);
  const rows = useMemo(
    () => toPackageLedger(simulation, scenario, names, catalog, locale),
    [simulation, scenario, names, catalog, locale],
  );
  const [requestedPage, setPage] = useState(0);
  const shown = pageWindow(rows.length, LEDGER_ROWS_PER_PAGE, requestedPage);
  // Only an allowance lapses: without one the column would be zeros, and too wide at 1440 px.
  const withLapsed = scenario.packages.some((pkg) => pkg.resetEvery !== undefined);
  // Each purchase's payback simulates its stream twice: only for the rows on show.
  const paybacks = useMemo(
    () =>
      rows
        .slice(shown.first, shown.end)
        .map((_, offset) => purchasePaybackOf(scenario, shown.first + offset)),
    [rows, scenario, shown.first, shown.end],
  );
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Package ledger')}</h3>
      {rows.length === 0 ? (
        <p>{t('The scenario has no packages.')}</p>
      ) : (
        <>
          <ListPager
            label={t('Pages of the package ledger')}
            shown={shown}
            count={rows.length}
            pageSize={LEDGER_ROWS_PER_PAGE}
            problemsPerPage={NO_PROBLEMS}
            onPage={setPage}
          />
          <TableScroll label={t('Package ledger')}>
            <table className="package-ledger">
              <caption className="visually-hidden">
                {t('What each package did in the horizon')}
              </caption>
              <thead className="results-head">
                <tr>
                  <th scope="col">{t('Package')}</th>
                  <th scope="col">{t('Consumed')}</th>
                  <th scope="col">{t('Remaining')}</th>
                  <th scope="col">{t('Wasted')}</th>
                  {withLapsed ? (
                    <th scope="col">
                      {t('Lapsed')}
                      <InfoTip label={t('Lapsed')}>
                        {t(
                          'Calls an allowance that renews every day or month held at the end of a period and lost.',
                        )}
                      </InfoTip>
                    </th>
                  ) : null}
                  <th scope="col">{t('Ran out on')}</th>
                  <th scope="col">
                    {t('80 % used on')}
                    <InfoTip label={t('80 % used on')}>
                      {t(
                        "The day Huawei's usage alert would fire: the package has used 80 % of its calls.",
                      )}
                    </InfoTip>
                  </th>
                  <th scope="col">{t('Expires on')}</th>
                  <th scope="col">{t('Utilization')}</th>
                  <th scope="col">
                    {t('Pays for itself on')}
                    <InfoTip label={t('Pays for itself on')}>
                      {t(
                        'The first day from which the plan with this purchase has cost no more than the same plan without it, through the end of the horizon.',
                      )}
                    </InfoTip>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(shown.first, shown.end).map((row, offset) => (
                  <PackageRow
                    key={row.id}
                    {...row}
                    payback={paybacks[offset] ?? NOT_BOUGHT_HERE}
                    withLapsed={withLapsed}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
});

// Rows take plain values, so a row whose figures did not change is not formatted again.
const MonthRow = memo(function MonthRow(row: MonthLedgerRow & { readonly currency: string }) {
  useLocale(); // formatted in the page's language: a new language formats the row again
  const money = (amount: string) => formatCurrency(amount, row.currency);
  return (
    <tr>
      <th scope="row">{formatMonth(row.month)}</th>
      <td>{formatCount(row.calls)}</td>
      <td>{formatCount(row.packageCalls)}</td>
      <td>{formatCount(row.payPerUseCalls)}</td>
      <td>{money(row.payPerUseCost)}</td>
      <td>{formatCount(row.failedCalls)}</td>
      <td>{money(row.packageCost)}</td>
      <td>{money(row.totalCost)}</td>
    </tr>
  );
});

const PackageRow = memo(function PackageRow(
  row: PackageLedgerRow & { readonly payback: PurchasePayback; readonly withLapsed: boolean },
) {
  const t = useT();
  useLocale(); // formatted in the page's language: a new language formats the row again
  return (
    <tr>
      <th scope="row">
        {row.label}
        <span className="ledger-detail">
          {t('{api} in {region}', { api: row.api, region: row.region })}
        </span>
      </th>
      <td>{formatCount(row.consumed)}</td>
      <td>{formatCount(row.remaining)}</td>
      <td>{formatCount(row.wasted)}</td>
      {row.withLapsed ? <td>{formatCount(row.lapsed)}</td> : null}
      <td>{optionalDate(row.exhaustedOn)}</td>
      <td>{optionalDate(row.alertOn)}</td>
      <td>{formatDate(row.expiresOn)}</td>
      <td>{formatRatioAsPercent(row.utilization)}</td>
      <td>
        {row.payback.kind === 'on'
          ? formatDate(row.payback.date)
          : row.payback.kind === 'never'
            ? t('not in the horizon')
            : '—'}
      </td>
    </tr>
  );
});

/** Allowances that renew (billing-rules §4a), month by month: what their periods held, paid and lost. */
export const AllowanceLedgerTable = memo(function AllowanceLedgerTable({
  simulation,
  scenario,
}: {
  readonly simulation: Simulation;
  readonly scenario: Scenario;
}) {
  const t = useT();
  const headingId = useId();
  const rows = useMemo(() => toAllowanceLedger(simulation, scenario), [simulation, scenario]);
  const [requestedPage, setPage] = useState(0);
  if (rows.length === 0) return null;
  const shown = pageWindow(rows.length, LEDGER_ROWS_PER_PAGE, requestedPage);
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Allowance ledger')}</h3>
      <ListPager
        label={t('Pages of the allowance ledger')}
        shown={shown}
        count={rows.length}
        pageSize={LEDGER_ROWS_PER_PAGE}
        problemsPerPage={NO_PROBLEMS}
        onPage={setPage}
      />
      <TableScroll label={t('Allowance ledger')}>
        <table>
          <caption className="visually-hidden">
            {t('What each renewing allowance held, paid and lost, month by month')}
          </caption>
          <thead className="results-head">
            <tr>
              <th scope="col">{t('Package')}</th>
              <th scope="col">{t('Month')}</th>
              <th scope="col">{t('Renews')}</th>
              <th scope="col">{t('Held')}</th>
              <th scope="col">{t('Used')}</th>
              <th scope="col">{t('Lapsed')}</th>
              <th scope="col">{t('Wasted')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(shown.first, shown.end).map((row) => (
              <AllowanceRow {...row} key={row.key} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
});

const AllowanceRow = memo(function AllowanceRow(row: AllowanceLedgerRow) {
  const t = useT();
  return (
    <tr>
      <th scope="row">{allowanceName(row.label, row.resetEvery, t)}</th>
      <td>{formatMonth(row.month)}</td>
      <td>
        {row.resetEvery === 'day'
          ? t('every day ({count} days)', { count: formatCount(row.periods) })
          : t('every month')}
      </td>
      <td>{formatCount(row.held)}</td>
      <td>{formatCount(row.used)}</td>
      <td>{formatCount(row.lapsed)}</td>
      <td>{formatCount(row.wasted)}</td>
    </tr>
  );
});
