import { describe, expect, it } from 'vitest';
import {
  FAILED_COLOUR,
  keyColour,
  PAY_PER_USE_COLOUR,
  SERIES_COLOURS,
  seriesColour,
  seriesDash,
  seriesKey,
  toChartRows,
} from './chart-style';

describe('toChartRows', () => {
  const rows = [
    { month: '2027-01', values: [5, 0, null] },
    { month: '2027-02', values: [0, 7, 1] },
  ];

  it('gives each series a fixed key beside the row fields', () => {
    expect(toChartRows(rows, (row) => ({ month: row.month }))).toEqual([
      { month: '2027-01', s0: 5, s1: 0, s2: null },
      { month: '2027-02', s0: 0, s1: 7, s2: 1 },
    ]);
    expect(seriesKey(3)).toBe('s3');
  });

  it('turns zeros into gaps when asked, so no empty bar is drawn', () => {
    expect(toChartRows(rows, (row) => ({ month: row.month }), true)[0]).toEqual({
      month: '2027-01',
      s0: 5,
      s1: null,
      s2: null,
    });
  });
});

describe('series styles', () => {
  it('tells neighbouring lines apart by colour and by dash', () => {
    expect(seriesColour(0)).not.toBe(seriesColour(1));
    expect(seriesColour(SERIES_COLOURS.length)).toBe(seriesColour(0));
    expect(seriesDash(0)).not.toBe(seriesDash(1));
  });

  it('keeps pay-per-use and failed calls in colours of their own', () => {
    expect(keyColour({ kind: 'pay-per-use', label: 'Pay-per-use', packageId: null }, 5)).toBe(
      PAY_PER_USE_COLOUR,
    );
    expect(keyColour({ kind: 'failed', label: 'Failed', packageId: null }, 6)).toBe(FAILED_COLOUR);
    expect(SERIES_COLOURS).not.toContain(PAY_PER_USE_COLOUR);
    expect(SERIES_COLOURS).not.toContain(FAILED_COLOUR);
  });
});
