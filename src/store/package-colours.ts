import { freeColourSlot, keepColourSlots } from './colour-slots';
import type { PackageDraft, ScenarioDraft } from './draft';

/*
 * A package's colour is a slot of the chart palette stored with it (`PackageDraft.colour`),
 * so it stays the same when other packages are added, removed or reordered:
 * - a new package (added, duplicated, renewed) takes the lowest slot no other package of the
 *   draft uses; when every slot is used, the least-used one, lowest first;
 * - removing or reordering packages changes no other package's slot;
 * - a draft that replaces the current one (an import, a shared link, a kept variant opened,
 *   the advisor's plan applied) keeps the slot of every package whose id the current draft
 *   holds, and gives the others free slots.
 * Charts read the slots through `packageColours`, derived from the draft, never stored apart.
 */

/** The colour slot of a package by its id. */
export type ColourOf = (packageId: string) => number;

/** The slot for a package added to `packages`. */
export function newPackageColour(packages: readonly Pick<PackageDraft, 'colour'>[]): number {
  return freeColourSlot(packages.map((pkg) => pkg.colour));
}

/** `next` with the colours of `current`'s packages kept by id; `next` itself when none changes. */
export function keepPackageColours(next: ScenarioDraft, current: ScenarioDraft): ScenarioDraft {
  const packages = keepColourSlots(next.packages, current.packages);
  return packages === next.packages ? next : { ...next, packages };
}

/** What a colour lookup needs of a package. */
type Coloured = Pick<PackageDraft, 'id' | 'colour'>;

const colourLookups = new WeakMap<readonly Coloured[], ColourOf>();

/**
 * The colour slot of each of `packages` by id, made once per list (a draft keeps its list
 * while other parts of it are edited). An id the list does not hold gets the least-used slot.
 */
export function packageColours(packages: readonly Coloured[]): ColourOf {
  let lookup = colourLookups.get(packages);
  if (!lookup) {
    const slots = new Map(packages.map((pkg) => [pkg.id, pkg.colour]));
    const spare = newPackageColour(packages);
    lookup = (packageId) => slots.get(packageId) ?? spare;
    colourLookups.set(packages, lookup);
  }
  return lookup;
}

const colourKeys = new WeakMap<readonly Coloured[], string>();

/**
 * The packages' ids and slots as one text, made once per list: equal texts, equal colours. A
 * chart that selects it redraws when a colour changes, not when a price is typed.
 */
export function packageColoursKey(packages: readonly Coloured[]): string {
  let key = colourKeys.get(packages);
  if (key === undefined) {
    key = JSON.stringify(packages.map((pkg) => [pkg.id, pkg.colour]));
    colourKeys.set(packages, key);
  }
  return key;
}

/** The lookup `packageColours` makes, from the text `packageColoursKey` makes. */
export function packageColoursFromKey(key: string): ColourOf {
  const pairs = JSON.parse(key) as [string, number][];
  return packageColours(pairs.map(([id, colour]) => ({ id, colour })));
}
