import {
  comparePackages,
  coversStream,
  expiryDate,
  type OrderedPackage,
  toOrderedPackages,
} from '../billing/deduction';
import {
  findPriceEntry,
  type PriceSchedule,
  priceSchedule,
  splitGraduated,
  tierCountsCost,
  volumeTier,
} from '../billing/pricing';
import { callsThroughDay } from '../billing/spread';
import {
  addMonths,
  dayNumberToIso,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
  parseIsoMonth,
  toDayNumber,
} from '../core/calendar';
import { addMoney, compareMoney, type Money, ZERO_MONEY } from '../core/money';
import type { Package, Scenario } from '../core/scenario';
import type { PackageOffer } from './break-even';

/*
 * The purchase advisor's fast evaluator: the cost of one stream under a purchase plan, exactly
 * as `simulate` counts it (billing-rules §3–§7), but built for evaluating thousands of plans.
 *
 * Why it can be fast and still exact:
 * - A plan only buys on the first day of a month, catalog packages of one validity. All the
 *   packages bought in one month have the same window (first day of the month through the
 *   same day V months later) and sit next to each other in the deduction order (they tie on
 *   every key but list position, and a kept package with the same keys has the earlier
 *   position, so it comes before all of them). Calls reach the second only once the first is
 *   empty, so together they pay exactly like one package of their summed quota: a "pool".
 * - Between two consecutive "events" (a month start, a day some package becomes usable, the day
 *   after one expires) the set of usable packages and their order are fixed, so taking the
 *   interval's calls in one go, payer after payer, leaves every balance where taking them day
 *   by day would.
 * - A month's pay-per-use charge depends only on the month's pay-per-use total (graduated: the
 *   sum of the tiers its calls fall in; volume: the total at its tier's price). So the loop only
 *   counts calls per tier (plain integers, exact far beyond 10^12 × 120) with pricing.ts, the
 *   tier rules the day loop uses too, and money is multiplied out once per tier and plan.
 * The property test in advisor-model.test.ts checks the result against `simulate` on random
 * single-stream scenarios.
 */

/** One stream of one scenario, prepared for evaluating purchase plans (the kept packages are fixed). */
export type StreamModel = {
  readonly months: number;
  readonly days: number;
  /** First horizon day of each month, and `days` at index `months`. */
  readonly monthStart: Int32Array;
  /** Calls from the first day of each month to the horizon's end; `callsFrom[months]` is 0. */
  readonly callsFrom: Float64Array;
  /** Pay-per-use tiers and the cheapest unit price among them; null when calls fail instead (§6). */
  readonly pricing: (PriceSchedule & { readonly cheapest: Money }) | null;
  /**
   * The stream's kept payers in deduction order: a kept package, or one period of a kept
   * allowance (billing-rules §4a) holding its quota for that period alone. Opening balance (for a
   * period, no more than the calls of its days) and last usable horizon day.
   */
  readonly keptOpening: Float64Array;
  readonly keptLastDay: Int32Array;
  /** The scenario package each kept payer is (or is a period of), as its position in the kept list. */
  readonly keptPackage: Int32Array;
  /** Last usable day of the packages bought on the first day of each month (may be past the horizon). */
  readonly poolLastDay: Int32Array;
  /** The month after whose last day a month's pool can cover nothing more inside the horizon. */
  readonly poolDoneMonth: Int32Array;
  /** Calls inside the horizon on the days a month's pool is usable: nothing bought then can cover more. */
  readonly windowCalls: Float64Array;
  /** Intervals with calls, month by month: `monthIntervals[m]` is the first interval of month m. */
  readonly monthIntervals: Int32Array;
  readonly intervalCalls: Float64Array;
  /** Who pays in each interval, in deduction order: `k ≥ 0` is kept package k, `−1 − m` the pool of month m. */
  readonly slotStart: Int32Array;
  readonly slots: Int32Array;
};

