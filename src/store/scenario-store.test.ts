import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store persists to localStorage: give the node test environment an in-memory one.
const memory = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => memory.get(key) ?? null,
  setItem: (key: string, value: string) => memory.set(key, value),
  removeItem: (key: string) => memory.delete(key),
  clear: () => memory.clear(),
  key: (index: number) => [...memory.keys()][index] ?? null,
  get length() {
    return memory.size;
  },
});

const { useScenarioStore, saveNow } = await import('./scenario-store');
/** What localStorage holds once the pending write is made. */
const savedJson = () => {
  saveNow();
  return memory.get('ocr-billing-simulator') ?? '{}';
};
const { DEMO_DRAFT } = await import('./demo');
type PackageDraft = import('./draft').PackageDraft;

const store = () => useScenarioStore.getState();

describe('the scenario store', () => {
  beforeEach(() => {
    useScenarioStore.setState({ draft: DEMO_DRAFT, past: [], future: [], lastEdit: null });
    vi.useRealTimers();
  });

  it('undoes and redoes an edit', () => {
    store().removePackage(0);
    expect(store().draft.packages).toHaveLength(3);
    store().undo();
    expect(store().draft).toBe(DEMO_DRAFT);
    store().redo();
    expect(store().draft.packages).toHaveLength(3);
  });

  it('makes quick typing in one field a single undo step', () => {
    vi.useFakeTimers();
    store().updatePackage(1, { calls: '2' }, 'calls');
    vi.advanceTimersByTime(300);
    store().updatePackage(1, { calls: '20' }, 'calls');
    vi.advanceTimersByTime(300);
    store().updatePackage(1, { calls: '200' }, 'calls');
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().draft.packages[1]?.calls).toBe('1000000');
  });

  it('makes a pause in typing, or another field, a new undo step', () => {
    vi.useFakeTimers();
    store().updatePackage(1, { calls: '2' }, 'calls');
    vi.advanceTimersByTime(5000);
    store().updatePackage(1, { calls: '20' }, 'calls');
    store().updatePackage(1, { price: '1' }, 'price');
    expect(store().past).toHaveLength(3);
  });

  it('forgets the redo steps once a new edit is made', () => {
    store().removePackage(0);
    store().undo();
    store().removePackage(1);
    expect(store().future).toHaveLength(0);
  });

  it('duplicates a package under a fresh id, right after the original', () => {
    store().duplicatePackage(1);
    const packages = store().draft.packages;
    expect(packages[2]).toMatchObject({ label: 'General Text 1M (copy)', calls: '1000000' });
    expect(new Set(packages.map((pkg) => pkg.id)).size).toBe(packages.length);
  });

  it('renews a package the day after it expires', () => {
    store().renewPackage(1);
    expect(store().draft.packages[2]).toMatchObject({
      label: 'General Text 1M (renewal)',
      createdOn: '2028-01-02',
      activatesOn: '',
      usedCalls: '',
    });
  });

  it('saves the draft, the kept variants and the low and high cases to localStorage', () => {
    store().updatePackage(1, { price: '5000' }, 'price');
    const saved = JSON.parse(savedJson());
    expect(saved.version).toBe(3);
    expect(Object.keys(saved.state)).toEqual(['draft', 'variants', 'uncertainty']);
    expect(saved.state.draft.packages[1].price).toBe('5000');
  });

  it('replaces every package in one undo step', () => {
    const packages = [{ ...(DEMO_DRAFT.packages[0] as PackageDraft), id: 'advice-1' }];
    store().replacePackages(packages);
    expect(store().draft.packages).toEqual(packages);
    expect(store().draft.streams).toBe(DEMO_DRAFT.streams);
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().draft).toBe(DEMO_DRAFT);
  });
});

describe('variants kept for comparison', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      draft: DEMO_DRAFT,
      past: [],
      future: [],
      lastEdit: null,
      variants: [],
    });
  });

  it('keeps at most three, each under a fresh id, and says when it cannot keep another', () => {
    expect(store().keepVariant('Current plan', DEMO_DRAFT)).toBe(true);
    expect(store().keepVariant('Advisor', { ...DEMO_DRAFT, packages: [] })).toBe(true);
    expect(store().keepVariant('Other order', DEMO_DRAFT)).toBe(true);
    expect(store().keepVariant('One too many', DEMO_DRAFT)).toBe(false);
    expect(store().variants.map((variant) => variant.name)).toEqual([
      'Current plan',
      'Advisor',
      'Other order',
    ]);
    expect(new Set(store().variants.map((variant) => variant.id)).size).toBe(3);
  });

  it('renames and removes one without touching the others or the undo history', () => {
    store().keepVariant('A', DEMO_DRAFT);
    store().keepVariant('B', DEMO_DRAFT);
    const [first, second] = store().variants;
    store().renameVariant(second?.id ?? '', 'B renamed');
    store().removeVariant(first?.id ?? '');
    expect(store().variants.map((variant) => variant.name)).toEqual(['B renamed']);
    expect(store().past).toHaveLength(0);
    expect(store().draft).toBe(DEMO_DRAFT);
  });

  it('keeps a snapshot: later edits of the draft do not change it', () => {
    store().keepVariant('Before', store().draft);
    store().removePackage(0);
    expect(store().variants[0]?.draft.packages).toHaveLength(DEMO_DRAFT.packages.length);
  });

  it('opens a state saved by version 1 with its draft, no variants and the default cases', async () => {
    saveNow(); // as at a page's start: nothing of this page waits to be written
    memory.set(
      'ocr-billing-simulator',
      JSON.stringify({ version: 1, state: { draft: { ...DEMO_DRAFT, name: 'Saved by v1' } } }),
    );
    await useScenarioStore.persist.rehydrate();
    expect(store().draft.name).toBe('Saved by v1');
    expect(store().variants).toEqual([]);
    expect(store().uncertainty).toEqual({ lowPercent: '-20', highPercent: '30' });
  });

  it('persists the variants and the low and high cases', () => {
    store().keepVariant('Kept', DEMO_DRAFT);
    store().setUncertainty({ lowPercent: '-10' });
    const saved = JSON.parse(savedJson());
    expect(saved.state.variants).toEqual([{ id: 'variant-1', name: 'Kept', draft: DEMO_DRAFT }]);
    expect(saved.state.uncertainty).toEqual({ lowPercent: '-10', highPercent: '30' });
  });
});

describe('a shared scenario', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      draft: DEMO_DRAFT,
      savedDraft: null,
      past: [],
      future: [],
      lastEdit: null,
    });
  });

  const shared = { ...DEMO_DRAFT, name: 'From a link' };

  it('opens without overwriting the saved scenario', () => {
    store().updatePackage(1, { price: '4321' }, 'price');
    const saved = store().draft;
    store().openShared(shared);
    expect(store().draft.name).toBe('From a link');
    store().updatePackage(0, { price: '1' }, 'price');
    expect(JSON.parse(savedJson()).state.draft).toEqual(saved);
  });

  it('goes back to the saved scenario on request', () => {
    const saved = store().draft;
    store().openShared(shared);
    store().closeShared();
    expect(store().draft).toBe(saved);
    expect(store().savedDraft).toBeNull();
  });

  it('replaces the saved scenario only when kept', () => {
    store().openShared(shared);
    store().keepShared();
    store().updatePackage(0, { price: '2' }, 'price');
    expect(JSON.parse(savedJson()).state.draft.name).toBe('From a link');
  });
});
