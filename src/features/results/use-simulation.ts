import { useMemo, useRef } from 'react';
import type { Message, Scenario, Simulation } from '../../engine';
import { simulationOf, useDraftCheck } from '../../store/derived';
import { listProblems } from './draft-problems';

export type SimulationView = {
  readonly simulation: Simulation;
  readonly scenario: Scenario;
  /** True while the draft is invalid: the results are those of the last valid draft. */
  readonly stale: boolean;
  /** Every problem of the current draft (empty when it is valid). */
  readonly errors: readonly Message[];
};

type ValidRun = { readonly simulation: Simulation; readonly scenario: Scenario };

/**
 * The simulation of the draft, derived where it is shown (never stored); the results panel and
 * the summary in the section bar share one run (simulationOf), which reruns only what an edit
 * touched. While the draft is
 * invalid the last valid run stays, marked stale; null until the draft has been valid once.
 */
export function useSimulation(): SimulationView | null {
  const check = useDraftCheck();
  const scenario = check.parsed.ok ? check.parsed.scenario : null;
  const simulation = useMemo(() => (scenario ? simulationOf(scenario) : null), [scenario]);
  // The last valid run is kept across renders; writing it during render is safe because it is
  // a pure function of the (immutable) scenario, whichever render wrote it.
  const lastValid = useRef<ValidRun | null>(null);
  if (scenario && simulation && lastValid.current?.simulation !== simulation)
    lastValid.current = { simulation, scenario };
  const last = lastValid.current;
  const errors = useMemo(() => listProblems(check), [check]);
  const stale = scenario === null;
  return useMemo(
    () => (last ? { simulation: last.simulation, scenario: last.scenario, stale, errors } : null),
    [last, stale, errors],
  );
}
