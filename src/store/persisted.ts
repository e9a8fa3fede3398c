import { DEDUCTION_KEYS, PACKAGE_SOURCES, PRICING_MODES } from '../engine';
import {
  DEFAULT_UNCERTAINTY,
  type KeptVariant,
  MAX_VARIANTS,
  type UncertaintyDraft,
  type UsageMapping,
} from './analysis';
import { type BackupReason, keepBackup } from './backups';
import { freeColourSlots, isColourSlot } from './colour-slots';
import { RESET_CHOICES, type ScenarioDraft } from './draft';

/*
 * What localStorage holds: the saved estimates, each { draft, variants, uncertainty }, and which
 * one was open last, under a version. A stored state from an older version is migrated step by
 * step; one this app cannot read is kept as a backup copy (backups.ts), never thrown away, and
 * the page opens on the demo.
 */

export const STORE_VERSION = 6;
/** Where versions before the backup slots kept their one copy: moved into a slot at start. */
export const OLD_BACKUP_KEY = 'ocr-billing-simulator:unreadable';

/** One saved estimate: a scenario as typed, with the analysis kept around it. */
export type SavedEstimate = {
  readonly id: string;
  readonly draft: ScenarioDraft;
  readonly variants: readonly KeptVariant[];
  readonly uncertainty: UncertaintyDraft;
  /** When it was last changed, in milliseconds since 1970. */
  readonly savedAt: number;
  /**
   * How many times it was saved changed (issue 14: tabs): a tab writes revision n + 1 only over
   * the revision n it read, and asks before writing over a newer one (revisions.ts). Missing
   * (0) in what versions before revisions saved.
   */
  readonly revision?: number;
};

/** The state as this version stores it. */
export type StoredState = {
  readonly estimates: readonly SavedEstimate[];
  /** The estimate open last: it opens again. */
  readonly currentId: string;
  /** How the last usage export was read, when one was mapped by hand (version 6). */
  readonly usageMapping?: UsageMapping;
};

/** The id the one scenario saved before estimates became a list is kept under. */
export const FIRST_ESTIMATE_ID = 'estimate-1';

/** The stored state of one estimate holding this draft, open: what a first visit with it saves. */
export function storedStateWith(draft: ScenarioDraft, savedAt: number): StoredState {
  return {
    estimates: [
      { id: FIRST_ESTIMATE_ID, draft, variants: [], uncertainty: DEFAULT_UNCERTAINTY, savedAt },
    ],
    currentId: FIRST_ESTIMATE_ID,
  };
}

/** MIGRATIONS[n] turns a version-n stored state into a version n + 1 one. */
const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {
  // Version 2 keeps variants for comparison and the low and high cases beside the draft.
  1: (state) => ({
    ...(isObject(state) ? state : {}),
    variants: [],
    uncertainty: DEFAULT_UNCERTAINTY,
  }),
  // Version 3 keeps a colour slot with each package: slots are given in list order, in the
  // draft and in each kept variant's draft, so the charts look as they did.
  2: (state) => {
    if (!isObject(state)) return state;
    const variants = Array.isArray(state.variants)
      ? state.variants.map((variant) =>
          isObject(variant) ? { ...variant, draft: withColourSlots(variant.draft) } : variant,
        )
      : state.variants;
    return { ...state, draft: withColourSlots(state.draft), variants };
  },
  // Version 4 keeps a list of estimates: the one saved scenario becomes the first, open.
  3: (state) =>
    isObject(state)
      ? {
          estimates: [
            {
              id: FIRST_ESTIMATE_ID,
              draft: state.draft,
              variants: state.variants,
              uncertainty: state.uncertainty,
              savedAt: Date.now(),
            },
          ],
          currentId: FIRST_ESTIMATE_ID,
        }
      : state,
  // Version 5 says whether each package's quota renews (billing-rules §4a): none did before.
  4: (state) => eachDraft(state, neverResetting),
  // Version 6 keeps each stream's imported history and its forecast's range: none had any.
  5: (state) => eachDraft(state, withoutHistory),
};

/** A stored state with `change` applied to the draft of every estimate and of every variant. */
function eachDraft(state: unknown, change: (draft: unknown) => unknown): unknown {
  if (!isObject(state) || !Array.isArray(state.estimates)) return state;
  return {
    ...state,
    estimates: state.estimates.map((estimate: unknown) => {
      if (!isObject(estimate)) return estimate;
      const variants = Array.isArray(estimate.variants)
        ? estimate.variants.map((variant: unknown) =>
            isObject(variant) ? { ...variant, draft: change(variant.draft) } : variant,
          )
        : estimate.variants;
      return { ...estimate, draft: change(estimate.draft), variants };
    }),
  };
}

