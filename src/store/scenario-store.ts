import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { renewalDate } from '../engine';
import {
  DEFAULT_UNCERTAINTY,
  EMPTY_USAGE_MAPPING,
  type KeptVariant,
  MAX_VARIANTS,
  type UncertaintyDraft,
  type UsageMapping,
} from './analysis';
import { type BackupReason, deleteBackup, keepBackup, loadBackups } from './backups';
import {
  type DeferredStorage,
  deferredJsonStorage,
  flushWhenLeaving,
  type WritePlan,
} from './deferred-storage';
import { DEMO_DRAFT } from './demo';
import {
  freshId,
  type PackageDraft,
  type PriceDraft,
  type ScenarioDraft,
  type StreamDraft,
} from './draft';
import { keepPackageColours, newPackageColour } from './package-colours';
import {
  FIRST_ESTIMATE_ID,
  migrateStoredState,
  moveOldBackup,
  readSavedText,
  readStoredState,
  type SavedEstimate,
  STORE_VERSION,
  type StoredState,
} from './persisted';
import {
  type Conflict,
  contentOf,
  type Merge,
  mergeWithStored,
  type Synced,
  syncedFrom,
} from './revisions';
import { usableLocalStorage, useSaveStatus, useTabSync } from './save-status';
import { guardStart, restoreSetAside } from './start-guard';

/*
 * The one store: the saved estimates, and of the open one the user's inputs (the scenario
 * draft) and their undo history, and the inputs of the analysis around it (variants kept for
 * comparison, the low and high cases). Results are derived from the draft where they are shown,
 * never kept here.
 *
 * No action loses typed work: a new estimate, the demo, an imported file and a kept share link
 * each open as an estimate of their own; deleting one can be undone.
 *
 * Undo and redo step through drafts only: keeping, renaming or removing a variant and setting
 * the low and high cases are not edits of the scenario, so Ctrl+Z never takes a kept variant
 * away or brings one back behind the user's back.
 */

const HISTORY_LIMIT = 100;
/** Edits to the same field closer together than this are one undo step (typing a number). */
const COALESCE_MS = 1200;

type History = {
  readonly past: readonly ScenarioDraft[];
  readonly future: readonly ScenarioDraft[];
  readonly lastEdit: { readonly key: string; readonly at: number } | null;
};

