import { memo, useId, useState } from 'react';
import {
  type Catalog,
  messagesAt,
  PACKAGE_SOURCES,
  type PackageSource,
  regionsOfApi,
  renewalAtAlert,
  renewalStart,
} from '../../engine';
import { apiOptions, regionOptions } from '../../i18n/catalog-names';
import { formatDate } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { type Translate, useT } from '../../i18n/translate';
import { useFieldErrorsUnder, useGeneralErrors } from '../../store/derived';
import { type PackageDraft, RESET_CHOICES, type ResetChoice } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { LegendMarkIcon } from '../../ui/chart-legend';
import { seriesLine } from '../../ui/chart-look';
import { SelectField, TextField } from '../../ui/field';
import { labelWithNames } from '../../ui/isolate-name';
import { packageApiPatch, unusedPackageWarning } from './package-defaults';
import { catalogPriceHint, chooseSize, formatSize, sizeChoiceOf } from './package-size';

function sourceLabel(source: PackageSource, t: Translate): string {
  switch (source) {
    case 'purchased':
      return t('Purchased');
    case 'promotional':
      return t('Promotional');
    case 'free':
      return t('Free');
  }
}
const SOURCES_LISTED = [...PACKAGE_SOURCES].reverse();

function resetLabel(choice: ResetChoice, t: Translate): string {
  switch (choice) {
    case 'never':
      return t('Spent once');
    case 'day':
      return t('Renews every day');
    case 'month':
      return t('Renews every month');
  }
}
const CUSTOM = 'custom';

type PackageCardProps = {
  readonly index: number;
  readonly pkg: PackageDraft;
  readonly name: string;
  readonly catalog: Catalog | undefined;
  readonly currency: string;
  readonly showPriority: boolean;
  /*
   * The actions take the card's index: each is one function shared by every card, so a card
   * redraws only when its own package changes.
   */
  /** From the simulation: the day it runs out and the day of its 80 % alert, when inside the horizon. */
  readonly runsOutOn: string | null;
  readonly alertOn: string | null;
  readonly onDuplicate: (index: number) => void;
  /** Renews the package with the renewal taking effect on `startsOn`. */
  readonly onRenew: (index: number, startsOn: string) => void;
  readonly onRemove: (index: number) => void;
};

