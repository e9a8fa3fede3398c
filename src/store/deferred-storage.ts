import type { PersistStorage, StorageValue } from 'zustand/middleware';

/*
 * localStorage written a moment after the last edit rather than on every keystroke: on a large
 * scenario serializing and writing the draft costs more than the edit itself. What is pending is
 * written when the page is hidden or left (reload, close, switching tabs), so nothing typed is
 * lost; a read writes what is pending first.
 */

/** How long after the last change the state is written. */
export const WRITE_DELAY_MS = 400;

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Timers = {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
};

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type DeferredStorage<S> = PersistStorage<S> & {
  /** Writes what is pending now. */
  readonly flush: () => void;
  /** Drops what is pending: the user chose what another tab saved over this tab's changes. */
  readonly discard: () => void;
};

/**
 * What to write in place of what storage holds now: the text, 'hold' to keep it pending (it
 * cannot be written safely yet), or 'nothing' when storage already holds it.
 */
export type WritePlan = { readonly text: string } | 'hold' | 'nothing';

/** What the storage tells of its writes: each failed or succeeded, and may it write at all. */
export type WriteWatch<S> = {
  /** False while nothing may be written (a share link's scenario is open): pending stays pending. */
  readonly mayWrite: () => boolean;
  /** What to write, given what storage holds now (merging with another tab's work). */
  readonly plan?: (name: string, value: StorageValue<S>, stored: string | null) => WritePlan;
  readonly written: (ok: boolean, text: string) => void;
  /** Storage holds text that is not JSON: the read returns nothing (the caller keeps a copy). */
  readonly unreadable?: (name: string, text: string) => void;
};

const ALWAYS: WriteWatch<never> = { mayWrite: () => true, written: () => undefined };

export function deferredJsonStorage<S>(
  backing: () => Backing,
  timers: Timers = realTimers,
  watch: WriteWatch<S> = ALWAYS as WriteWatch<S>,
): DeferredStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  let timer: unknown = null;

  const flush = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    // Asked only when there is something to write: the first read comes while the store that
    // answers is still being made.
    if (pending.size === 0 || !watch.mayWrite()) return;
    for (const [name, value] of pending) {
      let text = '';
      try {
        const plan = watch.plan
          ? watch.plan(name, value, backing().getItem(name))
          : { text: JSON.stringify(value) };
        if (plan === 'hold') continue;
        if (plan !== 'nothing') {
          text = plan.text;
          backing().setItem(name, text);
        }
        pending.delete(name);
        if (plan !== 'nothing') watch.written(true, text);
      } catch {
        // Storage full or refused: the page keeps working on what is in memory, keeps the
        // state pending for the next try, and says so at once (save-status.ts).
        watch.written(false, text);
      }
    }
  };

  return {
    getItem(name) {
      // Written first, so a read sees the latest state, and a later write cannot undo a change
      // made to the storage from elsewhere in between.
      flush();
      const text = backing().getItem(name);
      if (text === null) return null;
      try {
        return JSON.parse(text) as StorageValue<S>;
      } catch {
        // Damaged (cut short, or typed by hand): told, so a copy is kept before any write.
        watch.unreadable?.(name, text);
        return null;
      }
    },
    setItem(name, value) {
      pending.set(name, value);
      if (timer !== null) timers.clear(timer);
      timer = timers.set(flush, WRITE_DELAY_MS);
    },
    removeItem(name) {
      pending.delete(name);
      backing().removeItem(name);
    },
    flush,
    discard: () => {
      if (timer !== null) timers.clear(timer);
      timer = null;
      pending.clear();
    },
  };
}

/** Writes what is pending whenever the page is hidden or being left. */
export function flushWhenLeaving(storage: { readonly flush: () => void }): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('pagehide', storage.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storage.flush();
  });
}