export type ScenarioStore = History & {
  /** Every saved estimate, as last saved: the open one's entry is brought up to date on saving. */
  readonly estimates: readonly SavedEstimate[];
  /** The open estimate: its draft, variants and cases are the live ones below. */
  readonly currentId: string;
  /** When the open estimate last changed, in milliseconds since 1970. */
  readonly changedAt: number;
  /** The estimate deleted last, for "undo", with where it stood in the list. */
  readonly lastDeleted: {
    readonly estimate: SavedEstimate;
    readonly index: number;
    readonly wasOpen: boolean;
  } | null;
  /** Opens `draft` as a new estimate, after the others; the open one is saved as it is. */
  readonly newEstimate: (draft: ScenarioDraft) => void;
  readonly openEstimate: (id: string) => void;
  /** A copy of estimate `id` ("… (copy)") right after it, opened. */
  readonly duplicateEstimate: (id: string, copyName: string) => void;
  readonly renameEstimate: (id: string, name: string) => void;
  /** Deletes estimate `id` (never the only one); the one after it opens if it was open. */
  readonly deleteEstimate: (id: string) => void;
  readonly undoDelete: () => void;
  readonly draft: ScenarioDraft;
  /**
   * While a shared link's scenario is open, the user's own saved draft waits here untouched:
   * it is what stays in localStorage until they choose to keep the shared one.
   */
  readonly savedDraft: ScenarioDraft | null;
  /** Opens a shared link's draft; its packages keep the colours the current draft gives their ids. */
  readonly openShared: (draft: ScenarioDraft) => void;
  /** Keeps the shared draft as a new estimate, leaving the one open before as it was. */
  readonly keepShared: () => void;
  readonly closeShared: () => void;
  /** Replaces the draft as one undoable step; `coalesceKey` merges quick edits of one field. */
  readonly edit: (change: (draft: ScenarioDraft) => ScenarioDraft, coalesceKey?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Replaces the whole draft as one undoable step; its packages keep their colours by id. */
  readonly replaceDraft: (draft: ScenarioDraft) => void;
  readonly updateStream: (index: number, patch: Partial<StreamDraft>, field?: string) => void;
  readonly addStream: (stream: Omit<StreamDraft, 'id'>) => void;
  readonly removeStream: (index: number) => void;
  readonly updatePackage: (index: number, patch: Partial<PackageDraft>, field?: string) => void;
  /** Adds a package under a fresh id, in the lowest colour slot no other package uses. */
  readonly addPackage: (pkg: Omit<PackageDraft, 'id' | 'colour'>) => void;
  readonly duplicatePackage: (index: number) => void;
  /**
   * Adds the same package right after it, bought and taking effect on `startsOn` (the engine's
   * renewalStart or renewalAtAlert, from the simulation); by default the day after it expires.
   */
  readonly renewPackage: (index: number, startsOn?: string) => void;
  readonly removePackage: (index: number) => void;
  readonly setPriceEntry: (entry: PriceDraft, field?: string) => void;
  readonly removePriceEntry: (api: string, region: string | null) => void;
  /**
   * Replaces every package at once (the advisor's "apply this plan"): one undo step. A package
   * the draft already holds keeps its colour; the others keep theirs when free.
   */
  readonly replacePackages: (packages: readonly PackageDraft[]) => void;
  /** Snapshots of drafts kept for comparison, at most MAX_VARIANTS, oldest first. */
  readonly variants: readonly KeptVariant[];
  /** Keeps a named snapshot of `draft`; false (and nothing kept) when MAX_VARIANTS are kept already. */
  readonly keepVariant: (name: string, draft: ScenarioDraft) => boolean;
  readonly renameVariant: (id: string, name: string) => void;
  readonly removeVariant: (id: string) => void;
  readonly uncertainty: UncertaintyDraft;
  readonly setUncertainty: (patch: Partial<UncertaintyDraft>) => void;
  /** How the last usage export was read: offered again for the next (not an edit, not undone). */
  readonly usageMapping: UsageMapping;
  readonly setUsageMapping: (mapping: UsageMapping) => void;
};

const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, position) => (position === index ? item : current));

const FRESH_HISTORY = { past: [], future: [], lastEdit: null } as const;

/** The estimates with the open one's entry brought up to date from the live state. */
function estimatesWithOpen(state: ScenarioStore): SavedEstimate[] {
  return state.estimates.map((estimate) =>
    estimate.id === state.currentId
      ? {
          id: estimate.id,
          draft: state.savedDraft ?? state.draft,
          variants: state.variants,
          uncertainty: state.uncertainty,
          savedAt: state.changedAt,
        }
      : estimate,
  );
}

/** The live state of an estimate being opened. */
function opened(estimate: SavedEstimate) {
  return {
    currentId: estimate.id,
    draft: estimate.draft,
    variants: estimate.variants,
    uncertainty: estimate.uncertainty,
    changedAt: estimate.savedAt,
    savedDraft: null,
    ...FRESH_HISTORY,
  };
}

const STORAGE_NAME = 'ocr-billing-simulator';

/** Part of each new estimate's id, so that two tabs adding one at once never pick the same id. */
const TAB_MARK = Math.random().toString(36).slice(2, 7);
const freshEstimateId = (estimates: readonly SavedEstimate[]) =>
  freshId(`estimate-${TAB_MARK}`, estimates);

/** What localStorage is to hold of the state. */
function storedStateOf(state: ScenarioStore): StoredState {
  return {
    estimates: estimatesWithOpen(state),
    currentId: state.currentId,
    ...(state.usageMapping === EMPTY_USAGE_MAPPING ? {} : { usageMapping: state.usageMapping }),
  };
}

/** Stands in for a refused localStorage: the page runs, its work lives as long as the tab. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      items.set(name, value);
    },
    removeItem: (name) => {
      items.delete(name);
    },
  };
}

const browserStorage = usableLocalStorage();
if (browserStorage === null && typeof window !== 'undefined')
  useSaveStatus.getState().report('blocked');
const backing = browserStorage ?? memoryStorage();
// After the page failed twice in a row, this start leaves the saved work aside (start-guard.ts).
if (browserStorage !== null && typeof window !== 'undefined')
  guardStart(browserStorage, STORAGE_NAME);
moveOldBackup(backing);
loadBackups(backing);

/** The revision and content of each estimate as this tab last read or wrote it (revisions.ts). */
let synced: Synced = new Map();
/** What this tab will know once the write being made succeeds. */
let syncedOnWrite: Synced | null = null;

