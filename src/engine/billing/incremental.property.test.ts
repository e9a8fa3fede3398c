import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Money, parseMoney } from '../core/money';
import { DEDUCTION_KEYS, PACKAGE_SOURCES, type Package, type Scenario } from '../core/scenario';
import { propertyRuns } from '../testing/property-runs';
import {
  ARBITRARY_APIS,
  ARBITRARY_REGIONS,
  scenarioDocumentArbitrary,
} from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import { type IncrementalRun, simulateIncrementally } from './incremental';
import { type Simulation, simulate, simulateDetailed, toResultDocument } from './simulate';

/*
 * The incremental run must be the full run, whatever was edited before: after every edit of a
 * random sequence it is compared, field for field, with a fresh simulateDetailed.
 */

type Edit = (scenario: Scenario) => Scenario;

const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list.length === 0 ? undefined : list[at % list.length];

function withPackage(scenario: Scenario, at: number, change: (pkg: Package) => Package): Scenario {
  const target = pick(scenario.packages, at);
  if (!target) return scenario;
  return {
    ...scenario,
    packages: scenario.packages.map((pkg) => (pkg === target ? change(pkg) : pkg)),
  };
}

const money = (text: string) => parseMoney(text) as Money;

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  // One month of one stream.
  fc.record({ at: fc.nat(), month: fc.nat(), calls: fc.integer({ min: 0, max: 5000 }) }).map(
    ({ at, month, calls }): Edit =>
      (scenario) => {
        const target = pick(scenario.streams, at);
        if (!target) return scenario;
        return {
          ...scenario,
          streams: scenario.streams.map((stream) =>
            stream === target
              ? {
                  ...stream,
                  monthlyCalls: stream.monthlyCalls.map((old, index) =>
                    index === month % stream.monthlyCalls.length ? calls : old,
                  ),
                }
              : stream,
          ),
        };
      },
  ),
  // A stream's region subscribed or not.
  fc.nat().map(
    (at): Edit =>
      (scenario) => {
        const target = pick(scenario.streams, at);
        if (!target) return scenario;
        return {
          ...scenario,
          streams: scenario.streams.map((stream) =>
            stream === target ? { ...stream, subscribed: !stream.subscribed } : stream,
          ),
        };
      },
  ),
  // A package's quota, price, priority, validity or source.
  fc
    .record({
      at: fc.nat(),
      calls: fc.integer({ min: 1, max: 3000 }),
      price: fc.integer({ min: 0, max: 9000 }),
      priority: fc.integer({ min: -2, max: 2 }),
      validityMonths: fc.integer({ min: 1, max: 14 }),
      source: fc.constantFrom(...PACKAGE_SOURCES),
      field: fc.constantFrom('calls', 'price', 'priority', 'validityMonths', 'source'),
    })
    .map(
      (drawn): Edit =>
        (scenario) =>
          withPackage(scenario, drawn.at, (pkg) => {
            switch (drawn.field) {
              case 'calls':
                return { ...pkg, calls: Math.max(drawn.calls, pkg.usedCalls) };
              case 'price':
                return { ...pkg, price: money(String(drawn.price / 100)) };
              case 'priority':
                return { ...pkg, priority: drawn.priority };
              case 'validityMonths':
                return { ...pkg, validityMonths: drawn.validityMonths };
              case 'source':
                return { ...pkg, source: drawn.source };
            }
          }),
    ),
  // A package moved to another API or region: two groups change.
  fc
    .record({
      at: fc.nat(),
      api: fc.constantFrom(...ARBITRARY_APIS),
      region: fc.constantFrom(...ARBITRARY_REGIONS),
    })
    .map(
      ({ at, api, region }): Edit =>
        (scenario) =>
          withPackage(scenario, at, (pkg) => ({ ...pkg, api, region })),
    ),
  // A package removed, or two swapped in the list (their last tie-break).
  fc.record({ at: fc.nat(), other: fc.nat(), remove: fc.boolean() }).map(
    ({ at, other, remove }): Edit =>
      (scenario) => {
        const { packages } = scenario;
        if (packages.length === 0) return scenario;
        const first = at % packages.length;
        if (remove) return { ...scenario, packages: packages.filter((_, i) => i !== first) };
        const second = other % packages.length;
        const swapped = [...packages];
        [swapped[first], swapped[second]] = [swapped[second] as Package, swapped[first] as Package];
        return { ...scenario, packages: swapped };
      },
  ),
  // A stream removed.
  fc.nat().map(
    (at): Edit =>
      (scenario) => {
        const target = pick(scenario.streams, at);
        return target
          ? { ...scenario, streams: scenario.streams.filter((stream) => stream !== target) }
          : scenario;
      },
  ),
  // A unit price of one tier.
  fc.record({ at: fc.nat(), tier: fc.nat(), price: fc.integer({ min: 0, max: 20_000 }) }).map(
    ({ at, tier, price }): Edit =>
      (scenario) => {
        const target = pick(scenario.payPerUse, at);
        if (!target) return scenario;
        const changed = tier % target.tiers.length;
        return {
          ...scenario,
          payPerUse: scenario.payPerUse.map((entry) =>
            entry === target
              ? {
                  ...entry,
                  tiers: entry.tiers.map((old, index) =>
                    index === changed ? { ...old, unitPrice: money(String(price / 1e6)) } : old,
                  ),
                }
              : entry,
          ),
        };
      },
  ),
  // The deduction order, or the horizon's length: every group reruns.
  fc.shuffledSubarray([...DEDUCTION_KEYS], { minLength: 1 }).map(
    (deductionOrder): Edit =>
      (scenario) => ({ ...scenario, deductionOrder }),
  ),
  fc.integer({ min: 1, max: 4 }).map(
    (months): Edit =>
      (scenario) => ({
        ...scenario,
        months,
        streams: scenario.streams.map((stream) => ({
          ...stream,
          monthlyCalls: Array.from({ length: months }, (_, m) => stream.monthlyCalls[m] ?? 100),
        })),
      }),
  ),
);

