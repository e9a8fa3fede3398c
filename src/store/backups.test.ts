import { beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUPS_KEY,
  deleteBackup,
  keepBackup,
  MAX_BACKUPS,
  readBackups,
  useBackups,
} from './backups';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    full: false,
    getItem: (name: string) => items.get(name) ?? null,
    setItem(name: string, value: string) {
      if (this.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(name, value);
    },
  };
}

describe('backup slots of saved data', () => {
  beforeEach(() => useBackups.setState({ slots: [], dropped: null }));

  it('keeps each copy in a slot of its own, with its day and reason, oldest first', () => {
    const storage = memory();
    expect(keepBackup(storage, 'damaged', '{not json', { now: 1000 })).toBe('kept');
    expect(keepBackup(storage, 'newerVersion', '{"version":9}', { now: 2000 })).toBe('kept');
    const { slots } = readBackups(storage);
    expect(slots.map(({ keptAt, reason, text }) => ({ keptAt, reason, text }))).toEqual([
      { keptAt: 1000, reason: 'damaged', text: '{not json' },
      { keptAt: 2000, reason: 'newerVersion', text: '{"version":9}' },
    ]);
    expect(useBackups.getState().slots).toEqual(slots);
  });

  it('never keeps the same data twice', () => {
    const storage = memory();
    keepBackup(storage, 'damaged', 'same', { now: 1 });
    expect(keepBackup(storage, 'damaged', 'same', { now: 2 })).toBe('already');
    expect(readBackups(storage).slots).toHaveLength(1);
  });

  it('drops the oldest copy only beyond the cap, and records that it did', () => {
    const storage = memory();
    for (let day = 1; day <= MAX_BACKUPS; day++)
      keepBackup(storage, 'damaged', `copy ${day}`, { now: day });
    expect(readBackups(storage).dropped).toBeNull();
    keepBackup(storage, 'damaged', 'one more', { now: 99 });
    const { slots, dropped } = readBackups(storage);
    expect(slots.map((slot) => slot.text)).toEqual([
      'copy 2',
      'copy 3',
      'copy 4',
      'copy 5',
      'one more',
    ]);
    expect(dropped).toEqual({ keptAt: 1, droppedAt: 99 });
  });

  it('says when a copy cannot be written because storage is full, and changes nothing', () => {
    const storage = memory();
    keepBackup(storage, 'damaged', 'first', { now: 1 });
    const before = storage.items.get(BACKUPS_KEY);
    storage.full = true;
    expect(keepBackup(storage, 'damaged', 'second', { now: 2 })).toBe('failed');
    expect(storage.items.get(BACKUPS_KEY)).toBe(before);
    expect(useBackups.getState().slots.map((slot) => slot.text)).toEqual(['first']);
  });

  it('deletes a copy only when asked, by its id', () => {
    const storage = memory();
    keepBackup(storage, 'damaged', 'a', { now: 1 });
    keepBackup(storage, 'safeMode', 'b', { now: 1 });
    const [first, second] = readBackups(storage).slots;
    expect(second?.id).not.toBe(first?.id);
    deleteBackup(storage, first?.id ?? '');
    expect(readBackups(storage).slots.map((slot) => slot.text)).toEqual(['b']);
  });

  it('reads no copies from damaged or foreign data under its key', () => {
    const storage = memory();
    storage.items.set(BACKUPS_KEY, '{"slots":[{"id":1}]}');
    expect(readBackups(storage).slots).toEqual([]);
    storage.items.set(BACKUPS_KEY, 'nonsense');
    expect(readBackups(storage).slots).toEqual([]);
  });
});
