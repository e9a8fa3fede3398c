import { memo, useId } from 'react';
import type { Catalog } from '../../engine';
import {
  catalogDisplayName,
  catalogDisplayNote,
  catalogDisplaySources,
} from '../../i18n/catalog-names';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/translate';

/** The choices the simulation makes where the documentation is silent, and where prices come from. */
export const Assumptions = memo(function Assumptions({
  catalog,
}: {
  readonly catalog: Catalog | undefined;
}) {
  const t = useT();
  const headingId = useId();
  const catalogValues = catalog
    ? {
        note: catalogDisplayNote(catalog),
        catalog: catalogDisplayName(catalog),
        currency: catalog.currency,
        date: formatDate(catalog.asOf),
      }
    : null;
  const sources = catalog ? catalogDisplaySources(catalog) : [];
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Assumptions')}</h3>
      <ul className="assumptions">
        <li>
          {t(
            "A package covers the whole of the day it takes effect, and stays usable through the end of its expiry day: the same day of the month, validity months later, or that month's last day when it has no such day (a 12-month package bought on February 29, 2024 expires on February 28, 2025).",
          )}
        </li>
        <li>
          {t(
            "A package covers its API's calls in its region even where pay-per-use is not subscribed there; only the calls it cannot cover fail (ModelArts.4204), and they cost nothing.",
          )}
        </li>
        <li>
          {t(
            'The pay-per-use tier counter counts only pay-per-use calls (not calls packages cover), separately for each API in each region, and starts again at 0 on the first of every calendar month.',
          )}
        </li>
        <li>
          {t(
            "A month's calls are spread evenly over its days, in whole calls: when they do not divide evenly, the extra calls fall on days spread through the month, and the days always add up to the month's calls exactly.",
          )}
        </li>
        <li>
          {t(
            'Money is exact: nothing is rounded inside the simulation. Amounts are rounded half-up to the cent only when shown.',
          )}
        </li>
        <li>
          {t(
            "The payback day is the first day, not before the first paid package bought in the horizon, from which the plan's cost to date stays at or below the pay-per-use-only cost to date through the end of the horizon.",
          )}
        </li>
      </ul>
      <h4>{t('Where the prices come from')}</h4>
      {catalog && catalogValues ? (
        <>
          <p>
            {catalog.illustrative
              ? t(
                  'Illustrative prices, editable: {note} Catalog: {catalog} ({currency}), as of {date}. The scenario carries every price it uses, so changing the catalog later does not change these results.',
                  catalogValues,
                )
              : t(
                  '{note} Catalog: {catalog} ({currency}), as of {date}. The scenario carries every price it uses, so changing the catalog later does not change these results.',
                  catalogValues,
                )}
          </p>
          {sources.length > 0 ? (
            <>
              <p>{t('Sources:')}</p>
              <ul className="assumptions-sources">
                {sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p>
          {t(
            "The prices are the scenario's own: illustrative and editable, as no official OCR price list is public. (The price catalog has not loaded.)",
          )}
        </p>
      )}
    </section>
  );
});
