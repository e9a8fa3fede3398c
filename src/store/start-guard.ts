import { create } from 'zustand';

/*
 * Safe mode (issue 14): when the whole page failed twice in a row with the saved work, the next
 * start opens without it. The saved work is set aside under SET_ASIDE_KEY, never deleted; the
 * page says so and offers to download it or to try it again (app/safe-mode-notice.tsx).
 * Only real failures count (the page's error boundary reports them), not a tab closed while
 * loading; a start that renders the page clears the count.
 */

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const FAILED_STARTS_KEY = 'ocr-billing-simulator:failed-starts';
export const SET_ASIDE_KEY = 'ocr-billing-simulator:set-aside';
/** Failures of the whole page in a row after which the next start sets the saved work aside. */
export const FAILURES_BEFORE_SAFE_MODE = 2;

type SetAside = { readonly setAsideAt: number; readonly text: string };

type SafeMode = {
  /** The saved work this start set aside, or null when it started normally. */
  readonly setAside: SetAside | null;
};

export const useSafeMode = create<SafeMode>()(() => ({ setAside: null }));

function failures(storage: Backing): number {
  const count = Number(storage.getItem(FAILED_STARTS_KEY));
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** Run before the store reads its saved state: sets it aside after repeated failures. */
export function guardStart(storage: Backing, storeKey: string, now = Date.now()): SetAside | null {
  try {
    if (failures(storage) < FAILURES_BEFORE_SAFE_MODE) return null;
    const text = storage.getItem(storeKey);
    storage.removeItem(FAILED_STARTS_KEY);
    if (text === null) return null;
    const setAside = { setAsideAt: now, text };
    // Copied first: if the copy cannot be written the saved work stays where it is.
    storage.setItem(SET_ASIDE_KEY, JSON.stringify(setAside));
    storage.removeItem(storeKey);
    useSafeMode.setState({ setAside });
    return setAside;
  } catch {
    return null;
  }
}

/** The page's error boundary caught a failure of the whole page. */
export function recordPageFailure(storage: Backing | null): void {
  try {
    storage?.setItem(FAILED_STARTS_KEY, String(failures(storage) + 1));
  } catch {
    // Storage refused: without a count the page simply never starts in safe mode.
  }
}

/** The page rendered: the saved work is fine to start with. */
export function recordStarted(storage: Backing | null): void {
  try {
    storage?.removeItem(FAILED_STARTS_KEY);
  } catch {
    // Nothing to clear when storage is refused.
  }
}

/**
 * Puts the set-aside work back as the saved work; the page then starts again with it. What was
 * saved meanwhile (in safe mode) is handed to `keepCurrent` first, and stays when that fails.
 */
export function restoreSetAside(
  storage: Backing,
  storeKey: string,
  keepCurrent: (text: string) => boolean,
): boolean {
  try {
    const kept = storage.getItem(SET_ASIDE_KEY);
    if (kept === null) return false;
    const { text } = JSON.parse(kept) as SetAside;
    const current = storage.getItem(storeKey);
    if (current !== null && current !== text && !keepCurrent(current)) return false;
    storage.setItem(storeKey, text);
    storage.removeItem(SET_ASIDE_KEY);
    useSafeMode.setState({ setAside: null });
    return true;
  } catch {
    return false;
  }
}
