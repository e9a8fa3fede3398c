import {
  type Catalog,
  catalogPackage,
  catalogPriceEntry,
  parseMoney,
  readNumberText,
  ZERO_MONEY,
} from '../../engine';
import {
  type PackageDraft,
  type PriceDraft,
  priceDraftFromCatalog,
  type ScenarioDraft,
  type StreamDraft,
} from '../../store/draft';

/*
 * Switching an estimate to another price catalog: every price is replaced by the new catalog's,
 * in its currency (a number is never relabelled from one currency to another; a free or given
 * package keeps its price of nothing), and every stream
 * and package is taken to a region of the new catalog that offers its API, or flagged when the
 * new catalog does not sell that API at all. The plan lists, before anything changes, the prices
 * the user typed by hand that will be replaced, so the page can ask first.
 */

/** A stream or a package, by its place in its list. */
export type ItemRef = { readonly kind: 'stream' | 'package'; readonly index: number };

export type CatalogSwitchPlan = {
  /** The estimate as it would be in the new catalog. */
  readonly draft: ScenarioDraft;
  /** Pay-per-use prices typed by hand (not the old catalog's), which the new catalog's replace. */
  readonly typedPayPerUse: readonly PriceDraft[];
  /** Packages whose price was typed by hand (not the old catalog's), replaced too. */
  readonly typedPackages: readonly number[];
  /** Streams and packages taken to another region: the new catalog lacks theirs for their API. */
  readonly moved: readonly (ItemRef & { readonly from: string; readonly to: string })[];
  /** Streams and packages of an API the new catalog does not sell: kept as they are, to fix. */
  readonly unavailable: readonly ItemRef[];
  /** Packages of a size the new catalog does not sell: their price is left empty, to fill in. */
  readonly unpriced: readonly number[];
};

/** What switching `draft` from catalog `from` (if it loaded) to catalog `to` would do. */
export function planCatalogSwitch(
  draft: ScenarioDraft,
  from: Catalog | undefined,
  to: Catalog,
): CatalogSwitchPlan {
  const moved: (ItemRef & { from: string; to: string })[] = [];
  const unavailable: ItemRef[] = [];
  const sells = (api: string) => to.apis.some((candidate) => candidate.id === api);
  const offers = (api: string, region: string) =>
    to.regions.some((candidate) => candidate.id === region && candidate.apis.includes(api));

  // Streams first: a place they take is not taken again by a later stream of the same API.
  const taken = new Set<string>();
  const placeKey = (api: string, region: string) => `${api}\u0000${region}`;
  const regionFor = new Map<string, string>();
  const streams = draft.streams.map((stream, index): StreamDraft => {
    if (!sells(stream.api)) {
      unavailable.push({ kind: 'stream', index });
      return stream;
    }
    let region = stream.region;
    if (!offers(stream.api, region)) {
      const free = to.regions.find(
        (candidate) =>
          candidate.apis.includes(stream.api) && !taken.has(placeKey(stream.api, candidate.id)),
      );
      if (free) {
        moved.push({ kind: 'stream', index, from: stream.region, to: free.id });
        region = free.id;
      } else unavailable.push({ kind: 'stream', index });
    }
    taken.add(placeKey(stream.api, region));
    regionFor.set(placeKey(stream.api, stream.region), region);
    return region === stream.region ? stream : { ...stream, region };
  });

  const typedPackages: number[] = [];
  const unpriced: number[] = [];
  const packages = draft.packages.map((pkg, index): PackageDraft => {
    const calls = readNumberText(pkg.calls);
    // Nothing paid is nothing in every currency: a free or given package keeps its price.
    const free = parseMoney(pkg.price.trim()) === ZERO_MONEY;
    const listed =
      from && typeof calls === 'number' ? catalogPackage(from, pkg.api, calls) : undefined;
    if (!free && (!listed || !sameAmount(listed.price, pkg.price))) typedPackages.push(index);
    if (!sells(pkg.api)) {
      unavailable.push({ kind: 'package', index });
      if (free) return pkg;
      unpriced.push(index);
      return { ...pkg, price: '' };
    }
    // A package goes where its stream went; failing that, to the first region selling its API.
    let region = regionFor.get(placeKey(pkg.api, pkg.region)) ?? pkg.region;
    if (!offers(pkg.api, region))
      region = to.regions.find((candidate) => candidate.apis.includes(pkg.api))?.id ?? region;
    if (region !== pkg.region) moved.push({ kind: 'package', index, from: pkg.region, to: region });
    if (free) return { ...pkg, region };
    const offer = typeof calls === 'number' ? catalogPackage(to, pkg.api, calls) : undefined;
    if (!offer) unpriced.push(index);
    return { ...pkg, region, price: offer ? offer.price : '' };
  });

  const typedPayPerUse = draft.payPerUse.filter((entry) => {
    const listed = from ? catalogPriceEntry(from, entry.api) : undefined;
    return !listed || entry.region !== null || !sameTiers(entry, priceDraftFromCatalog(listed));
  });
  const apis = [...new Set(streams.map((stream) => stream.api))];
  const payPerUse = apis.flatMap((api) => {
    const entry = catalogPriceEntry(to, api);
    return entry ? [priceDraftFromCatalog(entry)] : [];
  });

  return {
    draft: {
      ...draft,
      catalogId: to.id,
      currency: to.currency,
      streams,
      packages,
      payPerUse,
    },
    typedPayPerUse,
    typedPackages,
    moved,
    unavailable,
    unpriced,
  };
}

function sameAmount(a: string, b: string): boolean {
  const first = parseMoney(a.trim());
  const second = parseMoney(b.trim().replace(/,/g, ''));
  return first !== null && first === second;
}

function sameTiers(a: PriceDraft, b: PriceDraft): boolean {
  return (
    a.mode === b.mode &&
    a.tiers.length === b.tiers.length &&
    a.tiers.every((tier, index) => {
      const other = b.tiers[index];
      return (
        other !== undefined &&
        (index === a.tiers.length - 1 ||
          readNumberText(tier.upTo) === readNumberText(other.upTo)) &&
        sameAmount(tier.unitPrice, other.unitPrice)
      );
    })
  );
}
