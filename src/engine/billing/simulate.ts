import {
  addMonths,
  type DayNumber,
  dayNumberToIso,
  daysInMonth,
  formatIsoMonth,
  type IsoDate,
  type IsoMonth,
  parseIsoDate,
  parseIsoMonth,
  toDayNumber,
} from '../core/calendar';
import {
  addMoney,
  countRatio,
  isNegativeMoney,
  isZeroMoney,
  type Money,
  moneyToString,
  multiplyMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import type { PricingMode, Scenario } from '../core/scenario';
import { sortByDeductionOrder, toOrderedPackages } from './deduction';
import { findPriceEntry } from './pricing';
import { callsThroughDay } from './spread';

/* The day loop of billing-rules §3–§7: spread each month's calls over its days, let the usable
 * packages pay in deduction order, bill the rest pay-per-use (or fail it where the region is
 * not subscribed), and keep the ledger. */

export type Totals<M> = {
  readonly calls: number;
  readonly packageCalls: number;
  readonly payPerUseCalls: number;
  readonly failedCalls: number;
  readonly packageCost: M;
  readonly payPerUseCost: M;
  readonly totalCost: M;
  readonly payPerUseOnlyCost: M;
  readonly savings: M;
};

export type PackageOutcome = {
  readonly id: string;
  readonly consumed: number;
  readonly remaining: number;
  readonly wasted: number;
  readonly exhaustedOn: IsoDate | null;
  readonly expiresOn: IsoDate;
  readonly utilization: string;
};

export type MonthOutcome<M> = {
  readonly month: IsoMonth;
  readonly calls: number;
  readonly byPackage: Readonly<Record<string, number>>;
  readonly payPerUseCalls: number;
  readonly payPerUseCost: M;
  readonly failedCalls: number;
  readonly packageCost: M;
  readonly totalCost: M;
};

/** The result document of scenario-format.md: every cost an exact decimal string. */
export type SimulationResult = {
  readonly totals: Totals<string>;
  readonly paybackOn: IsoDate | null;
  readonly packages: readonly PackageOutcome[];
  readonly months: readonly MonthOutcome<string>[];
};

/** What the page needs beyond the result document. */
export type PackageDetail = PackageOutcome & {
  /** Calls it held when the horizon began (`calls − usedCalls`). */
  readonly openingBalance: number;
  /** The day its use reached 80 % of its quota, when Huawei's usage alert would fire; null if not inside the horizon. */
  readonly alertOn: IsoDate | null;
  /** Its first and last usable horizon days; `usableTo < usableFrom` when it has none. */
  readonly usableFrom: number;
  readonly usableTo: number;
  /**
   * Its balance as steps: the horizon days it paid calls, ascending, and its balance at the end
   * of each. Between them the balance holds; before the first it is `openingBalance`. Kept this
   * way because a day-by-day array for every package of a large plan is megabytes per run.
   */
  readonly paidDays: Int32Array;
  readonly balancesAfter: Float64Array;
};

export type Simulation = {
  readonly totals: Totals<Money>;
  readonly paybackOn: IsoDate | null;
  readonly packages: readonly PackageDetail[];
  readonly months: readonly MonthOutcome<Money>[];
  /** Horizon days: index 0 is the first day of `start`. */
  readonly days: number;
  readonly firstDay: DayNumber;
  /** Calls of each horizon day: all of them, billed pay-per-use, and failed (ModelArts.4204). */
  readonly dailyCalls: Float64Array;
  readonly dailyPayPerUseCalls: Float64Array;
  readonly dailyFailedCalls: Float64Array;
  /** Cumulative cost to the end of each horizon day, with the plan and with pay-per-use only. */
  readonly cumulativePlanCost: readonly Money[];
  readonly cumulativePayPerUseOnlyCost: readonly Money[];
};

/** Share of its quota at which Huawei's package usage alert fires. */
const ALERT_NUMERATOR = 4;
const ALERT_DENOMINATOR = 5;
const UTILIZATION_PLACES = 10;

type PackageState = {
  readonly index: number;
  readonly activationDay: number;
  readonly expiryDay: number;
  readonly quota: number;
  readonly openingBalance: number;
  readonly alertThreshold: number;
  balance: number;
  exhaustedDay: number;
  alertDay: number;
  readonly usableFrom: number;
  readonly usableTo: number;
  /** How many days it paid on; its steps are gathered after its stream's loop. */
  paidCount: number;
  paidDays: Int32Array;
  balancesAfter: Float64Array;
};

/** Resolved tiers of one stream: upper bounds (Infinity for the last) and the price class of each tier. */
type StreamPricing = {
  readonly mode: PricingMode;
  readonly bounds: readonly number[];
  readonly classes: readonly number[];
};

/** Runs a valid scenario through the billing rules; the scenario is not changed. */
export function simulateDetailed(scenario: Scenario): Simulation {
  const startMonth = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  const firstDay = toDayNumber({ ...startMonth, day: 1 });
  const monthStarts: number[] = [];
  const monthLengths: number[] = [];
  let days = 0;
  for (let m = 0; m < scenario.months; m++) {
    const month = addMonths(startMonth, m);
    monthStarts.push(days);
    monthLengths.push(daysInMonth(month.year, month.month));
    days += daysInMonth(month.year, month.month);
  }
  const monthCount = scenario.months;

  const ordered = toOrderedPackages(scenario.packages);
  const states: PackageState[] = ordered.map(({ pkg, expiresOn }, index) => {
    const activationDay = dayIndexOf(pkg.activatesOn, firstDay);
    const expiryDay = dayIndexOf(expiresOn, firstDay);
    return {
      index,
      activationDay,
      expiryDay,
      quota: pkg.calls,
      openingBalance: pkg.calls - pkg.usedCalls,
      alertThreshold: Math.ceil((pkg.calls * ALERT_NUMERATOR) / ALERT_DENOMINATOR),
      balance: pkg.calls - pkg.usedCalls,
      exhaustedDay: -1,
      alertDay: -1,
      usableFrom: Math.max(0, activationDay),
      usableTo: Math.min(days - 1, expiryDay),
      paidCount: 0,
      paidDays: new Int32Array(0),
      balancesAfter: new Float64Array(0),
    };
  });

  // Every distinct unit price is a class; the loop counts calls per class and day in plain
  // integers, and money is multiplied out once per class and day afterwards.
  const priceClasses: Money[] = [];
  const classOf = (price: Money): number => {
    const found = priceClasses.indexOf(price);
    if (found >= 0) return found;
    priceClasses.push(price);
    return priceClasses.length - 1;
  };
  const pricingOf = (api: string, region: string): StreamPricing | null => {
    const entry = findPriceEntry(scenario.payPerUse, api, region);
    if (!entry) return null;
    return {
      mode: entry.mode,
      bounds: entry.tiers.map((tier) => tier.upTo ?? Number.POSITIVE_INFINITY),
      classes: entry.tiers.map((tier) => classOf(tier.unitPrice)),
    };
  };
  const streamPricing = scenario.streams.map((stream) =>
    stream.subscribed ? pricingOf(stream.api, stream.region) : null,
  );
  const classCount = priceClasses.length;
  const planCallsByClassDay = new Float64Array(classCount * days);
  const baselineCallsByClassDay = new Float64Array(classCount * days);

  const dailyCalls = new Float64Array(days);
  const dailyPayPerUseCalls = new Float64Array(days);
  const dailyFailedCalls = new Float64Array(days);
  const monthCalls = new Float64Array(monthCount);
  const monthPayPerUseCalls = new Float64Array(monthCount);
  const monthFailedCalls = new Float64Array(monthCount);
  const monthByPackage = new Float64Array(monthCount * states.length);

  // Every payment of a stream, in day order, before they are gathered package by package: off
  // the garbage-collected heap and reused from stream to stream, so a large plan's tens of
  // thousands of steps neither grow arrays nor churn the heap.
  let paidDays = new Int32Array(0);
  let paidBalances = new Float64Array(0);
  let paidBy = new Int32Array(0);

  scenario.streams.forEach((stream, streamIndex) => {
    const pricing = streamPricing[streamIndex] ?? null;
    const payers = sortByDeductionOrder(
      ordered.filter(({ pkg }) => pkg.api === stream.api && pkg.region === stream.region),
      scenario.deductionOrder,
    ).map(({ position }) => states[position] as PackageState);
    // A day pays from one package, plus one more for each package it spends: at most
    // `days + payers` payments in all.
    const capacity = days + payers.length;
    if (paidDays.length < capacity) {
      paidDays = new Int32Array(capacity);
      paidBalances = new Float64Array(capacity);
      paidBy = new Int32Array(capacity);
    }
    let paid = 0;
    // The payers in effect, by their place in the order: a payer joins on the day it takes
    // effect and leaves when a day's walk finds it spent or expired, so each day walks the few
    // that can pay rather than every package of the stream's API and region.
    const byActivation = payers
      .map((_, position) => position)
      .sort(
        (a, b) =>
          (payers[a] as PackageState).activationDay - (payers[b] as PackageState).activationDay,
      );
    let nextToJoin = 0;
    const live: number[] = [];

    for (let m = 0; m < monthCount; m++) {
      const volume = stream.monthlyCalls[m] as number;
      const length = monthLengths[m] as number;
      const monthStart = monthStarts[m] as number;
      monthCalls[m] = (monthCalls[m] as number) + volume;
      let planCounter = 0;
      let baselineCounter = 0;
      // callsOnDay, with ⌊V·(k−1)/D⌋ carried over from the day before.
      let callsBefore = 0;
      for (let k = 1; k <= length; k++) {
        const day = monthStart + k - 1;
        const callsThrough = callsThroughDay(volume, k, length);
        let left = callsThrough - callsBefore;
        callsBefore = callsThrough;
        const callsToday = left;
        dailyCalls[day] = (dailyCalls[day] as number) + callsToday;
        while (
          nextToJoin < byActivation.length &&
          (payers[byActivation[nextToJoin] as number] as PackageState).activationDay <= day
        ) {
          joinInOrder(live, byActivation[nextToJoin] as number);
          nextToJoin++;
        }
        for (let at = 0; at < live.length && left > 0; ) {
          const payer = live[at] as number;
          const state = payers[payer] as PackageState;
          if (state.balance === 0 || day > state.expiryDay) {
            live.splice(at, 1);
            continue;
          }
          at++;
          const taken = Math.min(left, state.balance);
          const usedBefore = state.quota - state.balance;
          state.balance -= taken;
          left -= taken;
          // One stream per API and region, so a package pays at most once a day.
          paidDays[paid] = day;
          paidBalances[paid] = state.balance;
          paidBy[paid] = payer;
          paid++;
          state.paidCount++;
          if (usedBefore < state.alertThreshold && usedBefore + taken >= state.alertThreshold)
            state.alertDay = day;
          const ledgerIndex = m * states.length + state.index;
          monthByPackage[ledgerIndex] = (monthByPackage[ledgerIndex] as number) + taken;
          if (state.balance === 0) state.exhaustedDay = day;
        }
        if (pricing === null) {
          monthFailedCalls[m] = (monthFailedCalls[m] as number) + left;
          dailyFailedCalls[day] = (dailyFailedCalls[day] as number) + left;
        } else {
          monthPayPerUseCalls[m] = (monthPayPerUseCalls[m] as number) + left;
          dailyPayPerUseCalls[day] = (dailyPayPerUseCalls[day] as number) + left;
          if (pricing.mode === 'graduated') {
            if (left > 0) countByTier(pricing, planCounter, left, day, days, planCallsByClassDay);
            if (callsToday > 0)
              countByTier(pricing, baselineCounter, callsToday, day, days, baselineCallsByClassDay);
          }
          planCounter += left;
          baselineCounter += callsToday;
        }
      }
      if (pricing !== null && pricing.mode === 'volume') {
        const lastDay = monthStart + length - 1;
        countAtVolumeTier(pricing, planCounter, lastDay, days, planCallsByClassDay);
        countAtVolumeTier(pricing, baselineCounter, lastDay, days, baselineCallsByClassDay);
      }
    }

    for (const state of payers) {
      state.paidDays = new Int32Array(state.paidCount);
      state.balancesAfter = new Float64Array(state.paidCount);
      state.paidCount = 0;
    }
    for (let entry = 0; entry < paid; entry++) {
      const state = payers[paidBy[entry] as number] as PackageState;
      state.paidDays[state.paidCount] = paidDays[entry] as number;
      state.balancesAfter[state.paidCount] = paidBalances[entry] as number;
      state.paidCount++;
    }
  });

  // Money, day by day.
  const packagePriceByDay = new Map<number, Money>();
  ordered.forEach(({ pkg }) => {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay < 0 || createdDay >= days) return;
    packagePriceByDay.set(
      createdDay,
      addMoney(packagePriceByDay.get(createdDay) ?? ZERO_MONEY, pkg.price),
    );
  });
  const cumulativePlanCost: Money[] = new Array(days);
  const cumulativePayPerUseOnlyCost: Money[] = new Array(days);
  const monthPayPerUseCost: Money[] = new Array(monthCount).fill(ZERO_MONEY);
  const monthPackageCost: Money[] = new Array(monthCount).fill(ZERO_MONEY);
  let planToDate = ZERO_MONEY;
  let baselineToDate = ZERO_MONEY;
  let lastNegativeDay = -1;
  let month = 0;
  for (let day = 0; day < days; day++) {
    while (month + 1 < monthCount && day >= (monthStarts[month + 1] as number)) month++;
    let planPayPerUse = ZERO_MONEY;
    let baseline = ZERO_MONEY;
    for (let priceClass = 0; priceClass < classCount; priceClass++) {
      const price = priceClasses[priceClass] as Money;
      const planCalls = planCallsByClassDay[priceClass * days + day] as number;
      const baselineCalls = baselineCallsByClassDay[priceClass * days + day] as number;
      if (planCalls !== 0) planPayPerUse = addMoney(planPayPerUse, multiplyMoney(price, planCalls));
      if (baselineCalls !== 0) baseline = addMoney(baseline, multiplyMoney(price, baselineCalls));
    }
    const packagePrice = packagePriceByDay.get(day) ?? ZERO_MONEY;
    monthPayPerUseCost[month] = addMoney(monthPayPerUseCost[month] as Money, planPayPerUse);
    monthPackageCost[month] = addMoney(monthPackageCost[month] as Money, packagePrice);
    planToDate = addMoney(planToDate, addMoney(planPayPerUse, packagePrice));
    baselineToDate = addMoney(baselineToDate, baseline);
    cumulativePlanCost[day] = planToDate;
    cumulativePayPerUseOnlyCost[day] = baselineToDate;
    if (planToDate > baselineToDate) lastNegativeDay = day;
  }

  const months: MonthOutcome<Money>[] = [];
  for (let m = 0; m < monthCount; m++) {
    const byPackage: Record<string, number> = {};
    states.forEach((state) => {
      const covered = monthByPackage[m * states.length + state.index] as number;
      if (covered > 0)
        byPackage[(ordered[state.index] as (typeof ordered)[number]).pkg.id] = covered;
    });
    const payPerUseCost = monthPayPerUseCost[m] as Money;
    const packageCost = monthPackageCost[m] as Money;
    months.push({
      month: formatIsoMonth(addMonths(startMonth, m)),
      calls: monthCalls[m] as number,
      byPackage,
      payPerUseCalls: monthPayPerUseCalls[m] as number,
      payPerUseCost,
      failedCalls: monthFailedCalls[m] as number,
      packageCost,
      totalCost: addMoney(packageCost, payPerUseCost),
    });
  }

  const packages = states.map((state): PackageDetail => {
    const { pkg, expiresOn } = ordered[state.index] as (typeof ordered)[number];
    const openingBalance = pkg.calls - pkg.usedCalls;
    const consumed = openingBalance - state.balance;
    const expiresInHorizon = state.expiryDay >= 0 && state.expiryDay < days;
    return {
      id: pkg.id,
      consumed,
      remaining: state.expiryDay >= days ? state.balance : 0,
      wasted: expiresInHorizon ? state.balance : 0,
      exhaustedOn: state.exhaustedDay >= 0 ? dayNumberToIso(firstDay + state.exhaustedDay) : null,
      expiresOn,
      utilization: countRatio(pkg.usedCalls + consumed, pkg.calls, UTILIZATION_PLACES),
      openingBalance,
      alertOn: state.alertDay >= 0 ? dayNumberToIso(firstDay + state.alertDay) : null,
      usableFrom: state.usableFrom,
      usableTo: state.usableTo,
      paidDays: state.paidDays,
      balancesAfter: state.balancesAfter,
    };
  });

  const sum = (pick: (month: MonthOutcome<Money>) => number) =>
    months.reduce((total, month) => total + pick(month), 0);
  const packageCost = months.reduce(
    (total, month) => addMoney(total, month.packageCost),
    ZERO_MONEY,
  );
  const payPerUseCost = months.reduce(
    (total, month) => addMoney(total, month.payPerUseCost),
    ZERO_MONEY,
  );
  const totalCost = addMoney(packageCost, payPerUseCost);
  const payPerUseOnlyCost =
    days > 0 ? (cumulativePayPerUseOnlyCost[days - 1] as Money) : ZERO_MONEY;
  const savings = subtractMoney(payPerUseOnlyCost, totalCost);
  const calls = sum((month) => month.calls);
  const payPerUseCalls = sum((month) => month.payPerUseCalls);
  const failedCalls = sum((month) => month.failedCalls);

  return {
    totals: {
      calls,
      packageCalls: calls - payPerUseCalls - failedCalls,
      payPerUseCalls,
      failedCalls,
      packageCost,
      payPerUseCost,
      totalCost,
      payPerUseOnlyCost,
      savings,
    },
    paybackOn: paybackDay(scenario, firstDay, days, packageCost, savings, lastNegativeDay),
    packages,
    months,
    days,
    firstDay,
    dailyCalls,
    dailyPayPerUseCalls,
    dailyFailedCalls,
    cumulativePlanCost,
    cumulativePayPerUseOnlyCost,
  };
}

