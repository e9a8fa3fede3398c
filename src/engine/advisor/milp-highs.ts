import type { MilpAnswer, MilpRequest, MilpSolver } from './advisor-milp';

/*
 * The advisor's MILP run by HiGHS (the `highs` package: HiGHS compiled to WebAssembly). The
 * engine never loads it: whoever has loaded it (the advisor's worker, a Node test) hands the
 * instance here, typed by the few calls this uses, and gets a MilpSolver back.
 */

/** The part of a loaded `highs` instance the advisor uses (its persistent-model API). */
export type HighsRuntime = {
  withModel<Result>(
    source: { readonly format: 'lp'; readonly data: string },
    operation: (model: HighsModel) => Result,
  ): Result;
};

type HighsModel = {
  readonly options: { set(options: Record<string, number | boolean | string>): unknown };
  readonly info: { get(name: string): number | bigint };
  run(
    callbacks?: Record<
      number,
      (event: {
        readonly data: {
          readonly running_time?: number;
          readonly mip_gap?: number;
          readonly mip_dual_bound?: number;
        };
        interrupt(): void;
      }) => void
    >,
  ): unknown;
  getModelStatus(): number;
  getSolution(): { readonly colValue: Float64Array };
  getColName(index: number): string;
  getColByName(name: string): number;
  getDimensions(): { readonly numCols: number };
  setSolution(solution: { readonly indices: Int32Array; readonly values: Float64Array }): unknown;
};

// HiGHS model status codes (highs.constants.modelStatus).
const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;
const INTERRUPTED = 17;
// Callback channel: MIP progress (highs.constants.callbackType.mipInterrupt).
const MIP_INTERRUPT = 6;
// Primal solution status "feasible" (HiGHS kSolutionStatusFeasible).
const FEASIBLE = 2;

/** A MilpSolver over a loaded HiGHS: exact gap (0), the request's time limit, no output. */
export function highsSolver(highs: HighsRuntime): MilpSolver {
  return (request: MilpRequest): MilpAnswer => {
    const started = performanceNow();
    try {
      return highs.withModel({ format: 'lp', data: request.lp }, (model) => {
        model.options.set({
          output_flag: false,
          mip_rel_gap: 0,
          time_limit: Math.max(0.01, request.timeLimitSeconds),
        });
        if (request.start && request.start.size > 0) {
          const indices: number[] = [];
          const values: number[] = [];
          for (const [name, value] of request.start) {
            indices.push(model.getColByName(name));
            values.push(value);
          }
          try {
            model.setSolution({
              indices: Int32Array.from(indices),
              values: Float64Array.from(values),
            });
          } catch {
            // A start is only a hint: the solve goes on without it.
          }
        }
        const limit = Math.max(0.01, request.timeLimitSeconds);
        const { onProgress, softSeconds, goodEnoughGap, stopAtBound } = request;
        let boundReached = false;
        model.run({
          [MIP_INTERRUPT]: (event) => {
            const time = event.data.running_time ?? 0;
            onProgress?.(Math.min(1, time / limit));
            const dual = event.data.mip_dual_bound;
            if (stopAtBound !== undefined && dual !== undefined && dual >= stopAtBound) {
              boundReached = true;
              event.interrupt();
            } else if (
              softSeconds !== undefined &&
              goodEnoughGap !== undefined &&
              time >= softSeconds &&
              (event.data.mip_gap ?? Number.POSITIVE_INFINITY) <= goodEnoughGap
            )
              event.interrupt();
          },
        });
        const status = model.getModelStatus();
        const seconds = (performanceNow() - started) / 1000;
        const feasible = Number(model.info.get('primal_solution_status')) === FEASIBLE;
        let values: Map<string, number> | null = null;
        if (feasible) {
          const solution = model.getSolution().colValue;
          values = new Map();
          for (let index = 0; index < solution.length; index++)
            values.set(model.getColName(index), solution[index] as number);
        }
        const dual = Number(model.info.get('mip_dual_bound'));
        const bound = Number.isFinite(dual) ? dual : null;
        if (status === OPTIMAL || (status === INTERRUPTED && boundReached))
          return { status: 'optimal', values, bound, seconds };
        if (status === TIME_LIMIT || status === INTERRUPTED)
          return { status: 'time-limit', values, bound, seconds };
        if (status === INFEASIBLE) return { status: 'infeasible', values: null, bound, seconds };
        return { status: 'failed', values: null, bound: null, seconds };
      });
    } catch {
      return {
        status: 'failed',
        values: null,
        bound: null,
        seconds: (performanceNow() - started) / 1000,
      };
    }
  };
}

function performanceNow(): number {
  return (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();
}
