import {
  addMonths,
  type CalendarMonth,
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
import type { DeductionKey, Package, PriceEntry, Scenario, Stream } from '../core/scenario';
import {
  comparePackages,
  coversStream,
  type OrderedPackage,
  sortByDeductionOrder,
  toOrderedPackages,
} from './deduction';
import {
  findPriceEntry,
  type PriceSchedule,
  priceSchedule,
  splitGraduated,
  volumeTier,
} from './pricing';
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
  /** Calls an allowance held at the end of a period and lost (§4a); 0 for a package that never resets. */
  readonly lapsed: number;
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
  /** For an allowance (§4a), its periods inside the horizon in order; empty for any other package. */
  readonly periods: readonly AllowancePeriod[];
};

/**
 * One period of an allowance inside the horizon: its first and last usable horizon days, the
 * calls it held on its first day, what it paid, and what it held at its end, which lapsed, or
 * was wasted when the period ended on the allowance's expiry day.
 */
export type AllowancePeriod = {
  readonly from: number;
  readonly to: number;
  readonly held: number;
  readonly used: number;
  readonly left: number;
  readonly endedBy: 'lapse' | 'expiry';
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

/** The horizon's days and months: day index 0 is the first day of `start`. */
export type Horizon = {
  readonly startMonth: CalendarMonth;
  readonly firstDay: DayNumber;
  readonly days: number;
  readonly months: number;
  readonly monthStarts: Int32Array;
  readonly monthLengths: Int32Array;
  /** 1 on the first and 2 on the last day of each calendar month (3 for both), else 0. */
  readonly monthEdges: Uint8Array;
};

const MONTH_FIRST = 1;
const MONTH_LAST = 2;

export type PackageState = {
  readonly index: number;
  /** Set for an allowance (§4a). */
  readonly resetEvery: 'day' | 'month' | null;
  /** An allowance's usedCalls, still to count against the period holding the horizon's first day. */
  readonly usedBeforeHorizon: number;
  /** The allowance's current period: its first day, what it held then, its end as an order key. */
  periodFrom: number;
  periodHeld: number;
  /** What it is ordered by today (§5, §4a: an allowance's expiresOn is its current period's end). */
  orderView: OrderedPackage;
  periods: AllowancePeriod[];
  readonly activationDay: number;
  readonly expiryDay: number;
  readonly quota: number;
  readonly alertThreshold: number;
  balance: number;
  exhaustedDay: number;
  alertDay: number;
  lastPaidDay: number;
  readonly usableFrom: number;
  readonly usableTo: number;
  /** How many days it paid on; its steps are gathered after its stream's loop. */
  paidCount: number;
  paidDays: Int32Array;
  balancesAfter: Float64Array;
};

/** A stream's pay-per-use price: its schedule, and where each tier counts in a by-class-and-day array. */
type StreamPricing = {
  readonly schedule: PriceSchedule;
  /** Its price class × horizon days for each tier: add a day to find the tier's count that day. */
  readonly slots: Int32Array;
};

/**
 * Every distinct unit price of the scenario is a price class: the day loops count calls per
 * class and day in plain integers, and money is multiplied out once per class and day after.
 */
export type Pricing = {
  readonly classPrices: readonly Money[];
  /** Per stream; null where its calls fail (not subscribed, or no price). */
  readonly streams: readonly (StreamPricing | null)[];
};

/** Calls, counted by the streams' day loops, before any money. */
export type CallLedger = {
  readonly dailyCalls: Float64Array;
  readonly dailyPayPerUseCalls: Float64Array;
  readonly dailyFailedCalls: Float64Array;
  readonly monthCalls: Float64Array;
  readonly monthPayPerUseCalls: Float64Array;
  readonly monthFailedCalls: Float64Array;
  /** Calls each package covered each month: `monthByPackage[month × packageCount + package]`. */
  readonly packageCount: number;
  readonly monthByPackage: Float64Array;
  /** Pay-per-use calls by price class and day (class-major): with the plan, and with no packages. */
  readonly planCallsByClassDay: Float64Array;
  readonly baselineCallsByClassDay: Float64Array;
};

/**
 * Every payment of one stream, in day order, before they are gathered package by package: off
 * the garbage-collected heap and reused from stream to stream, so a large plan's tens of
 * thousands of steps neither grow arrays nor churn the heap.
 */
export type PaymentLog = { days: Int32Array; balances: Float64Array; by: Int32Array };

/** Money, day by day and month by month. */
export type DayMoney = {
  readonly cumulativePlanCost: Money[];
  readonly cumulativePayPerUseOnlyCost: Money[];
  readonly monthPayPerUseCost: Money[];
  readonly monthPackageCost: Money[];
  /** The last day whose cumulative savings are below 0; −1 when none. */
  readonly lastNegativeDay: number;
};

/** Runs a valid scenario through the billing rules (§2–§7); the scenario is not changed. */
export function simulateDetailed(scenario: Scenario): Simulation {
  const horizon = layOutHorizon(scenario);
  const ordered = toOrderedPackages(scenario.packages);
  const states = preparePackages(ordered, horizon);
  const pricing = resolvePricing(scenario.streams, scenario.payPerUse, horizon.days);
  const ledger = openLedger(horizon, states.length, pricing.classPrices.length);
  const log: PaymentLog = {
    days: new Int32Array(0),
    balances: new Float64Array(0),
    by: new Int32Array(0),
  };
  const covered = new Uint8Array(states.length);
  scenario.streams.forEach((stream, index) => {
    const payers = payersOf(
      scenario.deductionOrder,
      stream,
      ordered,
      ({ position }) => states[position] as PackageState,
    );
    for (const payer of payers) covered[payer.index] = 1;
    const paid = runStream(
      stream,
      pricing.streams[index] ?? null,
      payers,
      scenario.deductionOrder,
      horizon,
      ledger,
      log,
    );
    keepSteps(payers, log, paid);
  });
  // An allowance no stream draws on still renews and lapses period after period.
  for (const state of states) if (!covered[state.index]) renewUnused(state, horizon);
  const money = priceDays(ordered, horizon, pricing.classPrices, ledger);
  const months = monthOutcomes(ordered, states, horizon, ledger, money);
  const packages = packageOutcomes(ordered, states, horizon);
  const totals = totalsOf(months, money, horizon);
  const { firstDay, days } = horizon;
  return {
    totals,
    paybackOn: paybackDay(scenario, horizon, totals, money.lastNegativeDay),
    packages,
    months,
    days,
    firstDay,
    dailyCalls: ledger.dailyCalls,
    dailyPayPerUseCalls: ledger.dailyPayPerUseCalls,
    dailyFailedCalls: ledger.dailyFailedCalls,
    cumulativePlanCost: money.cumulativePlanCost,
    cumulativePayPerUseOnlyCost: money.cumulativePayPerUseOnlyCost,
  };
}

/** §4a: an allowance no stream draws on still renews and lapses period after period. */
export function renewUnused(state: PackageState, horizon: Horizon): void {
  if (!state.resetEvery) return;
  for (let day = state.usableFrom; day <= state.usableTo; day++) {
    openPeriod(state, day, horizon);
    closePeriod(state, day, horizon);
  }
}

/** billing-rules §2: from the first day of `start` through the last day of its last month. */
export function layOutHorizon(scenario: Scenario): Horizon {
  const startMonth = parseIsoMonth(scenario.start) as CalendarMonth;
  const months = scenario.months;
  const monthStarts = new Int32Array(months);
  const monthLengths = new Int32Array(months);
  let days = 0;
  for (let m = 0; m < months; m++) {
    const month = addMonths(startMonth, m);
    monthStarts[m] = days;
    monthLengths[m] = daysInMonth(month.year, month.month);
    days += monthLengths[m] as number;
  }
  const monthEdges = new Uint8Array(days);
  for (let m = 0; m < months; m++) {
    const first = monthStarts[m] as number;
    const last = first + (monthLengths[m] as number) - 1;
    monthEdges[first] = (monthEdges[first] as number) | MONTH_FIRST;
    monthEdges[last] = (monthEdges[last] as number) | MONTH_LAST;
  }
  return {
    startMonth,
    firstDay: toDayNumber({ ...startMonth, day: 1 }),
    days,
    months,
    monthStarts,
    monthLengths,
    monthEdges,
  };
}

/** billing-rules §4: each package's usable window in horizon days and its opening balance. */
export function preparePackages(
  ordered: readonly OrderedPackage[],
  horizon: Horizon,
): PackageState[] {
  const { firstDay, days } = horizon;
  return ordered.map((entry, index) => {
    const { pkg, expiresOn } = entry;
    const activationDay = dayIndexOf(pkg.activatesOn, firstDay);
    const expiryDay = dayIndexOf(expiresOn, firstDay);
    const resetEvery = pkg.resetEvery ?? null;
    return {
      index,
      resetEvery,
      usedBeforeHorizon: resetEvery ? pkg.usedCalls : 0,
      periodFrom: -1,
      periodHeld: 0,
      orderView: entry,
      periods: [],
      activationDay,
      expiryDay,
      quota: pkg.calls,
      alertThreshold: Math.ceil((pkg.calls * ALERT_NUMERATOR) / ALERT_DENOMINATOR),
      // An allowance holds nothing until its first period opens.
      balance: resetEvery ? 0 : pkg.calls - pkg.usedCalls,
      exhaustedDay: -1,
      alertDay: -1,
      lastPaidDay: -1,
      usableFrom: Math.max(0, activationDay),
      usableTo: Math.min(days - 1, expiryDay),
      paidCount: 0,
      paidDays: new Int32Array(0),
      balancesAfter: new Float64Array(0),
    };
  });
}

/** billing-rules §6: each stream's tiers, or null where its calls fail (not subscribed). */
export function resolvePricing(
  streams: readonly Stream[],
  payPerUse: readonly PriceEntry[],
  days: number,
): Pricing {
  const classPrices: Money[] = [];
  const classOf = (price: Money): number => {
    const found = classPrices.indexOf(price);
    if (found >= 0) return found;
    classPrices.push(price);
    return classPrices.length - 1;
  };
  const byStream = streams.map((stream): StreamPricing | null => {
    if (!stream.subscribed) return null;
    const entry = findPriceEntry(payPerUse, stream.api, stream.region);
    if (!entry) return null;
    const schedule = priceSchedule(entry);
    return {
      schedule,
      slots: Int32Array.from(schedule.unitPrices, (price) => classOf(price) * days),
    };
  });
  return { classPrices, streams: byStream };
}

/** billing-rules §5: the packages that can pay a stream's calls, in deduction order. */
export function payersOf(
  order: readonly DeductionKey[],
  stream: Stream,
  ordered: readonly OrderedPackage[],
  stateOf: (entry: OrderedPackage) => PackageState,
): PackageState[] {
  return sortByDeductionOrder(
    ordered.filter(({ pkg }) => coversStream(pkg, stream.api, stream.region)),
    order,
  ).map(stateOf);
}

export function openLedger(horizon: Horizon, packages: number, classes: number): CallLedger {
  const { days, months } = horizon;
  return {
    dailyCalls: new Float64Array(days),
    dailyPayPerUseCalls: new Float64Array(days),
    dailyFailedCalls: new Float64Array(days),
    monthCalls: new Float64Array(months),
    monthPayPerUseCalls: new Float64Array(months),
    monthFailedCalls: new Float64Array(months),
    packageCount: packages,
    monthByPackage: new Float64Array(months * packages),
    planCallsByClassDay: new Float64Array(classes * days),
    baselineCallsByClassDay: new Float64Array(classes * days),
  };
}

/**
 * billing-rules §3, §5 and §6 for one stream, day by day: spread each month over its days, let
 * `payers` (its packages, in deduction order) pay, and count the rest pay-per-use by tier, or
 * failed. Returns how many payments it wrote to `log`.
 */
export function runStream(
  stream: Stream,
  pricing: StreamPricing | null,
  payers: readonly PackageState[],
  order: readonly DeductionKey[],
  horizon: Horizon,
  ledger: CallLedger,
  log: PaymentLog,
): number {
  const { days, months, monthStarts, monthLengths } = horizon;
  const { dailyCalls, dailyPayPerUseCalls, dailyFailedCalls, monthByPackage } = ledger;
  const { monthCalls, monthPayPerUseCalls, monthFailedCalls } = ledger;
  const { planCallsByClassDay, baselineCallsByClassDay } = ledger;
  const { packageCount } = ledger;
  // A day pays from one package, plus one more for each package it spends: at most
  // `days + payers` payments in all, and an allowance can be spent once a day.
  const allowanceCount = payers.reduce((count, state) => count + (state.resetEvery ? 1 : 0), 0);
  const capacity = days * (1 + allowanceCount) + payers.length;
  if (log.days.length < capacity) {
    log.days = new Int32Array(capacity);
    log.balances = new Float64Array(capacity);
    log.by = new Int32Array(capacity);
  }
  const { days: paidDays, balances: paidBalances, by: paidBy } = log;
  let paid = 0;
  const graduated = pricing !== null && pricing.schedule.mode === 'graduated';
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
  let live: number[] = [];
  // Allowances renew and change their place in the order from period to period (§4a), so a
  // stream that has one puts its usable payers in order afresh every day.
  const allowances = allowanceCount > 0 ? payers.filter((state) => state.resetEvery !== null) : [];
  const positions = payers.map((_, position) => position);

  for (let m = 0; m < months; m++) {
    const volume = stream.monthlyCalls[m] as number;
    const length = monthLengths[m] as number;
    const monthStart = monthStarts[m] as number;
    monthCalls[m] = (monthCalls[m] as number) + volume;
    // The month's tier counters (§6), with the plan and with pay-per-use only.
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
      if (allowances.length > 0) {
        for (const allowance of allowances) openPeriod(allowance, day, horizon);
        live = payersInOrderOn(payers, positions, day, order);
      } else {
        while (
          nextToJoin < byActivation.length &&
          (payers[byActivation[nextToJoin] as number] as PackageState).activationDay <= day
        ) {
          joinInOrder(live, byActivation[nextToJoin] as number);
          nextToJoin++;
        }
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
        state.lastPaidDay = day;
        if (
          state.alertDay < 0 &&
          usedBefore < state.alertThreshold &&
          usedBefore + taken >= state.alertThreshold
        )
          state.alertDay = day;
        const ledgerIndex = m * packageCount + state.index;
        monthByPackage[ledgerIndex] = (monthByPackage[ledgerIndex] as number) + taken;
        // For an allowance, the first day one of its periods ran dry (§7).
        if (state.balance === 0 && state.exhaustedDay < 0) state.exhaustedDay = day;
      }
      for (const allowance of allowances) closePeriod(allowance, day, horizon);
      if (pricing === null) {
        monthFailedCalls[m] = (monthFailedCalls[m] as number) + left;
        dailyFailedCalls[day] = (dailyFailedCalls[day] as number) + left;
        continue;
      }
      monthPayPerUseCalls[m] = (monthPayPerUseCalls[m] as number) + left;
      dailyPayPerUseCalls[day] = (dailyPayPerUseCalls[day] as number) + left;
      if (graduated) {
        const { schedule, slots } = pricing;
        if (left > 0) splitGraduated(schedule, planCounter, left, planCallsByClassDay, slots, day);
        if (callsToday > 0)
          splitGraduated(
            schedule,
            baselineCounter,
            callsToday,
            baselineCallsByClassDay,
            slots,
            day,
          );
      }
      planCounter += left;
      baselineCounter += callsToday;
    }
    if (pricing !== null && !graduated) {
      const lastDay = monthStart + length - 1;
      countAtVolumeTier(pricing, planCounter, lastDay, planCallsByClassDay);
      countAtVolumeTier(pricing, baselineCounter, lastDay, baselineCallsByClassDay);
    }
  }
  return paid;
}

