import { describe, expect, it } from 'vitest';
import { deferredJsonStorage, WRITE_DELAY_MS } from './deferred-storage';

function memoryStorage() {
  const items = new Map<string, string>();
  let writes = 0;
  return {
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => {
      writes++;
      items.set(name, value);
    },
    removeItem: (name: string) => {
      items.delete(name);
    },
    get writes() {
      return writes;
    },
  };
}

function manualTimers() {
  let waiting: { run: () => void; ms: number } | null = null;
  return {
    timers: {
      set: (run: () => void, ms: number) => {
        waiting = { run, ms };
        return waiting;
      },
      clear: (handle: unknown) => {
        if (waiting === handle) waiting = null;
      },
    },
    fire: () => {
      const due = waiting;
      waiting = null;
      due?.run();
    },
    get delay() {
      return waiting?.ms ?? null;
    },
  };
}

const value = (name: string) => ({ state: { name }, version: 2 });

describe('deferredJsonStorage', () => {
  it('writes once, after the last of several changes', () => {
    const backing = memoryStorage();
    const clock = manualTimers();
    const storage = deferredJsonStorage<{ name: string }>(() => backing, clock.timers);
    storage.setItem('key', value('a'));
    storage.setItem('key', value('b'));
    storage.setItem('key', value('c'));
    expect(backing.writes).toBe(0);
    expect(clock.delay).toBe(WRITE_DELAY_MS);
    clock.fire();
    expect(backing.writes).toBe(1);
    expect(JSON.parse(backing.getItem('key') ?? '')).toEqual(value('c'));
  });

  it('writes what is pending before a read, so the read sees it', () => {
    const backing = memoryStorage();
    backing.setItem('key', JSON.stringify(value('old')));
    const storage = deferredJsonStorage<{ name: string }>(() => backing, manualTimers().timers);
    storage.setItem('key', value('new'));
    expect(storage.getItem('key')).toEqual(value('new'));
    expect(JSON.parse(backing.getItem('key') ?? '')).toEqual(value('new'));
  });

  it('writes what is pending at once when flushed (the page is being left)', () => {
    const backing = memoryStorage();
    const clock = manualTimers();
    const storage = deferredJsonStorage<{ name: string }>(() => backing, clock.timers);
    storage.setItem('key', value('typed just now'));
    storage.flush();
    expect(JSON.parse(backing.getItem('key') ?? '')).toEqual(value('typed just now'));
    expect(clock.delay).toBeNull();
    clock.fire();
    expect(backing.writes).toBe(1);
  });

  it('drops a pending write when the item is removed', () => {
    const backing = memoryStorage();
    const clock = manualTimers();
    const storage = deferredJsonStorage<{ name: string }>(() => backing, clock.timers);
    storage.setItem('key', value('a'));
    storage.removeItem('key');
    clock.fire();
    expect(backing.getItem('key')).toBeNull();
    expect(storage.getItem('key')).toBeNull();
  });

  it('keeps working when the storage refuses a write', () => {
    const clock = manualTimers();
    const storage = deferredJsonStorage<{ name: string }>(
      () => ({
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => undefined,
      }),
      clock.timers,
    );
    storage.setItem('key', value('a'));
    expect(() => clock.fire()).not.toThrow();
  });
});

describe('a write that fails or must wait (issue 14)', () => {
  it('reports a full storage at once and keeps the state for the next try', () => {
    const reports: boolean[] = [];
    let full = true;
    const items = new Map<string, string>();
    const storage = deferredJsonStorage<{ n: number }>(
      () => ({
        getItem: (name) => items.get(name) ?? null,
        setItem: (name, value) => {
          if (full) throw new DOMException('full', 'QuotaExceededError');
          items.set(name, value);
        },
        removeItem: (name) => void items.delete(name),
      }),
      undefined,
      { mayWrite: () => true, written: (ok) => reports.push(ok) },
    );
    storage.setItem('k', { state: { n: 1 }, version: 1 });
    storage.flush();
    expect(reports).toEqual([false]);
    expect(items.size).toBe(0);
    full = false;
    storage.flush();
    expect(reports).toEqual([false, true]);
    expect(JSON.parse(items.get('k') as string).state).toEqual({ n: 1 });
  });

  it('writes nothing while it may not, and what waited once it may', () => {
    const backing = memoryStorage();
    let may = false;
    const storage = deferredJsonStorage<{ n: number }>(() => backing, undefined, {
      mayWrite: () => may,
      written: () => undefined,
    });
    storage.setItem('k', { state: { n: 2 }, version: 1 });
    storage.flush();
    expect(backing.writes).toBe(0);
    may = true;
    storage.flush();
    expect(backing.writes).toBe(1);
  });
});

describe('discarding', () => {
  it('drops what is pending, so a read then sees what another tab saved', () => {
    const backing = memoryStorage();
    const storage = deferredJsonStorage<{ n: number }>(() => backing);
    storage.setItem('k', { state: { n: 3 }, version: 1 });
    backing.setItem('k', JSON.stringify({ state: { n: 9 }, version: 1 }));
    storage.discard();
    expect(storage.getItem('k')).toEqual({ state: { n: 9 }, version: 1 });
  });
});

describe('the first read', () => {
  it('asks nothing of the write watch when nothing is pending (the store is still being made)', () => {
    const backing = memoryStorage();
    const storage = deferredJsonStorage<{ n: number }>(() => backing, undefined, {
      mayWrite: () => {
        throw new ReferenceError('the store does not exist yet');
      },
      written: () => undefined,
    });
    expect(storage.getItem('k')).toBeNull();
  });
});

describe('writing in step with what storage holds now (issue 14)', () => {
  it('writes what the plan makes of the pending state and what storage holds', () => {
    const backing = memoryStorage();
    backing.setItem('k', 'theirs');
    const seen: (string | null)[] = [];
    const storage = deferredJsonStorage<{ n: number }>(() => backing, undefined, {
      mayWrite: () => true,
      plan: (_name, pending, stored) => {
        seen.push(stored);
        return { text: `${stored} + ${pending.state.n}` };
      },
      written: () => undefined,
    });
    storage.setItem('k', { state: { n: 4 }, version: 1 });
    storage.flush();
    expect(seen).toEqual(['theirs']);
    expect(backing.getItem('k')).toBe('theirs + 4');
  });

  it('keeps the state pending while the plan holds it, and writes nothing when it says so', () => {
    const backing = memoryStorage();
    let answer: 'hold' | 'nothing' = 'hold';
    const storage = deferredJsonStorage<{ n: number }>(() => backing, undefined, {
      mayWrite: () => true,
      plan: () => answer,
      written: () => undefined,
    });
    storage.setItem('k', { state: { n: 5 }, version: 1 });
    storage.flush();
    expect(backing.writes).toBe(0);
    answer = 'nothing';
    storage.flush();
    expect(backing.writes).toBe(0);
    answer = 'hold';
    // Nothing is pending any more: the plan is not asked again.
    storage.flush();
    expect(backing.writes).toBe(0);
  });

  it('reads damaged text as nothing, and says so, so a copy is kept before any write', () => {
    const backing = memoryStorage();
    backing.setItem('k', '{"state":{"n":');
    const told: string[] = [];
    const storage = deferredJsonStorage<{ n: number }>(() => backing, undefined, {
      mayWrite: () => true,
      written: () => undefined,
      unreadable: (_name, text) => told.push(text),
    });
    expect(storage.getItem('k')).toBeNull();
    expect(told).toEqual(['{"state":{"n":']);
  });
});
