import { create } from 'zustand';

/*
 * Whether the page's saving works (issue 14: saved work is never lost, and never lost silently):
 * - blocked: the browser refuses this site storage; the page runs in memory only;
 * - full: the last save failed (storage full); what is typed is kept in memory, not on disk;
 * - otherTab: another tab saved newer work; this tab writes nothing until the user chooses.
 */

export type SaveProblem = 'blocked' | 'full' | 'otherTab';

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
