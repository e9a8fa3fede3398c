import { type Catalog, catalogPackage } from '../../engine';
import { apiDisplayName, regionDisplayName } from '../../i18n/catalog-names';
import { packageDisplayName } from '../../i18n/package-name';
import { t } from '../../i18n/translate';
import { horizonMonths, type PackageDraft, type ScenarioDraft } from '../../store/draft';
import { distinctNames } from '../../ui/distinct-names';
import { isCatalogPrice, packageCalls } from './package-size';

/* A new package's fields, a package's name, and when a package can never be used. */

type Place = { readonly api: string; readonly region: string };

const DEFAULT_PACKAGE_SIZE = 100_000;

/**
 * A new package: the first stream's API and region (the catalog's first API and region when
 * there is no stream), 100,000 calls at the catalog's price, bought on the horizon's first day.
 */
export function newPackage(
  draft: Pick<ScenarioDraft, 'streams' | 'start'>,
  catalog: Catalog | undefined,
): Omit<PackageDraft, 'id' | 'colour'> {
  const firstApi = catalog?.apis[0]?.id ?? '';
  const place: Place = draft.streams[0] ?? {
    api: firstApi,
    region: catalog?.regions.find((region) => region.apis.includes(firstApi))?.id ?? '',
  };
  const listed = catalog ? catalogPackage(catalog, place.api, DEFAULT_PACKAGE_SIZE) : undefined;
  const start = draft.start.trim();
  return {
    label: '',
    api: place.api,
    region: place.region,
    source: 'purchased',
    calls: String(DEFAULT_PACKAGE_SIZE),
    price: listed?.price ?? '',
    createdOn: /^\d{4}-\d{2}$/.test(start) ? `${start}-01` : '',
    activatesOn: '',
    validityMonths: String(catalog?.validityMonths ?? 12),
    usedCalls: '',
    priority: '',
    resetEvery: 'never',
  };
}

/** The calls a new free allowance holds each period: an example to edit, not a published figure. */
export const DEFAULT_ALLOWANCE_CALLS: Readonly<Record<'day' | 'month', number>> = {
  day: 500,
  month: 10_000,
};

/**
 * A new free allowance (billing-rules §4a) for the first stream: its quota renews every day or
 * month, it costs nothing, and it stays valid through the whole horizon.
 */
export function newAllowance(
  draft: Pick<ScenarioDraft, 'streams' | 'start' | 'months'>,
  catalog: Catalog | undefined,
  resetEvery: 'day' | 'month',
): Omit<PackageDraft, 'id' | 'colour'> {
  const months = horizonMonths(draft);
  return {
    ...newPackage(draft, catalog),
    source: 'free',
    calls: String(DEFAULT_ALLOWANCE_CALLS[resetEvery]),
    price: '0',
    validityMonths: String(months ?? catalog?.validityMonths ?? 12),
    resetEvery,
  };
}

/**
 * What changes when a package moves to another API: its region follows (kept when it offers the
 * API, else one where a stream calls it, else the first offering it), and a catalog price
 * becomes the new API's catalog price for the same size. A price the user typed stays.
 */
export function packageApiPatch(
  pkg: PackageDraft,
  api: string,
  catalog: Catalog | undefined,
  streams: readonly Place[],
): Partial<PackageDraft> {
  if (!catalog) return { api };
  const regions = catalog.regions.filter((region) => region.apis.includes(api)).map((r) => r.id);
  const region = regions.includes(pkg.region)
    ? pkg.region
    : (regions.find((id) => streams.some((stream) => stream.api === api && stream.region === id)) ??
      regions[0] ??
      pkg.region);
  const calls = packageCalls(pkg);
  const listed = calls === null ? undefined : catalogPackage(catalog, api, calls);
  const followPrice =
    listed !== undefined && (pkg.price.trim() === '' || isCatalogPrice(pkg, catalog));
  return followPrice ? { api, region, price: listed.price } : { api, region };
}

/** Its label, or "<API> <size>" ("General Text 1M"), in the page's language. */
export function packageName(
  pkg: Pick<PackageDraft, 'label' | 'api' | 'calls'>,
  catalog: Catalog | undefined,
): string {
  return packageDisplayName({ label: pkg.label, api: pkg.api, calls: packageCalls(pkg) }, catalog);
}

/** Every package's name, a repeated one numbered so each button's name says which package it acts on. */
export function packageNames(
  packages: readonly Pick<PackageDraft, 'label' | 'api' | 'calls'>[],
  catalog: Catalog | undefined,
): string[] {
  return distinctNames(packages.map((pkg) => packageName(pkg, catalog)));
}

/** The warning for a package no stream can draw on (billing-rules §4: a package covers only its API in its region). */
export function unusedPackageWarning(
  pkg: Place,
  streams: readonly Place[],
  catalog: Catalog | undefined,
): string | null {
  if (pkg.api.trim() === '' || pkg.region.trim() === '') return null;
  if (streams.some((stream) => stream.api === pkg.api && stream.region === pkg.region)) return null;
  return t('No stream calls {api} in {region}: this package will never be used.', {
    api: apiDisplayName(catalog, pkg.api),
    region: regionDisplayName(catalog, pkg.region),
  });
}
