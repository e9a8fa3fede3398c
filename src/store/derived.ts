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

export function useDraft(): ScenarioDraft {
  return useScenarioStore((state) => state.draft);
}

/** The draft judged by the engine's gate: the scenario when valid, and each field's message. */
export function useDraftCheck(): DraftCheck {
  return checkDraftOnce(useDraft());
}

/** The message for one field path, if it has one. */
export function useFieldError(path: string): string | undefined {
  return useDraftCheck().fieldErrors[path];
}
