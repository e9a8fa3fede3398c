import wasmUrl from 'highs/runtime?url';
import { type HighsRuntime, highsSolver, type MilpSolver } from '../../engine';

/*
 * HiGHS for the advisor's worker, loaded the first time a plan is asked for and kept while the
 * worker lives: its JavaScript is a chunk of the worker's own (never in the page's first
 * bundle), its WebAssembly a separate file the service worker also caches for offline use.
 */

let loading: Promise<MilpSolver | null> | null = null;

/** The solver, or null when it cannot be loaded (offline before it was cached, blocked, too old a browser). */
export function loadMilpSolver(): Promise<MilpSolver | null> {
  loading ??= import('highs')
    .then(({ default: loadHighs }) =>
      loadHighs({ locateFile: (file: string) => (file.endsWith('.wasm') ? wasmUrl : file) }),
    )
    .then((highs) => highsSolver(highs as unknown as HighsRuntime))
    .catch(() => null);
  return loading;
}
