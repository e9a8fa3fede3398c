import {
  addMoney,
  type IsoDate,
  type IsoMonth,
  isZeroMoney,
  type Money,
  parseIsoDate,
  roundMoney,
  type Scenario,
  type Simulation,
  subtractMoney,
  toDayNumber,
  ZERO_MONEY,
} from '../../engine';

/*
 * Kept variants side by side: each one's totals and their differences against the first, and
 * their cumulative costs month by month. Amounts stay exact Money until they are rounded half up
 * for display; the chart's numbers are rounded copies for drawing only.
 */

/** A kept variant, simulated. */
export type VariantRun = {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
  readonly simulation: Simulation;
};

export type Payback =
  | { readonly kind: 'on'; readonly date: IsoDate }
  | { readonly kind: 'never' }
  | { readonly kind: 'no-packages' };

export type ComparisonCell =
  | {
      readonly kind: 'money';
      /** Rounded half up to cents. */
      readonly amount: string;
      readonly currency: string;
      /** This minus the first variant, rounded; null for the first, or in another currency. */
      readonly difference: string | null;
      readonly otherCurrency: boolean;
    }
  | { readonly kind: 'count'; readonly value: number; readonly difference: number | null }
  | {
      readonly kind: 'payback';
      readonly payback: Payback;
      /** Days later (positive) or earlier than the first; null unless both pay back. */
      readonly difference: number | null;
    };

export type ComparisonMetric =
  | 'totalCost'
  | 'payPerUseOnlyCost'
  | 'savings'
  | 'wastedCalls'
  | 'failedCalls'
  | 'payback';

export type ComparisonRow = {
  readonly metric: ComparisonMetric;
  readonly label: string;
  readonly cells: readonly ComparisonCell[];
};

const PLACES = 2;

const MONEY_METRICS = [
  ['totalCost', 'Total cost', (run: VariantRun) => run.simulation.totals.totalCost],
  [
    'payPerUseOnlyCost',
    'Pay-per-use only',
    (run: VariantRun) => run.simulation.totals.payPerUseOnlyCost,
  ],
  ['savings', 'Savings', (run: VariantRun) => run.simulation.totals.savings],
] as const;

const COUNT_METRICS = [
  ['wastedCalls', 'Calls wasted at expiry', (run: VariantRun) => wastedCalls(run.simulation)],
  ['failedCalls', 'Failed calls', (run: VariantRun) => run.simulation.totals.failedCalls],
] as const;

/** Each metric's row: every variant's value and its difference against the first. */
export function toComparison(runs: readonly VariantRun[]): ComparisonRow[] {
  const first = runs[0];
  if (!first) return [];
  const moneyRows = MONEY_METRICS.map(([metric, label, pick]) => ({
    metric,
    label,
    cells: runs.map((run, index): ComparisonCell => {
      const otherCurrency = run.scenario.currency !== first.scenario.currency;
      return {
        kind: 'money',
        amount: roundMoney(pick(run), PLACES),
        currency: run.scenario.currency,
        difference:
          index === 0 || otherCurrency
            ? null
            : roundMoney(subtractMoney(pick(run), pick(first)), PLACES),
        otherCurrency,
      };
    }),
  }));
  const countRows = COUNT_METRICS.map(([metric, label, pick]) => ({
    metric,
    label,
    cells: runs.map(
      (run, index): ComparisonCell => ({
        kind: 'count',
        value: pick(run),
        difference: index === 0 ? null : pick(run) - pick(first),
      }),
    ),
  }));
  const firstPayback = paybackOf(first.simulation);
  const paybackRow: ComparisonRow = {
    metric: 'payback',
    label: 'Payback day',
    cells: runs.map((run, index) => {
      const payback = paybackOf(run.simulation);
      return {
        kind: 'payback',
        payback,
        difference:
          index > 0 && payback.kind === 'on' && firstPayback.kind === 'on'
            ? dayOf(payback.date) - dayOf(firstPayback.date)
            : null,
      };
    }),
  };
  return [...moneyRows, ...countRows, paybackRow];
}

function paybackOf(simulation: Simulation): Payback {
  if (simulation.paybackOn) return { kind: 'on', date: simulation.paybackOn };
  return isZeroMoney(simulation.totals.packageCost) ? { kind: 'no-packages' } : { kind: 'never' };
}

function wastedCalls(simulation: Simulation): number {
  return simulation.packages.reduce((sum, pkg) => sum + pkg.wasted, 0);
}

function dayOf(date: IsoDate): number {
  return toDayNumber(parseIsoDate(date) as NonNullable<ReturnType<typeof parseIsoDate>>);
}

export type CompareRow = {
  readonly month: IsoMonth;
  /** Each variant's cost to the end of the month, for drawing only; null outside its horizon. */
  readonly values: readonly (number | null)[];
  /** The same, exact and rounded half up to cents, for the table. */
  readonly texts: readonly (string | null)[];
};

export type CompareSeries = {
  readonly lines: readonly {
    readonly id: string;
    readonly name: string;
    readonly currency: string;
  }[];
  readonly rows: readonly CompareRow[];
};

/** Each variant's cumulative cost at the end of every month of any variant's horizon. */
export function toCompareSeries(runs: readonly VariantRun[]): CompareSeries {
  const byMonth = runs.map((run) => {
    const costs = new Map<IsoMonth, Money>();
    let total = ZERO_MONEY;
    for (const month of run.simulation.months) {
      total = addMoney(total, month.totalCost);
      costs.set(month.month, total);
    }
    return costs;
  });
  const months = [...new Set(byMonth.flatMap((costs) => [...costs.keys()]))].sort();
  return {
    lines: runs.map((run) => ({ id: run.id, name: run.name, currency: run.scenario.currency })),
    rows: months.map((month) => {
      const costs = byMonth.map((costsOf) => costsOf.get(month) ?? null);
      return {
        month,
        // Drawing only: rounded copies of exact amounts, never summed.
        values: costs.map((cost) => (cost === null ? null : Number(roundMoney(cost, PLACES)))),
        texts: costs.map((cost) => (cost === null ? null : roundMoney(cost, PLACES))),
      };
    }),
  };
}