/** The running balances of one evaluation; reused between evaluations to avoid allocation. */
export type StreamState = {
  readonly keptBalance: Float64Array;
  readonly poolBalance: Float64Array;
  /** Pay-per-use calls per tier (graduated) or at each tier's price (volume), over the months run so far. */
  readonly tierCalls: Float64Array;
  failedCalls: number;
};

/** What a stream's calls cost under a plan: failed calls first (unsubscribed), then money. */
export type Score = { readonly failedCalls: number; readonly cost: Money };

export const ZERO_SCORE: Score = { failedCalls: 0, cost: ZERO_MONEY };

/** Orders scores: fewer failed calls first, then less money (the advisor's objective). */
export function compareScores(a: Score, b: Score): number {
  if (a.failedCalls !== b.failedCalls) return a.failedCalls < b.failedCalls ? -1 : 1;
  return compareMoney(a.cost, b.cost);
}

/** Two scores together: failed calls and money add up (costs are additive over streams). */
export function addScores(a: Score, b: Score): Score {
  return { failedCalls: a.failedCalls + b.failedCalls, cost: addMoney(a.cost, b.cost) };
}

/** The first day of a horizon month, as a date. */
export function monthFirstDay(scenario: Scenario, month: number): IsoDate {
  const start = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  return formatIsoDate({ ...addMonths(start, month), day: 1 });
}

/** The package a plan buys: purchased on the first day of `month`, usable at once, the catalog's validity. */
export function plannedPackage(
  scenario: Scenario,
  stream: { readonly api: string; readonly region: string },
  month: number,
  offer: PackageOffer,
  id: string,
  label: string,
): Package {
  const day = monthFirstDay(scenario, month);
  return {
    id,
    label,
    api: stream.api,
    region: stream.region,
    source: 'purchased',
    calls: offer.calls,
    price: offer.price,
    createdOn: day,
    activatesOn: day,
    validityMonths: offer.validityMonths,
    usedCalls: 0,
    priority: 0,
  };
}

/**
 * Prepares stream `streamIndex` of `scenario` for evaluating plans: `kept` are the packages the
 * plan is added to, in the order the applied scenario lists them (plans are listed after them).
 */
