import {
  addMoney,
  compareMoney,
  type Money,
  moneyToString,
  multiplyMoney,
  parseMoney,
  ZERO_MONEY,
} from '../core/money';
import type { StreamModel } from './advisor-model';
import type { PackageOffer } from './break-even';

/*
 * The purchase plan as a mixed-integer linear program (issue "the advisor's plan must be the
 * cheapest there is, or say exactly how close it is"). The engine writes the model as data, a
 * CPLEX LP text and a decoder from the solver's values back to purchase counts; whoever holds a
 * solver (the advisor's worker, the tests) runs it through `MilpSolver`; advisor.ts then judges
 * the decoded plan with the exact evaluator, as it judges every plan.
 *
 * The decision space is the advisor's: any number of packages of each catalog size for a stream,
 * bought on the first day of any horizon month, valid the catalog's validity. The model, for one
 * group of streams (one stream for the objective 'total'; every stream with catalog sizes for
 * 'worst') and each usage case v (one for 'total', low/expected/high for 'worst'):
 *
 *   n[s,m,j] ∈ ℕ             packages of size j (quota q_j, price P_j) bought on month m's first day
 *   x[s,v,i,p] ≥ 0           calls of segment i paid by payer p (a kept package, or month m's pool)
 *   u[s,v,i] ≥ 0             calls of segment i no package pays (pay-per-use, or failed calls)
 *
 *   Σ_p x[s,v,i,p] + u[s,v,i] = c_i               every call of the segment is paid once
 *   Σ_i x[s,v,i,pool m] ≤ Σ_j q_j·n[s,m,j]         a month's purchases pay at most their quota
 *   Σ_i x[s,v,i,k] ≤ b_k                           a kept package pays at most what it holds
 *   u[s,v,i] = 0 where pay-per-use is not subscribed (see "failed calls" below)
 *
 * - Segments. The horizon is cut at every month start, every day a kept payer becomes usable
 *   and every day after one (or a month's purchases) stops being usable: inside a segment the
 *   set of usable payers is fixed, so a segment's calls (the exact daily spread, billing-rules
 *   §3, summed) are all a payer's window needs. These are the evaluator's intervals
 *   (advisor-model.ts), consecutive ones merged where the same kept packages and pools may pay
 *   (mergedSegments); a pool's window runs through its expiry day (§4). About two segments a
 *   month: the model stays small (36 months × 7 sizes: ~250 integers, ~1,000 continuous).
 * - Pay-per-use per API, region and month (§6): the month's uncovered calls U = Σ u feed that
 *   month's tiers. Graduated tiers: U = Σ_t z_t, 0 ≤ z_t ≤ width_t, cost Σ_t price_t·z_t. Where
 *   unit prices only rise with volume (convex cost) a minimiser fills the cheap tiers first on
 *   its own, so that is exact as it stands; where a price falls (concave: the usual discount) the
 *   model adds binaries y_t ("tier t is reached"): z_t ≤ width_t·y_t and z_{t−1} ≥
 *   width_{t−1}·y_t, so tier t is used only once tier t−1 is full: exact again. Volume tiers:
 *   one binary per tier a month's total can reach, U_t between the tier's first and last call
 *   when chosen and 0 otherwise, at most one chosen, cost Σ_t price_t·U_t: exact. The last,
 *   open tier is capped at the month's calls, which U never exceeds.
 * - Kept packages (free, promotional, owned before the horizon) pay in their window, from their
 *   balance at the horizon's start; their prices are a constant the caller adds to the bound.
 *   A kept allowance (§4a) is one payer per period with calls (advisor-model.ts), holding b_k =
 *   min(its quota for the period, the period's calls) for the period's days only. A monthly
 *   allowance's period spans whole segments: Σ_{i in period k} x[s,v,i,a] ≤ b_k, exact. A daily
 *   one's periods (days) lie inside segments, and its one column per segment gets x[s,v,i,a] ≤
 *   Σ_{days k in i} b_k: paying day by day, it pays at most min(quota, day's calls) = b_k each
 *   day, and any x under that sum can be split back into such days (the other payers' limits
 *   are sums over whole segments), so merging the days loses nothing either (keptCaps).
 * - Failed calls (pay-per-use not subscribed, §6). Minimising failed calls first: every day of
 *   the horizon is inside the window of the packages bought on its month's first day, so with at
 *   least one catalog size some plan covers every call; the least number of failed calls is
 *   then 0, and the second, money-minimising stage of the lexicographic objective is this model
 *   with u = 0 there. A stream without catalog sizes has one plan (buy nothing) and is not
 *   modelled: its failed calls and cost are what they are. So one solve is the lexicographic
 *   optimum, and no weight is needed.
 * - 'worst': minimise T subject to T ≥ (kept-free cost of case v) for each case v with the most
 *   failed calls (the cases the worst score is taken over: failed calls are fixed per case, see
 *   above); the purchases n are shared by the cases, each case has its own x, u and tiers.
 * - Bounds that lose no optimum: n[s,m,j] ≤ ⌊(W_m − 1)/q_j⌋ + 1 and Σ_j q_j·n[s,m,j] ≤ W_m +
 *   max_j q_j − 1, where W_m is the most calls any case has in month m's window. An optimal
 *   plan with the fewest packages satisfies both (advisor-search.ts, searchExhaustively: every
 *   package of it covers a call, so a month's quota less its smallest package is below W_m).
 *
 * - Cover row (one per stream and case): Σ_{m,j} min(q_j, W_m)·n[s,m,j] + Σ kept x + Σ_i u ≥
 *   the case's calls. The sum of the rows above implies it; written out, it lets the solver
 *   derive knapsack cuts over the whole horizon.
 * - Knapsack row (objective 'total'): the objective ≥ knapsackBound, the least money that pays
 *   the horizon's calls when windows are forgotten except that a package of size j bought in
 *   month m pays at most min(q_j, W_m) calls (a table over quota units, see knapsackBound). It
 *   holds for every whole n of the model, so it cuts no optimum, and it is what the linear
 *   relaxation misses: whole packages. Measured on the realistic cases, it turned gaps of 1.4 to
 *   2.8 % after 8 s into proofs in under a second or gaps ≤ 0.07 % (advisor-realistic.test.ts).
 *
 * What it relaxes, and why its optimum is a lower bound. The model lets any usable package pay
 * any call of its window in any amount, and lets calls go to pay-per-use while a package still
 * holds quota: the deduction order (§5) is dropped, nothing else. For a plan n, what the
 * simulation does (each day, calls taken from usable packages in priority order, the rest
 * pay-per-use, tiers per month; an allowance paying at most its period's quota, within the
 * period) is one feasible x, u of this model with the same n, and the
 * model charges it exactly what the simulation charges: the prices of n plus the exact tier
 * cost of each month's U (exact for rising and falling prices alike, above). The model's
 * minimum over x, u for that n is therefore at most the plan's exact cost, and its minimum over
 * all n (restricted only as above, which keeps an optimum) is at most the exact cost of every
 * plan in the decision space. The solver's proven dual bound is at most that minimum. Money
 * adds the kept packages' prices on both sides.
 *
 * Exactness of the numbers. For 'total', once the integers are fixed what remains is a flow
 * (segments draw from payers and from the month's tiers, all capacities whole numbers), whose
 * optimum has whole calls; every price has at most 12 decimals, so the optimum is a whole number
 * of grid units (10^−d, d the most decimals of any price in the model). The solver works in
 * floating point: its bound B is taken less a noise allowance ε = 10^−9 · max(1, |B|) and
 * rounded up to the grid (valid because the optimum lies on it). A plan whose exact cost C is at
 * most B + ε, with ε smaller than half a grid unit, costs the optimum exactly: C and the optimum
 * are grid points less than a unit apart. It is then reported proven with bound = C. For
 * 'worst' the maximum over cases breaks the flow structure; there the bound is B − ε, floored
 * to 10^−6, and "proven" means C ≤ B + ε.
 */

