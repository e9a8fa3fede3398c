import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { shippedCatalogs } from '../testing/shipped-catalogs';
import { MAX_MONTH_CALLS, parseCalls, usageAccumulator } from './aggregate';
import { nameMatcher } from './names';

const names = nameMatcher(shippedCatalogs());
const mapping = { date: 0, api: 1, region: 2, calls: 3 };

function sum(rows: readonly (readonly string[])[], options = {}) {
  const accumulator = usageAccumulator({ mapping, names, ...options });
  rows.forEach((fields, index) => {
    accumulator.add(fields, index + 2);
  });
  return accumulator.result();
}

describe('calls as exports write them', () => {
  it.each([
    ['12,345', 12345],
    ['123,456,789', 123456789],
    ['1234,567', null],
    ['1,2345', null],
    ['1000000000000', MAX_MONTH_CALLS],
    ['1,000,000,000,000.000', MAX_MONTH_CALLS],
    ['1000000000001', null],
    ['0', 0],
    ['7.', 7],
  ])('%s reads as %s', (text, calls) => {
    expect(parseCalls(text)).toBe(calls);
  });

  it('reads every whole number up to the month limit, grouped or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONTH_CALLS }), (calls) => {
        expect(parseCalls(String(calls))).toBe(calls);
        expect(parseCalls(calls.toLocaleString('en-US'))).toBe(calls);
        expect(parseCalls(`${calls}.00`)).toBe(calls);
      }),
      propertyRuns(200),
    );
  });
});

describe('summing rows into monthly history', () => {
  it('says a total line is a total, however it is written', () => {
    const { skipped, usedRows } = sum([
      ['Total', '', '', '15'],
      ['  GRAND TOTAL ', '', '', '15'],
      ['合计：', '', '', '15'],
      ['', 'Sum:', '', '15'],
      ['2026-03-05', 'passport', 'cn-north-4', '15'],
    ]);
    expect(skipped).toEqual([2, 3, 4, 5].map((line) => ({ line, reason: { code: 'totalRow' } })));
    expect(usedRows).toBe(1);
  });

  it('passes over a line of blank fields without reporting it', () => {
    expect(sum([['  ', '', ' \t'], ['']])).toEqual({ streams: [], skipped: [], usedRows: 0 });
  });

  it('names the first missing column of a short row, in file order', () => {
    const accumulator = usageAccumulator({
      mapping: { date: 3, api: 0, region: 2, calls: 1 },
      names,
      headers: ['api', 'calls', 'region', 'date'],
    });
    accumulator.add(['passport'], 2);
    accumulator.add(['passport', '4', 'cn-north-4'], 3);
    expect(accumulator.result().skipped).toEqual([
      { line: 2, reason: { code: 'missingColumn', column: 'calls' } },
      { line: 3, reason: { code: 'missingColumn', column: 'date' } },
    ]);
  });

  it('names a missing column by its number when there are no headers', () => {
    expect(sum([['2026-03-05', 'passport', 'cn-north-4']]).skipped).toEqual([
      { line: 2, reason: { code: 'missingColumn', column: '#4' } },
    ]);
  });

  it('gives every row the default region when the export has no region column', () => {
    const rows = [['2026-03-05', 'passport', '5']];
    const withRegion = usageAccumulator({
      mapping: { date: 0, api: 1, region: null, calls: 2 },
      names,
      defaultRegion: 'cn-north-4',
    });
    withRegion.add(rows[0] ?? [], 2);
    expect(withRegion.result()).toEqual({
      streams: [
        { api: 'passport', region: 'cn-north-4', history: [{ month: '2026-03', calls: 5 }] },
      ],
      skipped: [],
      usedRows: 1,
    });
    const without = usageAccumulator({
      mapping: { date: 0, api: 1, region: null, calls: 2 },
      names,
    });
    without.add(rows[0] ?? [], 2);
    expect(without.result()).toEqual({
      streams: [],
      skipped: [{ line: 2, reason: { code: 'noRegion' } }],
      usedRows: 0,
    });
  });

  it('refuses a row that takes its month beyond 10^12 calls, and keeps the month as it was', () => {
    const half = String(MAX_MONTH_CALLS / 2);
    const result = sum([
      ['2026-03-05', 'passport', 'cn-north-4', half],
      ['2026-03-06', 'passport', 'cn-north-4', half],
      ['2026-03-07', 'passport', 'cn-north-4', '1'],
      ['2026-04-01', 'passport', 'cn-north-4', '1'],
    ]);
    expect(result.streams[0]?.history).toEqual([
      { month: '2026-03', calls: MAX_MONTH_CALLS },
      { month: '2026-04', calls: 1 },
    ]);
    expect(result.skipped).toEqual([
      { line: 4, reason: { code: 'monthTooLarge', month: '2026-03' } },
    ]);
    expect(result.usedRows).toBe(3);
  });

  it('reads a date written the same way on many rows the same every time', () => {
    const rows = Array.from({ length: 5 }, () => [
      '2026-03-31T16:00:00Z',
      'passport',
      'cn-north-4',
      '1',
    ]);
    expect(
      sum([...rows, ['2026-03-31T15:59:59Z', 'passport', 'cn-north-4', '1'], ...rows]).streams,
    ).toEqual([
      {
        api: 'passport',
        region: 'cn-north-4',
        history: [
          { month: '2026-03', calls: 1 },
          { month: '2026-04', calls: 10 },
        ],
      },
    ]);
  });

  it('sorts streams by API, then region, with every month between the first and the last', () => {
    const result = sum([
      ['2026-11-05', 'passport', 'cn-north-4', '1'],
      ['2027-02-05', 'passport', 'cn-north-4', '2'],
      ['2026-11-05', 'passport', 'ap-southeast-1', '3'],
      ['2026-12-05', 'general-text', 'cn-north-4', '4'],
    ]);
    expect(result.streams).toEqual([
      { api: 'general-text', region: 'cn-north-4', history: [{ month: '2026-12', calls: 4 }] },
      { api: 'passport', region: 'ap-southeast-1', history: [{ month: '2026-11', calls: 3 }] },
      {
        api: 'passport',
        region: 'cn-north-4',
        history: [
          { month: '2026-11', calls: 1 },
          { month: '2026-12', calls: 0 },
          { month: '2027-01', calls: 0 },
          { month: '2027-02', calls: 2 },
        ],
      },
    ]);
  });
});
