import type { SeriesForecaster } from '../../engine/history/forecast';

/*
 * augurs for the usage import's worker, loaded the first time a forecast is asked for: its
 * JavaScript a chunk of the worker's own, its WebAssembly two files beside it. The package does
 * not export its .wasm files, so each module finds its own through `new URL(…, import.meta.url)`,
 * which Vite copies into the build.
 */

let loading: Promise<SeriesForecaster | null> | null = null;

/** The forecaster, or null when the WebAssembly cannot be loaded (offline before caching, blocked). */
export function loadForecaster(): Promise<SeriesForecaster | null> {
  loading ??= Promise.all([
    import('@bsull/augurs/ets'),
    import('@bsull/augurs/mstl'),
    import('../../engine/history/augurs-forecaster'),
  ])
    .then(async ([ets, mstl, { augursForecaster }]) => {
      await ets.default();
      await mstl.default();
      return augursForecaster({ MSTL: mstl.MSTL, AutoETS: ets.AutoETS });
    })
    .catch(() => null);
  return loading;
}
