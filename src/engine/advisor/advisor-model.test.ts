import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../billing/simulate';
import { type Money, moneyToString, parseMoney } from '../core/money';
import type { Scenario } from '../core/scenario';
import { advisorCaseArbitrary } from '../testing/advisor-arbitrary';
import { propertyRuns } from '../testing/property-runs';
import { scenarioDocumentArbitrary } from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import {
  buildStreamModel,
  createState,
  evaluatePools,
  plannedPackage,
  uncoveredCallsFrom,
} from './advisor-model';
import type { PackageOffer } from './break-even';

/** A random plan: purchases of random sizes on the first day of random horizon months. */
const planArbitrary = fc.array(
  fc.record({
    month: fc.integer({ min: 0, max: 3 }),
    calls: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 40 })),
    price: fc.integer({ min: 0, max: 9 }),
  }),
  { maxLength: 5 },
);

/** Each case runs the real simulate: seconds in all, more on a busy machine. */
const SIMULATION_TIMEOUT = 60_000;

/**
 * Single streams under any order the advisor's pooled model plans under: the packages bought on
 * one day pay as one pool while the size (`calls`) never decides before the dates.
 */
const singleStreamScenarios = scenarioDocumentArbitrary({ allowances: true }).map((document) => {
  const order = document.deductionOrder?.filter((key) => key !== 'calls');
  const { deductionOrder: _, ...rest } = document;
  return buildScenario({
    ...rest,
    ...(order && order.length > 0 ? { deductionOrder: order } : {}),
    streams: document.streams.slice(0, 1),
  });
});

function applyPlan(
  scenario: Scenario,
  plan: readonly { month: number; calls: number; price: number }[],
  validityMonths: number,
): { applied: Scenario; poolQuota: Float64Array } {
  const stream = scenario.streams[0] as Scenario['streams'][number];
  const poolQuota = new Float64Array(scenario.months);
  const purchases = plan
    .filter((item) => item.month < scenario.months)
    .sort((a, b) => a.month - b.month)
    .map((item, index) => {
      poolQuota[item.month] = (poolQuota[item.month] as number) + item.calls;
      const offer: PackageOffer = {
        calls: item.calls,
        price: parseMoney(String(item.price)) as Money,
        validityMonths,
      };
      return plannedPackage(scenario, stream, item.month, offer, `plan-${index}`, '');
    });
  return { applied: { ...scenario, packages: [...scenario.packages, ...purchases] }, poolQuota };
}

