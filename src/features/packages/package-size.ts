import { type Catalog, catalogPackage, parseMoney, readNumberText } from '../../engine';
import { formatCount } from '../../i18n/format';
import { t } from '../../i18n/translate';
import type { PackageDraft } from '../../store/draft';

/* A package's size as the size picker shows it: one of the catalog's sizes, or a custom count. */

export type SizeChoice = number | 'custom';

/** The package's calls as a whole number, or null while the text is not one. */
export function packageCalls(pkg: Pick<PackageDraft, 'calls'>): number | null {
  const calls = readNumberText(pkg.calls);
  return typeof calls === 'number' && Number.isInteger(calls) && calls >= 1 ? calls : null;
}

/** The catalog size the package's calls are, or 'custom' for any other count (and without a catalog). */
export function sizeChoiceOf(
  pkg: Pick<PackageDraft, 'calls'>,
  catalog: Catalog | undefined,
): SizeChoice {
  const calls = packageCalls(pkg);
  return catalog && calls !== null && catalog.packageSizes.includes(calls) ? calls : 'custom';
}

/** Choosing a catalog size sets the calls and, when the catalog sells that size of the API, its price. */
export function chooseSize(
  pkg: Pick<PackageDraft, 'api'>,
  size: number,
  catalog: Catalog,
): Pick<PackageDraft, 'calls'> & Partial<Pick<PackageDraft, 'price'>> {
  const listed = catalogPackage(catalog, pkg.api, size);
  return listed ? { calls: String(size), price: listed.price } : { calls: String(size) };
}

/** The catalog's price for the package's API and calls, when it sells that package. */
function catalogPriceOf(
  pkg: Pick<PackageDraft, 'api' | 'calls'>,
  catalog: Catalog | undefined,
): string | null {
  const calls = packageCalls(pkg);
  if (!catalog || calls === null) return null;
  return catalogPackage(catalog, pkg.api, calls)?.price ?? null;
}

/** Whether the price typed is the catalog's (written any way: "720", "720.00"). */
export function isCatalogPrice(
  pkg: Pick<PackageDraft, 'api' | 'calls' | 'price'>,
  catalog: Catalog | undefined,
): boolean {
  const listed = catalogPriceOf(pkg, catalog);
  const typed = parseMoney(pkg.price.trim().replace(/,/g, ''));
  return listed !== null && typed !== null && typed === parseMoney(listed);
}

/** "catalog price 720 USD" when the catalog sells the package at another price than the one typed. */
export function catalogPriceHint(
  pkg: Pick<PackageDraft, 'api' | 'calls' | 'price'>,
  catalog: Catalog | undefined,
): string | null {
  const listed = catalogPriceOf(pkg, catalog);
  if (listed === null || !catalog || isCatalogPrice(pkg, catalog)) return null;
  return t('catalog price {price} {currency}', { price: listed, currency: catalog.currency });
}

/** "100,000 calls", as the size picker lists it (in the page's language). */
export function formatSize(calls: number): string {
  return t('{count} calls', { count: formatCount(calls) });
}
