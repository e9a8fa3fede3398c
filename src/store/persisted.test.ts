import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_UNCERTAINTY } from './analysis';
import { BACKUPS_KEY } from './backups';
import { DEMO_DRAFT } from './demo';
import type { ScenarioDraft } from './draft';
import {
  FIRST_ESTIMATE_ID,
  isScenarioDraft,
  migrateStoredState,
  moveOldBackup,
  OLD_BACKUP_KEY,
  readSavedText,
  readStoredState,
  STORE_VERSION,
  type StoredState,
} from './persisted';

/** The last backup copy kept in `memory`: its reason, and the saved data it holds. */
function keptCopy(memory: Map<string, string>) {
  const copy = JSON.parse(memory.get(BACKUPS_KEY) ?? '{"slots":[]}').slots.at(-1);
  return copy ? { reason: copy.reason, saved: JSON.parse(copy.text) } : null;
}

/** The one estimate a migrated single-scenario state becomes: its draft, variants and cases. */
function single(stored: StoredState | null) {
  expect(stored?.estimates).toHaveLength(1);
  expect(stored?.currentId).toBe(FIRST_ESTIMATE_ID);
  const [estimate] = stored?.estimates ?? [];
  if (!estimate) return null;
  const { draft, variants, uncertainty } = estimate;
  return { draft, variants, uncertainty };
}

/** A version-4 state holding one estimate. */
function withEstimate(estimate: Record<string, unknown>): Record<string, unknown> {
  return {
    estimates: [{ id: FIRST_ESTIMATE_ID, savedAt: 1, ...estimate }],
    currentId: FIRST_ESTIMATE_ID,
  };
}

describe('what localStorage holds', () => {
  it('recognises a draft of this version', () => {
    expect(isScenarioDraft(DEMO_DRAFT)).toBe(true);
    expect(single(migrateStoredState({ draft: DEMO_DRAFT }, 3))?.draft).toEqual(DEMO_DRAFT);
  });

  it.each([
    ['not an object', 'draft'],
    [
      'a package without a price',
      { ...DEMO_DRAFT, packages: [{ ...DEMO_DRAFT.packages[0], price: undefined }] },
    ],
    [
      'an unknown source',
      { ...DEMO_DRAFT, packages: [{ ...DEMO_DRAFT.packages[0], source: 'gift' }] },
    ],
    [
      'a stream with numbers for months',
      { ...DEMO_DRAFT, streams: [{ ...DEMO_DRAFT.streams[0], typedCalls: [1, 2] }] },
    ],
    ['an unknown deduction key', { ...DEMO_DRAFT, deductionOrder: ['cheapest'] }],
  ])('refuses %s', (_, draft) => {
    expect(isScenarioDraft(draft)).toBe(false);
  });

  it('sets aside a state it cannot read, from a newer version, instead of losing it', () => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (key: string, value: string) => memory.set(key, value),
    });
    expect(migrateStoredState({ draft: DEMO_DRAFT }, STORE_VERSION + 1)).toBeNull();
    expect(keptCopy(memory)).toEqual({
      reason: 'newerVersion',
      saved: { version: STORE_VERSION + 1, state: { draft: DEMO_DRAFT } },
    });
    vi.unstubAllGlobals();
  });

  it('has no migration for a version before the first, and sets that state aside too', () => {
    vi.stubGlobal('localStorage', { setItem: () => undefined });
    expect(migrateStoredState({ draft: DEMO_DRAFT }, 0)).toBeNull();
    vi.unstubAllGlobals();
  });
});

/** A draft as version 2 stored it: its packages had no colour. */
function withoutColours(draft: ScenarioDraft): Record<string, unknown> {
  return {
    ...draft,
    packages: draft.packages.map(({ colour: _colour, ...pkg }) => pkg),
  };
}

describe('version 2: variants and the low and high cases beside the draft', () => {
  it('migrates a version-1 state: same draft, no variants, the default cases', () => {
    expect(single(migrateStoredState({ draft: DEMO_DRAFT }, 1))).toEqual({
      draft: DEMO_DRAFT,
      variants: [],
      uncertainty: DEFAULT_UNCERTAINTY,
    });
  });

  it('reads a version-2 state as stored, its packages given colours in list order', () => {
    const state = {
      draft: withoutColours(DEMO_DRAFT),
      variants: [{ id: 'variant-1', name: 'Plan A', draft: withoutColours(DEMO_DRAFT) }],
      uncertainty: { lowPercent: '-5', highPercent: '50' },
    };
    expect(single(migrateStoredState(state, 2))).toEqual({
      ...state,
      draft: DEMO_DRAFT,
      variants: [{ id: 'variant-1', name: 'Plan A', draft: DEMO_DRAFT }],
    });
  });

  it('leaves out a variant it cannot read, after setting the stored state aside', () => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (key: string, value: string) => memory.set(key, value),
    });
    const good = { id: 'variant-1', name: 'Good', draft: DEMO_DRAFT };
    const state = withEstimate({
      draft: DEMO_DRAFT,
      variants: [good, { id: 'variant-2', name: 7, draft: DEMO_DRAFT }],
    });
    expect(readStoredState(state)?.estimates[0]?.variants).toEqual([good]);
    expect(keptCopy(memory)).toEqual({
      reason: 'partlyDamaged',
      saved: { version: STORE_VERSION, state },
    });
    vi.unstubAllGlobals();
  });

  it('falls back to the default cases when they cannot be read', () => {
    expect(
      readStoredState(withEstimate({ draft: DEMO_DRAFT, uncertainty: { lowPercent: -20 } }))
        ?.estimates[0]?.uncertainty,
    ).toEqual(DEFAULT_UNCERTAINTY);
  });

  it('reads nothing when the draft cannot be read', () => {
    vi.stubGlobal('localStorage', { setItem: () => undefined });
    expect(readStoredState(withEstimate({ draft: 'nope', variants: [] }))).toBeNull();
    vi.unstubAllGlobals();
  });
});