/**
 * billing-rules §7 payback day: the earliest day, not before the first paid package bought in
 * the horizon, from which cumulative savings stay ≥ 0 through the horizon's last day.
 */
function paybackDay(
  scenario: Scenario,
  firstDay: number,
  days: number,
  packageCost: Money,
  savings: Money,
  lastNegativeDay: number,
): IsoDate | null {
  if (isZeroMoney(packageCost) || isNegativeMoney(savings)) return null;
  let firstPaidDay = Number.POSITIVE_INFINITY;
  for (const pkg of scenario.packages) {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay >= 0 && createdDay < days && !isZeroMoney(pkg.price))
      firstPaidDay = Math.min(firstPaidDay, createdDay);
  }
  return dayNumberToIso(firstDay + Math.max(firstPaidDay, lastNegativeDay + 1));
}

/** Adds `position` to `live`, kept ascending. */
function joinInOrder(live: number[], position: number): void {
  let at = live.length;
  while (at > 0 && (live[at - 1] as number) > position) at--;
  live.splice(at, 0, position);
}

/** Counts `count` graduated pay-per-use calls, after `counter` already billed this month, into their tiers' price classes. */
function countByTier(
  pricing: StreamPricing,
  counter: number,
  count: number,
  day: number,
  days: number,
  target: Float64Array,
): void {
  let tier = 0;
  while (counter >= (pricing.bounds[tier] as number)) tier++;
  let position = counter;
  let left = count;
  while (left > 0) {
    const inTier = Math.min(left, (pricing.bounds[tier] as number) - position);
    const index = (pricing.classes[tier] as number) * days + day;
    target[index] = (target[index] as number) + inTier;
    position += inTier;
    left -= inTier;
    tier++;
  }
}

