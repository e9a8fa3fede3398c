import { simulateDetailed } from '../billing/simulate';
import type { IsoDate } from '../core/calendar';
import type { Catalog } from '../core/catalog';
import {
  addMoney,
  compareMoney,
  type Money,
  moneyToString,
  multiplyMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import { type Package, type Scenario, serializeScenario } from '../core/scenario';
import { type Message, message } from '../messages';
import {
  boundNoise,
  certify,
  formulatePlanMilp,
  type MilpSolver,
  type StopBounds,
} from './advisor-milp';
import {
  addScores,
  buildStreamModel,
  compareScores,
  createState,
  evaluatePools,
  monthFirstDay,
  type Score,
  type StreamModel,
} from './advisor-model';
import {
  type GroupPlan,
  improveLocally,
  type SearchStream,
  scorePlan,
  searchExhaustively,
} from './advisor-search';
import { catalogOffers, type PackageOffer } from './break-even';

/*
 * The purchase advisor (issue "Purchase advisor and break-even analysis"): the cheapest way to
 * buy catalog packages for a scenario, under the exact billing rules.
 *
 * What it decides. For every stream (an API in a region) with calls: how many packages of each
 * catalog size to buy, on the first day of which horizon month. A purchase is `source:
 * 'purchased'`, created and activated that day, valid the catalog's `validityMonths`, priced at
 * the catalog's price for the stream's API (the same in every region).
 *
 * What it keeps. Every scenario package that is not a planned purchase stays exactly as it is:
 * free and promotional packages, and packages bought before the horizon. A planned purchase
 * (`source: 'purchased'`, created on or after the horizon's first day) is what the advice
 * replaces; applyAdvice does that.
 *
 * What it minimises. The scenario's total cost over the horizon (billing-rules §7 totalCost:
 * prices of packages created in the horizon plus pay-per-use), exactly as `simulate` computes it
 * for the kept packages plus the plan. Where pay-per-use is not subscribed, calls no package
 * covers fail and cost nothing, so there failed calls come first and money second. With the
 * objective 'worst', the plan minimises the highest such score over the scenario and its variants
 * (scenarios that differ only in monthly calls, for example low and high).
 *
 * Why stream by stream. A package only ever pays for calls of its own API in its own region and
 * the pay-per-use tier counter runs per API, region and month (billing-rules §4–§6), so the total
 * is a constant (the kept packages' prices) plus one independent sum per stream: the prices of
 * its purchases and its pay-per-use. Minimising each stream's part minimises the total (failed
 * calls add up the same way). The worst case over variants is a maximum of sums, which does not
 * split, so that objective searches all streams together.
 *
 * How, and what is promised. For each group (a stream; for 'worst', all streams together):
 * 1. The quick search: two local searches from buying nothing, then a branch and bound over every
 *    plan that could be optimal, seeded with the better of the two and stopped after
 *    `exactSearchSteps` steps (advisor-search.ts). When it finishes, the plan is proven optimal
 *    exactly, and nothing more is needed.
 * 2. Otherwise, with a solver (options.solver: the advisor's worker hands in HiGHS), the group's
 *    mixed-integer linear program (advisor-milp.ts, whose header gives the formulation, what it
 *    relaxes and why its optimum is a lower bound on the exact cost of every plan) is solved,
 *    started from the quick search's plan, within a share of `solverSeconds`. Its plan is decoded,
 *    evaluated exactly by the evaluator (the engine is the judge, never the solver's objective),
 *    and improved by the local search; the cheaper of it and the quick search's plan is kept.
 * 3. The certificate: the solver's proven bound (its dual bound), as exact money, with the kept
 *    packages' prices added as on the cost side. The plan's exact cost equal to the bound: proven
 *    the cheapest ('proven-optimal'); above it: 'within-gap', at most (cost − bound)/bound above
 *    the cheapest, rounded up. Without a solver (it could not be loaded) or without a bound (it
 *    failed), 'unproven': the quick search's plan, which may not be the cheapest.
 * Measured: see the realistic cases in advisor-realistic.test.ts and BENCHMARKS.md.
 * Purchases are listed in date order after the kept packages (applyAdvice); where the deduction
 * order has no date key, that listing decides which of two purchases pays first.
 */

export type AdvisorObjective = 'total' | 'worst';

export type AdvisorInput = {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  /**
   * For the objective 'worst': variants of `scenario` that differ from it only in monthly calls
   * (same horizon, streams, packages, prices and deduction order). `scenario` is always one of them.
   */
  readonly scenarios?: readonly Scenario[];
};

export type AdvisorOptions = {
  readonly objective?: AdvisorObjective;
  /** Called now and then with the share of the work done, from 0 to 1 (1 once, at the end). */
  readonly onProgress?: (fraction: number) => void;
  /** Asked between batches of evaluations; true stops the search and returns `{ cancelled: true }`. */
  readonly shouldCancel?: () => boolean;
  /** Steps the exhaustive search may take per stream (per group for 'worst') before giving up on a proof. */
  readonly exactSearchSteps?: number;
  /** The MILP solver (HiGHS, loaded by the caller); without one, the quick search answers alone. */
  readonly solver?: MilpSolver | null;
  /** Why there is no solver, when the caller tried to load one: the result says so. */
  readonly solverUnavailable?: boolean;
  /** Seconds the solver may take over the whole run (shared among the groups still to plan). */
  readonly solverSeconds?: number;
  /**
   * After this many seconds on a group, the solver stops once its gap is at most `goodEnoughGap`
   * (a fraction) rather than spend the rest of its share on the last digits of a proof.
   */
  readonly solverSoftSeconds?: number;
  readonly goodEnoughGap?: number;
};

/** `count` packages of one size for one stream, bought on `createdOn`. */
export type AdvisedPurchase = {
  readonly api: string;
  readonly region: string;
  readonly calls: number;
  /** The price of one package. */
  readonly price: Money;
  readonly validityMonths: number;
  readonly createdOn: IsoDate;
  readonly count: number;
};

/**
 * What is known of a plan's cost against the cheapest plan of the decision space: equal to a
 * proven lower bound ('proven-optimal'), above one by a known gap ('within-gap'), or nothing
 * ('unproven': no solver, or no bound from it).
 */
export type OptimalityGuarantee = 'proven-optimal' | 'within-gap' | 'unproven';

/** The plan's certificate: its exact cost against a proven lower bound on every plan's cost. */
export type PlanCertificate = {
  readonly guarantee: OptimalityGuarantee;
  /** No plan in the decision space costs less (kept packages' prices included); null without a bound. */
  readonly lowerBound: Money | null;
  /** (cost − bound) / bound in percent, rounded up ("0.3", "0.05"); null when proven or without a bound. */
  readonly gapPercent: string | null;
  /** The solver: used (and how it ended), not needed (the quick search proved it), or unavailable. */
  readonly solver: 'optimal' | 'time-limit' | 'failed' | 'not-needed' | 'unavailable' | 'none';
  /** Seconds spent in the solver. */
  readonly solverSeconds: number;
};

export type StreamAdvice = {
  readonly streamId: string;
  readonly api: string;
  readonly region: string;
  readonly purchases: readonly AdvisedPurchase[];
  /** The stream's part of the total cost with the plan: its purchases and its pay-per-use. */
  readonly cost: Money;
  readonly failedCalls: number;
  readonly guarantee: OptimalityGuarantee;
  /** For 'total': a lower bound on the stream's part of the cost (its cost when proven); null without one. */
  readonly lowerBound: Money | null;
  readonly explanation: readonly Message[];
};

export type AdvisorResult = {
  readonly cancelled: false;
  readonly objective: AdvisorObjective;
  /** Every purchase of the plan, by date, then API, region and size (largest first). */
  readonly purchases: readonly AdvisedPurchase[];
  /** The scenario's total cost with the kept packages and the plan (simulate's totalCost). */
  readonly totalCost: Money;
  readonly failedCalls: number;
  readonly payPerUseOnlyCost: Money;
  readonly payPerUseOnlyFailedCalls: number;
  /** The scenario as given, its planned purchases included. */
  readonly currentPlanCost: Money;
  readonly currentPlanFailedCalls: number;
  readonly savingsAgainstPayPerUseOnly: Money;
  readonly savingsAgainstCurrentPlan: Money;
  /** For 'worst': the highest total over the variants, with the plan and with the current plan. */
  readonly worstCase: {
    readonly totalCost: Money;
    readonly failedCalls: number;
    readonly currentPlanCost: Money;
    readonly currentPlanFailedCalls: number;
  } | null;
  readonly streams: readonly StreamAdvice[];
  /** True when every stream's plan is proven optimal. */
  readonly provenOptimal: boolean;
  /** The cost the certificate is about (the worst case's for 'worst') against its lower bound. */
  readonly certificate: PlanCertificate;
  readonly explanation: readonly Message[];
};

export type AdvisorOutcome = AdvisorResult | { readonly cancelled: true };

/** The exhaustive search's default budget per stream: proves small cases, bounded time on large ones. */
const DEFAULT_EXACT_SEARCH_STEPS = 10_000;
/** The solver's default time over a whole run: generous, so realistic cases end proven. */
const DEFAULT_SOLVER_SECONDS = 30;
/**
 * The default soft limit and the gap that is good enough after it: a proof is worth a fifth of
 * a second, and then 0.09 % (stated "at most 0.1 %" once rounded) is close enough to stop.
 */
const DEFAULT_SOLVER_SOFT_SECONDS = 0.2;
const DEFAULT_GOOD_ENOUGH_GAP = 0.0009;
/** The least time a group's solve gets, however little of the run's budget is left. */
const LEAST_SOLVER_SECONDS = 0.05;
/**
 * The least time a group's solve must have for the quick plan to be handed over as its start, and
 * for the solver's plans to be improved by local searches while it runs (on a long horizon one
 * search can take longer than a short solve).
 */
const START_WORTH_SECONDS = 1;
/** The most of a solve that judging the solver's plans may take with local searches. */
const JUDGING_SHARE = 1 / 3;

/** A planned purchase: bought (`source: 'purchased'`) on or after the horizon's first day; the advice replaces these. */
export function isPlannedPurchase(scenario: Scenario, pkg: Package): boolean {
  return pkg.source === 'purchased' && pkg.createdOn >= monthFirstDay(scenario, 0);
}

/** The packages the advice keeps as they are: every package that is not a planned purchase. */
export function keptPackages(scenario: Scenario): Package[] {
  return scenario.packages.filter((pkg) => !isPlannedPurchase(scenario, pkg));
}

/** The label an advised package gets: the page words it in its language. */
export type PurchaseLabel = (purchase: AdvisedPurchase) => string;

/**
 * The plan as scenario packages, one per package bought, listed by purchase date: ids `advice-1`,
 * `advice-2`, … (skipping ids `taken`), each labelled by `label`.
 */
export function toAdvisedPackages(
  purchases: readonly AdvisedPurchase[],
  label: PurchaseLabel,
  taken: ReadonlySet<string> = new Set(),
): Package[] {
  const packages: Package[] = [];
  let next = 1;
  const nextId = () => {
    while (taken.has(`advice-${next}`)) next++;
    return `advice-${next++}`;
  };
  for (const purchase of sortPurchases(purchases))
    for (let copy = 0; copy < purchase.count; copy++)
      packages.push({
        id: nextId(),
        label: label(purchase),
        api: purchase.api,
        region: purchase.region,
        source: 'purchased',
        calls: purchase.calls,
        price: purchase.price,
        createdOn: purchase.createdOn,
        activatesOn: purchase.createdOn,
        validityMonths: purchase.validityMonths,
        usedCalls: 0,
        priority: 0,
      });
  return packages;
}

/** The scenario with its planned purchases replaced by the plan (the page's "apply"); the scenario is not changed. */
export function applyAdvice(
  scenario: Scenario,
  purchases: readonly AdvisedPurchase[],
  label: PurchaseLabel = () => '',
): Scenario {
  const kept = keptPackages(scenario);
  const taken = new Set(kept.map((pkg) => pkg.id));
  return { ...scenario, packages: [...kept, ...toAdvisedPackages(purchases, label, taken)] };
}

/**
 * The cheapest purchase plan for the scenario (see the comment at the top of advisor.ts for the
 * rules, the objective and the guarantee); `{ cancelled: true }` when `shouldCancel` says so.
 */
export function advise(input: AdvisorInput, options: AdvisorOptions = {}): AdvisorOutcome {
  const steps = adviseInSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      options.onProgress?.(1);
      return step.value;
    }
    options.onProgress?.(step.value);
    if (options.shouldCancel?.()) {
      // The steps are simply dropped: no partial plan pretends to be an answer.
      return { cancelled: true };
    }
  }
}

