import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../core/catalog';
import {
  addMoney,
  compareMoney,
  type Money,
  moneyToString,
  subtractMoney,
  ZERO_MONEY,
} from '../core/money';
import type { Scenario } from '../core/scenario';
import { type AdvisorCase, advisorCaseArbitrary } from '../testing/advisor-arbitrary';
import { bruteForce, scoreOf } from '../testing/advisor-brute-force';
import { nodeMilpSolver } from '../testing/highs-node';
import { propertyRuns } from '../testing/property-runs';
import { buildScenario } from '../testing/scenario-builder';
import { type AdvisorResult, advise, applyAdvice, keptPackages } from './advisor';
import { boundNoise, formulatePlanMilp, type MilpSolver } from './advisor-milp';
import { buildStreamModel, monthFirstDay } from './advisor-model';
import { catalogOffers } from './break-even';

/*
 * The solver's plan and certificate against brute force (every plan through `simulate`,
 * advisor-brute-force.ts). The quick search's exhaustive part gets no steps, so every plan that
 * is not trivially empty goes through HiGHS, and every certificate is the solver's.
 */

let solver: MilpSolver;
/** How each case's solver run ended: a property the solver never ran in would test nothing. */
const solverEnds: string[] = [];
beforeAll(async () => {
  solver = await nodeMilpSolver();
});

/**
 * Runs a property and checks that a certificate, not the quick search, answered most of its
 * cases: HiGHS's bound, or the knapsack bound that proves a plan before HiGHS is needed
 * ('not-needed'); and that HiGHS itself answered some.
 */
function assertWithSolver(property: fc.IProperty<unknown>, runs: number): void {
  const before = solverEnds.length;
  fc.assert(property, propertyRuns(runs));
  const ends = solverEnds.slice(before);
  const solved = ends.filter((end) => end === 'optimal' || end === 'time-limit').length;
  const floorProved = ends.filter((end) => end === 'not-needed').length;
  expect(solved + floorProved).toBeGreaterThan(ends.length / 2);
  expect(solved).toBeGreaterThan(0);
}

const build = ({ document }: AdvisorCase) => buildScenario(document);
/** Brute force runs thousands of simulations per case: seconds, more on a busy machine. */
const TIMEOUT = 90_000;

type Checked = {
  readonly result: AdvisorResult;
  /** The cost the certificate speaks of: the total, or the worst case over the variants. */
  readonly certified: { readonly failedCalls: number; readonly cost: Money };
  readonly optimum: { readonly failedCalls: number; readonly cost: Money };
};

function solve(variants: readonly Scenario[], catalog: Catalog): Checked {
  const scenario = variants[0] as Scenario;
  const objective = variants.length > 1 ? 'worst' : 'total';
  const presolveAsked: (boolean | undefined)[] = [];
  const recording: MilpSolver = (request) => {
    presolveAsked.push(request.presolve);
    return solver(request);
  };
  const result = advise(
    { scenario, catalog, scenarios: variants.slice(1) },
    { objective, solver: recording, exactSearchSteps: 0, solverSeconds: 20 },
  );
  if (result.cancelled) throw new Error('not cancelled');
  // The total's model solves faster without the solver's presolve; the worst case needs it.
  for (const presolve of presolveAsked) expect(presolve).toBe(objective === 'worst');
  solverEnds.push(result.certificate.solver);
  const certified =
    objective === 'worst'
      ? {
          failedCalls: (result.worstCase as NonNullable<AdvisorResult['worstCase']>).failedCalls,
          cost: (result.worstCase as NonNullable<AdvisorResult['worstCase']>).totalCost,
        }
      : { failedCalls: result.failedCalls, cost: result.totalCost };
  return { result, certified, optimum: bruteForce(variants, catalog) };
}

