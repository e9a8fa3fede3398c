import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, parseIsoMonth } from '../core/calendar';
import { addMoney, type Money, moneyToString, subtractMoney, ZERO_MONEY } from '../core/money';
import type { Scenario } from '../core/scenario';
import { propertyRuns } from '../testing/property-runs';
import { scenarioDocumentArbitrary } from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import { sortByDeductionOrder, toOrderedPackages } from './deduction';
import { findPriceEntry, graduatedCost, monthCost, volumeCost } from './pricing';
import {
  balanceAtEndOf,
  type PackageDetail,
  type Simulation,
  simulate,
  simulateDetailed,
} from './simulate';
import { callsOnDay, callsThroughDay } from './spread';

const scenarios = scenarioDocumentArbitrary().map(buildScenario);
const RUNS = propertyRuns(300);

/** Each stream's calls per horizon day, worked out from the spec's spreading rule (§3). */
function streamCallsByDay(scenario: Scenario): number[][] {
  const start = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  return scenario.streams.map((stream) =>
    stream.monthlyCalls.flatMap((calls, index) => {
      const month = addMonths(start, index);
      const length = daysInMonth(month.year, month.month);
      return Array.from({ length }, (_, day) => callsOnDay(calls, day + 1, length));
    }),
  );
}

function balanceAtEnd(pkg: PackageDetail, day: number): number {
  if (day < pkg.usableFrom) return pkg.openingBalance;
  if (pkg.usableTo < pkg.usableFrom) return pkg.openingBalance - pkg.consumed;
  return balanceAtEndOf(pkg, Math.min(day, pkg.usableTo)) as number;
}

function consumedOn(pkg: PackageDetail, day: number): number {
  return balanceAtEnd(pkg, day - 1) - balanceAtEnd(pkg, day);
}

function isUsable(simulation: Simulation, scenario: Scenario, index: number, day: number): boolean {
  const ordered = toOrderedPackages(scenario.packages)[index];
  if (!ordered) return false;
  const dayNumber = simulation.firstDay + day;
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  return ordered.pkg.activatesOn <= iso(dayNumber) && iso(dayNumber) <= ordered.expiresOn;
}

