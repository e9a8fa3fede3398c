import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { callsOnDay, callsThroughDay } from './spread';

const monthLengths = fc.constantFrom(28, 29, 30, 31);
const volumes = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1_000_000_000_000 }),
  fc.constantFrom(0, 1, 27, 28, 29, 30, 31, 999_999_999_999, 1_000_000_000_000),
);

describe('spreading a month over its days (§3)', () => {
  it.each([
    [100, 31],
    [1, 31],
    [31, 31],
    [29, 29],
    [999_999_999_999, 28],
    [1_000_000_000_000, 31],
  ])('gives the days of %i calls in a %i-day month a sum equal to the month', (calls, length) => {
    let total = 0;
    for (let day = 1; day <= length; day++) total += callsOnDay(calls, day, length);
    expect(total).toBe(calls);
  });

  it('puts a single call of a month on its last day', () => {
    expect([1, 30, 31].map((day) => callsOnDay(1, day, 31))).toEqual([0, 0, 1]);
  });

  it('differs by at most one call between two days of a month', () => {
    const days = Array.from({ length: 31 }, (_, index) => callsOnDay(100, index + 1, 31));
    expect(Math.max(...days) - Math.min(...days)).toBe(1);
  });

  it('holds nothing before the first day and the whole month through the last', () => {
    expect(callsThroughDay(12_345, 0, 30)).toBe(0);
    expect(callsThroughDay(12_345, 30, 30)).toBe(12_345);
  });

  it('gives every day ⌊V·k/D⌋ − ⌊V·(k−1)/D⌋, computed exactly in integers, and days that sum to V', () => {
    fc.assert(
      fc.property(volumes, monthLengths, (volume, length) => {
        const exact = (day: number) => Number((BigInt(volume) * BigInt(day)) / BigInt(length));
        let total = 0;
        for (let day = 1; day <= length; day++) {
          expect(callsThroughDay(volume, day, length)).toBe(exact(day));
          expect(callsOnDay(volume, day, length)).toBe(exact(day) - exact(day - 1));
          total += callsOnDay(volume, day, length);
        }
        expect(total).toBe(volume);
      }),
      propertyRuns(500),
    );
  });

  it('never gives a day a negative count nor two days more than one call apart', () => {
    fc.assert(
      fc.property(volumes, monthLengths, (volume, length) => {
        const days = Array.from({ length }, (_, index) => callsOnDay(volume, index + 1, length));
        expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(1);
      }),
      propertyRuns(300),
    );
  });
});