export function buildStreamModel(
  scenario: Scenario,
  streamIndex: number,
  kept: readonly Package[],
  validityMonths: number,
): StreamModel {
  const stream = scenario.streams[streamIndex];
  if (!stream) throw new Error(`no stream ${streamIndex}`);
  const startMonth = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  const firstDay = toDayNumber({ ...startMonth, day: 1 });
  const months = scenario.months;
  const monthStart = new Int32Array(months + 1);
  const monthLength = new Int32Array(months);
  for (let m = 0; m < months; m++) {
    const month = addMonths(startMonth, m);
    monthLength[m] = daysInMonth(month.year, month.month);
    monthStart[m + 1] = (monthStart[m] as number) + (monthLength[m] as number);
  }
  const days = monthStart[months] as number;
  const monthOfDay = new Int32Array(days);
  for (let m = 0; m < months; m++)
    monthOfDay.fill(m, monthStart[m] as number, monthStart[m + 1] as number);
  const callsBeforeMonth = new Float64Array(months + 1);
  for (let m = 0; m < months; m++)
    callsBeforeMonth[m + 1] = (callsBeforeMonth[m] as number) + (stream.monthlyCalls[m] as number);
  // The calls of the horizon days before `day` (billing-rules §3).
  const callsBefore = (day: number): number => {
    if (day >= days) return callsBeforeMonth[months] as number;
    const m = monthOfDay[day] as number;
    const intoMonth = day - (monthStart[m] as number);
    return (
      (callsBeforeMonth[m] as number) +
      callsThroughDay(stream.monthlyCalls[m] as number, intoMonth, monthLength[m] as number)
    );
  };
  const callsFrom = new Float64Array(months + 1);
  for (let m = 0; m <= months; m++)
    callsFrom[m] = (callsBeforeMonth[months] as number) - (callsBeforeMonth[m] as number);

  const dayIndex = (date: IsoDate) =>
    toDayNumber(parseIsoDate(date) as NonNullable<ReturnType<typeof parseIsoDate>>) - firstDay;
  const dateOf = (day: number) => dayNumberToIso(firstDay + day);

  // The stream's kept payers in deduction order, positioned as the applied scenario lists them:
  // a package, or one period of an allowance (§4a), whose order key and window are the period's.
  const payers = toOrderedPackages(kept)
    .filter(({ pkg }) => coversStream(pkg, stream.api, stream.region))
    .flatMap((entry) => keptPayers(entry, days, dayIndex, dateOf, monthStart, callsBefore))
    .sort((a, b) => comparePackages(a, b, scenario.deductionOrder));
  const keptFirstDay = Int32Array.from(payers, ({ firstDay }) => firstDay);
  const keptLastDay = Int32Array.from(payers, ({ lastDay }) => lastDay);
  const keptOpening = Float64Array.from(payers, ({ opening }) => opening);
  const keptPackage = Int32Array.from(payers, ({ position }) => position);

  // Where each month's pool stands among the kept packages: the number of kept payers before it.
  // Listed after every kept package, a pool loses every tie to them (position is the last key).
  const poolRank = new Int32Array(months);
  const poolLastDay = new Int32Array(months);
  const probe: PackageOffer = { calls: 1, price: ZERO_MONEY, validityMonths };
  for (let m = 0; m < months; m++) {
    const pkg = plannedPackage(scenario, stream, m, probe, 'pool', '');
    const pool: OrderedPackage = { pkg, position: kept.length, expiresOn: expiryDate(pkg) };
    poolRank[m] = payers.filter(
      (payer) => comparePackages(payer, pool, scenario.deductionOrder) < 0,
    ).length;
    poolLastDay[m] = dayIndex(pool.expiresOn);
  }
  // A total order puts the pool of an earlier month first, so every kept payer before it is
  // before the later pools too: ranks never fall, which the merge of payers below relies on.
  for (let m = 1; m < months; m++)
    if ((poolRank[m] as number) < (poolRank[m - 1] as number))
      throw new Error('deduction order: a later purchase ranks before an earlier one');
  const poolDoneMonth = Int32Array.from(
    poolLastDay,
    (last) => monthOfDay[Math.min(last, days - 1)] as number,
  );
  const windowCalls = new Float64Array(months);
  for (let m = 0; m < months; m++)
    windowCalls[m] =
      callsBefore(Math.min(days, (poolLastDay[m] as number) + 1)) -
      callsBefore(monthStart[m] as number);

  // Events: every month start, and the first day and the day after the last of every payer.
  const events = new Set<number>();
  for (let m = 0; m <= months; m++) events.add(monthStart[m] as number);
  const addEvent = (day: number) => {
    if (day > 0 && day < days) events.add(day);
  };
  payers.forEach((_, k) => {
    addEvent(keptFirstDay[k] as number);
    addEvent((keptLastDay[k] as number) + 1);
  });
  for (let m = 0; m < months; m++) addEvent((poolLastDay[m] as number) + 1);
  const boundaries = [...events].sort((a, b) => a - b);
  // The kept payers usable between each boundary and the next, in deduction order: a payer's
  // window starts and ends on boundaries, so it covers a run of them (a daily allowance's
  // period, just one).
  const boundaryOf = new Map(boundaries.map((day, index) => [day, index]));
  const usableKept: number[][] = boundaries.map(() => []);
  payers.forEach((_, k) => {
    const first = Math.max(0, keptFirstDay[k] as number);
    const end = Math.min(days, (keptLastDay[k] as number) + 1);
    if (first >= end) return;
    const to = boundaryOf.get(end) as number;
    for (let index = boundaryOf.get(first) as number; index < to; index++)
      (usableKept[index] as number[]).push(k);
  });

  const monthIntervals = new Int32Array(months + 1);
  const intervalCalls: number[] = [];
  const slotStart: number[] = [0];
  const slots: number[] = [];
  let month = 0;
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const from = boundaries[index] as number;
    const to = boundaries[index + 1] as number;
    while (month < months && from >= (monthStart[month + 1] as number)) {
      month++;
      monthIntervals[month] = intervalCalls.length;
    }
    const calls = callsBefore(to) - callsBefore(from);
    if (calls === 0) continue; // nothing to take: no balance moves
    intervalCalls.push(calls);
    const poolUsable = (m: number) =>
      (monthStart[m] as number) <= from && (poolLastDay[m] as number) >= to - 1;
    let m = 0;
    for (const k of usableKept[index] as number[]) {
      // The pools ranked before kept payer k, in month order (an earlier month pays first).
      for (; m < months && (poolRank[m] as number) <= k; m++) if (poolUsable(m)) slots.push(-1 - m);
      slots.push(k);
    }
    for (; m < months; m++) if (poolUsable(m)) slots.push(-1 - m);
    slotStart.push(slots.length);
  }
  while (month < months) monthIntervals[++month] = intervalCalls.length;

  const entry = stream.subscribed
    ? findPriceEntry(scenario.payPerUse, stream.api, stream.region)
    : undefined;
  const schedule = entry ? priceSchedule(entry) : null;
  const pricing = schedule && {
    ...schedule,
    cheapest: schedule.unitPrices.reduce((low, price) =>
      compareMoney(price, low) < 0 ? price : low,
    ),
  };

  return {
    months,
    days,
    monthStart,
    callsFrom,
    pricing,
    keptOpening,
    keptLastDay,
    keptPackage,
    poolLastDay,
    poolDoneMonth,
    windowCalls,
    monthIntervals,
    intervalCalls: Float64Array.from(intervalCalls),
    slotStart: Int32Array.from(slotStart),
    slots: Int32Array.from(slots),
  };
}

