import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { deepFreeze, isDeeplyFrozen } from './frozen';

describe('frozen parts', () => {
  it('freezes every object and array inside a value, and gives the value back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const value = structuredClone(json);
        expect(deepFreeze(value)).toBe(value);
        expect(isDeeplyFrozen(value)).toBe(true);
        expect(value).toEqual(json);
      }),
      propertyRuns(200),
    );
  });

  it('calls a value frozen only when nothing inside it can change', () => {
    expect(isDeeplyFrozen(3)).toBe(true);
    expect(isDeeplyFrozen(null)).toBe(true);
    expect(isDeeplyFrozen({ calls: [1, 2] })).toBe(false);
    expect(isDeeplyFrozen(Object.freeze({ calls: [1, 2] }))).toBe(false);
    expect(isDeeplyFrozen(Object.freeze({ calls: Object.freeze([1, 2]) }))).toBe(true);
    expect(isDeeplyFrozen(Object.freeze([Object.freeze({}), {}]))).toBe(false);
  });

  it('freezes what lies under a part that was frozen only on top', () => {
    const calls = [1, 2];
    const part = deepFreeze(Object.freeze({ calls }));
    expect(Object.isFrozen(calls)).toBe(true);
    expect(isDeeplyFrozen(part)).toBe(true);
  });
});
