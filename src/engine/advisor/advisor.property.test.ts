import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../core/catalog';
import {
  addMoney,
  type Money,
  moneyToString,
  parseMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import type { Scenario } from '../core/scenario';
import { type AdvisorCase, advisorCaseArbitrary, testCatalog } from '../testing/advisor-arbitrary';
import { better, bruteForce, monthDay, scoreOf } from '../testing/advisor-brute-force';
import { propertyRuns } from '../testing/property-runs';
import { buildScenario } from '../testing/scenario-builder';
import { type AdvisedPurchase, advise, applyAdvice, keptPackages } from './advisor';
import { buildStreamModel } from './advisor-model';
import { type GroupPlan, searchExhaustively } from './advisor-search';
import { catalogOffers } from './break-even';

/* The advisor against brute force: every plan, each run through the real `simulate` (advisor-brute-force.ts says which plans and why an optimum is among them). */

function checkAgainstBruteForce(variants: readonly Scenario[], catalog: Catalog): void {
  const scenario = variants[0] as Scenario;
  const objective = variants.length > 1 ? 'worst' : 'total';
  const result = advise({ scenario, catalog, scenarios: variants.slice(1) }, { objective });
  if (result.cancelled) throw new Error('not cancelled');
  const expected = bruteForce(variants, catalog);
  const claimed =
    objective === 'worst'
      ? (result.worstCase as NonNullable<typeof result.worstCase>)
      : { failedCalls: result.failedCalls, totalCost: result.totalCost };
  expect({ failedCalls: claimed.failedCalls, cost: moneyToString(claimed.totalCost) }).toEqual({
    failedCalls: expected.failedCalls,
    cost: moneyToString(expected.cost),
  });
  // Its own plan, applied and simulated, costs what it claims.
  const applied = scoreOf(applyAdvice(scenario, result.purchases));
  expect({ failedCalls: applied.failedCalls, cost: moneyToString(applied.cost) }).toEqual({
    failedCalls: result.failedCalls,
    cost: moneyToString(result.totalCost),
  });
  expect(result.provenOptimal).toBe(true);
}

const build = ({ document }: AdvisorCase) => buildScenario(document);
/** Brute force runs thousands of simulations per case: seconds, more on a busy machine. */
const BRUTE_FORCE_TIMEOUT = 60_000;

describe('the advisor against brute force (every plan through simulate)', () => {
  it(
    'finds the cheapest plan for one stream over 1–4 months',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 1, maxMonths: 4, maxCalls: 250, minSize: 250 }),
          (drawn) => checkAgainstBruteForce([build(drawn)], drawn.catalog),
        ),
        propertyRuns(100),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );

  it(
    'finds the cheapest joint plan for two streams over 1–2 months',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 2, maxMonths: 2, maxCalls: 300, minSize: 200 }),
          (drawn) => checkAgainstBruteForce([build(drawn)], drawn.catalog),
        ),
        propertyRuns(80),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );

  it(
    'finds the plan with the lowest worst case over low, expected and high calls',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 2, maxMonths: 2, maxCalls: 200, minSize: 250 }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 100, max: 180 }),
          (drawn, lowPercent, highPercent) => {
            const scenario = build(drawn);
            const scaled = (percent: number): Scenario => ({
              ...scenario,
              streams: scenario.streams.map((stream) => ({
                ...stream,
                monthlyCalls: stream.monthlyCalls.map((calls) =>
                  Math.floor((calls * percent) / 100),
                ),
              })),
            });
            checkAgainstBruteForce(
              [scenario, scaled(lowPercent), scaled(highPercent)],
              drawn.catalog,
            );
          },
        ),
        propertyRuns(60),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );
});

describe('the advisor, stream by stream', () => {
  it(
    'totals the kept packages plus the sum of each stream planned on its own',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 3, maxMonths: 5, maxCalls: 600, minSize: 150 }),
          (drawn) => {
            const scenario = build(drawn);
            const result = advise({ scenario, catalog: drawn.catalog });
            if (result.cancelled) throw new Error('not cancelled');
            const firstDay = monthDay(scenario, 0);
            const dayAfter = monthDay(scenario, scenario.months);
            const keptPrices = keptPackages(scenario)
              .filter((pkg) => pkg.createdOn >= firstDay && pkg.createdOn < dayAfter)
              .reduce((sum, pkg) => addMoney(sum, pkg.price), ZERO_MONEY);
            let total = keptPrices;
            let failed = 0;
            scenario.streams.forEach((stream) => {
              const alone = advise({
                scenario: { ...scenario, streams: [stream] },
                catalog: drawn.catalog,
              });
              if (alone.cancelled) throw new Error('not cancelled');
              total = addMoney(total, subtractMoney(alone.totalCost, keptPrices));
              failed += alone.failedCalls;
              const proven = alone.streams[0]?.guarantee === 'proven-optimal';
              const together = result.streams.find((item) => item.streamId === stream.id);
              // Two proven optima of one stream cost the same; a local optimum may differ.
              if (proven && together?.guarantee === 'proven-optimal')
                expect(moneyToString(together.cost)).toBe(
                  moneyToString(alone.streams[0]?.cost as Money),
                );
            });
            if (result.provenOptimal) {
              expect(moneyToString(result.totalCost)).toBe(moneyToString(total));
              expect(result.failedCalls).toBe(failed);
            }
          },
        ),
        propertyRuns(60),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );
});