describe('the advisor evaluator', () => {
  it(
    'gives exactly the pay-per-use cost and failed calls of simulate, for any kept packages and plan',
    () => {
      fc.assert(
        fc.property(
          singleStreamScenarios,
          planArbitrary,
          fc.integer({ min: 1, max: 14 }),
          (scenario, plan, validityMonths) => {
            const { applied, poolQuota } = applyPlan(scenario, plan, validityMonths);
            const model = buildStreamModel(scenario, 0, scenario.packages, validityMonths);
            const score = evaluatePools(model, poolQuota, createState(model));
            const totals = simulate(applied).totals;
            expect({ failedCalls: score.failedCalls, cost: moneyToString(score.cost) }).toEqual({
              failedCalls: totals.failedCalls,
              cost: totals.payPerUseCost,
            });
          },
        ),
        propertyRuns(300),
      );
    },
    SIMULATION_TIMEOUT,
  );

  it(
    'agrees with simulate where kept packages compete with purchases on every deduction key',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 1, maxMonths: 4, maxCalls: 900, maxKept: 4 }),
          planArbitrary,
          ({ document, catalog }, plan) => {
            const scenario = buildScenario(document);
            const { applied, poolQuota } = applyPlan(scenario, plan, catalog.validityMonths);
            const model = buildStreamModel(scenario, 0, scenario.packages, catalog.validityMonths);
            const score = evaluatePools(model, poolQuota, createState(model));
            const totals = simulate(applied).totals;
            expect({ failedCalls: score.failedCalls, cost: moneyToString(score.cost) }).toEqual({
              failedCalls: totals.failedCalls,
              cost: totals.payPerUseCost,
            });
          },
        ),
        propertyRuns(300),
      );
    },
    SIMULATION_TIMEOUT,
  );

  it(
    'agrees with simulate where kept allowances renew every day or month (billing-rules §4a)',
    () => {
      fc.assert(
        fc.property(
          advisorCaseArbitrary({
            maxStreams: 1,
            maxMonths: 4,
            maxCalls: 900,
            maxKept: 4,
            allowances: true,
          }),
          planArbitrary,
          ({ document, catalog }, plan) => {
            const scenario = buildScenario(document);
            const { applied, poolQuota } = applyPlan(scenario, plan, catalog.validityMonths);
            const model = buildStreamModel(scenario, 0, scenario.packages, catalog.validityMonths);
            const score = evaluatePools(model, poolQuota, createState(model));
            const totals = simulate(applied).totals;
            expect({ failedCalls: score.failedCalls, cost: moneyToString(score.cost) }).toEqual({
              failedCalls: totals.failedCalls,
              cost: totals.payPerUseCost,
            });
          },
        ),
        propertyRuns(300),
      );
    },
    SIMULATION_TIMEOUT,
  );

  it('orders an allowance by the end of its current period, not by its expiry (§4a)', () => {
    // By expiry alone the package (ending 31 January) would pay first and run dry in 5 days;
    // by the period's end the daily allowance pays first, and the package lasts 10 days.
    const scenario = buildScenario({
      months: 2,
      deductionOrder: ['expiresOn'],
      streams: [{ monthlyCalls: [620, 560] }],
      packages: [
        {
          id: 'daily',
          source: 'free',
          calls: 10,
          createdOn: '2027-01-01',
          resetEvery: 'day',
          validityMonths: 12,
        },
        { id: 'package', calls: 100, createdOn: '2026-12-31', validityMonths: 1 },
      ],
    });
    const model = buildStreamModel(scenario, 0, scenario.packages, 12);
    const score = evaluatePools(model, new Float64Array(2), createState(model));
    const { totals } = simulate(scenario);
    expect(totals.payPerUseCalls).toBe(620 + 560 - 100 - 10 * 59);
    expect(moneyToString(score.cost)).toBe(totals.payPerUseCost);
  });

  it(
    'never counts more calls as uncovered than the horizon still holds',
    () => {
      fc.assert(
        fc.property(singleStreamScenarios, (scenario) => {
          const model = buildStreamModel(scenario, 0, scenario.packages, 12);
          const state = createState(model);
          for (let month = 0; month <= scenario.months; month++) {
            const uncovered = uncoveredCallsFrom(model, state, month);
            expect(uncovered).toBeGreaterThanOrEqual(0);
            expect(uncovered).toBeLessThanOrEqual(model.callsFrom[month] as number);
          }
        }),
        propertyRuns(100),
      );
    },
    SIMULATION_TIMEOUT,
  );

  it('is exact at 10^12 calls a month over many months', () => {
    const scenario = buildScenario({
      months: 24,
      streams: [{ monthlyCalls: Array.from({ length: 24 }, () => 1_000_000_000_000) }],
      payPerUse: [
        {
          api: 'general-text',
          tiers: [
            { upTo: 999_999_999_999, unitPrice: '0.000000000001' },
            { upTo: null, unitPrice: '123.456789012345' },
          ],
        },
      ],
    });
    const plan = [{ month: 3, calls: 777_777_777_777, price: 5 }];
    const { applied, poolQuota } = applyPlan(scenario, plan, 12);
    const model = buildStreamModel(scenario, 0, scenario.packages, 12);
    const score = evaluatePools(model, poolQuota, createState(model));
    expect(moneyToString(score.cost)).toBe(simulate(applied).totals.payPerUseCost);
  });
});