/**
 * Keeps a copy of saved data before it is replaced; false (and the storage-full notice) when
 * the copy cannot be written, and then the caller replaces nothing.
 */
function keepCopy(reason: BackupReason, text: string, name?: string): boolean {
  if (keepBackup(backing, reason, text, name === undefined ? {} : { name }) !== 'failed')
    return true;
  useSaveStatus.getState().report('full');
  return false;
}

/** One estimate as saved data of its own, for a backup copy. */
const estimateText = (estimate: SavedEstimate) =>
  JSON.stringify({
    state: { estimates: [estimate], currentId: estimate.id },
    version: STORE_VERSION,
  });

/**
 * Shows what a merge with another tab's work found: estimates taken in (the list updates),
 * estimates changed in both tabs (asked about), the open one changed there only (told).
 */
function showMerge(merge: Merge, mine: StoredState): void {
  const listChanged =
    merge.estimates.length !== mine.estimates.length ||
    merge.estimates.some((estimate, index) => estimate !== mine.estimates[index]);
  const sameIds = (a: readonly Conflict[], b: readonly Conflict[]) =>
    a.length === b.length && a.every((conflict, index) => conflict.theirs === b[index]?.theirs);
  const tabs = useTabSync.getState();
  const conflicts = sameIds(tabs.conflicts, merge.conflicts) ? tabs.conflicts : merge.conflicts;
  useTabSync.setState({
    conflicts,
    later: conflicts.length > 0 && tabs.later,
    changedElsewhere: merge.openChangedElsewhere,
  });
  // Set after the write under way: the change it makes is saved by the next one, which finds
  // storage already holding it.
  if (listChanged)
    queueMicrotask(() => {
      const ids = new Set(merge.estimates.map((estimate) => estimate.id));
      const state = useScenarioStore.getState();
      if (!ids.has(state.currentId)) return;
      useScenarioStore.setState({ estimates: merge.estimates });
    });
}

/** What to write: this tab's work merged with what storage holds now (another tab's included). */
function planWrite(value: StoredState, storedText: string | null): WritePlan {
  const read = readSavedText(storedText);
  // What cannot be read is copied before anything is written over it; without the copy, nothing is.
  if (read.damage !== null && storedText !== null && !keepCopy(read.damage, storedText))
    return 'hold';
  const merge = mergeWithStored(value, read.state, synced);
  showMerge(merge, value);
  const text = JSON.stringify({ state: merge.stored, version: STORE_VERSION });
  if (text === storedText) {
    synced = merge.synced;
    return 'nothing';
  }
  syncedOnWrite = merge.synced;
  return { text };
}

/**
 * Another tab saved `text` (or, unsaid, what storage holds): what it changed is taken in, and
 * what it changed that this tab changed too is asked about.
 */
function hearOtherTab(text?: string): void {
  loadBackups(backing);
  const state = useScenarioStore.getState();
  const mine = storedStateOf(state);
  const stored = readSavedText(text ?? backing.getItem(STORAGE_NAME)).state;
  const merge = mergeWithStored(mine, stored, synced);
  // Only what was taken in is known from here on: this tab's own changes are still to be written.
  const taken = new Map(synced);
  const theirs = new Map((stored?.estimates ?? []).map((estimate) => [estimate.id, estimate]));
  for (const estimate of merge.estimates)
    if (theirs.get(estimate.id) === estimate)
      taken.set(estimate.id, merge.synced.get(estimate.id) ?? { revision: 0, content: '' });
  for (const id of synced.keys()) if (!merge.synced.has(id)) taken.delete(id);
  synced = taken;
  showMerge(merge, mine);
}

