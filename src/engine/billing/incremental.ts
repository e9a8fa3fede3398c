import { addMonths, formatIsoMonth, type IsoDate } from '../core/calendar';
import {
  addMoney,
  isZeroMoney,
  type Money,
  multiplyMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import type { DeductionKey, Package, PriceEntry, Scenario, Stream } from '../core/scenario';
import { toOrderedPackages } from './deduction';
import { findPriceEntry } from './pricing';
import {
  type CallLedger,
  dayIndexOf,
  firstPaidDay,
  type Horizon,
  keepSteps,
  layOutHorizon,
  type MonthOutcome,
  type PackageDetail,
  type PackageState,
  type PaymentLog,
  packageOutcomes,
  paybackAfter,
  payersOf,
  preparePackages,
  renewUnused,
  resolvePricing,
  runStream,
  type Simulation,
  totalsOf,
} from './simulate';

/*
 * The same simulation as simulateDetailed, recomputing only what an edit touched.
 *
 * A package pays only for calls of its own API and region (billing-rules §4), so the scenario
 * falls apart into groups, one per API and region: its stream, the packages that can pay for it
 * and its pay-per-use price. A group's day loop depends on nothing else but the horizon and the
 * deduction order, so each group's share (calls by day and month, money by day and month, its
 * packages' details) is kept, and an edit reruns the groups whose inputs changed and swaps their
 * shares in the sums. Calls are whole numbers in doubles and money is exact, so a sum taken
 * group by group, or corrected by a difference, is the very sum a full run takes.
 */

/** A group's share of the result, and the inputs it was computed from. */
type GroupRun = {
  readonly streams: readonly Stream[];
  readonly packages: readonly Package[];
  readonly price: PriceEntry | undefined;
  /** Aligned with `packages`. */
  readonly details: readonly PackageDetail[];
  readonly dailyCalls: Float64Array;
  readonly dailyPayPerUseCalls: Float64Array;
  readonly dailyFailedCalls: Float64Array;
  readonly monthCalls: Float64Array;
  readonly monthPayPerUseCalls: Float64Array;
  readonly monthFailedCalls: Float64Array;
  /** The calls each of its packages covered each month, none of 0, by month then package. */
  readonly covered: Covered;
  /**
   * Its pay-per-use calls by price class and day (class-major), with the plan and with no
   * packages, at its own classes' prices: calls, not money, because a large plan's money day
   * by day for every group is hundreds of thousands of bigints to keep. Its money by day is
   * worked out from them when first needed (dayAmountsOf).
   */
  readonly classPrices: readonly Money[];
  readonly planCallsByClassDay: Float64Array;
  readonly baselineCallsByClassDay: Float64Array;
  /** Its packages' prices on the days they are bought, inside the horizon. */
  readonly packagePrices: DayAmounts;
  readonly monthPayPerUseCost: readonly Money[];
  readonly monthPackageCost: readonly Money[];
  readonly firstPaidDay: number;
};

/** Parallel lists: month, index in the group's packages, calls. */
type Covered = {
  readonly months: Int32Array;
  readonly packages: Int32Array;
  readonly calls: Float64Array;
};

/** Amounts on the days they fall, in day order: parallel lists, so a share is two allocations. */
type DayAmounts = { readonly days: Int32Array; readonly amounts: readonly Money[] };

/** Every group's share added up: what the simulation's series and months are read from. */
type Sums = {
  readonly dailyCalls: Float64Array;
  readonly dailyPayPerUseCalls: Float64Array;
  readonly dailyFailedCalls: Float64Array;
  readonly monthCalls: Float64Array;
  readonly monthPayPerUseCalls: Float64Array;
  readonly monthFailedCalls: Float64Array;
  readonly dailyPlanCost: Money[];
  readonly dailyPayPerUseOnlyCost: Money[];
  readonly monthPayPerUseCost: Money[];
  readonly monthPackageCost: Money[];
};

/** What every group depends on: a change here reruns them all. */
type Frame = {
  readonly start: string;
  readonly months: number;
  readonly deductionOrder: readonly DeductionKey[];
};

/** A simulation with what the next one needs to recompute only what changed. Never changed once made. */
export type IncrementalRun = {
  readonly simulation: Simulation;
  /** How many groups (one per API and region) this run computed; the others came from the run before. */
  readonly recomputedGroups: number;
  readonly groupCount: number;
  readonly frame: Frame;
  readonly horizon: Horizon;
  readonly groups: ReadonlyMap<string, GroupRun>;
  readonly sums: Sums;
};

/** A group as the scenario lists it: its streams and packages in list order, their list positions. */
type GroupInputs = {
  readonly api: string;
  readonly region: string;
  readonly streams: Stream[];
  readonly packages: Package[];
  readonly positions: number[];
};

/**
 * The detailed simulation of a valid scenario, equal to `simulateDetailed(scenario)`, reusing
 * from `previous` (the run of an earlier draft) every group whose inputs are unchanged. Neither
 * the scenario nor `previous` is changed.
 */
export function simulateIncrementally(
  scenario: Scenario,
  previous: IncrementalRun | null = null,
): IncrementalRun {
  const frame: Frame = {
    start: scenario.start,
    months: scenario.months,
    deductionOrder: scenario.deductionOrder,
  };
  const reusable = previous !== null && sameFrame(previous.frame, frame) ? previous : null;
  const horizon = reusable ? reusable.horizon : layOutHorizon(scenario);
  const inputs = groupScenario(scenario);
  const groups = new Map<string, GroupRun>();
  const fresh: string[] = [];
  const scratch: Scratch = {
    log: { days: new Int32Array(0), balances: new Float64Array(0), by: new Int32Array(0) },
    callsByClassDay: new Float64Array(0),
  };
  for (const [key, group] of inputs) {
    const price = findPriceEntry(scenario.payPerUse, group.api, group.region);
    const known = reusable?.groups.get(key);
    if (known && sameInputs(known, group, price)) {
      groups.set(key, known);
      continue;
    }
    groups.set(key, runGroup(group, price, scenario.deductionOrder, horizon, scratch));
    fresh.push(key);
  }
  const sums = reusable
    ? correctSums(reusable, groups, fresh, horizon)
    : sumGroups(groups.values(), horizon);
  return {
    simulation: assemble(scenario, horizon, inputs, groups, sums),
    recomputedGroups: fresh.length,
    groupCount: groups.size,
    frame,
    horizon,
    groups,
    sums,
  };
}

function sameFrame(a: Frame, b: Frame): boolean {
  return (
    a.start === b.start &&
    a.months === b.months &&
    a.deductionOrder.length === b.deductionOrder.length &&
    a.deductionOrder.every((key, index) => b.deductionOrder[index] === key)
  );
}

function groupScenario(scenario: Scenario): Map<string, GroupInputs> {
  const groups = new Map<string, GroupInputs>();
  const groupOf = (api: string, region: string): GroupInputs => {
    const key = `${api}\u0000${region}`;
    let group = groups.get(key);
    if (!group) {
      group = { api, region, streams: [], packages: [], positions: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const stream of scenario.streams) groupOf(stream.api, stream.region).streams.push(stream);
  scenario.packages.forEach((pkg, position) => {
    const group = groupOf(pkg.api, pkg.region);
    group.packages.push(pkg);
    group.positions.push(position);
  });
  return groups;
}

/** True when a group's day loop would come out the same: every field the engine reads. */
function sameInputs(known: GroupRun, group: GroupInputs, price: PriceEntry | undefined): boolean {
  return (
    samePrice(known.price, price) &&
    sameList(known.streams, group.streams, sameStream) &&
    sameList(known.packages, group.packages, samePackage)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
}

function sameStream(a: Stream, b: Stream): boolean {
  return (
    a === b ||
    (a.subscribed === b.subscribed && sameList(a.monthlyCalls, b.monthlyCalls, (x, y) => x === y))
  );
}

function samePackage(a: Package, b: Package): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.source === b.source &&
      a.calls === b.calls &&
      a.price === b.price &&
      a.createdOn === b.createdOn &&
      a.activatesOn === b.activatesOn &&
      a.validityMonths === b.validityMonths &&
      a.usedCalls === b.usedCalls &&
      a.priority === b.priority &&
      a.resetEvery === b.resetEvery)
  );
}

function samePrice(a: PriceEntry | undefined, b: PriceEntry | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.mode === b.mode &&
    sameList(a.tiers, b.tiers, (x, y) => x.upTo === y.upTo && x.unitPrice === y.unitPrice)
  );
}

