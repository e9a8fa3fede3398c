import type { SavedEstimate, StoredState } from './persisted';

/*
 * Two tabs, one saved list (issue 14): each saved estimate carries a revision, one more each
 * time a tab saves a change to it. A tab remembers, for each estimate, the revision it last read
 * or wrote and what the estimate held then (`Synced`); an estimate differing from that is
 * changed here. Before each write the tab merges with what storage holds now:
 * - changed here only: written, at one revision more;
 * - changed in another tab only: taken in (the list shows it), except the open estimate, whose
 *   live draft is never swapped under the user: they are told, and choose;
 * - changed in both: not written; the user is asked which to keep (nothing typed is lost
 *   either way);
 * - added in another tab: taken in; deleted here and unchanged there: left deleted; deleted
 *   here but changed there since, or deleted there but changed here: kept.
 */

export type Synced = ReadonlyMap<string, { readonly revision: number; readonly content: string }>;

/** An estimate's content, without its revision: what "changed" compares. */
export function contentOf(estimate: SavedEstimate): string {
  const { id, draft, variants, uncertainty, savedAt } = estimate;
  return JSON.stringify([id, draft, variants, uncertainty, savedAt]);
}

/** What a tab knows after reading (or writing) these estimates. */
export function syncedFrom(estimates: readonly SavedEstimate[]): Synced {
  return new Map(
    estimates.map((estimate) => [
      estimate.id,
      { revision: estimate.revision ?? 0, content: contentOf(estimate) },
    ]),
  );
}

/** One estimate changed in this tab and, since this tab read it, in another. */
export type Conflict = { readonly mine: SavedEstimate; readonly theirs: SavedEstimate };

export type Merge = {
  /** What storage is to hold: every estimate at its revision. */
  readonly stored: StoredState;
  /** This tab's list after taking in other tabs' changes (the open estimate's entry as it was). */
  readonly estimates: readonly SavedEstimate[];
  /** What this tab knows once `stored` is written. */
  readonly synced: Synced;
  /** Changed here and in another tab: not written, asked about. */
  readonly conflicts: readonly Conflict[];
  /** The open estimate, changed in another tab only: their version, not yet shown here. */
  readonly openChangedElsewhere: SavedEstimate | null;
};

/** Merges this tab's estimates with what storage holds now (null: nothing readable). */
export function mergeWithStored(
  mine: StoredState,
  stored: StoredState | null,
  synced: Synced,
): Merge {
  const theirs = new Map((stored?.estimates ?? []).map((estimate) => [estimate.id, estimate]));
  const toStore: SavedEstimate[] = [];
  const list: SavedEstimate[] = [];
  const nextSynced = new Map(synced);
  const conflicts: Conflict[] = [];
  let openChangedElsewhere: SavedEstimate | null = null;
  const known = (estimate: SavedEstimate) => {
    nextSynced.set(estimate.id, {
      revision: estimate.revision ?? 0,
      content: contentOf(estimate),
    });
  };

  for (const estimate of mine.estimates) {
    const read = synced.get(estimate.id);
    const content = contentOf(estimate);
    const changedHere = read === undefined || read.content !== content;
    const other = theirs.get(estimate.id);
    const baseRevision = read?.revision ?? 0;
    const open = estimate.id === mine.currentId;
    if (other === undefined) {
      // Deleted in another tab: kept when changed here or open here. Never saved (revision 0,
      // as the demo a first visit opens): written.
      if (read !== undefined && read.revision > 0 && !changedHere && !open) {
        nextSynced.delete(estimate.id);
        continue;
      }
      const written = {
        ...estimate,
        revision: Math.max(baseRevision, estimate.revision ?? 0) + 1,
      };
      toStore.push(written);
      list.push(estimate);
      known(written);
      continue;
    }
    const otherRevision = other.revision ?? 0;
    const otherContent = contentOf(other);
    if (otherContent === content) {
      // The same either way: nothing to write, nothing to ask.
      toStore.push(other);
      list.push(estimate);
      known(other);
    } else if (otherRevision > baseRevision || read === undefined) {
      // Changed in another tab since this tab read it (or made there under the same id).
      toStore.push(other);
      if (changedHere) {
        conflicts.push({ mine: estimate, theirs: other });
        list.push(estimate);
      } else if (open) {
        openChangedElsewhere = other;
        list.push(estimate);
      } else {
        list.push(other);
        known(other);
      }
    } else if (changedHere) {
      const written = { ...estimate, revision: Math.max(otherRevision, baseRevision) + 1 };
      toStore.push(written);
      list.push(estimate);
      known(written);
    } else {
      // Unchanged on both sides (storage holds what this tab read).
      toStore.push(other);
      list.push(estimate);
    }
  }

  const mineIds = new Set(mine.estimates.map((estimate) => estimate.id));
  for (const other of stored?.estimates ?? []) {
    if (mineIds.has(other.id)) continue;
    const read = synced.get(other.id);
    // Deleted here, and unchanged there since: stays deleted, and unknown here from now on (an
    // undone deletion brings it back as this tab's own).
    if (read !== undefined && (other.revision ?? 0) <= read.revision) {
      nextSynced.delete(other.id);
      continue;
    }
    // Added in another tab, or changed there after this tab deleted it: taken in.
    toStore.push(other);
    list.push(other);
    known(other);
  }

  return {
    stored: {
      estimates: toStore,
      currentId: mine.currentId,
      ...(mine.usageMapping === undefined ? {} : { usageMapping: mine.usageMapping }),
    },
    estimates: list,
    synced: nextSynced,
    conflicts,
    openChangedElsewhere,
  };
}
