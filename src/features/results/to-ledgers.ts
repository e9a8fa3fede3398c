import {
  type Catalog,
  type IsoDate,
  type IsoMonth,
  roundMoney,
  type Scenario,
  type Simulation,
} from '../../engine';
import { apiDisplayName, regionDisplayName } from '../../i18n/catalog-names';
import { currentLocale, type Locale } from '../../i18n/locale';

/* The month ledger and the package ledger (billing-rules §7), with money rounded for display. */

const PLACES = 2;

export type MonthLedgerRow = {
  readonly month: IsoMonth;
  readonly calls: number;
  readonly packageCalls: number;
  readonly payPerUseCalls: number;
  readonly payPerUseCost: string;
  readonly failedCalls: number;
  readonly packageCost: string;
  readonly totalCost: string;
};

export type MonthLedger = {
  readonly rows: readonly MonthLedgerRow[];
  readonly total: MonthLedgerRow;
};

export function toMonthLedger(simulation: Simulation): MonthLedger {
  const { totals } = simulation;
  return {
    rows: simulation.months.map((month) => ({
      month: month.month,
      calls: month.calls,
      packageCalls: month.calls - month.payPerUseCalls - month.failedCalls,
      payPerUseCalls: month.payPerUseCalls,
      payPerUseCost: roundMoney(month.payPerUseCost, PLACES),
      failedCalls: month.failedCalls,
      packageCost: roundMoney(month.packageCost, PLACES),
      totalCost: roundMoney(month.totalCost, PLACES),
    })),
    total: {
      month: 'Total',
      calls: totals.calls,
      packageCalls: totals.packageCalls,
      payPerUseCalls: totals.payPerUseCalls,
      payPerUseCost: roundMoney(totals.payPerUseCost, PLACES),
      failedCalls: totals.failedCalls,
      packageCost: roundMoney(totals.packageCost, PLACES),
      totalCost: roundMoney(totals.totalCost, PLACES),
    },
  };
}

export type PackageLedgerRow = {
  readonly id: string;
  readonly label: string;
  readonly api: string;
  readonly region: string;
  readonly consumed: number;
  readonly remaining: number;
  readonly wasted: number;
  /** What an allowance held at a period's end and lost (billing-rules §4a); 0 for other packages. */
  readonly lapsed: number;
  readonly exhaustedOn: IsoDate | null;
  readonly alertOn: IsoDate | null;
  readonly expiresOn: IsoDate;
  /** (usedCalls + consumed) / calls as a decimal string. */
  readonly utilization: string;
};

/**
 * The package ledger, packages by their `names` (by position, {@link resultPackageNames}), APIs
 * and regions named in `locale` (the page's language unless given).
 */
export function toPackageLedger(
  simulation: Simulation,
  scenario: Scenario,
  names: readonly string[],
  catalog: Catalog | undefined,
  locale: Locale = currentLocale(),
): PackageLedgerRow[] {
  return simulation.packages.map((detail, position) => {
    const pkg = scenario.packages[position];
    return {
      id: detail.id,
      label: names[position] ?? detail.id,
      api: pkg ? apiDisplayName(catalog, pkg.api, locale) : '',
      region: pkg ? regionDisplayName(catalog, pkg.region, locale) : '',
      consumed: detail.consumed,
      remaining: detail.remaining,
      wasted: detail.wasted,
      lapsed: detail.lapsed,
      exhaustedOn: detail.exhaustedOn,
      alertOn: detail.alertOn,
      expiresOn: detail.expiresOn,
      utilization: detail.utilization,
    };
  });
}

/** One allowance in one month of the horizon: its periods there, what they held, paid and lost. */
export type AllowanceLedgerRow = {
  readonly key: string;
  readonly label: string;
  readonly resetEvery: 'day' | 'month';
  readonly month: IsoMonth;
  /** Its periods that start this month (one for a monthly allowance, its usable days for a daily one). */
  readonly periods: number;
  readonly held: number;
  readonly used: number;
  /** Lost at a period's end, or at expiry. */
  readonly lapsed: number;
  readonly wasted: number;
};

/**
 * billing-rules §4a: each allowance month by month, so the page shows a quota that renews as
 * periods used and lost rather than one draining balance. Periods are counted in the month they start.
 */
export function toAllowanceLedger(
  simulation: Simulation,
  scenario: Scenario,
): AllowanceLedgerRow[] {
  const rows: AllowanceLedgerRow[] = [];
  const monthOfDay: number[] = [];
  let day = 0;
  simulation.months.forEach((month, index) => {
    const [year, number] = month.month.split('-').map(Number) as [number, number];
    const length = new Date(Date.UTC(year, number, 0)).getUTCDate();
    for (let k = 0; k < length; k++) monthOfDay[day++] = index;
  });
  simulation.packages.forEach((detail, position) => {
    const pkg = scenario.packages[position];
    if (!pkg?.resetEvery) return;
    const byMonth = new Map<
      number,
      { periods: number; held: number; used: number; lapsed: number; wasted: number }
    >();
    for (const period of detail.periods) {
      const month = monthOfDay[period.from] ?? 0;
      const row = byMonth.get(month) ?? { periods: 0, held: 0, used: 0, lapsed: 0, wasted: 0 };
      row.periods++;
      row.held += period.held;
      row.used += period.used;
      if (period.endedBy === 'expiry') row.wasted += period.left;
      else row.lapsed += period.left;
      byMonth.set(month, row);
    }
    for (const [month, row] of [...byMonth].sort(([a], [b]) => a - b)) {
      const isoMonth = simulation.months[month]?.month ?? '';
      rows.push({
        key: `${detail.id}:${isoMonth}`,
        label: pkg.label.trim(),
        resetEvery: pkg.resetEvery,
        month: isoMonth,
        ...row,
      });
    }
  });
  return rows;
}
