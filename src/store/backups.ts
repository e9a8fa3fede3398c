import { create } from 'zustand';

/*
 * Copies of saved data the page could not use as it was (issue 14: saved work is never lost).
 * Each copy is kept in a slot of its own with the day and the reason, listed on the page,
 * downloadable and deleted only by the user. At most MAX_BACKUPS are kept: a new copy beyond
 * that drops the oldest, and the page says so. A copy is written before what it copies is ever
 * overwritten; when it cannot be written (storage full), the caller leaves the original alone.
 */

type Backing = Pick<Storage, 'getItem' | 'setItem'>;

export const BACKUPS_KEY = 'ocr-billing-simulator:backups';
export const MAX_BACKUPS = 5;

/** Why a copy was kept. */
export const BACKUP_REASONS = [
  /** The saved data could not be read at all: the page opened on the demo. */
  'damaged',
  /** Some saved estimates or variants could not be read and were left out. */
  'partlyDamaged',
  /** Saved by a newer version of the simulator, which this one cannot read. */
  'newerVersion',
  /** What was saved while the page ran in safe mode, before the set-aside work was opened again. */
  'safeMode',
  /** This tab's version of an estimate, replaced by the version another tab saved. */
  'thisTabReplaced',
  /** Another tab's version of an estimate, replaced by this tab's version. */
  'otherTabReplaced',
] as const;

export type BackupReason = (typeof BACKUP_REASONS)[number];

export type Backup = {
  readonly id: string;
  /** When the copy was made, in milliseconds since 1970. */
  readonly keptAt: number;
  readonly reason: BackupReason;
  /** The data exactly as it was saved (JSON, unless it was damaged). */
  readonly text: string;
  /** The estimate it holds, when it holds one estimate. */
  readonly name?: string;
};

type Slots = {
  readonly slots: readonly Backup[];
  /** When the last copy was dropped to make room, and when that copy had been made. */
  readonly dropped: { readonly keptAt: number; readonly droppedAt: number } | null;
};

const EMPTY: Slots = { slots: [], dropped: null };

/** The copies as the page shows them: kept in step with storage by the functions below. */
export const useBackups = create<Slots>()(() => EMPTY);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isBackup(value: unknown): value is Backup {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.keptAt === 'number' &&
    typeof value.text === 'string' &&
    (BACKUP_REASONS as readonly unknown[]).includes(value.reason) &&
    (value.name === undefined || typeof value.name === 'string')
  );
}

/** The copies kept in `storage`, oldest first; none when there are none or they cannot be read. */
export function readBackups(storage: Pick<Storage, 'getItem'>): Slots {
  try {
    const value: unknown = JSON.parse(storage.getItem(BACKUPS_KEY) ?? 'null');
    if (!isObject(value) || !Array.isArray(value.slots)) return EMPTY;
    const dropped =
      isObject(value.dropped) &&
      typeof value.dropped.keptAt === 'number' &&
      typeof value.dropped.droppedAt === 'number'
        ? { keptAt: value.dropped.keptAt, droppedAt: value.dropped.droppedAt }
        : null;
    return { slots: value.slots.filter(isBackup), dropped };
  } catch {
    return EMPTY;
  }
}

/** Shows the copies `storage` holds (at start, and after another tab changed them). */
export function loadBackups(storage: Pick<Storage, 'getItem'>): void {
  useBackups.setState(readBackups(storage));
}

function write(storage: Backing, slots: Slots): boolean {
  try {
    storage.setItem(BACKUPS_KEY, JSON.stringify(slots));
    useBackups.setState(slots);
    return true;
  } catch {
    // Storage full or refused.
    return false;
  }
}

/**
 * Keeps a copy of `text`. 'kept': written; 'already': a slot holds the same text; 'failed': it
 * could not be written (storage full), and the caller must not overwrite the original.
 */
export function keepBackup(
  storage: Backing,
  reason: BackupReason,
  text: string,
  options: { readonly now?: number; readonly name?: string } = {},
): 'kept' | 'already' | 'failed' {
  const now = options.now ?? Date.now();
  let current: Slots;
  try {
    current = readBackups(storage);
  } catch {
    return 'failed';
  }
  if (current.slots.some((slot) => slot.text === text)) return 'already';
  const taken = new Set(current.slots.map((slot) => slot.id));
  let id = `backup-${now}`;
  for (let counter = 2; taken.has(id); counter++) id = `backup-${now}-${counter}`;
  const backup: Backup = {
    id,
    keptAt: now,
    reason,
    text,
    ...(options.name === undefined ? {} : { name: options.name }),
  };
  const slots = [...current.slots, backup];
  const oldest = slots.length > MAX_BACKUPS ? slots[0] : undefined;
  const next: Slots = oldest
    ? { slots: slots.slice(1), dropped: { keptAt: oldest.keptAt, droppedAt: now } }
    : { slots, dropped: current.dropped };
  return write(storage, next) ? 'kept' : 'failed';
}

/** Deletes the copy `id`, at the user's request. */
export function deleteBackup(storage: Backing, id: string): boolean {
  const current = readBackups(storage);
  return write(storage, { ...current, slots: current.slots.filter((slot) => slot.id !== id) });
}
