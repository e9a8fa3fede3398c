import {
  type AdvisorInput,
  type AdvisorObjective,
  type AdvisorOptions,
  type AdvisorOutcome,
  type AdvisorResult,
  advise,
  type Catalog,
  type Message,
  message,
  type Scenario,
} from '../../engine';

/*
 * The messages between the page and the advisor's worker, and what each side does with them.
 * The page posts the typed scenario and catalog, which passed the engine's gates on the page
 * (structured cloning keeps their exact bigint amounts); the worker runs `advise` and posts its
 * progress and then the plan or the reason it failed. Cancelling ends the worker: a plan half
 * searched is never an answer. Both sides are plain functions, tested without a worker.
 */

export type AdvisorRequest = {
  readonly type: 'advise';
  readonly runId: number;
  readonly scenario: Scenario;
  /** For the objective 'worst': the low and high variants. */
  readonly variants: readonly Scenario[];
  readonly catalog: Catalog;
  readonly objective: AdvisorObjective;
};

export type AdvisorResponse =
  | { readonly type: 'progress'; readonly runId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly runId: number; readonly result: AdvisorResult }
  | { readonly type: 'failed'; readonly runId: number; readonly message: Message };

type Advise = (input: AdvisorInput, options: AdvisorOptions) => AdvisorOutcome;

/**
 * The worker's side: checks the request, runs the advisor and posts progress (at most once per
 * whole percent) and then the plan, or a message saying what went wrong.
 */
export function answerAdvisorRequest(
  request: AdvisorRequest,
  post: (response: AdvisorResponse) => void,
  run: Advise = advise,
): void {
  const { runId, scenario, variants, catalog } = request;
  const fail = (reason: Message) => post({ type: 'failed', runId, message: reason });
  let percent = -1;
  try {
    const outcome = run(
      { scenario, catalog, scenarios: variants },
      {
        objective: request.objective,
        onProgress: (fraction) => {
          const now = Math.floor(fraction * 100);
          if (now <= percent) return;
          percent = now;
          post({ type: 'progress', runId, fraction });
        },
      },
    );
    if (outcome.cancelled) fail(message('advisor.stopped', [], {}));
    else post({ type: 'done', runId, result: outcome });
  } catch (error) {
    fail(
      message('advisor.crashed', [], {
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}

/** A finished search and what it was asked (C: whatever the page needs to show and apply it). */
export type CompletedRun<C> = { readonly result: AdvisorResult; readonly context: C };

export type AdvisorRunState<C> = {
  readonly phase: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** The run the page listens to: answers of any other are ignored. */
  readonly runId: number;
  /** Share of the work done, 0 to 1, while running. */
  readonly fraction: number;
  readonly message: Message | null;
  /** What the running search was asked. */
  readonly pending: C | null;
  /** The last finished search: kept while another runs, is cancelled or fails. */
  readonly last: CompletedRun<C> | null;
};

export type AdvisorRunAction<C> =
  | { readonly type: 'start'; readonly runId: number; readonly context: C }
  | { readonly type: 'cancel' }
  | { readonly type: 'response'; readonly response: AdvisorResponse };

export const IDLE_RUN: AdvisorRunState<never> = {
  phase: 'idle',
  runId: 0,
  fraction: 0,
  message: null,
  pending: null,
  last: null,
};

/** The page's side: what a start, a cancel or a message from the worker does to the run's state. */
export function advisorRunReducer<C>(
  state: AdvisorRunState<C>,
  action: AdvisorRunAction<C>,
): AdvisorRunState<C> {
  switch (action.type) {
    case 'start':
      return {
        ...state,
        phase: 'running',
        runId: action.runId,
        fraction: 0,
        message: null,
        pending: action.context,
      };
    case 'cancel':
      return state.phase === 'running' ? { ...state, phase: 'cancelled', pending: null } : state;
    case 'response': {
      const { response } = action;
      if (state.phase !== 'running' || response.runId !== state.runId || state.pending === null)
        return state;
      switch (response.type) {
        case 'progress':
          return { ...state, fraction: Math.max(state.fraction, Math.min(1, response.fraction)) };
        case 'done':
          return {
            ...state,
            phase: 'done',
            fraction: 1,
            pending: null,
            last: { result: response.result, context: state.pending },
          };
        case 'failed':
          return { ...state, phase: 'failed', message: response.message, pending: null };
      }
    }
  }
}
