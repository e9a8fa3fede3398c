import { useMemo } from 'react';
import { formatCurrency, formatDate } from '../../i18n/format';
import { useT } from '../../i18n/translate';
import { toSummary } from './to-summary';
import { useSimulation } from './use-simulation';

/**
 * The three figures a customer asks for first, in one line that stays in the section bar, so
 * an edit far down the page shows its effect without scrolling to the results.
 */
export function SummaryStrip() {
  const t = useT();
  const view = useSimulation();
  const summary = useMemo(
    () => (view === null ? null : toSummary(view.simulation, view.scenario)),
    [view],
  );
  if (view === null || summary === null) return null;
  const money = (amount: string) => formatCurrency(amount, view.scenario.currency);
  const { savings, payback } = summary;
  return (
    <p className={view.stale ? 'summary-strip stale' : 'summary-strip'}>
      {view.stale ? <span className="summary-strip-stale">{t('Out of date:')} </span> : null}
      <span>{t('Total {amount}', { amount: money(summary.totalCost) })}</span>
      <span>
        {savings.kind === 'saves'
          ? t('saves {amount}', { amount: money(savings.amount) })
          : savings.kind === 'costs-more'
            ? t('costs {amount} more', { amount: money(savings.amount) })
            : t('costs the same as pay-per-use only')}
      </span>
      <span>
        {payback.kind === 'on'
          ? t('pays back {date}', { date: formatDate(payback.date) })
          : payback.kind === 'never'
            ? t('does not pay back within the horizon')
            : t('no packages bought in the horizon')}
      </span>
    </p>
  );
}
