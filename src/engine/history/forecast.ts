import { formatIsoMonth, type IsoMonth, parseIsoMonth } from '../core/calendar';
import type { HistoryMonth } from '../core/scenario';

/*
 * The months after a stream's history, with an 80 % prediction interval, and a backtest that
 * tells the user how far to trust it. The statistics live in a time-series library behind
 * `SeriesForecaster` (augurs, loaded where WebAssembly may load); this module only chooses the
 * method by the history's length, keeps the figures whole and ordered, and scores the backtest.
 */

export const INTERVAL_LEVEL = 0.8;
/** Below this, no forecast: two points say nothing about a trend. */
export const MIN_FORECAST_MONTHS = 3;
/** From two full years on, the yearly season can be told from noise. */
export const SEASONAL_MONTHS = 24;

export type ForecastMethod = 'seasonal' | 'trend';

export type SeriesForecast = {
  readonly point: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
};

/** A library's forecast of `horizon` values after `values`, with intervals at `level`. */
export type SeriesForecaster = (
  values: readonly number[],
  horizon: number,
  method: ForecastMethod,
  level: number,
) => SeriesForecast;

export type ForecastMonth = {
  readonly month: IsoMonth;
  readonly expected: number;
  readonly low: number;
  readonly high: number;
};

export type Backtest = {
  /** The held-out months, the forecast made without them, and their actual calls. */
  readonly months: readonly (ForecastMonth & { readonly actual: number })[];
  /** Mean absolute percentage error over held-out months with calls; null when all were zero. */
  readonly mape: number | null;
  /** How many held-out months fell inside the interval. */
  readonly covered: number;
};

export type HistoryForecast =
  | { readonly ok: false; readonly reason: 'tooShort'; readonly months: number }
  | {
      readonly ok: true;
      readonly method: ForecastMethod;
      readonly months: readonly ForecastMonth[];
      readonly backtest: Backtest | null;
    };

export function forecastMethod(months: number): ForecastMethod {
  return months >= SEASONAL_MONTHS ? 'seasonal' : 'trend';
}

/** The months after `last`, `count` of them. */
export function monthsAfter(last: IsoMonth, count: number): IsoMonth[] {
  const start = parseIsoMonth(last);
  if (!start) return [];
  const months: IsoMonth[] = [];
  for (let step = 1; step <= count; step += 1) {
    const index = start.year * 12 + start.month - 1 + step;
    months.push(formatIsoMonth({ year: Math.floor(index / 12), month: (index % 12) + 1 }));
  }
  return months;
}

function wholeMonths(months: readonly IsoMonth[], forecast: SeriesForecast): ForecastMonth[] {
  return months.map((month, index) => {
    const finite = (value: number | undefined) =>
      value !== undefined && Number.isFinite(value) ? value : 0;
    const point = finite(forecast.point[index]);
    const low = Math.max(0, Math.round(Math.min(finite(forecast.lower[index]), point)));
    const expected = Math.max(low, Math.round(point));
    const high = Math.max(expected, Math.round(Math.max(finite(forecast.upper[index]), point)));
    return { month, expected, low, high };
  });
}

/** Hold out 6 months when a seasonal fit is left after them, 3 when a trend is, else none. */
export function backtestLength(months: number): number {
  if (months - 6 >= SEASONAL_MONTHS) return 6;
  if (months - 3 >= MIN_FORECAST_MONTHS) return 3;
  return 0;
}

export function forecastHistory(
  history: readonly HistoryMonth[],
  horizon: number,
  forecaster: SeriesForecaster,
): HistoryForecast {
  if (history.length < MIN_FORECAST_MONTHS)
    return { ok: false, reason: 'tooShort', months: history.length };
  const values = history.map((month) => month.calls);
  const last = history[history.length - 1]?.month ?? '';
  const method = forecastMethod(values.length);
  const months = wholeMonths(
    monthsAfter(last, horizon),
    forecaster(values, horizon, method, INTERVAL_LEVEL),
  );
  return { ok: true, method, months, backtest: backtest(history, forecaster) };
}

export function backtest(
  history: readonly HistoryMonth[],
  forecaster: SeriesForecaster,
): Backtest | null {
  const heldOut = backtestLength(history.length);
  if (heldOut === 0) return null;
  const training = history.slice(0, history.length - heldOut);
  const actual = history.slice(history.length - heldOut);
  const forecast = wholeMonths(
    actual.map((month) => month.month),
    forecaster(
      training.map((month) => month.calls),
      heldOut,
      forecastMethod(training.length),
      INTERVAL_LEVEL,
    ),
  );
  const months = forecast.map((month, index) => ({ ...month, actual: actual[index]?.calls ?? 0 }));
  const errors = months
    .filter((month) => month.actual > 0)
    .map((month) => Math.abs(month.expected - month.actual) / month.actual);
  return {
    months,
    mape:
      errors.length === 0 ? null : errors.reduce((sum, error) => sum + error, 0) / errors.length,
    covered: months.filter((month) => month.low <= month.actual && month.actual <= month.high)
      .length,
  };
}
