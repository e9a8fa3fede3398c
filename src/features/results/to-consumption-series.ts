import { balanceAtEndOf, type IsoDate, type Scenario, type Simulation } from '../../engine';
import { dayIndexOf, monthEndDays, monthStartDays, pickDays, tickDays } from './horizon-days';

/*
 * The "Package consumption" chart: each package's calls left at the end of each horizon day,
 * drawn through at most MAX_POINTS days shared by every line (its activation, the day it runs
 * out, its expiry day, month starts and the horizon's ends always among them).
 */

export const MAX_CHART_PACKAGES = 12;
export const MAX_POINTS = 200;
/** Few enough month labels to fit a phone's width without measuring them. */
const MAX_TICKS = 6;

/** A marked day on a package's line: the horizon day and the calls left at its end. */
export type ConsumptionMarker = { readonly day: number; readonly remaining: number };

export type ConsumptionLine = {
  readonly id: string;
  readonly label: string;
  /** The package's colour slot: its colour and dash on every chart. */
  readonly colour: number;
  readonly quota: number;
  readonly activatesOn: IsoDate;
  readonly exhaustedOn: IsoDate | null;
  readonly expiresOn: IsoDate;
  readonly wasted: number;
  /** Calls it still holds for use after the horizon. */
  readonly remaining: number;
  /** False when the package has no usable day inside the horizon (no line is drawn). */
  readonly inHorizon: boolean;
  readonly activation: ConsumptionMarker | null;
  readonly exhaustion: ConsumptionMarker | null;
  /** Its expiry day when inside the horizon; `remaining` there is what is wasted. */
  readonly expiry: ConsumptionMarker | null;
};

/** One drawn day: each shown line's calls left at its end, null where the package is not usable. */
export type ConsumptionRow = { readonly day: number; readonly values: readonly (number | null)[] };

/** Calls left at the end of each month, per shown line (null where not usable that day). */
export type ConsumptionMonthRow = {
  readonly month: string;
  readonly values: readonly (number | null)[];
};

/** A marker to draw: which line (index into `lines`), where, and calls left there. */
export type ConsumptionMarkerPoint = ConsumptionMarker & { readonly line: number };

export type ConsumptionSeries = {
  readonly lines: readonly ConsumptionLine[];
  /** Every line's markers, by kind. */
  readonly markers: {
    readonly activation: readonly ConsumptionMarkerPoint[];
    readonly exhaustion: readonly ConsumptionMarkerPoint[];
    readonly expiry: readonly ConsumptionMarkerPoint[];
  };
  readonly rows: readonly ConsumptionRow[];
  /**
   * The days a pointer can pick for the tooltip, and each line's value at their end: set by the
   * horizon alone (month starts and evenly spaced days), so they stay put while the plan is edited.
   */
  readonly frame: readonly ConsumptionRow[];
  /** The most calls any line holds on any drawn day (0 without lines). */
  readonly highest: number;
  readonly monthRows: readonly ConsumptionMonthRow[];
  /** Packages that are spent once (allowances are drawn per period apart: to-allowance-series.ts). */
  readonly totalPackages: number;
  /** Allowances that renew every day or month, left out of the lines. */
  readonly allowances: number;
  readonly days: number;
  readonly firstDay: number;
  readonly ticks: readonly number[];
};

export type ConsumptionOptions = { readonly maxPackages?: number; readonly maxPoints?: number };

/**
 * Shapes the consumption chart, each line in the colour slot `colourOf` gives its package:
 * O(packages · log packages + months + points · lines).
 */
