import {
  type Catalog,
  catalogPriceEntry,
  DEFAULT_DEDUCTION_ORDER,
  FLAT_SEASONALITY,
  type Message,
  message,
  regionsOfApi,
} from '../../engine';
import { apiDisplayName, regionDisplayName } from '../../i18n/catalog-names';
import { t } from '../../i18n/translate';
import {
  freshId,
  type PriceDraft,
  priceDraftFromCatalog,
  type ScenarioDraft,
  type StreamDraft,
} from '../../store/draft';

/* What a new stream, or a stream given another API, starts with; the prices that come along. */

export type Place = { readonly api: string; readonly region: string };

const samePlace = (a: Place, b: Place) => a.api === b.api && a.region === b.region;

/**
 * Where a new stream goes: the catalog's first API and region (APIs in catalog order, then their
 * regions) that no stream projects yet; the first pair when all are taken; blank without a catalog.
 */
export function nextStreamPlace(catalog: Catalog | undefined, streams: readonly Place[]): Place {
  if (!catalog) return { api: '', region: '' };
  const places = catalog.apis.flatMap((api) =>
    regionsOfApi(catalog, api.id).map((region) => ({ api: api.id, region: region.id })),
  );
  return (
    places.find((place) => !streams.some((stream) => samePlace(stream, place))) ??
    places[0] ?? { api: '', region: '' }
  );
}

/**
 * The region a stream or package moves to when its API changes: its own region when that offers
 * the API, else the first region offering it that `taken` does not already use, else the first one.
 */
export function regionForApi(
  catalog: Catalog | undefined,
  api: string,
  currentRegion: string,
  taken: readonly Place[] = [],
): string {
  if (!catalog) return currentRegion;
  const regions = regionsOfApi(catalog, api).map((region) => region.id);
  if (regions.includes(currentRegion)) return currentRegion;
  return (
    regions.find((region) => !taken.some((place) => samePlace(place, { api, region }))) ??
    regions[0] ??
    currentRegion
  );
}

/** The price list with the catalog's entry for `api` added when no entry prices that API yet. */
export function withCatalogPrice(
  payPerUse: readonly PriceDraft[],
  api: string,
  catalog: Catalog | undefined,
): readonly PriceDraft[] {
  if (!catalog || payPerUse.some((entry) => entry.api === api)) return payPerUse;
  const entry = catalogPriceEntry(catalog, api);
  return entry ? [...payPerUse, priceDraftFromCatalog(entry)] : payPerUse;
}

/** A new stream: the next free API and region, 10,000 calls a month, flat. */
function newStream(
  catalog: Catalog | undefined,
  streams: readonly Place[],
): Omit<StreamDraft, 'id'> {
  return {
    ...nextStreamPlace(catalog, streams),
    subscribed: true,
    callsSource: 'generated',
    generator: {
      firstMonth: '10000',
      growthPercent: '0',
      seasonal: false,
      seasonality: FLAT_SEASONALITY,
    },
    typedCalls: [],
    history: [],
    historySource: null,
    range: [],
  };
}

/**
 * A blank estimate: the catalog's currency, twelve months from `start`, the default deduction
 * order, and one stream ready to fill with its catalog price; no package yet.
 */
export function blankDraft(
  catalogId: string,
  currency: string,
  catalog: Catalog | undefined,
  start: string,
): ScenarioDraft {
  return withNewStream(
    {
      name: '',
      catalogId,
      currency,
      start,
      months: '12',
      deductionOrder: [...DEFAULT_DEDUCTION_ORDER],
      streams: [],
      packages: [],
      payPerUse: [],
    },
    catalog,
  );
}

/** The draft with a new stream at the end and, in the same step, its API's catalog price. */
export function withNewStream(draft: ScenarioDraft, catalog: Catalog | undefined): ScenarioDraft {
  const stream = { ...newStream(catalog, draft.streams), id: freshId('stream', draft.streams) };
  return {
    ...draft,
    streams: [...draft.streams, stream],
    payPerUse: withCatalogPrice(draft.payPerUse, stream.api, catalog),
  };
}

/** The draft with stream `index` on another API: its region follows, and the API's catalog price comes along. */
export function withStreamApi(
  draft: ScenarioDraft,
  index: number,
  api: string,
  catalog: Catalog | undefined,
): ScenarioDraft {
  const stream = draft.streams[index];
  if (!stream || stream.api === api) return draft;
  const others = draft.streams.filter((_, position) => position !== index);
  const region = regionForApi(catalog, api, stream.region, others);
  return {
    ...draft,
    streams: draft.streams.map((current, position) =>
      position === index ? { ...current, api, region } : current,
    ),
    payPerUse: withCatalogPrice(draft.payPerUse, api, catalog),
  };
}

/** "General Text in CN-Hong Kong"; "New stream" while neither is set (in the page's language). */
export function streamName(stream: Place, catalog: Catalog | undefined): string {
  if (stream.api.trim() === '' && stream.region.trim() === '') return t('New stream');
  const api = stream.api.trim() === '' ? t('Unnamed API') : apiDisplayName(catalog, stream.api);
  const region =
    stream.region.trim() === '' ? t('no region') : regionDisplayName(catalog, stream.region);
  return t('{api} in {region}', { api, region });
}

/**
 * The engine's message for a stream projecting the same API and region as an earlier one, worked
 * out here too: the engine stays silent about it while either stream has another error.
 */
export function sharedPlaceMessage(
  stream: Place,
  index: number,
  twin: number | null,
): Message | null {
  if (twin === null) return null;
  return message('scenario.duplicatePlace', ['streams', index], {
    other: twin,
    api: stream.api,
    region: stream.region,
  });
}

/** The earlier stream with the same API and region as stream `index`, if any. */
export function earlierTwin(streams: readonly Place[], index: number): number | null {
  const stream = streams[index];
  if (!stream || stream.api.trim() === '' || stream.region.trim() === '') return null;
  const twin = streams.findIndex((other) => samePlace(other, stream));
  return twin < index ? twin : null;
}
