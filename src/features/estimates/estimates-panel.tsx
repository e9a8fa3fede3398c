import { useId } from 'react';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/translate';
import { useScenarioStore } from '../../store/scenario-store';
import { distinctNames } from '../../ui/distinct-names';
import { labelWithNames } from '../../ui/isolate-name';
import { withNames } from '../../ui/with-names';

/*
 * The estimates saved in this browser: open, duplicate or delete one, start a blank one or the
 * demo. Nothing here overwrites an estimate: new ones are added; a deletion can be undone.
 */

export function EstimatesPanel({
  onNewEstimate,
  onLoadDemo,
}: {
  /** Opens a blank estimate (the app knows the catalog it is filled from). */
  readonly onNewEstimate: () => void;
  readonly onLoadDemo: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const estimates = useScenarioStore((state) => state.estimates);
  const currentId = useScenarioStore((state) => state.currentId);
  const openName = useScenarioStore((state) => (state.savedDraft ?? state.draft).name);
  const viewingShared = useScenarioStore((state) => state.savedDraft !== null);
  const lastDeleted = useScenarioStore((state) => state.lastDeleted);
  const { openEstimate, duplicateEstimate, deleteEstimate, undoDelete } =
    useScenarioStore.getState();

  const untitled = t('Untitled estimate');
  const nameOf = (name: string) => name.trim() || untitled;
  const names = distinctNames(
    estimates.map((estimate) => nameOf(estimate.id === currentId ? openName : estimate.draft.name)),
  );
  const only = estimates.length < 2;

  return (
    <section className="estimates" aria-labelledby={headingId}>
      <details>
        <summary>
          <span id={headingId}>
            {t('Estimates saved in this browser ({count})', { count: estimates.length })}
          </span>
        </summary>
        <ul className="estimates-list">
          {estimates.map((estimate, index) => {
            const name = names[index] ?? untitled;
            const open = estimate.id === currentId && !viewingShared;
            return (
              <li key={estimate.id} aria-current={open ? 'true' : undefined}>
                <span className="estimate-name">
                  {open ? (
                    <strong>{withNames(t, '{name} (open)', { name })}</strong>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openEstimate(estimate.id)}
                      aria-label={labelWithNames(t, 'Open {name}', { name })}
                    >
                      {name}
                    </button>
                  )}
                  {estimate.savedAt > 0 && !open ? (
                    <span className="field-hint">
                      {t('last changed {date}', {
                        date: formatDate(new Date(estimate.savedAt).toISOString().slice(0, 10)),
                      })}
                    </span>
                  ) : null}
                </span>
                <span className="estimate-actions">
                  <button
                    type="button"
                    onClick={() =>
                      duplicateEstimate(
                        estimate.id,
                        t('{name} (copy)', {
                          name: nameOf(estimate.id === currentId ? openName : estimate.draft.name),
                        }),
                      )
                    }
                    aria-label={labelWithNames(t, 'Duplicate {name}', { name })}
                  >
                    {t('Duplicate')}
                  </button>
                  <button
                    type="button"
                    onClick={() => deleteEstimate(estimate.id)}
                    disabled={only}
                    title={only ? t('The only estimate cannot be deleted.') : undefined}
                    aria-label={labelWithNames(t, 'Delete {name}', { name })}
                  >
                    {t('Delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </details>
      <div className="estimate-buttons">
        <button type="button" onClick={onNewEstimate}>
          {t('Start a blank estimate')}
        </button>
        <button type="button" onClick={onLoadDemo}>
          {t('Open the demo as a new estimate')}
        </button>
      </div>
      <div role="status" className="estimates-status">
        {lastDeleted ? (
          <p>
            {withNames(t, '“{name}” was deleted.', {
              name: nameOf(lastDeleted.estimate.draft.name),
            })}{' '}
            <button type="button" onClick={undoDelete}>
              {t('Undo the deletion')}
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
