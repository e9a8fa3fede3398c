import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COLOUR_SLOTS } from './colour-slots';

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
const { checkDraft, draftFromScenario } = await import('./draft');
const { packageColours, packageColoursFromKey, packageColoursKey, newPackageColour } = await import(
  './package-colours'
);
type PackageDraft = import('./draft').PackageDraft;
type ScenarioDraft = import('./draft').ScenarioDraft;

const store = () => useScenarioStore.getState();
const colours = (draft: ScenarioDraft = store().draft) =>
  new Map(draft.packages.map((pkg) => [pkg.id, pkg.colour]));
const { colour: _colour, id: _id, ...template } = DEMO_DRAFT.packages[1] as PackageDraft;

function reset(draft: ScenarioDraft = DEMO_DRAFT): void {
  useScenarioStore.setState({
    draft,
    savedDraft: null,
    past: [],
    future: [],
    lastEdit: null,
    variants: [],
  });
}

/** Every package of `before` that `after` still holds has the same colour there. */
function expectColoursKept(before: ScenarioDraft, after: ScenarioDraft): void {
  const was = colours(before);
  for (const pkg of after.packages)
    if (was.has(pkg.id)) expect(pkg.colour, pkg.id).toBe(was.get(pkg.id));
}

const scenarioOf = (draft: ScenarioDraft) => {
  const check = checkDraft(draft);
  if (!check.parsed.ok) throw new Error(check.parsed.errors.join('\n'));
  return check.parsed.scenario;
};

