import { memo, type ReactNode, useId, useMemo, useState } from 'react';
import type { Catalog, DeductionKey, Scenario } from '../../engine';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { type Translate, useT } from '../../i18n/translate';
import { toDeductionOrder } from './to-deduction-order';

function keyName(key: DeductionKey, t: Translate): string {
  switch (key) {
    case 'source':
      return t('source (free, then promotional, then purchased)');
    case 'priority':
      return t('priority (lower first)');
    case 'activatesOn':
      return t('earliest to take effect');
    case 'expiresOn':
      return t('earliest to expire');
    case 'createdOn':
      return t('earliest bought');
    case 'calls':
      return t('smallest package');
  }
}

/** Packages listed per group before "Show all": a large scenario has hundreds per group. */
export const STEPS_SHOWN = 10;

/** For each API and region some stream calls: which package pays first, and why. */
export const DeductionOrder = memo(function DeductionOrder({
  scenario,
  catalog,
}: {
  readonly scenario: Scenario;
  readonly catalog: Catalog | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { say } = useMessages(catalog);
  const headingId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: its names and reasons are written in the page's language
  const view = useMemo(() => toDeductionOrder(scenario, catalog), [scenario, catalog, locale]);
  const rules = [
    ...view.order.map((key) => keyName(key, t)),
    t('position in the package list'),
  ].join(t(', then '));
  return (
    <section className="results-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Deduction order')}</h3>
      <p>
        {t(
          "Each day, a stream's calls are taken from its usable packages in this order, each until it is empty; the rest goes to pay-per-use. Rules, in turn: {rules}.",
          { rules },
        )}
      </p>
      {view.groups.map((group) => (
        <div key={`${group.api} ${group.region}`} className="deduction-group">
          <h4>{t('{api} in {region}', { api: group.apiName, region: group.regionName })}</h4>
          {group.steps.length === 0 ? (
            <p>{t('No package covers these calls: all of them go to pay-per-use.')}</p>
          ) : (
            <ShortList count={group.steps.length}>
              {(shown) => (
                <ol className="deduction-steps">
                  {group.steps.slice(0, shown).map((step) => (
                    <Step
                      key={step.id}
                      label={step.label}
                      reason={
                        step.reason === null
                          ? t('pays first')
                          : t('pays after the one above, because {reason}', {
                              reason: say(step.reason),
                            })
                      }
                    />
                  ))}
                </ol>
              )}
            </ShortList>
          )}
        </div>
      ))}
      {view.unused.length > 0 ? (
        <div className="deduction-group">
          <h4>{t('Packages no stream uses')}</h4>
          <ShortList count={view.unused.length}>
            {(shown) => (
              <ul className="deduction-steps">
                {view.unused.slice(0, shown).map((pkg) => (
                  <Step key={pkg.id} label={pkg.label} reason={pkg.reason} />
                ))}
              </ul>
            )}
          </ShortList>
        </div>
      ) : null}
    </section>
  );
});

/** The first STEPS_SHOWN items of a list, and a button to show them all (or fewer again). */
function ShortList({
  count,
  children,
}: {
  readonly count: number;
  readonly children: (shown: number) => ReactNode;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (count <= STEPS_SHOWN) return children(count);
  return (
    <>
      {children(all ? count : STEPS_SHOWN)}
      <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
        {all
          ? t('Show the first {count} only', { count: STEPS_SHOWN })
          : t('Show all {count}', { count })}
      </button>
    </>
  );
}

const Step = memo(function Step({
  label,
  reason,
}: {
  readonly label: string;
  readonly reason: string;
}) {
  return (
    <li>
      <span className="deduction-package">{label}</span>{' '}
      <span className="deduction-reason">{reason}</span>
    </li>
  );
});
