import type { AutoETS } from '@bsull/augurs/ets';
import type { MSTL } from '@bsull/augurs/mstl';
import type { ForecastMethod, SeriesForecast, SeriesForecaster } from './forecast';

/*
 * augurs (Grafana's time-series library in WebAssembly) behind `SeriesForecaster`: MSTL with a
 * yearly period and an AutoETS trend for the seasonal method, AutoETS without season for the
 * trend. The caller loads the modules (a worker on the page, the file system in Node) and hands
 * in their classes, so the engine never loads WebAssembly itself.
 */

export type AugursModules = {
  readonly MSTL: typeof MSTL;
  readonly AutoETS: typeof AutoETS;
};

/** AutoETS needs this many points to fit even a level; shorter histories use the drift line. */
const ETS_MIN_POINTS = 8;

function toSeries(forecast: {
  point: number[];
  intervals?: { lower: number[]; upper: number[] } | undefined;
}): SeriesForecast {
  return {
    point: forecast.point,
    lower: forecast.intervals?.lower ?? forecast.point,
    upper: forecast.intervals?.upper ?? forecast.point,
  };
}

/**
 * The random walk with drift (Hyndman & Athanasopoulos, Forecasting: Principles and Practice,
 * §5.2 and §5.5): the line from the first to the last month, with the interval widening as
 * σ·√(h(1 + h/(T−1))). Too few months for any library's model selection to mean anything.
 */
function drift(values: readonly number[], horizon: number, level: number): SeriesForecast {
  const steps = values.length - 1;
  const first = values[0] ?? 0;
  const last = values[steps] ?? 0;
  const slope = steps > 0 ? (last - first) / steps : 0;
  const residuals = values.slice(1).map((value, index) => value - (values[index] ?? 0) - slope);
  const sigma = Math.sqrt(
    residuals.reduce((sum, residual) => sum + residual * residual, 0) / Math.max(1, steps - 1),
  );
  // 80 % → 1.2816; the normal quantile for the two levels the page can ask for.
  const z = level >= 0.95 ? 1.96 : level >= 0.9 ? 1.6449 : 1.2816;
  const point: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= horizon; h += 1) {
    const expected = last + slope * h;
    const spread = z * sigma * Math.sqrt(h * (1 + h / Math.max(1, steps)));
    point.push(expected);
    lower.push(expected - spread);
    upper.push(expected + spread);
  }
  return { point, lower, upper };
}

/**
 * MSTL's expected months, with the interval spanning both MSTL's and a seasonal AutoETS's. With
 * two or three years of history, MSTL's own interval leaves out how unsure the season and the
 * trend are (it held 4 months in 10 of the held-out year at 80 %, see BENCHMARKS.md); the two
 * models disagree by about that much, and their joint span holds close to the stated 80 %.
 */
function seasonal(
  modules: AugursModules,
  series: Float64Array,
  horizon: number,
  level: number,
): SeriesForecast {
  const mstl = modules.MSTL.ets([12]);
  let forecast: SeriesForecast;
  try {
    mstl.fit(series);
    forecast = toSeries(mstl.predict(horizon, level));
  } finally {
    mstl.free();
  }
  const ets = new modules.AutoETS(12, 'ZZZ');
  try {
    ets.fit(series);
    const other = toSeries(ets.predict(horizon, level));
    return {
      point: forecast.point,
      lower: forecast.lower.map((value, index) => Math.min(value, other.lower[index] ?? value)),
      upper: forecast.upper.map((value, index) => Math.max(value, other.upper[index] ?? value)),
    };
  } catch {
    // No seasonal ETS fits this history: MSTL's interval alone is still an interval.
    return forecast;
  } finally {
    ets.free();
  }
}

export function augursForecaster(modules: AugursModules): SeriesForecaster {
  return (values, horizon, method: ForecastMethod, level) => {
    const series = Float64Array.from(values);
    if (method === 'seasonal') return seasonal(modules, series, horizon, level);
    if (values.length < ETS_MIN_POINTS) return drift(values, horizon, level);
    const model = new modules.AutoETS(1, 'ZZN');
    try {
      model.fit(series);
      return toSeries(model.predict(horizon, level));
    } finally {
      model.free();
    }
  };
}
