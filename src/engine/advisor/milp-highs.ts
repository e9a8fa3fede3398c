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
          readonly mip_solution?: Float64Array;
        };
        interrupt(): void;
      }) => void
    >,
  ): unknown;
  getModelStatus(): number;
  getSolution(): { readonly colValue: Float64Array };
  getColName(index: number): string;
  getColByName(name: string): number;
  getLp(): { readonly colLower: Float64Array; readonly colUpper: Float64Array };
  changeColsBounds(
    selection: { readonly kind: 'set'; readonly indices: Int32Array },
    lower: Float64Array,
    upper: Float64Array,
  ): unknown;
  clearSolver(): unknown;
  setSolution(solution: { readonly colValue: Float64Array }): unknown;
  getDimensions(): { readonly numCols: number };
};

// HiGHS model status codes (highs.constants.modelStatus).
const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;
const INTERRUPTED = 17;
// Callback channel: MIP progress (highs.constants.callbackType.mipInterrupt).
const MIP_INTERRUPT = 6;
// Callback channel: a better incumbent, with its columns (callbackType.mipImprovingSolution).
const MIP_IMPROVING_SOLUTION = 4;
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
          presolve: request.presolve === false ? 'off' : 'choose',
        });
        if (request.start && request.start.size > 0) completeStart(model, request.start);
        const limit = Math.max(0.01, request.timeLimitSeconds);
        const { onProgress, softSeconds, onSolution } = request;
        let stopAt = request.stopAt;
        let boundReached = false;
        const columnOf = new Map<string, number>();
        if (onSolution) {
          const { numCols } = model.getDimensions();
          for (let index = 0; index < numCols; index++)
            columnOf.set(model.getColName(index), index);
        }
        model.run({
          [MIP_IMPROVING_SOLUTION]: (event) => {
            const solution = event.data.mip_solution;
            if (!onSolution || !solution) return;
            const next = onSolution((name) => {
              const index = columnOf.get(name);
              return index === undefined ? 0 : (solution[index] ?? 0);
            });
            if (next) stopAt = next;
          },
          [MIP_INTERRUPT]: (event) => {
            const time = event.data.running_time ?? 0;
            onProgress?.(Math.min(1, time / limit));
            const dual = event.data.mip_dual_bound;
            if (dual === undefined || !Number.isFinite(dual)) return;
            if (stopAt === undefined) return;
            if (dual >= stopAt.proven) {
              boundReached = true;
              event.interrupt();
            } else if (
              softSeconds !== undefined &&
              time >= softSeconds &&
              dual >= stopAt.goodEnough
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

/**
 * Hands HiGHS a known plan as a complete solution. Given only the purchase counts, HiGHS would
 * complete the rest in a sub-solve inside the run, and that sub-solve's progress reports carry
 * its own bound, which no stop may be decided on; so the rest is completed here first, in a run
 * of its own with the counts fixed, and the whole vector is handed over. A plan that cannot be
 * completed (outside the model's bounds) is simply no start.
 */
function completeStart(model: HighsModel, start: ReadonlyMap<string, number>): void {
  try {
    const entries = [...start]
      .map(([name, value]) => [model.getColByName(name), value] as const)
      .sort((a, b) => a[0] - b[0]);
    const indices = Int32Array.from(entries.map(([index]) => index));
    const values = Float64Array.from(entries.map(([, value]) => value));
    const { colLower, colUpper } = model.getLp();
    const selection = { kind: 'set', indices } as const;
    model.changeColsBounds(selection, values, values);
    model.run();
    const completed =
      Number(model.info.get('primal_solution_status')) === FEASIBLE
        ? Float64Array.from(model.getSolution().colValue)
        : null;
    model.changeColsBounds(
      selection,
      Float64Array.from(indices, (index) => colLower[index] as number),
      Float64Array.from(indices, (index) => colUpper[index] as number),
    );
    model.clearSolver();
    if (completed) model.setSolution({ colValue: completed });
  } catch {
    // A start is only a hint: the solve goes on without it.
  }
}

function performanceNow(): number {
  return (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();
}
