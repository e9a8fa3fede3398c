import { describe, expect, it } from 'vitest';
import { FLAT_SEASONALITY } from '../../engine';
import {
  generatorFromTypedCalls,
  horizonMonthLabels,
  setTypedMonth,
  typedCallsFromGenerator,
} from './monthly-calls';

const generator = {
  firstMonth: '1000',
  growthPercent: '10',
  seasonal: false,
  seasonality: FLAT_SEASONALITY,
};

describe('horizonMonthLabels', () => {
  it.each([
    { start: '2027-11', months: 3, labels: ['Nov 2027', 'Dec 2027', 'Jan 2028'] },
    { start: ' 2027-01 ', months: 1, labels: ['Jan 2027'] },
    { start: '2027-13', months: 2, labels: ['Month 1', 'Month 2'] },
    { start: '', months: 0, labels: [] },
  ])('names each month from $start ($months months)', ({ start, months, labels }) => {
    expect(horizonMonthLabels(start, months)).toEqual(labels);
  });
});

describe('switching a stream between generated and typed', () => {
  it('pre-fills the typed months with the generated numbers', () => {
    expect(typedCallsFromGenerator({ generator, typedCalls: ['9'] }, '2027-01', 3)).toEqual([
      '1000',
      '1100',
      '1210',
    ]);
  });

  it.each([
    { name: 'the generator is invalid', gen: { ...generator, firstMonth: 'lots' }, months: 3 },
    { name: 'the horizon length is invalid', gen: generator, months: null },
  ])('keeps the typed months when $name', ({ gen, months }) => {
    expect(
      typedCallsFromGenerator({ generator: gen, typedCalls: ['9', '8'] }, '2027-01', months),
    ).toEqual(['9', '8']);
  });

  it.each([
    {
      name: 'takes the first typed month for a blank first month',
      first: '',
      typed: ['500'],
      expected: '500',
    },
    { name: 'keeps a first month already set', first: '1000', typed: ['500'], expected: '1000' },
    { name: 'keeps a blank first month with nothing typed', first: '', typed: [], expected: '' },
  ])('going back to generated $name', ({ first, typed, expected }) => {
    const result = generatorFromTypedCalls({
      generator: { ...generator, firstMonth: first },
      typedCalls: typed,
    });
    expect(result.firstMonth).toBe(expected);
  });
});

describe('setTypedMonth', () => {
  it.each([
    { name: 'changes one month', typed: ['1', '2'], months: 2, index: 1, expected: ['1', '7'] },
    {
      name: 'grows a short list to the horizon with zeros',
      typed: [],
      months: 3,
      index: 0,
      expected: ['7', '0', '0'],
    },
    {
      name: 'keeps months beyond a shortened horizon',
      typed: ['1', '2', '3'],
      months: 1,
      index: 0,
      expected: ['7', '2', '3'],
    },
  ])('$name', ({ typed, months, index, expected }) => {
    expect(setTypedMonth(typed, months, index, '7')).toEqual(expected);
  });
});