/** A version-5 draft whose streams have no history and no range; anything else as it is. */
function withoutHistory(draft: unknown): unknown {
  if (!isObject(draft) || !Array.isArray(draft.streams)) return draft;
  return {
    ...draft,
    streams: draft.streams.map((stream: unknown) =>
      isObject(stream) ? { ...stream, history: [], historySource: null, range: [] } : stream,
    ),
  };
}

/** A version-4 draft whose packages all say their quota never renews; anything else as it is. */
function neverResetting(draft: unknown): unknown {
  if (!isObject(draft) || !Array.isArray(draft.packages)) return draft;
  return {
    ...draft,
    packages: draft.packages.map((pkg: unknown) =>
      isObject(pkg) ? { ...pkg, resetEvery: 'never' } : pkg,
    ),
  };
}

/** A version-2 draft's packages given colour slots in list order; anything else as it is. */
function withColourSlots(draft: unknown): unknown {
  if (!isObject(draft) || !Array.isArray(draft.packages)) return draft;
  const slots = freeColourSlots([], draft.packages.length);
  return {
    ...draft,
    packages: draft.packages.map((pkg: unknown, index) =>
      isObject(pkg) ? { ...pkg, colour: slots[index] } : pkg,
    ),
  };
}

/** Told of data that cannot be read (whole or in part), with why. */
type OnDamage = (state: unknown, version: number, reason: BackupReason) => void;

/** A stored state of any version as this version reads it; null (and set aside) when it cannot be read. */
export function migrateStoredState(persisted: unknown, version: number): StoredState | null {
  return migrate(persisted, version, setAside);
}

function migrate(persisted: unknown, version: number, onDamage: OnDamage): StoredState | null {
  if (version > STORE_VERSION) {
    onDamage(persisted, version, 'newerVersion');
    return null;
  }
  let state = persisted;
  for (let current = version; current < STORE_VERSION; current++) {
    const step = MIGRATIONS[current];
    if (!step) {
      onDamage(persisted, version, 'damaged');
      return null;
    }
    state = step(state);
  }
  const stored = read(state, onDamage);
  if (stored === null) onDamage(persisted, version, 'damaged');
  return stored;
}

/**
 * The saved text as this version reads it, without side effects: `damage` says why a backup
 * copy must be kept before anything is written over it (null when all of it was read).
 */
export function readSavedText(text: string | null): {
  readonly state: StoredState | null;
  readonly damage: BackupReason | null;
} {
  if (text === null) return { state: null, damage: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: null, damage: 'damaged' };
  }
  if (!isObject(value) || typeof value.version !== 'number')
    return { state: null, damage: 'damaged' };
  let damage: BackupReason | null = null;
  const state = migrate(value.state, value.version, (_state, _version, reason) => {
    // The first reason is the one that matters: a newer version, or damage.
    damage ??= reason;
  });
  return { state, damage };
}

/**
 * A stored state of this version: null when no estimate's draft can be read. Estimates and
 * variants that cannot be read are left out (the state as stored is set aside first); a missing
 * or unreadable low and high case falls back to the default; an unknown open estimate falls
 * back to the first.
 */
export function readStoredState(state: unknown): StoredState | null {
  return read(state, setAside);
}

function read(state: unknown, onDamage: OnDamage): StoredState | null {
  if (!isObject(state) || !Array.isArray(state.estimates)) return null;
  let damaged = false;
  const estimates: SavedEstimate[] = [];
  for (const item of state.estimates) {
    const read = readEstimate(item);
    if (read === null || estimates.some((other) => other.id === read.estimate.id)) damaged = true;
    else {
      if (!read.whole) damaged = true;
      estimates.push(read.estimate);
    }
  }
  const [first] = estimates;
  // None readable: the caller keeps the whole as damaged.
  if (!first) return null;
  if (damaged) onDamage(state, STORE_VERSION, 'partlyDamaged');
  const currentId =
    isText(state.currentId) && estimates.some((estimate) => estimate.id === state.currentId)
      ? state.currentId
      : first.id;
  return {
    estimates,
    currentId,
    ...(isUsageMapping(state.usageMapping) ? { usageMapping: state.usageMapping } : {}),
  };
}

const isTextRecord = (value: unknown): boolean =>
  isObject(value) && Object.values(value).every(isText);

function isUsageMapping(value: unknown): value is UsageMapping {
  return (
    isObject(value) &&
    isTextRecord(value.columns) &&
    isTextRecord(value.apiNames) &&
    isTextRecord(value.regionNames)
  );
}

