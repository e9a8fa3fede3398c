import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEMO_DRAFT } from './demo';
import {
  freshId,
  type PackageDraft,
  type PriceDraft,
  renewalDate,
  type ScenarioDraft,
  type StreamDraft,
} from './draft';
import { isScenarioDraft, migrateStoredDraft, STORE_VERSION } from './persisted';

/*
 * The one store: the user's inputs (the scenario draft) and their undo history. Results are
 * derived from the draft where they are shown, never kept here.
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
  readonly draft: ScenarioDraft;
  /**
   * While a shared link's scenario is open, the user's own saved draft waits here untouched:
   * it is what stays in localStorage until they choose to keep the shared one.
   */
  readonly savedDraft: ScenarioDraft | null;
  readonly openShared: (draft: ScenarioDraft) => void;
  readonly keepShared: () => void;
  readonly closeShared: () => void;
  /** Replaces the draft as one undoable step; `coalesceKey` merges quick edits of one field. */
  readonly edit: (change: (draft: ScenarioDraft) => ScenarioDraft, coalesceKey?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly replaceDraft: (draft: ScenarioDraft) => void;
  readonly updateStream: (index: number, patch: Partial<StreamDraft>, field?: string) => void;
  readonly addStream: (stream: Omit<StreamDraft, 'id'>) => void;
  readonly removeStream: (index: number) => void;
  readonly updatePackage: (index: number, patch: Partial<PackageDraft>, field?: string) => void;
  readonly addPackage: (pkg: Omit<PackageDraft, 'id'>) => void;
  readonly duplicatePackage: (index: number) => void;
  readonly renewPackage: (index: number) => void;
  readonly removePackage: (index: number) => void;
  readonly setPriceEntry: (entry: PriceDraft, field?: string) => void;
  readonly removePriceEntry: (api: string, region: string | null) => void;
};

const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, position) => (position === index ? item : current));

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
        });
      };
      return {
        draft: DEMO_DRAFT,
        savedDraft: null,
        openShared: (draft) => {
          const { savedDraft, draft: current } = get();
          set({ draft, savedDraft: savedDraft ?? current, past: [], future: [], lastEdit: null });
        },
        keepShared: () => set({ savedDraft: null }),
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
        replaceDraft: (draft) => edit(() => draft),
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
            packages: [...draft.packages, { ...pkg, id: freshId('package', draft.packages) }],
          })),
        duplicatePackage: (index) =>
          edit((draft) => {
            const original = draft.packages[index];
            if (!original) return draft;
            const copy = {
              ...original,
              id: freshId('package', draft.packages),
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
        renewPackage: (index) =>
          edit((draft) => {
            const original = draft.packages[index];
            const startsOn = original ? renewalDate(original) : null;
            if (!original || startsOn === null) return draft;
            const renewal: PackageDraft = {
              ...original,
              id: freshId('package', draft.packages),
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
      };
    },
    {
      name: 'ocr-billing-simulator',
      version: STORE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.savedDraft ?? state.draft }),
      migrate: (persisted, version) => ({
        draft: migrateStoredDraft(persisted, version) ?? DEMO_DRAFT,
      }),
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: unknown } | undefined)?.draft;
        return isScenarioDraft(draft) ? { ...current, draft } : current;
      },
    },
  ),
);
