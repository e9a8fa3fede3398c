import type { ParseResult } from '../src/engine';

/*
 * "Saved work lost" for the fuzz figure (issue 14): the page's own store, over an in-memory
 * localStorage that holds two saved estimates, takes each document as the page would (a file as
 * a new estimate, a link as a shared scenario that is shown but not kept). After each, every
 * estimate saved before must still be in storage, unchanged; then the store and the storage go
 * back to where they were.
 */

const memory = new Map<string, string>();
const inMemoryStorage = {
  getItem: (key: string) => memory.get(key) ?? null,
  setItem: (key: string, value: string) => void memory.set(key, value),
  removeItem: (key: string) => void memory.delete(key),
  clear: () => memory.clear(),
  key: (index: number) => [...memory.keys()][index] ?? null,
  get length() {
    return memory.size;
  },
};

type SavedEstimate = { readonly id: string };

export type SavedWorkProbe = {
  /** Takes an accepted or refused document into the store; false when saved work was lost. */
  readonly survives: (result: ParseResult, as: 'file' | 'link') => boolean;
};

export async function savedWorkProbe(): Promise<SavedWorkProbe> {
  // The store reads localStorage when it loads and tells other tabs through a BroadcastChannel,
  // which would keep this process alive: Node gets neither.
  Object.assign(globalThis, { localStorage: inMemoryStorage, BroadcastChannel: undefined });
  const { useScenarioStore, saveNow } = await import('../src/store/scenario-store');
  const { draftFromScenario } = await import('../src/store/draft');
  const { DEMO_DRAFT } = await import('../src/store/demo');
  const { catalogForCurrency } = await import('../src/features/share/scenario-import');
  const store = () => useScenarioStore.getState();

  store().newEstimate({ ...DEMO_DRAFT, name: 'Saved estimate one' });
  store().newEstimate({ ...DEMO_DRAFT, name: 'Saved estimate two' });
  saveNow();
  const storageBefore = new Map(memory);
  const stateBefore = useScenarioStore.getState();
  const savedBefore = estimatesIn(storageBefore);

  return {
    survives(result, as) {
      if (result.ok) {
        const draft = draftFromScenario(result.scenario, catalogForCurrency(result.scenario));
        if (as === 'file') store().newEstimate(draft);
        else store().openShared(draft);
      }
      saveNow();
      const after = estimatesIn(memory);
      const kept =
        (as === 'link' || !result.ok ? sameEntries(memory, storageBefore) : true) &&
        [...savedBefore].every(([id, text]) => after.get(id) === text);
      if (as === 'link' && result.ok) store().closeShared();
      memory.clear();
      for (const [key, value] of storageBefore) memory.set(key, value);
      useScenarioStore.setState(stateBefore, true);
      return kept;
    },
  };
}

/** Each saved estimate's text, by its id. */
function estimatesIn(storage: ReadonlyMap<string, string>): Map<string, string> {
  const byId = new Map<string, string>();
  for (const text of storage.values()) {
    let saved: unknown;
    try {
      saved = JSON.parse(text);
    } catch {
      continue;
    }
    const estimates = (saved as { state?: { estimates?: unknown } } | null)?.state?.estimates;
    if (!Array.isArray(estimates)) continue;
    for (const estimate of estimates as SavedEstimate[])
      byId.set(estimate.id, JSON.stringify(estimate));
  }
  return byId;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
