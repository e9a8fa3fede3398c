import { apiName, type Catalog, type CatalogPriceEntry, regionName, sizeLabel } from '../engine';
import { formatCount } from './format';
import { currentLocale, type Locale } from './locale';

/*
 * The catalog's names in the page's language: in Chinese, HUAWEI CLOUD's Chinese names
 * (`nameZh`) where the catalog has them, else the English ones; an id the catalog does not know
 * stays the id. The engine keeps English names only; the locale is read here, on the page's side.
 * Components calling these re-render on a language change when they call useT().
 */

const chinese = (locale: Locale = currentLocale()) => locale === 'zh-CN';

/** "General Text" or "通用文字识别" (in `locale`, the page's language unless given). */
export function apiDisplayName(
  catalog: Catalog | undefined,
  apiId: string,
  locale?: Locale,
): string {
  const api = catalog?.apis.find((candidate) => candidate.id === apiId);
  return (chinese(locale) ? api?.nameZh : undefined) ?? apiName(catalog, apiId);
}

/** "CN-Hong Kong" or "中国-香港" (in `locale`, the page's language unless given). */
export function regionDisplayName(
  catalog: Catalog | undefined,
  regionId: string,
  locale?: Locale,
): string {
  const region = catalog?.regions.find((candidate) => candidate.id === regionId);
  return (chinese(locale) ? region?.nameZh : undefined) ?? regionName(catalog, regionId);
}

/** "HUAWEI CLOUD International" or "华为云国际站". */
export function catalogDisplayName(catalog: Catalog): string {
  return (chinese() ? catalog.nameZh : undefined) ?? catalog.name;
}

/** The catalog's note on its prices, in the page's language when the catalog has it. */
export function catalogDisplayNote(catalog: Catalog): string {
  return (chinese() ? catalog.noteZh : undefined) ?? catalog.note;
}

/** The catalog's sources, in the page's language when the catalog has them. */
export function catalogDisplaySources(catalog: Catalog): readonly string[] {
  return (chinese() ? catalog.sourcesZh : undefined) ?? catalog.sources;
}

/**
 * A package size as people say it: the engine's "1k", "100k", "1M", "2.5M"; in Chinese as
 * HUAWEI CLOUD names its packages, "1,000次", "10万次", "100万次", "250万次".
 */
export function sizeDisplayName(calls: number): string {
  if (!chinese()) return sizeLabel(calls);
  return calls >= 10_000 && calls % 1000 === 0
    ? `${calls / 10_000}万次`
    : `${formatCount(calls)}次`;
}

/** Options for an API picker: every API of the catalog by its name in the page's language. */
export function apiOptions(catalog: Catalog): { value: string; label: string }[] {
  return catalog.apis.map((api) => ({ value: api.id, label: apiDisplayName(catalog, api.id) }));
}

/** Options for a region picker. */
export function regionOptions(
  catalog: Catalog,
  regions: readonly { readonly id: string }[],
): { value: string; label: string }[] {
  return regions.map((region) => ({
    value: region.id,
    label: regionDisplayName(catalog, region.id),
  }));
}

/** Where an official catalog price is quoted from, in the page's language; null for an illustrative price. */
export function officialPriceSource(
  entry: Pick<CatalogPriceEntry, 'officialSource' | 'officialSourceZh'> | undefined,
): string | null {
  if (!entry?.officialSource) return null;
  return (chinese() ? entry.officialSourceZh : undefined) ?? entry.officialSource;
}
