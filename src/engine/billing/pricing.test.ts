import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  type Money,
  moneyToString,
  multiplyMoney,
  parseMoney,
  ZERO_MONEY,
} from '../core/money';
import type { PriceEntry, Tier } from '../core/scenario';
import { propertyRuns } from '../testing/property-runs';
import {
  findPriceEntry,
  graduatedCost,
  graduatedTier,
  monthCost,
  priceSchedule,
  splitGraduated,
  tierCountsCost,
  tierSchedule,
  volumeCost,
  volumeTier,
} from './pricing';

function money(text: string): Money {
  const parsed = parseMoney(text);
  if (parsed === null) throw new Error(`not money: ${text}`);
  return parsed;
}

function tiers(...list: [number | null, string][]): Tier[] {
  return list.map(([upTo, unitPrice]) => ({ upTo, unitPrice: money(unitPrice) }));
}

/** Calls 1–100 at 0.01, 101–1000 at 0.005, from 1001 on at 0.001. */
const threeTiers = tiers([100, '0.01'], [1000, '0.005'], [null, '0.001']);
const flat = tiers([null, '0.0015']);

/** Up to six tiers with limits up to a million and prices of up to seven decimals. */
const randomTiers = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 5 }),
    fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([limits, prices]): Tier[] => {
    const ascending = [...limits].sort((a, b) => a - b);
    return [...ascending, null].map((upTo, index) => ({
      upTo,
      unitPrice: money(`0.${String(prices[index] ?? 0).padStart(7, '0')}`),
    }));
  });

describe('graduatedCost', () => {
  it.each([
    ['nothing for no calls', 0, 0, '0'],
    ['nothing for no calls in the middle of the month', 500, 0, '0'],
    ['a count ending exactly on upTo at the first tier price', 0, 100, '1'],
    ['the call after upTo, with the counter at upTo, at the next tier price', 100, 1, '0.005'],
    ['the last call of a tier at that tier price, upTo inclusive', 99, 1, '0.01'],
    ['calls starting mid-tier and staying there', 200, 300, '1.5'],
    ['calls starting mid-tier and crossing a boundary', 50, 100, '0.75'],
    ['calls spanning all three tiers from 0', 0, 2000, '6.5'],
    ['calls spanning three tiers from one call before a boundary', 99, 902, '4.511'],
    ['calls far into the open last tier', 5000, 1000, '1'],
  ])('charges %s', (_name, alreadyBilled, count, expected) => {
    expect(moneyToString(graduatedCost(threeTiers, alreadyBilled, count))).toBe(expected);
  });

  it('charges a single open tier as a flat price wherever the counter stands', () => {
    expect(moneyToString(graduatedCost(flat, 0, 1000))).toBe('1.5');
    expect(moneyToString(graduatedCost(flat, 12345, 1000))).toBe('1.5');
    expect(moneyToString(graduatedCost(flat, 0, 1_000_000_000_000))).toBe('1500000000');
  });

  it('charges each call the price of the tier holding its number (against a call-by-call count)', () => {
    const priceOfCall = (n: number): Money => {
      const tier = threeTiers.find((candidate) => candidate.upTo === null || n <= candidate.upTo);
      if (!tier) throw new Error('no open tier');
      return tier.unitPrice;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 300 }),
        (alreadyBilled, count) => {
          let expected = ZERO_MONEY;
          for (let n = alreadyBilled + 1; n <= alreadyBilled + count; n += 1)
            expected = addMoney(expected, priceOfCall(n));
          expect(graduatedCost(threeTiers, alreadyBilled, count)).toBe(expected);
        },
      ),
    );
  });

  it('costs the same billed in one go as billed in two parts (a + b)', () => {
    const count = fc.integer({ min: 0, max: 3_000_000 });
    fc.assert(
      fc.property(randomTiers, count, count, (tierList, a, b) => {
        expect(graduatedCost(tierList, 0, a + b)).toBe(
          addMoney(graduatedCost(tierList, 0, a), graduatedCost(tierList, a, b)),
        );
      }),
      propertyRuns(500),
    );
  });
});

