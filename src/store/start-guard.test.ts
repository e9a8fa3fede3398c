import { beforeEach, describe, expect, it } from 'vitest';
import {
  FAILED_STARTS_KEY,
  guardStart,
  recordPageFailure,
  recordStarted,
  restoreSetAside,
  SET_ASIDE_KEY,
  useSafeMode,
} from './start-guard';

const KEY = 'ocr-billing-simulator';

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => {
      items.set(name, value);
    },
    removeItem: (name: string) => {
      items.delete(name);
    },
  };
}

describe('safe mode after failed starts', () => {
  beforeEach(() => useSafeMode.setState({ setAside: null }));

  it('starts normally after one failure, and a good start clears the count', () => {
    const storage = memory({ [KEY]: '{"saved":1}' });
    recordPageFailure(storage);
    expect(guardStart(storage, KEY)).toBeNull();
    expect(storage.getItem(KEY)).toBe('{"saved":1}');
    recordStarted(storage);
    expect(storage.getItem(FAILED_STARTS_KEY)).toBeNull();
  });

  it('after two failures sets the saved work aside, never deleting it, and can put it back', () => {
    const storage = memory({ [KEY]: '{"saved":1}' });
    recordPageFailure(storage);
    recordPageFailure(storage);
    const setAside = guardStart(storage, KEY, 1_800_000_000_000);
    expect(setAside).toEqual({ setAsideAt: 1_800_000_000_000, text: '{"saved":1}' });
    expect(storage.getItem(KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(SET_ASIDE_KEY) ?? '')).toEqual(setAside);
    expect(useSafeMode.getState().setAside).toEqual(setAside);
    // The next start is a normal one: the count started again.
    expect(guardStart(storage, KEY)).toBeNull();
    expect(restoreSetAside(storage, KEY, () => true)).toBe(true);
    expect(storage.getItem(KEY)).toBe('{"saved":1}');
    expect(storage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('keeps the saved work where it is when the copy cannot be written', () => {
    const storage = memory({ [KEY]: '{"saved":1}', [FAILED_STARTS_KEY]: '2' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(guardStart(storage, KEY)).toBeNull();
    expect(storage.items.get(KEY)).toBe('{"saved":1}');
  });

  it('keeps what was saved in safe mode before opening the set-aside work again', () => {
    const storage = memory({ [KEY]: '{"saved":1}', [FAILED_STARTS_KEY]: '2' });
    guardStart(storage, KEY, 1);
    storage.setItem(KEY, '{"edited in safe mode":1}');
    const kept: string[] = [];
    expect(restoreSetAside(storage, KEY, (text) => kept.push(text) > 0)).toBe(true);
    expect(kept).toEqual(['{"edited in safe mode":1}']);
    expect(storage.getItem(KEY)).toBe('{"saved":1}');
  });

  it('replaces nothing when what was saved in safe mode cannot be kept', () => {
    const storage = memory({ [KEY]: '{"saved":1}', [FAILED_STARTS_KEY]: '2' });
    guardStart(storage, KEY, 1);
    storage.setItem(KEY, '{"edited in safe mode":1}');
    expect(restoreSetAside(storage, KEY, () => false)).toBe(false);
    expect(storage.getItem(KEY)).toBe('{"edited in safe mode":1}');
    expect(storage.getItem(SET_ASIDE_KEY)).not.toBeNull();
  });
});
