import { describe, expect, it } from 'vitest';
import { toHistorySeries } from './to-history-series';

describe('the history chart series', () => {
  it('joins the forecast and its band to the last month of history', () => {
    expect(
      toHistorySeries(
        [
          { month: '2026-01', calls: 10 },
          { month: '2026-02', calls: 12 },
        ],
        [{ month: '2026-03', expected: 13, low: 11, high: 16 }],
      ),
    ).toEqual([
      { month: '2026-01', actual: 10, expected: null, band: null },
      { month: '2026-02', actual: 12, expected: 12, band: [12, 12] },
      { month: '2026-03', actual: null, expected: 13, band: [11, 16] },
    ]);
  });

  it('shows history alone when there is no forecast', () => {
    expect(toHistorySeries([{ month: '2026-01', calls: 4 }], [])).toEqual([
      { month: '2026-01', actual: 4, expected: null, band: null },
    ]);
  });
});
