import { describe, expect, it } from 'vitest';
import { balanceAtEndOf, type Catalog, simulateDetailed } from '../../engine';
import { buildScenario, type PackageDocument } from '../../engine/testing/scenario-builder';
import { isoOfDay, monthStartDays } from './horizon-days';
import { resultPackageNames } from './package-names';
import { MAX_POINTS, toConsumptionSeries } from './to-consumption-series';

/** The API's name, as the catalog gives it. */
const CATALOG = {
  apis: [{ id: 'general-text', name: 'General Text' }],
  regions: [],
} as unknown as Catalog;

/** Colour slots by package id, as a draft keeps them: the ids' lengths, to tell them apart. */
const colourOf = (packageId: string) => packageId.length;

function seriesOf(document: Parameters<typeof buildScenario>[0], options = {}) {
  const scenario = buildScenario(document);
  const simulation = simulateDetailed(scenario);
  return {
    series: toConsumptionSeries(
      simulation,
      scenario,
      resultPackageNames(scenario.packages, CATALOG),
      colourOf,
      options,
    ),
    simulation,
    scenario,
  };
}

describe('toConsumptionSeries', () => {
  it('marks the day a package takes effect and the day it runs out', () => {
    // 31,000 calls in January: 1,000 a day; 10,000 calls from January 5 last ten days.
    const { series } = seriesOf({
      streams: [{ monthlyCalls: [31_000] }],
      packages: [{ id: 'p', calls: 10_000, createdOn: '2027-01-05' }],
    });
    const [line] = series.lines;
    expect(line?.activation).toEqual({ day: 4, remaining: 9_000 });
    expect(line?.exhaustion).toEqual({ day: 13, remaining: 0 });
    expect(line?.exhaustedOn).toBe('2027-01-14');
    expect(line?.expiry).toBeNull();
    expect(line?.inHorizon).toBe(true);
    // 31 days fit: every day is drawn, nothing before the package takes effect.
    expect(series.rows).toHaveLength(31);
    expect(series.rows.slice(0, 4).map((row) => row.values[0])).toEqual([null, null, null, null]);
    expect(series.rows[13]?.values[0]).toBe(0);
    expect(series.rows[30]?.values[0]).toBe(0);
  });

  it('marks the expiry day with the calls wasted', () => {
    const { series, simulation } = seriesOf({
      months: 3,
      streams: [{ monthlyCalls: [31_000, 28_000, 31_000] }],
      packages: [{ id: 'short', calls: 100_000, createdOn: '2027-01-10', validityMonths: 1 }],
    });
    const [line] = series.lines;
    // January 10–31 (22 days) and February 1–10 (10 days) at 1,000 a day.
    expect(line?.expiry).toEqual({ day: 40, remaining: 68_000 });
    expect(isoOfDay(series.firstDay, 40)).toBe('2027-02-10');
    expect(line?.wasted).toBe(68_000);
    expect(simulation.packages[0]?.wasted).toBe(68_000);
    expect(series.rows[41]?.values[0]).toBeNull();
    expect(series.monthRows.map((row) => row.values[0])).toEqual([78_000, null, null]);
  });

  it('keeps a package with no usable day in the horizon, without markers', () => {
    const { series } = seriesOf({
      streams: [{ monthlyCalls: [31_000] }],
      packages: [
        { id: 'now', calls: 1_000, createdOn: '2027-01-01' },
        { id: 'later', label: 'Bought next year', calls: 5_000, createdOn: '2028-03-01' },
      ],
    });
    expect(series.lines.map((line) => line.label)).toEqual(['General Text 1k', 'Bought next year']);
    // Each line in its package's colour slot, whatever its place in the list.
    expect(series.lines.map((line) => line.colour)).toEqual([3, 5]);
    const later = series.lines[1];
    expect(later?.inHorizon).toBe(false);
    expect([later?.activation, later?.exhaustion, later?.expiry]).toEqual([null, null, null]);
    expect(series.rows.every((row) => row.values[1] === null)).toBe(true);
  });

  it('draws the largest packages, at most MAX_POINTS days, over a long horizon', () => {
    const months = 120;
    const packages: PackageDocument[] = Array.from({ length: 30 }, (_, index) => ({
      id: `p${index}`,
      calls: 1_000_000 + index * 10_000,
      createdOn: `${2027 + Math.floor(index / 3)}-0${1 + (index % 3)}-15`,
      validityMonths: 12,
    }));
    const { series } = seriesOf({
      months,
      streams: [{ monthlyCalls: Array(months).fill(300_000) }],
      packages,
    });
    expect(series.totalPackages).toBe(30);
    expect(series.lines.map((line) => line.id)).toEqual(
      Array.from({ length: 12 }, (_, index) => `p${18 + index}`),
    );
    expect(series.rows.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(series.rows.every((row) => row.values.length === 12)).toBe(true);
    const drawn = new Set(series.rows.map((row) => row.day));
    for (const line of series.lines) {
      for (const marker of [line.activation, line.exhaustion, line.expiry])
        if (marker) expect(drawn.has(marker.day)).toBe(true);
      // A marker sits on its line.
      if (line.expiry) {
        const row = series.rows.find((candidate) => candidate.day === line.expiry?.day);
        expect(row?.values[series.lines.indexOf(line)]).toBe(line.expiry.remaining);
      }
    }
    expect(series.monthRows).toHaveLength(months);
    expect(series.ticks.length).toBeLessThanOrEqual(6);
  });

  it("offers the tooltip days the horizon alone sets, with every line's value there", () => {
    const months = 120;
    const scenarioWith = (calls: number) => ({
      months,
      streams: [{ monthlyCalls: Array(months).fill(calls) }],
      packages: [
        { id: 'big', calls: 5_000_000, createdOn: '2027-02-01', validityMonths: 12 },
        { id: 'late', calls: 2_000_000, createdOn: '2030-06-10', validityMonths: 12 },
      ],
    });
    const { series, simulation } = seriesOf(scenarioWith(300_000));
    const { series: edited } = seriesOf(scenarioWith(450_000));
    expect(series.frame.map((row) => row.day)).toEqual(edited.frame.map((row) => row.day));
    expect(series.frame.length).toBeLessThanOrEqual(MAX_POINTS);
    const frameDays = new Set(series.frame.map((row) => row.day));
    for (const start of monthStartDays(simulation)) expect(frameDays.has(start)).toBe(true);
    for (const row of series.frame)
      series.lines.forEach((line, index) => {
        const detail = simulation.packages.find((pkg) => pkg.id === line.id);
        expect(row.values[index]).toBe(detail ? balanceAtEndOf(detail, row.day) : undefined);
      });
    const drawnValues = series.rows.flatMap((row) => row.values.filter((value) => value !== null));
    expect(series.highest).toBe(Math.max(...drawnValues));
  });

  it('honours a smaller package budget', () => {
    const { series } = seriesOf(
      {
        streams: [{ monthlyCalls: [1_000] }],
        packages: [
          { id: 'small', calls: 10, createdOn: '2027-01-01' },
          { id: 'big', calls: 1_000, createdOn: '2027-01-01' },
          { id: 'mid', calls: 100, createdOn: '2027-01-01' },
        ],
      },
      { maxPackages: 2 },
    );
    expect(series.lines.map((line) => line.id)).toEqual(['big', 'mid']);
    expect(series.totalPackages).toBe(3);
  });
});
