import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Catalog, readNumberText } from '../../engine';
import {
  apiDisplayName,
  catalogDisplayName,
  regionDisplayName,
  sizeDisplayName,
} from '../../i18n/catalog-names';
import { formatCurrency } from '../../i18n/format';
import { useT } from '../../i18n/translate';
import { useScenarioStore } from '../../store/scenario-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { SelectField } from '../../ui/field';
import { CATALOG_IDS, type CatalogId, catalogQueryOptions } from './catalog-query';
import { type CatalogSwitchPlan, planCatalogSwitch } from './catalog-switch';

/*
 * The estimate's price catalog. Choosing another asks first: it says which prices typed by hand
 * it will replace and which streams and packages move or need attention, and only then replaces
 * every price with the new catalog's, currency included, as one undoable step.
 */

type Pending = { readonly catalog: Catalog; readonly plan: CatalogSwitchPlan };

export function CatalogField({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const queryClient = useQueryClient();
  const draft = useScenarioStore((state) => state.draft);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const names: Record<CatalogId, string> = {
    international: t('HUAWEI CLOUD International (USD)'),
    mainland: t('HUAWEI CLOUD Chinese mainland (CNY)'),
  };

  const choose = (catalogId: string) => {
    if (catalogId === draft.catalogId) return;
    setProblem(null);
    setDone(null);
    queryClient
      .fetchQuery(catalogQueryOptions(catalogId))
      .then((next) => setPending({ catalog: next, plan: planCatalogSwitch(draft, catalog, next) }))
      .catch(() =>
        setProblem(
          t('The {catalog} price catalog could not be loaded, so the catalog was not changed.', {
            catalog: names[catalogId as CatalogId] ?? catalogId,
          }),
        ),
      );
  };

  const confirm = () => {
    if (!pending) return;
    useScenarioStore.getState().replaceDraft(pending.plan.draft);
    const unpriced = pending.plan.unpriced.length;
    setDone(
      unpriced === 0
        ? t('Prices now come from {catalog}.', { catalog: catalogDisplayName(pending.catalog) })
        : t('Prices now come from {catalog}; {count} package prices are empty: fill them in.', {
            catalog: catalogDisplayName(pending.catalog),
            count: unpriced,
          }),
    );
    setPending(null);
  };

  return (
    <div className="catalog-field">
      <SelectField
        label={t('Price catalog')}
        value={draft.catalogId}
        options={CATALOG_IDS.map((id) => ({ value: id, label: names[id] }))}
        onChange={choose}
        hint={problem ?? done ?? t('Prices are in {currency}.', { currency: draft.currency })}
      />
      {pending ? (
        <ConfirmDialog
          open
          title={t('Switch to {catalog}?', { catalog: catalogDisplayName(pending.catalog) })}
          confirmLabel={t('Switch and replace the prices')}
          cancelLabel={t('Cancel')}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <SwitchDetails plan={pending.plan} from={catalog} to={pending.catalog} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function SwitchDetails({
  plan,
  from,
  to,
}: {
  readonly plan: CatalogSwitchPlan;
  readonly from: Catalog | undefined;
  readonly to: Catalog;
}) {
  const t = useT();
  const draft = useScenarioStore((state) => state.draft);
  const toName = catalogDisplayName(to);
  const packageName = (index: number) => {
    const pkg = draft.packages[index];
    if (!pkg) return '';
    if (pkg.label.trim()) return pkg.label.trim();
    const calls = readNumberText(pkg.calls);
    return t('{api} {size} package', {
      api: apiDisplayName(from, pkg.api),
      size: typeof calls === 'number' ? sizeDisplayName(calls) : pkg.calls,
    });
  };
  const place = (api: string, region: string, catalog: Catalog | undefined) =>
    t('{api} in {region}', {
      api: apiDisplayName(catalog, api),
      region: regionDisplayName(catalog, region),
    });
  const itemName = (item: { readonly kind: 'stream' | 'package'; readonly index: number }) => {
    if (item.kind === 'package') return packageName(item.index);
    const stream = draft.streams[item.index];
    return stream ? place(stream.api, stream.region, from) : '';
  };

  return (
    <>
      <p>
        {t(
          'Every price of this estimate is replaced by the {catalog} price for the same thing, in {currency}. Amounts are never carried over from one currency to another.',
          { catalog: toName, currency: to.currency },
        )}
      </p>
      {plan.typedPayPerUse.length + plan.typedPackages.length > 0 ? (
        <>
          <p>{t('These prices were typed by hand and will be replaced:')}</p>
          <ul>
            {plan.typedPayPerUse.map((entry) => (
              <li key={`ppu ${entry.api} ${entry.region}`}>
                {t('Pay-per-use for {api}: {price} a call', {
                  api:
                    entry.region === null
                      ? apiDisplayName(from, entry.api)
                      : place(entry.api, entry.region, from),
                  price: entry.tiers
                    .map((tier) => formatCurrency(tier.unitPrice, draft.currency, 4))
                    .join(t(', then ')),
                })}
              </li>
            ))}
            {plan.typedPackages.map((index) => (
              <li key={`package ${index}`}>
                {t('{name}: {price}', {
                  name: packageName(index),
                  price: formatCurrency(draft.packages[index]?.price ?? '', draft.currency),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('No price was typed by hand: all of them are the current catalog’s.')}</p>
      )}
      {plan.moved.length > 0 ? (
        <>
          <p>
            {t('{catalog} does not offer these in their region; they move:', { catalog: toName })}
          </p>
          <ul>
            {plan.moved.map((item) => (
              <li key={`${item.kind} ${item.index}`}>
                {t('{name}: from {from} to {to}', {
                  name: itemName(item),
                  from: regionDisplayName(from, item.from),
                  to: regionDisplayName(to, item.to),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.unavailable.length > 0 ? (
        <>
          <p>
            {t('{catalog} does not sell these APIs; they stay as they are, to be changed:', {
              catalog: toName,
            })}
          </p>
          <ul>
            {plan.unavailable.map((item) => (
              <li key={`${item.kind} ${item.index}`}>{itemName(item)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.unpriced.length > 0 ? (
        <>
          <p>
            {t(
              '{catalog} sells no package of these sizes; their price is left empty, to fill in:',
              {
                catalog: toName,
              },
            )}
          </p>
          <ul>
            {plan.unpriced.map((index) => (
              <li key={`unpriced ${index}`}>{packageName(index)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
