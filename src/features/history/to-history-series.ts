import type { HistoryMonth } from '../../engine';
import type { ForecastMonth } from '../../engine/history/forecast';

/*
 * One stream's chart: the months of history, then the forecast with its 80 % band. The band
 * starts at the last month of history (low = high = its calls), so the forecast visibly grows
 * out of the past instead of floating beside it.
 */

export type HistoryPoint = {
  readonly month: string;
  /** Calls in the history; null over the forecast. */
  readonly actual: number | null;
  /** Expected calls; on the last history month as well, to join the two lines. */
  readonly expected: number | null;
  /** [low, high] of the interval, or null over the history. */
  readonly band: readonly [number, number] | null;
};

export function toHistorySeries(
  history: readonly HistoryMonth[],
  forecast: readonly ForecastMonth[],
): HistoryPoint[] {
  const points: HistoryPoint[] = history.map((month, index) => {
    const last = index === history.length - 1 && forecast.length > 0;
    return {
      month: month.month,
      actual: month.calls,
      expected: last ? month.calls : null,
      band: last ? [month.calls, month.calls] : null,
    };
  });
  for (const month of forecast)
    points.push({
      month: month.month,
      actual: null,
      expected: month.expected,
      band: [month.low, month.high],
    });
  return points;
}