function expectSame(incremental: Simulation, scenario: Scenario): Simulation {
  const fresh = simulateDetailed(scenario);
  expect(incremental).toEqual(fresh);
  // Key order too, so the result documents are the same text.
  expect(JSON.stringify(toResultDocument(incremental))).toBe(JSON.stringify(simulate(scenario)));
  return fresh;
}

describe('simulateIncrementally', () => {
  it('equals a fresh full run after every edit of a random sequence, leaving earlier runs as they were', () => {
    fc.assert(
      fc.property(
        scenarioDocumentArbitrary({ allowances: true }).map(buildScenario),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        (start, edits) => {
          let scenario = start;
          let run: IncrementalRun = simulateIncrementally(scenario);
          let expected = expectSame(run.simulation, scenario);
          for (const edit of edits) {
            const before = run;
            const beforeExpected = expected;
            scenario = edit(scenario);
            run = simulateIncrementally(scenario, before);
            expected = expectSame(run.simulation, scenario);
            expect(before.simulation).toEqual(beforeExpected);
          }
        },
      ),
      propertyRuns(40),
    );
  }, 60_000);

  it('reruns only the group an edit to one stream touches', () => {
    const scenario = buildScenario(
      fc.sample(scenarioDocumentArbitrary(), { numRuns: 1, seed: 16 })[0] as Parameters<
        typeof buildScenario
      >[0],
    );
    const first = simulateIncrementally(scenario);
    expect(first.recomputedGroups).toBe(first.groupCount);
    const [stream] = scenario.streams;
    if (!stream) throw new Error('the sample has no stream');
    const edited: Scenario = {
      ...scenario,
      streams: scenario.streams.map((s) =>
        s === stream ? { ...s, monthlyCalls: s.monthlyCalls.map((calls) => calls + 7) } : s,
      ),
    };
    const second = simulateIncrementally(edited, first);
    expect(second.recomputedGroups).toBe(1);
    expect(second.simulation).toEqual(simulateDetailed(edited));
    // A new name changes no group; an edit of nothing the engine reads reruns nothing.
    const renamed = simulateIncrementally({ ...edited, name: 'Renamed' }, second);
    expect(renamed.recomputedGroups).toBe(0);
    expect(renamed.sums).toBe(second.sums);
  });
});