/** One group of streams to model: per stream, its evaluator models (one per usage case) and catalog sizes. */
export type MilpStream = {
  readonly models: readonly StreamModel[];
  readonly offers: readonly PackageOffer[];
};

export type MilpObjective = 'total' | 'worst';

export type MilpModel = {
  /** The model in CPLEX LP format. */
  readonly lp: string;
  /** Column values for a start (an incumbent the solver may improve): only the purchase counts. */
  readonly startOf: (counts: readonly Int32Array[]) => ReadonlyMap<string, number>;
  /** The purchase counts of a solution, per stream of the group (`counts[month × sizes + size]`). */
  readonly decode: (value: (name: string) => number) => Int32Array[];
  /** Decimal places of the finest price in the model (the grid of the optimum, for 'total'). */
  readonly places: number;
  readonly objective: MilpObjective;
  /**
   * A lower bound on the objective known without the solver (objective 'total': the knapsack
   * bound, see knapsackBound), or null: what the certificate falls back on when the solver
   * gives none, and what may prove a plan before the solver runs.
   */
  readonly floor: Money | null;
  /** The number of integer and binary variables (for reports). */
  readonly integers: number;
  readonly columns: number;
};

export type MilpRequest = {
  readonly lp: string;
  /** Seconds the solver may take before it stops with its best plan and bound. */
  readonly timeLimitSeconds: number;
  /**
   * Whether the solver simplifies the model before it solves (its presolve). Measured on the
   * benchmark and the realistic cases: the purchase-and-flow model of 'total' is found and
   * proven in half the time or less without it; the smallest maximum of 'worst' needs it for a
   * strong bound. Absent: the solver's default (on).
   */
  readonly presolve?: boolean;
  /**
   * When the solver may stop early, as bounds on the objective that the caller's best plan
   * (judged exactly) is measured against: once the solver's proven bound reaches `proven`, no
   * plan is cheaper than the caller's, and the solver stops ('optimal'); after `softSeconds`, a
   * bound at `goodEnough` or above leaves that plan within the gap the caller accepts, and the
   * solver stops there ('time-limit') rather than spend its time on the last digits of a proof.
   */
  readonly stopAt?: StopBounds;
  readonly softSeconds?: number;
  /**
   * Called with each better solution the solver finds, its columns by name. The caller judges
   * the plan it stands for (exactly, with its own improvements) and returns the stop bounds of
   * its best plan so far, or undefined to keep the ones it had.
   */
  readonly onSolution?: (value: (name: string) => number) => StopBounds | undefined;
  /** Values of some columns to start from (a known plan): the solver completes the rest before it starts. */
  readonly start?: ReadonlyMap<string, number>;
  /** Called now and then during the solve with the share of the time limit used, 0 to 1. */
  readonly onProgress?: (within: number) => void;
};

