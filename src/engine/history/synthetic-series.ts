/*
 * Monthly call series with a known trend, yearly season and noise, from a fixed seed: the
 * forecast-quality test and benchmark score the forecaster on them.
 */

export type SyntheticCase = {
  readonly seed: number;
  readonly values: readonly number[];
};

/** mulberry32: a tiny seeded generator, so a seed names the same series everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `months` values: a base of 20,000 to 500,000 calls, growth of −1 % to +3 % a month, a yearly
 * season of 5 % to 30 % amplitude at a random phase, and multiplicative Gaussian noise of
 * `noise` (0.05 is 5 %).
 */
export function syntheticSeries(seed: number, months: number, noise: number): SyntheticCase {
  const next = random(seed);
  const base = 20_000 + next() * 480_000;
  const growth = -0.01 + next() * 0.04;
  const amplitude = 0.05 + next() * 0.25;
  const phase = next() * 2 * Math.PI;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const values = Array.from({ length: months }, (_, month) => {
    const season = 1 + amplitude * Math.sin((2 * Math.PI * month) / 12 + phase);
    return Math.max(
      0,
      Math.round(base * (1 + growth) ** month * season * (1 + noise * gaussian())),
    );
  });
  return { seed, values };
}

export type ForecastQuality = {
  readonly cases: number;
  readonly medianMape: number;
  readonly coverage: number;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
