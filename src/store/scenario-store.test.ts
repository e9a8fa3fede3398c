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

const { useScenarioStore, saveNow, keepThisTabsVersion, loadOtherTabsVersion } = await import(
  './scenario-store'
);
const { useTabSync } = await import('./save-status');
const { readBackups } = await import('./backups');
/** What localStorage holds once the pending write is made. */
const savedJson = () => {
  saveNow();
  return memory.get('ocr-billing-simulator') ?? '{}';
};
/** The open estimate as localStorage holds it. */
const savedOpen = () => {
  const saved = JSON.parse(savedJson());
  return saved.state.estimates.find(
    (estimate: { id: string }) => estimate.id === saved.state.currentId,
  );
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

  it('renews a package on the day it is given (the day it runs out, or its 80 % alert)', () => {
    store().renewPackage(1, '2027-09-14');
    expect(store().draft.packages[2]).toMatchObject({
      label: 'General Text 1M (renewal)',
      createdOn: '2027-09-14',
      activatesOn: '',
    });
  });

  it('saves the draft, the kept variants and the low and high cases to localStorage', () => {
    store().updatePackage(1, { price: '5000' }, 'price');
    const saved = JSON.parse(savedJson());
    expect(saved.version).toBe(6);
    expect(Object.keys(saved.state)).toEqual(['estimates', 'currentId']);
    expect(Object.keys(savedOpen())).toEqual([
      'id',
      'draft',
      'variants',
      'uncertainty',
      'savedAt',
      'revision',
    ]);
    expect(savedOpen().draft.packages[1].price).toBe('5000');
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
    expect(savedOpen().variants).toEqual([{ id: 'variant-1', name: 'Kept', draft: DEMO_DRAFT }]);
    expect(savedOpen().uncertainty).toEqual({ lowPercent: '-10', highPercent: '30' });
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
    expect(savedOpen().draft).toEqual(saved);
  });

  it('goes back to the saved scenario on request', () => {
    const saved = store().draft;
    store().openShared(shared);
    store().closeShared();
    expect(store().draft).toBe(saved);
    expect(store().savedDraft).toBeNull();
  });

  it('keeps it as an estimate of its own, the open one left as it was', () => {
    const saved = store().draft;
    const before = store().estimates.length;
    store().openShared(shared);
    store().keepShared();
    store().updatePackage(0, { price: '2' }, 'price');
    expect(savedOpen().draft.name).toBe('From a link');
    expect(store().estimates).toHaveLength(before + 1);
    expect(store().estimates.find((estimate) => estimate.draft === saved)).toBeDefined();
  });
});

describe('estimates', () => {
  beforeEach(() => {
    useScenarioStore.setState({
      estimates: [
        {
          id: 'estimate-1',
          draft: DEMO_DRAFT,
          variants: [],
          uncertainty: { lowPercent: '-20', highPercent: '30' },
          savedAt: 0,
        },
      ],
      currentId: 'estimate-1',
      draft: DEMO_DRAFT,
      variants: [],
      savedDraft: null,
      lastDeleted: null,
      past: [],
      future: [],
      lastEdit: null,
    });
  });
  const names = () => store().estimates.map((estimate) => estimate.draft.name);
  const blank = { ...DEMO_DRAFT, name: '', streams: [], packages: [] };

  it('opens a new one without touching the one open before, and remembers both', () => {
    store().updatePackage(1, { price: '4321' }, 'price');
    store().newEstimate(blank);
    expect(store().draft).toBe(blank);
    expect(store().past).toEqual([]);
    const added = store().currentId;
    expect(added).not.toBe('estimate-1');
    expect(store().estimates[0]?.draft.packages[1]?.price).toBe('4321');
    const saved = JSON.parse(savedJson());
    expect(saved.state.currentId).toBe(added);
    expect(saved.state.estimates).toHaveLength(2);
  });

  it('opens another as it was left, with its own variants and cases', () => {
    store().keepVariant('Mine', DEMO_DRAFT);
    store().newEstimate(blank);
    expect(store().variants).toEqual([]);
    store().openEstimate('estimate-1');
    expect(store().draft).toBe(DEMO_DRAFT);
    expect(store().variants.map((variant) => variant.name)).toEqual(['Mine']);
  });

  it('duplicates one under a new name, right after it, and opens the copy', () => {
    store().newEstimate({ ...blank, name: 'Other' });
    store().duplicateEstimate('estimate-1', 'Demo (copy)');
    expect(names()).toEqual([DEMO_DRAFT.name, 'Demo (copy)', 'Other']);
    expect(store().draft.name).toBe('Demo (copy)');
    expect(store().draft.packages).toEqual(DEMO_DRAFT.packages);
  });

  it('renames the open one as an undoable edit, and another in place', () => {
    store().newEstimate({ ...blank, name: 'Other' });
    store().renameEstimate(store().currentId, 'Renamed');
    expect(store().draft.name).toBe('Renamed');
    store().undo();
    expect(store().draft.name).toBe('Other');
    store().renameEstimate('estimate-1', 'First');
    expect(names()).toEqual(['First', 'Other']);
  });

  it('deletes one, opens its neighbour when it was open, and undoes the deletion', () => {
    store().newEstimate({ ...blank, name: 'Other' });
    savedJson();
    store().deleteEstimate(store().currentId);
    expect(names()).toEqual([DEMO_DRAFT.name]);
    expect(store().currentId).toBe('estimate-1');
    expect(savedJson()).not.toContain('"Other"');
    store().undoDelete();
    expect(names()).toEqual([DEMO_DRAFT.name, 'Other']);
    expect(store().draft.name).toBe('Other');
    // Saved again: an undone deletion is this tab's own change, not another tab's.
    expect(savedJson()).toContain('"Other"');
  });

  it('saves again an estimate whose deletion was undone while another was open', () => {
    store().newEstimate({ ...blank, name: 'Not open' });
    const id = store().currentId;
    store().openEstimate('estimate-1');
    savedJson();
    store().deleteEstimate(id);
    expect(savedJson()).not.toContain('"Not open"');
    store().undoDelete();
    expect(savedJson()).toContain('"Not open"');
    expect(names()).toEqual([DEMO_DRAFT.name, 'Not open']);
  });

  it('never deletes the only estimate', () => {
    store().deleteEstimate('estimate-1');
    expect(names()).toEqual([DEMO_DRAFT.name]);
  });

  it('carries a state saved by version 3 into the list, open', async () => {
    saveNow();
    memory.set(
      'ocr-billing-simulator',
      JSON.stringify({ version: 3, state: { draft: { ...DEMO_DRAFT, name: 'Saved by v3' } } }),
    );
    await useScenarioStore.persist.rehydrate();
    expect(names()).toEqual(['Saved by v3']);
    expect(store().draft.name).toBe('Saved by v3');
  });
});