/**
 * What a group's day loop writes and is done with once its money is worked out, kept from group
 * to group: a cold run of a large plan would otherwise allocate megabytes per group and spend
 * more time collecting them than looping.
 */
type Scratch = { readonly log: PaymentLog; callsByClassDay: Float64Array };

/** openLedger for one group, its calls by price class and day in the scratch space, zeroed. */
function groupLedger(
  horizon: Horizon,
  packages: number,
  classes: number,
  scratch: Scratch,
): CallLedger {
  const { days, months } = horizon;
  const size = classes * days;
  if (scratch.callsByClassDay.length < 2 * size)
    scratch.callsByClassDay = new Float64Array(2 * size);
  return {
    dailyCalls: new Float64Array(days),
    dailyPayPerUseCalls: new Float64Array(days),
    dailyFailedCalls: new Float64Array(days),
    monthCalls: new Float64Array(months),
    monthPayPerUseCalls: new Float64Array(months),
    monthFailedCalls: new Float64Array(months),
    packageCount: packages,
    monthByPackage: new Float64Array(months * packages),
    planCallsByClassDay: scratch.callsByClassDay.subarray(0, size).fill(0),
    baselineCallsByClassDay: scratch.callsByClassDay.subarray(size, 2 * size).fill(0),
  };
}