/**
 * The advisor in resumable steps, for a worker that wants to stay responsive: each `next()` does a
 * batch of evaluations and yields the share of work done; stopping the iteration cancels.
 */
export function* adviseInSteps(
  input: AdvisorInput,
  options: AdvisorOptions = {},
): Generator<number, AdvisorResult> {
  const { scenario, catalog } = input;
  const objective = options.objective ?? 'total';
  const variants = objective === 'worst' ? [scenario, ...(input.scenarios ?? [])] : [scenario];
  for (const variant of variants.slice(1)) checkVariant(scenario, variant);
  const budget = options.exactSearchSteps ?? DEFAULT_EXACT_SEARCH_STEPS;

  const kept = keptPackages(scenario);
  const offersByStream = scenario.streams.map((stream) => catalogOffers(catalog, stream.api));
  const searchStreams: SearchStream[] = scenario.streams.map((_, index) => ({
    models: variants.map((variant) =>
      buildStreamModel(variant, index, kept, catalog.validityMonths),
    ),
    offers: offersByStream[index] as PackageOffer[],
  }));
  const groups =
    objective === 'worst'
      ? [scenario.streams.map((_, index) => index)]
      : scenario.streams.map((_, index) => [index]);

  const counts: Int32Array[] = searchStreams.map(
    (stream) => new Int32Array(scenario.months * stream.offers.length),
  );
  const guarantees: OptimalityGuarantee[] = scenario.streams.map(() => 'unproven');
  // Per group: a lower bound on its money (kept prices excluded), null without one.
  const groupBounds: (Money | null)[] = groups.map(() => null);
  const solver = options.solver ?? null;
  const solverBudget = options.solverSeconds ?? DEFAULT_SOLVER_SECONDS;
  let solverSpent = 0;
  const solverEnds: PlanCertificate['solver'][] = [];
  let reported = 0;
  const report = (fraction: number) => {
    reported = Math.max(reported, Math.min(0.99, fraction));
    return reported;
  };
  yield report(0);

  // First the quick search on every group, then the solver on the groups it left unproven: the
  // solver's time is shared among those alone (on large.json, 7 groups of 50).
  const quickShare = solver ? 0.3 : 1;
  const quickPlans: ({ plan: GroupPlan; proven: boolean } | null)[] = [];
  for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
    const members = groups[groupIndex] as number[];
    const streams = members.map((index) => searchStreams[index] as SearchStream);
    const share = (within: number) => report((quickShare * (groupIndex + within)) / groups.length);
    // A stream without calls or without catalog sizes has one plan: buy nothing.
    if (streams.every((stream) => stream.offers.length === 0 || !hasCalls(stream))) {
      for (const index of members) guarantees[index] = 'proven-optimal';
      groupBounds[groupIndex] = groupScore(streams).cost;
      quickPlans.push(null);
      continue;
    }
    quickPlans.push(
      yield* planGroup(
        streams,
        members.map((index) => counts[index] as Int32Array),
        budget,
        share,
      ),
    );
  }
  const unprovenLeft = (from: number) =>
    quickPlans.slice(from).filter((quick) => quick !== null && !quick.proven).length;

  for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
    const quick = quickPlans[groupIndex];
    if (!quick) continue;
    const members = groups[groupIndex] as number[];
    const streams = members.map((index) => searchStreams[index] as SearchStream);
    const share = (within: number) =>
      report(quickShare + ((1 - quickShare) * (groupIndex + within)) / groups.length);
    let plan = quick.plan;
    let bound: Money | null = quick.proven ? plan.score.cost : null;
    let proven = quick.proven;
    if (!proven && solver) {
      const fixed = variants.map((_, variant) =>
        streams.reduce(
          (sum, stream) =>
            stream.offers.length > 0
              ? sum
              : addScores(sum, scoreOfEmptyPlan(stream.models[variant] as StreamModel)),
          { failedCalls: 0, cost: ZERO_MONEY } as Score,
        ),
      );
      const milp = formulatePlanMilp(streams, objective, fixed);
      const leastFailed = Math.max(...fixed.map((score) => score.failedCalls));
      if (
        milp?.floor &&
        plan.score.failedCalls === leastFailed &&
        compareMoney(milp.floor, plan.score.cost) >= 0
      ) {
        // The knapsack bound alone proves the quick plan: no solver needed.
        bound = plan.score.cost;
        proven = true;
        solverEnds.push('not-needed');
      } else if (milp) {
        const seconds = Math.max(
          LEAST_SOLVER_SECONDS,
          (solverBudget - solverSpent) / unprovenLeft(groupIndex),
        );
        // The bound speaks of the least failed calls (none where sizes exist: advisor-milp.ts);
        // only a plan with no more than that has a money gap to state, and a reason to stop early.
        const goodEnoughGap = options.goodEnoughGap ?? DEFAULT_GOOD_ENOUGH_GAP;
        const stopBounds = (best: GroupPlan): StopBounds | undefined =>
          best.score.failedCalls === leastFailed
            ? stopBoundsOf(best.score.cost, goodEnoughGap)
            : undefined;
        // Every better solution of the solver is judged at once, exactly, and improved by a local
        // search while those searches have taken under a third of the solve (they run inside the
        // solver's time): the solver can stop as soon as its bound reaches the best plan so far,
        // not its own, and the local search often reaches the optimum long before the solver does.
        let judged = plan;
        let judging = 0;
        const solveBegan = clock();
        const answer = solver({
          lp: milp.lp,
          timeLimitSeconds: seconds,
          presolve: objective === 'worst',
          // Completing a start takes a solve of its own: worth it only with time to prune by it.
          ...(seconds >= START_WORTH_SECONDS ? { start: milp.startOf(judged.counts) } : {}),
          ...optional('stopAt', stopBounds(judged)),
          softSeconds: options.solverSoftSeconds ?? DEFAULT_SOLVER_SOFT_SECONDS,
          onSolution: (value) => {
            const decoded = milp.decode(value);
            const began = clock();
            const improved =
              seconds >= START_WORTH_SECONDS && judging < JUDGING_SHARE * (began - solveBegan)
                ? drain(improveLocally(streams, decoded, { addSeveral: true }))
                : scorePlan(streams, decoded);
            judging += clock() - began;
            if (compareScores(improved.score, judged.score) >= 0) return undefined;
            judged = improved;
            return stopBounds(judged);
          },
          onProgress: (within) => options.onProgress?.(share(0.9 * within)),
        });
        solverSpent += answer.seconds;
        solverEnds.push(answer.status === 'infeasible' ? 'failed' : answer.status);
        if (answer.values) {
          const values = answer.values;
          const decoded = milp.decode((name) => values.get(name) ?? 0);
          const improved = yield* runLocal(streams, decoded, () => share(0.95));
          if (compareScores(improved.score, judged.score) < 0) judged = improved;
        }
        plan = judged;
        if (plan.score.failedCalls === leastFailed) {
          if (answer.bound !== null && answer.status !== 'failed') {
            const certificate = certify(plan.score.cost, answer.bound, milp.places, objective);
            // Stopped before its root was solved, the solver's bound can be weaker than ours.
            bound = certificate.proven
              ? certificate.bound
              : strongerBound(certificate.bound, strongerBound(quickBound(streams), milp.floor));
            proven = certificate.proven;
          } else bound = strongerBound(quickBound(streams), milp.floor);
        }
      }
    } else if (proven) solverEnds.push('not-needed');
    members.forEach((index, position) => {
      counts[index] = plan.counts[position] as Int32Array;
      guarantees[index] = proven ? 'proven-optimal' : bound !== null ? 'within-gap' : 'unproven';
    });
    groupBounds[groupIndex] = bound;
    yield share(1);
  }

  const solverEnd: PlanCertificate['solver'] = options.solverUnavailable
    ? 'unavailable'
    : solverEnds.includes('failed')
      ? 'failed'
      : solverEnds.includes('time-limit')
        ? 'time-limit'
        : solverEnds.includes('optimal')
          ? 'optimal'
          : solverEnds.length > 0
            ? 'not-needed'
            : solver
              ? 'not-needed'
              : 'none';
  return describeResult(
    input,
    objective,
    variants,
    kept,
    searchStreams,
    counts,
    guarantees,
    groups,
    groupBounds,
    { solver: solverEnd, seconds: solverSpent },
  );
}

