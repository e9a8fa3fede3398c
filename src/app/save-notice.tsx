import { useEffect } from 'react';
import { downloadText } from '../features/share/download';
import { formatDate } from '../i18n/format';
import { useT } from '../i18n/translate';
import { usableLocalStorage, useSaveStatus, useTabSync } from '../store/save-status';
import {
  decideLater,
  decideNow,
  keepThisTabsVersion,
  loadOtherTabsVersion,
  retrySetAsideWork,
  saveNow,
  saveThisTabsVersionAsCopy,
} from '../store/scenario-store';
import { recordStarted, useSafeMode } from '../store/start-guard';
import { ChoiceDialog } from '../ui/choice-dialog';
import { withNames } from '../ui/with-names';
import { downloadOpenEstimate } from './error-boundary';

/** After the page failed twice with the saved work, says it started without it, and offers it back. */
function SafeModeNotice() {
  const t = useT();
  const setAside = useSafeMode((state) => state.setAside);
  if (setAside === null) return null;
  const day = new Date(setAside.setAsideAt).toISOString().slice(0, 10);
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        {t('{sentence} {next}', {
          sentence: t(
            'The simulator could not open your saved estimates twice in a row, so it opened without them. They are kept in this browser: download them, or try opening them again.',
          ),
          next: t(
            'Anything you save meanwhile is kept too: opening them again first keeps it as a backup copy.',
          ),
        })}
      </p>
      <p>
        <button
          type="button"
          onClick={() =>
            downloadText(`saved-estimates-${day}.json`, setAside.text, 'application/json')
          }
        >
          {t('Download the saved estimates ({date})', { date: formatDate(day) })}
        </button>{' '}
        <button type="button" onClick={retrySetAsideWork}>
          {t('Try opening them again')}
        </button>
      </p>
    </div>
  );
}

/** Says at once when saving does not work, and offers what keeps the work. */
export function SaveNotice() {
  // Rendered with the page: this start worked, so the saved work is fine to start with next time.
  useEffect(() => recordStarted(usableLocalStorage()), []);
  return (
    <>
      <SafeModeNotice />
      <SaveProblemNotice />
      <OtherTabNotice />
    </>
  );
}

function SaveProblemNotice() {
  const t = useT();
  const problem = useSaveStatus((state) => state.problem);
  if (problem === null) return null;
  const download = (
    <button type="button" onClick={downloadOpenEstimate}>
      {t('Download the estimate as a file')}
    </button>
  );
  if (problem === 'blocked')
    return (
      <div className="notice notice-warning" role="status">
        <p>
          {t(
            'This browser does not let the page save here: your estimate lives only in this tab until you download it.',
          )}
        </p>
        <p>{download}</p>
      </div>
    );
  if (problem === 'full')
    return (
      <div className="notice notice-error" role="alert">
        <p>
          {t(
            'Your latest changes could not be saved: the storage this browser gives the page is full. They are still here; download the estimate to keep them.',
          )}
        </p>
        <p>
          {download}{' '}
          <button type="button" onClick={saveNow}>
            {t('Try saving again')}
          </button>
        </p>
      </div>
    );
  return null;
}

/**
 * Another tab saved changes to an estimate (issue 14: tabs). Changed there only: the open
 * estimate is not swapped under the user; they are told and can open it. Changed in both tabs:
 * this tab saves neither over the other, and asks which to keep; either way nothing is lost.
 */
function OtherTabNotice() {
  const t = useT();
  const { conflicts, later, changedElsewhere } = useTabSync();
  const untitled = t('Untitled estimate');
  const conflict = conflicts[0];
  if (conflict) {
    const name = conflict.mine.draft.name.trim() || untitled;
    return (
      <>
        <div className="notice notice-warning" role="alert">
          <p>
            {withNames(
              t,
              'Your changes to “{name}” are not saved yet: it was also changed in another tab.',
              { name },
            )}
          </p>
          <p>
            <button type="button" onClick={decideNow}>
              {t('Choose which version to keep')}
            </button>
          </p>
        </div>
        <ChoiceDialog
          open={!later}
          title={t('This estimate was changed in another tab')}
          choices={[
            {
              label: t("Load the other tab's version"),
              onChoose: () => loadOtherTabsVersion(conflict.theirs),
            },
            { label: t('Keep mine and save it'), onChoose: () => keepThisTabsVersion(conflict) },
            {
              label: t('Save mine as a copy'),
              onChoose: () =>
                saveThisTabsVersionAsCopy(conflict, t("{name} (this tab's copy)", { name })),
            },
          ]}
          laterLabel={t('Decide later')}
          onLater={decideLater}
        >
          <p>
            {withNames(
              t,
              'Another tab saved changes to this estimate (“{name}”) after this tab opened it, and you changed it here too. Saving yours now would write over theirs, so this tab has not saved it.',
              { name: conflict.theirs.draft.name.trim() || untitled },
            )}
          </p>
          <p>
            {t(
              'Nothing is lost whichever you choose: the version you do not keep is saved as a backup copy you can download, and a copy keeps both as separate estimates.',
            )}
          </p>
        </ChoiceDialog>
      </>
    );
  }
  if (changedElsewhere === null) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>
        {withNames(
          t,
          '“{name}” was changed in another tab. If you change it here too, you will be asked which version to keep.',
          { name: changedElsewhere.draft.name.trim() || untitled },
        )}
      </p>
      <p>
        <button type="button" onClick={() => loadOtherTabsVersion(changedElsewhere)}>
          {t("Load the other tab's version")}
        </button>
      </p>
    </div>
  );
}
