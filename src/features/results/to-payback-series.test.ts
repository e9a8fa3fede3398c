import { describe, expect, it } from 'vitest';
import { type Money, roundMoney, simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { monthEndDays } from './horizon-days';
import { MAX_MARKED_PURCHASES, MAX_POINTS, toPaybackSeries } from './to-payback-series';

function seriesOf(document: Parameters<typeof buildScenario>[0]) {
  const scenario = buildScenario(document);
  const simulation = simulateDetailed(scenario);
  return { series: toPaybackSeries(simulation, scenario), simulation };
}

describe('toPaybackSeries', () => {
  it('ends on the totals and marks the payback day', () => {
    // 1,000 calls a day at 0.001: a 10-USD package for 20,000 calls bought January 1 pays back
    // once pay-per-use only has cost 10 USD, at the end of January 10.
    const { series, simulation } = seriesOf({
      months: 2,
      streams: [{ monthlyCalls: [31_000, 28_000] }],
      packages: [{ id: 'p', calls: 20_000, price: '10', createdOn: '2027-01-01' }],
    });
    expect(simulation.paybackOn).toBe('2027-01-10');
    expect(series.paybackOn).toBe('2027-01-10');
    expect(series.paybackDay).toBe(9);
    expect(series.points.some((point) => point.day === 9)).toBe(true);
    const last = series.points.at(-1);
    expect(last?.day).toBe(simulation.days - 1);
    expect(last?.planText).toBe(roundMoney(simulation.totals.totalCost, 2));
    expect(last?.payPerUseOnlyText).toBe(roundMoney(simulation.totals.payPerUseOnlyCost, 2));
    expect(last?.plan).toBe(49);
    expect(last?.payPerUseOnly).toBe(59);
    expect(series.rows.map((row) => [row.month, row.plan, row.payPerUseOnly, row.savings])).toEqual(
      [
        ['2027-01', '21.00', '31.00', '10.00'],
        ['2027-02', '49.00', '59.00', '10.00'],
      ],
    );
  });

  it('has no payback marker when the plan does not pay back', () => {
    const { series, simulation } = seriesOf({
      streams: [{ monthlyCalls: [1_000] }],
      packages: [{ id: 'p', calls: 1_000_000, price: '500', createdOn: '2027-01-01' }],
    });
    expect(simulation.paybackOn).toBeNull();
    expect(series.paybackDay).toBeNull();
    expect(series.points.at(-1)?.planText).toBe('500.00');
  });

  it('draws a ten-year horizon through at most MAX_POINTS days, every month end among them', () => {
    const months = 120;
    const { series, simulation } = seriesOf({
      months,
      streams: [{ monthlyCalls: Array(months).fill(100_000) }],
      packages: Array.from({ length: 200 }, (_, index) => ({
        id: `p${index}`,
        calls: 600_000,
        price: '400',
        createdOn: `${2027 + Math.floor(index / 20)}-${String(1 + (index % 12)).padStart(2, '0')}-0${1 + (index % 9)}`,
      })),
    });
    expect(series.points.length).toBeLessThanOrEqual(MAX_POINTS);
    const drawn = new Set(series.points.map((point) => point.day));
    for (const day of monthEndDays(simulation)) expect(drawn.has(day)).toBe(true);
    if (series.paybackDay !== null) expect(drawn.has(series.paybackDay)).toBe(true);
    expect(series.rows).toHaveLength(months);
    expect(series.rows.at(-1)?.plan).toBe(roundMoney(simulation.totals.totalCost, 2));
    expect(series.ticks.length).toBeLessThanOrEqual(6);
  });

  it('offers the tooltip days the horizon alone sets, with both amounts there', () => {
    const months = 120;
    const scenarioWith = (calls: number) => ({
      months,
      streams: [{ monthlyCalls: Array(months).fill(calls) }],
      packages: [{ id: 'p', calls: 3_000_000, price: '900', createdOn: '2027-03-09' }],
    });
    const { series, simulation } = seriesOf(scenarioWith(100_000));
    const { series: edited } = seriesOf(scenarioWith(140_000));
    expect(series.frame.map((point) => point.day)).toEqual(edited.frame.map((point) => point.day));
    expect(series.frame.length).toBeLessThanOrEqual(MAX_POINTS);
    const frameDays = new Set(series.frame.map((point) => point.day));
    for (const day of monthEndDays(simulation)) expect(frameDays.has(day)).toBe(true);
    for (const point of series.frame) {
      expect(point.planText).toBe(roundMoney(simulation.cumulativePlanCost[point.day] as Money, 2));
      expect(point.payPerUseOnlyText).toBe(
        roundMoney(simulation.cumulativePayPerUseOnlyCost[point.day] as Money, 2),
      );
    }
    const drawn = series.points.flatMap((point) => [point.plan, point.payPerUseOnly]);
    expect(series.highest).toBe(Math.max(...drawn));
  });

  it('marks each purchase’s own payback day when there are several', () => {
    // 1,000 calls a day at 0.001: the first 10-USD package pays back on January 10; the second,
    // bought February 1 for 5 USD, once its calls have saved 5 USD, on February 5.
    const { series } = seriesOf({
      months: 2,
      streams: [{ monthlyCalls: [31_000, 28_000] }],
      packages: [
        { id: 'first', calls: 20_000, price: '10', createdOn: '2027-01-01' },
        { id: 'second', calls: 10_000, price: '5', createdOn: '2027-02-01' },
      ],
    });
    expect(series.purchasePaybacks).toEqual([
      { index: 0, day: 9, date: '2027-01-10' },
      { index: 1, day: 35, date: '2027-02-05' },
    ]);
  });

  it('marks none for a single purchase, or for more than the chart can hold', () => {
    const one = seriesOf({
      streams: [{ monthlyCalls: [31_000] }],
      packages: [{ id: 'p', calls: 20_000, price: '10', createdOn: '2027-01-01' }],
    });
    expect(one.series.purchasePaybacks).toEqual([]);
    const many = seriesOf({
      streams: [{ monthlyCalls: [31_000] }],
      packages: Array.from({ length: MAX_MARKED_PURCHASES + 1 }, (_, index) => ({
        id: `p${index}`,
        calls: 1_000,
        price: '0.5',
        createdOn: '2027-01-01',
      })),
    });
    expect(many.series.purchasePaybacks).toEqual([]);
  });
});
