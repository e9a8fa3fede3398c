import { forecastHistory, monthsAfter, type SeriesForecaster } from './forecast';
import { type ForecastQuality, median, syntheticSeries } from './synthetic-series';

/*
 * The forecaster scored on synthetic series: three years each, the first two to fit, the third
 * held out. Median MAPE over the cases and the share of held-out months inside the interval.
 */
export function scoreForecaster(
  forecaster: SeriesForecaster,
  { cases, noise }: { readonly cases: number; readonly noise: number },
): ForecastQuality {
  const mapes: number[] = [];
  let inside = 0;
  let months = 0;
  for (let seed = 1; seed <= cases; seed += 1) {
    const { values } = syntheticSeries(seed, 36, noise);
    const training = values.slice(0, 24);
    const heldOut = values.slice(24);
    const history = training.map((calls, index) => ({
      month: monthsAfter('2023-12', index + 1)[index] ?? '',
      calls,
    }));
    const result = forecastHistory(history, 12, forecaster);
    if (!result.ok) continue;
    const errors = result.months.map(
      (month, index) => Math.abs(month.expected - (heldOut[index] ?? 0)) / (heldOut[index] ?? 1),
    );
    mapes.push(errors.reduce((sum, error) => sum + error, 0) / errors.length);
    result.months.forEach((month, index) => {
      const actual = heldOut[index] ?? 0;
      if (month.low <= actual && actual <= month.high) inside += 1;
      months += 1;
    });
  }
  return { cases: mapes.length, medianMape: median(mapes), coverage: months ? inside / months : 0 };
}
