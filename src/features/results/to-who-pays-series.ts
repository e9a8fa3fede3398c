import type { IsoMonth, Simulation } from '../../engine';
import { tickStep } from './horizon-days';

/*
 * The "Who pays" chart: each month's calls stacked by who pays for them: the packages with
 * the most calls covered in the horizon one by one, the rest together, pay-per-use, and the
 * calls that fail (ModelArts.4204). Every month's stack sums to its calls.
 */

export const MAX_STACKED_PACKAGES = 10;
const MAX_TICKS = 6;

export type WhoPaysKind = 'package' | 'other-packages' | 'pay-per-use' | 'failed';

export type WhoPaysKey = {
  readonly kind: WhoPaysKind;
  readonly label: string;
  /** The package's id for a single package; null otherwise. */
  readonly packageId: string | null;
  /** The package's colour slot for a single package; null otherwise (a colour of its kind). */
  readonly colour: number | null;
};

export type WhoPaysRow = {
  readonly month: IsoMonth;
  readonly calls: number;
  /** Calls per key, in the order of `keys`. */
  readonly values: readonly number[];
};

export type WhoPaysSeries = {
  readonly keys: readonly WhoPaysKey[];
  readonly rows: readonly WhoPaysRow[];
  /** Packages that covered calls in the horizon; those beyond the stacked ones are "other". */
  readonly payingPackages: number;
  /** The months labelled on the axis: every 1, 2, 3, 6, 12… months, at most six. */
  readonly ticks: readonly IsoMonth[];
};

/**
 * Shapes the who-pays chart, each package in the colour slot `colourOf` gives it:
 * O(months · packages that paid + packages · log packages).
 */
export function toWhoPaysSeries(
  simulation: Simulation,
  names: readonly string[],
  colourOf: (packageId: string) => number,
  maxPackages = MAX_STACKED_PACKAGES,
): WhoPaysSeries {
  const paying = simulation.packages
    .map((detail, position) => ({ detail, position }))
    .filter(({ detail }) => detail.consumed > 0)
    .sort((a, b) => b.detail.consumed - a.detail.consumed || a.position - b.position);
  const stacked = paying
    .slice(0, maxPackages)
    .sort((a, b) => a.position - b.position)
    .map(({ detail, position }) => ({ id: detail.id, label: names[position] ?? detail.id }));
  const others = paying.length - stacked.length;
  const keys: WhoPaysKey[] = [
    ...stacked.map(
      ({ id, label }): WhoPaysKey => ({
        kind: 'package',
        label,
        packageId: id,
        colour: colourOf(id),
      }),
    ),
    ...(others > 0
      ? [
          {
            kind: 'other-packages',
            label: `Other packages (${others})`,
            packageId: null,
            colour: null,
          } satisfies WhoPaysKey,
        ]
      : []),
    { kind: 'pay-per-use', label: 'Pay-per-use', packageId: null, colour: null },
    { kind: 'failed', label: 'Failed (ModelArts.4204)', packageId: null, colour: null },
  ];
  const rows = simulation.months.map((month): WhoPaysRow => {
    const perPackage = stacked.map(({ id }) => month.byPackage[id] ?? 0);
    const coveredByShown = perPackage.reduce((sum, calls) => sum + calls, 0);
    const covered = month.calls - month.payPerUseCalls - month.failedCalls;
    return {
      month: month.month,
      calls: month.calls,
      values: [
        ...perPackage,
        ...(others > 0 ? [covered - coveredByShown] : []),
        month.payPerUseCalls,
        month.failedCalls,
      ],
    };
  });
  return {
    keys,
    rows,
    payingPackages: paying.length,
    ticks: rows
      .filter((_, index) => index % tickStep(rows.length, MAX_TICKS) === 0)
      .map((row) => row.month),
  };
}

/** Past this many months the chart draws one bar per three months (the table stays monthly). */
export const MAX_MONTHLY_BARS = 48;

export type WhoPaysBar = {
  /** The first month of the bar; its last is `lastMonth` (the same for a monthly bar). */
  readonly month: IsoMonth;
  readonly lastMonth: IsoMonth;
  readonly calls: number;
  readonly values: readonly number[];
};

export type WhoPaysBars = {
  /** One bar per month, or per three months of the horizon past MAX_MONTHLY_BARS months. */
  readonly monthsPerBar: 1 | 3;
  readonly bars: readonly WhoPaysBar[];
  /** The most calls in any bar (0 without calls). */
  readonly highest: number;
  /** The bars labelled on the axis, by their first month. */
  readonly ticks: readonly IsoMonth[];
};

/**
 * The bars the chart draws: the series' months, or their sums three by three from the first
 * month of the horizon (the last bar may hold fewer) when there are too many to draw one each.
 * Every bar's values still sum to its calls.
 */
export function toWhoPaysBars(
  series: WhoPaysSeries,
  maxMonthlyBars = MAX_MONTHLY_BARS,
): WhoPaysBars {
  if (series.rows.length <= maxMonthlyBars) {
    const bars = series.rows.map((row) => ({ ...row, lastMonth: row.month }));
    return { monthsPerBar: 1, bars, highest: highestOf(bars), ticks: series.ticks };
  }
  const bars: WhoPaysBar[] = [];
  for (let first = 0; first < series.rows.length; first += 3) {
    const group = series.rows.slice(first, first + 3);
    const head = group[0] as WhoPaysRow;
    bars.push({
      month: head.month,
      lastMonth: (group.at(-1) as WhoPaysRow).month,
      calls: group.reduce((sum, row) => sum + row.calls, 0),
      values: head.values.map((_, index) =>
        group.reduce((sum, row) => sum + (row.values[index] ?? 0), 0),
      ),
    });
  }
  return {
    monthsPerBar: 3,
    bars,
    highest: highestOf(bars),
    ticks: bars
      .filter((_, index) => index % tickStep(bars.length, MAX_TICKS) === 0)
      .map((bar) => bar.month),
  };
}

function highestOf(bars: readonly WhoPaysBar[]): number {
  return bars.reduce((highest, bar) => Math.max(highest, bar.calls), 0);
}
