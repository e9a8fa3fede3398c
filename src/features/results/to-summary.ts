import {
  compareMoney,
  countRatio,
  type IsoDate,
  isNegativeMoney,
  isZeroMoney,
  moneyPerCalls,
  moneyRatio,
  type PurchasePayback,
  roundMoney,
  type Scenario,
  type Simulation,
  subtractMoney,
  ZERO_MONEY,
} from '../../engine';
import { purchasePaybackOf } from './purchase-paybacks';

/* The headline figures of a simulation, as exact decimal strings rounded half-up for display. */

export type Savings =
  | {
      readonly kind: 'saves' | 'costs-more';
      readonly amount: string;
      readonly percent: string | null;
    }
  | { readonly kind: 'even' };

export type Payback =
  | { readonly kind: 'on'; readonly date: IsoDate }
  | { readonly kind: 'never' }
  | { readonly kind: 'no-packages' };

export type Summary = {
  readonly totalCost: string;
  readonly payPerUseOnlyCost: string;
  readonly savings: Savings;
  readonly payback: Payback;
  /** Total cost per 1,000 successful billed calls (package-covered + pay-per-use); null with no such calls. */
  readonly pricePerThousand: string | null;
  readonly billedCalls: number;
  readonly wastedCalls: number;
  readonly failedCalls: number;
  /**
   * With two or more purchases in the horizon, the first one's own payback day: the plan's
   * payback (billing-rules §7) is the day the last purchase is paid back too.
   */
  readonly firstPurchase: {
    /** Its place in the scenario's packages: the page names it as the packages editor does. */
    readonly position: number;
    readonly boughtOn: IsoDate;
    readonly payback: PurchasePayback;
  } | null;
  /** Calls allowances held at the end of a period and lost (billing-rules §4a). */
  readonly lapsedCalls: number;
  /** Each allowance with a period inside the horizon: what it offered and what went unused. */
  readonly allowances: readonly AllowanceUse[];
  /** Calls packages still hold when the horizon ends, usable until each expires. */
  readonly unusedAtEnd: {
    readonly calls: number;
    /** The earliest and the latest expiry among the packages holding them. */
    readonly firstExpiry: IsoDate | null;
    readonly lastExpiry: IsoDate | null;
  };
};

export type AllowanceUse = {
  readonly position: number;
  /** Its label; null when it has none, and the page names it by how it renews. */
  readonly label: string | null;
  readonly resetEvery: 'day' | 'month';
  /** Its quota times its periods inside the horizon. */
  readonly offered: number;
  /** Lapsed at a period's end or wasted at expiry. */
  readonly unused: number;
  /** unused / offered, as a decimal string. */
  readonly unusedShare: string;
};

const MONEY_PLACES = 2;
const RATIO_PLACES = 4;
const PRICE_PER_THOUSAND_PLACES = 2;

export function toSummary(simulation: Simulation, scenario: Scenario): Summary {
  const { totals } = simulation;
  const billedCalls = totals.packageCalls + totals.payPerUseCalls;
  const holding = simulation.packages.filter((pkg) => pkg.remaining > 0);
  const expiries = holding.map((pkg) => pkg.expiresOn).sort();
  return {
    firstPurchase: toFirstPurchase(scenario),
    unusedAtEnd: {
      calls: holding.reduce((sum, pkg) => sum + pkg.remaining, 0),
      firstExpiry: expiries[0] ?? null,
      lastExpiry: expiries.at(-1) ?? null,
    },
    totalCost: roundMoney(totals.totalCost, MONEY_PLACES),
    payPerUseOnlyCost: roundMoney(totals.payPerUseOnlyCost, MONEY_PLACES),
    savings: toSavings(simulation),
    payback: toPayback(simulation),
    pricePerThousand: moneyPerCalls(totals.totalCost, billedCalls, 1000, PRICE_PER_THOUSAND_PLACES),
    billedCalls,
    wastedCalls: simulation.packages.reduce((sum, pkg) => sum + pkg.wasted, 0),
    failedCalls: totals.failedCalls,
    lapsedCalls: simulation.packages.reduce((sum, pkg) => sum + pkg.lapsed, 0),
    allowances: toAllowanceUses(simulation, scenario),
  };
}

/** How much of each allowance went unused: its periods' quota less what paid (billing-rules §4a). */
function toAllowanceUses(simulation: Simulation, scenario: Scenario): AllowanceUse[] {
  const uses: AllowanceUse[] = [];
  simulation.packages.forEach((detail, index) => {
    const pkg = scenario.packages[index];
    if (!pkg?.resetEvery || detail.periods.length === 0) return;
    const offered = pkg.calls * detail.periods.length;
    const unused = detail.lapsed + detail.wasted;
    uses.push({
      position: index,
      label: pkg.label.trim() || null,
      resetEvery: pkg.resetEvery,
      offered,
      unused,
      unusedShare: countRatio(unused, offered, RATIO_PLACES),
    });
  });
  return uses;
}

/** Savings = pay-per-use-only cost − total cost (billing-rules §7); a loss is shown as its size. */
function toSavings(simulation: Simulation): Savings {
  const { savings, payPerUseOnlyCost } = simulation.totals;
  if (compareMoney(savings, ZERO_MONEY) === 0) return { kind: 'even' };
  const magnitude = isNegativeMoney(savings) ? subtractMoney(ZERO_MONEY, savings) : savings;
  return {
    kind: isNegativeMoney(savings) ? 'costs-more' : 'saves',
    amount: roundMoney(magnitude, MONEY_PLACES),
    percent: moneyRatio(magnitude, payPerUseOnlyCost, RATIO_PLACES),
  };
}

/** The payback day (billing-rules §7), or why there is none: nothing paid, or never paid back. */
export function toPayback(simulation: Pick<Simulation, 'paybackOn' | 'totals'>): Payback {
  if (simulation.paybackOn) return { kind: 'on', date: simulation.paybackOn };
  return isZeroMoney(simulation.totals.packageCost) ? { kind: 'no-packages' } : { kind: 'never' };
}

/** The first paid purchase of the horizon and its own payback day, when there is a later one. */
function toFirstPurchase(scenario: Scenario): Summary['firstPurchase'] {
  const firstDay = `${scenario.start}-01`;
  const purchases = scenario.packages
    .map((pkg, index) => ({ pkg, index }))
    .filter(({ pkg }) => !isZeroMoney(pkg.price) && pkg.createdOn >= firstDay)
    .sort((a, b) =>
      a.pkg.createdOn < b.pkg.createdOn
        ? -1
        : a.pkg.createdOn > b.pkg.createdOn
          ? 1
          : a.index - b.index,
    );
  const [first] = purchases;
  if (!first || purchases.length < 2) return null;
  const payback = purchasePaybackOf(scenario, first.index);
  if (payback.kind === 'not-bought-here') return null;
  return { position: first.index, boughtOn: first.pkg.createdOn, payback };
}