/** A volume-priced month: all its pay-per-use calls at the price of the tier holding the total, charged on its last day. */
function countAtVolumeTier(
  pricing: StreamPricing,
  monthTotal: number,
  lastDay: number,
  days: number,
  target: Float64Array,
): void {
  if (monthTotal === 0) return;
  let tier = 0;
  while (monthTotal > (pricing.bounds[tier] as number)) tier++;
  const index = (pricing.classes[tier] as number) * days + lastDay;
  target[index] = (target[index] as number) + monthTotal;
}

/** A package's calls left at the end of horizon day `day`; null when it is not usable that day. */
export function balanceAtEndOf(detail: PackageDetail, day: number): number | null {
  if (day < detail.usableFrom || day > detail.usableTo) return null;
  const { paidDays, balancesAfter } = detail;
  // The last day it paid on or before `day`.
  let low = 0;
  let high = paidDays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((paidDays[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? detail.openingBalance : (balancesAfter[low - 1] as number);
}

function dayIndexOf(date: IsoDate, firstDay: number): number {
  return toDayNumber(parseIsoDate(date) as NonNullable<ReturnType<typeof parseIsoDate>>) - firstDay;
}

/** The result document of scenario-format.md for a valid scenario (billing-rules §7). */
export function simulate(scenario: Scenario): SimulationResult {
  return toResultDocument(simulateDetailed(scenario));
}

export function toResultDocument(simulation: Simulation): SimulationResult {
  const { totals } = simulation;
  return {
    totals: {
      calls: totals.calls,
      packageCalls: totals.packageCalls,
      payPerUseCalls: totals.payPerUseCalls,
      failedCalls: totals.failedCalls,
      packageCost: moneyToString(totals.packageCost),
      payPerUseCost: moneyToString(totals.payPerUseCost),
      totalCost: moneyToString(totals.totalCost),
      payPerUseOnlyCost: moneyToString(totals.payPerUseOnlyCost),
      savings: moneyToString(totals.savings),
    },
    paybackOn: simulation.paybackOn,
    packages: simulation.packages.map((pkg) => ({
      id: pkg.id,
      consumed: pkg.consumed,
      remaining: pkg.remaining,
      wasted: pkg.wasted,
      exhaustedOn: pkg.exhaustedOn,
      expiresOn: pkg.expiresOn,
      utilization: pkg.utilization,
    })),
    months: simulation.months.map((month) => ({
      month: month.month,
      calls: month.calls,
      byPackage: { ...month.byPackage },
      payPerUseCalls: month.payPerUseCalls,
      payPerUseCost: moneyToString(month.payPerUseCost),
      failedCalls: month.failedCalls,
      packageCost: moneyToString(month.packageCost),
      totalCost: moneyToString(month.totalCost),
    })),
  };
}