/**
 * §4a: on a usable day that starts one of its periods (or its first usable day in the horizon),
 * an allowance holds its quota afresh, less what was used before the horizon in the period that
 * holds the horizon's first day; in the order its expiresOn is that period's last day.
 */
export function openPeriod(state: PackageState, day: number, horizon: Horizon): void {
  if (day < state.usableFrom || day > state.usableTo) return;
  const startsPeriod =
    day === state.usableFrom ||
    state.resetEvery === 'day' ||
    ((horizon.monthEdges[day] as number) & MONTH_FIRST) !== 0;
  if (!startsPeriod) return;
  const held = state.quota - (day === 0 ? state.usedBeforeHorizon : 0);
  state.balance = held;
  state.periodFrom = day;
  state.periodHeld = held;
  const periodEnd = Math.min(
    state.expiryDay,
    state.resetEvery === 'day' ? day : lastDayOfMonthHolding(day, horizon),
  );
  state.orderView = {
    ...state.orderView,
    expiresOn: dayNumberToIso(horizon.firstDay + periodEnd),
  };
}

/**
 * §4a: at the end of a period (or of its expiry day, or of the horizon) what an allowance still
 * holds is gone: lapsed, or wasted on its expiry day.
 */
export function closePeriod(state: PackageState, day: number, horizon: Horizon): void {
  if (day < state.usableFrom || day > state.usableTo) return;
  const endsPeriod =
    day === state.usableTo ||
    state.resetEvery === 'day' ||
    ((horizon.monthEdges[day] as number) & MONTH_LAST) !== 0;
  if (!endsPeriod) return;
  state.periods.push({
    from: state.periodFrom,
    to: day,
    held: state.periodHeld,
    used: state.periodHeld - state.balance,
    left: state.balance,
    endedBy: day === state.expiryDay ? 'expiry' : 'lapse',
  });
  state.balance = 0;
}