/** One group's day loop, as simulateDetailed runs it for these streams and packages. */
function runGroup(
  group: GroupInputs,
  price: PriceEntry | undefined,
  order: readonly DeductionKey[],
  horizon: Horizon,
  scratch: Scratch,
): GroupRun {
  // List positions within the group keep the order of the whole list, which is all the
  // deduction order's last tie-break reads.
  const ordered = toOrderedPackages(group.packages);
  const states = preparePackages(ordered, horizon);
  const pricing = resolvePricing(group.streams, price ? [price] : [], horizon.days);
  const ledger = groupLedger(horizon, states.length, pricing.classPrices.length, scratch);
  const { log } = scratch;
  group.streams.forEach((stream, index) => {
    const payers = payersOf(
      order,
      stream,
      ordered,
      ({ position }) => states[position] as PackageState,
    );
    const paid = runStream(
      stream,
      pricing.streams[index] ?? null,
      payers,
      order,
      horizon,
      ledger,
      log,
    );
    keepSteps(payers, log, paid);
  });
  // Every package of the group covers its streams, so with no stream, none is drawn on.
  if (group.streams.length === 0) for (const state of states) renewUnused(state, horizon);
  const planCallsByClassDay = ledger.planCallsByClassDay.slice();
  const baselineCallsByClassDay = ledger.baselineCallsByClassDay.slice();
  const entries = { months: [] as number[], packages: [] as number[], calls: [] as number[] };
  for (let m = 0; m < horizon.months; m++)
    for (let index = 0; index < states.length; index++) {
      const calls = ledger.monthByPackage[m * states.length + index] as number;
      if (calls <= 0) continue;
      entries.months.push(m);
      entries.packages.push(index);
      entries.calls.push(calls);
    }
  return {
    streams: group.streams,
    packages: group.packages,
    price,
    details: packageOutcomes(ordered, states, horizon),
    dailyCalls: ledger.dailyCalls,
    dailyPayPerUseCalls: ledger.dailyPayPerUseCalls,
    dailyFailedCalls: ledger.dailyFailedCalls,
    monthCalls: ledger.monthCalls,
    monthPayPerUseCalls: ledger.monthPayPerUseCalls,
    monthFailedCalls: ledger.monthFailedCalls,
    covered: {
      months: Int32Array.from(entries.months),
      packages: Int32Array.from(entries.packages),
      calls: Float64Array.from(entries.calls),
    },
    classPrices: pricing.classPrices,
    planCallsByClassDay,
    baselineCallsByClassDay,
    packagePrices: packagePricesOf(group.packages, horizon),
    ...monthCosts(pricing.classPrices, planCallsByClassDay, group.packages, horizon),
    firstPaidDay: firstPaidDay(group.packages, horizon),
  };
}

