import { monthCost } from '../billing/pricing';
import type { Catalog } from '../core/catalog';
import {
  addMoney,
  compareMoney,
  countRatio,
  type Money,
  multiplyMoney,
  parseMoney,
  ZERO_MONEY,
} from '../core/money';
import type { PricingMode, Tier } from '../core/scenario';

/*
 * When does one package size pay off against pay-per-use? A monthly model of billing-rules
 * §4 and §6 for the "Purchase advisor and break-even analysis" page: a constant monthly volume
 * `v`, one package of N calls at price P valid V calendar months, and the pay-per-use tiers of
 * one API (graduated or volume, counted per calendar month).
 *
 *   pay-per-use only:  V × monthCost(v)
 *   with the package:  P + Σ_{i=1..V} monthCost(v − covered_i)
 *
 * where the package covers the first N calls of the validity, spread evenly: coverage is
 * min(N, V·v) in total, and month i covers min(v, what the package still holds). Calls it covers
 * do not move the tier counter (billing-rules §6), hence monthCost(v − covered_i).
 *
 * The model is monthly: it ignores the spreading of a month over its days and the one day a
 * package stays usable after its last whole month (the advisor, which runs the exact day loop,
 * does not). Every amount is exact Money; volumes are whole numbers.
 */

/** One package size as sold: its quota, its price and how many months it stays valid. */
export type PackageOffer = {
  readonly calls: number;
  readonly price: Money;
  readonly validityMonths: number;
};

/** The pay-per-use price of one API: its tiers and how they are applied (billing-rules §6). */
export type PayPerUsePrice = {
  readonly mode: PricingMode;
  readonly tiers: readonly Tier[];
};

export type BreakEven = {
  /** The smallest constant monthly volume at which the package plan is no dearer than pay-per-use only. */
  readonly volume: number;
  /** Calls the package covers over its validity at that volume: min(N, V × volume). */
  readonly coveredCalls: number;
  /** coveredCalls / N, rounded half-up to 10 places: how much of the quota must be used for it to pay. */
  readonly utilizationNeeded: string;
  /**
   * The last volume of the paying range that starts at `volume`, or null when every volume from
   * `volume` up pays. With tiers that get cheaper, a small package stops paying at high volumes:
   * the calls it covers would otherwise have been billed at the cheapest tier.
   */
  readonly paysUpTo: number | null;
  /** At `volume`: the cost over the validity with the package, and with pay-per-use only. */
  readonly packagePlanCost: Money;
  readonly payPerUseOnlyCost: Money;
};

/** The yearly costs of one volume, for the chart "cost over a year against monthly volume". */
export type YearlyCostPoint = {
  readonly volume: number;
  readonly payPerUseOnly: Money;
  /** One entry per offer, in the order given. */
  readonly withPackage: readonly Money[];
};

const UTILIZATION_PLACES = 10;

/**
 * Cost of `months` months at `volume` calls each when a package of `offer` is bought at the start
 * of every validity period (months 0, V, 2V, …) and covers that period's first calls up to its
 * quota; the rest is billed pay-per-use per calendar month.
 */
export function packagePlanCost(
  offer: PackageOffer,
  payPerUse: PayPerUsePrice,
  volume: number,
  months: number,
): Money {
  let total = ZERO_MONEY;
  let left = 0;
  for (let month = 0; month < months; month++) {
    if (month % offer.validityMonths === 0) {
      total = addMoney(total, offer.price);
      left = offer.calls;
    }
    const covered = Math.min(volume, left);
    left -= covered;
    total = addMoney(total, monthCost(payPerUse.mode, payPerUse.tiers, volume - covered));
  }
  return total;
}

/** Pay-per-use only: every month billed on its own tier counter (billing-rules §6). */
export function payPerUseOnlyCost(
  payPerUse: PayPerUsePrice,
  volume: number,
  months: number,
): Money {
  return multiplyMoney(monthCost(payPerUse.mode, payPerUse.tiers, volume), months);
}

/**
 * The break-even volume of one package size against pay-per-use (the model above, over the
 * package's validity): the smallest whole monthly volume at which buying it is no dearer (an
 * exactly equal cost counts), with the utilization it then needs; null when no volume makes it pay.
 */