describe('the exhaustive search on its own', () => {
  function searchFromNothing(scenario: Scenario, catalog: Catalog) {
    const stream = {
      models: [buildStreamModel(scenario, 0, keptPackages(scenario), catalog.validityMonths)],
      offers: catalogOffers(catalog, (scenario.streams[0] as Scenario['streams'][number]).api),
    };
    // A useless incumbent: the search alone must find the optimum.
    const nothing: GroupPlan = {
      counts: [new Int32Array(scenario.months * stream.offers.length)],
      score: { failedCalls: Number.MAX_SAFE_INTEGER, cost: ZERO_MONEY },
    };
    const search = searchExhaustively([stream], nothing, 1_000_000);
    let step = search.next();
    while (!step.done) step = search.next();
    return step.value;
  }

  it('keeps the branch whose cost meets its lower bound exactly', () => {
    // 1,000 calls a month; a 1k package valid one month at 0.0075 a call, the cheapest rate.
    // Buying one each month costs exactly the bound 3,000 × 0.0075 = 22.5 at every step.
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [1000, 1000, 1000] }],
      payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
    });
    const catalog = testCatalog([{ api: 'general-text', calls: 1000, price: '7.5' }], 1);
    const outcome = searchFromNothing(scenario, catalog);
    expect(outcome.complete).toBe(true);
    expect(moneyToString(outcome.score.cost)).toBe('22.5');
    expect([...(outcome.counts[0] as Int32Array)]).toEqual([1, 1, 1]);
  });

  it(
    'finds the brute-force optimum from a plan of buying nothing',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 1, maxMonths: 4, maxCalls: 250, minSize: 250 }),
          (drawn) => {
            const scenario = build(drawn);
            const kept = keptPackages(scenario);
            const outcome = searchFromNothing(scenario, drawn.catalog);
            expect(outcome.complete).toBe(true);
            const keptPrices = kept
              .filter(
                (pkg) =>
                  pkg.createdOn >= monthDay(scenario, 0) &&
                  pkg.createdOn < monthDay(scenario, scenario.months),
              )
              .reduce((sum, pkg) => addMoney(sum, pkg.price), ZERO_MONEY);
            const expected = bruteForce([scenario], drawn.catalog);
            expect({
              failedCalls: outcome.score.failedCalls,
              cost: moneyToString(addMoney(outcome.score.cost, keptPrices)),
            }).toEqual({ failedCalls: expected.failedCalls, cost: moneyToString(expected.cost) });
          },
        ),
        propertyRuns(80),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );
});

describe('the local search', () => {
  /** The plan after one basic move: add, remove, resize or move by a month one package. */
  function neighbours(
    scenario: Scenario,
    catalog: Catalog,
    purchases: readonly AdvisedPurchase[],
  ): AdvisedPurchase[][] {
    const single = purchases.flatMap((purchase) =>
      Array.from({ length: purchase.count }, () => ({ ...purchase, count: 1 })),
    );
    const candidates = scenario.streams.flatMap((stream) =>
      catalog.packages
        .filter((pkg) => pkg.api === stream.api)
        .flatMap((pkg) =>
          Array.from({ length: scenario.months }, (_, month) => ({
            api: stream.api,
            region: stream.region,
            calls: pkg.calls,
            price: parseMoney(pkg.price) as Money,
            validityMonths: catalog.validityMonths,
            createdOn: monthDay(scenario, month),
            count: 1,
          })),
        ),
    );
    const without = (index: number) => single.filter((_, other) => other !== index);
    const monthOf = (date: string) =>
      candidates.findIndex((candidate) => candidate.createdOn === date) % scenario.months;
    return [
      ...candidates.map((added) => [...single, added]),
      ...single.flatMap((removed, index) => [
        without(index),
        ...candidates
          .filter(
            (other) =>
              other.api === removed.api &&
              other.region === removed.region &&
              ((other.createdOn === removed.createdOn && other.calls !== removed.calls) ||
                (other.calls === removed.calls &&
                  Math.abs(monthOf(other.createdOn) - monthOf(removed.createdOn)) === 1)),
          )
          .map((replacement) => [...without(index), replacement]),
      ]),
    ];
  }

  it(
    'stops where no single add, remove, resize or one-month move is cheaper',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 2, maxMonths: 3, maxCalls: 500, minSize: 150 }),
          (drawn) => {
            const scenario = build(drawn);
            const result = advise({ scenario, catalog: drawn.catalog }, { exactSearchSteps: 0 });
            if (result.cancelled) throw new Error('not cancelled');
            const own = { failedCalls: result.failedCalls, cost: result.totalCost };
            for (const plan of neighbours(scenario, drawn.catalog, result.purchases)) {
              const score = scoreOf(applyAdvice(scenario, plan));
              expect(better(score, own)).toBe(false);
            }
          },
        ),
        propertyRuns(60),
      );
    },
    BRUTE_FORCE_TIMEOUT,
  );
});