/**
 * The solver bounds at which a plan of money `cost` is proven (certify's test, solved for the
 * bound), or within `gap` of the cheapest plan.
 */
function stopBoundsOf(cost: Money, gap: number): StopBounds {
  const money = Number(moneyToString(cost));
  // Half the allowance below the money: certify then proves it (its allowance is about the
  // same at the bound); stopping early is never wrong, certify has the last word.
  const proven = money - boundNoise(money) * 0.5;
  return { proven, goodEnough: Math.min(proven, money / (1 + gap)) };
}

/** Runs a step-wise search to its end at once (inside a solver callback, which cannot yield). */
function drain<Result>(steps: Generator<unknown, Result>): Result {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Milliseconds from some fixed moment (the engine runs where `performance` exists, or falls back). */
function clock(): number {
  return (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();
}

/** `{ [key]: value }` when there is a value, `{}` otherwise (the options are exact-optional). */
function optional<Key extends string, Value>(
  key: Key,
  value: Value | undefined,
): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}

/**
 * A lower bound on a group's money when the solver gave none (out of time before its first
 * bound): a stream without sizes costs what it costs; every other call that no kept package can
 * take costs at least the cheapest rate a call can be served at (the cheapest tier price, or a
 * size's price per call), rounded down. The worst case over the cases.
 */
function quickBound(streams: readonly SearchStream[]): Money {
  const variants = streams[0]?.models.length ?? 1;
  let worst: Money | null = null;
  for (let variant = 0; variant < variants; variant++) {
    let total = ZERO_MONEY;
    for (const stream of streams) {
      const model = stream.models[variant] as StreamModel;
      if (stream.offers.length === 0) {
        total = addMoney(total, scoreOfEmptyPlan(model).cost);
        continue;
      }
      const held = model.keptOpening.reduce((sum, balance) => sum + balance, 0);
      const calls = Math.max(0, (model.callsFrom[0] as number) - held);
      // The cheapest rate as price / calls: a tier's price per 1 call, or a size's.
      let rate: { price: Money; calls: number } | null = model.pricing
        ? { price: model.pricing.cheapest, calls: 1 }
        : null;
      for (const offer of stream.offers)
        if (
          rate === null ||
          compareMoney(
            multiplyMoney(offer.price, rate.calls),
            multiplyMoney(rate.price, offer.calls),
          ) < 0
        )
          rate = { price: offer.price, calls: offer.calls };
      if (rate !== null)
        total = addMoney(total, (multiplyMoney(rate.price, calls) / BigInt(rate.calls)) as Money);
    }
    if (worst === null || compareMoney(total, worst) > 0) worst = total;
  }
  return worst ?? ZERO_MONEY;
}

/** The higher of two lower bounds (either may be missing). */
function strongerBound(bound: Money, other: Money | null): Money {
  return other !== null && compareMoney(other, bound) > 0 ? other : bound;
}

/** A stream's score when it buys nothing (its failed calls and pay-per-use). */
function scoreOfEmptyPlan(model: StreamModel): Score {
  return evaluatePools(model, new Float64Array(model.months), createState(model));
}

/** The group's score for a plan that buys nothing in the streams given `null` (the worst case over variants). */
function groupScore(streams: readonly SearchStream[]): Score {
  const variants = streams[0]?.models.length ?? 1;
  let worst: Score | null = null;
  for (let variant = 0; variant < variants; variant++) {
    const total = streams.reduce(
      (sum, stream) => addScores(sum, scoreOfEmptyPlan(stream.models[variant] as StreamModel)),
      { failedCalls: 0, cost: ZERO_MONEY } as Score,
    );
    if (worst === null || compareScores(total, worst) > 0) worst = total;
  }
  return worst as Score;
}

/** A local search from `start` with bulk additions, yielding through `tick` after every move. */
function* runLocal(
  streams: readonly SearchStream[],
  start: readonly Int32Array[],
  tick: () => number,
): Generator<number, GroupPlan> {
  const local = improveLocally(streams, start, { addSeveral: true });
  let step = local.next();
  while (!step.done) {
    yield tick();
    step = local.next();
  }
  return step.value;
}

/**
 * Plans one group of streams: two local searches from `start` (one step at a time, and with bulk
 * additions: each finds plans the other misses), then the exhaustive search seeded with the
 * better; if that stops unfinished with a better plan, a last local search makes it a local
 * optimum again. Yields progress through `share` (0 to 1 within the group).
 */
function* planGroup(
  streams: readonly SearchStream[],
  start: readonly Int32Array[],
  budget: number,
  share: (within: number) => number,
): Generator<number, { plan: GroupPlan; proven: boolean }> {
  let plan: GroupPlan | null = null;
  for (const [index, addSeveral] of [false, true].entries()) {
    const local = improveLocally(streams, start, { addSeveral });
    let moves = 0;
    let step = local.next();
    while (!step.done) {
      yield share(0.2 * index + 0.2 * (1 - 0.85 ** ++moves));
      step = local.next();
    }
    if (plan === null || compareScores(step.value.score, plan.score) < 0) plan = step.value;
  }
  const seed = plan as GroupPlan;
  const exhaustive = searchExhaustively(streams, seed, budget);
  let exact = exhaustive.next();
  while (!exact.done) {
    yield share(0.4 + 0.55 * exact.value);
    exact = exhaustive.next();
  }
  const outcome = exact.value;
  if (outcome.complete) return { plan: outcome, proven: true };
  if (compareScores(outcome.score, seed.score) >= 0) return { plan: seed, proven: false };
  const again = improveLocally(streams, outcome.counts, { addSeveral: true });
  let step = again.next();
  while (!step.done) {
    yield share(0.95);
    step = again.next();
  }
  return { plan: step.value, proven: false };
}

function hasCalls(stream: SearchStream): boolean {
  return stream.models.some((model) => (model.callsFrom[0] as number) > 0);
}

/** The variant rule of AdvisorInput.scenarios: only monthly calls may differ. */
function checkVariant(scenario: Scenario, variant: Scenario): void {
  const withoutCalls = (value: Scenario) => {
    const document = serializeScenario(value);
    return JSON.stringify({
      ...document,
      name: '',
      streams: value.streams.map((stream) => ({ ...stream, monthlyCalls: [] })),
    });
  };
  if (withoutCalls(scenario) !== withoutCalls(variant))
    throw new Error(
      'advisor: a variant scenario must differ from the scenario only in its monthly calls',
    );
}

function purchasesOf(
  scenario: Scenario,
  streamIndex: number,
  offers: readonly PackageOffer[],
  counts: Int32Array,
): AdvisedPurchase[] {
  const stream = scenario.streams[streamIndex] as Scenario['streams'][number];
  const purchases: AdvisedPurchase[] = [];
  for (let month = 0; month < scenario.months; month++)
    for (let size = offers.length - 1; size >= 0; size--) {
      const count = counts[month * offers.length + size] as number;
      if (count === 0) continue;
      const offer = offers[size] as PackageOffer;
      purchases.push({
        api: stream.api,
        region: stream.region,
        calls: offer.calls,
        price: offer.price,
        validityMonths: offer.validityMonths,
        createdOn: monthFirstDay(scenario, month),
        count,
      });
    }
  return purchases;
}

function sortPurchases(purchases: readonly AdvisedPurchase[]): AdvisedPurchase[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...purchases].sort(
    (a, b) =>
      text(a.createdOn, b.createdOn) ||
      text(a.api, b.api) ||
      text(a.region, b.region) ||
      b.calls - a.calls,
  );
}