/** A kept payer: its place in the order (for an allowance's period, the period's key) and its window. */
type KeptPayer = OrderedPackage & {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly opening: number;
};

/**
 * The payers a kept package makes: itself, or, for an allowance (billing-rules §4a), one payer per
 * period with calls, holding the period's quota (less `usedCalls` in the period of the horizon's
 * first day) for the period's days only, its `expiresOn` key the period's last day. What a period
 * holds beyond its days' calls can never pay, so its opening stops there: the same payments,
 * and a tighter bound for the search and the solver.
 */
function keptPayers(
  entry: OrderedPackage,
  days: number,
  dayIndex: (date: IsoDate) => number,
  dateOf: (day: number) => IsoDate,
  monthStart: Int32Array,
  callsBefore: (day: number) => number,
): KeptPayer[] {
  const { pkg } = entry;
  const activation = dayIndex(pkg.activatesOn);
  const expiry = dayIndex(entry.expiresOn);
  if (!pkg.resetEvery)
    return [
      { ...entry, firstDay: activation, lastDay: expiry, opening: pkg.calls - pkg.usedCalls },
    ];
  const periods: KeptPayer[] = [];
  const usableTo = Math.min(days - 1, expiry);
  let month = 0;
  for (let from = Math.max(0, activation); from <= usableTo; ) {
    while ((monthStart[month + 1] as number) <= from) month++;
    const to =
      pkg.resetEvery === 'day' ? from : Math.min(usableTo, (monthStart[month + 1] as number) - 1);
    const held = pkg.calls - (from === 0 ? pkg.usedCalls : 0);
    const opening = Math.min(held, callsBefore(to + 1) - callsBefore(from));
    if (opening > 0)
      periods.push({
        ...entry,
        // `to` is the period's last day: its month's or day's end, or the expiry if sooner.
        expiresOn: dateOf(to),
        firstDay: from,
        lastDay: to,
        opening,
      });
    from = to + 1;
  }
  return periods;
}

/** A fresh state for evaluating plans of `model`: kept packages at their opening balances. */
export function createState(model: StreamModel): StreamState {
  return {
    keptBalance: Float64Array.from(model.keptOpening),
    poolBalance: new Float64Array(model.months),
    tierCalls: new Float64Array(model.pricing ? model.pricing.bounds.length : 0),
    failedCalls: 0,
  };
}

