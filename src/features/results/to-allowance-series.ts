import type { Scenario, Simulation } from '../../engine';
import { monthStartDays } from './horizon-days';

/*
 * The "Free and renewing calls" chart (billing-rules §4a): an allowance renews every day or
 * month, so a draining line says nothing of it. Each month instead shows what its periods
 * ending that month offered, split into calls used, calls lapsed at a period's end, and calls
 * wasted at its expiry. Daily periods add up within their month.
 */

export type AllowanceMonth = {
  /** "2027-03". */
  readonly month: string;
  /** What the periods ending this month held at their start (calls, less any used before the horizon). */
  readonly offered: number;
  readonly used: number;
  readonly lapsed: number;
  readonly wasted: number;
};

export type AllowanceBars = {
  readonly id: string;
  readonly label: string;
  /** The package's colour slot: its colour on every chart. */
  readonly colour: number;
  readonly resetEvery: 'day' | 'month';
  readonly months: readonly AllowanceMonth[];
  readonly used: number;
  readonly lapsed: number;
  readonly offered: number;
};

/** One entry per allowance of the scenario, in list order, with a bar for every horizon month. */
export function toAllowanceSeries(
  simulation: Simulation,
  scenario: Scenario,
  colourOf: (packageId: string) => number,
): AllowanceBars[] {
  const starts = monthStartDays(simulation);
  const monthOfDay = (day: number): number => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] as number) <= day) index++;
    return index;
  };
  const bars: AllowanceBars[] = [];
  scenario.packages.forEach((pkg, position) => {
    const detail = simulation.packages[position];
    if (!pkg.resetEvery || !detail) return;
    const months = simulation.months.map(
      (outcome): AllowanceMonth => ({
        month: outcome.month,
        offered: 0,
        used: 0,
        lapsed: 0,
        wasted: 0,
      }),
    );
    let used = 0;
    let lapsed = 0;
    let offered = 0;
    for (const period of detail.periods) {
      const index = monthOfDay(period.to);
      const month = months[index];
      if (!month) continue;
      const lost =
        period.endedBy === 'lapse'
          ? { lapsed: period.left, wasted: 0 }
          : { lapsed: 0, wasted: period.left };
      months[index] = {
        month: month.month,
        offered: month.offered + period.held,
        used: month.used + period.used,
        lapsed: month.lapsed + lost.lapsed,
        wasted: month.wasted + lost.wasted,
      };
      used += period.used;
      lapsed += lost.lapsed;
      offered += period.held;
    }
    bars.push({
      id: pkg.id,
      label: pkg.label.trim(),
      colour: colourOf(pkg.id),
      resetEvery: pkg.resetEvery,
      months,
      used,
      lapsed,
      offered,
    });
  });
  return bars;
}