function describeResult(
  input: AdvisorInput,
  objective: AdvisorObjective,
  variants: readonly Scenario[],
  kept: readonly Package[],
  searchStreams: readonly SearchStream[],
  counts: readonly Int32Array[],
  guarantees: readonly OptimalityGuarantee[],
  groups: readonly (readonly number[])[],
  groupBounds: readonly (Money | null)[],
  solverRun: { readonly solver: PlanCertificate['solver']; readonly seconds: number },
): AdvisorResult {
  const { scenario, catalog } = input;
  const firstDay = monthFirstDay(scenario, 0);
  const dayAfter = monthFirstDay(scenario, scenario.months);
  const keptPrices = kept
    .filter((pkg) => pkg.createdOn >= firstDay && pkg.createdOn < dayAfter)
    .reduce((sum, pkg) => addMoney(sum, pkg.price), ZERO_MONEY);

  let expected: Score = { failedCalls: 0, cost: keptPrices };
  const streams = scenario.streams.map((stream, index): StreamAdvice => {
    const search = searchStreams[index] as SearchStream;
    const plan = counts[index] as Int32Array;
    const model = search.models[0] as (typeof search.models)[number];
    const poolQuota = new Float64Array(scenario.months);
    let price = ZERO_MONEY;
    search.offers.forEach((offer, size) => {
      for (let month = 0; month < scenario.months; month++) {
        const count = plan[month * search.offers.length + size] as number;
        poolQuota[month] = (poolQuota[month] as number) + count * offer.calls;
        price = addMoney(price, multiplyMoney(offer.price, count));
      }
    });
    const payPerUse = evaluatePools(model, poolQuota, createState(model));
    const score = { failedCalls: payPerUse.failedCalls, cost: addMoney(payPerUse.cost, price) };
    expected = addScores(expected, score);
    const purchases = purchasesOf(scenario, index, search.offers, plan);
    const guarantee = guarantees[index] as OptimalityGuarantee;
    const lowerBound =
      objective === 'total'
        ? (groupBounds[groups.findIndex((g) => g.includes(index))] ?? null)
        : null;
    return {
      streamId: stream.id,
      api: stream.api,
      region: stream.region,
      purchases,
      cost: score.cost,
      failedCalls: score.failedCalls,
      guarantee,
      lowerBound,
      explanation: explainStream(
        stream,
        scenario.currency,
        search,
        purchases,
        score,
        guarantee,
        lowerBound === null ? null : gapPercent(score.cost, lowerBound),
      ),
    };
  });

  const purchases = sortPurchases(streams.flatMap((stream) => stream.purchases));
  const totalsOf = (variant: Scenario) => simulateDetailed(variant).totals;
  const advised = variants.map((variant) => totalsOf(applyAdvice(variant, purchases)));
  const current = variants.map(totalsOf);
  const main = advised[0] as (typeof advised)[number];
  // The search optimised its own exact evaluation; `simulate` is the source of truth and must agree.
  if (compareScores({ failedCalls: main.failedCalls, cost: main.totalCost }, expected) !== 0)
    throw new Error(
      `advisor: the plan evaluates to ${expected.cost} but simulates to ${main.totalCost}`,
    );
  const currentMain = current[0] as (typeof current)[number];
  const worst = (list: readonly (typeof main)[]) =>
    list.reduce((high, totals) =>
      compareScores(
        { failedCalls: totals.failedCalls, cost: totals.totalCost },
        { failedCalls: high.failedCalls, cost: high.totalCost },
      ) > 0
        ? totals
        : high,
    );
  const provenOptimal = guarantees.every((guarantee) => guarantee === 'proven-optimal');
  // The certificate: the cost it speaks of (the worst case's for 'worst') and the sum of the
  // groups' bounds plus the kept packages' prices, counted on both sides alike.
  const certifiedCost = objective === 'worst' ? worst(advised).totalCost : main.totalCost;
  const lowerBound = groupBounds.every((bound) => bound !== null)
    ? groupBounds.reduce((sum: Money, bound) => addMoney(sum, bound as Money), keptPrices)
    : null;
  const certificate: PlanCertificate = {
    guarantee: provenOptimal ? 'proven-optimal' : lowerBound === null ? 'unproven' : 'within-gap',
    lowerBound: provenOptimal ? certifiedCost : lowerBound,
    gapPercent: provenOptimal || lowerBound === null ? null : gapPercent(certifiedCost, lowerBound),
    solver: solverRun.solver,
    solverSeconds: solverRun.seconds,
  };
  const unsubscribed = scenario.streams.filter((stream) => !stream.subscribed).length;
  const planned = scenario.packages.length - kept.length;
  const explanation: Message[] = [
    objective === 'worst'
      ? message('advice.objectiveWorst', [], { cases: variants.length })
      : message('advice.objectiveTotal', [], {}),
    ...(unsubscribed > 0 ? [message('advice.unsubscribedRule', [], {})] : []),
    message('advice.purchaseRule', [], { validityMonths: catalog.validityMonths }),
    message('advice.kept', [], { kept: kept.length, planned }),
    objective === 'worst'
      ? message('advice.groupedWorst', [], {})
      : message('advice.groupedByStream', [], {}),
    certificateLine(certificate, scenario.currency),
    message('advice.total', [], {
      total: main.totalCost,
      againstCurrent: subtractMoney(currentMain.totalCost, main.totalCost),
      againstPayPerUse: subtractMoney(main.payPerUseOnlyCost, main.totalCost),
      currency: scenario.currency,
    }),
  ];

  return {
    cancelled: false,
    objective,
    purchases,
    totalCost: main.totalCost,
    failedCalls: main.failedCalls,
    payPerUseOnlyCost: main.payPerUseOnlyCost,
    payPerUseOnlyFailedCalls: scenario.streams
      .filter((stream) => !stream.subscribed)
      .reduce((sum, stream) => sum + stream.monthlyCalls.reduce((a, b) => a + b, 0), 0),
    currentPlanCost: currentMain.totalCost,
    currentPlanFailedCalls: currentMain.failedCalls,
    savingsAgainstPayPerUseOnly: subtractMoney(main.payPerUseOnlyCost, main.totalCost),
    savingsAgainstCurrentPlan: subtractMoney(currentMain.totalCost, main.totalCost),
    worstCase:
      objective === 'worst'
        ? {
            totalCost: worst(advised).totalCost,
            failedCalls: worst(advised).failedCalls,
            currentPlanCost: worst(current).totalCost,
            currentPlanFailedCalls: worst(current).failedCalls,
          }
        : null,
    streams,
    provenOptimal,
    certificate,
    explanation,
  };
}

