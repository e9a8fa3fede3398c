import { type CodeWithoutParams, type Message, type MessagePath, message } from '../messages';
import { isoDatePattern } from './calendar';
import { parseMoney } from './money';
import { PRICING_MODES, type PricingMode } from './scenario';

/*
 * The built-in price catalogs (huawei-ocr-facts.md): which APIs each region offers, the package
 * sizes, illustrative prices and pay-per-use tiers. A catalog only fills in a scenario: the
 * scenario carries every price it uses, so the catalog is never read by the simulation.
 */

export const CATALOG_FORMAT = 'ocr-billing-catalog';
export const CATALOG_VERSION = 1;

/*
 * Names are English; `nameZh` (and the catalog's `noteZh` and `sourcesZh`) are the optional
 * Simplified Chinese ones, HUAWEI CLOUD's own, that the page picks in Chinese. The engine never
 * reads them.
 */
export type CatalogApi = { readonly id: string; readonly name: string; readonly nameZh?: string };
export type CatalogRegion = {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly apis: readonly string[];
};
export type CatalogPackage = {
  readonly api: string;
  readonly calls: number;
  readonly price: string;
};
export type CatalogPriceEntry = {
  readonly api: string;
  readonly mode: PricingMode;
  readonly tiers: readonly { readonly upTo: number | null; readonly unitPrice: string }[];
  /** Set where the price is an official, public one: the page it is quoted from; otherwise the price is illustrative. */
  readonly officialSource?: string;
  readonly officialSourceZh?: string;
};

export type Catalog = {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly currency: string;
  readonly asOf: string;
  readonly illustrative: boolean;
  readonly note: string;
  readonly noteZh?: string;
  readonly sources: readonly string[];
  readonly sourcesZh?: readonly string[];
  readonly validityMonths: number;
  readonly packageSizes: readonly number[];
  readonly apis: readonly CatalogApi[];
  readonly regions: readonly CatalogRegion[];
  readonly packages: readonly CatalogPackage[];
  readonly payPerUse: readonly CatalogPriceEntry[];
};