describe('engine invariants', () => {
  it('conserves calls every day: packages, pay-per-use and failed add up to the day', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const expected = streamCallsByDay(scenario);
        for (let day = 0; day < simulation.days; day++) {
          const calls = expected.reduce((sum, stream) => sum + (stream[day] as number), 0);
          const covered = simulation.packages.reduce((sum, pkg) => sum + consumedOn(pkg, day), 0);
          expect(simulation.dailyCalls[day]).toBe(calls);
          expect(
            covered +
              (simulation.dailyPayPerUseCalls[day] as number) +
              (simulation.dailyFailedCalls[day] as number),
          ).toBe(calls);
        }
        for (const month of simulation.months) {
          const byPackage = Object.values(month.byPackage).reduce((sum, calls) => sum + calls, 0);
          expect(byPackage + month.payPerUseCalls + month.failedCalls).toBe(month.calls);
        }
      }),
      RUNS,
    );
  });

  it('never lets a package pay outside its API, region or validity, or beyond its quota', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const streamDays = streamCallsByDay(scenario);
        simulation.packages.forEach((pkg, index) => {
          const source = scenario.packages[index] as Scenario['packages'][number];
          const stream = scenario.streams.findIndex(
            (candidate) => candidate.api === source.api && candidate.region === source.region,
          );
          let total = 0;
          for (let day = 0; day < simulation.days; day++) {
            const consumed = consumedOn(pkg, day);
            expect(consumed).toBeGreaterThanOrEqual(0);
            if (consumed > 0) {
              expect(stream).toBeGreaterThanOrEqual(0);
              expect(isUsable(simulation, scenario, index, day)).toBe(true);
            }
            total += consumed;
          }
          expect(total).toBe(pkg.consumed);
          expect(pkg.consumed).toBeLessThanOrEqual(source.calls - source.usedCalls);
          expect(pkg.remaining + pkg.wasted).toBeLessThanOrEqual(
            source.calls - source.usedCalls - pkg.consumed,
          );
        });
        scenario.streams.forEach((stream, streamIndex) => {
          for (let day = 0; day < simulation.days; day++) {
            const covered = simulation.packages
              .filter(
                (_, index) =>
                  scenario.packages[index]?.api === stream.api &&
                  scenario.packages[index]?.region === stream.region,
              )
              .reduce((sum, pkg) => sum + consumedOn(pkg, day), 0);
            expect(covered).toBeLessThanOrEqual(streamDays[streamIndex]?.[day] as number);
          }
        });
      }),
      RUNS,
    );
  });

  it('lets packages pay all they can, and never a lower-priority one while a higher one still had quota', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const streamDays = streamCallsByDay(scenario);
        const ordered = toOrderedPackages(scenario.packages);
        scenario.streams.forEach((stream, streamIndex) => {
          const payers = sortByDeductionOrder(
            ordered.filter(({ pkg }) => pkg.api === stream.api && pkg.region === stream.region),
            scenario.deductionOrder,
          ).map(({ position }) => position);
          for (let day = 0; day < simulation.days; day++) {
            const usable = payers.filter((position) =>
              isUsable(simulation, scenario, position, day),
            );
            const available = usable.reduce(
              (sum, position) =>
                sum + balanceAtEnd(simulation.packages[position] as PackageDetail, day - 1),
              0,
            );
            const covered = payers.reduce(
              (sum, position) =>
                sum + consumedOn(simulation.packages[position] as PackageDetail, day),
              0,
            );
            expect(covered).toBe(Math.min(streamDays[streamIndex]?.[day] as number, available));
            usable.forEach((higher, rank) => {
              const lowerPaid = usable
                .slice(rank + 1)
                .some((lower) => consumedOn(simulation.packages[lower] as PackageDetail, day) > 0);
              if (lowerPaid)
                expect(balanceAtEnd(simulation.packages[higher] as PackageDetail, day)).toBe(0);
            });
          }
        });
      }),
      RUNS,
    );
  });

  it('changes nothing when the streams are listed in another order', () => {
    fc.assert(
      fc.property(scenarios, fc.func(fc.integer()), (scenario, key) => {
        const shuffled: Scenario = {
          ...scenario,
          streams: [...scenario.streams].sort((a, b) => key(a.id) - key(b.id)),
        };
        expect(simulate(shuffled)).toEqual(simulate(scenario));
      }),
      RUNS,
    );
  });

  it('changes nothing when a free package is added for an API nobody calls', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const extra = buildScenario({
          start: scenario.start,
          months: scenario.months,
          packages: [
            {
              id: 'unused',
              api: 'vin',
              region: 'cn-north-4',
              calls: 1000,
              createdOn: '2027-01-01',
              price: '0',
            },
          ],
        }).packages;
        const before = simulate(scenario);
        const after = simulate({ ...scenario, packages: [...scenario.packages, ...extra] });
        expect({ ...after, packages: after.packages.slice(0, -1) }).toEqual(before);
        expect(after.packages.at(-1)).toMatchObject({ id: 'unused', consumed: 0 });
      }),
      RUNS,
    );
  });

  it('makes money totals the exact sums of the months and of the days', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const { totals, months } = simulation;
        const sum = (pick: (month: (typeof months)[number]) => bigint) =>
          months.reduce((total, month) => addMoney(total, pick(month) as never), ZERO_MONEY);
        expect(sum((month) => month.packageCost)).toBe(totals.packageCost);
        expect(sum((month) => month.payPerUseCost)).toBe(totals.payPerUseCost);
        expect(sum((month) => month.totalCost)).toBe(totals.totalCost);
        expect(addMoney(totals.packageCost, totals.payPerUseCost)).toBe(totals.totalCost);
        expect(subtractMoney(totals.payPerUseOnlyCost, totals.totalCost)).toBe(totals.savings);
        expect(simulation.cumulativePlanCost.at(-1)).toBe(totals.totalCost);
        expect(simulation.cumulativePayPerUseOnlyCost.at(-1)).toBe(totals.payPerUseOnlyCost);
        expect(totals.calls).toBe(months.reduce((total, month) => total + month.calls, 0));
        expect(totals.packageCalls + totals.payPerUseCalls + totals.failedCalls).toBe(totals.calls);
      }),
      RUNS,
    );
  });

  it('never makes the pay-per-use-only cost depend on the packages', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const withPackages = simulate(scenario).totals;
        const without = simulate({ ...scenario, packages: [] }).totals;
        expect(withPackages.payPerUseOnlyCost).toBe(without.payPerUseOnlyCost);
        expect(without.totalCost).toBe(without.payPerUseOnlyCost);
        expect(without.savings).toBe('0');
      }),
      RUNS,
    );
  });

  it('finds the payback day as §7 defines it', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const savingsOn = (day: number) =>
          subtractMoney(
            simulation.cumulativePayPerUseOnlyCost[day] as never,
            simulation.cumulativePlanCost[day] as never,
          );
        const firstPaid = scenario.packages
          .map((pkg) => pkg)
          .filter((pkg) => pkg.price !== ZERO_MONEY && pkg.createdOn >= `${scenario.start}-01`)
          .map((pkg) => Math.round(Date.parse(pkg.createdOn) / 86_400_000) - simulation.firstDay)
          .filter((day) => day < simulation.days);
        let expected: string | null = null;
        if (simulation.totals.packageCost !== ZERO_MONEY && simulation.totals.savings >= 0n) {
          for (let day = Math.min(...firstPaid); day < simulation.days; day++) {
            let holds = true;
            for (let later = day; later < simulation.days; later++)
              if (savingsOn(later) < 0n) holds = false;
            if (holds) {
              expected = new Date((simulation.firstDay + day) * 86_400_000)
                .toISOString()
                .slice(0, 10);
              break;
            }
          }
        }
        expect(simulation.paybackOn).toBe(expected);
        if (expected !== null)
          expect(moneyToString(savingsOn(simulation.days - 1))).not.toMatch(/^-/);
      }),
      propertyRuns(150),
    );
  });
});

