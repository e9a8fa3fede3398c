import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayNumberToIso,
  daysInMonth,
  fromDayNumber,
  parseIsoMonth,
} from '../core/calendar';
import type { Package, Scenario } from '../core/scenario';
import { propertyRuns } from '../testing/property-runs';
import { scenarioDocumentArbitrary } from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import { expiryDate } from './deduction';
import { balanceAtEndOf, type PackageDetail, type Simulation, simulateDetailed } from './simulate';
import { callsOnDay } from './spread';

/* billing-rules §4a: allowances whose quota renews every day or month. */

const scenarios = scenarioDocumentArbitrary({ allowances: true }).map(buildScenario);
const RUNS = propertyRuns(150);

function streamCallsByDay(scenario: Scenario): number[] {
  const start = parseIsoMonth(scenario.start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
  const total: number[] = [];
  for (const stream of scenario.streams) {
    let day = 0;
    stream.monthlyCalls.forEach((calls, index) => {
      const month = addMonths(start, index);
      const length = daysInMonth(month.year, month.month);
      for (let k = 1; k <= length; k++, day++)
        total[day] = (total[day] ?? 0) + callsOnDay(calls, k, length);
    });
  }
  return total;
}

/** What a package paid on horizon day `day`, read from its balance at the end of each day. */
function paidOn(pkg: PackageDetail, day: number): number {
  if (day < pkg.usableFrom || day > pkg.usableTo) return 0;
  const after = balanceAtEndOf(pkg, day) as number;
  if (pkg.periods.length === 0) {
    const before = day === pkg.usableFrom ? pkg.openingBalance : balanceAtEndOf(pkg, day - 1);
    return (before as number) - after;
  }
  const period = pkg.periods.find((candidate) => candidate.from <= day && day <= candidate.to);
  if (!period) throw new Error(`no period holds usable day ${day}`);
  const before = day === period.from ? period.held : (balanceAtEndOf(pkg, day - 1) as number);
  return before - after;
}

function isoOf(simulation: Simulation, day: number): string {
  return dayNumberToIso(simulation.firstDay + day);
}

function isUsableOn(pkg: Package, iso: string): boolean {
  return pkg.activatesOn <= iso && iso <= expiryDate(pkg);
}

/** An allowance's periods with a usable day inside the horizon, counted from the calendar. */
function periodsInHorizon(simulation: Simulation, pkg: Package): number {
  const keys = new Set<string>();
  for (let day = 0; day < simulation.days; day++) {
    const iso = isoOf(simulation, day);
    if (isUsableOn(pkg, iso)) keys.add(pkg.resetEvery === 'day' ? iso : iso.slice(0, 7));
  }
  return keys.size;
}

describe('allowances (billing-rules §4a)', () => {
  it('conserve calls every day and every month', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const calls = streamCallsByDay(scenario);
        for (let day = 0; day < simulation.days; day++) {
          const covered = simulation.packages.reduce((sum, pkg) => sum + paidOn(pkg, day), 0);
          expect(
            covered +
              (simulation.dailyPayPerUseCalls[day] as number) +
              (simulation.dailyFailedCalls[day] as number),
          ).toBe(calls[day] ?? 0);
        }
        for (const month of simulation.months) {
          const byPackage = Object.values(month.byPackage).reduce((sum, count) => sum + count, 0);
          expect(byPackage + month.payPerUseCalls + month.failedCalls).toBe(month.calls);
        }
      }),
      RUNS,
    );
  });

  it('pay at most their quota in every period, and never outside their validity', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        simulation.packages.forEach((pkg, index) => {
          const source = scenario.packages[index] as Package;
          for (let day = 0; day < simulation.days; day++) {
            const paid = paidOn(pkg, day);
            expect(paid).toBeGreaterThanOrEqual(0);
            if (paid > 0) expect(isUsableOn(source, isoOf(simulation, day))).toBe(true);
          }
          if (!source.resetEvery) return;
          for (const period of pkg.periods) {
            let paid = 0;
            for (let day = period.from; day <= period.to; day++) paid += paidOn(pkg, day);
            expect(paid).toBe(period.used);
            expect(period.used + period.left).toBe(period.held);
            expect(period.held).toBeLessThanOrEqual(source.calls);
          }
        });
      }),
      RUNS,
    );
  });

  it('account for every period: lapsed + wasted + consumed + usedCalls = calls × periods', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const simulation = simulateDetailed(scenario);
        simulation.packages.forEach((pkg, index) => {
          const source = scenario.packages[index] as Package;
          if (!source.resetEvery) {
            expect(pkg.lapsed).toBe(0);
            return;
          }
          const periods = periodsInHorizon(simulation, source);
          expect(pkg.lapsed + pkg.wasted + pkg.consumed + source.usedCalls).toBe(
            source.calls * periods,
          );
          expect(pkg.remaining).toBe(0);
          expect(pkg.periods).toHaveLength(periods);
        });
      }),
      RUNS,
    );
  });

  it('under the default order, a daily allowance pays before a monthly one whose period ends later', () => {
    const pairs = fc
      .record({
        document: scenarioDocumentArbitrary({ allowances: true }),
        source: fc.constantFrom('free' as const, 'promotional' as const, 'purchased' as const),
        activationOffset: fc.integer({ min: -40, max: 60 }),
        dailyCalls: fc.integer({ min: 1, max: 200 }),
        monthlyCalls: fc.integer({ min: 1, max: 3000 }),
        dailyValidity: fc.integer({ min: 1, max: 3 }),
        monthlyValidity: fc.integer({ min: 1, max: 3 }),
        dailyFirst: fc.boolean(),
      })
      .map((drawn) => {
        const start = parseIsoMonth(drawn.document.start) as NonNullable<
          ReturnType<typeof parseIsoMonth>
        >;
        const first = Date.UTC(start.year, start.month - 1, 1) / 86_400_000;
        const activatesOn = dayNumberToIso(first + drawn.activationOffset);
        const common = {
          api: 'general-text',
          region: 'ap-southeast-1',
          source: drawn.source,
          price: '0',
          createdOn: activatesOn,
          activatesOn,
        };
        const daily = {
          ...common,
          id: 'daily',
          calls: drawn.dailyCalls,
          validityMonths: drawn.dailyValidity,
          resetEvery: 'day' as const,
        };
        const monthly = {
          ...common,
          id: 'monthly',
          calls: drawn.monthlyCalls,
          validityMonths: drawn.monthlyValidity,
          resetEvery: 'month' as const,
        };
        const { deductionOrder: _ignored, ...document } = drawn.document;
        return buildScenario({
          ...document,
          streams: [
            ...document.streams.filter(
              (stream) => stream.api !== 'general-text' || stream.region !== 'ap-southeast-1',
            ),
            {
              id: 'main',
              api: 'general-text',
              region: 'ap-southeast-1',
              monthlyCalls: Array.from({ length: document.months }, (_, m) => 1000 + m * 2500),
            },
          ],
          packages: [
            ...document.packages,
            ...(drawn.dailyFirst ? [daily, monthly] : [monthly, daily]),
          ],
        });
      });
    fc.assert(
      fc.property(pairs, (scenario) => {
        const simulation = simulateDetailed(scenario);
        const detailOf = (id: string) =>
          simulation.packages.find((pkg) => pkg.id === id) as PackageDetail;
        const sourceOf = (id: string) => scenario.packages.find((pkg) => pkg.id === id) as Package;
        const daily = detailOf('daily');
        const monthly = detailOf('monthly');
        const monthlyExpiry = expiryDate(sourceOf('monthly'));
        for (let day = 0; day < simulation.days; day++) {
          const iso = isoOf(simulation, day);
          if (!isUsableOn(sourceOf('daily'), iso) || !isUsableOn(sourceOf('monthly'), iso))
            continue;
          const date = fromDayNumber(simulation.firstDay + day);
          const monthEnd = `${iso.slice(0, 8)}${String(daysInMonth(date.year, date.month)).padStart(2, '0')}`;
          const monthlyPeriodEnd = monthEnd < monthlyExpiry ? monthEnd : monthlyExpiry;
          if (monthlyPeriodEnd <= iso) continue;
          // The monthly one pays only once the daily one has nothing left that day.
          if (paidOn(monthly, day) > 0) expect(balanceAtEndOf(daily, day)).toBe(0);
        }
      }),
      RUNS,
    );
  });
});
