import { describe, expect, it } from 'vitest';
import { distinctNames } from './distinct-names';

describe('distinctNames', () => {
  it.each([
    { names: [], expected: [] },
    { names: ['A', 'B'], expected: ['A', 'B'] },
    { names: ['A', 'A', 'B', 'A'], expected: ['A', 'A (2)', 'B', 'A (3)'] },
  ])('numbers repeated names from the second one on: $names', ({ names, expected }) => {
    expect(distinctNames(names)).toEqual(expected);
  });
});