// Written shortly after the last edit, and at once when the page is hidden or left, merged with
// what other tabs saved meanwhile (revisions.ts). Nothing is written while a shared link's
// scenario is open and not kept: it is not the user's work.
const persistedStorage: DeferredStorage<StoredState> = deferredJsonStorage<StoredState>(
  () => backing,
  undefined,
  {
    mayWrite: () => useScenarioStore.getState().savedDraft === null,
    plan: (_name, value, storedText) => planWrite(value.state, storedText),
    written: (ok, text) => {
      const { problem, report } = useSaveStatus.getState();
      if (!ok) {
        syncedOnWrite = null;
        report('full');
        return;
      }
      if (syncedOnWrite !== null) synced = syncedOnWrite;
      syncedOnWrite = null;
      if (problem === 'full') report(null);
      tellOtherTabs(text);
    },
    // Damaged saved text: kept as a copy before the page opens on the demo.
    unreadable: (_name, text) => void keepCopy('damaged', text),
  },
);
flushWhenLeaving(persistedStorage);

// Other tabs hear of each save by a broadcast channel that carries what was saved: another
// tab's copy of localStorage can lag behind it for a moment. The storage event, which comes once
// that copy is up to date, is heard too, and stands in where there is no channel.
const channel =
  typeof BroadcastChannel !== 'undefined' && browserStorage !== null
    ? new BroadcastChannel(STORAGE_NAME)
    : null;
function tellOtherTabs(text: string): void {
  channel?.postMessage(text);
}
if (channel !== null)
  channel.onmessage = (event: MessageEvent) => {
    if (typeof event.data === 'string') hearOtherTab(event.data);
  };
if (typeof window !== 'undefined' && browserStorage !== null)
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== browserStorage) return;
    if (event.key === STORAGE_NAME) hearOtherTab(event.newValue ?? undefined);
    else loadBackups(backing);
  });

/** Saves the state now, merged with what storage holds. */
function writeNow(): void {
  persistedStorage.setItem(STORAGE_NAME, {
    state: storedStateOf(useScenarioStore.getState()),
    version: STORE_VERSION,
  });
  persistedStorage.flush();
}

/** Puts `estimate` in the list in place of the one with its id (opened if that one was open). */
function replaceEstimate(estimate: SavedEstimate): void {
  const state = useScenarioStore.getState();
  const estimates = estimatesWithOpen(state).map((current) =>
    current.id === estimate.id ? estimate : current,
  );
  if (estimate.id !== state.currentId) useScenarioStore.setState({ estimates });
  else if (state.savedDraft === null) useScenarioStore.setState({ estimates, ...opened(estimate) });
  // A shared link's scenario is shown: the estimate waiting behind it takes the new version.
  else
    useScenarioStore.setState({
      estimates,
      savedDraft: estimate.draft,
      variants: estimate.variants,
      uncertainty: estimate.uncertainty,
      changedAt: estimate.savedAt,
    });
}

/** This tab now knows `theirs` as read: what it writes next goes over that revision. */
function knowTheirs(theirs: SavedEstimate): void {
  synced = new Map(synced).set(theirs.id, {
    revision: theirs.revision ?? 0,
    content: contentOf(theirs),
  });
  const tabs = useTabSync.getState();
  const conflicts = tabs.conflicts.filter((conflict) => conflict.theirs.id !== theirs.id);
  useTabSync.setState({
    conflicts,
    later: conflicts.length > 0 && tabs.later,
    changedElsewhere: tabs.changedElsewhere?.id === theirs.id ? null : tabs.changedElsewhere,
  });
}

/**
 * Opens the version another tab saved. This tab's version, when it was changed here, is kept as
 * a backup copy first: nothing typed is lost.
 */
export function loadOtherTabsVersion(theirs: SavedEstimate): void {
  const mine = estimatesWithOpen(useScenarioStore.getState()).find(
    (estimate) => estimate.id === theirs.id,
  );
  const changedHere = mine !== undefined && synced.get(mine.id)?.content !== contentOf(mine);
  if (mine && changedHere && !keepCopy('thisTabReplaced', estimateText(mine), mine.draft.name))
    return;
  knowTheirs(theirs);
  replaceEstimate(theirs);
  writeNow();
}

/** Saves this tab's version over another tab's; theirs is kept as a backup copy first. */
export function keepThisTabsVersion(conflict: Conflict): void {
  const { theirs } = conflict;
  if (!keepCopy('otherTabReplaced', estimateText(theirs), theirs.draft.name)) return;
  knowTheirs(theirs);
  writeNow();
}

