import { describe, expect, it } from 'vitest';
import { nodeForecaster } from '../testing/augurs-node';
import { backtestLength, forecastHistory, monthsAfter } from './forecast';
import { scoreForecaster } from './forecast-quality';

const forecaster = nodeForecaster();

function history(values: readonly number[]) {
  return values.map((calls, index) => ({
    month: monthsAfter('2023-12', index + 1)[index] ?? '',
    calls,
  }));
}

describe('forecast of a stream history', () => {
  it('says a history under 3 months is too short', () => {
    expect(forecastHistory(history([5, 6]), 12, forecaster)).toEqual({
      ok: false,
      reason: 'tooShort',
      months: 2,
    });
  });

  it.each([3, 5, 8, 23, 24, 40])(
    'gives %i months of history whole, ordered, non-negative months after it',
    (length) => {
      const values = Array.from({ length }, (_, index) => 1000 + 40 * index + (index % 3) * 25);
      const result = forecastHistory(history(values), 12, forecaster);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.method).toBe(length >= 24 ? 'seasonal' : 'trend');
      expect(result.months.map((month) => month.month)).toEqual(
        monthsAfter(history(values).at(-1)?.month ?? '', 12),
      );
      for (const month of result.months) {
        expect(Number.isInteger(month.expected)).toBe(true);
        expect(0 <= month.low && month.low <= month.expected).toBe(true);
        expect(month.expected <= month.high).toBe(true);
      }
      expect(result.backtest?.months.length ?? 0).toBe(backtestLength(length));
    },
  );

  it('never goes below zero for a falling stream', () => {
    const result = forecastHistory(history([900, 600, 300, 100, 40]), 6, forecaster);
    expect(result.ok && result.months.every((month) => month.low >= 0)).toBe(true);
  });

  it('holds out 6 months when a seasonal fit is left, 3 for a trend, none below', () => {
    expect([5, 6, 12, 29, 30].map(backtestLength)).toEqual([0, 3, 3, 3, 6]);
  });

  it('scores the backtest: error and whether the interval held', () => {
    const flat = history(Array.from({ length: 12 }, () => 1000));
    const result = forecastHistory(flat, 3, forecaster);
    expect(result.ok && result.backtest).toMatchObject({ mape: 0, covered: 3 });
  });
});

describe('forecast quality on synthetic series (fixed seeds)', () => {
  it('has a median error on the held-out year of 12 % or less at 5 % noise, and an 80 % interval that holds 65 % to 95 % of the time', () => {
    const quality = scoreForecaster(forecaster, { cases: 30, noise: 0.05 });
    expect(quality.medianMape).toBeLessThanOrEqual(0.12);
    expect(quality.coverage).toBeGreaterThanOrEqual(0.65);
    expect(quality.coverage).toBeLessThanOrEqual(0.95);
  });
});
