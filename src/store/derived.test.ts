import { describe, expect, it } from 'vitest';
import { fieldErrorsUnder } from './derived';

describe('fieldErrorsUnder', () => {
  const errors = {
    'streams[1]': 'a',
    'streams[1].api': 'b',
    'streams[1].monthlyCalls[4]': 'c',
    'streams[12].api': 'd',
    'streams[10]': 'e',
    'packages[1].calls': 'f',
  };

  it('keeps the messages of the path and of its fields, and no one else’s', () => {
    expect(fieldErrorsUnder(errors, 'streams[1]')).toEqual({
      'streams[1]': 'a',
      'streams[1].api': 'b',
      'streams[1].monthlyCalls[4]': 'c',
    });
    expect(fieldErrorsUnder(errors, 'streams[1].monthlyCalls')).toEqual({
      'streams[1].monthlyCalls[4]': 'c',
    });
    expect(fieldErrorsUnder(errors, 'packages[0]')).toEqual({});
  });
});
