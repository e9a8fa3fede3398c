import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import { type AdvisorObjective, type Catalog, message, type Scenario } from '../../engine';
import {
  type AdvisorRequest,
  type AdvisorResponse,
  type AdvisorRunState,
  advisorRunReducer,
  IDLE_RUN,
} from './advisor-protocol';
import type { Uncertainty } from './uncertainty';

/** What a search was asked: the page shows its plan against it and applies it to it. */
export type RunContext = {
  readonly key: string;
  readonly scenario: Scenario;
  readonly objective: AdvisorObjective;
  readonly cases: Uncertainty | null;
};

export type AdvisorRunStart = {
  readonly scenario: Scenario;
  /** The low and high variants, for the objective 'worst'. */
  readonly variants: readonly Scenario[];
  readonly catalog: Catalog;
  readonly context: RunContext;
};

/**
 * Runs the advisor in a Web Worker: progress arrives as messages, and cancelling ends the worker
 * at once (it is in the middle of a search and would not read a message before finishing it).
 * A worker that finished is kept for the next search, warm: its exact solver is loaded already.
 * Leaving the page ends it.
 */
export function useAdvisorRun(): {
  readonly state: AdvisorRunState<RunContext>;
  readonly start: (run: AdvisorRunStart) => void;
  readonly cancel: () => void;
} {
  const [state, dispatch] = useReducer(
    advisorRunReducer<RunContext>,
    IDLE_RUN as AdvisorRunState<RunContext>,
  );
  const worker = useRef<Worker | null>(null);
  /** True while the worker runs a search: a new one then needs a fresh worker. */
  const busy = useRef(false);
  const lastRunId = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    busy.current = false;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    ({ scenario, variants, catalog, context }: AdvisorRunStart) => {
      if (busy.current) stop();
      const runId = ++lastRunId.current;
      dispatch({ type: 'start', runId, context });
      // What the worker sends redraws the advisor's tables in slices (a transition), so a result
      // arriving at load or while typing never blocks the page for long.
      const respond = (response: AdvisorResponse) =>
        startTransition(() => dispatch({ type: 'response', response }));
      let created: Worker;
      try {
        created =
          worker.current ??
          new Worker(new URL('./advisor.worker.ts', import.meta.url), { type: 'module' });
      } catch (error) {
        respond({
          type: 'failed',
          runId,
          message: message('advisor.cannotStart', [], {
            detail: error instanceof Error ? error.message : null,
          }),
        });
        return;
      }
      worker.current = created;
      busy.current = true;
      created.onmessage = (event: MessageEvent<AdvisorResponse>) => {
        respond(event.data);
        if (event.data.type !== 'progress' && worker.current === created) busy.current = false;
      };
      created.onerror = (event) => {
        event.preventDefault();
        respond({
          type: 'failed',
          runId,
          message: message('advisor.crashed', [], { detail: event.message || null }),
        });
        if (worker.current === created) stop();
      };
      const request: AdvisorRequest = {
        type: 'advise',
        runId,
        scenario,
        variants,
        catalog,
        objective: context.objective,
      };
      created.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    dispatch({ type: 'cancel' });
  }, [stop]);

  return { state, start, cancel };
}
