import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { toWhoPaysBars, toWhoPaysSeries } from './to-who-pays-series';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
/** Colour slots by package id, as a draft keeps them. */
const slots: Record<string, number> = { a: 5, b: 0, c: 2, unused: 1 };
const colourOf = (packageId: string) => slots[packageId] ?? 7;

describe('toWhoPaysSeries', () => {
  const scenario = buildScenario({
    months: 3,
    streams: [
      { monthlyCalls: [31_000, 28_000, 31_000] },
      { region: 'cn-north-4', subscribed: false, monthlyCalls: [5_000, 5_000, 5_000] },
    ],
    packages: [
      { id: 'a', calls: 20_000, createdOn: '2027-01-01' },
      { id: 'b', calls: 10_000, createdOn: '2027-01-01', source: 'free' },
      { id: 'c', calls: 4_000, createdOn: '2027-02-01', region: 'cn-north-4' },
      { id: 'unused', calls: 4_000, createdOn: '2027-02-01', region: 'eu-west-101' },
    ],
  });
  const simulation = simulateDetailed(scenario);
  const names = ['Starter', 'Free trial', 'Beijing', 'Unused'];

  it('stacks each month to its calls', () => {
    const series = toWhoPaysSeries(simulation, names, colourOf);
    expect(series.rows).toHaveLength(3);
    series.rows.forEach((row, index) => {
      expect(sum(row.values)).toBe(simulation.months[index]?.calls);
      expect(row.calls).toBe(simulation.months[index]?.calls);
    });
  });

  it('names packages that paid, then pay-per-use and failed calls', () => {
    const series = toWhoPaysSeries(simulation, names, colourOf);
    expect(series.keys.map((key) => key.label)).toEqual([
      'Starter',
      'Free trial',
      'Beijing',
      'Pay-per-use',
      'Failed (ModelArts.4204)',
    ]);
    // January: b (free) pays first 10,000, a the other 21,000 up to its 20,000; 1,000 pay-per-use;
    // the unsubscribed region fails all 5,000.
    expect(series.rows[0]?.values).toEqual([20_000, 10_000, 0, 1_000, 5_000]);
    // Packages in their own colour slots; pay-per-use and failed calls in colours of their kind.
    expect(series.keys.map((key) => key.colour)).toEqual([5, 0, 2, null, null]);
    expect(series.payingPackages).toBe(3);
    expect(series.ticks).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('groups packages beyond the budget as other packages', () => {
    const series = toWhoPaysSeries(simulation, names, colourOf, 1);
    expect(series.keys.map((key) => key.kind)).toEqual([
      'package',
      'other-packages',
      'pay-per-use',
      'failed',
    ]);
    expect(series.keys[0]?.packageId).toBe('a');
    expect(series.keys[1]?.label).toBe('Other packages (2)');
    series.rows.forEach((row, index) => {
      expect(sum(row.values)).toBe(simulation.months[index]?.calls);
    });
  });
});

describe('toWhoPaysBars', () => {
  const longScenario = (months: number) =>
    buildScenario({
      months,
      streams: [
        { monthlyCalls: Array.from({ length: months }, (_, month) => 1_000 + month * 10) },
        {
          region: 'cn-north-4',
          subscribed: false,
          monthlyCalls: Array.from({ length: months }, () => 300),
        },
      ],
      packages: [{ id: 'a', calls: 50_000, createdOn: '2027-01-01' }],
    });

  it('draws one bar per month up to 48 months', () => {
    const scenario = longScenario(48);
    const series = toWhoPaysSeries(simulateDetailed(scenario), ['Yearly'], colourOf);
    const bars = toWhoPaysBars(series);
    expect(bars.monthsPerBar).toBe(1);
    expect(bars.bars).toHaveLength(48);
    expect(bars.bars[5]).toEqual({ ...series.rows[5], lastMonth: series.rows[5]?.month });
    expect(bars.ticks).toEqual(series.ticks);
    expect(bars.highest).toBe(Math.max(...series.rows.map((row) => row.calls)));
  });

  it('sums three months per bar past 48 months, keeping every total', () => {
    const scenario = longScenario(50);
    const series = toWhoPaysSeries(simulateDetailed(scenario), ['Yearly'], colourOf);
    const bars = toWhoPaysBars(series);
    expect(bars.monthsPerBar).toBe(3);
    expect(bars.bars).toHaveLength(17);
    expect(bars.bars[0]).toMatchObject({ month: '2027-01', lastMonth: '2027-03' });
    expect(bars.bars.at(-1)).toMatchObject({ month: '2031-01', lastMonth: '2031-02' });
    for (const bar of bars.bars) expect(sum(bar.values)).toBe(bar.calls);
    expect(bars.highest).toBe(Math.max(...bars.bars.map((bar) => bar.calls)));
    expect(sum(bars.bars.map((bar) => bar.calls))).toBe(sum(series.rows.map((row) => row.calls)));
    series.keys.forEach((_, key) => {
      expect(sum(bars.bars.map((bar) => bar.values[key] ?? 0))).toBe(
        sum(series.rows.map((row) => row.values[key] ?? 0)),
      );
    });
    expect(bars.ticks.length).toBeLessThanOrEqual(6);
    for (const tick of bars.ticks) expect(bars.bars.map((bar) => bar.month)).toContain(tick);
  });
});
