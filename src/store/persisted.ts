import { DEDUCTION_KEYS, PACKAGE_SOURCES, PRICING_MODES } from '../engine';
import {
  DEFAULT_UNCERTAINTY,
  type KeptVariant,
  MAX_VARIANTS,
  type UncertaintyDraft,
  type UsageMapping,
} from './analysis';
import { freeColourSlots, isColourSlot } from './colour-slots';
import { RESET_CHOICES, type ScenarioDraft } from './draft';

/*
 * What localStorage holds: the saved estimates, each { draft, variants, uncertainty }, and which
 * one was open last, under a version. A stored state from an older version is migrated step by
 * step; one this app cannot read is set aside under BACKUP_KEY, never thrown away, and the page
 * opens on the demo.
 */

export const STORE_VERSION = 6;
export const BACKUP_KEY = 'ocr-billing-simulator:unreadable';

/** One saved estimate: a scenario as typed, with the analysis kept around it. */
export type SavedEstimate = {
  readonly id: string;
  readonly draft: ScenarioDraft;
  readonly variants: readonly KeptVariant[];
  readonly uncertainty: UncertaintyDraft;
  /** When it was last changed, in milliseconds since 1970. */
  readonly savedAt: number;
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

/** A stored state of any version as this version reads it; null (and set aside) when it cannot be read. */
export function migrateStoredState(persisted: unknown, version: number): StoredState | null {
  let state = persisted;
  for (let current = version; current < STORE_VERSION; current++) {
    const step = MIGRATIONS[current];
    if (!step) return setAside(persisted, version);
    state = step(state);
  }
  const stored = version <= STORE_VERSION ? readStoredState(state) : null;
  return stored ?? setAside(persisted, version);
}

/**
 * A stored state of this version: null when no estimate's draft can be read. Estimates and
 * variants that cannot be read are left out (the state as stored is set aside first); a missing
 * or unreadable low and high case falls back to the default; an unknown open estimate falls
 * back to the first.
 */
export function readStoredState(state: unknown): StoredState | null {
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
  if (damaged) setAside(state, STORE_VERSION);
  const [first] = estimates;
  if (!first) return null;
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
    },
    whole: variants.length === listed.length,
  };
}

function setAside(persisted: unknown, version: number): null {
  try {
    globalThis.localStorage?.setItem(BACKUP_KEY, JSON.stringify({ version, state: persisted }));
  } catch {
    // Storage full or unavailable: nothing more can be kept.
  }
  return null;
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
