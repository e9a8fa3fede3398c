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
  readonly exhaustedOn: IsoDate | null;
  readonly alertOn: IsoDate | null;
  readonly expiresOn: IsoDate;
  /** (usedCalls + consumed) / calls as a decimal string. */
  readonly utilization: string;
};

/** The package ledger, APIs and regions named in `locale` (the page's language unless given). */
export function toPackageLedger(
  simulation: Simulation,
  scenario: Scenario,
  catalog: Catalog | undefined,
  locale: Locale = currentLocale(),
): PackageLedgerRow[] {
  return simulation.packages.map((detail, position) => {
    const pkg = scenario.packages[position];
    return {
      id: detail.id,
      label: pkg?.label.trim() || detail.id,
      api: pkg ? apiDisplayName(catalog, pkg.api, locale) : '',
      region: pkg ? regionDisplayName(catalog, pkg.region, locale) : '',
      consumed: detail.consumed,
      remaining: detail.remaining,
      wasted: detail.wasted,
      exhaustedOn: detail.exhaustedOn,
      alertOn: detail.alertOn,
      expiresOn: detail.expiresOn,
      utilization: detail.utilization,
    };
  });
}