describe('version 3: a colour slot with each package', () => {
  it('reads a version-3 state as stored', () => {
    const draft = {
      ...DEMO_DRAFT,
      packages: DEMO_DRAFT.packages.map((pkg, index) => ({ ...pkg, colour: [5, 0, 9, 2][index] })),
    };
    const state = {
      draft,
      variants: [{ id: 'variant-1', name: 'Plan A', draft }],
      uncertainty: DEFAULT_UNCERTAINTY,
    };
    expect(single(migrateStoredState(state, 3))).toEqual(state);
  });

  it('gives every package of the draft and of each variant a slot, in list order', () => {
    const many = {
      ...DEMO_DRAFT,
      packages: Array.from({ length: 10 }, (_, index) => ({
        ...(DEMO_DRAFT.packages[0] as ScenarioDraft['packages'][number]),
        id: `p${index}`,
      })),
    };
    const migrated = single(
      migrateStoredState(
        {
          draft: withoutColours(many),
          variants: [{ id: 'variant-1', name: 'Plan A', draft: withoutColours(DEMO_DRAFT) }],
          uncertainty: DEFAULT_UNCERTAINTY,
        },
        2,
      ),
    );
    expect(migrated?.draft.packages.map((pkg) => pkg.colour)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 0, 1,
    ]);
    expect(migrated?.variants[0]?.draft.packages.map((pkg) => pkg.colour)).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['without a colour', undefined],
    ['with a colour that is not a whole number', 1.5],
    ['with a negative colour', -1],
    ['with a colour as text', '2'],
  ])('refuses a package %s', (_, colour) => {
    const pkg = { ...DEMO_DRAFT.packages[0], colour };
    expect(isScenarioDraft({ ...DEMO_DRAFT, packages: [pkg] })).toBe(false);
  });
});

describe('version 4: a list of estimates', () => {
  const estimate = (id: string, name: string) => ({
    id,
    draft: { ...DEMO_DRAFT, name },
    variants: [],
    uncertainty: DEFAULT_UNCERTAINTY,
    savedAt: 5,
    revision: 0,
  });

  it('reads the estimates as stored, and which one was open', () => {
    const state = {
      estimates: [estimate('estimate-1', 'A'), estimate('estimate-2', 'B')],
      currentId: 'estimate-2',
    };
    expect(migrateStoredState(state, 5)).toEqual(state);
  });

  it('opens the first estimate when the one open last is unknown', () => {
    const state = { estimates: [estimate('estimate-1', 'A')], currentId: 'gone' };
    expect(readStoredState(state)?.currentId).toBe('estimate-1');
  });

  it('keeps the readable estimates, after setting the stored state aside', () => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (key: string, value: string) => memory.set(key, value),
    });
    const state = {
      estimates: [
        estimate('estimate-1', 'A'),
        { ...estimate('estimate-2', 'B'), draft: 'damaged' },
        estimate('estimate-1', 'Twin'),
      ],
      currentId: 'estimate-1',
    };
    expect(readStoredState(state)?.estimates.map((kept) => kept.draft.name)).toEqual(['A']);
    expect(keptCopy(memory)).toEqual({
      reason: 'partlyDamaged',
      saved: { version: STORE_VERSION, state },
    });
    vi.unstubAllGlobals();
  });
});

describe('version 5: a quota that renews', () => {
  it('says every package of a version 4 estimate, and of its variants, is spent once', () => {
    const withoutReset = {
      ...DEMO_DRAFT,
      packages: DEMO_DRAFT.packages.map(({ resetEvery: _dropped, ...pkg }) => pkg),
    };
    const state = {
      estimates: [
        {
          id: 'estimate-1',
          draft: withoutReset,
          variants: [{ id: 'v1', name: 'Other', draft: withoutReset }],
          uncertainty: DEFAULT_UNCERTAINTY,
          savedAt: 5,
        },
      ],
      currentId: 'estimate-1',
    };
    const migrated = migrateStoredState(state, 4);
    expect(migrated?.estimates[0]?.draft).toEqual(DEMO_DRAFT);
    expect(migrated?.estimates[0]?.variants[0]?.draft).toEqual(DEMO_DRAFT);
  });

  it('cannot read a package whose renewal is not one it knows', () => {
    const draft = {
      ...DEMO_DRAFT,
      packages: DEMO_DRAFT.packages.map((pkg) => ({ ...pkg, resetEvery: 'week' })),
    };
    const state = {
      estimates: [{ id: 'e', draft, variants: [], uncertainty: DEFAULT_UNCERTAINTY, savedAt: 1 }],
      currentId: 'e',
    };
    expect(readStoredState(state)).toBeNull();
  });
});

