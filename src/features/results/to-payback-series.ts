import {
  type IsoDate,
  type IsoMonth,
  isZeroMoney,
  type Money,
  roundMoney,
  type Scenario,
  type Simulation,
  subtractMoney,
  ZERO_MONEY,
} from '../../engine';
import { dayIndexOf, monthEndDays, pickDays, tickDays } from './horizon-days';
import { purchasePaybackOf } from './purchase-paybacks';

/*
 * The "Payback" chart: cumulative cost to the end of each day with the plan and with
 * pay-per-use only, drawn through at most MAX_POINTS days (month ends, the payback day and
 * the horizon's ends always among them; the days packages are bought, and the day before, as
 * room allows, so the price jumps show as steps).
 */

export const MAX_POINTS = 200;
/** Purchases marked with their own payback day; more would crowd the chart and slow each edit. */
export const MAX_MARKED_PURCHASES = 12;
/** Few enough month labels to fit a phone's width without measuring them. */
const MAX_TICKS = 6;
const PLACES = 2;

/** A drawn day. The amounts are numbers for drawing only; every figure shown as text is in `rows`. */
export type PaybackPoint = {
  readonly day: number;
  readonly plan: number;
  readonly payPerUseOnly: number;
  /** The same amounts as exact decimal strings rounded to cents, for the tooltip. */
  readonly planText: string;
  readonly payPerUseOnlyText: string;
};

/** Month-end figures, exact and rounded half-up to cents. */
export type PaybackRow = {
  readonly month: IsoMonth;
  readonly plan: string;
  readonly payPerUseOnly: string;
  readonly savings: string;
};

export type PaybackSeries = {
  readonly points: readonly PaybackPoint[];
  /**
   * The days a pointer can pick for the tooltip, with both amounts there: set by the horizon
   * alone (month ends and evenly spaced days), so they stay put while the plan is edited.
   */
  readonly frame: readonly PaybackPoint[];
  /** The highest amount drawn (0 when nothing is). */
  readonly highest: number;
  readonly rows: readonly PaybackRow[];
  readonly paybackOn: IsoDate | null;
  readonly paybackDay: number | null;
  readonly firstDay: number;
  readonly ticks: readonly number[];
  /**
   * With two to MAX_MARKED_PURCHASES purchases in the horizon, each one's own payback day
   * (package `index` of the scenario); otherwise none.
   */
  readonly purchasePaybacks: readonly PurchasePaybackMark[];
};

export type PurchasePaybackMark = {
  readonly index: number;
  readonly day: number;
  readonly date: IsoDate;
};

/** Shapes the payback chart: O(months + packages + points). */
export function toPaybackSeries(
  simulation: Simulation,
  scenario: Scenario,
  maxPoints = MAX_POINTS,
): PaybackSeries {
  const { days, firstDay, cumulativePlanCost, cumulativePayPerUseOnlyCost, paybackOn } = simulation;
  const monthEnds = monthEndDays(simulation);
  const paybackDay = paybackOn === null ? null : dayIndexOf(paybackOn, firstDay);
  const purchases: number[] = [];
  for (const pkg of scenario.packages) {
    const day = dayIndexOf(pkg.createdOn, firstDay);
    if (day >= 0 && day < days) purchases.push(day, day - 1);
  }
  const required = paybackDay === null ? monthEnds : [...monthEnds, paybackDay];
  // The drawn days, the tooltip's and the month ends overlap: each day is rounded once.
  const pointsByDay = new Map<number, PaybackPoint>();
  const pointOf = (day: number): PaybackPoint => {
    const known = pointsByDay.get(day);
    if (known) return known;
    const planText = roundMoney(cumulativePlanCost[day] ?? ZERO_MONEY, PLACES);
    const payPerUseOnlyText = roundMoney(cumulativePayPerUseOnlyCost[day] ?? ZERO_MONEY, PLACES);
    const point = {
      day,
      // Numbers for drawing only: every amount shown as text comes from the exact strings.
      plan: Number(planText),
      payPerUseOnly: Number(payPerUseOnlyText),
      planText,
      payPerUseOnlyText,
    };
    pointsByDay.set(day, point);
    return point;
  };
  const points = pickDays(days, required, maxPoints, purchases).map(pointOf);
  const frame = pickDays(days, monthEnds, maxPoints).map(pointOf);
  let highest = 0;
  for (const point of points) highest = Math.max(highest, point.plan, point.payPerUseOnly);
  const rows = monthEnds.map((day, index): PaybackRow => {
    const point = pointOf(day);
    const plan = cumulativePlanCost[day] as Money;
    const payPerUseOnly = cumulativePayPerUseOnlyCost[day] as Money;
    return {
      month: simulation.months[index]?.month ?? '',
      plan: point.planText,
      payPerUseOnly: point.payPerUseOnlyText,
      savings: roundMoney(subtractMoney(payPerUseOnly, plan), PLACES),
    };
  });
  return {
    points,
    frame,
    highest,
    rows,
    paybackOn,
    paybackDay,
    firstDay,
    ticks: tickDays(simulation, MAX_TICKS),
    purchasePaybacks: toPurchasePaybacks(scenario, firstDay, days),
  };
}

function toPurchasePaybacks(
  scenario: Scenario,
  firstDay: number,
  days: number,
): PurchasePaybackMark[] {
  const bought = scenario.packages.flatMap((pkg, index) => {
    const day = dayIndexOf(pkg.createdOn, firstDay);
    return day >= 0 && day < days && !isZeroMoney(pkg.price) ? [index] : [];
  });
  if (bought.length < 2 || bought.length > MAX_MARKED_PURCHASES) return [];
  return bought.flatMap((index) => {
    const payback = purchasePaybackOf(scenario, index);
    return payback.kind === 'on'
      ? [{ index, day: dayIndexOf(payback.date, firstDay), date: payback.date }]
      : [];
  });
}
