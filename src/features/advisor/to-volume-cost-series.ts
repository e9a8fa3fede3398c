import {
  type BreakEven,
  type Money,
  type PackageOffer,
  type PayPerUsePrice,
  payPerUseOnlyCost,
  roundMoney,
  yearlyCostSeries,
} from '../../engine';
import { sizeDisplayName } from '../../i18n/catalog-names';
import { t } from '../../i18n/translate';

/*
 * The chart "cost over a year against monthly volume" of one stream's API: pay-per-use only and
 * one line per catalog size (a package bought at the start of every validity period), where each
 * size starts (and, with tiers that get cheaper, stops) paying off, the projected volume and the
 * band from the low to the high case. Costs are exact Money; the numbers handed to the chart are
 * rounded copies for drawing only, the table shows the exact amounts rounded half up.
 */

export type VolumeCostPoint = {
  readonly volume: number;
  /** Cost over the chart's months, pay-per-use only first, then each size: for drawing only. */
  readonly values: readonly number[];
  /** The same costs as decimal strings rounded half up to cents, for the table. */
  readonly texts: readonly string[];
};

export type Crossing = {
  /** The size's index in the offers (its line is `line + 1`: line 0 is pay-per-use only). */
  readonly size: number;
  readonly kind: 'starts-paying' | 'stops-paying';
  readonly volume: number;
  /** The pay-per-use-only cost there, where the lines meet: for drawing only. */
  readonly cost: number;
};

/** One line of the chart: pay-per-use only (no size), or a package size. */
export type VolumeLine = { readonly key: string; readonly calls: number | null };

export type VolumeCostSeries = {
  readonly months: number;
  /** Pay-per-use only, then one line per package size. */
  readonly lines: readonly VolumeLine[];
  readonly points: readonly VolumeCostPoint[];
  readonly crossings: readonly Crossing[];
  readonly maxVolume: number;
  readonly projected: number;
  readonly band: { readonly low: number; readonly high: number } | null;
};

export type VolumeCostOptions = {
  /** The stream's projected volume (its average monthly calls). */
  readonly projected: number;
  /** The low and high cases of the projected volume. */
  readonly band: { readonly low: number; readonly high: number } | null;
  /** The break-even of each offer, in the offers' order (see toBreakEvenRows). */
  readonly breakEvens: readonly (BreakEven | null)[];
  readonly months?: number;
  /** Evenly spaced volumes drawn, before the volumes where something happens are added. */
  readonly samples?: number;
};

const PLACES = 2;
// Drawing only: a rounded copy of an exact amount, never used in any sum.
const forDrawing = (amount: Money) => Number(roundMoney(amount, PLACES));

/** The volumes drawn, their costs and the marks of the chart (see the comment at the top). */
export function toVolumeCostSeries(
  offers: readonly PackageOffer[],
  payPerUse: PayPerUsePrice,
  { projected, band, breakEvens, months = 12, samples = 48 }: VolumeCostOptions,
): VolumeCostSeries {
  const maxVolume = chartMaxVolume(projected, band, breakEvens);
  const volumes = new Set<number>();
  for (let step = 0; step <= samples; step++) volumes.add(Math.round((maxVolume * step) / samples));
  const add = (volume: number) => {
    if (volume >= 0 && volume <= maxVolume) volumes.add(volume);
  };
  // Where a line bends or something is marked, so the drawing has a point exactly there.
  add(projected);
  if (band) {
    add(band.low);
    add(band.high);
  }
  for (const tier of payPerUse.tiers) if (tier.upTo !== null) add(tier.upTo);
  for (const offer of offers) {
    add(Math.floor(offer.calls / months));
    add(Math.ceil(offer.calls / months));
  }
  const crossings: Crossing[] = [];
  breakEvens.forEach((found, size) => {
    if (!found) return;
    for (const [kind, volume] of [
      ['starts-paying', found.volume],
      ['stops-paying', found.paysUpTo],
    ] as const) {
      if (volume === null || volume > maxVolume) continue;
      add(volume);
      if (volume > 0) add(volume - 1);
      crossings.push({
        size,
        kind,
        volume,
        cost: forDrawing(payPerUseOnlyCost(payPerUse, volume, months)),
      });
    }
  });

  const sorted = [...volumes].sort((a, b) => a - b);
  const points = yearlyCostSeries(offers, payPerUse, sorted, months).map((point) => {
    const costs = [point.payPerUseOnly, ...point.withPackage];
    return {
      volume: point.volume,
      values: costs.map(forDrawing),
      texts: costs.map((cost) => roundMoney(cost, PLACES)),
    };
  });
  return {
    months,
    lines: [
      { key: 'pay-per-use', calls: null },
      ...offers.map((offer) => ({ key: String(offer.calls), calls: offer.calls })),
    ],
    points,
    crossings,
    maxVolume,
    projected,
    band,
  };
}

/**
 * How far the volume axis goes: twice the projection, past the high case, and past the next
 * size's break-even above the projection when it is within four times the projection, so the
 * choice at hand is in view; rounded up to a round number.
 */
export function chartMaxVolume(
  projected: number,
  band: { readonly low: number; readonly high: number } | null,
  breakEvens: readonly (BreakEven | null)[],
): number {
  const above = breakEvens
    .map((found) => found?.volume ?? null)
    .filter((volume): volume is number => volume !== null && volume > projected)
    .sort((a, b) => a - b)[0];
  const reach = Math.max(
    projected * 2,
    band ? band.high * 1.15 : 0,
    above !== undefined && (projected === 0 || above <= projected * 4) ? above * 1.15 : 0,
  );
  return roundUp(Math.max(reach, 100));
}

/** A line's name in the page's language: "Pay-per-use only", "1M package" ("100万次资源包"). */
export function lineDisplayName(series: Pick<VolumeCostSeries, 'lines'>, line: number): string {
  const calls = series.lines[line]?.calls ?? null;
  return calls === null
    ? t('Pay-per-use only')
    : t('{size} package', { size: sizeDisplayName(calls) });
}

/** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `value`. */
export function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
