import { useId } from 'react';
import type { Catalog } from '../../engine';
import { useT } from '../../i18n/translate';
import { useDraft } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { useFocusLater } from '../../ui/use-focus-later';
import { DeductionOrderEditor } from './deduction-order-editor';
import { PackageCard } from './package-card';
import { newPackage, packageNames } from './package-defaults';

/** The prepaid packages the customer owns or might buy, and the order they pay in. */
export function PackagesEditor({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const draft = useDraft();
  const { addPackage, duplicatePackage, renewPackage, removePackage } = useScenarioStore.getState();
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const names = packageNames(draft.packages, catalog);
  const firstFieldOf = (index: number) =>
    `[data-package-index="${index}"] :is(input, select):not(:disabled)`;

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
      {draft.packages.map((pkg, index) => (
        <PackageCard
          key={pkg.id}
          index={index}
          pkg={pkg}
          name={names[index] ?? ''}
          catalog={catalog}
          currency={draft.currency}
          streams={draft.streams}
          showPriority={draft.deductionOrder.includes('priority')}
          onDuplicate={() => {
            duplicatePackage(index);
            focusLater(firstFieldOf(index + 1));
          }}
          onRenew={() => {
            renewPackage(index);
            focusLater(firstFieldOf(index + 1));
          }}
          onRemove={() => {
            removePackage(index);
            focusLater(firstFieldOf(index), '[data-add-package]');
          }}
        />
      ))}
      <button
        type="button"
        data-add-package
        onClick={() => {
          addPackage(newPackage(draft, catalog));
          focusLater(firstFieldOf(draft.packages.length));
        }}
      >
        {t('Add a package')}
      </button>
      <DeductionOrderEditor />
    </section>
  );
}
