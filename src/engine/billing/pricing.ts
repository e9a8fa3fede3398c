import { addMoney, type Money, multiplyMoney, ZERO_MONEY } from '../core/money';
import type { PriceEntry, PricingMode, Tier } from '../core/scenario';

/*
 * billing-rules §6, the one implementation of pay-per-use tiers. The day loop, the advisor's
 * evaluator and the break-even model all count calls per tier with the primitives below (plain
 * integers, cheap in a hot loop) and turn counts into money once, so the three cannot drift.
 */

/** A tier list ready for counting: each tier's `upTo` (inclusive; Infinity for the open last tier) and unit price. */
export type TierSchedule = {
  readonly bounds: Float64Array;
  readonly unitPrices: readonly Money[];
};

/** A price entry ready for counting: its mode and its tiers. */
export type PriceSchedule = TierSchedule & { readonly mode: PricingMode };

/** The price entry for an API in a region: a region's own entry beats the every-region one (scenario-format.md). */
export function findPriceEntry(
  entries: readonly PriceEntry[],
  api: string,
  region: string,
): PriceEntry | undefined {
  return (
    entries.find((entry) => entry.api === api && entry.region === region) ??
    entries.find((entry) => entry.api === api && entry.region === null)
  );
}

// Tier lists are never changed once parsed, so each is resolved once however often the
// break-even search prices it.
const resolved = new WeakMap<readonly Tier[], TierSchedule>();

/** billing-rules §6: a tier list (`upTo` ascending, the last `null`) as bounds and unit prices. */
export function tierSchedule(tiers: readonly Tier[]): TierSchedule {
  let schedule = resolved.get(tiers);
  if (schedule === undefined) {
    schedule = {
      bounds: Float64Array.from(tiers, (tier) => tier.upTo ?? Number.POSITIVE_INFINITY),
      unitPrices: tiers.map((tier) => tier.unitPrice),
    };
    resolved.set(tiers, schedule);
  }
  return schedule;
}

/** billing-rules §6: a price entry's mode and tiers, ready for counting. */
export function priceSchedule(price: {
  readonly mode: PricingMode;
  readonly tiers: readonly Tier[];
}): PriceSchedule {
  return { mode: price.mode, ...tierSchedule(price.tiers) };
}

/** billing-rules §6 graduated: the tier of the month's pay-per-use call number `position + 1` (`upTo` inclusive). */
export function graduatedTier(schedule: TierSchedule, position: number): number {
  const bounds = schedule.bounds;
  let tier = 0;
  while (position >= (bounds[tier] as number)) tier++;
  return tier;
}

/**
 * billing-rules §6 graduated: splits the month's pay-per-use calls numbered `position + 1`
 * through `position + count` among the tiers that hold them, and adds each tier's share to
 * `counts[tier]`; given `slots`, to `counts[slots[tier] + offset]` instead (the simulation counts
 * by price class and day, in one array).
 */
export function splitGraduated(
  schedule: TierSchedule,
  position: number,
  count: number,
  counts: Float64Array,
  slots: Int32Array | null = null,
  offset = 0,
): void {
  const bounds = schedule.bounds;
  let at = position;
  let left = count;
  for (let tier = graduatedTier(schedule, position); left > 0; tier++) {
    const inTier = Math.min(left, (bounds[tier] as number) - at);
    const index = slots === null ? tier : (slots[tier] as number) + offset;
    counts[index] = (counts[index] as number) + inTier;
    at += inTier;
    left -= inTier;
  }
}

/** billing-rules §6 volume: the tier that holds a month's pay-per-use total, whose price every call of the month costs. */
export function volumeTier(schedule: TierSchedule, monthTotal: number): number {
  const bounds = schedule.bounds;
  let tier = 0;
  while (monthTotal > (bounds[tier] as number)) tier++;
  return tier;
}

/** billing-rules §6: the money of calls counted per tier, each tier's count at its unit price. */
export function tierCountsCost(schedule: TierSchedule, counts: Float64Array): Money {
  let cost = ZERO_MONEY;
  for (let tier = 0; tier < counts.length; tier++) {
    const calls = counts[tier] as number;
    if (calls !== 0)
      cost = addMoney(cost, multiplyMoney(schedule.unitPrices[tier] as Money, calls));
  }
  return cost;
}

/**
 * The cost of the pay-per-use calls numbered `alreadyBilled + 1` through `alreadyBilled + count`
 * in a month under graduated tiers: each call costs the unit price of the tier holding its
 * number, `upTo` inclusive (billing-rules §6).
 */
export function graduatedCost(tiers: readonly Tier[], alreadyBilled: number, count: number): Money {
  const schedule = tierSchedule(tiers);
  const counts = new Float64Array(schedule.bounds.length);
  splitGraduated(schedule, alreadyBilled, count, counts);
  return tierCountsCost(schedule, counts);
}

/**
 * The month's charge under volume tiers: every pay-per-use call of the month costs the unit
 * price of the tier that holds the month's total (billing-rules §6).
 */
export function volumeCost(tiers: readonly Tier[], monthTotal: number): Money {
  if (monthTotal === 0) return ZERO_MONEY;
  const schedule = tierSchedule(tiers);
  return multiplyMoney(schedule.unitPrices[volumeTier(schedule, monthTotal)] as Money, monthTotal);
}

/** billing-rules §6: the cost of a month's pay-per-use total under either mode (the counter starts at 0 each month). */
export function monthCost(mode: PricingMode, tiers: readonly Tier[], monthTotal: number): Money {
  return mode === 'volume' ? volumeCost(tiers, monthTotal) : graduatedCost(tiers, 0, monthTotal);
}