export type MilpAnswer = {
  /** 'optimal': proven; 'time-limit': stopped, `values` (if any) and `bound` still meaningful. */
  readonly status: 'optimal' | 'time-limit' | 'infeasible' | 'failed';
  /** Column values of the best solution found, when there is one. */
  readonly values: ReadonlyMap<string, number> | null;
  /** A proven lower bound on the objective (the MIP dual bound), when the solver has one. */
  readonly bound: number | null;
  readonly seconds: number;
};

/** Solver bounds at which the caller's best plan is proven, or close enough (see MilpRequest.stopAt). */
export type StopBounds = { readonly proven: number; readonly goodEnough: number };

/** Runs one model: synchronous, as the solver is, once loaded. */
export type MilpSolver = (request: MilpRequest) => MilpAnswer;

const TERMS_PER_LINE = 8;

/** The CPLEX LP text of a linear expression `Σ coefficient·name`, in lines of a few terms. */
function expression(terms: readonly (readonly [string, string])[]): string {
  if (terms.length === 0) return '0 zero';
  const parts = terms.map(([coefficient, name], index) => {
    const negative = coefficient.startsWith('-');
    const magnitude = negative ? coefficient.slice(1) : coefficient;
    const sign = negative ? '-' : index === 0 ? '' : '+';
    const text = magnitude === '1' ? name : `${magnitude} ${name}`;
    return sign === '' ? text : `${sign} ${text}`;
  });
  const lines: string[] = [];
  for (let at = 0; at < parts.length; at += TERMS_PER_LINE)
    lines.push(parts.slice(at, at + TERMS_PER_LINE).join(' '));
  return lines.join('\n   ');
}

