import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  type Money,
  moneyToString,
  type PackageOffer,
  type PayPerUsePrice,
  parseMoney,
  type Stream,
} from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import {
  bestAtProjection,
  projectedVolume,
  streamPricing,
  toBreakEvenRows,
} from './to-break-even-table';

const money = (text: string) => parseMoney(text) as Money;
const FLAT_CENT: PayPerUsePrice = {
  mode: 'graduated',
  tiers: [{ upTo: null, unitPrice: money('0.01') }],
};
const offer = (calls: number, price: string, validityMonths = 12): PackageOffer => ({
  calls,
  price: money(price),
  validityMonths,
});

describe('toBreakEvenRows: break-even volumes computed by hand', () => {
  it('finds the flat-price break-even of a 12,000-call package at 60 and at 50', () => {
    // Pay-per-use is a flat 0.01 a call; the package holds 12,000 calls for 12 months.
    // At a constant v calls a month, 12 months cost 12 × v × 0.01 = 0.12·v pay-per-use only.
    // With the package, while v ≤ 1,000 it covers all 12·v calls: the cost is its price P.
    //   P = 60: it pays once 0.12·v ≥ 60, v ≥ 500 → break-even 500 calls a month, covering
    //           12 × 500 = 6,000 calls: utilization 6,000 / 12,000 = 0.5.
    //   P = 50: 0.12·v ≥ 50, v ≥ 416.67 → 417 (416 costs 49.92 < 50), covering 5,004 calls:
    //           utilization 5,004 / 12,000 = 0.417.
    // Above 1,000 a month the package covers 12,000 calls worth 120 > P: it keeps paying, so
    // there is no upper end (paysUpTo null).
    const [sixty, fifty] = toBreakEvenRows(
      [offer(12_000, '60'), offer(12_000, '50')],
      FLAT_CENT,
      0,
    );
    expect(sixty?.breakEven).toMatchObject({
      volume: 500,
      coveredCalls: 6000,
      utilizationNeeded: '0.5',
      paysUpTo: null,
    });
    expect(moneyToString(sixty?.breakEven?.packagePlanCost as Money)).toBe('60');
    expect(moneyToString(sixty?.breakEven?.payPerUseOnlyCost as Money)).toBe('60');
    expect(fifty?.breakEven).toMatchObject({
      volume: 417,
      coveredCalls: 5004,
      utilizationNeeded: '0.417',
      paysUpTo: null,
    });
    expect(moneyToString(fifty?.breakEven?.payPerUseOnlyCost as Money)).toBe('50.04');
  });

  it('says what each size saves over its validity at the projected volume', () => {
    // At 800 calls a month: pay-per-use only 12 × 800 × 0.01 = 96; with the 60 package
    // (covering all 9,600 calls) 60: saves 36. A 1,000-call package at 9 covers 1,000 of the
    // 9,600 calls: 9 + 8,600 × 0.01 = 95, saves 1.
    const rows = toBreakEvenRows([offer(1000, '9'), offer(12_000, '60')], FLAT_CENT, 800);
    expect(rows.map((row) => [row.size, moneyToString(row.savingAtProjection)])).toEqual([
      ['1k', '1'],
      ['12k', '36'],
    ]);
  });

  it('picks the size that saves the most at the projection, or none when none saves', () => {
    const rows = toBreakEvenRows([offer(1000, '9'), offer(12_000, '60')], FLAT_CENT, 800);
    expect(bestAtProjection(rows)?.size).toBe('12k');
    // At 100 a month the 12k package (60) costs more than 12 × 100 × 0.01 = 12 pay-per-use only.
    expect(bestAtProjection(toBreakEvenRows([offer(12_000, '60')], FLAT_CENT, 100))).toBeNull();
  });

  it('says when a size never pays', () => {
    // 1,000 calls for 20 against at most 10 of pay-per-use: no volume makes it pay.
    const [row] = toBreakEvenRows([offer(1000, '20')], FLAT_CENT, 5000);
    expect(row?.breakEven).toBeNull();
    expect(moneyToString(row?.savingAtProjection as Money)).toBe('-10');
  });
});

describe('streamPricing', () => {
  const catalog = {
    validityMonths: 12,
    packages: [
      { api: 'general-text', calls: 10_000, price: '90' },
      { api: 'general-text', calls: 1000, price: '10' },
      { api: 'passport', calls: 1000, price: '15' },
    ],
    payPerUse: [
      { api: 'general-text', mode: 'graduated', tiers: [{ upTo: null, unitPrice: '0.02' }] },
    ],
  } as unknown as Catalog;

  it("takes the catalog's sizes, smallest first, and the scenario's own pay-per-use price", () => {
    const scenario = buildScenario({ streams: [{ monthlyCalls: [100] }] });
    const pricing = streamPricing(scenario, scenario.streams[0] as Stream, catalog);
    expect(pricing.offers.map((item) => item.calls)).toEqual([1000, 10_000]);
    expect(pricing.payPerUseSource).toBe('scenario');
    expect(moneyToString(pricing.payPerUse?.tiers[0]?.unitPrice as Money)).toBe('0.001');
  });

  it("falls back to the catalog's list price when the scenario has none for the stream", () => {
    const scenario = buildScenario({
      streams: [{ subscribed: false, region: 'ap-southeast-3', monthlyCalls: [100] }],
      payPerUse: [{ api: 'passport', tiers: [{ upTo: null, unitPrice: '0.1' }] }],
    });
    const pricing = streamPricing(scenario, scenario.streams[0] as Stream, catalog);
    expect(pricing.payPerUseSource).toBe('catalog');
    expect(moneyToString(pricing.payPerUse?.tiers[0]?.unitPrice as Money)).toBe('0.02');
  });
});

describe('projectedVolume', () => {
  it('is the average monthly calls, rounded half up', () => {
    const scenario = buildScenario({ months: 2, streams: [{ monthlyCalls: [100, 201] }] });
    expect(projectedVolume(scenario.streams[0] as Stream)).toBe(151);
  });
});