describe('volumeCost', () => {
  it.each([
    ['nothing for a zero total', 0, '0'],
    ['a total of exactly upTo at that tier price (upTo inclusive)', 100, '1'],
    ['a total of upTo + 1 at the next tier price for every call', 101, '0.505'],
    ['a total of exactly the second upTo at the second tier price', 1000, '5'],
    ['a total past the last limit at the open tier price', 1001, '1.001'],
    ['a single call at the first tier price', 1, '0.01'],
  ])('charges %s', (_name, total, expected) => {
    expect(moneyToString(volumeCost(threeTiers, total))).toBe(expected);
  });

  it('charges a single open tier as a flat price', () => {
    expect(moneyToString(volumeCost(flat, 1000))).toBe('1.5');
  });
});

describe('volume and graduated pricing', () => {
  it('cost different amounts for the same 2000 calls (6.5 graduated, 2 volume)', () => {
    // Graduated: 100 × 0.01 + 900 × 0.005 + 1000 × 0.001 = 1 + 4.5 + 1 = 6.5.
    // Volume: 2000 falls in the open tier, so all 2000 calls cost 0.001 = 2.
    expect(moneyToString(monthCost('graduated', threeTiers, 2000))).toBe('6.5');
    expect(moneyToString(monthCost('volume', threeTiers, 2000))).toBe('2');
  });

  it('cost the same within the first tier', () => {
    expect(monthCost('graduated', threeTiers, 80)).toBe(monthCost('volume', threeTiers, 80));
  });

  it('cost the same under a single flat tier', () => {
    expect(monthCost('graduated', flat, 7777)).toBe(monthCost('volume', flat, 7777));
  });
});

describe('a tier schedule', () => {
  it('holds each upTo as a bound, the open last tier as Infinity, and each unit price', () => {
    const schedule = tierSchedule(threeTiers);
    expect([...schedule.bounds]).toEqual([100, 1000, Number.POSITIVE_INFINITY]);
    expect(schedule.unitPrices).toEqual(threeTiers.map((tier) => tier.unitPrice));
    expect(priceSchedule({ mode: 'volume', tiers: threeTiers })).toMatchObject({
      mode: 'volume',
      unitPrices: schedule.unitPrices,
    });
  });

  it.each([
    ['call 1 in the first tier', 0, 0],
    ['call 100 in the first tier, upTo inclusive', 99, 0],
    ['call 101 in the second tier', 100, 1],
    ['call 1000 in the second tier', 999, 1],
    ['call 1001 in the open tier', 1000, 2],
    ['a call far past the last limit in the open tier', 1e12, 2],
  ])('puts %s (graduated)', (_name, position, tier) => {
    expect(graduatedTier(tierSchedule(threeTiers), position)).toBe(tier);
  });

  it.each([
    ['a zero total in the first tier', 0, 0],
    ['a total of exactly upTo in that tier', 100, 0],
    ['a total of upTo + 1 in the next tier', 101, 1],
    ['a total of exactly the second upTo in the second tier', 1000, 1],
    ['a total past the last limit in the open tier', 1001, 2],
  ])('puts %s (volume)', (_name, total, tier) => {
    expect(volumeTier(tierSchedule(threeTiers), total)).toBe(tier);
  });
});

