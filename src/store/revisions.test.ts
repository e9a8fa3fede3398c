import { describe, expect, it } from 'vitest';
import { DEFAULT_UNCERTAINTY } from './analysis';
import { DEMO_DRAFT } from './demo';
import type { SavedEstimate, StoredState } from './persisted';
import { mergeWithStored, syncedFrom } from './revisions';

const estimate = (id: string, name: string, revision: number): SavedEstimate => ({
  id,
  draft: { ...DEMO_DRAFT, name },
  variants: [],
  uncertainty: DEFAULT_UNCERTAINTY,
  savedAt: 1,
  revision,
});

const state = (currentId: string, ...estimates: SavedEstimate[]): StoredState => ({
  estimates,
  currentId,
});

const names = (estimates: readonly SavedEstimate[]) =>
  estimates.map((item) => `${item.draft.name}@${item.revision ?? 0}`);

describe('merging a tab’s estimates with what another tab saved', () => {
  const a1 = estimate('a', 'A', 1);
  const b1 = estimate('b', 'B', 1);
  const read = state('a', a1, b1);

  it('writes an estimate changed here at one revision more', () => {
    const merge = mergeWithStored(
      state('a', estimate('a', 'A, changed', 1), b1),
      read,
      syncedFrom(read.estimates),
    );
    expect(names(merge.stored.estimates)).toEqual(['A, changed@2', 'B@1']);
    expect(merge.conflicts).toEqual([]);
    expect(merge.synced.get('a')?.revision).toBe(2);
  });

  it('takes in an estimate another tab changed, when this tab did not (the list updates)', () => {
    const stored = state('a', a1, estimate('b', 'B, from the other tab', 2));
    const merge = mergeWithStored(read, stored, syncedFrom(read.estimates));
    expect(names(merge.estimates)).toEqual(['A@1', 'B, from the other tab@2']);
    expect(names(merge.stored.estimates)).toEqual(['A@1', 'B, from the other tab@2']);
    expect(merge.synced.get('b')?.revision).toBe(2);
  });

  it('never swaps the open estimate under the user: says another tab changed it', () => {
    const theirs = estimate('a', 'A, from the other tab', 2);
    const merge = mergeWithStored(read, state('a', theirs, b1), syncedFrom(read.estimates));
    expect(merge.openChangedElsewhere).toEqual(theirs);
    expect(names(merge.estimates)).toEqual(['A@1', 'B@1']);
    // Storage keeps theirs; this tab still knows revision 1, so an edit here then asks.
    expect(names(merge.stored.estimates)).toEqual(['A, from the other tab@2', 'B@1']);
    expect(merge.synced.get('a')?.revision).toBe(1);
  });

  it('never writes over a newer revision: an estimate changed in both tabs is asked about', () => {
    const mine = estimate('a', 'A, mine', 1);
    const theirs = estimate('a', 'A, theirs', 2);
    const merge = mergeWithStored(
      state('a', mine, b1),
      state('a', theirs, b1),
      syncedFrom(read.estimates),
    );
    expect(merge.conflicts).toEqual([{ mine, theirs }]);
    expect(names(merge.stored.estimates)).toEqual(['A, theirs@2', 'B@1']);
    expect(merge.synced.get('a')?.revision).toBe(1);
  });

  it('asks nothing when both tabs made the same change', () => {
    const same = estimate('a', 'Same', 2);
    const merge = mergeWithStored(
      state('a', { ...same, revision: 1 }, b1),
      state('a', same, b1),
      syncedFrom(read.estimates),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.openChangedElsewhere).toBeNull();
    expect(merge.synced.get('a')?.revision).toBe(2);
  });

  it('takes in an estimate another tab added, after this tab’s own', () => {
    const c1 = estimate('c', 'C', 1);
    const merge = mergeWithStored(read, state('a', a1, b1, c1), syncedFrom(read.estimates));
    expect(names(merge.estimates)).toEqual(['A@1', 'B@1', 'C@1']);
  });

  it('leaves deleted what this tab deleted, unless another tab changed it since', () => {
    const synced = syncedFrom(read.estimates);
    expect(names(mergeWithStored(state('a', a1), read, synced).stored.estimates)).toEqual(['A@1']);
    const changedThere = mergeWithStored(
      state('a', a1),
      state('a', a1, estimate('b', 'B, kept', 2)),
      synced,
    );
    expect(names(changedThere.estimates)).toEqual(['A@1', 'B, kept@2']);
  });

  it('drops what another tab deleted, unless it is changed or open here', () => {
    const synced = syncedFrom(read.estimates);
    expect(names(mergeWithStored(read, state('a', a1), synced).estimates)).toEqual(['A@1']);
    const changedHere = mergeWithStored(
      state('a', a1, estimate('b', 'B, mine', 1)),
      state('a', a1),
      synced,
    );
    expect(names(changedHere.stored.estimates)).toEqual(['A@1', 'B, mine@2']);
    const openHere = mergeWithStored(state('b', a1, b1), state('b', a1), synced);
    expect(names(openHere.stored.estimates)).toEqual(['A@1', 'B@2']);
  });

  it('writes everything at revision 1 over nothing readable', () => {
    const merge = mergeWithStored(state('a', estimate('a', 'A', 0)), null, new Map());
    expect(names(merge.stored.estimates)).toEqual(['A@1']);
  });

  it('gives an estimate another tab made under the same id to the user to choose', () => {
    const mine = estimate('c', 'Mine', 0);
    const theirs = estimate('c', 'Theirs', 1);
    const merge = mergeWithStored(
      state('a', a1, b1, mine),
      state('a', a1, b1, theirs),
      syncedFrom(read.estimates),
    );
    expect(merge.conflicts).toEqual([{ mine, theirs }]);
  });

  it('writes back an estimate whose deletion here was undone', () => {
    const deleted = mergeWithStored(state('a', a1), read, syncedFrom(read.estimates));
    const undone = mergeWithStored(read, deleted.stored, deleted.synced);
    expect(names(undone.stored.estimates)).toEqual(['A@1', 'B@2']);
    expect(names(undone.estimates)).toEqual(['A@1', 'B@1']);
  });

  it('writes an estimate never saved, though unchanged and no longer open (a first visit’s demo)', () => {
    const demo = estimate('a', 'Demo', 0);
    const merge = mergeWithStored(
      state('b', demo, estimate('b', 'Blank', 0)),
      null,
      syncedFrom([demo]),
    );
    expect(names(merge.stored.estimates)).toEqual(['Demo@1', 'Blank@1']);
  });
});
