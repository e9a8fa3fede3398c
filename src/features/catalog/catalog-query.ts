import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Catalog, parseCatalog } from '../../engine';

/* The price catalogs are static JSON beside the app (public/catalogs), loaded and checked once. */

export const CATALOG_IDS = ['international', 'mainland'] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

export class CatalogError extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'CatalogError';
    this.details = details;
  }
}

/** Fetches and validates one catalog; a missing or invalid file is an error with its reasons. */
export async function fetchCatalog(
  catalogId: string,
  fetcher: typeof fetch = fetch,
): Promise<Catalog> {
  const url = `${import.meta.env?.BASE_URL ?? './'}catalogs/${encodeURIComponent(catalogId)}.json`;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new CatalogError(
      `The price catalog could not be loaded (${error instanceof Error ? error.message : 'network error'}).`,
    );
  }
  if (!response.ok)
    throw new CatalogError(`The price catalog could not be loaded (HTTP ${response.status}).`);
  let document: unknown;
  try {
    document = await response.json();
  } catch {
    throw new CatalogError('The price catalog is not valid JSON.');
  }
  const parsed = parseCatalog(document);
  if (!parsed.ok) throw new CatalogError('The price catalog is damaged.', parsed.errors);
  return parsed.catalog;
}

export const catalogQueryOptions = (catalogId: string) =>
  queryOptions({
    queryKey: ['catalog', catalogId],
    queryFn: () => fetchCatalog(catalogId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });

export function useCatalog(catalogId: string) {
  return useQuery(catalogQueryOptions(catalogId));
}