function placesOf(amount: Money): number {
  const text = moneyToString(amount);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** Whole calls, written without exponent (calls are at most 10^12: exact in a double). */
const calls = (value: number) => String(value);

/**
 * The MILP of a group of streams (see the comment at the top): for 'total' one stream, for
 * 'worst' the streams with catalog sizes; `fixed[v]` is the failed calls and money of case v
 * that the model does not decide (streams without sizes), used to pick the cases the worst is
 * taken over. Null when nothing is left to decide.
 */
export function formulatePlanMilp(
  streams: readonly MilpStream[],
  objective: MilpObjective,
  fixed: readonly { readonly failedCalls: number; readonly cost: Money }[] = [],
): MilpModel | null {
  const decided = streams
    .map((stream, index) => ({ stream, index }))
    .filter(({ stream }) => stream.offers.length > 0);
  if (decided.length === 0) return null;
  const cases = (streams[0] as MilpStream).models.length;
  const objectiveTerms: [string, string][] = [];
  const caseTerms: [string, string][][] = Array.from({ length: cases }, () => []);
  const rows: string[] = [];
  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries: string[] = [];
  let places = 0;
  let columns = 0;
  let rowCount = 0;
  const row = (terms: readonly (readonly [string, string])[], sense: string, rhs: string) => {
    rows.push(` r${rowCount++}: ${expression(terms)} ${sense} ${rhs}`);
  };
  const price = (amount: Money) => {
    places = Math.max(places, placesOf(amount));
    return moneyToString(amount);
  };
  const cost = (terms: [string, string][], variant: number) => {
    if (objective === 'total') objectiveTerms.push(...terms);
    else (caseTerms[variant] as [string, string][]).push(...terms);
  };
  const names: string[][] = [];
  const upper = new Map<string, number>();
  const knapsackRows: Money[] = [];

  for (const { stream, index: s } of decided) {
    const first = stream.models[0] as StreamModel;
    const months = first.months;
    const sizes = stream.offers.length;
    const largest = Math.max(...stream.offers.map((offer) => offer.calls));
    const streamNames: string[] = new Array(months * sizes).fill('');
    const dominated = dominanceLimits(stream.offers);
    // Purchases: only in months whose window has calls in some case.
    for (let m = 0; m < months; m++) {
      const window = Math.max(...stream.models.map((model) => model.windowCalls[m] as number));
      if (window === 0) continue;
      const quota: [string, string][] = [];
      stream.offers.forEach((offer, j) => {
        const name = `n${s}_${m}_${j}`;
        streamNames[m * sizes + j] = name;
        columns++;
        generals.push(name);
        const most = Math.min(Math.floor((window - 1) / offer.calls) + 1, dominated[j] as number);
        upper.set(name, most);
        bounds.push(` 0 <= ${name} <= ${most}`);
        quota.push([calls(offer.calls), name]);
        if (compareMoney(offer.price, ZERO_MONEY) !== 0)
          for (let v = 0; v < cases; v++) {
            const term: [string, string] = [price(offer.price), name];
            if (objective === 'total') {
              if (v === 0) objectiveTerms.push(term);
            } else (caseTerms[v] as [string, string][]).push(term);
          }
      });
      row(quota, '<=', calls(window + largest - 1));
    }
    names.push(streamNames);

    stream.models.forEach((model, v) => {
      const prefix = `${s}_${v}`;
      const poolTerms: [string, string][][] = Array.from({ length: months }, () => []);
      // Per kept package (keptPackage), its x columns and the kept payers in each: a kept
      // allowance is a payer per period (advisor-model.ts).
      const keptColumns = new Map<number, { name: string; payers: number[] }[]>();
      const payPerUseColumns: [string, string][] = [];
      const pricing = model.pricing;
      for (let m = 0; m < months; m++) {
        const uncovered: [string, string][] = [];
        let monthCalls = 0;
        for (const segment of mergedSegments(
          model,
          m,
          (pool) => streamNames[pool * sizes] !== '',
        )) {
          const i = segment.index;
          monthCalls += segment.calls;
          const demand: [string, string][] = [];
          for (const [pkg, payers] of segment.kept) {
            const name = `x${prefix}_${i}_k${pkg}`;
            demand.push(['1', name]);
            const list = keptColumns.get(pkg) ?? [];
            list.push({ name, payers });
            keptColumns.set(pkg, list);
            columns++;
          }
          for (const pool of segment.pools) {
            const name = `x${prefix}_${i}_p${pool}`;
            demand.push(['1', name]);
            (poolTerms[pool] as [string, string][]).push(['1', name]);
            columns++;
          }
          if (pricing !== null) {
            const name = `u${prefix}_${i}`;
            columns++;
            demand.push(['1', name]);
            uncovered.push(['-1', name]);
            payPerUseColumns.push(['1', name]);
          }
          row(demand, '=', calls(segment.calls));
        }
        if (pricing !== null && uncovered.length > 0)
          tierRows(`${prefix}_${m}`, monthCalls, uncovered, v);
      }
      poolTerms.forEach((terms, pool) => {
        if (terms.length === 0) return;
        // A package pays at most its quota and at most the calls of its window: min(q_j, window)
        // is as exact for whole counts (one package that holds the whole window caps the pool
        // already) and far tighter for a fraction of a big package.
        const window = model.windowCalls[pool] as number;
        const quota = stream.offers.map((offer, j): [string, string] => [
          `-${calls(Math.min(offer.calls, window))}`,
          streamNames[pool * sizes + j] as string,
        ]);
        row([...terms, ...quota], '<=', '0');
      });
      const keptTerms: [string, string][] = [];
      for (const list of keptColumns.values()) {
        keptTerms.push(...list.map(({ name }): [string, string] => ['1', name]));
        for (const { terms, most } of keptCaps(list, model.keptOpening))
          row(terms, '<=', calls(most));
      }
      {
        // The whole horizon at once (see "Cover row" at the top): implied by the rows above, and
        // written out so the solver derives knapsack cuts from it.
        const cover: [string, string][] = [...payPerUseColumns, ...keptTerms];
        const total = model.intervalCalls.reduce((sum, segmentCalls) => sum + segmentCalls, 0);
        for (let m = 0; m < months; m++) {
          if ((streamNames[m * sizes] as string) === '') continue;
          const window = model.windowCalls[m] as number;
          stream.offers.forEach((offer, j) => {
            cover.push([
              calls(Math.min(offer.calls, window)),
              streamNames[m * sizes + j] as string,
            ]);
          });
        }
        if (total > 0) row(cover, '>=', calls(total));
        if (objective === 'total' && v === 0) {
          const least = knapsackBound(model, stream.offers, streamNames, total);
          if (least !== null && compareMoney(least, ZERO_MONEY) > 0) knapsackRows.push(least);
        }
      }

      /** The month's pay-per-use tiers (billing-rules §6): `uncovered` holds −u of each segment. */
      function tierRows(
        key: string,
        monthCalls: number,
        uncovered: [string, string][],
        variant: number,
      ) {
        const schedule = pricing as NonNullable<typeof pricing>;
        const reachable: { from: number; to: number; price: Money }[] = [];
        for (let t = 0; t < schedule.bounds.length; t++) {
          const from = t === 0 ? 0 : (schedule.bounds[t - 1] as number);
          if (from >= monthCalls) break;
          const to = Math.min(schedule.bounds[t] as number, monthCalls);
          reachable.push({ from, to, price: schedule.unitPrices[t] as Money });
        }
        const link: [string, string][] = [...uncovered];
        const costTerms: [string, string][] = [];
        if (schedule.mode === 'graduated') {
          const rising = reachable.every(
            (tier, t) =>
              t === 0 || compareMoney((reachable[t - 1] as typeof tier).price, tier.price) <= 0,
          );
          reachable.forEach((tier, t) => {
            const z = `z${key}_${t}`;
            const width = tier.to - tier.from;
            columns++;
            bounds.push(` 0 <= ${z} <= ${calls(width)}`);
            link.push(['1', z]);
            if (compareMoney(tier.price, ZERO_MONEY) !== 0) costTerms.push([price(tier.price), z]);
            if (!rising && t > 0) {
              const y = `y${key}_${t}`;
              const previous = reachable[t - 1] as typeof tier;
              columns++;
              binaries.push(y);
              row(
                [
                  ['1', z],
                  [`-${calls(width)}`, y],
                ],
                '<=',
                '0',
              );
              row(
                [
                  ['1', `z${key}_${t - 1}`],
                  [`-${calls(previous.to - previous.from)}`, y],
                ],
                '>=',
                '0',
              );
            }
          });
        } else {
          const choose: [string, string][] = [];
          reachable.forEach((tier, t) => {
            const w = `w${key}_${t}`;
            columns++;
            link.push(['1', w]);
            if (compareMoney(tier.price, ZERO_MONEY) !== 0) costTerms.push([price(tier.price), w]);
            if (reachable.length === 1) {
              bounds.push(` 0 <= ${w} <= ${calls(tier.to)}`);
              return;
            }
            const y = `y${key}_${t}`;
            columns++;
            binaries.push(y);
            choose.push(['1', y]);
            // Tier t holds month totals from its first call (from + 1) through `to`.
            row(
              [
                ['1', w],
                [`-${calls(tier.to)}`, y],
              ],
              '<=',
              '0',
            );
            if (tier.from > 0)
              row(
                [
                  ['1', w],
                  [`-${calls(tier.from + 1)}`, y],
                ],
                '>=',
                '0',
              );
          });
          if (choose.length > 0) row(choose, '<=', '1');
        }
        row(link, '=', '0');
        cost(costTerms, variant);
      }
    });
  }

  let objectiveText: string;
  // One stream per 'total' model: its knapsack bound holds for the whole objective.
  for (const least of knapsackRows) row(objectiveTerms, '>=', moneyToString(least));
  if (objective === 'total') objectiveText = expression(objectiveTerms);
  else {
    // The worst case is taken over the cases with the most failed calls (fixed: see the top).
    const failed = (v: number) => fixed[v]?.failedCalls ?? 0;
    const most = Math.max(...Array.from({ length: cases }, (_, v) => failed(v)));
    objectiveText = 'T';
    columns++;
    for (let v = 0; v < cases; v++) {
      if (failed(v) !== most) continue;
      row(
        [
          ['1', 'T'],
          ...(caseTerms[v] as [string, string][]).map(([coefficient, name]): [string, string] => [
            `-${coefficient}`,
            name,
          ]),
        ],
        '>=',
        moneyToString(fixed[v]?.cost ?? ZERO_MONEY),
      );
    }
  }
  const lp = [
    'Minimize',
    ` obj: ${objectiveText}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...bounds,
    ...(generals.length > 0 ? ['General', ` ${generals.join(' ')}`] : []),
    ...(binaries.length > 0 ? ['Binary', ` ${binaries.join(' ')}`] : []),
    'End',
    '',
  ].join('\n');

  const sizesOf = streams.map((stream) => stream.offers.length);
  const monthsOf = (streams[0] as MilpStream).models[0]?.months ?? 0;
  const byStream = new Map(decided.map(({ index }, order) => [index, names[order] as string[]]));
  return {
    lp,
    objective,
    places,
    floor: knapsackRows.reduce<Money | null>(
      (most, least) => (most === null || compareMoney(least, most) > 0 ? least : most),
      null,
    ),
    integers: generals.length + binaries.length,
    columns,
    startOf: (counts) => {
      // A plan outside the model's bounds (more packages than some optimum needs) is no start.
      const start = new Map<string, number>();
      for (const [index, list] of byStream)
        for (const [at, name] of list.entries()) {
          const count = (counts[index] as Int32Array)[at] as number;
          if (name === '' ? count > 0 : count > (upper.get(name) as number)) return new Map();
          if (name !== '') start.set(name, count);
        }
      return start;
    },
    decode: (value) =>
      streams.map((_, index) => {
        const counts = new Int32Array(monthsOf * (sizesOf[index] as number));
        const list = byStream.get(index);
        if (list)
          list.forEach((name, at) => {
            if (name !== '') counts[at] = Math.max(0, Math.round(value(name)));
          });
        return counts;
      }),
  };
}

/** Calls of a month that the same payers may pay: the evaluator's intervals, merged. */
type Segment = {
  /** The first interval's index: names the segment's columns. */
  readonly index: number;
  calls: number;
  /** The kept payers usable in the segment, by kept package (a kept allowance: one per period). */
  readonly kept: Map<number, number[]>;
  readonly pools: readonly number[];
  readonly key: string;
};

/**
 * Month m's segments (see "Segments" at the top): its intervals with calls, consecutive ones
 * merged when the same kept packages and bought pools may pay them. The evaluator cuts a daily
 * allowance's window into days, as its order key changes each day; the model, which drops the
 * order, needs only what each of its periods can pay (keptCaps).
 */
function mergedSegments(
  model: StreamModel,
  m: number,
  bought: (pool: number) => boolean,
): Segment[] {
  const segments: Segment[] = [];
  const end = model.monthIntervals[m + 1] as number;
  for (let i = model.monthIntervals[m] as number; i < end; i++) {
    const kept = new Map<number, number[]>();
    const pools: number[] = [];
    const last = model.slotStart[i + 1] as number;
    for (let slot = model.slotStart[i] as number; slot < last; slot++) {
      const payer = model.slots[slot] as number;
      if (payer >= 0) {
        if ((model.keptOpening[payer] as number) <= 0) continue;
        const pkg = model.keptPackage[payer] as number;
        kept.set(pkg, [...(kept.get(pkg) ?? []), payer]);
      } else if (bought(-1 - payer)) pools.push(-1 - payer);
    }
    const key = `${[...kept.keys()].sort((a, b) => a - b).join(',')}|${pools.join(',')}`;
    const previous = segments.at(-1);
    const calls = model.intervalCalls[i] as number;
    if (previous?.key === key) {
      previous.calls += calls;
      for (const [pkg, payers] of kept) {
        const list = previous.kept.get(pkg) as number[];
        for (const payer of payers) if (!list.includes(payer)) list.push(payer);
      }
    } else segments.push({ index: i, calls, kept, pools, key });
  }
  return segments;
}

/**
 * The rows that cap a kept package's columns, each `Σ columns ≤ most` (see "Kept packages" at
 * the top). A package, or a monthly allowance, has one payer per segment: each payer pays at
 * most its opening over its segments. A daily allowance has its periods (days) inside segments:
 * each segment's column pays at most the openings of the days in it, which is what paying day
 * by day allows (each opening is already no more than its day's calls). Any other shape gets
 * one row over all its columns: looser, still a relaxation.
 */
export function keptCaps(
  columns: readonly { readonly name: string; readonly payers: readonly number[] }[],
  opening: Float64Array,
): { terms: [string, string][]; most: number }[] {
  const sum = (payers: Iterable<number>) => {
    let total = 0;
    for (const payer of payers) total += opening[payer] as number;
    return total;
  };
  if (columns.every(({ payers }) => payers.length === 1)) {
    const byPayer = new Map<number, [string, string][]>();
    for (const { name, payers } of columns) {
      const payer = payers[0] as number;
      byPayer.set(payer, [...(byPayer.get(payer) ?? []), ['1', name]]);
    }
    return [...byPayer].map(([payer, terms]) => ({ terms, most: opening[payer] as number }));
  }
  const all = columns.flatMap(({ payers }) => payers);
  if (new Set(all).size === all.length)
    return columns.map(({ name, payers }) => ({ terms: [['1', name]], most: sum(payers) }));
  return [
    {
      terms: columns.map(({ name }): [string, string] => ['1', name]),
      most: sum(new Set(all)),
    },
  ];
}

/** Beyond this many quota units, the knapsack bound is not computed (its table would be too big). */
const KNAPSACK_MOST_UNITS = 300_000;

/**
 * The knapsack bound (see "Knapsack row" at the top): a lower bound on a stream's money, from
 * the horizon's calls alone. Every call not paid by a kept package is paid by a purchase or by
 * pay-per-use at no less than its cheapest unit price; a purchase of size j in month m pays at
 * most min(q_j, W_m) calls. So with quotas rounded up to a unit u (the sizes' common divisor) and
 * f(d) the least price of purchases holding at least d units (unbounded, so a relaxation of the
 * counts), the money is at least min over d of f(d) + cheapest·max(0, D − d·u), D the calls kept
 * packages cannot pay; where pay-per-use is not subscribed, f(⌈D/u⌉). Null when too big to table.
 */
export function knapsackBound(
  model: StreamModel,
  offers: readonly PackageOffer[],
  poolNames: readonly string[],
  totalCalls: number,
): Money | null {
  const held = model.keptOpening.reduce((sum, balance) => sum + Math.max(0, balance), 0);
  const demand = Math.max(0, totalCalls - held);
  if (demand === 0) return ZERO_MONEY;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const unit = offers.reduce((divisor, offer) => gcd(offer.calls, divisor), 0);
  if (unit <= 0) return null;
  const needed = Math.ceil(demand / unit);
  if (needed > KNAPSACK_MOST_UNITS) return null;
  // Items: (units, price), the cheapest price per distinct unit count.
  const cheapestByUnits = new Map<number, Money>();
  for (let m = 0; m < model.months; m++) {
    if ((poolNames[m * offers.length] ?? '') === '') continue;
    const window = model.windowCalls[m] as number;
    for (const offer of offers) {
      const units = Math.ceil(Math.min(offer.calls, window) / unit);
      if (units === 0) continue;
      const known = cheapestByUnits.get(units);
      if (known === undefined || compareMoney(offer.price, known) < 0)
        cheapestByUnits.set(units, offer.price);
    }
  }
  const items = [...cheapestByUnits];
  // least[d]: the least price of purchases holding at least d units; null when none can.
  const least: (Money | null)[] = new Array(needed + 1).fill(null);
  least[0] = ZERO_MONEY;
  for (let d = 1; d <= needed; d++) {
    let best: Money | null = null;
    for (const [units, price] of items) {
      const before = least[Math.max(0, d - units)] ?? null;
      if (before === null) continue;
      const cost = addMoney(before, price);
      if (best === null || compareMoney(cost, best) < 0) best = cost;
    }
    least[d] = best;
  }
  if (model.pricing === null) return least[needed] ?? null;
  let bound: Money | null = null;
  for (let d = 0; d <= needed; d++) {
    const bought = least[d] ?? null;
    if (bought === null) continue;
    const rest = Math.max(0, demand - d * unit);
    const cost = addMoney(bought, multiplyMoney(model.pricing.cheapest, rest));
    if (bound === null || compareMoney(cost, bound) < 0) bound = cost;
  }
  return bound;
}

/**
 * For each size, the most packages of it a month needs: k packages of size j can be swapped for
 * one package of a size with at least k·q_j calls at no higher price (more quota never costs the
 * model more: unused quota is allowed), so some optimum buys fewer than the smallest such k.
 * Infinity when no size replaces it.
 */
export function dominanceLimits(offers: readonly PackageOffer[]): number[] {
  return offers.map((offer) => {
    let limit = Number.POSITIVE_INFINITY;
    for (const other of offers) {
      if (other.calls <= offer.calls) continue;
      // The fewest copies of `offer` that `other` holds and costs no more than.
      const copies = Math.floor(other.calls / offer.calls);
      for (let k = 1; k <= copies && k < limit; k++)
        if (compareMoney(other.price, multiplyMoney(offer.price, k)) <= 0) {
          limit = k;
          break;
        }
    }
    return limit === Number.POSITIVE_INFINITY ? limit : limit - 1;
  });
}

/** What the solver's bound says about a plan's exact cost (see "Exactness" at the top). */
export type MilpCertificate = {
  /** A lower bound on the money of every plan in the decision space (kept prices not included). */
  readonly bound: Money;
  /** True when the plan's money equals the bound: no plan of the decision space is cheaper. */
  readonly proven: boolean;
};

/** The solver's floating-point allowance around its bound: its absolute gap tolerance and rounding. */
export function boundNoise(bound: number): number {
  return 1e-6 + 1e-9 * Math.abs(bound);
}

/**
 * Turns the solver's floating-point bound into exact money for a plan whose money is `cost`
 * (both without the kept packages' prices): proven, with bound = cost, when the cost is within
 * the solver's noise allowance of its bound; otherwise the bound less the allowance, rounded up
 * to the price grid for 'total' (the optimum lies on it) and down to 10^−6 for 'worst', never
 * above the cost.
 */
export function certify(
  cost: Money,
  bound: number,
  places: number,
  objective: MilpObjective,
): MilpCertificate {
  const noise = boundNoise(bound);
  if (Number(moneyToString(cost)) <= bound + noise) return { bound: cost, proven: true };
  const digits = objective === 'total' ? Math.min(places, 12) : 6;
  const unit = 10 ** digits;
  const lowered = (bound - noise) * unit;
  const units = objective === 'total' ? Math.ceil(lowered - 1e-6) : Math.floor(lowered);
  const money = fromUnits(Math.max(0, units), digits);
  return compareMoney(money, cost) >= 0
    ? { bound: cost, proven: true }
    : { bound: money, proven: false };
}

function fromUnits(units: number, digits: number): Money {
  const text = BigInt(units)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : text.slice(-digits);
  return parseMoney(fraction ? `${whole}.${fraction}` : whole) as Money;
}