/**
 * Keeps both: this tab's version becomes an estimate of its own named `copyName` (opened when
 * the estimate was open), and the estimate takes the other tab's version.
 */
export function saveThisTabsVersionAsCopy(conflict: Conflict, copyName: string): void {
  const state = useScenarioStore.getState();
  const estimates = estimatesWithOpen(state);
  const copy: SavedEstimate = {
    ...conflict.mine,
    id: freshEstimateId(estimates),
    draft: { ...conflict.mine.draft, name: copyName },
    savedAt: Date.now(),
    revision: 0,
  };
  const wasOpen = conflict.mine.id === state.currentId;
  knowTheirs(conflict.theirs);
  const list = estimates.flatMap((estimate) =>
    estimate.id === conflict.theirs.id ? [conflict.theirs, copy] : [estimate],
  );
  useScenarioStore.setState(wasOpen ? { estimates: list, ...opened(copy) } : { estimates: list });
  writeNow();
}

/** Puts off the question about estimates changed in two tabs: they stay unsaved meanwhile. */
export function decideLater(): void {
  useTabSync.setState({ later: true });
}

/** Asks again about estimates changed in two tabs. */
export function decideNow(): void {
  useTabSync.setState({ later: false });
}

/**
 * Puts the work a safe-mode start set aside back as the saved work, and starts the page again
 * with it. What was saved in safe mode is kept as a backup copy first; without the copy, nothing
 * is replaced.
 */
export function retrySetAsideWork(): void {
  persistedStorage.flush();
  if (
    browserStorage !== null &&
    restoreSetAside(browserStorage, STORAGE_NAME, (text) => keepCopy('safeMode', text))
  )
    window.location.reload();
}

/** Deletes a backup copy, at the user's request. */
export function deleteBackupCopy(id: string): void {
  deleteBackup(backing, id);
}

/** Writes the state to localStorage now instead of a moment after the last edit. */
export function saveNow(): void {
  persistedStorage.flush();
}

