import { describe, expect, it } from 'vitest';
import { listProblems } from './draft-problems';

describe('listProblems', () => {
  it('lists field problems with their path, then general ones', () => {
    expect(
      listProblems({
        fieldErrors: {
          months: 'must be a whole number from 1 to 120',
          'packages[0].calls': 'is required',
        },
        generalErrors: ['streams: two streams share general-text in ap-southeast-1'],
      }),
    ).toEqual([
      'months: must be a whole number from 1 to 120',
      'packages[0].calls: is required',
      'streams: two streams share general-text in ap-southeast-1',
    ]);
  });

  it('is empty for a valid draft', () => {
    expect(listProblems({ fieldErrors: {}, generalErrors: [] })).toEqual([]);
  });
});
