import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../engine/testing/property-runs';
import { toLinePath } from './line-paths';

const double = (value: number) => value * 2;
const flip = (value: number) => 100 - value;

describe('toLinePath', () => {
  it('draws through the points and breaks where a value is missing', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 1, y: 20 },
      { x: 2, y: null },
      { x: 3, y: 40 },
      { x: 4, y: 50 },
    ];
    expect(toLinePath(points, double, flip)).toBe('M0,90L2,80M6,60L8,50');
  });

  it('draws nothing without points or scales that place them', () => {
    expect(toLinePath([], double, flip)).toBe('');
    expect(toLinePath([{ x: 1, y: 1 }], () => undefined, flip)).toBe('');
  });

  it('starts a piece at every gap and moves to each drawn point once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }), {
          maxLength: 60,
        }),
        (values) => {
          const points = values.map((y, x) => ({ x, y }));
          const path = toLinePath(points, double, flip);
          const moves = (path.match(/M/g) ?? []).length;
          const lines = (path.match(/L/g) ?? []).length;
          const drawn = values.filter((value) => value !== null).length;
          const pieces = values.filter(
            (value, index) => value !== null && (index === 0 || values[index - 1] === null),
          ).length;
          expect(moves).toBe(pieces);
          expect(moves + lines).toBe(drawn);
        },
      ),
      propertyRuns(300),
    );
  });
});