/** Every property at once: the three the issue names, on the same solved case. */
function checkCertificate({ result, certified, optimum }: Checked, scenario: Scenario): void {
  // The plan, applied and simulated, costs what it claims.
  const applied = scoreOf(applyAdvice(scenario, result.purchases));
  expect(moneyToString(applied.cost)).toBe(moneyToString(result.totalCost));
  // On small horizons the plan is the brute-force optimum.
  expect({ failedCalls: certified.failedCalls, cost: moneyToString(certified.cost) }).toEqual({
    failedCalls: optimum.failedCalls,
    cost: moneyToString(optimum.cost),
  });
  const { certificate } = result;
  if (certificate.lowerBound !== null) {
    // The engine's exact cost is never below the certified bound, nor is the optimum.
    expect(compareMoney(certificate.lowerBound, certified.cost)).toBeLessThanOrEqual(0);
    expect(compareMoney(certificate.lowerBound, optimum.cost)).toBeLessThanOrEqual(0);
  }
  if (certificate.guarantee === 'proven-optimal') {
    expect(moneyToString(certificate.lowerBound as Money)).toBe(moneyToString(certified.cost));
    expect(certificate.gapPercent).toBeNull();
  }
  for (const stream of result.streams)
    if (stream.lowerBound !== null)
      expect(compareMoney(stream.lowerBound, stream.cost)).toBeLessThanOrEqual(0);
}

/**
 * The model's own optimum, solved to the end, against brute force: the certificate alone would
 * let a bound above the optimum pass whenever the plan found is the optimum (it is then
 * "proven"), so a too-tight allowance cap would go unseen there.
 */
function checkModelBound(scenario: Scenario, catalog: Catalog, optimum: Money): void {
  const kept = keptPackages(scenario);
  const firstDay = monthFirstDay(scenario, 0);
  const dayAfter = monthFirstDay(scenario, scenario.months);
  const keptPrices = kept
    .filter((pkg) => pkg.createdOn >= firstDay && pkg.createdOn < dayAfter)
    .reduce((sum, pkg) => addMoney(sum, pkg.price), ZERO_MONEY);
  const stream = scenario.streams[0] as Scenario['streams'][number];
  const model = buildStreamModel(scenario, 0, kept, catalog.validityMonths);
  const milp = formulatePlanMilp(
    [{ models: [model], offers: catalogOffers(catalog, stream.api) }],
    'total',
  );
  if (milp === null) return;
  const answer = solver({ lp: milp.lp, timeLimitSeconds: 20 });
  expect(answer.status).toBe('optimal');
  const money = Number(moneyToString(subtractMoney(optimum, keptPrices)));
  expect(answer.bound as number).toBeLessThanOrEqual(money + boundNoise(answer.bound as number));
}

describe('the solver-backed advisor against brute force (every plan through simulate)', () => {
  it(
    'plans one stream over 1–4 months: the optimum, a bound below it, proven means equal',
    () => {
      assertWithSolver(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 1, maxMonths: 4, maxCalls: 250, minSize: 250 }),
          (drawn) => {
            const scenario = build(drawn);
            checkCertificate(solve([scenario], drawn.catalog), scenario);
          },
        ),
        30,
      );
    },
    TIMEOUT,
  );

  it(
    'plans two streams over 1–2 months, kept packages and unsubscribed regions included',
    () => {
      assertWithSolver(
        fc.property(
          advisorCaseArbitrary({ maxStreams: 2, maxMonths: 2, maxCalls: 300, minSize: 200 }),
          (drawn) => {
            const scenario = build(drawn);
            checkCertificate(solve([scenario], drawn.catalog), scenario);
          },
        ),
        25,
      );
    },
    TIMEOUT,
  );

  it(
    'plans around kept allowances that renew every day or month (billing-rules §4a)',
    () => {
      assertWithSolver(
        fc.property(
          advisorCaseArbitrary({
            maxStreams: 1,
            maxMonths: 3,
            maxCalls: 300,
            minSize: 200,
            maxKept: 3,
            allowances: true,
          }),
          (drawn) => {
            const scenario = build(drawn);
            const checked = solve([scenario], drawn.catalog);
            checkCertificate(checked, scenario);
            checkModelBound(scenario, drawn.catalog, checked.optimum.cost);
          },
        ),
        25,
      );
    },
    TIMEOUT,
  );

  it(
    'plans the lowest worst case over low, expected and high calls',
    () => {
      assertWithSolver(
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
            checkCertificate(
              solve([scenario, scaled(lowPercent), scaled(highPercent)], drawn.catalog),
              scenario,
            );
          },
        ),
        20,
      );
    },
    TIMEOUT,
  );
});
