import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../engine/testing/property-runs';
import { toStackSegments } from './stack-segments';

describe('toStackSegments', () => {
  it('stacks the parts bottom up, each as tall as its share', () => {
    expect(toStackSegments([30, 0, 10], 20, 80)).toEqual([
      { index: 0, y: 40, height: 60 },
      { index: 2, y: 20, height: 20 },
    ]);
  });

  it('draws nothing for an empty bar', () => {
    expect(toStackSegments([0, 0], 10, 50)).toEqual([]);
    expect(toStackSegments([5], 10, 0)).toEqual([]);
  });

  it('fills the box exactly, parts touching, in order, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 14 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (values, y, height) => {
          const segments = toStackSegments(values, y, height);
          const total = values.reduce((sum, value) => sum + value, 0);
          expect(segments.map((segment) => segment.index)).toEqual(
            values.flatMap((value, index) => (value > 0 ? [index] : [])),
          );
          const lowest = segments[0];
          const highest = segments.at(-1);
          if (total === 0 || !lowest || !highest) return;
          expect(lowest.y + lowest.height).toBeCloseTo(y + height, 9);
          expect(highest.y).toBeCloseTo(y, 9);
          segments.forEach((segment, position) => {
            const value = values[segment.index] ?? Number.NaN;
            expect(segment.height).toBeCloseTo((height * value) / total, 9);
            const above = segments[position + 1];
            if (above) expect(above.y + above.height).toBe(segment.y);
          });
        },
      ),
      propertyRuns(300),
    );
  });
});