function lastDayOfMonthHolding(day: number, horizon: Horizon): number {
  let last = day;
  while (((horizon.monthEdges[last] as number) & MONTH_LAST) === 0) last++;
  return last;
}

/** The payers usable on `day` that still hold calls, in today's deduction order (§5, §4a). */
function payersInOrderOn(
  payers: readonly PackageState[],
  positions: readonly number[],
  day: number,
  order: readonly DeductionKey[],
): number[] {
  return positions
    .filter((position) => {
      const state = payers[position] as PackageState;
      return state.balance > 0 && state.activationDay <= day && day <= state.expiryDay;
    })
    .sort((a, b) =>
      comparePackages(
        (payers[a] as PackageState).orderView,
        (payers[b] as PackageState).orderView,
        order,
      ),
    );
}

/** Adds `position` to `live`, kept ascending. */
function joinInOrder(live: number[], position: number): void {
  let at = live.length;
  while (at > 0 && (live[at - 1] as number) > position) at--;
  live.splice(at, 0, position);
}

/** billing-rules §6 volume: all of a month's pay-per-use calls at the price of the tier holding the total, charged on its last day. */
function countAtVolumeTier(
  pricing: StreamPricing,
  monthTotal: number,
  lastDay: number,
  target: Float64Array,
): void {
  if (monthTotal === 0) return;
  const index = (pricing.slots[volumeTier(pricing.schedule, monthTotal)] as number) + lastDay;
  target[index] = (target[index] as number) + monthTotal;
}

