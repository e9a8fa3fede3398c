import etsWasm from '@bsull/augurs/ets_bg.wasm?url';
import mstlWasm from '@bsull/augurs/mstl_bg.wasm?url';
import type { SeriesForecaster } from '../../engine/history/forecast';

/*
 * augurs for the usage import's worker, loaded the first time a forecast is asked for: its
 * JavaScript a chunk of the worker's own, its WebAssembly two files beside it.
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
      await ets.default({ module_or_path: etsWasm });
      await mstl.default({ module_or_path: mstlWasm });
      return augursForecaster({ MSTL: mstl.MSTL, AutoETS: ets.AutoETS });
    })
    .catch(() => null);
  return loading;
}
