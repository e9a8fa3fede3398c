/** Timing helpers for the benchmarks: warm up, then the median and the 95th percentile of many runs. */
export type Timing = { readonly medianMs: number; readonly p95Ms: number; readonly runs: number };

export function time(
  run: () => unknown,
  { warmup = 20, runs = 100 }: { warmup?: number; runs?: number } = {},
): Timing {
  for (let index = 0; index < warmup; index++) run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor(samples.length / 2)] as number,
    p95Ms: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] as number,
    runs,
  };
}
