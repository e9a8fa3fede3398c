import { memo, useId, useMemo, useState } from 'react';
import {
  type Catalog,
  compareRulePresets,
  DEFAULT_DEDUCTION_ORDER,
  type DeductionKey,
  presetOfOrder,
  RULE_PRESETS,
  type RulePresetId,
} from '../../engine';
import { formatCount, formatCurrency, formatDate } from '../../i18n/format';
import { type Translate, useT } from '../../i18n/translate';
import { useDraftCheck } from '../../store/derived';
import { useScenarioStore } from '../../store/scenario-store';
import { SelectField } from '../../ui/field';
import { TableScroll } from '../../ui/table-scroll';
import { useFocusLater } from '../../ui/use-focus-later';
import { withNames } from '../../ui/with-names';
import {
  isDefaultOrder,
  moveKey,
  orderRows,
  type PresetRow,
  presetLabel,
  presetRows,
  presetSource,
  toggleKey,
} from './deduction-order-editing';
import { packageNames } from './package-defaults';

const CUSTOM = 'custom';

/** Which package pays first (billing-rules §5): the keys compared, in order. */
export const DeductionOrderEditor = memo(function DeductionOrderEditor({
  catalog,
}: {
  readonly catalog: Catalog | undefined;
}) {
  const t = useT();
  const deductionOrder = useScenarioStore((state) => state.draft.deductionOrder);
  // Two presets share one order: the one picked stays shown while the order is still its own.
  const [picked, setPicked] = useState<RulePresetId | null>(null);
  const pickedOrder = RULE_PRESETS.find((preset) => preset.id === picked)?.order;
  const matching =
    pickedOrder &&
    pickedOrder.length === deductionOrder.length &&
    pickedOrder.every((key, index) => key === deductionOrder[index])
      ? picked
      : presetOfOrder(deductionOrder);
  const edit = useScenarioStore((state) => state.edit);
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const lastKeyHintId = useId();
  const setOrder = (order: readonly DeductionKey[]) =>
    edit((draft) => ({ ...draft, deductionOrder: order }));

  const move = (key: DeductionKey, direction: -1 | 1) => {
    const next = moveKey(deductionOrder, key, direction);
    setOrder(next);
    // Focus stays on the key moved: on the same button while it can still move that way.
    const index = next.indexOf(key);
    const canGoOn = direction < 0 ? index > 0 : index < next.length - 1;
    const same = direction < 0 ? 'up' : 'down';
    const other = direction < 0 ? 'down' : 'up';
    focusLater(`[data-order-key="${key}"] [data-move="${canGoOn ? same : other}"]`);
  };

  return (
    <section className="deduction-order" aria-labelledby={headingId} ref={containerRef}>
      <h3 id={headingId}>{t('Deduction order')}</h3>
      <p className="field-hint">
        {t(
          "Each day, a stream's calls are taken from its usable packages in this order: the first rule where two packages differ decides. When every rule ties, the package listed first above pays first.",
        )}
      </p>
      <SelectField
        label={t('Rule')}
        value={matching ?? CUSTOM}
        options={[
          ...RULE_PRESETS.map((preset) => ({ value: preset.id, label: presetLabel(preset.id) })),
          { value: CUSTOM, label: t('Custom order (below)') },
        ]}
        onChange={(value) => {
          const preset = RULE_PRESETS.find((candidate) => candidate.id === value);
          if (!preset) return;
          setPicked(preset.id);
          setOrder([...preset.order]);
        }}
        hint={
          matching
            ? presetSource(matching)
            : t('An order of your own: choose and arrange the rules below.')
        }
      />
      <ol className="order-list">
        {orderRows(deductionOrder).map((row) => (
          <li
            key={row.key}
            data-order-key={row.key}
            className={row.position === null ? 'order-unused' : undefined}
          >
            <input
              type="checkbox"
              id={`${headingId}-${row.key}`}
              checked={row.position !== null}
              disabled={!row.canToggle}
              aria-describedby={row.canToggle ? undefined : lastKeyHintId}
              onChange={(event) =>
                setOrder(toggleKey(deductionOrder, row.key, event.target.checked))
              }
            />
            <label htmlFor={`${headingId}-${row.key}`} className="order-label">
              {row.position === null
                ? t('{rule} (not used)', { rule: row.label })
                : t('{position}. {rule}', { position: row.position, rule: row.label })}
            </label>
            {row.position === null ? null : (
              <span className="order-buttons">
                <button
                  type="button"
                  data-move="up"
                  aria-label={t('Move up: {rule}', { rule: row.label })}
                  disabled={!row.canMoveUp}
                  onClick={() => move(row.key, -1)}
                >
                  {t('Move up')}
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label={t('Move down: {rule}', { rule: row.label })}
                  disabled={!row.canMoveDown}
                  onClick={() => move(row.key, 1)}
                >
                  {t('Move down')}
                </button>
              </span>
            )}
            {row.canToggle ? null : (
              <span className="field-hint order-hint" id={lastKeyHintId}>
                {t('At least one rule is needed.')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={isDefaultOrder(deductionOrder)}
        onClick={() => setOrder([...DEFAULT_DEDUCTION_ORDER])}
      >
        {t("Reset to Huawei's default order")}
      </button>
      <PresetComparison catalog={catalog} current={matching} />
    </section>
  );
});

/** The current estimate billed under every preset, side by side, and what the rule changes. */
function PresetComparison({
  catalog,
  current,
}: {
  readonly catalog: Catalog | undefined;
  readonly current: RulePresetId | null;
}) {
  const t = useT();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const { parsed } = useDraftCheck();
  const packages = useScenarioStore((state) => state.draft.packages);
  const scenario = parsed.ok ? parsed.scenario : null;
  const names = useMemo(() => packageNames(packages, catalog), [packages, catalog]);
  const view = useMemo(() => {
    if (!open || !scenario) return null;
    const comparison = compareRulePresets(scenario);
    return { comparison, rows: presetRows(comparison, names, current) };
  }, [open, scenario, names, current]);
  return (
    <div className="preset-comparison">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('Hide the rules side by side') : t('Compare the rules side by side')}
      </button>
      {!open ? null : scenario === null || view === null ? (
        <p className="editor-message">{t('Fix the scenario’s problems to compare the rules.')}</p>
      ) : (
        <section aria-labelledby={headingId}>
          <h4 id={headingId}>{t('The same estimate under each rule')}</h4>
          <p role="status">{verdict(view.comparison, view.rows, scenario.currency, t)}</p>
          <TableScroll label={t('The same estimate under each rule')}>
            <table>
              <thead className="results-head">
                <tr>
                  <th scope="col">{t('Rule')}</th>
                  <th scope="col">{t('Total cost')}</th>
                  <th scope="col">{t('Pay-per-use calls')}</th>
                  <th scope="col">{t('Wasted')}</th>
                  <th scope="col">{t('Lapsed')}</th>
                  <th scope="col">{t('Ran out on')}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.preset} aria-current={row.isCurrent ? true : undefined}>
                    <th scope="row">
                      {row.isCurrent ? (
                        withNames(t, '{name} (in use)', { name: row.name })
                      ) : (
                        <bdi>{row.name}</bdi>
                      )}
                    </th>
                    <td>{formatCurrency(row.totalCost, scenario.currency)}</td>
                    <td>{formatCount(row.payPerUseCalls)}</td>
                    <td>{formatCount(row.wastedCalls)}</td>
                    <td>{formatCount(row.lapsedCalls)}</td>
                    <td>
                      {row.ranOut.length === 0
                        ? t('no package ran out')
                        : row.ranOut
                            .map((entry) =>
                              t('{name} on {date}', {
                                name: entry.name,
                                date: formatDate(entry.on),
                              }),
                            )
                            .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}

/** The sentence a salesperson can repeat: whether the rule changes the bill here, and why. */
function verdict(
  comparison: ReturnType<typeof compareRulePresets>,
  rows: readonly PresetRow[],
  currency: string,
  t: Translate,
): string {
  const costOf = (id: RulePresetId) =>
    formatCurrency(rows.find((row) => row.preset === id)?.totalCost ?? '0', currency);
  switch (comparison.difference) {
    case 'cost':
      return t(
        'The rule changes the bill: {cheapest} costs {low}, {dearest} costs {high}. The rule decides which package pays first, and so which one runs out, or expires still holding calls.',
        {
          cheapest: presetLabel(comparison.cheapest),
          low: costOf(comparison.cheapest),
          dearest: presetLabel(comparison.dearest),
          high: costOf(comparison.dearest),
        },
      );
    case 'payers':
      return t(
        'The rule does not change the bill here: every rule costs {cost}. It only changes which package pays first and when each runs out.',
        { cost: costOf(comparison.cheapest) },
      );
    case 'nothing':
      return t(
        'The rule changes nothing here: every rule bills the same calls to the same packages, {cost} in all. A rule matters only when two packages could pay the same call.',
        { cost: costOf(comparison.cheapest) },
      );
  }
}