describe('pay-per-use, priced by the one tier-pricing module (§6)', () => {
  /** One stream, half the time without its packages: graduated and volume tiers both come up. */
  const singleStream = fc
    .tuple(scenarioDocumentArbitrary(), fc.boolean())
    .map(([document, keepPackages]) =>
      buildScenario({
        ...document,
        streams: document.streams.slice(0, 1),
        packages: keepPackages ? document.packages : [],
      }),
    );

  function priceOf(scenario: Scenario) {
    const stream = scenario.streams[0] as Scenario['streams'][number];
    const entry = findPriceEntry(scenario.payPerUse, stream.api, stream.region);
    return stream.subscribed && entry ? entry : null;
  }

  function monthLengths(scenario: Scenario): number[] {
    const start = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
    return Array.from({ length: scenario.months }, (_, index) => {
      const month = addMonths(start, index);
      return daysInMonth(month.year, month.month);
    });
  }

  it("charges each month's pay-per-use calls monthCost, and pay-per-use only the monthCost of the raw calls", () => {
    fc.assert(
      fc.property(singleStream, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const price = priceOf(scenario);
        const stream = scenario.streams[0] as Scenario['streams'][number];
        let payPerUseOnly = ZERO_MONEY;
        simulation.months.forEach((month, index) => {
          if (price === null) {
            expect(month.payPerUseCalls).toBe(0);
            expect(month.payPerUseCost).toBe(ZERO_MONEY);
            return;
          }
          expect(month.payPerUseCost).toBe(
            monthCost(price.mode, price.tiers, month.payPerUseCalls),
          );
          const raw = stream.monthlyCalls[index] as number;
          payPerUseOnly = addMoney(payPerUseOnly, monthCost(price.mode, price.tiers, raw));
        });
        expect(simulation.totals.payPerUseOnlyCost).toBe(payPerUseOnly);
      }),
      RUNS,
    );
  });

  it('dates each charge as §7 says: graduated on the day of the calls, volume on the last day of the month', () => {
    fc.assert(
      fc.property(singleStream, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const price = priceOf(scenario);
        const stream = scenario.streams[0] as Scenario['streams'][number];
        const packagePriceOn = (day: number) =>
          scenario.packages
            .filter(
              (pkg) =>
                Math.round(Date.parse(pkg.createdOn) / 86_400_000) === simulation.firstDay + day,
            )
            .reduce((sum, pkg) => addMoney(sum, pkg.price), ZERO_MONEY);
        let day = 0;
        let monthsBefore = ZERO_MONEY;
        monthLengths(scenario).forEach((length, index) => {
          const volume = stream.monthlyCalls[index] as number;
          let planCounter = 0;
          for (let k = 1; k <= length; k++, day++) {
            const charged = subtractMoney(
              subtractMoney(
                simulation.cumulativePlanCost[day] as Money,
                (simulation.cumulativePlanCost[day - 1] as Money | undefined) ?? ZERO_MONEY,
              ),
              packagePriceOn(day),
            );
            const payPerUseToday = simulation.dailyPayPerUseCalls[day] as number;
            // Pay-per-use only: the month's first ⌊V·k/D⌋ calls by the end of day k.
            let baselineToDate = ZERO_MONEY;
            if (price?.mode === 'graduated') {
              expect(charged).toBe(graduatedCost(price.tiers, planCounter, payPerUseToday));
              baselineToDate = graduatedCost(price.tiers, 0, callsThroughDay(volume, k, length));
            } else if (price?.mode === 'volume') {
              const monthTotal = planCounter + payPerUseToday;
              expect(charged).toBe(k === length ? volumeCost(price.tiers, monthTotal) : ZERO_MONEY);
              if (k === length) baselineToDate = volumeCost(price.tiers, volume);
            } else expect(charged).toBe(ZERO_MONEY);
            expect(simulation.cumulativePayPerUseOnlyCost[day]).toBe(
              addMoney(monthsBefore, baselineToDate),
            );
            planCounter += payPerUseToday;
          }
          if (price !== null)
            monthsBefore = addMoney(monthsBefore, monthCost(price.mode, price.tiers, volume));
        });
      }),
      RUNS,
    );
  });
});