/** The certificate in one line of the explanation. */
function certificateLine(certificate: PlanCertificate, currency: string): Message {
  if (certificate.guarantee === 'proven-optimal') return message('advice.proven', [], {});
  if (certificate.lowerBound !== null)
    return certificate.gapPercent === null
      ? message('advice.boundOnly', [], { bound: certificate.lowerBound, currency })
      : message('advice.withinGap', [], {
          percent: certificate.gapPercent,
          bound: certificate.lowerBound,
          currency,
        });
  return certificate.solver === 'unavailable'
    ? message('advice.solverUnavailable', [], {})
    : message('advice.solverFailed', [], {});
}

/**
 * How far above `bound` a cost is, in percent, rounded UP so the claim "at most … above" holds:
 * to a tenth of a percent from 0.1 % on, to a hundredth below ("0.3", "0.05"); "0" when equal;
 * null when the bound is not above zero and the cost is (no finite ratio).
 */
export function gapPercent(cost: Money, bound: Money): string | null {
  const over = subtractMoney(cost, bound);
  if (compareMoney(over, ZERO_MONEY) <= 0) return '0';
  if (compareMoney(bound, ZERO_MONEY) <= 0) return null;
  // In hundredths of a percent: ⌈over × 10,000 / bound⌉.
  const hundredths = (over * 10_000n + bound - 1n) / bound;
  if (hundredths < 10n) return `0.0${hundredths}`;
  const tenths = (hundredths + 9n) / 10n;
  return `${tenths / 10n}.${tenths % 10n}`.replace(/\.0$/, '');
}

