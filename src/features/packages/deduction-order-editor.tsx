import { memo, useId } from 'react';
import { DEFAULT_DEDUCTION_ORDER, type DeductionKey } from '../../engine';
import { useT } from '../../i18n/translate';
import { useScenarioStore } from '../../store/scenario-store';
import { useFocusLater } from '../../ui/use-focus-later';
import { isDefaultOrder, moveKey, orderRows, toggleKey } from './deduction-order-editing';

/** Which package pays first (billing-rules §5): the keys compared, in order. */
export const DeductionOrderEditor = memo(function DeductionOrderEditor() {
  const t = useT();
  const deductionOrder = useScenarioStore((state) => state.draft.deductionOrder);
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
    </section>
  );
});