export function breakEven(offer: PackageOffer, payPerUse: PayPerUsePrice): BreakEven | null {
  const months = offer.validityMonths;
  const pays = (volume: number) =>
    compareMoney(
      packagePlanCost(offer, payPerUse, volume, months),
      payPerUseOnlyCost(payPerUse, volume, months),
    ) <= 0;

  // The saving S(v) = Σ_i [monthCost(v) − monthCost(v − covered_i)] is NOT monotone in v:
  // volume tiers make monthCost itself jump down at a tier bound, and with cheaper upper tiers
  // the calls a package covers are worth less the higher the month's volume. So one binary
  // search over all volumes would be wrong. S is, however, affine in v on every piece of
  // whole volumes where (a) k = the number of whole months covered, min(V, ⌊N/v⌋), (b) the tier
  // holding v and (c) the tier holding the uncovered part of the partly covered month,
  // (k+1)·v − N, stay the same: there S = V·monthCost(v) (k = V) or
  // (k+1)·monthCost(v) − monthCost((k+1)·v − N) (k < V), and monthCost is affine inside a tier
  // in both modes. An affine function crosses the price P at most once, so on each piece the
  // volumes that pay are a prefix or a suffix of it, and a binary search with exact Money
  // comparisons finds the boundary. Beyond v = N + (last tier bound) + 1 the package covers N
  // calls of the cheapest tier every time and S stays N × (last unit price): the search ends there.
  const pieces = pieceStarts(offer, payPerUse);
  const last = pieces[pieces.length - 1] as number;
  if (pays(0)) return describe(offer, payPerUse, 0, paysUpToFrom(0));

  for (let index = 0; index < pieces.length; index++) {
    const low = pieces[index] as number;
    const high = index + 1 < pieces.length ? (pieces[index + 1] as number) - 1 : last;
    if (pays(low)) return describe(offer, payPerUse, low, paysUpToFrom(low));
    if (!pays(high)) continue;
    // Fails at `low`, pays at `high`: on an affine piece the paying volumes are a suffix.
    const volume = firstTrue(low + 1, high, pays);
    return describe(offer, payPerUse, volume, paysUpToFrom(volume));
  }
  return null;

  function paysUpToFrom(start: number): number | null {
    for (let index = 0; index < pieces.length; index++) {
      const low = pieces[index] as number;
      const high = index + 1 < pieces.length ? (pieces[index + 1] as number) - 1 : last;
      if (high < start) continue;
      const from = Math.max(low, start);
      if (!pays(from)) return from - 1;
      if (pays(high)) continue;
      // Pays at `from`, fails at `high`: the paying volumes of the piece are a prefix.
      return firstTrue(from + 1, high, (volume) => !pays(volume)) - 1;
    }
    // The last piece is the constant tail: paying there means paying at every volume above.
    return null;
  }
}

/** The chart "cost over a year against monthly volume": pay-per-use only and each offer's plan, for each volume. */
export function yearlyCostSeries(
  offers: readonly PackageOffer[],
  payPerUse: PayPerUsePrice,
  volumes: readonly number[],
  months = 12,
): YearlyCostPoint[] {
  return volumes.map((volume) => ({
    volume,
    payPerUseOnly: payPerUseOnlyCost(payPerUse, volume, months),
    withPackage: offers.map((offer) => packagePlanCost(offer, payPerUse, volume, months)),
  }));
}

/** The catalog's package sizes of one API as offers, smallest first (a catalog price is the same in every region). */
export function catalogOffers(catalog: Catalog, api: string): PackageOffer[] {
  return catalog.packages
    .filter((pkg) => pkg.api === api)
    .map((pkg) => ({
      calls: pkg.calls,
      price: parseMoney(pkg.price) as Money,
      validityMonths: catalog.validityMonths,
    }))
    .sort((a, b) => a.calls - b.calls);
}

/** The catalog's pay-per-use price of one API, or null when the catalog has none. */
export function catalogPayPerUse(catalog: Catalog, api: string): PayPerUsePrice | null {
  const entry = catalog.payPerUse.find((candidate) => candidate.api === api);
  if (!entry) return null;
  return {
    mode: entry.mode,
    tiers: entry.tiers.map((tier) => ({
      upTo: tier.upTo,
      unitPrice: parseMoney(tier.unitPrice) as Money,
    })),
  };
}

function describe(
  offer: PackageOffer,
  payPerUse: PayPerUsePrice,
  volume: number,
  paysUpTo: number | null,
): BreakEven {
  const coveredCalls = Math.min(offer.calls, offer.validityMonths * volume);
  return {
    volume,
    coveredCalls,
    utilizationNeeded: countRatio(coveredCalls, offer.calls, UTILIZATION_PLACES),
    paysUpTo,
    packagePlanCost: packagePlanCost(offer, payPerUse, volume, offer.validityMonths),
    payPerUseOnlyCost: payPerUseOnlyCost(payPerUse, volume, offer.validityMonths),
  };
}

/**
 * The first volume of every piece of whole volumes on which the saving is affine (see
 * breakEven), ascending from 1; the last entry starts the constant tail. Extra cuts are harmless.
 */
function pieceStarts(offer: PackageOffer, payPerUse: PayPerUsePrice): number[] {
  const quota = offer.calls;
  const months = offer.validityMonths;
  const bounds = payPerUse.tiers.flatMap((tier) => (tier.upTo === null ? [] : [tier.upTo]));
  const tail = quota + (bounds[bounds.length - 1] ?? 0) + 1;
  const cuts = new Set<number>([1, tail]);
  // (a) ⌊N/v⌋ = j exactly for v in [⌊N/(j+1)⌋ + 1, ⌊N/j⌋].
  for (let whole = 1; whole <= months; whole++) cuts.add(Math.floor(quota / whole) + 1);
  for (const bound of bounds) {
    // (b) the tier holding v changes after each bound.
    cuts.add(bound + 1);
    // (c) (k+1)·v − N ≤ bound exactly for v ≤ ⌊(N + bound)/(k+1)⌋.
    for (let whole = 0; whole < months; whole++)
      cuts.add(Math.floor((quota + bound) / (whole + 1)) + 1);
  }
  return [...cuts].filter((cut) => cut >= 1 && cut <= tail).sort((a, b) => a - b);
}

/** The smallest value in [low, high] where `test` holds, for a test false then true over the range; high when none before it. */
function firstTrue(low: number, high: number, test: (value: number) => boolean): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = lo + Math.floor((hi - lo) / 2);
    if (test(middle)) hi = middle;
    else lo = middle + 1;
  }
  return lo;
}
