import type { Catalog } from '../core/catalog';

/*
 * API and region names as an export writes them, matched against both catalogs: ids, English
 * names and Chinese names, without case or spacing; names the user mapped by hand come first.
 */

export type NameMatcher = {
  readonly api: (name: string) => string | null;
  readonly region: (name: string) => string | null;
};

function key(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** Lookups by the name as written, so each distinct spelling is normalised once. */
function remembered(ids: ReadonlyMap<string, string>): (name: string) => string | null {
  const seen = new Map<string, string | null>();
  return (name) => {
    let id = seen.get(name);
    if (id === undefined) {
      if (seen.size > 100_000) seen.clear();
      id = ids.get(key(name)) ?? null;
      seen.set(name, id);
    }
    return id;
  };
}

export function nameMatcher(
  catalogs: readonly Catalog[],
  aliases: {
    readonly api?: Readonly<Record<string, string>>;
    readonly region?: Readonly<Record<string, string>>;
  } = {},
): NameMatcher {
  const apis = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const catalog of catalogs) {
    for (const api of catalog.apis)
      for (const name of [api.id, api.name, api.nameZh]) if (name) apis.set(key(name), api.id);
    for (const region of catalog.regions)
      for (const name of [region.id, region.name, region.nameZh])
        if (name) regions.set(key(name), region.id);
  }
  for (const [name, id] of Object.entries(aliases.api ?? {})) apis.set(key(name), id);
  for (const [name, id] of Object.entries(aliases.region ?? {})) regions.set(key(name), id);
  return { api: remembered(apis), region: remembered(regions) };
}
