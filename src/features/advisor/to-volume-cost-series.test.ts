import { describe, expect, it } from 'vitest';
import { type Money, type PackageOffer, type PayPerUsePrice, parseMoney } from '../../engine';
import { toBreakEvenRows } from './to-break-even-table';
import { chartMaxVolume, roundUp, toVolumeCostSeries } from './to-volume-cost-series';

const money = (text: string) => parseMoney(text) as Money;
const FLAT_CENT: PayPerUsePrice = {
  mode: 'graduated',
  tiers: [{ upTo: null, unitPrice: money('0.01') }],
};
const offer = (calls: number, price: string): PackageOffer => ({
  calls,
  price: money(price),
  validityMonths: 12,
});

function seriesOf(offers: PackageOffer[], projected: number, band = null as never) {
  const breakEvens = toBreakEvenRows(offers, FLAT_CENT, projected).map((row) => row.breakEven);
  return toVolumeCostSeries(offers, FLAT_CENT, { projected, band, breakEvens });
}

describe('toVolumeCostSeries', () => {
  it('draws pay-per-use only and each size over a year, with exact amounts for the table', () => {
    // Break-even of the 12k package at 60 is 500 a month (computed by hand in
    // to-break-even-table.test.ts); projected 400 a month: the axis goes to 2 × 400 → 800,
    // past the break-even 500 × 1.15, rounded up to 1,000.
    const series = seriesOf([offer(12_000, '60')], 400);
    expect(series.maxVolume).toBe(1000);
    expect(series.lines).toEqual([
      { key: 'pay-per-use', calls: null },
      { key: '12000', calls: 12_000 },
    ]);
    const at = (volume: number) => series.points.find((point) => point.volume === volume);
    // 400 a month: 12 × 400 × 0.01 = 48 pay-per-use only; the package alone, 60.
    expect(at(400)).toEqual({ volume: 400, values: [48, 60], texts: ['48.00', '60.00'] });
    // 1,000 a month: 120 against 60 (the package covers all 12,000 calls).
    expect(at(1000)?.texts).toEqual(['120.00', '60.00']);
    expect(series.points[0]?.volume).toBe(0);
    expect(series.points.at(-1)?.volume).toBe(1000);
  });

  it('marks where each size starts to pay, on the pay-per-use line, with points either side', () => {
    const series = seriesOf([offer(12_000, '60')], 400);
    expect(series.crossings).toEqual([{ size: 0, kind: 'starts-paying', volume: 500, cost: 60 }]);
    const volumes = series.points.map((point) => point.volume);
    expect(volumes).toContain(499);
    expect(volumes).toContain(500);
    expect(volumes).toEqual([...volumes].sort((a, b) => a - b));
    expect(new Set(volumes).size).toBe(volumes.length);
  });

  it('has a point at the projection, at the band edges and where a package runs out', () => {
    const series = toVolumeCostSeries([offer(12_000, '60')], FLAT_CENT, {
      projected: 437,
      band: { low: 350, high: 568 },
      breakEvens: [null],
    });
    const volumes = series.points.map((point) => point.volume);
    for (const volume of [437, 350, 568, 1000]) expect(volumes).toContain(volume);
    expect(series.band).toEqual({ low: 350, high: 568 });
  });

  it('marks where a small size stops paying when upper tiers are cheaper', () => {
    // Tiers: the first 1,000 calls of a month at 0.01, the rest at 0.001. A 1,000-call package
    // at 5 pays while the calls it covers would have cost at least 5. At 1,555 a month it covers
    // the first 1,000 and the other 555 fall in the first tier: 5 + 5.55 = 10.55 against
    // 10 + 0.555 = 10.555 pay-per-use only, still paying; at 1,556, 5 + 5.56 = 10.56 > 10.556.
    const tiered: PayPerUsePrice = {
      mode: 'graduated',
      tiers: [
        { upTo: 1000, unitPrice: money('0.01') },
        { upTo: null, unitPrice: money('0.001') },
      ],
    };
    const offers = [offer(1000, '5')];
    const breakEvens = toBreakEvenRows(offers, tiered, 200).map((row) => row.breakEven);
    const band = { low: 100, high: 1600 };
    const series = toVolumeCostSeries(offers, tiered, { projected: 200, band, breakEvens });
    expect(series.maxVolume).toBe(2000);
    expect(series.crossings.map((crossing) => [crossing.kind, crossing.volume])).toEqual([
      ['starts-paying', 42],
      ['stops-paying', 1555],
    ]);
  });

  it('leaves out marks beyond the axis', () => {
    // The 1.2M package breaks even at 50,000 a month, far beyond 4 × a projection of 100.
    const series = seriesOf([offer(1_200_000, '6000')], 100);
    expect(series.maxVolume).toBe(200);
    expect(series.crossings).toEqual([]);
  });
});

describe('chartMaxVolume', () => {
  it('reaches past the high case and the next break-even within four times the projection', () => {
    expect(chartMaxVolume(1000, null, [])).toBe(2000);
    expect(chartMaxVolume(1000, { low: 800, high: 3000 }, [])).toBe(5000);
    const found = (volume: number) => ({ volume }) as never;
    expect(chartMaxVolume(1000, null, [found(300), found(3500), found(9000)])).toBe(5000);
    expect(chartMaxVolume(0, null, [found(420)])).toBe(500);
    expect(chartMaxVolume(0, null, [])).toBe(100);
  });

  it.each([
    [100, 100],
    [101, 200],
    [2100, 2500],
    [2600, 5000],
    [5001, 10_000],
  ])('rounds %d up to %d', (value, rounded) => {
    expect(roundUp(value)).toBe(rounded);
  });
});