/** One estimate as stored; `whole` is false when a variant of it had to be left out. */
function readEstimate(
  value: unknown,
): { readonly estimate: SavedEstimate; readonly whole: boolean } | null {
  if (!isObject(value) || !isText(value.id) || !isScenarioDraft(value.draft)) return null;
  const listed = Array.isArray(value.variants) ? value.variants : [];
  const variants = listed.filter(isKeptVariant).slice(0, MAX_VARIANTS);
  return {
    estimate: {
      id: value.id,
      draft: value.draft,
      variants,
      uncertainty: isUncertaintyDraft(value.uncertainty) ? value.uncertainty : DEFAULT_UNCERTAINTY,
      savedAt:
        typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? value.savedAt : 0,
      revision: isCount(value.revision) ? value.revision : 0,
    },
    whole: variants.length === listed.length,
  };
}

/**
 * Keeps what could not be read as a backup copy, in the shape it is saved in. When the copy
 * cannot be written, the write that would replace the original holds back (scenario-store.ts).
 */
function setAside(persisted: unknown, version: number, reason: BackupReason): void {
  try {
    const storage = globalThis.localStorage;
    if (storage) keepBackup(storage, reason, JSON.stringify({ state: persisted, version }));
  } catch {
    // Storage unavailable: nothing more can be kept.
  }
}

/** Moves the one copy versions before the backup slots kept into a slot of its own. */
export function moveOldBackup(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): void {
  try {
    const text = storage.getItem(OLD_BACKUP_KEY);
    if (text === null) return;
    let reason: BackupReason = 'damaged';
    try {
      const value: unknown = JSON.parse(text);
      if (isObject(value) && typeof value.version === 'number' && value.version > STORE_VERSION)
        reason = 'newerVersion';
    } catch {
      // Kept as it is, as damaged data.
    }
    if (keepBackup(storage, reason, text) !== 'failed') storage.removeItem(OLD_BACKUP_KEY);
  } catch {
    // Storage refused: the old copy stays where it is.
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const every = (value: unknown, check: (item: unknown) => boolean) =>
  Array.isArray(value) && value.every(check);
const hasTexts = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((key) => isText(value[key]));

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isHistoryMonth(value: unknown): boolean {
  return isObject(value) && isText(value.month) && isCount(value.calls);
}

function isMonthRange(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.month) &&
    isCount(value.low) &&
    isCount(value.high) &&
    value.low <= value.high
  );
}

function isKeptVariant(value: unknown): value is KeptVariant {
  return isObject(value) && hasTexts(value, ['id', 'name']) && isScenarioDraft(value.draft);
}

function isUncertaintyDraft(value: unknown): value is UncertaintyDraft {
  return isObject(value) && hasTexts(value, ['lowPercent', 'highPercent']);
}

/** A stored draft has the shape this version writes (values may still be invalid: they are what the user typed). */
export function isScenarioDraft(value: unknown): value is ScenarioDraft {
  if (!isObject(value)) return false;
  if (!hasTexts(value, ['name', 'catalogId', 'currency', 'start', 'months'])) return false;
  if (!every(value.deductionOrder, (key) => (DEDUCTION_KEYS as readonly unknown[]).includes(key)))
    return false;
  const streamsOk = every(
    value.streams,
    (stream) =>
      isObject(stream) &&
      hasTexts(stream, ['id', 'api', 'region']) &&
      typeof stream.subscribed === 'boolean' &&
      (stream.callsSource === 'generated' || stream.callsSource === 'typed') &&
      isObject(stream.generator) &&
      hasTexts(stream.generator, ['firstMonth', 'growthPercent']) &&
      typeof stream.generator.seasonal === 'boolean' &&
      every(stream.generator.seasonality, isText) &&
      every(stream.typedCalls, isText) &&
      every(stream.history, isHistoryMonth) &&
      (stream.historySource === null ||
        (isObject(stream.historySource) &&
          hasTexts(stream.historySource, ['file', 'importedOn']))) &&
      every(stream.range, isMonthRange),
  );
  const packagesOk = every(
    value.packages,
    (pkg) =>
      isObject(pkg) &&
      hasTexts(pkg, [
        'id',
        'label',
        'api',
        'region',
        'calls',
        'price',
        'createdOn',
        'activatesOn',
        'validityMonths',
        'usedCalls',
        'priority',
      ]) &&
      (PACKAGE_SOURCES as readonly unknown[]).includes(pkg.source) &&
      (RESET_CHOICES as readonly unknown[]).includes(pkg.resetEvery) &&
      isColourSlot(pkg.colour),
  );
  const pricesOk = every(
    value.payPerUse,
    (entry) =>
      isObject(entry) &&
      isText(entry.api) &&
      (entry.region === null || isText(entry.region)) &&
      (PRICING_MODES as readonly unknown[]).includes(entry.mode) &&
      every(entry.tiers, (tier) => isObject(tier) && hasTexts(tier, ['upTo', 'unitPrice'])),
  );
  return streamsOk && packagesOk && pricesOk;
}
