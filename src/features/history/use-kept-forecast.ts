import { useEffect, useState } from 'react';
import { type KeptHistory, keptHistoriesKey } from './kept-histories';
import type { ForecastRequest, ForecastResponse, StreamImport } from './usage-import-protocol';

/*
 * The kept histories of a reopened estimate, forecast again in the usage import's worker (the
 * forecast itself is not kept: augurs makes the same one from the same months). A new worker
 * per set of histories, ended when they change or the section goes away, so a stale answer
 * can never arrive.
 */

export type KeptForecastState =
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly streams: readonly StreamImport[] }
  | { readonly kind: 'failed' };

export function useKeptForecast(
  kept: readonly KeptHistory[],
  months: number,
): KeptForecastState | null {
  const key = keptHistoriesKey(kept);
  const [state, setState] = useState<KeptForecastState | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the histories
  useEffect(() => {
    if (kept.length === 0) {
      setState(null);
      return;
    }
    setState({ kind: 'working' });
    let worker: Worker;
    try {
      worker = new Worker(new URL('./usage-import.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      setState({ kind: 'failed' });
      return;
    }
    worker.onmessage = (event: MessageEvent<ForecastResponse>) => {
      const response = event.data;
      setState(
        response.type === 'forecasted'
          ? { kind: 'done', streams: response.streams }
          : { kind: 'failed' },
      );
    };
    worker.onerror = () => setState({ kind: 'failed' });
    const request: ForecastRequest = {
      type: 'forecast',
      runId: 1,
      months,
      streams: kept.map(({ api, region, history }) => ({ api, region, history })),
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [key, months]);
  return state;
}
