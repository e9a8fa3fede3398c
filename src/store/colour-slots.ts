/*
 * Colour slots: a series that keeps its colour whatever else is added, removed or reordered
 * holds a slot, an index into the chart palette (`chart-look.ts`), chosen once when it is made.
 * Nothing here knows what a series stands for.
 */

/** How many colours the series palette has: a slot is a whole number below this. */
export const COLOUR_SLOTS = 8;

/**
 * The slot for a new series beside series that hold `taken`: the lowest slot no one holds;
 * when every slot is held, the one held the fewest times, the lowest of those. O(taken).
 */
export function freeColourSlot(taken: Iterable<number>): number {
  const uses = new Array<number>(COLOUR_SLOTS).fill(0);
  for (const slot of taken) {
    const index = wrapSlot(slot);
    uses[index] = (uses[index] ?? 0) + 1;
  }
  let best = 0;
  for (let slot = 1; slot < COLOUR_SLOTS; slot++)
    if ((uses[slot] ?? 0) < (uses[best] ?? 0)) best = slot;
  return best;
}

/** Slots for `count` new series, each chosen as `freeColourSlot` beside the others and `taken`. */
export function freeColourSlots(taken: Iterable<number>, count: number): number[] {
  const held = [...taken];
  const chosen: number[] = [];
  for (let index = 0; index < count; index++) {
    const slot = freeColourSlot(held);
    held.push(slot);
    chosen.push(slot);
  }
  return chosen;
}

/** A stored slot as a palette index: any whole number is read modulo the palette's size. */
export function wrapSlot(slot: number): number {
  const whole = Number.isInteger(slot) ? slot : 0;
  return ((whole % COLOUR_SLOTS) + COLOUR_SLOTS) % COLOUR_SLOTS;
}

/** True when `value` can be a stored slot: a whole number, not negative. */
export function isColourSlot(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A series with an identity and, once it has one, a colour slot. */
export type Slotted = { readonly id: string; readonly colour?: number };

/**
 * Slots for a new list of series that replaces `previous`: a series whose id `previous` holds
 * keeps that slot; each of the others keeps a slot of its own when no series before it holds
 * it, and takes a free one (`freeColourSlot`) otherwise, in list order. Items whose slot does
 * not change are returned as they are, and the list itself when none changes. O(items).
 */
export function keepColourSlots<T extends Slotted>(
  items: readonly T[],
  previous: readonly Slotted[],
): readonly (T & { readonly colour: number })[] {
  const before = new Map<string, number>();
  for (const item of previous)
    if (isColourSlot(item.colour)) before.set(item.id, wrapSlot(item.colour));
  const slots: (number | undefined)[] = items.map((item) => before.get(item.id));
  const held = slots.filter((slot): slot is number => slot !== undefined);
  const heldSet = new Set(held);
  items.forEach((item, index) => {
    if (slots[index] !== undefined) return;
    const own = isColourSlot(item.colour) ? wrapSlot(item.colour) : undefined;
    const slot = own !== undefined && !heldSet.has(own) ? own : freeColourSlot(held);
    slots[index] = slot;
    held.push(slot);
    heldSet.add(slot);
  });
  let changed = false;
  const result = items.map((item, index) => {
    const slot = slots[index] as number;
    if (item.colour === slot) return item as T & { readonly colour: number };
    changed = true;
    return { ...item, colour: slot };
  });
  return changed ? result : (items as readonly (T & { readonly colour: number })[]);
}
