import { type Catalog, type CatalogPriceEntry, parseMoney, readNumberText } from '../../engine';
import { apiDisplayName, regionDisplayName } from '../../i18n/catalog-names';
import { t } from '../../i18n/translate';
import type { PriceDraft, TierDraft } from '../../store/draft';

/* Editing a pay-per-use tier list: the last tier never has a limit. */

/**
 * A tier added just before the unlimited last one, ten times the previous limit (100,000 for a
 * flat price), at the last tier's unit price: the user then edits both.
 */
export function addTier(tiers: readonly TierDraft[]): TierDraft[] {
  const last = tiers.at(-1) ?? { upTo: '', unitPrice: '' };
  const previous = tiers.length >= 2 ? readNumberText(tiers.at(-2)?.upTo ?? '') : undefined;
  const upTo =
    typeof previous === 'number' && Number.isInteger(previous) && previous >= 1
      ? previous * 10
      : 100_000;
  return [
    ...tiers.slice(0, -1),
    { upTo: String(upTo), unitPrice: last.unitPrice },
    { ...last, upTo: '' },
  ];
}

/** The tiers without tier `index`; removing the last one makes the one before it unlimited. One tier always stays. */
export function removeTier(tiers: readonly TierDraft[], index: number): TierDraft[] {
  if (tiers.length <= 1 || index < 0 || index >= tiers.length) return [...tiers];
  const next = tiers.filter((_, position) => position !== index);
  return next.map((tier, position) =>
    position === next.length - 1 ? { ...tier, upTo: '' } : tier,
  );
}

export function updateTier(
  tiers: readonly TierDraft[],
  index: number,
  patch: Partial<TierDraft>,
): TierDraft[] {
  return tiers.map((tier, position) => (position === index ? { ...tier, ...patch } : tier));
}

/** Whether an entry says exactly what the catalog's entry says (prices compared as numbers written). */
export function matchesCatalog(entry: PriceDraft, catalogEntry: CatalogPriceEntry): boolean {
  const sameNumber = (a: string, b: string) => {
    const amount = parseMoney(a.trim());
    return amount !== null && amount === parseMoney(b);
  };
  return (
    entry.mode === catalogEntry.mode &&
    entry.tiers.length === catalogEntry.tiers.length &&
    entry.tiers.every((tier, index) => {
      const other = catalogEntry.tiers[index];
      if (!other) return false;
      const last = index === entry.tiers.length - 1;
      return (
        (last || readNumberText(tier.upTo) === other.upTo) &&
        sameNumber(tier.unitPrice, other.unitPrice)
      );
    })
  );
}

/** Whether some stream is priced by this entry: one of its API (in its region when it names one). */
export function isPriceEntryUsed(
  entry: Pick<PriceDraft, 'api' | 'region'>,
  streams: readonly { readonly api: string; readonly region: string }[],
): boolean {
  return streams.some(
    (stream) =>
      stream.api === entry.api && (entry.region === null || entry.region === stream.region),
  );
}

/** APIs some subscribed stream calls that no entry prices: each needs prices before it can run. */
export function unpricedApis(
  streams: readonly { readonly api: string; readonly subscribed: boolean }[],
  payPerUse: readonly Pick<PriceDraft, 'api'>[],
): string[] {
  const apis = streams
    .filter((stream) => stream.subscribed && stream.api.trim() !== '')
    .map((stream) => stream.api);
  return [...new Set(apis)].filter((api) => !payPerUse.some((entry) => entry.api === api));
}

/** "General Text, all regions" or "General Text in CN-Hong Kong" (in the page's language). */
export function priceEntryName(
  entry: Pick<PriceDraft, 'api' | 'region'>,
  catalog: Catalog | undefined,
): string {
  const api = apiDisplayName(catalog, entry.api);
  return entry.region === null
    ? t('{api}, all regions', { api })
    : t('{api} in {region}', { api, region: regionDisplayName(catalog, entry.region) });
}

/** A blank price list for an API the catalog does not price: one flat tier to fill in. */
export function blankPriceEntry(api: string): PriceDraft {
  return { api, region: null, mode: 'graduated', tiers: [{ upTo: '', unitPrice: '' }] };
}