function packagePricesOf(packages: readonly Package[], horizon: Horizon): DayAmounts {
  const { firstDay, days } = horizon;
  const bought: [number, Money][] = [];
  for (const pkg of packages) {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay >= 0 && createdDay < days && !isZeroMoney(pkg.price))
      bought.push([createdDay, pkg.price]);
  }
  return {
    days: Int32Array.from(bought, ([day]) => day),
    amounts: bought.map(([, price]) => price),
  };
}

/**
 * A group's pay-per-use and package cost per month: its calls per class summed over the
 * month, then priced, which is the sum of its days' costs since calls are whole numbers.
 */
function monthCosts(
  classPrices: readonly Money[],
  planCallsByClassDay: Float64Array,
  packages: readonly Package[],
  horizon: Horizon,
): Pick<GroupRun, 'monthPayPerUseCost' | 'monthPackageCost'> {
  const { days, months, monthStarts, monthLengths, firstDay } = horizon;
  const monthPayPerUseCost: Money[] = new Array(months).fill(ZERO_MONEY);
  const monthPackageCost: Money[] = new Array(months).fill(ZERO_MONEY);
  classPrices.forEach((price, priceClass) => {
    for (let m = 0; m < months; m++) {
      const from = priceClass * days + (monthStarts[m] as number);
      let calls = 0;
      for (let day = from; day < from + (monthLengths[m] as number); day++)
        calls += planCallsByClassDay[day] as number;
      if (calls !== 0)
        monthPayPerUseCost[m] = addMoney(
          monthPayPerUseCost[m] as Money,
          multiplyMoney(price, calls),
        );
    }
  });
  for (const pkg of packages) {
    const createdDay = dayIndexOf(pkg.createdOn, firstDay);
    if (createdDay < 0 || createdDay >= days || isZeroMoney(pkg.price)) continue;
    let m = months - 1;
    while ((monthStarts[m] as number) > createdDay) m--;
    monthPackageCost[m] = addMoney(monthPackageCost[m] as Money, pkg.price);
  }
  return { monthPayPerUseCost, monthPackageCost };
}

type GroupDayMoney = { readonly plan: DayAmounts; readonly baseline: DayAmounts };

// A group's money day by day, worked out the first time an edit takes the group out of the sums
// or puts it in; a cold run sums every group's calls by price instead and never needs it.
const dayMoney = new WeakMap<GroupRun, GroupDayMoney>();

function dayAmountsOf(group: GroupRun, horizon: Horizon): GroupDayMoney {
  const known = dayMoney.get(group);
  if (known) return known;
  const { days } = horizon;
  const { classPrices, planCallsByClassDay, baselineCallsByClassDay, packagePrices } = group;
  const planByDay: Money[] = new Array(days).fill(ZERO_MONEY);
  addAmounts(planByDay, packagePrices, addMoney);
  const plan = { days: new Int32Array(days), amounts: [] as Money[] };
  const baseline = { days: new Int32Array(days), amounts: [] as Money[] };
  for (let day = 0; day < days; day++) {
    let planCost = planByDay[day] as Money;
    let baselineCost = ZERO_MONEY;
    for (let priceClass = 0; priceClass < classPrices.length; priceClass++) {
      const price = classPrices[priceClass] as Money;
      const planCalls = planCallsByClassDay[priceClass * days + day] as number;
      const baselineCalls = baselineCallsByClassDay[priceClass * days + day] as number;
      if (planCalls !== 0) planCost = addMoney(planCost, multiplyMoney(price, planCalls));
      if (baselineCalls !== 0)
        baselineCost = addMoney(baselineCost, multiplyMoney(price, baselineCalls));
    }
    if (!isZeroMoney(planCost)) {
      plan.days[plan.amounts.length] = day;
      plan.amounts.push(planCost);
    }
    if (!isZeroMoney(baselineCost)) {
      baseline.days[baseline.amounts.length] = day;
      baseline.amounts.push(baselineCost);
    }
  }
  const money = {
    plan: { days: plan.days.slice(0, plan.amounts.length), amounts: plan.amounts },
    baseline: {
      days: baseline.days.slice(0, baseline.amounts.length),
      amounts: baseline.amounts,
    },
  };
  dayMoney.set(group, money);
  return money;
}