function explainStream(
  stream: Scenario['streams'][number],
  currency: string,
  search: SearchStream,
  purchases: readonly AdvisedPurchase[],
  score: Score,
  guarantee: OptimalityGuarantee,
  gap: string | null,
): Message[] {
  const place = { api: stream.api, region: stream.region };
  const lines: Message[] = [];
  if (search.offers.length === 0) lines.push(message('advice.streamNoOffers', [], place));
  else if (purchases.length === 0)
    lines.push(
      hasCalls(search)
        ? message('advice.streamBuysNothing', [], place)
        : message('advice.streamNoCalls', [], place),
    );
  else
    lines.push(
      message('advice.streamBuys', [], {
        ...place,
        purchases: purchases.map(({ count, calls, createdOn }) => ({ count, calls, createdOn })),
        cost: score.cost,
        currency,
      }),
    );
  if (!stream.subscribed)
    lines.push(message('advice.streamUnsubscribed', [], { failedCalls: score.failedCalls }));
  if (guarantee === 'proven-optimal') lines.push(message('advice.streamProven', [], {}));
  else if (guarantee === 'within-gap' && gap !== null)
    lines.push(message('advice.streamWithinGap', [], { percent: gap }));
  else lines.push(message('advice.streamNotProven', [], {}));
  return lines;
}
