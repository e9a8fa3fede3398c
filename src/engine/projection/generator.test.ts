import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, renderMessage } from '../messages';
import { propertyRuns } from '../testing/property-runs';
import { FLAT_SEASONALITY, generateCalls, generatorOf, modelOf } from './generator';

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
    [{ firstMonth: '1.5' }, 'firstMonth'],
    [{ firstMonth: '1000000000001' }, 'firstMonth'],
    [{ growthPercent: 'x' }, 'growthPercent'],
    [{ growthPercent: '1001' }, 'growthPercent'],
    [
      { seasonal: true, seasonality: [...Array.from({ length: 11 }, () => '100'), '-1'] },
      'seasonality[11]',
    ],
    [
      { seasonal: true, seasonality: ['100', '1001', ...Array.from({ length: 10 }, () => '100')] },
      'seasonality[1]',
    ],
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

  it('says what each field must be', () => {
    const result = generateCalls(
      {
        firstMonth: '-1',
        growthPercent: '-101',
        seasonal: true,
        seasonality: ['2000', ...Array.from({ length: 11 }, () => '100')],
      },
      '2027-01',
      3,
    );
    expect('errors' in result && result.errors.map(renderMessage)).toEqual([
      'firstMonth: must be a whole number from 0 to 1,000,000,000,000',
      'growthPercent: must be a number from -100 to 1000 (% a month)',
      'seasonality[0]: must be a percentage from 0 to 1000',
    ]);
  });

  it('accepts the ends of every range', () => {
    expect(generateCalls({ ...generator, firstMonth: '0' }, '2027-01', 2)).toEqual({
      calls: [0, 0],
    });
    expect(
      generateCalls(
        { ...generator, firstMonth: '1000000000000', growthPercent: '0' },
        '2027-01',
        2,
      ),
    ).toEqual({ calls: [1e12, 1e12] });
    expect(generateCalls({ ...generator, growthPercent: '-100' }, '2027-01', 3)).toEqual({
      calls: [1000, 0, 0],
    });
    expect(generateCalls({ ...generator, growthPercent: '1000' }, '2027-01', 2)).toEqual({
      calls: [1000, 11000],
    });
    const seasonality = ['0', '1000', ...Array.from({ length: 10 }, () => '100')];
    expect(
      generateCalls(
        { ...generator, growthPercent: '0', seasonal: true, seasonality },
        '2027-01',
        3,
      ),
    ).toEqual({ calls: [0, 10000, 1000] });
  });

  it('reads an empty growth as none and an empty share as 100 %', () => {
    const seasonality = ['', '50', ...Array.from({ length: 10 }, () => '')];
    expect(
      generateCalls({ ...generator, growthPercent: '', seasonal: true, seasonality }, '2027-01', 3),
    ).toEqual({ calls: [1000, 500, 1000] });
  });

  it('refuses a first month that its season takes beyond 10^12 calls', () => {
    const seasonality = ['200', ...Array.from({ length: 11 }, () => '100')];
    const result = generateCalls(
      { firstMonth: '1000000000000', growthPercent: '0', seasonal: true, seasonality },
      '2027-01',
      2,
    );
    expect('errors' in result && result.errors.map(renderMessage)).toEqual([
      'growthPercent: gives month 1 more than 1,000,000,000,000 calls',
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

describe('the generator as a scenario model', () => {
  const generator = {
    firstMonth: '1,000',
    growthPercent: '2.5',
    seasonal: false,
    seasonality: FLAT_SEASONALITY,
  };

  it('writes the fields as a version 2 growth model', () => {
    expect(modelOf(generator)).toEqual({
      kind: 'growth',
      firstMonth: 1000,
      growthPercent: '2.5',
      seasonality: null,
    });
    const seasonality = ['150', '', ...Array.from({ length: 10 }, () => '90.5')];
    expect(modelOf({ ...generator, growthPercent: '', seasonal: true, seasonality })).toEqual({
      kind: 'growth',
      firstMonth: 1000,
      growthPercent: '0',
      seasonality: ['150', '100', ...Array.from({ length: 10 }, () => '90.5')],
    });
  });

  it.each([
    [{ firstMonth: '' }],
    [{ firstMonth: 'lots' }],
    [{ firstMonth: '1.5' }],
    [{ firstMonth: '-1' }],
    [{ growthPercent: 'x' }],
    [{ growthPercent: '-101' }],
    [{ growthPercent: '1.1234567' }],
    [{ seasonal: true, seasonality: ['abc', ...Array.from({ length: 11 }, () => '100')] }],
    [{ seasonal: true, seasonality: [...Array.from({ length: 11 }, () => '100'), '1001'] }],
  ])('has no model while a field is not valid or not kept: %o', (patch) => {
    expect(modelOf({ ...generator, ...patch })).toBeNull();
  });

  it('keeps a switched-off seasonality out of the model, whatever it holds', () => {
    const seasonality = ['abc', ...Array.from({ length: 11 }, () => '100')];
    expect(modelOf({ ...generator, seasonality })).toMatchObject({ seasonality: null });
  });

  it('reopens a model as the fields that make it', () => {
    expect(
      generatorOf({ kind: 'growth', firstMonth: 120000, growthPercent: '4', seasonality: null }),
    ).toEqual({
      firstMonth: '120000',
      growthPercent: '4',
      seasonal: false,
      seasonality: FLAT_SEASONALITY,
    });
    const seasonality = Array.from({ length: 12 }, (_, month) => String(80 + month * 5));
    expect(
      generatorOf({ kind: 'growth', firstMonth: 5, growthPercent: '-2.5', seasonality }),
    ).toEqual({ firstMonth: '5', growthPercent: '-2.5', seasonal: true, seasonality });
  });

  it('gives the same calls after a round trip through the model', () => {
    const share = fc.integer({ min: 0, max: 1000 }).map(String);
    fc.assert(
      fc.property(
        fc.record({
          firstMonth: fc.integer({ min: 0, max: 1_000_000 }).map(String),
          growthPercent: fc.integer({ min: -100, max: 100 }).map(String),
          seasonal: fc.boolean(),
          seasonality: fc.array(share, { minLength: 12, maxLength: 12 }),
        }),
        (fields) => {
          const model = modelOf(fields);
          expect(model).not.toBeNull();
          if (model === null) return;
          expect(modelOf(generatorOf(model))).toEqual(model);
          expect(generateCalls(generatorOf(model), '2027-03', 14)).toEqual(
            generateCalls(fields, '2027-03', 14),
          );
        },
      ),
      propertyRuns(100),
    );
  });
});