function emptySums(horizon: Horizon): Sums {
  const { days, months } = horizon;
  return {
    dailyCalls: new Float64Array(days),
    dailyPayPerUseCalls: new Float64Array(days),
    dailyFailedCalls: new Float64Array(days),
    monthCalls: new Float64Array(months),
    monthPayPerUseCalls: new Float64Array(months),
    monthFailedCalls: new Float64Array(months),
    dailyPlanCost: new Array<Money>(days).fill(ZERO_MONEY),
    dailyPayPerUseOnlyCost: new Array<Money>(days).fill(ZERO_MONEY),
    monthPayPerUseCost: new Array<Money>(months).fill(ZERO_MONEY),
    monthPackageCost: new Array<Money>(months).fill(ZERO_MONEY),
  };
}

function copySums(sums: Sums): Sums {
  return {
    dailyCalls: sums.dailyCalls.slice(),
    dailyPayPerUseCalls: sums.dailyPayPerUseCalls.slice(),
    dailyFailedCalls: sums.dailyFailedCalls.slice(),
    monthCalls: sums.monthCalls.slice(),
    monthPayPerUseCalls: sums.monthPayPerUseCalls.slice(),
    monthFailedCalls: sums.monthFailedCalls.slice(),
    dailyPlanCost: sums.dailyPlanCost.slice(),
    dailyPayPerUseOnlyCost: sums.dailyPayPerUseOnlyCost.slice(),
    monthPayPerUseCost: sums.monthPayPerUseCost.slice(),
    monthPackageCost: sums.monthPackageCost.slice(),
  };
}

/**
 * Every group's share added up, money as a full run prices it: calls gathered by unit price
 * across groups, then each day priced once per distinct price.
 */
function sumGroups(groups: Iterable<GroupRun>, horizon: Horizon): Sums {
  const { days } = horizon;
  const sums = emptySums(horizon);
  const classOf = new Map<Money, number>();
  const planCalls: Float64Array[] = [];
  const baselineCalls: Float64Array[] = [];
  for (const group of groups) {
    addCallShare(sums, group, 1);
    addMonthCosts(sums, group, addMoney);
    addAmounts(sums.dailyPlanCost, group.packagePrices, addMoney);
    group.classPrices.forEach((price, local) => {
      let shared = classOf.get(price);
      if (shared === undefined) {
        shared = planCalls.length;
        classOf.set(price, shared);
        planCalls.push(new Float64Array(days));
        baselineCalls.push(new Float64Array(days));
      }
      const plan = planCalls[shared] as Float64Array;
      const baseline = baselineCalls[shared] as Float64Array;
      const offset = local * days;
      for (let day = 0; day < days; day++) {
        plan[day] = (plan[day] as number) + (group.planCallsByClassDay[offset + day] as number);
        baseline[day] =
          (baseline[day] as number) + (group.baselineCallsByClassDay[offset + day] as number);
      }
    });
  }
  for (const [price, shared] of classOf) {
    const plan = planCalls[shared] as Float64Array;
    const baseline = baselineCalls[shared] as Float64Array;
    for (let day = 0; day < days; day++) {
      const planDayCalls = plan[day] as number;
      const baselineDayCalls = baseline[day] as number;
      if (planDayCalls !== 0)
        sums.dailyPlanCost[day] = addMoney(
          sums.dailyPlanCost[day] as Money,
          multiplyMoney(price, planDayCalls),
        );
      if (baselineDayCalls !== 0)
        sums.dailyPayPerUseOnlyCost[day] = addMoney(
          sums.dailyPayPerUseOnlyCost[day] as Money,
          multiplyMoney(price, baselineDayCalls),
        );
    }
  }
  return sums;
}

