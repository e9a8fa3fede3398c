import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLOUR_SLOTS,
  freeColourSlot,
  freeColourSlots,
  isColourSlot,
  keepColourSlots,
  wrapSlot,
} from './colour-slots';

const all = Array.from({ length: COLOUR_SLOTS }, (_, slot) => slot);

describe('freeColourSlot', () => {
  it.each([
    [[], 0],
    [[0], 1],
    [[1, 2], 0],
    [[0, 1, 3], 2],
    [[5, 0, 2, 1], 3],
  ])('beside %j takes %i, the lowest no one holds', (taken, expected) => {
    expect(freeColourSlot(taken)).toBe(expected);
  });

  it('takes the least-held slot, the lowest of those, once every slot is held', () => {
    expect(freeColourSlot(all)).toBe(0);
    expect(freeColourSlot([...all, 0])).toBe(1);
    expect(freeColourSlot([...all, 0, 1, 3])).toBe(2);
    expect(freeColourSlot([...all, ...all.slice(1)])).toBe(0);
  });

  it('reads a slot past the palette round it', () => {
    expect(freeColourSlot([COLOUR_SLOTS])).toBe(1);
    expect(wrapSlot(COLOUR_SLOTS + 2)).toBe(2);
    expect(wrapSlot(-1)).toBe(COLOUR_SLOTS - 1);
  });

  it('hands out every slot once before any twice', () => {
    expect(freeColourSlots([], COLOUR_SLOTS + 3)).toEqual([...all, 0, 1, 2]);
    expect(freeColourSlots([2], 3)).toEqual([0, 1, 3]);
  });
});

describe('isColourSlot', () => {
  it.each([
    [0, true],
    [7, true],
    [12, true],
    [-1, false],
    [1.5, false],
    ['1', false],
    [undefined, false],
  ])('%j is a slot: %s', (value, expected) => {
    expect(isColourSlot(value)).toBe(expected);
  });
});

describe('keepColourSlots', () => {
  const item = (id: string, colour?: number) => (colour === undefined ? { id } : { id, colour });

  it('keeps the slot of every item whose id the previous list holds', () => {
    const previous = [item('a', 3), item('b', 0), item('c', 5)];
    const next = keepColourSlots([item('c'), item('new'), item('a')], previous);
    expect(next).toEqual([item('c', 5), item('new', 0), item('a', 3)]);
  });

  it('gives the others free slots in list order, keeping their own when it is free', () => {
    const previous = [item('a', 0)];
    expect(keepColourSlots([item('x', 0), item('a'), item('y', 4), item('z')], previous)).toEqual([
      item('x', 1),
      item('a', 0),
      item('y', 4),
      item('z', 2),
    ]);
  });

  it('hands out slots in list order for a list without slots', () => {
    const items = Array.from({ length: COLOUR_SLOTS + 1 }, (_, index) => item(`p${index}`));
    expect(keepColourSlots(items, []).map((one) => one.colour)).toEqual([...all, 0]);
  });

  it('returns the list itself, and each unchanged item, when no slot changes', () => {
    const items = [item('a', 2), item('b', 1)];
    expect(keepColourSlots(items, [item('a', 2)])).toBe(items);
    const next = keepColourSlots([items[0] as { id: string }, item('c')], items);
    expect(next[0]).toBe(items[0]);
  });

  it('never gives two items one slot while a slot is free', () => {
    // A previous list of at most COLOUR_SLOTS items, each in a slot of its own, as the rules
    // leave it; the new list shares some of its ids and brings slots of its own or none.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 2 }), { maxLength: COLOUR_SLOTS }),
        fc.uniqueArray(fc.string({ maxLength: 2 }), { maxLength: COLOUR_SLOTS }),
        fc.shuffledSubarray(all),
        fc.array(fc.option(fc.nat(20), { nil: undefined }), { maxLength: COLOUR_SLOTS }),
        (ids, previousIds, previousSlots, own) => {
          const items = ids.map((id, index) => item(id, own[index]));
          const before = previousIds.flatMap((id, index) =>
            previousSlots[index] === undefined ? [] : [item(id, previousSlots[index])],
          );
          const slots = keepColourSlots(items, before).map((one) => one.colour);
          expect(new Set(slots).size).toBe(slots.length);
        },
      ),
    );
  });
});