/** Puts `state` back to the start of the horizon: kept balances opened, no purchase, no call billed. */
export function resetState(model: StreamModel, state: StreamState): void {
  state.keptBalance.set(model.keptOpening);
  state.poolBalance.fill(0);
  state.tierCalls.fill(0);
  state.failedCalls = 0;
}

/** Copies every balance and count of `from` into `to` (same stream). */
export function copyState(from: StreamState, to: StreamState): void {
  to.keptBalance.set(from.keptBalance);
  to.poolBalance.set(from.poolBalance);
  to.tierCalls.set(from.tierCalls);
  to.failedCalls = from.failedCalls;
}

/**
 * Runs month `month` of the stream (billing-rules §5, §6): the month's pool must already hold its
 * quota (`state.poolBalance[month]`). Its pay-per-use calls go to the tier counts, or fail.
 */
export function runMonth(model: StreamModel, state: StreamState, month: number): void {
  const { intervalCalls, slotStart, slots } = model;
  const kept = state.keptBalance;
  const pools = state.poolBalance;
  let payPerUse = 0;
  const end = model.monthIntervals[month + 1] as number;
  for (let interval = model.monthIntervals[month] as number; interval < end; interval++) {
    let left = intervalCalls[interval] as number;
    const last = slotStart[interval + 1] as number;
    for (let slot = slotStart[interval] as number; slot < last && left > 0; slot++) {
      const payer = slots[slot] as number;
      if (payer >= 0) {
        const balance = kept[payer] as number;
        if (balance === 0) continue;
        const taken = Math.min(balance, left);
        kept[payer] = balance - taken;
        left -= taken;
      } else {
        const pool = -1 - payer;
        const balance = pools[pool] as number;
        if (balance === 0) continue;
        const taken = Math.min(balance, left);
        pools[pool] = balance - taken;
        left -= taken;
      }
    }
    payPerUse += left;
  }
  const pricing = model.pricing;
  if (pricing === null) {
    state.failedCalls += payPerUse;
    return;
  }
  if (payPerUse === 0) return;
  // Each month's tier counter starts at 0, so a month's calls are the first of its tiers.
  if (pricing.mode === 'volume') {
    const tier = volumeTier(pricing, payPerUse);
    state.tierCalls[tier] = (state.tierCalls[tier] as number) + payPerUse;
  } else splitGraduated(pricing, 0, payPerUse, state.tierCalls);
}

/** The pay-per-use money of the months run so far: each tier's count at its unit price (billing-rules §6). */
export function payPerUseCost(model: StreamModel, state: StreamState): Money {
  return model.pricing === null ? ZERO_MONEY : tierCountsCost(model.pricing, state.tierCalls);
}

/**
 * The stream's failed calls and pay-per-use money over the horizon when month m's pool holds
 * `poolQuota[m]` calls (package prices are the caller's: they do not depend on the calls).
 */
export function evaluatePools(
  model: StreamModel,
  poolQuota: Float64Array,
  state: StreamState,
): Score {
  resetState(model, state);
  for (let m = 0; m < model.months; m++) {
    state.poolBalance[m] = poolQuota[m] as number;
    runMonth(model, state, m);
  }
  return { failedCalls: state.failedCalls, cost: payPerUseCost(model, state) };
}

/**
 * Calls from the first day of `month` on that no package already held can cover: the calls left
 * after every balance still usable then. A lower bound on what new packages or pay-per-use must take.
 */
export function uncoveredCallsFrom(model: StreamModel, state: StreamState, month: number): number {
  const from = model.monthStart[month] as number;
  let available = 0;
  for (let k = 0; k < state.keptBalance.length; k++)
    if ((model.keptLastDay[k] as number) >= from) available += state.keptBalance[k] as number;
  for (let m = 0; m < month; m++)
    if ((model.poolLastDay[m] as number) >= from) available += state.poolBalance[m] as number;
  const left = (model.callsFrom[month] as number) - available;
  return Math.max(left, 0);
}
