import { useMessages } from '../../i18n/messages';
import { type Translate, useT } from '../../i18n/translate';
import { CatalogError, useCatalog } from './catalog-query';

/** The catalog's problem in the page's language. */
function problemText(error: Error, t: Translate): string {
  if (!(error instanceof CatalogError)) return error.message;
  const { problem } = error;
  switch (problem.kind) {
    case 'unreachable':
      return t('The price catalog could not be loaded ({reason}).', {
        reason: problem.reason === 'network error' ? t('network error') : problem.reason,
      });
    case 'not-json':
      return t('The price catalog is not valid JSON.');
    case 'damaged':
      return t('The price catalog is damaged.');
  }
}

/** The catalog's state where the page needs it: loading, a clear error with a retry, or nothing. */
export function CatalogStatus({ catalogId }: { readonly catalogId: string }) {
  const t = useT();
  const { problem } = useMessages(undefined);
  const query = useCatalog(catalogId);
  if (query.isPending) {
    return (
      <p className="notice" role="status">
        {t('Loading the price catalog…')}
      </p>
    );
  }
  if (query.isError) {
    const details = query.error instanceof CatalogError ? query.error.details : [];
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{problemText(query.error, t)}</strong>{' '}
          {t(
            'Package sizes and list prices cannot be offered until it loads; the scenario and its results still work with the prices it holds.',
          )}
        </p>
        {details.length > 0 ? (
          <ul>
            {details.slice(0, 5).map((detail, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is written once, in order
              <li key={index}>{problem(detail)}</li>
            ))}
          </ul>
        ) : null}
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? t('Retrying…') : t('Retry')}
        </button>
      </div>
    );
  }
  return null;
}
