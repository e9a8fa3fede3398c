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

const { useScenarioStore } = await import('./scenario-store');
const { DEMO_DRAFT } = await import('./demo');

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

  it('saves the draft, and only the draft, to localStorage', () => {
    store().updatePackage(1, { price: '5000' }, 'price');
    const saved = JSON.parse(memory.get('ocr-billing-simulator') ?? '{}');
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.state)).toEqual(['draft']);
    expect(saved.state.draft.packages[1].price).toBe('5000');
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
    expect(JSON.parse(memory.get('ocr-billing-simulator') ?? '{}').state.draft).toEqual(saved);
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
    expect(JSON.parse(memory.get('ocr-billing-simulator') ?? '{}').state.draft.name).toBe(
      'From a link',
    );
  });
});