/**
 * The previous sums with the shares of changed and removed groups taken out and those of
 * changed and new groups put in; from scratch when most groups changed.
 */
function correctSums(
  previous: IncrementalRun,
  groups: ReadonlyMap<string, GroupRun>,
  fresh: readonly string[],
  horizon: Horizon,
): Sums {
  const gone = [...previous.groups].filter(([key, group]) => groups.get(key) !== group);
  // Sums are never changed once made, so an edit that reran nothing shares them.
  if (gone.length === 0 && fresh.length === 0) return previous.sums;
  if ((gone.length + fresh.length) * 2 > groups.size + previous.groups.size)
    return sumGroups(groups.values(), horizon);
  const sums = copySums(previous.sums);
  for (const [, group] of gone) addShare(sums, group, -1, horizon);
  for (const key of fresh) addShare(sums, groups.get(key) as GroupRun, 1, horizon);
  return sums;
}

function addShare(sums: Sums, group: GroupRun, sign: 1 | -1, horizon: Horizon): void {
  addCallShare(sums, group, sign);
  const move = sign === 1 ? addMoney : subtractMoney;
  const { plan, baseline } = dayAmountsOf(group, horizon);
  addAmounts(sums.dailyPlanCost, plan, move);
  addAmounts(sums.dailyPayPerUseOnlyCost, baseline, move);
  addMonthCosts(sums, group, move);
}

function addCallShare(sums: Sums, group: GroupRun, sign: 1 | -1): void {
  addCalls(sums.dailyCalls, group.dailyCalls, sign);
  addCalls(sums.dailyPayPerUseCalls, group.dailyPayPerUseCalls, sign);
  addCalls(sums.dailyFailedCalls, group.dailyFailedCalls, sign);
  addCalls(sums.monthCalls, group.monthCalls, sign);
  addCalls(sums.monthPayPerUseCalls, group.monthPayPerUseCalls, sign);
  addCalls(sums.monthFailedCalls, group.monthFailedCalls, sign);
}

function addMonthCosts(sums: Sums, group: GroupRun, move: (a: Money, b: Money) => Money): void {
  group.monthPayPerUseCost.forEach((amount, m) => {
    if (!isZeroMoney(amount))
      sums.monthPayPerUseCost[m] = move(sums.monthPayPerUseCost[m] as Money, amount);
  });
  group.monthPackageCost.forEach((amount, m) => {
    if (!isZeroMoney(amount))
      sums.monthPackageCost[m] = move(sums.monthPackageCost[m] as Money, amount);
  });
}

function addAmounts(
  target: Money[],
  { days, amounts }: DayAmounts,
  move: (a: Money, b: Money) => Money,
): void {
  for (let index = 0; index < amounts.length; index++) {
    const day = days[index] as number;
    target[day] = move(target[day] as Money, amounts[index] as Money);
  }
}

function addCalls(target: Float64Array, share: Float64Array, sign: 1 | -1): void {
  for (let index = 0; index < share.length; index++) {
    const calls = share[index] as number;
    if (calls !== 0) target[index] = (target[index] as number) + sign * calls;
  }
}

