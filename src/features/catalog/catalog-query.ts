import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Catalog, type Message, parseCatalog } from '../../engine';

/* The price catalogs are static JSON beside the app (public/catalogs), loaded and checked once. */

export const CATALOG_IDS = ['international', 'mainland'] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/** What went wrong, for the page to say in its language: unreachable (with why), not JSON, damaged. */
export type CatalogProblem =
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'damaged' };

export class CatalogError extends Error {
  readonly details: readonly Message[];
  readonly problem: CatalogProblem;
  constructor(problem: CatalogProblem, details: readonly Message[] = []) {
    super(
      problem.kind === 'unreachable'
        ? `The price catalog could not be loaded (${problem.reason}).`
        : problem.kind === 'not-json'
          ? 'The price catalog is not valid JSON.'
          : 'The price catalog is damaged.',
    );
    this.name = 'CatalogError';
    this.problem = problem;
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
    throw new CatalogError({
      kind: 'unreachable',
      reason: error instanceof Error ? error.message : 'network error',
    });
  }
  if (!response.ok)
    throw new CatalogError({ kind: 'unreachable', reason: `HTTP ${response.status}` });
  let document: unknown;
  try {
    document = await response.json();
  } catch {
    throw new CatalogError({ kind: 'not-json' });
  }
  const parsed = parseCatalog(document);
  if (!parsed.ok) throw new CatalogError({ kind: 'damaged' }, parsed.errors);
  return parsed.catalog;
}

export const catalogQueryOptions = (catalogId: string) =>
  queryOptions({
    queryKey: ['catalog', catalogId],
    queryFn: () => fetchCatalog(catalogId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });

/** A catalog; `enabled: false` reads only what is already loaded, fetching nothing yet. */
export function useCatalog(catalogId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...catalogQueryOptions(catalogId), enabled });
}