/** billing-rules §7: each package's balance as steps, gathered from its stream's payment log. */
export function keepSteps(payers: readonly PackageState[], log: PaymentLog, paid: number): void {
  for (const state of payers) {
    state.paidDays = new Int32Array(state.paidCount);
    state.balancesAfter = new Float64Array(state.paidCount);
    state.paidCount = 0;
  }
  for (let entry = 0; entry < paid; entry++) {
    const state = payers[log.by[entry] as number] as PackageState;
    state.paidDays[state.paidCount] = log.days[entry] as number;
    state.balancesAfter[state.paidCount] = log.balances[entry] as number;
    state.paidCount++;
  }
}

/**
 * billing-rules §6 and §7: each day's charges (package prices on their createdOn day,
 * pay-per-use by price class) and the cumulative costs with the plan and with pay-per-use only.
 */
export function priceDays(
  ordered: readonly OrderedPackage[],
  horizon: Horizon,
  classPrices: readonly Money[],
  ledger: CallLedger,
): DayMoney {
  const { firstDay, days, months, monthStarts } = horizon;
  const { planCallsByClassDay, baselineCallsByClassDay } = ledger;
  const classCount = classPrices.length;
  const packagePriceByDay = new Map<number, Money>();
  for (const { pkg } of ordered) {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay < 0 || createdDay >= days) continue;
    packagePriceByDay.set(
      createdDay,
      addMoney(packagePriceByDay.get(createdDay) ?? ZERO_MONEY, pkg.price),
    );
  }
  const cumulativePlanCost: Money[] = new Array(days);
  const cumulativePayPerUseOnlyCost: Money[] = new Array(days);
  const monthPayPerUseCost: Money[] = new Array(months).fill(ZERO_MONEY);
  const monthPackageCost: Money[] = new Array(months).fill(ZERO_MONEY);
  let planToDate = ZERO_MONEY;
  let baselineToDate = ZERO_MONEY;
  let lastNegativeDay = -1;
  let month = 0;
  for (let day = 0; day < days; day++) {
    while (month + 1 < months && day >= (monthStarts[month + 1] as number)) month++;
    let planPayPerUse = ZERO_MONEY;
    let baseline = ZERO_MONEY;
    for (let priceClass = 0; priceClass < classCount; priceClass++) {
      const price = classPrices[priceClass] as Money;
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
  return {
    cumulativePlanCost,
    cumulativePayPerUseOnlyCost,
    monthPayPerUseCost,
    monthPackageCost,
    lastNegativeDay,
  };
}

/** billing-rules §7, per month. */
function monthOutcomes(
  ordered: readonly OrderedPackage[],
  states: readonly PackageState[],
  horizon: Horizon,
  ledger: CallLedger,
  money: DayMoney,
): MonthOutcome<Money>[] {
  const outcomes: MonthOutcome<Money>[] = [];
  for (let m = 0; m < horizon.months; m++) {
    const byPackage: Record<string, number> = {};
    for (const state of states) {
      const covered = ledger.monthByPackage[m * ledger.packageCount + state.index] as number;
      if (covered > 0) byPackage[(ordered[state.index] as OrderedPackage).pkg.id] = covered;
    }
    const payPerUseCost = money.monthPayPerUseCost[m] as Money;
    const packageCost = money.monthPackageCost[m] as Money;
    outcomes.push({
      month: formatIsoMonth(addMonths(horizon.startMonth, m)),
      calls: ledger.monthCalls[m] as number,
      byPackage,
      payPerUseCalls: ledger.monthPayPerUseCalls[m] as number,
      payPerUseCost,
      failedCalls: ledger.monthFailedCalls[m] as number,
      packageCost,
      totalCost: addMoney(packageCost, payPerUseCost),
    });
  }
  return outcomes;
}

/** billing-rules §7, per package: what it covered, what it still holds, what it wasted. */
export function packageOutcomes(
  ordered: readonly OrderedPackage[],
  states: readonly PackageState[],
  horizon: Horizon,
): PackageDetail[] {
  const { firstDay, days } = horizon;
  return states.map((state): PackageDetail => {
    const { pkg, expiresOn } = ordered[state.index] as OrderedPackage;
    const openingBalance = pkg.calls - pkg.usedCalls;
    const figures = state.resetEvery
      ? allowanceFigures(state, pkg.calls, pkg.usedCalls)
      : packageFigures(state, openingBalance, pkg.calls, pkg.usedCalls, days);
    return {
      id: pkg.id,
      ...figures,
      exhaustedOn: state.exhaustedDay >= 0 ? dayNumberToIso(firstDay + state.exhaustedDay) : null,
      expiresOn,
      openingBalance,
      alertOn: state.alertDay >= 0 ? dayNumberToIso(firstDay + state.alertDay) : null,
      usableFrom: state.usableFrom,
      usableTo: state.usableTo,
      paidDays: state.paidDays,
      balancesAfter: state.balancesAfter,
      periods: state.periods,
    };
  });
}

type UseFigures = Pick<
  PackageOutcome,
  'consumed' | 'remaining' | 'wasted' | 'lapsed' | 'utilization'
>;

/** §4 and §7 for a package whose quota is spent once. */
function packageFigures(
  state: PackageState,
  openingBalance: number,
  calls: number,
  usedCalls: number,
  days: number,
): UseFigures {
  const consumed = openingBalance - state.balance;
  const expiresInHorizon = state.expiryDay >= 0 && state.expiryDay < days;
  return {
    consumed,
    remaining: state.expiryDay >= days ? state.balance : 0,
    wasted: expiresInHorizon ? state.balance : 0,
    lapsed: 0,
    utilization: countRatio(usedCalls + consumed, calls, UTILIZATION_PLACES),
  };
}

/**
 * §4a and §7 for an allowance: summed over its periods inside the horizon; it holds nothing
 * after the horizon, and its utilization is against the quota of every such period.
 */
function allowanceFigures(state: PackageState, calls: number, usedCalls: number): UseFigures {
  let consumed = 0;
  let lapsed = 0;
  let wasted = 0;
  for (const period of state.periods) {
    consumed += period.used;
    if (period.endedBy === 'expiry') wasted += period.left;
    else lapsed += period.left;
  }
  const offered = calls * state.periods.length;
  return {
    consumed,
    remaining: 0,
    wasted,
    lapsed,
    utilization:
      offered === 0 ? '0' : countRatio(usedCalls + consumed, offered, UTILIZATION_PLACES),
  };
}

/**
 * billing-rules §7, for the horizon: the pay-per-use-only cost is the no-package run's last day.
 */
export function totalsOf(
  months: readonly MonthOutcome<Money>[],
  money: DayMoney,
  horizon: Horizon,
): Totals<Money> {
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
    horizon.days > 0 ? (money.cumulativePayPerUseOnlyCost[horizon.days - 1] as Money) : ZERO_MONEY;
  const calls = sum((month) => month.calls);
  const payPerUseCalls = sum((month) => month.payPerUseCalls);
  const failedCalls = sum((month) => month.failedCalls);
  return {
    calls,
    packageCalls: calls - payPerUseCalls - failedCalls,
    payPerUseCalls,
    failedCalls,
    packageCost,
    payPerUseCost,
    totalCost,
    payPerUseOnlyCost,
    savings: subtractMoney(payPerUseOnlyCost, totalCost),
  };
}

/**
 * billing-rules §7 payback day: the earliest day, not before the first paid package bought in
 * the horizon, from which cumulative savings stay ≥ 0 through the horizon's last day.
 */
function paybackDay(
  scenario: Scenario,
  horizon: Horizon,
  totals: Totals<Money>,
  lastNegativeDay: number,
): IsoDate | null {
  return paybackAfter(horizon, totals, lastNegativeDay, firstPaidDay(scenario.packages, horizon));
}

/** The payback day (see paybackDay) once the first paid package's day is known. */
export function paybackAfter(
  horizon: Horizon,
  totals: Totals<Money>,
  lastNegativeDay: number,
  firstPaid: number,
): IsoDate | null {
  if (isZeroMoney(totals.packageCost) || isNegativeMoney(totals.savings)) return null;
  return dayNumberToIso(horizon.firstDay + Math.max(firstPaid, lastNegativeDay + 1));
}

/** The first horizon day a package with a price is bought; +∞ when none is. */
export function firstPaidDay(packages: readonly Package[], horizon: Horizon): number {
  const { firstDay, days } = horizon;
  let first = Number.POSITIVE_INFINITY;
  for (const pkg of packages) {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay >= 0 && createdDay < days && !isZeroMoney(pkg.price))
      first = Math.min(first, createdDay);
  }
  return first;
}

