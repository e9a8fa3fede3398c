import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_UNCERTAINTY } from './analysis';
import { DEMO_DRAFT } from './demo';
import type { ScenarioDraft } from './draft';
import {
  BACKUP_KEY,
  isScenarioDraft,
  migrateStoredDraft,
  migrateStoredState,
  readStoredState,
  STORE_VERSION,
} from './persisted';

describe('what localStorage holds', () => {
  it('recognises a draft of this version', () => {
    expect(isScenarioDraft(DEMO_DRAFT)).toBe(true);
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, STORE_VERSION)).toEqual(DEMO_DRAFT);
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
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, STORE_VERSION + 1)).toBeNull();
    expect(JSON.parse(memory.get(BACKUP_KEY) ?? 'null')).toEqual({
      version: STORE_VERSION + 1,
      state: { draft: DEMO_DRAFT },
    });
    vi.unstubAllGlobals();
  });

  it('has no migration for a version before the first, and sets that state aside too', () => {
    vi.stubGlobal('localStorage', { setItem: () => undefined });
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, 0)).toBeNull();
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
    expect(migrateStoredState({ draft: DEMO_DRAFT }, 1)).toEqual({
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
    expect(migrateStoredState(state, 2)).toEqual({
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
    const state = {
      draft: DEMO_DRAFT,
      variants: [good, { id: 'variant-2', name: 7, draft: DEMO_DRAFT }],
    };
    expect(readStoredState(state)?.variants).toEqual([good]);
    expect(JSON.parse(memory.get(BACKUP_KEY) ?? 'null')).toEqual({ version: STORE_VERSION, state });
    vi.unstubAllGlobals();
  });

  it('falls back to the default cases when they cannot be read', () => {
    expect(
      readStoredState({ draft: DEMO_DRAFT, uncertainty: { lowPercent: -20 } })?.uncertainty,
    ).toEqual(DEFAULT_UNCERTAINTY);
  });

  it('reads nothing when the draft cannot be read', () => {
    expect(readStoredState({ draft: 'nope', variants: [] })).toBeNull();
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
    expect(STORE_VERSION).toBe(3);
    expect(migrateStoredState(state, 3)).toEqual(state);
  });

  it('gives every package of the draft and of each variant a slot, in list order', () => {
    const many = {
      ...DEMO_DRAFT,
      packages: Array.from({ length: 10 }, (_, index) => ({
        ...(DEMO_DRAFT.packages[0] as ScenarioDraft['packages'][number]),
        id: `p${index}`,
      })),
    };
    const migrated = migrateStoredState(
      {
        draft: withoutColours(many),
        variants: [{ id: 'variant-1', name: 'Plan A', draft: withoutColours(DEMO_DRAFT) }],
        uncertainty: DEFAULT_UNCERTAINTY,
      },
      2,
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
