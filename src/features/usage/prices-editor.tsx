import { memo, useCallback, useId } from 'react';
import { type Catalog, catalogPriceEntry, messagesAt, type PricingMode } from '../../engine';
import { apiDisplayName, officialPriceSource } from '../../i18n/catalog-names';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useDraft, useFieldErrorsUnder, useGeneralErrors } from '../../store/derived';
import type { PriceDraft } from '../../store/draft';
import { priceDraftFromCatalog } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { SelectField, TextField } from '../../ui/field';
import { InfoTip } from '../../ui/info-tip';
import { labelWithNames } from '../../ui/isolate-name';
import { useFocusLater } from '../../ui/use-focus-later';
import {
  addTier,
  blankPriceEntry,
  isPriceEntryUsed,
  matchesCatalog,
  priceEntryName,
  removeTier,
  unpricedApis,
  updateTier,
} from './tier-editing';

/** The pay-per-use tiers each API is billed at once packages do not cover its calls. */
export function PricesEditor({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const draft = useDraft();
  const setPriceEntry = useScenarioStore((state) => state.setPriceEntry);
  const removePriceEntry = useScenarioStore((state) => state.removePriceEntry);
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const missing = unpricedApis(draft.streams, draft.payPerUse);
  const removeAt = useCallback(
    (index: number, entry: PriceDraft) => {
      removePriceEntry(entry.api, entry.region);
      focusLater(
        `[data-price-index="${index}"] :is(input, select, button):not(:disabled)`,
        `[data-price-index="${index - 1}"] :is(input, select, button):not(:disabled)`,
        '[data-add-price]',
      );
    },
    [removePriceEntry, focusLater],
  );

  return (
    <section className="panel editor" aria-labelledby={headingId} ref={containerRef}>
      <h2 id={headingId}>{t('Pay-per-use prices')}</h2>
      <p className="prices-note">
        {t(
          "Prices are illustrative and editable: no official OCR price list is public. Enter the customer's quote for real answers.",
        )}
      </p>
      {draft.payPerUse.length === 0 ? <p>{t('No pay-per-use prices yet.')}</p> : null}
      {draft.payPerUse.map((entry, index) => (
        <PriceEntryEditor
          key={`${entry.api}|${entry.region ?? ''}`}
          index={index}
          entry={entry}
          catalog={catalog}
          currency={draft.currency}
          removable={!isPriceEntryUsed(entry, draft.streams)}
          onRemove={removeAt}
        />
      ))}
      {missing.map((api) => (
        <p key={api} className="editor-actions">
          <span>{t('{api} has no pay-per-use price.', { api: apiDisplayName(catalog, api) })}</span>
          <button
            type="button"
            data-add-price
            onClick={() => {
              const listed = catalog ? catalogPriceEntry(catalog, api) : undefined;
              setPriceEntry(listed ? priceDraftFromCatalog(listed) : blankPriceEntry(api));
              focusLater(`[data-price-index="${draft.payPerUse.length}"] select`);
            }}
          >
            {t('Add prices for {api}', { api: apiDisplayName(catalog, api) })}
          </button>
        </p>
      ))}
    </section>
  );
}

type PriceEntryEditorProps = {
  readonly index: number;
  readonly entry: PriceDraft;
  readonly catalog: Catalog | undefined;
  readonly currency: string;
  readonly removable: boolean;
  /** One function for every entry, so an entry redraws only when it changes. */
  readonly onRemove: (index: number, entry: PriceDraft) => void;
};

const PriceEntryEditor = memo(function PriceEntryEditor({
  index,
  entry,
  catalog,
  currency,
  removable,
  onRemove,
}: PriceEntryEditorProps) {
  const t = useT();
  const path = `payPerUse[${index}]`;
  const fieldErrors = useFieldErrorsUnder(['payPerUse', index]);
  const { say } = useMessages(catalog);
  const error = (key: string) => {
    const message = fieldErrors[key];
    return message && say(message);
  };
  const generalErrors = useGeneralErrors();
  const setPriceEntry = useScenarioStore((state) => state.setPriceEntry);
  const { containerRef, focusLater } = useFocusLater<HTMLFieldSetElement>();
  const name = priceEntryName(entry, catalog);
  const listed = catalog ? catalogPriceEntry(catalog, entry.api) : undefined;
  const official = officialPriceSource(listed);
  // The official mark holds only while the tiers are the ones the catalog quotes.
  const isOfficial =
    official !== null &&
    listed !== undefined &&
    entry.tiers.length === listed.tiers.length &&
    entry.tiers.every((tier, at) => tier.unitPrice.trim() === listed.tiers[at]?.unitPrice);
  const messages = [
    ...messagesAt(generalErrors, ['payPerUse', index]),
    ...messagesAt(generalErrors, ['payPerUse', index, 'mode']),
    ...messagesAt(generalErrors, ['payPerUse', index, 'tiers']),
  ].map(say);
  const setTiers = (tiers: PriceDraft['tiers'], field?: string) =>
    setPriceEntry({ ...entry, tiers }, field);

  return (
    <fieldset className="editor-card" data-price-index={index} ref={containerRef}>
      <legend>{name}</legend>
      {isOfficial ? (
        <p className="field-hint">
          {t('Official price, not illustrative. Source: {source}.', { source: official })}
        </p>
      ) : null}
      <div className="mode-row">
        <SelectField
          label={t('Pricing')}
          value={entry.mode}
          options={[
            { value: 'graduated', label: t('Graduated') },
            { value: 'volume', label: t('Volume') },
          ]}
          onChange={(mode) => setPriceEntry({ ...entry, mode: mode as PricingMode })}
        />
        <InfoTip label={t('graduated and volume pricing')}>
          {t(
            "Graduated: each call costs the price of the tier it falls in. Volume: every call of the month costs the price of the tier the month's total reaches.",
          )}
        </InfoTip>
      </div>
      {messages.map((message) => (
        <p key={message} className="notice notice-warning editor-message" role="status">
          {message}
        </p>
      ))}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1) */}
      <div className="table-scroll" tabIndex={0}>
        <table className="tier-table">
          <caption className="visually-hidden">{t('Tiers of {name}', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Up to (calls per month)')}</th>
              <th scope="col">{t('Unit price ({currency})', { currency })}</th>
              <th scope="col">
                <span className="visually-hidden">{t('Actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entry.tiers.map((tier, tierIndex) => {
              const last = tierIndex === entry.tiers.length - 1;
              const tierPath = `${path}.tiers[${tierIndex}]`;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: tiers have no identity but their place
                <tr key={tierIndex} data-tier-index={tierIndex}>
                  <td>
                    {last ? (
                      <span className="no-limit">{t('no limit')}</span>
                    ) : (
                      <TextField
                        compact
                        label={t('Tier {number} up to (calls per month)', {
                          number: tierIndex + 1,
                        })}
                        inputMode="numeric"
                        value={tier.upTo}
                        onChange={(upTo) =>
                          setTiers(
                            updateTier(entry.tiers, tierIndex, { upTo }),
                            `tiers.${tierIndex}.upTo`,
                          )
                        }
                        error={error(`${tierPath}.upTo`)}
                      />
                    )}
                  </td>
                  <td>
                    <TextField
                      compact
                      label={t('Tier {number} unit price', { number: tierIndex + 1 })}
                      inputMode="decimal"
                      value={tier.unitPrice}
                      onChange={(unitPrice) =>
                        setTiers(
                          updateTier(entry.tiers, tierIndex, { unitPrice }),
                          `tiers.${tierIndex}.unitPrice`,
                        )
                      }
                      error={error(`${tierPath}.unitPrice`)}
                    />
                  </td>
                  <td>
                    {entry.tiers.length > 1 ? (
                      <button
                        type="button"
                        aria-label={labelWithNames(t, 'Remove tier {number} of {name}', {
                          number: tierIndex + 1,
                          name,
                        })}
                        onClick={() => {
                          setTiers(removeTier(entry.tiers, tierIndex));
                          focusLater(
                            `[data-tier-index="${tierIndex}"] input`,
                            `[data-tier-index="${tierIndex - 1}"] input`,
                            '[data-add-tier]',
                          );
                        }}
                      >
                        {t('Remove')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="editor-actions">
        <button
          type="button"
          data-add-tier
          aria-label={labelWithNames(t, 'Add a tier to {name}', { name })}
          onClick={() => {
            setTiers(addTier(entry.tiers));
            focusLater(`[data-tier-index="${entry.tiers.length - 1}"] input`);
          }}
        >
          {t('Add a tier')}
        </button>
        {listed ? (
          <button
            type="button"
            aria-label={labelWithNames(t, 'Reset {name} to catalog price', { name })}
            disabled={matchesCatalog(entry, listed)}
            onClick={() => setPriceEntry(priceDraftFromCatalog(listed, entry.region))}
          >
            {t('Reset to catalog price')}
          </button>
        ) : null}
        {removable ? (
          <button
            type="button"
            aria-label={labelWithNames(t, 'Remove prices for {name}', { name })}
            onClick={() => onRemove(index, entry)}
          >
            {t('Remove')}
          </button>
        ) : null}
        {listed && matchesCatalog(entry, listed) ? (
          <span className="field-hint">{t("Same as the catalog's price.")}</span>
        ) : null}
        {removable ? <span className="field-hint">{t('No stream uses these prices.')}</span> : null}
      </div>
    </fieldset>
  );
});