/** The simulation read off the sums and the groups' shares, as simulateDetailed lays it out. */
function assemble(
  scenario: Scenario,
  horizon: Horizon,
  inputs: ReadonlyMap<string, GroupInputs>,
  groups: ReadonlyMap<string, GroupRun>,
  sums: Sums,
): Simulation {
  const { days, firstDay } = horizon;
  const cumulativePlanCost: Money[] = new Array(days);
  const cumulativePayPerUseOnlyCost: Money[] = new Array(days);
  let planToDate = ZERO_MONEY;
  let baselineToDate = ZERO_MONEY;
  let lastNegativeDay = -1;
  for (let day = 0; day < days; day++) {
    planToDate = addMoney(planToDate, sums.dailyPlanCost[day] as Money);
    baselineToDate = addMoney(baselineToDate, sums.dailyPayPerUseOnlyCost[day] as Money);
    cumulativePlanCost[day] = planToDate;
    cumulativePayPerUseOnlyCost[day] = baselineToDate;
    if (planToDate > baselineToDate) lastNegativeDay = day;
  }
  const packages: PackageDetail[] = new Array(scenario.packages.length);
  let firstPaid = Number.POSITIVE_INFINITY;
  // Each month's covering packages gathered into one typed list, month by month, so a large
  // plan's thousands of month-and-package entries allocate nothing each.
  const monthStarts = new Int32Array(horizon.months + 1);
  for (const [key, group] of inputs) {
    const run = groups.get(key) as GroupRun;
    firstPaid = Math.min(firstPaid, run.firstPaidDay);
    group.positions.forEach((position, index) => {
      packages[position] = run.details[index] as PackageDetail;
    });
    for (const m of run.covered.months) monthStarts[m + 1] = (monthStarts[m + 1] as number) + 1;
  }
  for (let m = 0; m < horizon.months; m++)
    monthStarts[m + 1] = (monthStarts[m + 1] as number) + (monthStarts[m] as number);
  const coveredBy = new Int32Array(monthStarts[horizon.months] as number);
  const coveredCalls = new Float64Array(coveredBy.length);
  const filled = monthStarts.slice();
  for (const [key, group] of inputs) {
    const { covered } = groups.get(key) as GroupRun;
    for (let entry = 0; entry < covered.months.length; entry++) {
      const m = covered.months[entry] as number;
      const at = filled[m] as number;
      filled[m] = at + 1;
      coveredBy[at] = group.positions[covered.packages[entry] as number] as number;
      coveredCalls[at] = covered.calls[entry] as number;
    }
  }
  const callsOf = new Float64Array(scenario.packages.length);
  const months: MonthOutcome<Money>[] = [];
  for (let m = 0; m < horizon.months; m++) {
    const from = monthStarts[m] as number;
    const to = monthStarts[m + 1] as number;
    for (let at = from; at < to; at++)
      callsOf[coveredBy[at] as number] = coveredCalls[at] as number;
    // In list order, as a full run writes them.
    const positions = coveredBy.subarray(from, to).sort();
    const byPackage: Record<string, number> = {};
    for (const position of positions)
      byPackage[(scenario.packages[position] as Package).id] = callsOf[position] as number;
    const payPerUseCost = sums.monthPayPerUseCost[m] as Money;
    const packageCost = sums.monthPackageCost[m] as Money;
    months.push({
      month: formatIsoMonth(addMonths(horizon.startMonth, m)),
      calls: sums.monthCalls[m] as number,
      byPackage,
      payPerUseCalls: sums.monthPayPerUseCalls[m] as number,
      payPerUseCost,
      failedCalls: sums.monthFailedCalls[m] as number,
      packageCost,
      totalCost: addMoney(packageCost, payPerUseCost),
    });
  }
  const totals = totalsOf(
    months,
    {
      cumulativePlanCost,
      cumulativePayPerUseOnlyCost,
      monthPayPerUseCost: sums.monthPayPerUseCost,
      monthPackageCost: sums.monthPackageCost,
      lastNegativeDay,
    },
    horizon,
  );
  const paybackOn: IsoDate | null = paybackAfter(horizon, totals, lastNegativeDay, firstPaid);
  return {
    totals,
    paybackOn,
    packages,
    months,
    days,
    firstDay,
    dailyCalls: sums.dailyCalls,
    dailyPayPerUseCalls: sums.dailyPayPerUseCalls,
    dailyFailedCalls: sums.dailyFailedCalls,
    cumulativePlanCost,
    cumulativePayPerUseOnlyCost,
  };
}
