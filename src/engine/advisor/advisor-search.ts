import {
  addMoney,
  compareMoney,
  type Money,
  multiplyMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import {
  addScores,
  compareScores,
  copyState,
  createState,
  evaluatePools,
  payPerUseCost,
  resetState,
  runMonth,
  type Score,
  type StreamModel,
  type StreamState,
  uncoveredCallsFrom,
  ZERO_SCORE,
} from './advisor-model';
import type { PackageOffer } from './break-even';

/*
 * The purchase advisor's search over plans for a group of streams (one stream for the default
 * objective; every stream together for the worst case over variants, whose maximum does not
 * split stream by stream). A plan says, for each stream, how many packages of each catalog size
 * to buy on the first day of each month: `counts[month × sizes + size]`.
 *
 * A group's score is the worst, over the variant scenarios, of the group's total (failed calls,
 * then money: see compareScores). With a single variant it is simply the total.
 *
 * Two searches, used together by advisor.ts:
 * - improveLocally: best-improvement local search. Basic moves: add one package of any size on
 *   any month's first day; remove one; change one's size; move one by a month either way (and,
 *   optionally, adding several of a size at once). It stops when no move makes the score
 *   strictly better: the plan is then a "1-move local optimum", nothing more is promised.
 * - searchExhaustively: branch and bound over every plan that could be the cheapest (see its
 *   comment for the argument that this set contains an optimum), within a step budget. When it
 *   finishes inside the budget, the best plan it returns is proven optimal.
 */

export type SearchStream = {
  /** One model per variant scenario; index 0 is the scenario the user gave. */
  readonly models: readonly StreamModel[];
  /** The catalog sizes for the stream's API, smallest first. */
  readonly offers: readonly PackageOffer[];
};

export type GroupPlan = {
  /** Per stream of the group: `counts[month × offers.length + size]`. */
  readonly counts: readonly Int32Array[];
  readonly score: Score;
};

/** The group's score: the worst variant of the summed stream scores. */
function worstOf(totals: readonly Score[]): Score {
  let worst = totals[0] ?? ZERO_SCORE;
  for (const total of totals) if (compareScores(total, worst) > 0) worst = total;
  return worst;
}

function priceOf(offers: readonly PackageOffer[], countBySize: Int32Array): Money {
  let price = ZERO_MONEY;
  for (let size = 0; size < offers.length; size++) {
    const count = countBySize[size] as number;
    if (count !== 0)
      price = addMoney(price, multiplyMoney((offers[size] as PackageOffer).price, count));
  }
  return price;
}

/** A stream's plan with what its evaluation needs kept up to date. */
class StreamPlanState {
  readonly counts: Int32Array;
  readonly quota: Float64Array;
  readonly countBySize: Int32Array;
  /** Per variant: the state at the start of each month under the committed plan, and the committed score. */
  readonly snapshots: StreamState[][];
  readonly scratch: StreamState[];
  /** The most calls any variant has in the window of a purchase in each month. */
  readonly windowCalls: Float64Array;
  scores: Score[];

  constructor(
    readonly stream: SearchStream,
    counts: Int32Array,
  ) {
    const { months } = stream.models[0] as StreamModel;
    const sizes = stream.offers.length;
    this.counts = Int32Array.from(counts);
    this.quota = new Float64Array(months);
    this.countBySize = new Int32Array(sizes);
    for (let m = 0; m < months; m++)
      for (let size = 0; size < sizes; size++) {
        const count = this.counts[m * sizes + size] as number;
        this.quota[m] =
          (this.quota[m] as number) + count * (stream.offers[size] as PackageOffer).calls;
        this.countBySize[size] = (this.countBySize[size] as number) + count;
      }
    this.snapshots = stream.models.map((model) =>
      Array.from({ length: months }, () => createState(model)),
    );
    this.scratch = stream.models.map((model) => createState(model));
    this.windowCalls = Float64Array.from({ length: months }, (_, m) =>
      Math.max(...stream.models.map((model) => model.windowCalls[m] as number)),
    );
    this.scores = [];
    this.commit();
  }

  change(month: number, size: number, by: number): void {
    const sizes = this.stream.offers.length;
    const index = month * sizes + size;
    this.counts[index] = (this.counts[index] as number) + by;
    this.countBySize[size] = (this.countBySize[size] as number) + by;
    this.quota[month] =
      (this.quota[month] as number) + by * (this.stream.offers[size] as PackageOffer).calls;
  }

  /** Scores of the current (possibly uncommitted) plan, re-running only from `fromMonth`. */
  evaluate(fromMonth: number): Score[] {
    const price = priceOf(this.stream.offers, this.countBySize);
    return this.stream.models.map((model, variant) => {
      const state = this.scratch[variant] as StreamState;
      copyState((this.snapshots[variant] as StreamState[])[fromMonth] as StreamState, state);
      for (let m = fromMonth; m < model.months; m++) {
        state.poolBalance[m] = this.quota[m] as number;
        runMonth(model, state, m);
      }
      return {
        failedCalls: state.failedCalls,
        cost: addMoney(payPerUseCost(model, state), price),
      };
    });
  }

  /** Makes the current plan the committed one: fresh snapshots and scores. */
  commit(): void {
    const price = priceOf(this.stream.offers, this.countBySize);
    this.scores = this.stream.models.map((model, variant) => {
      const snapshots = this.snapshots[variant] as StreamState[];
      const state = this.scratch[variant] as StreamState;
      resetState(model, state);
      for (let m = 0; m < model.months; m++) {
        copyState(state, snapshots[m] as StreamState);
        state.poolBalance[m] = this.quota[m] as number;
        runMonth(model, state, m);
      }
      return {
        failedCalls: state.failedCalls,
        cost: addMoney(payPerUseCost(model, state), price),
      };
    });
  }
}

type Change = { readonly month: number; readonly size: number; readonly by: number };

/** How many of the best single additions of a round are also tried in bulk. */
const BULK_CANDIDATES = 16;

/**
 * The basic moves on a stream's plan, as one or two count changes: add one package of any size
 * on any month's first day, remove one, change one's size, move one by a month either way.
 */
/** A plan's exact score for the group (the worst variant of its summed stream scores). */
export function scorePlan(
  streams: readonly SearchStream[],
  counts: readonly Int32Array[],
): GroupPlan {
  const plans = streams.map(
    (stream, index) => new StreamPlanState(stream, counts[index] as Int32Array),
  );
  const variants = (streams[0]?.models.length ?? 1) as number;
  const totals = Array.from({ length: variants }, (_, variant) =>
    plans.reduce(
      (sum, plan) => ({
        failedCalls: sum.failedCalls + (plan.scores[variant] as Score).failedCalls,
        cost: addMoney(sum.cost, (plan.scores[variant] as Score).cost),
      }),
      ZERO_SCORE,
    ),
  );
  return { counts: plans.map((plan) => Int32Array.from(plan.counts)), score: worstOf(totals) };
}

function* basicMovesOf(plan: StreamPlanState): Generator<readonly Change[]> {
  const sizes = plan.stream.offers.length;
  const months = plan.quota.length;
  for (let month = 0; month < months; month++)
    for (let size = sizes - 1; size >= 0; size--) yield [{ month, size, by: 1 }];
  for (let month = 0; month < months; month++)
    for (let size = 0; size < sizes; size++) {
      if ((plan.counts[month * sizes + size] as number) === 0) continue;
      const remove: Change = { month, size, by: -1 };
      yield [remove];
      for (let other = 0; other < sizes; other++)
        if (other !== size) yield [remove, { month, size: other, by: 1 }];
      if (month > 0) yield [remove, { month: month - 1, size, by: 1 }];
      if (month + 1 < months) yield [remove, { month: month + 1, size, by: 1 }];
    }
}

/**
 * Best-improvement local search from `start`. Each round looks at every basic move of every
 * stream (see basicMovesOf) and, with `addSeveral`, for the few single additions that help most,
 * also at adding several of that size that month at once (the count found by doubling, then
 * halving the gap: eight packages of 10k can beat one of 100k although no single step leads from one to the
 * other; but big early jumps can also lead astray, so the advisor runs both kinds). It makes the
 * best move found and stops when none improves the group's score, so the result is a 1-move
 * local optimum: no basic move improves it. Yields after every move made.
 */
export function* improveLocally(
  streams: readonly SearchStream[],
  start: readonly Int32Array[],
  { addSeveral }: { readonly addSeveral: boolean },
): Generator<void, GroupPlan> {
  const plans = streams.map(
    (stream, index) => new StreamPlanState(stream, start[index] as Int32Array),
  );
  const variants = (streams[0]?.models.length ?? 1) as number;
  const totals = (): Score[] =>
    Array.from({ length: variants }, (_, variant) =>
      plans.reduce(
        (sum, plan) => ({
          failedCalls: sum.failedCalls + (plan.scores[variant] as Score).failedCalls,
          cost: addMoney(sum.cost, (plan.scores[variant] as Score).cost),
        }),
        ZERO_SCORE,
      ),
    );
  let current = totals();
  let currentScore = worstOf(current);

  /** The group's score if `changes` were made to `plan` (they are undone before returning). */
  const scoreWith = (plan: StreamPlanState, changes: readonly Change[]): Score => {
    let fromMonth = plan.quota.length;
    for (const change of changes) {
      plan.change(change.month, change.size, change.by);
      fromMonth = Math.min(fromMonth, change.month);
    }
    const scores = plan.evaluate(fromMonth);
    for (const change of changes) plan.change(change.month, change.size, -change.by);
    return worstOf(
      current.map((total, variant) => {
        const before = plan.scores[variant] as Score;
        const after = scores[variant] as Score;
        return {
          failedCalls: total.failedCalls - before.failedCalls + after.failedCalls,
          cost: addMoney(subtractMoney(total.cost, before.cost), after.cost),
        };
      }),
    );
  };

  for (;;) {
    let bestScore = currentScore;
    let bestMove: { plan: StreamPlanState; changes: readonly Change[] } | null = null;
    const consider = (plan: StreamPlanState, changes: readonly Change[], score: Score) => {
      if (compareScores(score, bestScore) < 0) {
        bestScore = score;
        bestMove = { plan, changes };
      }
    };
    // Single additions that help, best first: the most promising are tried in bulk below.
    const helpfulAdditions: { plan: StreamPlanState; change: Change; score: Score }[] = [];
    for (const plan of plans) {
      for (const changes of basicMovesOf(plan)) {
        const score = scoreWith(plan, changes);
        consider(plan, changes, score);
        const [only] = changes;
        if (
          addSeveral &&
          only !== undefined &&
          changes.length === 1 &&
          only.by === 1 &&
          compareScores(score, currentScore) < 0
        )
          helpfulAdditions.push({ plan, change: only, score });
      }
    }
    helpfulAdditions.sort((a, b) => compareScores(a.score, b.score));
    for (const { plan, change, score } of helpfulAdditions.slice(0, BULK_CANDIDATES)) {
      // How many of this size help most? Past `useful`, the last package would hold more than
      // the calls of its window and could only be wasted.
      const { month, size } = change;
      const calls = (plan.stream.offers[size] as PackageOffer).calls;
      const useful = Math.floor((plan.windowCalls[month] as number) / calls) + 1;
      let count = 1;
      let countScore = score;
      let beyond = 2;
      while (beyond <= useful) {
        const next = scoreWith(plan, [{ month, size, by: beyond }]);
        if (compareScores(next, countScore) >= 0) break;
        count = beyond;
        countScore = next;
        beyond *= 2;
      }
      beyond = Math.min(beyond, useful + 1);
      while (beyond - count > 1) {
        const middle = count + Math.floor((beyond - count) / 2);
        const next = scoreWith(plan, [{ month, size, by: middle }]);
        if (compareScores(next, countScore) < 0) {
          count = middle;
          countScore = next;
        } else beyond = middle;
      }
      if (count > 1) consider(plan, [{ month, size, by: count }], countScore);
    }
    const move = bestMove as { plan: StreamPlanState; changes: readonly Change[] } | null;
    if (move === null) break;
    for (const change of move.changes) move.plan.change(change.month, change.size, change.by);
    move.plan.commit();
    current = totals();
    currentScore = worstOf(current);
    yield;
  }
  return { counts: plans.map((plan) => Int32Array.from(plan.counts)), score: currentScore };
}

export type ExhaustiveOutcome = GroupPlan & {
  /** True when every plan that could be the cheapest was looked at: the plan is proven optimal. */
  readonly complete: boolean;
  /** Steps taken (at most the budget, plus one when it ran out). */
  readonly steps: number;
};

/** Steps between two yields of the exhaustive search (each yield is a chance to cancel). */
const STEPS_PER_YIELD = 4096;
const NO_MORE = -1;

/**
 * Branch and bound over every plan that could be optimal, starting from the `incumbent`; stops
 * after `stepBudget` steps (a step is one count tried for one size in one month). Yields its
 * progress (steps used / budget) now and then.
 *
 * Which plans it looks at. Take an optimal plan with the fewest packages. (1) Each of its
 * packages covers at least one call inside the horizon, in some variant: a package that covers
 * none in any variant can be removed without changing who pays for any call, which saves its
 * price (≥ 0) and makes the plan smaller. (2) The packages bought in one month have the same
 * window and pay one after another (see advisor-model.ts), so they act as one pool, and the order
 * inside a pool changes no cost: if the pool ends its window (or the horizon) holding at least as
 * many calls as its smallest package in every variant, list that package last and it covered
 * nothing, contradicting (1). So some variant has `leftover < smallest` (checked when the window
 * closes); in that variant the pool covered at least `Σ quota − smallest + 1` calls of its window,
 * so `Σ quota − smallest + 1 ≤ the most calls any variant has in the window` (checked while
 * choosing counts: adding a package only raises the left side). Both rules only drop plans that
 * such a plan is not, so an optimal plan survives them; and they make the set finite.
 *
 * Pruning: a branch is dropped when a lower bound on every completion is no better than the
 * best plan found. Months already run cost what they cost (a purchase never changes an earlier
 * month); the calls still to come that no balance already held can cover cost at least the
 * cheapest rate a call can be served at: the cheapest tier price, or the lowest price per call of
 * a size (a fraction, compared exactly). Where pay-per-use is not subscribed, those calls either
 * fail (a worse score whatever the money) or need packages. Streams of the group not yet
 * decided count for nothing in the bound (weaker, still a lower bound).
 * Counts are tried in rising order, and both the window rule and the money bound only get worse
 * as a count rises, so the first count that fails ends that size's choices.
 *
 * The search is a depth-first walk over decision positions (stream, month, size from the
 * largest) kept on explicit stacks rather than by recursion, so it can yield anywhere.
 */
export function* searchExhaustively(
  streams: readonly SearchStream[],
  incumbent: GroupPlan,
  stepBudget: number,
): Generator<number, ExhaustiveOutcome> {
  const variants = streams[0]?.models.length ?? 1;
  let best: GroupPlan = incumbent;
  const counts = streams.map((stream, index) =>
    stream.offers.length === 0
      ? Int32Array.from(incumbent.counts[index] as Int32Array)
      : new Int32Array((stream.models[0] as StreamModel).months * stream.offers.length),
  );

  // Streams without sizes have one plan, buy nothing: their score is fixed. The others are
  // searched, in order; `decidedBefore[i][v]` is the score of everything decided before the
  // i-th searched stream, in variant v.
  const searched = streams
    .map((_, index) => index)
    .filter((index) => (streams[index] as SearchStream).offers.length > 0);
  const fixed: Score[] = Array.from({ length: variants }, (_, variant) =>
    streams.reduce((sum, stream) => {
      if (stream.offers.length > 0) return sum;
      const model = stream.models[variant] as StreamModel;
      return addScores(
        sum,
        evaluatePools(model, new Float64Array(model.months), createState(model)),
      );
    }, ZERO_SCORE),
  );
  const decidedBefore: Score[][] = searched.map(() => [...fixed]);
  decidedBefore.push([...fixed]);
  // Per searched stream and variant, the cheapest rate a call can be served at.
  const rates = searched.map((index) => {
    const stream = streams[index] as SearchStream;
    return stream.models.map((model) => cheapestRate(stream, model));
  });

  type StreamSearch = {
    readonly index: number;
    readonly stream: SearchStream;
    readonly months: number;
    readonly sizes: number;
    readonly plan: Int32Array;
    /** Per variant, the state at the start of each month of the branch being explored. */
    readonly monthStates: StreamState[][];
    /** Per month, then variant: the score at the start of the month (decided streams plus this one's pay-per-use). */
    readonly monthBaseAt: Score[][];
    readonly window: Float64Array;
    readonly smallestBought: Float64Array;
    readonly poolsDoneIn: readonly (readonly number[])[];
  };
  const searches: StreamSearch[] = searched.map((index) => {
    const stream = streams[index] as SearchStream;
    const model = stream.models[0] as StreamModel;
    const months = model.months;
    return {
      index,
      stream,
      months,
      sizes: stream.offers.length,
      plan: counts[index] as Int32Array,
      monthStates: stream.models.map((variantModel) =>
        Array.from({ length: months + 1 }, () => createState(variantModel)),
      ),
      monthBaseAt: Array.from({ length: months + 1 }, () => stream.models.map(() => ZERO_SCORE)),
      window: Float64Array.from({ length: months }, (_, m) =>
        Math.max(...stream.models.map((variantModel) => variantModel.windowCalls[m] as number)),
      ),
      smallestBought: new Float64Array(months),
      poolsDoneIn: Array.from({ length: months }, (_, month) =>
        Array.from({ length: months }, (_, pool) => pool).filter(
          (pool) => (model.poolDoneMonth[pool] as number) === month,
        ),
      ),
    };
  });

  // One decision position per (searched stream, month, size), sizes from the largest.
  const positions = searches.flatMap((search, order) =>
    Array.from({ length: search.months * search.sizes }, (_, at) => ({
      order,
      month: Math.floor(at / search.sizes),
      size: search.sizes - 1 - (at % search.sizes),
    })),
  );
  const depthCount = positions.length;
  const preferred = new Int32Array(depthCount);
  const nextCount = new Int32Array(depthCount);
  const entryPrice: Money[] = new Array(depthCount).fill(ZERO_MONEY);
  const entryQuota = new Float64Array(depthCount);
  const entrySmallest = new Float64Array(depthCount);

  /**
   * True when some variant's lower bound already reaches the best plan's score: then so does
   * the worst variant, and no completion can be better. The bound of a variant is its score
   * so far plus `price`, plus `uncovered[variant]` calls at `rate` when given; the rate is a
   * fraction, so both sides are multiplied by its denominator to stay exact.
   */
  const reachesBest = (
    bases: readonly Score[],
    price: Money,
    rate: readonly (Rate | null)[] | null,
    uncovered: readonly number[] | null,
  ): boolean => {
    const target = best.score;
    for (let variant = 0; variant < bases.length; variant++) {
      const base = bases[variant] as Score;
      if (base.failedCalls !== target.failedCalls) {
        if (base.failedCalls > target.failedCalls) return true;
        continue;
      }
      const cost = addMoney(base.cost, price);
      const variantRate = rate?.[variant] ?? null;
      const calls = uncovered?.[variant] ?? 0;
      if (variantRate === null || calls === 0) {
        if (compareMoney(cost, target.cost) >= 0) return true;
        continue;
      }
      // cost + calls × price/calls' ≥ best  ⇔  cost × calls' + calls × price ≥ best × calls'.
      const scaled = addMoney(
        multiplyMoney(cost, variantRate.calls),
        multiplyMoney(variantRate.price, calls),
      );
      if (compareMoney(scaled, multiplyMoney(target.cost, variantRate.calls)) >= 0) return true;
    }
    return false;
  };
  const setMonthBase = (search: StreamSearch, variant: number, month: number, base: Score) => {
    (search.monthBaseAt[month] as Score[])[variant] = base;
  };

  const enterStream = (order: number) => {
    const search = searches[order] as StreamSearch;
    search.stream.models.forEach((model, variant) => {
      resetState(model, (search.monthStates[variant] as StreamState[])[0] as StreamState);
      setMonthBase(search, variant, 0, (decidedBefore[order] as Score[])[variant] as Score);
    });
  };

  const enterDepth = (depth: number, price: Money, quota: number, smallest: number) => {
    const position = positions[depth] as (typeof positions)[number];
    const search = searches[position.order] as StreamSearch;
    entryPrice[depth] = price;
    entryQuota[depth] = quota;
    entrySmallest[depth] = smallest;
    // The best plan's count first, so it is met early and the bounds bite sooner.
    preferred[depth] = (best.counts[search.index] as Int32Array)[
      position.month * search.sizes + position.size
    ] as number;
    nextCount[depth] = -2; // the preferred count has not been tried yet
  };

  /** Runs the month just decided; false when the branch can be dropped. */
  const closeMonth = (
    search: StreamSearch,
    order: number,
    month: number,
    price: Money,
    quota: number,
    smallest: number,
  ): boolean => {
    search.smallestBought[month] = smallest;
    search.stream.models.forEach((model, variant) => {
      const states = search.monthStates[variant] as StreamState[];
      const next = states[month + 1] as StreamState;
      copyState(states[month] as StreamState, next);
      next.poolBalance[month] = quota;
      runMonth(model, next, month);
    });
    // Rule (2): unless a pool whose window has closed keeps fewer calls than its smallest
    // package in some variant, that package covered nothing anywhere.
    for (const pool of search.poolsDoneIn[month] as readonly number[]) {
      const least = search.smallestBought[pool] as number;
      if (least === Number.POSITIVE_INFINITY) continue;
      if (
        search.monthStates.every(
          (states) => ((states[month + 1] as StreamState).poolBalance[pool] as number) >= least,
        )
      )
        return false;
    }
    const uncovered = search.stream.models.map((model, variant) => {
      const state = (search.monthStates[variant] as StreamState[])[month + 1] as StreamState;
      const decided = (decidedBefore[order] as Score[])[variant] as Score;
      setMonthBase(search, variant, month + 1, {
        failedCalls: decided.failedCalls + state.failedCalls,
        cost: addMoney(decided.cost, payPerUseCost(model, state)),
      });
      return uncoveredCallsFrom(model, state, month + 1);
    });
    return !reachesBest(
      search.monthBaseAt[month + 1] as Score[],
      price,
      rates[order] as (Rate | null)[],
      uncovered,
    );
  };

  let steps = 0;
  let complete = true;
  if (depthCount === 0) {
    const score = worstOf(fixed);
    if (compareScores(score, best.score) < 0) best = { counts, score };
    return { ...best, complete: true, steps: 0 };
  }
  enterStream(0);
  enterDepth(0, ZERO_MONEY, 0, Number.POSITIVE_INFINITY);
  let depth = 0;
  for (;;) {
    // The next count to try at this depth: the preferred one, then 0, 1, 2, … (skipping it).
    let count: number;
    const isPreferred = nextCount[depth] === -2;
    if (isPreferred) {
      count = preferred[depth] as number;
      nextCount[depth] = 0;
    } else {
      count = nextCount[depth] as number;
      if (count !== NO_MORE && count === preferred[depth]) count++;
      if (count !== NO_MORE) nextCount[depth] = count + 1;
    }
    const position = positions[depth] as (typeof positions)[number];
    const search = searches[position.order] as StreamSearch;
    if (count === NO_MORE) {
      search.plan[position.month * search.sizes + position.size] = 0;
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (++steps % STEPS_PER_YIELD === 0) yield steps / stepBudget;
    if (steps > stepBudget) {
      complete = false;
      break;
    }

    const offer = search.stream.offers[position.size] as PackageOffer;
    const quota = (entryQuota[depth] as number) + count * offer.calls;
    const smallest =
      count > 0
        ? Math.min(entrySmallest[depth] as number, offer.calls)
        : (entrySmallest[depth] as number);
    const price = addMoney(entryPrice[depth] as Money, multiplyMoney(offer.price, count));
    const withinWindow =
      quota === 0 || quota - smallest + 1 <= (search.window[position.month] as number);
    const hopeful =
      withinWindow &&
      !reachesBest(search.monthBaseAt[position.month] as Score[], price, null, null);
    if (!hopeful) {
      // Rising counts only make both tests worse; the preferred count says nothing about them.
      if (!isPreferred) nextCount[depth] = NO_MORE;
      continue;
    }
    search.plan[position.month * search.sizes + position.size] = count;

    const lastSize = position.size === 0;
    if (!lastSize) {
      enterDepth(depth + 1, price, quota, smallest);
      depth++;
      continue;
    }
    if (!closeMonth(search, position.order, position.month, price, quota, smallest)) continue;
    if (position.month + 1 < search.months) {
      enterDepth(depth + 1, price, 0, Number.POSITIVE_INFINITY);
      depth++;
      continue;
    }
    // The stream is decided: its score joins the decided ones.
    decidedBefore[position.order + 1] = (search.monthBaseAt[search.months] as Score[]).map(
      (end) => ({ failedCalls: end.failedCalls, cost: addMoney(end.cost, price) }),
    );
    if (depth + 1 < depthCount) {
      enterStream(position.order + 1);
      enterDepth(depth + 1, ZERO_MONEY, 0, Number.POSITIVE_INFINITY);
      depth++;
      continue;
    }
    const score = worstOf(decidedBefore[searches.length] as Score[]);
    if (compareScores(score, best.score) < 0)
      best = { counts: counts.map((plan) => Int32Array.from(plan)), score };
  }
  return { ...best, complete, steps };
}

/** A price per call as an exact fraction: `price / calls`. */
type Rate = { readonly price: Money; readonly calls: number };

/**
 * The cheapest rate at which a call of the stream can be served: the cheapest pay-per-use tier
 * price, or the lowest price per call of a size (its whole quota used); null when neither exists.
 */
function cheapestRate(stream: SearchStream, model: StreamModel): Rate | null {
  let least: Rate | null = model.pricing ? { price: model.pricing.cheapest, calls: 1 } : null;
  for (const offer of stream.offers) {
    const rate = { price: offer.price, calls: offer.calls };
    // a/b < c/d exactly, with b and d positive: a·d < c·b.
    if (
      least === null ||
      compareMoney(multiplyMoney(rate.price, least.calls), multiplyMoney(least.price, rate.calls)) <
        0
    )
      least = rate;
  }
  return least;
}