describe('splitting a run of pay-per-use calls among the tiers (graduated)', () => {
  const split = (tierList: readonly Tier[], position: number, count: number) => {
    const counts = new Float64Array(tierList.length);
    splitGraduated(tierSchedule(tierList), position, count, counts);
    return [...counts];
  };

  it.each([
    ['no calls into no tier', 500, 0, [0, 0, 0]],
    ['a run that ends exactly on upTo into that tier alone', 0, 100, [100, 0, 0]],
    ['a run from mid-tier across a boundary into both tiers', 50, 100, [50, 50, 0]],
    ['a run from one call before a boundary across all three tiers', 99, 902, [1, 900, 1]],
    ['a run far into the open tier into it alone', 5000, 1000, [0, 0, 1000]],
  ])('puts %s', (_name, position, count, expected) => {
    expect(split(threeTiers, position, count)).toEqual(expected);
  });

  it('adds to the counts already there, or to `counts[slots[tier] + offset]` given slots', () => {
    const counts = Float64Array.from([1, 2, 3]);
    splitGraduated(tierSchedule(threeTiers), 50, 100, counts);
    expect([...counts]).toEqual([51, 52, 3]);
    const byClassAndDay = new Float64Array(12);
    // Tier 0 at class 2, tier 1 at class 0, tier 2 at class 1, in a 4-day horizon, on day 3.
    splitGraduated(tierSchedule(threeTiers), 99, 902, byClassAndDay, Int32Array.from([8, 0, 4]), 3);
    expect([...byClassAndDay]).toEqual([0, 0, 0, 900, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('splits every run into counts that sum to the run, each within its tier, costing Σ count × price', () => {
    const position = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constant(0));
    const count = fc.integer({ min: 0, max: 3_000_000 });
    fc.assert(
      fc.property(randomTiers, position, count, (tierList, start, calls) => {
        const schedule = tierSchedule(tierList);
        const counts = new Float64Array(tierList.length);
        splitGraduated(schedule, start, calls, counts);
        expect(counts.reduce((sum, inTier) => sum + inTier, 0)).toBe(calls);
        let lower = 0;
        let expectedCost = ZERO_MONEY;
        counts.forEach((inTier, tier) => {
          const upper = schedule.bounds[tier] as number;
          // A tier holds at most the calls of its range that come after the run's start.
          expect(inTier).toBeGreaterThanOrEqual(0);
          expect(inTier).toBeLessThanOrEqual(Math.max(0, upper - Math.max(lower, start)));
          expectedCost = addMoney(
            expectedCost,
            multiplyMoney(tierList[tier]?.unitPrice as Money, inTier),
          );
          lower = upper;
        });
        expect(tierCountsCost(schedule, counts)).toBe(expectedCost);
        expect(graduatedCost(tierList, start, calls)).toBe(expectedCost);
      }),
      propertyRuns(500),
    );
  });

  it('splits a run in two parts (a, then b after it) into the same counts as in one go', () => {
    const count = fc.integer({ min: 0, max: 3_000_000 });
    fc.assert(
      fc.property(randomTiers, count, count, (tierList, a, b) => {
        const schedule = tierSchedule(tierList);
        const inParts = new Float64Array(tierList.length);
        splitGraduated(schedule, 0, a, inParts);
        splitGraduated(schedule, a, b, inParts);
        expect([...inParts]).toEqual(split(tierList, 0, a + b));
      }),
      propertyRuns(300),
    );
  });
});

describe('tierCountsCost', () => {
  it('prices each tier count at its unit price', () => {
    // 100 × 0.01 + 900 × 0.005 + 1000 × 0.001 = 6.5.
    const cost = tierCountsCost(tierSchedule(threeTiers), Float64Array.from([100, 900, 1000]));
    expect(moneyToString(cost)).toBe('6.5');
  });

  it('costs nothing for no calls', () => {
    expect(tierCountsCost(tierSchedule(threeTiers), new Float64Array(3))).toBe(ZERO_MONEY);
  });
});

describe('findPriceEntry', () => {
  const everyRegion: PriceEntry = {
    api: 'general-text',
    region: null,
    mode: 'graduated',
    tiers: flat,
  };
  const hongKong: PriceEntry = {
    api: 'general-text',
    region: 'ap-southeast-1',
    mode: 'volume',
    tiers: threeTiers,
  };
  const otherApi: PriceEntry = {
    api: 'web-image',
    region: 'ap-southeast-1',
    mode: 'graduated',
    tiers: flat,
  };

  it.each([
    ['listed after the every-region one', [everyRegion, hongKong, otherApi]],
    ['listed before the every-region one', [hongKong, everyRegion, otherApi]],
  ])("prefers the region's own entry %s", (_name, entries) => {
    expect(findPriceEntry(entries, 'general-text', 'ap-southeast-1')).toBe(hongKong);
  });

  it('falls back on the every-region entry in another region', () => {
    expect(
      findPriceEntry([hongKong, everyRegion, otherApi], 'general-text', 'ap-southeast-3'),
    ).toBe(everyRegion);
  });

  it("does not use another API's entry", () => {
    expect(
      findPriceEntry([hongKong, everyRegion, otherApi], 'web-image', 'ap-southeast-3'),
    ).toBeUndefined();
    expect(findPriceEntry([otherApi], 'general-text', 'ap-southeast-1')).toBeUndefined();
  });

  it('finds nothing in an empty list', () => {
    expect(findPriceEntry([], 'general-text', 'ap-southeast-1')).toBeUndefined();
  });
});
