import { simulate } from '../billing/simulate';
import { addMonths, formatIsoDate, parseIsoMonth } from '../core/calendar';
import type { Catalog } from '../core/catalog';
import { compareMoney, type Money, parseMoney } from '../core/money';
import type { Package, Scenario } from '../core/scenario';

/*
 * The advisor against brute force: every plan, each run through the real `simulate`.
 *
 * Which plans are "every plan". A plan is a multiset of purchases (a catalog size for a
 * stream's API and region, on the first day of a horizon month), listed after the kept packages
 * in date order as applyAdvice lists them. The brute force enumerates, per stream and month,
 * every multiset S of sizes with Σ S − min S + 1 ≤ (the stream's calls in the months a purchase
 * that month can reach, in the variant with the most). Why an optimum is among them: take an optimal plan with the fewest packages.
 * Removing a package that covers no call in the horizon changes no one else's payments and saves
 * its price, so each of its packages covers at least one call (in some variant). The packages bought in one month
 * pay one after another (same dates, adjacent in any deduction order), so all but the last of
 * them to pay are used up when the last covers a call: in that variant they cover at least
 * Σ S − min S + 1 calls, all inside their window.
 */

export type Score = { readonly failedCalls: number; readonly cost: Money };

export const better = (a: Score, b: Score) =>
  a.failedCalls !== b.failedCalls
    ? a.failedCalls < b.failedCalls
    : compareMoney(a.cost, b.cost) < 0;

export function scoreOf(scenario: Scenario): Score {
  const { totals } = simulate(scenario);
  return { failedCalls: totals.failedCalls, cost: parseMoney(totals.totalCost) as Money };
}

export function monthDay(scenario: Scenario, month: number): string {
  const start = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  return formatIsoDate({ ...addMonths(start, month), day: 1 });
}

/** Every multiset of `sizes` (as counts) with Σ − min + 1 ≤ limit, the empty one included. */
function multisets(sizes: readonly number[], limit: number): number[][] {
  const found: number[][] = [];
  const walk = (index: number, counts: number[], total: number, least: number) => {
    if (index === sizes.length) {
      found.push([...counts]);
      return;
    }
    const size = sizes[index] as number;
    for (let count = 0; ; count++) {
      const sum = total + count * size;
      const min = count > 0 ? Math.min(least, size) : least;
      if (sum > 0 && sum - min + 1 > limit) break;
      counts.push(count);
      walk(index + 1, counts, sum, min);
      counts.pop();
    }
  };
  walk(0, [], 0, Number.POSITIVE_INFINITY);
  return found;
}

/** Every candidate plan of one stream, as the packages it buys (in date order). */
function streamPlans(
  variants: readonly Scenario[],
  catalog: Catalog,
  streamIndex: number,
): Package[][] {
  const scenario = variants[0] as Scenario;
  const stream = scenario.streams[streamIndex] as Scenario['streams'][number];
  const offers = catalog.packages.filter((pkg) => pkg.api === stream.api);
  let plans: Package[][] = [[]];
  for (let month = 0; month < scenario.months; month++) {
    // A purchase is usable through the first day of month + validity: it can only cover calls
    // of months `month` to `month + validity`. With variants, the variant with the most counts.
    const callsFrom = Math.max(
      ...variants.map((variant) =>
        (variant.streams[streamIndex] as Scenario['streams'][number]).monthlyCalls
          .slice(month, month + catalog.validityMonths + 1)
          .reduce((a, b) => a + b, 0),
      ),
    );
    const choices = multisets(
      offers.map((offer) => offer.calls),
      callsFrom,
    );
    plans = plans.flatMap((plan) =>
      choices.map((counts) => [
        ...plan,
        ...counts.flatMap((count, size) =>
          Array.from({ length: count }, (): Package => {
            const offer = offers[size] as Catalog['packages'][number];
            return {
              id: '',
              label: '',
              api: stream.api,
              region: stream.region,
              source: 'purchased',
              calls: offer.calls,
              price: parseMoney(offer.price) as Money,
              createdOn: monthDay(scenario, month),
              activatesOn: monthDay(scenario, month),
              validityMonths: catalog.validityMonths,
              usedCalls: 0,
              priority: 0,
            };
          }),
        ),
      ]),
    );
  }
  return plans;
}

/** The best score over every joint plan of every stream; for several variants, the best worst case. */
export function bruteForce(variants: readonly Scenario[], catalog: Catalog): Score {
  const scenario = variants[0] as Scenario;
  // Kept: everything but planned purchases (bought on or after the horizon's first day).
  const kept = scenario.packages.filter(
    (pkg) => !(pkg.source === 'purchased' && pkg.createdOn >= monthDay(scenario, 0)),
  );
  const perStream = scenario.streams.map((_, index) => streamPlans(variants, catalog, index));
  let best: Score | null = null;
  const walk = (index: number, chosen: Package[]) => {
    if (index === perStream.length) {
      const packages = [...kept, ...chosen]
        .map((pkg, position) => (position < kept.length ? pkg : { ...pkg, id: `b${position}` }))
        // Date order among the purchases, as applyAdvice lists them.
        .sort((a, b) =>
          a.id.startsWith('b') && b.id.startsWith('b') ? (a.createdOn < b.createdOn ? -1 : 0) : 0,
        );
      let worst: Score | null = null;
      for (const variant of variants) {
        const score = scoreOf({ ...variant, packages });
        if (worst === null || better(worst, score)) worst = score;
      }
      if (best === null || better(worst as Score, best)) best = worst;
      return;
    }
    for (const plan of perStream[index] as Package[][]) walk(index + 1, [...chosen, ...plan]);
  };
  walk(0, []);
  return best as unknown as Score;
}
