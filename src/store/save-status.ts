import { create } from 'zustand';
import type { SavedEstimate } from './persisted';
import type { Conflict } from './revisions';

/*
 * Whether the page's saving works (issue 14: saved work is never lost, and never lost silently):
 * - blocked: the browser refuses this site storage; the page runs in memory only;
 * - full: the last save failed (storage full); what is typed is kept in memory, not on disk.
 * Another tab's newer work is told apart, estimate by estimate (useTabSync below).
 */

export type SaveProblem = 'blocked' | 'full';

type SaveStatus = {
  readonly problem: SaveProblem | null;
  readonly report: (problem: SaveProblem | null) => void;
};

export const useSaveStatus = create<SaveStatus>()((set) => ({
  problem: null,
  report: (problem) => set({ problem }),
}));

/**
 * The browser's localStorage, or null when it is missing or refused: with cookies blocked even
 * reading `window.localStorage` throws, which once left the page on its loading notice.
 */
export function usableLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (storage === undefined) return null;
    storage.getItem('ocr-billing-simulator');
    return storage;
  } catch {
    return null;
  }
}

type TabSync = {
  /** Estimates changed here and in another tab: not saved until the user chooses (revisions.ts). */
  readonly conflicts: readonly Conflict[];
  /** The user put the question off: the notice stays, the dialog waits to be opened again. */
  readonly later: boolean;
  /** The open estimate as another tab saved it since, while unchanged here. */
  readonly changedElsewhere: SavedEstimate | null;
};

/** What this tab knows of other tabs' work on the same estimates. */
export const useTabSync = create<TabSync>()(() => ({
  conflicts: [],
  later: false,
  changedElsewhere: null,
}));