export const useScenarioStore = create<ScenarioStore>()(
  persist(
    (set, get) => {
      const edit: ScenarioStore['edit'] = (change, coalesceKey) => {
        const state = get();
        const next = change(state.draft);
        if (next === state.draft) return;
        const now = Date.now();
        const merge =
          coalesceKey !== undefined &&
          state.lastEdit?.key === coalesceKey &&
          now - state.lastEdit.at < COALESCE_MS;
        set({
          draft: next,
          past: merge ? state.past : [...state.past, state.draft].slice(-HISTORY_LIMIT),
          future: [],
          lastEdit: coalesceKey === undefined ? null : { key: coalesceKey, at: now },
          // A shared link's scenario is not the open estimate: editing it changes no estimate.
          ...(state.savedDraft === null ? { changedAt: now } : {}),
        });
      };
      const newEstimate: ScenarioStore['newEstimate'] = (draft) => {
        const state = get();
        const estimates = estimatesWithOpen(state);
        const estimate: SavedEstimate = {
          id: freshEstimateId(estimates),
          draft,
          variants: [],
          uncertainty: DEFAULT_UNCERTAINTY,
          savedAt: Date.now(),
        };
        set({ estimates: [...estimates, estimate], ...opened(estimate), lastDeleted: null });
      };
      return {
        estimates: [
          {
            id: FIRST_ESTIMATE_ID,
            draft: DEMO_DRAFT,
            variants: [],
            uncertainty: DEFAULT_UNCERTAINTY,
            savedAt: 0,
          },
        ],
        currentId: FIRST_ESTIMATE_ID,
        changedAt: 0,
        lastDeleted: null,
        newEstimate,
        openEstimate: (id) => {
          const state = get();
          if (id === state.currentId && state.savedDraft === null) return;
          const estimates = estimatesWithOpen(state);
          const target = estimates.find((estimate) => estimate.id === id);
          if (target) set({ estimates, ...opened(target) });
        },
        duplicateEstimate: (id, copyName) => {
          const state = get();
          const estimates = estimatesWithOpen(state);
          const index = estimates.findIndex((estimate) => estimate.id === id);
          const original = estimates[index];
          if (!original) return;
          const copy: SavedEstimate = {
            ...original,
            id: freshEstimateId(estimates),
            draft: { ...original.draft, name: copyName },
            revision: 0,
            savedAt: Date.now(),
          };
          set({
            estimates: [...estimates.slice(0, index + 1), copy, ...estimates.slice(index + 1)],
            ...opened(copy),
          });
        },
        renameEstimate: (id, name) => {
          const state = get();
          if (id === state.currentId && state.savedDraft === null) {
            edit((draft) => ({ ...draft, name }), 'name');
            return;
          }
          set({
            estimates: state.estimates.map((estimate) =>
              estimate.id === id
                ? { ...estimate, draft: { ...estimate.draft, name }, savedAt: Date.now() }
                : estimate,
            ),
          });
        },
        deleteEstimate: (id) => {
          const state = get();
          const estimates = estimatesWithOpen(state);
          const index = estimates.findIndex((estimate) => estimate.id === id);
          const estimate = estimates[index];
          if (!estimate || estimates.length < 2) return;
          const rest = estimates.filter((other) => other.id !== id);
          const wasOpen = id === state.currentId;
          const next = rest[Math.min(index, rest.length - 1)] as SavedEstimate;
          set({
            estimates: rest,
            lastDeleted: { estimate, index, wasOpen },
            ...(wasOpen ? opened(next) : {}),
          });
        },
        undoDelete: () => {
          const state = get();
          const deleted = state.lastDeleted;
          if (!deleted) return;
          const estimates = estimatesWithOpen(state);
          const restored = [
            ...estimates.slice(0, deleted.index),
            deleted.estimate,
            ...estimates.slice(deleted.index),
          ];
          set({
            estimates: restored,
            lastDeleted: null,
            ...(deleted.wasOpen ? opened(deleted.estimate) : {}),
          });
        },
        draft: DEMO_DRAFT,
        savedDraft: null,
        openShared: (draft) => {
          // The user's own work is written now: nothing is written while the link is open.
          persistedStorage.flush();
          const { savedDraft, draft: current } = get();
          set({
            draft: keepPackageColours(draft, current),
            savedDraft: savedDraft ?? current,
            past: [],
            future: [],
            lastEdit: null,
          });
        },
        keepShared: () => {
          const { savedDraft, draft } = get();
          if (savedDraft === null) return;
          // The open estimate goes back to what it was; the shared scenario becomes one of its own.
          set({ draft: savedDraft, savedDraft: null });
          newEstimate(draft);
        },
        closeShared: () => {
          const { savedDraft } = get();
          if (savedDraft)
            set({ draft: savedDraft, savedDraft: null, past: [], future: [], lastEdit: null });
        },
        past: [],
        future: [],
        lastEdit: null,
        edit,
        undo: () => {
          const { past, future, draft } = get();
          const previous = past.at(-1);
          if (!previous) return;
          set({
            draft: previous,
            past: past.slice(0, -1),
            future: [draft, ...future],
            lastEdit: null,
          });
        },
        redo: () => {
          const { past, future, draft } = get();
          const next = future[0];
          if (!next) return;
          set({ draft: next, past: [...past, draft], future: future.slice(1), lastEdit: null });
        },
        replaceDraft: (draft) => edit((current) => keepPackageColours(draft, current)),
        updateStream: (index, patch, field) =>
          edit(
            (draft) => ({
              ...draft,
              streams: replaceAt(draft.streams, index, {
                ...(draft.streams[index] as StreamDraft),
                ...patch,
              }),
            }),
            field === undefined ? undefined : `streams[${index}].${field}`,
          ),
        addStream: (stream) =>
          edit((draft) => ({
            ...draft,
            streams: [...draft.streams, { ...stream, id: freshId('stream', draft.streams) }],
          })),
        removeStream: (index) =>
          edit((draft) => ({
            ...draft,
            streams: draft.streams.filter((_, position) => position !== index),
          })),
        updatePackage: (index, patch, field) =>
          edit(
            (draft) => ({
              ...draft,
              packages: replaceAt(draft.packages, index, {
                ...(draft.packages[index] as PackageDraft),
                ...patch,
              }),
            }),
            field === undefined ? undefined : `packages[${index}].${field}`,
          ),
        addPackage: (pkg) =>
          edit((draft) => ({
            ...draft,
            packages: [
              ...draft.packages,
              {
                ...pkg,
                id: freshId('package', draft.packages),
                colour: newPackageColour(draft.packages),
              },
            ],
          })),
        duplicatePackage: (index) =>
          edit((draft) => {
            const original = draft.packages[index];
            if (!original) return draft;
            const copy = {
              ...original,
              id: freshId('package', draft.packages),
              colour: newPackageColour(draft.packages),
              label: original.label ? `${original.label} (copy)` : '',
            };
            return {
              ...draft,
              packages: [
                ...draft.packages.slice(0, index + 1),
                copy,
                ...draft.packages.slice(index + 1),
              ],
            };
          }),
        renewPackage: (index, on) =>
          edit((draft) => {
            const original = draft.packages[index];
            const startsOn = on ?? (original ? renewalDate(original) : null);
            if (!original || startsOn === null) return draft;
            const renewal: PackageDraft = {
              ...original,
              id: freshId('package', draft.packages),
              colour: newPackageColour(draft.packages),
              label: original.label ? `${original.label} (renewal)` : '',
              createdOn: startsOn,
              activatesOn: '',
              usedCalls: '',
            };
            return {
              ...draft,
              packages: [
                ...draft.packages.slice(0, index + 1),
                renewal,
                ...draft.packages.slice(index + 1),
              ],
            };
          }),
        removePackage: (index) =>
          edit((draft) => ({
            ...draft,
            packages: draft.packages.filter((_, position) => position !== index),
          })),
        setPriceEntry: (entry, field) =>
          edit(
            (draft) => {
              const index = draft.payPerUse.findIndex(
                (current) => current.api === entry.api && current.region === entry.region,
              );
              return {
                ...draft,
                payPerUse:
                  index < 0
                    ? [...draft.payPerUse, entry]
                    : replaceAt(draft.payPerUse, index, entry),
              };
            },
            field === undefined ? undefined : `payPerUse.${entry.api}.${entry.region}.${field}`,
          ),
        removePriceEntry: (api, region) =>
          edit((draft) => ({
            ...draft,
            payPerUse: draft.payPerUse.filter(
              (entry) => !(entry.api === api && entry.region === region),
            ),
          })),
        replacePackages: (packages) =>
          edit((draft) => keepPackageColours({ ...draft, packages: [...packages] }, draft)),
        variants: [],
        keepVariant: (name, draft) => {
          const { variants } = get();
          if (variants.length >= MAX_VARIANTS) return false;
          set({
            variants: [...variants, { id: freshId('variant', variants), name, draft }],
            changedAt: Date.now(),
          });
          return true;
        },
        renameVariant: (id, name) =>
          set({
            variants: get().variants.map((variant) =>
              variant.id === id ? { ...variant, name } : variant,
            ),
            changedAt: Date.now(),
          }),
        removeVariant: (id) =>
          set({
            variants: get().variants.filter((variant) => variant.id !== id),
            changedAt: Date.now(),
          }),
        uncertainty: DEFAULT_UNCERTAINTY,
        setUncertainty: (patch) =>
          set({ uncertainty: { ...get().uncertainty, ...patch }, changedAt: Date.now() }),
        usageMapping: EMPTY_USAGE_MAPPING,
        setUsageMapping: (usageMapping) => set({ usageMapping, changedAt: Date.now() }),
      };
    },
    {
      name: STORAGE_NAME,
      version: STORE_VERSION,
      storage: persistedStorage,
      partialize: storedStateOf,
      // Unreadable (and set aside): nothing to merge, so the page opens on the demo.
      migrate: (persisted, version) =>
        migrateStoredState(persisted, version) ?? { estimates: [], currentId: '' },
      merge: (persisted, current) => {
        const stored = readStoredState(persisted);
        // Nothing saved (or nothing readable): the demo it opens on is revision 0, typed by no one.
        if (!stored) {
          synced = syncedFrom(storedStateOf(current).estimates);
          return current;
        }
        // What this tab read: its revisions are the ones it writes over (revisions.ts).
        synced = syncedFrom(stored.estimates);
        const open = stored.estimates.find((estimate) => estimate.id === stored.currentId);
        return open
          ? {
              ...current,
              estimates: stored.estimates,
              ...opened(open),
              usageMapping: stored.usageMapping ?? EMPTY_USAGE_MAPPING,
            }
          : current;
      },
    },
  ),
);