/** One package: what it covers, its size and price, its dates, and the buttons acting on it. */
export const PackageCard = memo(function PackageCard({
  index,
  pkg,
  name,
  catalog,
  currency,
  showPriority,
  runsOutOn,
  alertOn,
  onDuplicate,
  onRenew,
  onRemove,
}: PackageCardProps) {
  const t = useT();
  const path = `packages[${index}]`;
  const fieldErrors = useFieldErrorsUnder(['packages', index]);
  const { say } = useMessages(catalog);
  const generalErrors = useGeneralErrors();
  const updatePackage = useScenarioStore((state) => state.updatePackage);
  const [customChosen, setCustomChosen] = useState(false);
  const renewReasonId = useId();
  const error = (field: string) => {
    const message = fieldErrors[`${path}.${field}`];
    return message && say(message);
  };
  const update = (patch: Partial<PackageDraft>, field?: string) =>
    updatePackage(index, patch, field);

  const derivedSize = sizeChoiceOf(pkg, catalog);
  const size = customChosen ? CUSTOM : String(derivedSize);
  const regions = catalog
    ? regionsOfApi(catalog, pkg.api).length > 0
      ? regionsOfApi(catalog, pkg.api)
      : catalog.regions
    : [];
  const outcome = { exhaustedOn: runsOutOn, alertOn };
  const renewal = renewalStart(pkg, outcome);
  const atAlert = renewalAtAlert(pkg, outcome);
  const warning = useScenarioStore((state) =>
    unusedPackageWarning(pkg, state.draft.streams, catalog),
  );
  const priceHint = catalogPriceHint(pkg, catalog);
  const messages = [
    ...messagesAt(generalErrors, ['packages', index]),
    ...messagesAt(generalErrors, ['packages', index, 'id']),
  ].map(say);

  return (
    <fieldset className="editor-card" data-package-index={index}>
      <legend>
        {/* The package's line in the charts, so the card and its line are found together. */}
        <LegendMarkIcon mark={{ kind: 'line', look: seriesLine(pkg.colour) }} />
        <bdi>{name}</bdi>
      </legend>
      <div className="field-grid">
        <TextField
          label={t('Label')}
          value={pkg.label}
          onChange={(label) => update({ label }, 'label')}
          error={error('label')}
          placeholder={name}
        />
        {catalog ? (
          <>
            <SelectField
              label={t('API')}
              value={pkg.api}
              options={apiOptions(catalog)}
              onChange={(api) =>
                update(
                  packageApiPatch(pkg, api, catalog, useScenarioStore.getState().draft.streams),
                )
              }
              error={error('api')}
            />
            <SelectField
              label={t('Region')}
              value={pkg.region}
              options={regionOptions(catalog, regions)}
              onChange={(region) => update({ region })}
              error={error('region')}
              hint={t('A package covers calls in its own region only.')}
            />
            <SelectField
              label={t('Size')}
              value={size}
              options={[
                ...catalog.packageSizes.map((calls) => ({
                  value: String(calls),
                  label: formatSize(calls),
                })),
                { value: CUSTOM, label: t('Custom size') },
              ]}
              onChange={(choice) => {
                if (choice === CUSTOM) {
                  setCustomChosen(true);
                  return;
                }
                setCustomChosen(false);
                update(chooseSize(pkg, Number(choice), catalog));
              }}
              error={size === CUSTOM ? undefined : error('calls')}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('API')}
              value={pkg.api}
              onChange={(api) => update({ api }, 'api')}
              error={error('api')}
              hint={t('An API id, such as general-text.')}
            />
            <TextField
              label={t('Region')}
              value={pkg.region}
              onChange={(region) => update({ region }, 'region')}
              error={error('region')}
              hint={t('A region id, such as ap-southeast-1.')}
            />
          </>
        )}
        {size === CUSTOM ? (
          <TextField
            label={t('Calls')}
            inputMode="numeric"
            value={pkg.calls}
            onChange={(calls) => update({ calls }, 'calls')}
            error={error('calls')}
          />
        ) : null}
        <TextField
          label={t('Price')}
          inputMode="decimal"
          suffix={currency}
          value={pkg.price}
          onChange={(price) => update({ price }, 'price')}
          error={error('price')}
          hint={priceHint ?? undefined}
        />
        <SelectField
          label={t('Source')}
          value={pkg.source}
          options={SOURCES_LISTED.map((source) => ({
            value: source,
            label: sourceLabel(source, t),
          }))}
          onChange={(source) => update({ source: source as PackageSource })}
          error={error('source')}
        />
        <SelectField
          label={t('Quota')}
          value={pkg.resetEvery}
          options={RESET_CHOICES.map((choice) => ({ value: choice, label: resetLabel(choice, t) }))}
          onChange={(resetEvery) => update({ resetEvery: resetEvery as ResetChoice })}
          error={error('resetEvery')}
          hint={
            pkg.resetEvery === 'never'
              ? undefined
              : t(
                  'It holds its calls afresh every period; what a period leaves unused is lost, not carried over.',
                )
          }
        />
        <TextField
          label={t('Bought on')}
          placeholder={t('YYYY-MM-DD')}
          value={pkg.createdOn}
          onChange={(createdOn) => update({ createdOn }, 'createdOn')}
          error={error('createdOn')}
          hint={t('Its price is paid this day.')}
        />
        <TextField
          label={t('Takes effect on')}
          placeholder={t('YYYY-MM-DD')}
          value={pkg.activatesOn}
          onChange={(activatesOn) => update({ activatesOn }, 'activatesOn')}
          error={error('activatesOn')}
          hint={t('Empty: the day it is bought.')}
        />
        <TextField
          label={t('Validity')}
          inputMode="numeric"
          suffix={t('months')}
          placeholder="12"
          value={pkg.validityMonths}
          onChange={(validityMonths) => update({ validityMonths }, 'validityMonths')}
          error={error('validityMonths')}
        />
        <TextField
          label={t('Calls already used')}
          inputMode="numeric"
          placeholder="0"
          value={pkg.usedCalls}
          onChange={(usedCalls) => update({ usedCalls }, 'usedCalls')}
          error={error('usedCalls')}
          hint={t('For a package the customer already owns: calls used before the horizon.')}
        />
        {showPriority ? (
          <TextField
            label={t('Priority')}
            inputMode="numeric"
            placeholder="0"
            value={pkg.priority}
            onChange={(priority) => update({ priority }, 'priority')}
            error={error('priority')}
            hint={t('Lower pays first.')}
          />
        ) : null}
      </div>
      {warning ? (
        <p className="notice notice-warning editor-message" role="status">
          {warning}
        </p>
      ) : null}
      {messages.map((message) => (
        <p key={message} className="notice notice-warning editor-message" role="status">
          {message}
        </p>
      ))}
      <div className="editor-actions">
        <button
          type="button"
          aria-label={labelWithNames(t, 'Duplicate {name}', { name })}
          onClick={() => onDuplicate(index)}
        >
          {t('Duplicate')}
        </button>
        <button
          type="button"
          aria-label={labelWithNames(t, 'Renew {name}', { name })}
          aria-describedby={renewReasonId}
          disabled={renewal === null}
          onClick={() => {
            if (renewal) onRenew(index, renewal.startsOn);
          }}
        >
          {t('Renew')}
        </button>
        {atAlert ? (
          <button
            type="button"
            aria-label={labelWithNames(t, 'Renew {name} at the 80 % alert', { name })}
            aria-describedby={renewReasonId}
            onClick={() => onRenew(index, atAlert)}
          >
            {t('Renew at the 80 % alert')}
          </button>
        ) : null}
        <button
          type="button"
          aria-label={labelWithNames(t, 'Remove {name}', { name })}
          onClick={() => onRemove(index)}
        >
          {t('Remove')}
        </button>
        <span className="field-hint" id={renewReasonId}>
          {renewal === null
            ? t('Renew needs a valid date and validity.')
            : renewal.reason === 'runs-out'
              ? t('Renew adds the same package from {date}, the day it runs out.', {
                  date: formatDate(renewal.startsOn),
                })
              : t('Renew adds the same package from {date}, the day after it expires.', {
                  date: formatDate(renewal.startsOn),
                })}
          {atAlert
            ? ` ${t('At the 80 % alert, it would start on {date}.', { date: formatDate(atAlert) })}`
            : null}
        </span>
      </div>
    </fieldset>
  );
});
