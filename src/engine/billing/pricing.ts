import { addMoney, type Money, multiplyMoney, ZERO_MONEY } from '../core/money';
import type { PriceEntry, PricingMode, Tier } from '../core/scenario';

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

/**
 * The cost of the pay-per-use calls numbered `alreadyBilled + 1` through `alreadyBilled + count`
 * in a month under graduated tiers: each call costs the unit price of the tier holding its
 * number, `upTo` inclusive (billing-rules §6).
 */
export function graduatedCost(tiers: readonly Tier[], alreadyBilled: number, count: number): Money {
  let cost = ZERO_MONEY;
  let position = alreadyBilled;
  let left = count;
  let lowerBound = 0;
  for (const tier of tiers) {
    if (left === 0) break;
    const upperBound = tier.upTo ?? Number.POSITIVE_INFINITY;
    if (position < upperBound) {
      const inTier = Math.min(left, upperBound - Math.max(position, lowerBound));
      cost = addMoney(cost, multiplyMoney(tier.unitPrice, inTier));
      position += inTier;
      left -= inTier;
    }
    lowerBound = upperBound;
  }
  return cost;
}

/**
 * The month's charge under volume tiers: every pay-per-use call of the month costs the unit
 * price of the tier that holds the month's total (billing-rules §6).
 */
export function volumeCost(tiers: readonly Tier[], monthTotal: number): Money {
  if (monthTotal === 0) return ZERO_MONEY;
  const tier = tiers.find(
    (candidate) => candidate.upTo === null || monthTotal <= candidate.upTo,
  ) as Tier;
  return multiplyMoney(tier.unitPrice, monthTotal);
}

/** The cost of a month's pay-per-use total under either mode. */
export function monthCost(mode: PricingMode, tiers: readonly Tier[], monthTotal: number): Money {
  return mode === 'volume' ? volumeCost(tiers, monthTotal) : graduatedCost(tiers, 0, monthTotal);
}
