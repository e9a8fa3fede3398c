import { describe, expect, it } from 'vitest';
import { message, renderMessage } from '../../engine';
import { listProblems } from './draft-problems';

describe('listProblems', () => {
  it('lists field problems with their path, then general ones', () => {
    const problems = listProblems({
      fieldErrors: {
        months: message('scenario.wholeNumber', ['months'], { min: 1, max: 120 }),
        'packages[0].calls': message('json.required', ['packages', 0, 'calls'], {}),
      },
      generalErrors: [
        message('scenario.unpriced', ['streams', 0], {
          api: 'general-text',
          region: 'ap-southeast-1',
        }),
      ],
    });
    expect(problems.map(renderMessage)).toEqual([
      'months: must be a whole number from 1 to 120',
      'packages[0].calls: is required',
      'streams[0]: no pay-per-use price for general-text in ap-southeast-1 (add a payPerUse entry, or set subscribed to false)',
    ]);
  });

  it('is empty for a valid draft', () => {
    expect(listProblems({ fieldErrors: {}, generalErrors: [] })).toEqual([]);
  });
});
