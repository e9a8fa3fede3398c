import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AutoETS, initSync as initEts } from '@bsull/augurs/ets';
import { initSync as initMstl, MSTL } from '@bsull/augurs/mstl';
import { augursForecaster } from '../history/augurs-forecaster';
import type { SeriesForecaster } from '../history/forecast';

/* augurs for the tests, the benchmarks and the command line in Node: its wasm read from disk. */

let forecaster: SeriesForecaster | null = null;

export function nodeForecaster(): SeriesForecaster {
  if (forecaster) return forecaster;
  const folder = dirname(createRequire(import.meta.url).resolve('@bsull/augurs/ets'));
  initEts({ module: readFileSync(join(folder, 'ets_bg.wasm')) });
  initMstl({ module: readFileSync(join(folder, 'mstl_bg.wasm')) });
  forecaster = augursForecaster({ MSTL, AutoETS });
  return forecaster;
}
