import { describe, expect, it } from 'vitest';
import { formatPath, renderMessage } from '../messages';
import { generateCalls } from './generator';

describe('generating monthly calls', () => {
  const generator = {
    firstMonth: '1000',
    growthPercent: '10',
    seasonal: false,
    seasonality: Array.from({ length: 12 }, () => '100'),
  };

  it('grows the first month by the rate each month, rounded to whole calls', () => {
    expect(generateCalls(generator, '2027-01', 4)).toEqual({ calls: [1000, 1100, 1210, 1331] });
  });

  it('scales each calendar month by its seasonality share', () => {
    const seasonality = Array.from({ length: 12 }, (_, month) => (month === 11 ? '150' : '100'));
    expect(
      generateCalls(
        { ...generator, growthPercent: '0', seasonal: true, seasonality },
        '2027-11',
        3,
      ),
    ).toEqual({ calls: [1000, 1500, 1000] });
  });

  it('ignores the seasonality while it is switched off', () => {
    const seasonality = Array.from({ length: 12 }, () => '0');
    expect(generateCalls({ ...generator, growthPercent: '0', seasonality }, '2027-01', 2)).toEqual({
      calls: [1000, 1000],
    });
  });

  it.each([
    [{ firstMonth: 'lots' }, 'firstMonth'],
    [{ firstMonth: '-5' }, 'firstMonth'],
    [{ growthPercent: '-150' }, 'growthPercent'],
    [{ growthPercent: 'x' }, 'growthPercent'],
    [
      { seasonal: true, seasonality: ['abc', ...Array.from({ length: 11 }, () => '100')] },
      'seasonality[0]',
    ],
  ])('names the generator field that is wrong: %o', (patch, field) => {
    const result = generateCalls({ ...generator, ...patch }, '2027-01', 3);
    expect('errors' in result && result.errors.map((error) => formatPath(error.path))).toEqual([
      field,
    ]);
  });

  it('refuses a growth that takes a month beyond 10^12 calls', () => {
    const result = generateCalls(
      { ...generator, firstMonth: '1000000000', growthPercent: '1000' },
      '2027-01',
      12,
    );
    expect('errors' in result && result.errors.map(renderMessage)).toEqual([
      'growthPercent: gives month 4 more than 1,000,000,000,000 calls',
    ]);
  });
});
