import { describe, expect, it } from 'vitest';
import { readNumberText } from './typed-number';

describe('reading numbers as typed', () => {
  it.each([
    ['1000', 1000],
    ['1,000,000', 1_000_000],
    [' 2 500 ', 2500],
    ['1_000', 1000],
    ['-3', -3],
    ['1.5', 1.5],
    ['1.25', 1.25],
    ['-0.125', -0.125],
    ['', undefined],
    ['12a', '12a'],
    ['a12', 'a12'],
    ['x1.5', 'x1.5'],
    ['1.', '1.'],
    ['.5', '.5'],
  ])('reads %j as %j', (text, expected) => {
    expect(readNumberText(text)).toBe(expected);
  });
});
