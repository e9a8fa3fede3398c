import { describe, expect, it } from 'vitest';
import { parsePastedColumn, pasteColumn } from './paste-column';

describe('parsePastedColumn', () => {
  it.each([
    {
      name: 'splits a spreadsheet column on line breaks',
      text: '100\n200\n300',
      cells: ['100', '200', '300'],
    },
    {
      name: 'accepts Windows line breaks and a trailing one',
      text: '100\r\n200\r\n',
      cells: ['100', '200'],
    },
    {
      name: 'splits a spreadsheet row on tabs',
      text: '100\t200\t300',
      cells: ['100', '200', '300'],
    },
    {
      name: 'keeps thousands separators for the draft to read',
      text: '1,200\n1 500\n"2,000"',
      cells: ['1,200', '1 500', '2,000'],
    },
    {
      name: 'drops blank cells and surrounding spaces',
      text: '  10 \n\n\t 20\n',
      cells: ['10', '20'],
    },
    { name: 'gives nothing for blank text', text: ' \n ', cells: [] },
  ])('$name', ({ text, cells }) => {
    expect(parsePastedColumn(text)).toEqual(cells);
  });
});

describe('pasteColumn', () => {
  it.each([
    {
      name: 'fills the month pasted into and the following ones',
      typed: ['1', '2', '3', '4'],
      months: 4,
      from: 1,
      text: '20\n30',
      expected: { typedCalls: ['1', '20', '30', '4'], filled: 2, ignored: 0 },
    },
    {
      name: 'leaves out values beyond the horizon and counts them',
      typed: ['1', '2', '3'],
      months: 3,
      from: 2,
      text: '30\n40\n50',
      expected: { typedCalls: ['1', '2', '30'], filled: 1, ignored: 2 },
    },
    {
      name: 'grows a short list to the horizon, months not typed yet 0',
      typed: [],
      months: 4,
      from: 1,
      text: '20\t30',
      expected: { typedCalls: ['0', '20', '30', '0'], filled: 2, ignored: 0 },
    },
    {
      name: 'keeps months typed beyond a shortened horizon',
      typed: ['1', '2', '3', '4'],
      months: 2,
      from: 0,
      text: '10\n20',
      expected: { typedCalls: ['10', '20', '3', '4'], filled: 2, ignored: 0 },
    },
  ])('$name', ({ typed, months, from, text, expected }) => {
    expect(pasteColumn(typed, months, from, text)).toEqual(expected);
  });

  it.each(['', '1,234', '  42\n'])('leaves a single value (%j) to the ordinary paste', (text) => {
    expect(pasteColumn(['1', '2'], 2, 0, text)).toBeNull();
  });
});