describe('a package’s colour', () => {
  beforeEach(() => reset());

  it('starts the demo in the first four slots, one each', () => {
    expect(DEMO_DRAFT.packages.map((pkg) => pkg.colour)).toEqual([0, 1, 2, 3]);
  });

  it('goes to a new package in the lowest slot no other package uses', () => {
    store().removePackage(1);
    store().addPackage(template);
    expect(store().draft.packages.at(-1)?.colour).toBe(1);
    store().duplicatePackage(0);
    expect(store().draft.packages[1]?.colour).toBe(4);
    store().renewPackage(0);
    expect(store().draft.packages[1]?.colour).toBe(5);
    expect(new Set(colours().values()).size).toBe(store().draft.packages.length);
  });

  it('goes to the least-used slot, lowest first, once every slot is used', () => {
    for (let count = DEMO_DRAFT.packages.length; count < COLOUR_SLOTS + 2; count++)
      store().addPackage(template);
    expect(store().draft.packages.map((pkg) => pkg.colour)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
    store().removePackage(2);
    store().addPackage(template);
    expect(store().draft.packages.at(-1)?.colour).toBe(2);
  });

  it('stays when other packages are removed or reordered', () => {
    const before = store().draft;
    store().removePackage(0);
    expectColoursKept(before, store().draft);
    const reordered = { ...store().draft, packages: [...store().draft.packages].reverse() };
    store().replaceDraft(reordered);
    expect(store().draft.packages.map((pkg) => pkg.id)).toEqual(
      reordered.packages.map((pkg) => pkg.id),
    );
    expectColoursKept(before, store().draft);
  });

  it('stays, by id, in a draft that replaces the current one; new packages take free slots', () => {
    const current = {
      ...DEMO_DRAFT,
      packages: DEMO_DRAFT.packages.map((pkg, index) => ({ ...pkg, colour: [6, 2, 0, 4][index] })),
    } as ScenarioDraft;
    reset(current);
    // A kept variant or an import: the same ids in another order with other slots, and one new.
    const incoming: ScenarioDraft = {
      ...DEMO_DRAFT,
      packages: [{ ...template, id: 'new', colour: 0 }, ...[...DEMO_DRAFT.packages].reverse()],
    };
    store().replaceDraft(incoming);
    expect(store().draft.packages.map((pkg) => [pkg.id, pkg.colour])).toEqual([
      ['new', 1],
      ['table-100k', 4],
      ['text-promo', 0],
      ['text-1m', 2],
      ['passport-owned', 6],
    ]);
    reset(current);
    store().openShared(incoming);
    expectColoursKept(current, store().draft);
    store().closeShared();
    expect(store().draft).toBe(current);
  });

  it('stays, by id, in a draft built from a scenario', () => {
    const current = DEMO_DRAFT.packages.map((pkg, index) => ({
      ...pkg,
      colour: [3, 1, 7, 5][index],
    }));
    const scenario = scenarioOf({
      ...DEMO_DRAFT,
      packages: [
        { ...template, id: 'fresh', colour: 0 },
        DEMO_DRAFT.packages[2] as PackageDraft,
        DEMO_DRAFT.packages[0] as PackageDraft,
      ],
    });
    const draft = draftFromScenario(scenario, 'international', current);
    expect(draft.packages.map((pkg) => [pkg.id, pkg.colour])).toEqual([
      ['fresh', 0],
      ['text-promo', 7],
      ['passport-owned', 3],
    ]);
    // Without packages to keep, slots go in list order.
    expect(draftFromScenario(scenario, 'international').packages.map((pkg) => pkg.colour)).toEqual([
      0, 1, 2,
    ]);
  });

  it('never changes for another package, and is never shared while a slot is free', () => {
    type Action =
      | { readonly kind: 'add' }
      | { readonly kind: 'duplicate' | 'renew' | 'remove'; readonly at: number }
      | { readonly kind: 'reorder'; readonly order: readonly number[] };
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.constant({ kind: 'add' } as const),
      fc.record({ kind: fc.constantFrom('duplicate', 'renew', 'remove'), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('reorder'), order: fc.array(fc.nat(1000), { maxLength: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        reset();
        for (const step of actions) {
          const before = store().draft;
          const count = before.packages.length;
          const slotFree = new Set(before.packages.map((pkg) => pkg.colour)).size < COLOUR_SLOTS;
          switch (step.kind) {
            case 'add':
              store().addPackage(template);
              break;
            case 'duplicate':
              if (count > 0) store().duplicatePackage(step.at % count);
              break;
            case 'renew':
              if (count > 0) store().renewPackage(step.at % count);
              break;
            case 'remove':
              if (count > 0) store().removePackage(step.at % count);
              break;
            case 'reorder': {
              const keyed = before.packages.map((pkg, index) => ({
                pkg,
                key: step.order[index] ?? index,
              }));
              keyed.sort((a, b) => a.key - b.key);
              store().replaceDraft({ ...before, packages: keyed.map(({ pkg }) => pkg) });
              break;
            }
          }
          const after = store().draft;
          expectColoursKept(before, after);
          const old = new Set(before.packages.map((pkg) => pkg.id));
          const added = after.packages.filter((pkg) => !old.has(pkg.id));
          for (const pkg of added) {
            expect(pkg.colour).toBe(newPackageColour(before.packages));
            if (slotFree)
              expect(before.packages.map((other) => other.colour)).not.toContain(pkg.colour);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every package in a colour of its own while there are no more packages than slots', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(-1), fc.nat(20)), { maxLength: 40 }), (steps) => {
        reset();
        for (const step of steps) {
          const count = store().draft.packages.length;
          if (step < 0 || count === 0) {
            if (count < COLOUR_SLOTS) store().addPackage(template);
          } else if (step % 2 === 0) store().removePackage(step % count);
          else if (count < COLOUR_SLOTS) store().duplicatePackage(step % count);
          const slots = store().draft.packages.map((pkg) => pkg.colour);
          expect(new Set(slots).size).toBe(slots.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('packageColours', () => {
  it('looks a package’s slot up by id, the same lookup for the same list', () => {
    const colourOf = packageColours(DEMO_DRAFT.packages);
    expect(colourOf('text-promo')).toBe(2);
    expect(colourOf('no-such-package')).toBe(4);
    expect(packageColours(DEMO_DRAFT.packages)).toBe(colourOf);
  });

  it('has a key that changes with the ids and slots only, and gives the same lookup back', () => {
    const key = packageColoursKey(DEMO_DRAFT.packages);
    const priced = DEMO_DRAFT.packages.map((pkg) => ({ ...pkg, price: '1' }));
    expect(packageColoursKey(priced)).toBe(key);
    const recoloured = DEMO_DRAFT.packages.map((pkg, index) => ({ ...pkg, colour: 7 - index }));
    expect(packageColoursKey(recoloured)).not.toBe(key);
    const colourOf = packageColoursFromKey(key);
    for (const pkg of DEMO_DRAFT.packages) expect(colourOf(pkg.id)).toBe(pkg.colour);
  });
});
