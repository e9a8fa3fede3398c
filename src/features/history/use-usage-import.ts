import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../../engine';
import type { UsageEncoding } from '../../engine/history/encoding';
import type { ImportRequest, ImportResponse } from './usage-import-protocol';

/*
 * The usage import's worker from the page: one worker, made on the first file; each file gets a
 * run id, so an answer for a file the user has since replaced is ignored.
 */

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fraction: number }
  | Exclude<ImportResponse, { type: 'progress' }>;

export type ImportOptions = Pick<ImportRequest, 'hand' | 'aliases' | 'defaultRegion'> & {
  readonly encoding: UsageEncoding | 'auto';
};

export function useUsageImport(catalogs: readonly Catalog[], months: number) {
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  useEffect(() => () => worker.current?.terminate(), []);
  const start = useCallback(
    async (file: File, options: ImportOptions) => {
      const id = ++runId.current;
      setState({ kind: 'reading', fraction: 0 });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
        worker.current ??= new Worker(new URL('./usage-import.worker.ts', import.meta.url), {
          type: 'module',
        });
      } catch {
        setState({ type: 'failed', runId: id, reason: 'unreadable' } as ImportState);
        return;
      }
      worker.current.onmessage = (event: MessageEvent<ImportResponse>) => {
        const response = event.data;
        if (response.runId !== runId.current) return;
        setState(
          response.type === 'progress'
            ? { kind: 'reading', fraction: response.fraction }
            : (response as ImportState),
        );
      };
      worker.current.onerror = () =>
        setState({ type: 'failed', runId: id, reason: 'forecast' } as ImportState);
      const request: ImportRequest = {
        type: 'import',
        runId: id,
        bytes,
        catalogs,
        months,
        ...options,
      };
      worker.current.postMessage(request, [bytes]);
    },
    [catalogs, months],
  );
  return { state, start };
}
