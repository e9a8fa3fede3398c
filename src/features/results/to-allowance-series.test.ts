import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { toAllowanceSeries } from './to-allowance-series';

const colourOf = (packageId: string) => packageId.length;

function seriesOf(document: Parameters<typeof buildScenario>[0]) {
  const scenario = buildScenario(document);
  const simulation = simulateDetailed(scenario);
  return { series: toAllowanceSeries(simulation, scenario, colourOf), simulation };
}

describe('toAllowanceSeries', () => {
  it("adds up a daily allowance's days within each month: used and lapsed", () => {
    // 31,000 calls in January (1,000 a day), 28,000 in February; 1,500 free calls a day.
    const { series, simulation } = seriesOf({
      months: 2,
      streams: [{ monthlyCalls: [31_000, 28_000] }],
      packages: [
        { id: 'daily', calls: 1_500, price: '0', resetEvery: 'day', createdOn: '2027-01-01' },
      ],
    });
    expect(series).toHaveLength(1);
    const [bars] = series;
    expect(bars?.resetEvery).toBe('day');
    expect(bars?.colour).toBe(5);
    expect(
      bars?.months.map((month) => [month.month, month.offered, month.used, month.lapsed]),
    ).toEqual([
      ['2027-01', 46_500, 31_000, 15_500],
      ['2027-02', 42_000, 28_000, 14_000],
    ]);
    expect(bars?.used).toBe(simulation.packages[0]?.consumed);
    expect(bars?.lapsed).toBe(simulation.packages[0]?.lapsed);
  });

  it('shows a monthly allowance once a month, and leaves plain packages to the line chart', () => {
    const { series } = seriesOf({
      months: 3,
      streams: [{ monthlyCalls: [5_000, 20_000, 0] }],
      packages: [
        { id: 'monthly', calls: 10_000, price: '0', resetEvery: 'month', createdOn: '2027-01-01' },
        { id: 'plain', calls: 100_000, createdOn: '2027-01-01' },
      ],
    });
    expect(series.map((bars) => bars.id)).toEqual(['monthly']);
    const months = series[0]?.months ?? [];
    // Every month's offer is used, lapsed or wasted, and nothing else.
    for (const month of months)
      expect(month.used + month.lapsed + month.wasted).toBe(month.offered);
    expect(months.map((month) => month.offered)).toEqual([10_000, 10_000, 10_000]);
    expect(months[2]?.used).toBe(0);
  });

  it('is empty without allowances', () => {
    const { series } = seriesOf({
      streams: [{ monthlyCalls: [1_000] }],
      packages: [{ id: 'plain', calls: 500, createdOn: '2027-01-01' }],
    });
    expect(series).toEqual([]);
  });
});
