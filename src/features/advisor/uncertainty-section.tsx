import { useId, useMemo } from 'react';
import { type Money, roundMoney, type Scenario } from '../../engine';
import { formatCount, formatCurrency } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useScenarioStore } from '../../store/scenario-store';
import { TextField } from '../../ui/field';
import { TableScroll } from '../../ui/table-scroll';
import { WhenNear } from '../../ui/when-near';
import { toDifference } from './to-plan-view';
import {
  type CaseFigures,
  formatPercentChange,
  toUncertaintyCases,
  type Uncertainty,
  type UncertaintyCheck,
} from './uncertainty';

/** The low and high cases (inputs) and what the current plan costs, saves and wastes in each. */
export function UncertaintySection({
  scenario,
  check,
}: {
  readonly scenario: Scenario | null;
  readonly check: UncertaintyCheck;
}) {
  const t = useT();
  const { say } = useMessages(undefined);
  const headingId = useId();
  const uncertainty = useScenarioStore((state) => state.uncertainty);
  const setUncertainty = useScenarioStore((state) => state.setUncertainty);
  const errors = check.ok ? {} : check.errors;
  return (
    <section className="advisor-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('How sure: low, expected and high usage')}</h3>
      <p className="chart-note">
        {t(
          'Calls may come in lower or higher than projected. Each case changes every month of every stream by the same percentage.',
        )}
      </p>
      {check.ok && check.value.ranges ? (
        <p className="chart-note">
          {t(
            'Months forecast from the usage history take the low and high ends of the forecast range instead.',
          )}
        </p>
      ) : null}
      <div className="field-grid advisor-cases">
        <TextField
          label={t('Low case')}
          value={uncertainty.lowPercent}
          onChange={(lowPercent) => setUncertainty({ lowPercent })}
          suffix="%"
          error={errors.lowPercent && say(errors.lowPercent)}
          hint={t('−100 to 0: how much lower.')}
        />
        <TextField
          label={t('High case')}
          value={uncertainty.highPercent}
          onChange={(highPercent) => setUncertainty({ highPercent })}
          suffix="%"
          error={errors.highPercent && say(errors.highPercent)}
          hint={t('0 to 1000: how much higher.')}
        />
      </div>
      {scenario === null ? (
        <p>{t("Fix the scenario's problems to see the three cases.")}</p>
      ) : check.ok ? (
        <WhenNear placeholder={t('Working out the three cases…')}>
          <CasesTable scenario={scenario} uncertainty={check.value} />
        </WhenNear>
      ) : (
        <p>{t('Fix the low and high cases to see them side by side.')}</p>
      )}
    </section>
  );
}

function CasesTable({
  scenario,
  uncertainty,
}: {
  readonly scenario: Scenario;
  readonly uncertainty: Uncertainty;
}) {
  const { lowPercent, highPercent } = uncertainty;
  const t = useT();
  // Derived, never stored: three simulations of the draft's scenario.
  const cases = useMemo(() => toUncertaintyCases(scenario, uncertainty), [scenario, uncertainty]);
  const columns: readonly [string, CaseFigures][] = [
    [t('Low ({change})', { change: formatPercentChange(lowPercent) }), cases.low],
    [t('Expected'), cases.expected],
    [t('High ({change})', { change: formatPercentChange(highPercent) }), cases.high],
  ];
  const money = (amount: Money) => formatCurrency(roundMoney(amount, 2), scenario.currency);
  const rows: readonly [string, (figures: CaseFigures) => string][] = [
    [t('Calls'), (figures) => formatCount(figures.calls)],
    [t('Total cost'), (figures) => money(figures.totalCost)],
    [t('Pay-per-use only'), (figures) => money(figures.payPerUseOnlyCost)],
    [
      t('Savings'),
      (figures) => {
        const difference = toDifference(figures.savings);
        return difference.kind === 'even'
          ? t('none')
          : difference.kind === 'saves'
            ? formatCurrency(difference.amount, scenario.currency)
            : t('costs {amount} more', {
                amount: formatCurrency(difference.amount, scenario.currency),
              });
      },
    ],
    [t('Calls wasted at expiry'), (figures) => formatCount(figures.wastedCalls)],
    [t('Failed calls'), (figures) => formatCount(figures.failedCalls)],
  ];
  return (
    <TableScroll label={t('Low, expected and high cases')}>
      <table className="cases-table">
        <caption>{t("The scenario's packages with calls lower, as projected, and higher")}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('Figure')}</span>
            </th>
            {columns.map(([label]) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, show]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map(([column, figures]) => (
                <td key={column}>{show(figures)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
