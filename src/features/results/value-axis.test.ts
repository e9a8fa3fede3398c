import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../engine/testing/property-runs';
import { toValueAxis } from './value-axis';

const stepOf = (ticks: readonly number[]) => (ticks[1] ?? 0) - (ticks[0] ?? 0);

describe('toValueAxis', () => {
  it('steps from 0 to a round top', () => {
    expect(toValueAxis(1_234_567)).toEqual({
      top: 1_500_000,
      ticks: [0, 500_000, 1_000_000, 1_500_000],
    });
    expect(toValueAxis(8_400)).toEqual({
      top: 10_000,
      ticks: [0, 2_000, 4_000, 6_000, 8_000, 10_000],
    });
    expect(toValueAxis(40)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(toValueAxis(0.3)).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it('keeps whole steps for counts', () => {
    expect(toValueAxis(3, { whole: true })).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(toValueAxis(0.4, { whole: true })).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('has one step when there is nothing to show', () => {
    expect(toValueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(toValueAxis(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('reaches the highest value in at most five round, even steps, none of them idle', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 10_000_000_000 }),
          fc.double({ min: 0.000_1, max: 1e12, noNaN: true }),
        ),
        fc.boolean(),
        (highest, whole) => {
          const { top, ticks } = toValueAxis(highest, { whole });
          const step = stepOf(ticks);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBe(top);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(6);
          expect(top).toBeGreaterThanOrEqual(highest);
          // The step below the top would not reach: no empty step at the top.
          if (ticks.length > 2) expect(ticks.at(-2) as number).toBeLessThan(highest);
          ticks.forEach((tick, index) => {
            expect(tick).toBeCloseTo(index * step, 9);
            if (whole) expect(Number.isInteger(tick)).toBe(true);
          });
          const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
          expect([1, 2, 5]).toContain(mantissa);
        },
      ),
      propertyRuns(300),
    );
  });

  it('keeps the same axis for a small change of the highest value', () => {
    expect(toValueAxis(1_180_000)).toEqual(toValueAxis(1_190_000));
  });
});