export function toConsumptionSeries(
  simulation: Simulation,
  scenario: Scenario,
  names: readonly string[],
  colourOf: (packageId: string) => number,
  { maxPackages = MAX_CHART_PACKAGES, maxPoints = MAX_POINTS }: ConsumptionOptions = {},
): ConsumptionSeries {
  const { days, firstDay } = simulation;
  const shown = choosePackages(simulation, scenario, maxPackages);
  const lines = shown.map((position) => toLine(simulation, scenario, position, names, colourOf));

  const monthStarts = monthStartDays(simulation);
  const required = new Set<number>(monthStarts);
  shown.forEach((position, index) => {
    const detail = simulation.packages[position];
    const line = lines[index];
    if (!detail || !line || detail.usableTo < detail.usableFrom) return;
    required.add(detail.usableFrom);
    required.add(detail.usableTo);
    if (line.exhaustion) required.add(line.exhaustion.day);
  });
  const valuesAt = (day: number) => shown.map((position) => balanceAt(simulation, position, day));
  const rowAt = (day: number): ConsumptionRow => ({ day, values: valuesAt(day) });
  const rows = pickDays(days, required, maxPoints).map(rowAt);
  const frame = pickDays(days, monthStarts, maxPoints).map(rowAt);
  let highest = 0;
  for (const row of rows)
    for (const value of row.values) if (value !== null && value > highest) highest = value;
  const monthRows = monthEndDays(simulation).map(
    (day, index): ConsumptionMonthRow => ({
      month: simulation.months[index]?.month ?? '',
      values: valuesAt(day),
    }),
  );
  const markersOf = (kind: 'activation' | 'exhaustion' | 'expiry') =>
    lines.flatMap((line, index) => {
      const marker = line[kind];
      return marker ? [{ ...marker, line: index }] : [];
    });
  return {
    lines,
    markers: {
      activation: markersOf('activation'),
      exhaustion: markersOf('exhaustion'),
      expiry: markersOf('expiry'),
    },
    rows,
    frame,
    highest,
    monthRows,
    totalPackages: scenario.packages.filter((pkg) => !pkg.resetEvery).length,
    allowances: scenario.packages.filter((pkg) => pkg.resetEvery).length,
    days,
    firstDay,
    ticks: tickDays(simulation, MAX_TICKS),
  };
}

/**
 * The positions of the packages to draw, in list order: the `maxPackages` largest quotas,
 * packages with a usable day inside the horizon before those without (they have no line).
 * Allowances have no line: their quota renews, so a draining line would misstate them.
 */
function choosePackages(simulation: Simulation, scenario: Scenario, maxPackages: number): number[] {
  const ranked = scenario.packages.flatMap((pkg, position) =>
    pkg.resetEvery
      ? []
      : [{ position, quota: pkg.calls, drawn: isInHorizon(simulation.packages[position]) }],
  );
  ranked.sort(
    (a, b) => Number(b.drawn) - Number(a.drawn) || b.quota - a.quota || a.position - b.position,
  );
  return ranked
    .slice(0, maxPackages)
    .map(({ position }) => position)
    .sort((a, b) => a - b);
}

function toLine(
  simulation: Simulation,
  scenario: Scenario,
  position: number,
  names: readonly string[],
  colourOf: (packageId: string) => number,
): ConsumptionLine {
  const pkg = scenario.packages[position];
  const detail = simulation.packages[position];
  if (!pkg || !detail) throw new Error(`no package at position ${position}`);
  const { days, firstDay } = simulation;
  const marker = (day: number | null): ConsumptionMarker | null => {
    if (day === null || day < 0 || day >= days) return null;
    const remaining = balanceAt(simulation, position, day);
    return remaining === null ? null : { day, remaining };
  };
  return {
    id: pkg.id,
    label: names[position] ?? pkg.id,
    colour: colourOf(pkg.id),
    quota: pkg.calls,
    activatesOn: pkg.activatesOn,
    exhaustedOn: detail.exhaustedOn,
    expiresOn: detail.expiresOn,
    wasted: detail.wasted,
    remaining: detail.remaining,
    inHorizon: isInHorizon(detail),
    activation: marker(dayIndexOf(pkg.activatesOn, firstDay)),
    exhaustion: marker(detail.exhaustedOn ? dayIndexOf(detail.exhaustedOn, firstDay) : null),
    expiry: marker(dayIndexOf(detail.expiresOn, firstDay)),
  };
}

function isInHorizon(detail: Simulation['packages'][number] | undefined): boolean {
  return detail !== undefined && detail.usableTo >= detail.usableFrom;
}

function balanceAt(simulation: Simulation, position: number, day: number): number | null {
  const detail = simulation.packages[position];
  return detail ? balanceAtEndOf(detail, day) : null;
}
