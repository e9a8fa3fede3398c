import { memo, type ReactNode, useId, useMemo } from 'react';
import type { Scenario, Simulation } from '../../engine';
import { formatCount, formatCurrency, formatDate, formatRatioAsPercent } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/translate';
import { useFirstMark } from '../../ui/first-mark';
import { InfoTip } from '../../ui/info-tip';
import { withNames } from '../../ui/with-names';
import { usePackageNames } from './package-names';
import { type Summary as SummaryFigures, toSummary } from './to-summary';

/** The headline figures, each with a one-line explanation on hover and focus. */
export const Summary = memo(function Summary({
  simulation,
  scenario,
}: {
  readonly simulation: Simulation;
  readonly scenario: Scenario;
}) {
  const t = useT();
  const headingId = useId();
  useFirstMark('summary-visible');
  const summary = useMemo(() => toSummary(simulation, scenario), [simulation, scenario]);
  const names = usePackageNames(scenario.packages);
  const money = (amount: string) => formatCurrency(amount, scenario.currency);
  const { savings, payback, firstPurchase, unusedAtEnd } = summary;
  return (
    <section className="results-block summary-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Summary')}</h3>
      <div className="summary-figures">
        <Figure
          label={t('Total cost')}
          tip={t(
            'Packages bought in the horizon plus pay-per-use charges for the calls they do not cover.',
          )}
        >
          {money(summary.totalCost)}
        </Figure>
        <Figure
          label={t('Pay-per-use only')}
          tip={t(
            'What the same calls would cost with no packages at all, at the pay-per-use tiers.',
          )}
        >
          {money(summary.payPerUseOnlyCost)}
        </Figure>
        <Figure
          label={t('Savings')}
          tip={t(
            'Pay-per-use-only cost minus total cost, and that as a share of the pay-per-use-only cost.',
          )}
          tone={
            savings.kind === 'saves' ? 'good' : savings.kind === 'costs-more' ? 'bad' : undefined
          }
        >
          {savings.kind === 'even' ? (
            t('costs the same as pay-per-use only')
          ) : (
            <>
              {savings.kind === 'saves'
                ? t('saves {amount}', { amount: money(savings.amount) })
                : t('costs {amount} more', { amount: money(savings.amount) })}
              {savings.percent === null ? null : (
                <span className="summary-detail">
                  {' '}
                  {savings.kind === 'saves'
                    ? t('({percent} less than pay-per-use only)', {
                        percent: formatRatioAsPercent(savings.percent),
                      })
                    : t('({percent} more than pay-per-use only)', {
                        percent: formatRatioAsPercent(savings.percent),
                      })}
                </span>
              )}
            </>
          )}
        </Figure>
        <Figure
          label={t('Payback day of the whole plan')}
          tip={t(
            'The first day from which the plan, every purchase included, has cost no more than pay-per-use only, through the end of the horizon. Each purchase’s own payback day is in the package ledger.',
          )}
        >
          {payback.kind === 'on'
            ? formatDate(payback.date)
            : payback.kind === 'never'
              ? t('does not pay back within the horizon')
              : t('no packages bought in the horizon')}
          {firstPurchase === null ? null : (
            <span className="summary-detail">{firstPurchaseSentence(firstPurchase, names, t)}</span>
          )}
        </Figure>
        <Figure
          label={t('Effective price per 1,000 calls')}
          tip={t(
            'Total cost divided by the calls billed (covered by packages or pay-per-use), times 1,000.',
          )}
        >
          {summary.pricePerThousand === null
            ? t('no billed calls')
            : money(summary.pricePerThousand)}
        </Figure>
        <Figure
          label={t('Calls wasted at expiry')}
          tip={t(
            'Calls packages still held at the end of their expiry day inside the horizon: no refund, no carry-over.',
          )}
          tone={summary.wastedCalls > 0 ? 'bad' : undefined}
        >
          {formatCount(summary.wastedCalls)}
        </Figure>
        {summary.allowances.length > 0 ? (
          <Figure
            label={t('Free or renewing calls lapsed')}
            tip={t(
              'Calls an allowance that renews every day or month still held at the end of a period: they are lost, not carried over.',
            )}
            tone={summary.lapsedCalls > 0 ? 'bad' : undefined}
          >
            {formatCount(summary.lapsedCalls)}
            {summary.allowances.map((use) => (
              <span className="summary-detail" key={use.position}>
                {withNames(t, '{name}: {unused} of {offered} calls unused ({percent})', {
                  name:
                    use.label ??
                    (use.resetEvery === 'day'
                      ? t('calls renewing every day')
                      : t('calls renewing every month')),
                  unused: formatCount(use.unused),
                  offered: formatCount(use.offered),
                  percent: formatRatioAsPercent(use.unusedShare),
                })}
              </span>
            ))}
          </Figure>
        ) : null}
        <Figure
          label={t('Calls unused when the horizon ends')}
          tip={t(
            'Calls packages still hold on the last day of the horizon. They stay usable until each package expires, and are lost if the calls after the horizon do not use them.',
          )}
        >
          {formatCount(unusedAtEnd.calls)}
          {unusedAtEnd.firstExpiry === null || unusedAtEnd.lastExpiry === null ? null : (
            <span className="summary-detail">
              {unusedAtEnd.firstExpiry === unusedAtEnd.lastExpiry
                ? t('usable until {date}', { date: formatDate(unusedAtEnd.lastExpiry) })
                : t('usable until {first} to {last}, by package', {
                    first: formatDate(unusedAtEnd.firstExpiry),
                    last: formatDate(unusedAtEnd.lastExpiry),
                  })}
            </span>
          )}
        </Figure>
        <Figure
          label={t('Failed calls (ModelArts.4204)')}
          tip={t(
            'Calls no package covered where pay-per-use is not subscribed in the region: they fail and cost nothing.',
          )}
          tone={summary.failedCalls > 0 ? 'bad' : undefined}
        >
          {formatCount(summary.failedCalls)}
        </Figure>
      </div>
    </section>
  );
});

function Figure({
  label,
  tip,
  tone,
  children,
}: {
  readonly label: string;
  readonly tip: string;
  readonly tone?: 'good' | 'bad' | undefined;
  readonly children: ReactNode;
}) {
  return (
    // One term and its value, named by the term, so assistive technology (and the end-to-end
    // tests) can find a figure by what it is; a <fieldset> would claim a form.
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of a term and its value, not a form
    <div className="summary-figure" role="group" aria-label={label}>
      <dl>
        <dt>
          {label}
          <InfoTip label={label}>{tip}</InfoTip>
        </dt>
        <dd className={tone ? `summary-value summary-${tone}` : 'summary-value'}>{children}</dd>
      </dl>
    </div>
  );
}

/** The first purchase's own payback day, in a sentence (the summary and the printed report). */
export function firstPurchaseSentence(
  first: NonNullable<SummaryFigures['firstPurchase']>,
  names: readonly string[],
  t: Translate,
): ReactNode {
  const name = names[first.position] ?? t('package {number}', { number: first.position + 1 });
  return first.payback.kind === 'on'
    ? withNames(t, 'The first purchase, {name} (bought {bought}), pays back on {date}.', {
        name,
        bought: formatDate(first.boughtOn),
        date: formatDate(first.payback.date),
      })
    : withNames(
        t,
        'The first purchase, {name} (bought {bought}), does not pay back within the horizon.',
        {
          name,
          bought: formatDate(first.boughtOn),
        },
      );
}
