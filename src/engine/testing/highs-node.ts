import loadHighs from 'highs';
import type { MilpSolver } from '../advisor/advisor-milp';
import { type HighsRuntime, highsSolver } from '../advisor/milp-highs';

/* HiGHS for the tests and the benchmarks in Node: the package finds its wasm beside its loader. */

let loaded: Promise<MilpSolver> | null = null;

/** The advisor's MILP solver over HiGHS, loaded once per process. */
export function nodeMilpSolver(): Promise<MilpSolver> {
  loaded ??= loadHighs().then((highs) => highsSolver(highs as unknown as HighsRuntime));
  return loaded;
}
