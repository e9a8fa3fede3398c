import type { Catalog } from '../../engine';
import { formatDate } from '../../ui/format';
import { CatalogError, useCatalog } from './catalog-query';

/** The catalog's state where the page needs it: loading, a clear error with a retry, or nothing. */
export function CatalogStatus({ catalogId }: { readonly catalogId: string }) {
  const query = useCatalog(catalogId);
  if (query.isPending) {
    return (
      <p className="notice" role="status">
        Loading the price catalog…
      </p>
    );
  }
  if (query.isError) {
    const details = query.error instanceof CatalogError ? query.error.details : [];
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{query.error.message}</strong> Package sizes and list prices cannot be offered
          until it loads; the scenario and its results still work with the prices it holds.
        </p>
        {details.length > 0 ? (
          <ul>
            {details.slice(0, 5).map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  return null;
}

/** Says, wherever prices show, that they are illustrative and editable. */
export function IllustrativePricesNote({ catalog }: { readonly catalog: Catalog | undefined }) {
  return (
    <p className="prices-note">
      Prices are illustrative and editable: no official OCR price list is public.
      {catalog
        ? ` Catalog: ${catalog.name} (${catalog.currency}), as of ${formatDate(catalog.asOf)}.`
        : ''}{' '}
      Enter the customer's quote for real answers.
    </p>
  );
}
