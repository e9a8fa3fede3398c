import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Catalog } from '../../engine';
import { useT } from '../../i18n/translate';
import { simulationOf, useDraft, useDraftCheck } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { ListPager } from '../../ui/list-pager';
import { MountInTurn } from '../../ui/mount-in-turn';
import { itemsNamedIn, pageOfItem, pageWindow, problemsPerPage } from '../../ui/pages';
import { useFocusLater } from '../../ui/use-focus-later';
import { DeductionOrderEditor } from './deduction-order-editor';
import { PackageCard } from './package-card';
import { newAllowance, newPackage, packageNames } from './package-defaults';

/** Cards shown at once: a large scenario's hundreds of packages are paged. */
export const PACKAGES_PER_PAGE = 10;
/** Package cards after the first mount in this turn at load: after the editor (turn 2), before the prices (3). */
const PACKAGE_CARDS_TURN = 2.5;

const firstFieldOf = (index: number) =>
  `[data-package-index="${index}"] :is(input, select):not(:disabled)`;

/** The prepaid packages the customer owns or might buy, and the order they pay in. */
export function PackagesEditor({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const draft = useDraft();
  const { addPackage, duplicatePackage, renewPackage, removePackage } = useScenarioStore.getState();
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const { fieldErrors, generalErrors } = useDraftCheck();
  const [requestedPage, setPage] = useState(0);
  const count = draft.packages.length;
  const shown = pageWindow(count, PACKAGES_PER_PAGE, requestedPage);
  const names = packageNames(draft.packages, catalog);
  /** Turns to the page of a package just added at `index` and focuses its first field. */
  const showAdded = useCallback(
    (index: number) => {
      setPage(pageOfItem(index, PACKAGES_PER_PAGE));
      focusLater(firstFieldOf(index));
    },
    [focusLater],
  );
  const duplicateAt = useCallback(
    (index: number) => {
      duplicatePackage(index);
      showAdded(index + 1);
    },
    [duplicatePackage, showAdded],
  );
  const renewAt = useCallback(
    (index: number, startsOn: string) => {
      renewPackage(index, startsOn);
      showAdded(index + 1);
    },
    [renewPackage, showAdded],
  );
  // When each package runs out and reaches its 80 % alert, for Renew: the simulation of the
  // draft, in a deferred render so typing never waits for it.
  const { parsed } = useDraftCheck();
  const scenario = useDeferredValue(parsed.ok ? parsed.scenario : null);
  const outcomes = useMemo(() => {
    const byId = new Map<string, { exhaustedOn: string | null; alertOn: string | null }>();
    if (scenario)
      for (const detail of simulationOf(scenario).packages)
        byId.set(detail.id, { exhaustedOn: detail.exhaustedOn, alertOn: detail.alertOn });
    return byId;
  }, [scenario]);
  const removeAt = useCallback(
    (index: number) => {
      removePackage(index);
      focusLater(firstFieldOf(index), firstFieldOf(index - 1), '[data-add-package]');
    },
    [removePackage, focusLater],
  );

  return (
    <section className="panel editor" aria-labelledby={headingId} ref={containerRef}>
      <h2 id={headingId}>{t('Packages')}</h2>
      <p className="prices-note">
        {catalog
          ? t(
              "Prices are illustrative and editable: no official OCR price list is public. Enter the customer's quote for real answers.",
            )
          : t(
              "Prices are illustrative and editable: no official OCR price list is public. Enter the customer's quote for real answers. The price catalog is unavailable: package sizes cannot be offered.",
            )}
      </p>
      {draft.packages.length === 0 ? (
        <p>{t('No packages: every call is billed pay-per-use. Add one to compare.')}</p>
      ) : null}
      <ListPager
        label={t('Pages of packages')}
        shown={shown}
        count={count}
        pageSize={PACKAGES_PER_PAGE}
        problemsPerPage={problemsPerPage(
          itemsNamedIn([...Object.values(fieldErrors), ...generalErrors], 'packages'),
          count,
          PACKAGES_PER_PAGE,
        )}
        onPage={setPage}
      />
      {draft.packages.slice(shown.first, shown.end).map((pkg, offset) => {
        const index = shown.first + offset;
        return (
          <MountInTurn key={pkg.id} order={PACKAGE_CARDS_TURN} immediately={offset === 0}>
            <PackageCard
              index={index}
              pkg={pkg}
              name={names[index] ?? ''}
              catalog={catalog}
              currency={draft.currency}
              showPriority={draft.deductionOrder.includes('priority')}
              onDuplicate={duplicateAt}
              runsOutOn={outcomes.get(pkg.id.trim())?.exhaustedOn ?? null}
              alertOn={outcomes.get(pkg.id.trim())?.alertOn ?? null}
              onRenew={renewAt}
              onRemove={removeAt}
            />
          </MountInTurn>
        );
      })}
      <button
        type="button"
        data-add-package
        onClick={() => {
          addPackage(newPackage(draft, catalog));
          showAdded(count);
        }}
      >
        {t('Add a package')}
      </button>
      <button
        type="button"
        onClick={() => {
          addPackage(newAllowance(draft, catalog, 'day'));
          showAdded(count);
        }}
      >
        {t('Add free calls every day')}
      </button>
      <button
        type="button"
        onClick={() => {
          addPackage(newAllowance(draft, catalog, 'month'));
          showAdded(count);
        }}
      >
        {t('Add free calls every month')}
      </button>
      <DeductionOrderEditor catalog={catalog} />
    </section>
  );
}