describe('version 6: a stream keeps its imported history and its forecast range', () => {
  const stateOf = (draft: unknown) => ({
    estimates: [
      {
        id: 'estimate-1',
        draft,
        variants: [{ id: 'v1', name: 'Other', draft }],
        uncertainty: DEFAULT_UNCERTAINTY,
        savedAt: 5,
      },
    ],
    currentId: 'estimate-1',
  });

  it('gives every stream of a version 5 estimate, and of its variants, no history', () => {
    const version5 = {
      ...DEMO_DRAFT,
      streams: DEMO_DRAFT.streams.map(
        ({ history: _h, historySource: _s, range: _r, ...stream }) => stream,
      ),
    };
    expect(STORE_VERSION).toBe(6);
    const migrated = migrateStoredState(stateOf(version5), 5);
    expect(migrated?.estimates[0]?.draft).toEqual(DEMO_DRAFT);
    expect(migrated?.estimates[0]?.variants[0]?.draft).toEqual(DEMO_DRAFT);
  });

  it('reads a stream with a history, its file and a range as stored', () => {
    const draft = {
      ...DEMO_DRAFT,
      streams: DEMO_DRAFT.streams.map((stream) => ({
        ...stream,
        history: [{ month: '2026-01', calls: 98000 }],
        historySource: { file: 'bill-2026.csv', importedOn: '2026-12-01' },
        range: [{ month: '2026-02', low: 90000, high: 120000 }],
      })),
    };
    expect(migrateStoredState(stateOf(draft), 6)?.estimates[0]?.draft).toEqual(draft);
  });

  it.each([
    ['a history month with calls as text', { history: [{ month: '2026-01', calls: '5' }] }],
    ['a history month with a fraction of a call', { history: [{ month: '2026-01', calls: 1.5 }] }],
    ['a source without its date', { historySource: { file: 'a.csv' } }],
    ['a range whose low is above its high', { range: [{ month: '2026-02', low: 9, high: 3 }] }],
  ])('refuses a stream with %s', (_, change) => {
    const stream = { ...DEMO_DRAFT.streams[0], ...change };
    expect(isScenarioDraft({ ...DEMO_DRAFT, streams: [stream] })).toBe(false);
  });

  it('remembers how the last usage export was read, and drops a mapping it cannot read', () => {
    const usageMapping = {
      columns: { date: '消费时间', calls: '使用量' },
      apiNames: { 护照: 'passport' },
      regionNames: {},
    };
    const state = { ...stateOf(DEMO_DRAFT), usageMapping };
    expect(readStoredState(state)?.usageMapping).toEqual(usageMapping);
    expect(
      readStoredState({ ...state, usageMapping: { columns: { date: 3 } } }),
    ).not.toHaveProperty('usageMapping');
  });
});

describe('saved data read before anything is written over it', () => {
  const saved = (state: unknown, version = STORE_VERSION) => JSON.stringify({ state, version });

  it('reads a whole saved state with its revisions, and asks for no copy', () => {
    const state = withEstimate({ draft: DEMO_DRAFT, revision: 4 });
    const read = readSavedText(saved(state));
    expect(read.damage).toBeNull();
    expect(read.state?.estimates[0]?.revision).toBe(4);
  });

  it('reads revision 0 where versions before revisions saved none', () => {
    expect(
      readSavedText(saved(withEstimate({ draft: DEMO_DRAFT }))).state?.estimates[0]?.revision,
    ).toBe(0);
  });

  it.each([
    ['text that is not JSON', '{"state":{"estimates":[', 'damaged'],
    ['JSON without a version', '{"estimates":[]}', 'damaged'],
    ['a state no estimate of which can be read', saved({ estimates: [{ id: 1 }] }), 'damaged'],
    ['a newer version', saved({ estimates: [] }, STORE_VERSION + 1), 'newerVersion'],
    [
      'a state with one unreadable estimate',
      saved({
        ...withEstimate({ draft: DEMO_DRAFT }),
        estimates: [
          { id: 'x', draft: 1 },
          { id: FIRST_ESTIMATE_ID, draft: DEMO_DRAFT },
        ],
      }),
      'partlyDamaged',
    ],
  ])('says a copy of %s must be kept first', (_, text, damage) => {
    expect(readSavedText(text).damage).toBe(damage);
  });

  it('moves the one copy older versions kept into a backup slot', () => {
    const memory = new Map<string, string>([[OLD_BACKUP_KEY, saved({}, STORE_VERSION + 2)]]);
    moveOldBackup({
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    });
    expect(memory.has(OLD_BACKUP_KEY)).toBe(false);
    expect(keptCopy(memory)?.reason).toBe('newerVersion');
  });
});
