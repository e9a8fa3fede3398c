import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../core/catalog';
import { compareMoney, type Money, moneyToString, parseMoney } from '../core/money';
import { propertyRuns } from '../testing/property-runs';
import {
  breakEven,
  catalogOffers,
  catalogPayPerUse,
  type PackageOffer,
  type PayPerUsePrice,
  packagePlanCost,
  payPerUseOnlyCost,
  yearlyCostSeries,
} from './break-even';

const money = (text: string) => parseMoney(text) as Money;
const offer = (calls: number, price: string, validityMonths = 12): PackageOffer => ({
  calls,
  price: money(price),
  validityMonths,
});
const price = (mode: 'graduated' | 'volume', tiers: [number | null, string][]): PayPerUsePrice => ({
  mode,
  tiers: tiers.map(([upTo, unitPrice]) => ({ upTo, unitPrice: money(unitPrice) })),
});
const FLAT = price('graduated', [[null, '0.01']]);
const TWO_TIERS = price('graduated', [
  [100, '0.02'],
  [null, '0.01'],
]);
const TWO_VOLUME_TIERS = price('volume', [
  [100, '0.02'],
  [null, '0.01'],
]);

function loadCatalog(name: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${name}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

describe('break-even volume of one package size', () => {
  it('at a flat price: 1,000 calls for 9.005 pay from 76 calls a month (12 × 76 × 0.01 = 9.12)', () => {
    const result = breakEven(offer(1000, '9.005'), FLAT);
    expect(result?.volume).toBe(76);
    expect(result?.coveredCalls).toBe(912);
    expect(result?.utilizationNeeded).toBe('0.912');
    expect(result?.paysUpTo).toBeNull();
  });

  it('counts an exactly equal cost as break-even: 12 × 75 × 0.01 = 9 for a price of 9', () => {
    const result = breakEven(offer(1000, '9'), FLAT);
    expect(result?.volume).toBe(75);
    expect(result && moneyToString(result.packagePlanCost)).toBe('9');
    expect(result && moneyToString(result.payPerUseOnlyCost)).toBe('9');
    expect(result?.utilizationNeeded).toBe('0.9');
  });

  it('finds a break-even inside the second graduated tier: 12 × (2 + 0.01 × 59) = 31.08 ≥ 31 at 159', () => {
    const result = breakEven(offer(12_000, '31'), TWO_TIERS);
    expect(result?.volume).toBe(159);
    expect(moneyToString(payPerUseOnlyCost(TWO_TIERS, 158, 12))).toBe('30.96');
    expect(result?.utilizationNeeded).toBe('0.159');
  });

  it('in volume mode skips the volumes below a tier bound that never reach the price: 209, not 105', () => {
    // 100 calls cost 2 (24 a year < 25); 101 calls drop to 0.01 each, 1.01 a month.
    const result = breakEven(offer(12_000, '25'), TWO_VOLUME_TIERS);
    expect(result?.volume).toBe(209);
    expect(moneyToString(payPerUseOnlyCost(TWO_VOLUME_TIERS, 208, 12))).toBe('24.96');
    expect(result?.utilizationNeeded).toBe('0.209');
  });

  it('is null when the price is above the pay-per-use cost of the whole quota', () => {
    expect(breakEven(offer(1000, '10.000000000001'), FLAT)).toBeNull();
    expect(breakEven(offer(1000, '10'), FLAT)?.paysUpTo).toBeNull();
  });

  it('is 0 for a free package', () => {
    expect(breakEven(offer(1000, '0'), TWO_TIERS)).toMatchObject({
      volume: 0,
      coveredCalls: 0,
      utilizationNeeded: '0',
      paysUpTo: null,
    });
  });

  it('says where a small package stops paying once its calls would be billed at the cheapest tier', () => {
    // International General Text: 1k for 9; tiers 0.012 to 100k, 0.01 to 1M, 0.008 above.
    const catalog = loadCatalog('international');
    const small = catalogOffers(catalog, 'general-text')[0] as PackageOffer;
    const tiers = catalogPayPerUse(catalog, 'general-text') as PayPerUsePrice;
    const result = breakEven(small, tiers);
    expect(result?.volume).toBe(63); // 12 × 63 × 0.012 = 9.072; 62 gives 8.928
    // At 1,000,500 calls the package covers calls 999,501–1,000,500: 500 × 0.01 + 500 × 0.008 = 9.
    expect(result?.paysUpTo).toBe(1_000_500);
  });
});

describe('cost over a year against monthly volume', () => {
  it('buys one package per validity period and bills the overflow pay-per-use', () => {
    const points = yearlyCostSeries([offer(1000, '9'), offer(1000, '9', 6)], FLAT, [0, 100, 200]);
    expect(
      points.map((point) => [
        point.volume,
        moneyToString(point.payPerUseOnly),
        ...point.withPackage.map(moneyToString),
      ]),
    ).toEqual([
      [0, '0', '9', '18'],
      [100, '12', '11', '18'],
      [200, '24', '23', '22'],
    ]);
  });

  it('reads offers from a catalog, smallest first, priced in exact money', () => {
    const catalog = loadCatalog('international');
    const offers = catalogOffers(catalog, 'general-text');
    expect(offers.map((item) => item.calls)).toEqual([
      1000, 10_000, 100_000, 500_000, 1_000_000, 5_000_000, 10_000_000,
    ]);
    expect(moneyToString(offers[2]?.price as Money)).toBe('720');
    expect(catalogPayPerUse(catalog, 'no-such-api')).toBeNull();
  });
});

/** A scan of every volume per case: under a second, more on a busy machine. */
const SCAN_TIMEOUT = 60_000;

describe('break-even against a scan of every volume', () => {
  const tiers = fc
    .record({
      mode: fc.constantFrom('graduated' as const, 'volume' as const),
      bounds: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
      prices: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }),
    })
    .map(
      ({ mode, bounds, prices }): PayPerUsePrice => ({
        mode,
        tiers: [...bounds.sort((a, b) => a - b), null].map((upTo, index) => ({
          upTo,
          unitPrice: money(String(prices[index])),
        })),
      }),
    );
  const offers = fc
    .record({
      calls: fc.integer({ min: 1, max: 80 }),
      price: fc.integer({ min: 0, max: 3000 }),
      validityMonths: fc.integer({ min: 1, max: 5 }),
    })
    .map((drawn) => offer(drawn.calls, String(drawn.price), drawn.validityMonths));

  it(
    'gives the smallest paying volume and the end of its paying run, exactly',
    () => {
      fc.assert(
        fc.property(offers, tiers, (item, payPerUse) => {
          const bounds = payPerUse.tiers.flatMap((tier) => (tier.upTo === null ? [] : [tier.upTo]));
          // Past N + last bound the saving is constant (see breakEven); scan a margin beyond it.
          const limit = item.calls + (bounds[bounds.length - 1] ?? 0) + 30;
          const pays = (volume: number) =>
            compareMoney(
              packagePlanCost(item, payPerUse, volume, item.validityMonths),
              payPerUseOnlyCost(payPerUse, volume, item.validityMonths),
            ) <= 0;
          let first: number | null = null;
          for (let volume = 0; volume <= limit && first === null; volume++)
            if (pays(volume)) first = volume;
          const result = breakEven(item, payPerUse);
          expect(result?.volume ?? null).toBe(first);
          if (first === null || result === null) return;
          let end = first;
          while (end < limit && pays(end + 1)) end++;
          expect(result.paysUpTo).toBe(end === limit ? null : end);
        }),
        propertyRuns(400),
      );
    },
    SCAN_TIMEOUT,
  );
});