/** A package's calls left at the end of horizon day `day`, read from its steps; null when it is not usable that day (billing-rules §4). */
export function balanceAtEndOf(detail: PackageDetail, day: number): number | null {
  if (day < detail.usableFrom || day > detail.usableTo) return null;
  const { paidDays, balancesAfter } = detail;
  if (detail.periods.length > 0) return allowanceBalanceAtEndOf(detail, day);
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

/** An allowance's calls left at the end of `day`, before its period's leftover lapses (§4a). */
function allowanceBalanceAtEndOf(detail: PackageDetail, day: number): number {
  const { periods, paidDays, balancesAfter } = detail;
  const period = periods[
    lastIndexAtOrBefore(periods.length, (at) => (periods[at] as AllowancePeriod).from, day)
  ] as AllowancePeriod;
  const paidAt = lastIndexAtOrBefore(paidDays.length, (at) => paidDays[at] as number, day);
  return paidAt >= 0 && (paidDays[paidAt] as number) >= period.from
    ? (balancesAfter[paidAt] as number)
    : period.held;
}

/** The last index whose ascending value is ≤ `day`; −1 when none is. */
function lastIndexAtOrBefore(
  length: number,
  valueAt: (index: number) => number,
  day: number,
): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (valueAt(middle) <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export function dayIndexOf(date: IsoDate, firstDay: number): number {
  return toDayNumber(parseIsoDate(date) as NonNullable<ReturnType<typeof parseIsoDate>>) - firstDay;
}

/** The result document of scenario-format.md for a valid scenario (billing-rules §7). */
export function simulate(scenario: Scenario): SimulationResult {
  return toResultDocument(simulateDetailed(scenario));
}

/** billing-rules §7: a detailed simulation as the result document of scenario-format.md (costs as exact decimal strings). */
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
      lapsed: pkg.lapsed,
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