describe('a tab showing a share link (issue 14)', () => {
  it('writes no saved work until the user keeps the scenario', () => {
    useScenarioStore.setState({ draft: DEMO_DRAFT, savedDraft: null, past: [], future: [] });
    const before = savedJson();
    // Another tab saves newer work meanwhile.
    const newer = JSON.parse(before);
    newer.state.estimates[0].draft = { ...newer.state.estimates[0].draft, name: 'Other tab' };
    memory.set('ocr-billing-simulator', JSON.stringify(newer));
    store().openShared({ ...DEMO_DRAFT, name: 'From a link' });
    store().updatePackage(0, { price: '7' }, 'price');
    store().renameVariant('none', 'x');
    expect(JSON.parse(savedJson()).state.estimates[0].draft.name).toBe('Other tab');
    store().closeShared();
  });
});

describe('two tabs saving the same estimate (issue 14)', () => {
  const backups = () =>
    readBackups({ getItem: (key: string) => memory.get(key) ?? null }).slots.map(
      (slot) => slot.reason,
    );

  /** Saves, in storage, what another tab would: the open estimate renamed, one revision on. */
  function otherTabSaves(name: string) {
    const saved = JSON.parse(savedJson());
    const open = saved.state.estimates.find(
      (estimate: { id: string }) => estimate.id === saved.state.currentId,
    );
    open.draft = { ...open.draft, name };
    open.revision += 1;
    memory.set('ocr-billing-simulator', JSON.stringify(saved));
    return open.revision as number;
  }

  beforeEach(() => {
    useScenarioStore.setState({ draft: DEMO_DRAFT, savedDraft: null, past: [], future: [] });
    savedJson();
    useTabSync.setState({ conflicts: [], later: false, changedElsewhere: null });
  });

  it('asks instead of writing over a newer revision, and keeps theirs as a copy when told to save mine', () => {
    const theirs = otherTabSaves('From the other tab');
    store().edit((draft) => ({ ...draft, name: 'From this tab' }));
    expect(savedOpen().draft.name).toBe('From the other tab');
    const [conflict] = useTabSync.getState().conflicts;
    expect(conflict?.theirs.draft.name).toBe('From the other tab');
    expect(conflict?.mine.draft.name).toBe('From this tab');

    keepThisTabsVersion(conflict as NonNullable<typeof conflict>);
    expect(savedOpen().draft.name).toBe('From this tab');
    expect(savedOpen().revision).toBe(theirs + 1);
    expect(useTabSync.getState().conflicts).toEqual([]);
    expect(backups().at(-1)).toBe('otherTabReplaced');
  });

  it('loads the other tab’s version, keeping this tab’s changes as a copy', () => {
    otherTabSaves('Theirs');
    store().edit((draft) => ({ ...draft, name: 'Mine, typed here' }));
    savedJson();
    const [conflict] = useTabSync.getState().conflicts;
    loadOtherTabsVersion((conflict as NonNullable<typeof conflict>).theirs);
    expect(store().draft.name).toBe('Theirs');
    expect(savedOpen().draft.name).toBe('Theirs');
    expect(backups().at(-1)).toBe('thisTabReplaced');
    const copies = readBackups({ getItem: (key: string) => memory.get(key) ?? null }).slots;
    expect(copies.at(-1)?.text).toContain('Mine, typed here');
  });

  it('tells of the open estimate changed in another tab without swapping it under the user', () => {
    otherTabSaves('Changed over there');
    // Another estimate's change makes this tab write, and so read what storage holds.
    store().renameEstimate('no such estimate', 'x');
    useScenarioStore.setState({ usageMapping: { columns: {}, apiNames: {}, regionNames: {} } });
    savedJson();
    expect(store().draft.name).toBe(DEMO_DRAFT.name);
    expect(useTabSync.getState().changedElsewhere?.draft.name).toBe('Changed over there');
    expect(useTabSync.getState().conflicts).toEqual([]);
    expect(savedOpen().draft.name).toBe('Changed over there');
  });
});
