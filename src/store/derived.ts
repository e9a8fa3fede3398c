import { useShallow } from 'zustand/shallow';
import {
  type IncrementalRun,
  isPathUnder,
  type Message,
  type MessagePath,
  type Scenario,
  type Simulation,
  simulateIncrementally,
} from '../engine';
import { checkDraft, type DraftCheck, type ScenarioDraft } from './draft';
import { useScenarioStore } from './scenario-store';

/* Values derived from the draft, computed once per draft whoever asks: never stored. */

const checks = new WeakMap<ScenarioDraft, DraftCheck>();

export function checkDraftOnce(draft: ScenarioDraft): DraftCheck {
  let check = checks.get(draft);
  if (!check) {
    check = checkDraft(draft);
    checks.set(draft, check);
  }
  return check;
}

const simulations = new WeakMap<Scenario, Simulation>();
// The run of the draft before, so an edit reruns only the API and region it touched. A cache of
// a pure function of the draft, not state: dropping it changes no result.
let lastRun: IncrementalRun | null = null;

/** The detailed simulation of a valid draft's scenario, run once whoever asks (results, packages). */
export function simulationOf(scenario: Scenario): Simulation {
  const known = simulations.get(scenario);
  if (known) return known;
  lastRun = simulateIncrementally(scenario, lastRun);
  simulations.set(scenario, lastRun.simulation);
  return lastRun.simulation;
}

export function useDraft(): ScenarioDraft {
  return useScenarioStore((state) => state.draft);
}

/** The draft judged by the engine's gate: the scenario when valid, and each field's message. */
export function useDraftCheck(): DraftCheck {
  return checkDraftOnce(useDraft());
}

/** The field messages under `path` (such as `['streams', 3]`): its own and those of its fields. */
export function fieldErrorsUnder(
  fieldErrors: Readonly<Record<string, Message>>,
  path: MessagePath,
): Record<string, Message> {
  const under: Record<string, Message> = {};
  for (const [key, message] of Object.entries(fieldErrors))
    if (isPathUnder(message.path, path)) under[key] = message;
  return under;
}

/*
 * One card's share of the draft's messages. A card that read the whole check would redraw on
 * every edit of any other card; these redraw it only when its own messages change.
 */

/** The messages of the fields under `path`, keyed by their paths. */
export function useFieldErrorsUnder(path: MessagePath): Readonly<Record<string, Message>> {
  return useScenarioStore(
    useShallow((state) => fieldErrorsUnder(checkDraftOnce(state.draft).fieldErrors, path)),
  );
}

/** The draft's messages that belong to no single field. */
export function useGeneralErrors(): readonly Message[] {
  return useScenarioStore(useShallow((state) => checkDraftOnce(state.draft).generalErrors));
}
