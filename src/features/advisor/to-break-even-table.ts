import {
  type BreakEven,
  breakEven,
  type Catalog,
  catalogOffers,
  catalogPayPerUse,
  compareMoney,
  findPriceEntry,
  type Money,
  type PackageOffer,
  type PayPerUsePrice,
  packagePlanCost,
  payPerUseOnlyCost,
  type Scenario,
  type Stream,
  sizeLabel,
  subtractMoney,
  ZERO_MONEY,
} from '../../engine';

/*
 * The break-even table of one stream: for each catalog size of its API, the constant monthly
 * volume from which the package costs no more than pay-per-use over its validity, the share of
 * its quota that then has to be used, and what it saves at the stream's projected volume.
 */

export type StreamPricing = {
  readonly offers: readonly PackageOffer[];
  readonly payPerUse: PayPerUsePrice | null;
  /**
   * Where the pay-per-use price comes from: the scenario's own (what the simulation bills) or,
   * when the scenario has none for the stream, the catalog's list price.
   */
  readonly payPerUseSource: 'scenario' | 'catalog' | null;
};

/** The catalog's sizes of the stream's API and the pay-per-use price its calls would be billed at. */
export function streamPricing(scenario: Scenario, stream: Stream, catalog: Catalog): StreamPricing {
  const offers = catalogOffers(catalog, stream.api);
  const entry = findPriceEntry(scenario.payPerUse, stream.api, stream.region);
  if (entry) return { offers, payPerUse: entry, payPerUseSource: 'scenario' };
  const listed = catalogPayPerUse(catalog, stream.api);
  return { offers, payPerUse: listed, payPerUseSource: listed ? 'catalog' : null };
}

/** The stream's projected volume: its average monthly calls, rounded half up to whole calls. */
export function projectedVolume(stream: Stream): number {
  if (stream.monthlyCalls.length === 0) return 0;
  const total = stream.monthlyCalls.reduce((sum, calls) => sum + calls, 0);
  return Math.round(total / stream.monthlyCalls.length);
}

export type BreakEvenRow = {
  readonly offer: PackageOffer;
  /** "1k", "500k", "1M". */
  readonly size: string;
  readonly breakEven: BreakEven | null;
  /** Over the package's validity at the projected volume: pay-per-use only minus the cost with it. */
  readonly savingAtProjection: Money;
};

export function toBreakEvenRows(
  offers: readonly PackageOffer[],
  payPerUse: PayPerUsePrice,
  projected: number,
): BreakEvenRow[] {
  return offers.map((offer) => ({
    offer,
    size: sizeLabel(offer.calls),
    breakEven: breakEven(offer, payPerUse),
    savingAtProjection: subtractMoney(
      payPerUseOnlyCost(payPerUse, projected, offer.validityMonths),
      packagePlanCost(offer, payPerUse, projected, offer.validityMonths),
    ),
  }));
}

/** The size that saves the most at the projected volume; null when none saves anything. */
export function bestAtProjection(rows: readonly BreakEvenRow[]): BreakEvenRow | null {
  let best: BreakEvenRow | null = null;
  for (const row of rows)
    if (
      compareMoney(row.savingAtProjection, ZERO_MONEY) > 0 &&
      (best === null || compareMoney(row.savingAtProjection, best.savingAtProjection) > 0)
    )
      best = row;
  return best;
}