export type CatalogParseResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly errors: readonly Message[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isPrice = (value: unknown): value is string =>
  typeof value === 'string' && parseMoney(value) !== null;

/** Checks a catalog file once, when it is loaded; every error names its path. */
export function parseCatalog(document: unknown): CatalogParseResult {
  const errors: Message[] = [];
  const fail = (path: MessagePath, code: CodeWithoutParams) => errors.push(message(code, path, {}));
  if (!isObject(document))
    return { ok: false, errors: [message('json.notObject', ['catalog'], {})] };
  if (document.format !== CATALOG_FORMAT)
    errors.push(message('catalog.format', ['format'], { expected: CATALOG_FORMAT }));
  if (document.version !== CATALOG_VERSION)
    errors.push(message('catalog.version', ['version'], { expected: CATALOG_VERSION }));
  for (const field of ['id', 'name', 'note'] as const)
    if (!isText(document[field])) fail([field], 'json.emptyText');
  for (const field of ['nameZh', 'noteZh'] as const)
    if (document[field] !== undefined && !isText(document[field])) fail([field], 'json.emptyText');
  if (typeof document.currency !== 'string' || !/^[A-Z]{3}$/.test(document.currency))
    fail(['currency'], 'catalog.currency');
  if (typeof document.asOf !== 'string' || !isoDatePattern.test(document.asOf))
    fail(['asOf'], 'catalog.date');
  if (typeof document.illustrative !== 'boolean') fail(['illustrative'], 'json.notBoolean');
  if (!Array.isArray(document.sources) || !document.sources.every(isText))
    fail(['sources'], 'catalog.textList');
  if (
    document.sourcesZh !== undefined &&
    (!Array.isArray(document.sourcesZh) || !document.sourcesZh.every(isText))
  )
    fail(['sourcesZh'], 'catalog.textList');
  if (!isCount(document.validityMonths)) fail(['validityMonths'], 'catalog.count');
  if (
    !Array.isArray(document.packageSizes) ||
    document.packageSizes.length === 0 ||
    !document.packageSizes.every(isCount)
  ) {
    fail(['packageSizes'], 'catalog.sizes');
  }

  const apiIds = new Set<string>();
  const apis = Array.isArray(document.apis) ? document.apis : [];
  if (!Array.isArray(document.apis) || apis.length === 0) fail(['apis'], 'catalog.emptyList');
  apis.forEach((api, index) => {
    if (!isObject(api) || !isText(api.id) || !isText(api.name))
      fail(['apis', index], 'catalog.api');
    else if (apiIds.has(api.id))
      errors.push(message('catalog.listedTwice', ['apis', index, 'id'], { id: api.id }));
    else apiIds.add(api.id);
    if (isObject(api) && api.nameZh !== undefined && !isText(api.nameZh))
      fail(['apis', index, 'nameZh'], 'json.emptyText');
  });

  const regions = Array.isArray(document.regions) ? document.regions : [];
  if (!Array.isArray(document.regions) || regions.length === 0)
    fail(['regions'], 'catalog.emptyList');
  regions.forEach((region, index) => {
    if (
      !isObject(region) ||
      !isText(region.id) ||
      !isText(region.name) ||
      !Array.isArray(region.apis)
    ) {
      fail(['regions', index], 'catalog.region');
      return;
    }
    if (region.nameZh !== undefined && !isText(region.nameZh))
      fail(['regions', index, 'nameZh'], 'json.emptyText');
    region.apis.forEach((api, apiIndex) => {
      if (typeof api !== 'string' || !apiIds.has(api))
        fail(['regions', index, 'apis', apiIndex], 'catalog.unknownApi');
    });
  });

  const packages = Array.isArray(document.packages) ? document.packages : [];
  if (!Array.isArray(document.packages)) fail(['packages'], 'json.notList');
  packages.forEach((pkg, index) => {
    if (!isObject(pkg)) {
      fail(['packages', index], 'json.notObject');
      return;
    }
    if (typeof pkg.api !== 'string' || !apiIds.has(pkg.api))
      fail(['packages', index, 'api'], 'catalog.unknownApi');
    if (!isCount(pkg.calls)) fail(['packages', index, 'calls'], 'catalog.count');
    if (!isPrice(pkg.price)) fail(['packages', index, 'price'], 'catalog.price');
  });

  const payPerUse = Array.isArray(document.payPerUse) ? document.payPerUse : [];
  if (!Array.isArray(document.payPerUse)) fail(['payPerUse'], 'json.notList');
  payPerUse.forEach((entry, index) => {
    const path = ['payPerUse', index];
    if (!isObject(entry)) {
      fail(path, 'json.notObject');
      return;
    }
    if (typeof entry.api !== 'string' || !apiIds.has(entry.api))
      fail([...path, 'api'], 'catalog.unknownApi');
    if (!(PRICING_MODES as readonly unknown[]).includes(entry.mode))
      errors.push(message('scenario.mode', [...path, 'mode'], { allowed: PRICING_MODES }));
    for (const field of ['officialSource', 'officialSourceZh'])
      if (entry[field] !== undefined && (typeof entry[field] !== 'string' || entry[field] === ''))
        fail([...path, field], 'json.notText');
    const tiers = Array.isArray(entry.tiers) ? entry.tiers : [];
    if (tiers.length === 0) fail([...path, 'tiers'], 'catalog.emptyList');
    let previous = 0;
    tiers.forEach((tier, tierIndex) => {
      const tierPath = [...path, 'tiers', tierIndex];
      const last = tierIndex === tiers.length - 1;
      if (!isObject(tier) || !isPrice(tier.unitPrice)) {
        fail(tierPath, 'catalog.tierPrice');
        return;
      }
      if (last ? tier.upTo !== null : !isCount(tier.upTo) || tier.upTo <= previous)
        fail([...tierPath, 'upTo'], last ? 'catalog.lastTier' : 'catalog.tierAbove');
      if (isCount(tier.upTo)) previous = tier.upTo;
    });
  });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalog: document as unknown as Catalog };
}

export function apisOfRegion(catalog: Catalog, regionId: string): readonly CatalogApi[] {
  const region = catalog.regions.find((candidate) => candidate.id === regionId);
  return region ? catalog.apis.filter((api) => region.apis.includes(api.id)) : [];
}

export function regionsOfApi(catalog: Catalog, apiId: string): readonly CatalogRegion[] {
  return catalog.regions.filter((region) => region.apis.includes(apiId));
}

export function catalogPackage(
  catalog: Catalog,
  apiId: string,
  calls: number,
): CatalogPackage | undefined {
  return catalog.packages.find((pkg) => pkg.api === apiId && pkg.calls === calls);
}

export function catalogPriceEntry(catalog: Catalog, apiId: string): CatalogPriceEntry | undefined {
  return catalog.payPerUse.find((entry) => entry.api === apiId);
}

export function apiName(catalog: Catalog | undefined, apiId: string): string {
  return catalog?.apis.find((api) => api.id === apiId)?.name ?? apiId;
}

export function regionName(catalog: Catalog | undefined, regionId: string): string {
  return catalog?.regions.find((region) => region.id === regionId)?.name ?? regionId;
}
