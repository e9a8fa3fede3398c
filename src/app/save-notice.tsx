import { useEffect } from 'react';
import { downloadText } from '../features/share/download';
import { formatDate } from '../i18n/format';
import { useT } from '../i18n/translate';
import { usableLocalStorage, useSaveStatus } from '../store/save-status';
import {
  keepThisTabsWork,
  loadOtherTabsWork,
  retrySetAsideWork,
  saveNow,
} from '../store/scenario-store';
import { recordStarted, useSafeMode } from '../store/start-guard';
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
        {t(
          'The simulator could not open your saved estimates twice in a row, so it opened without them. They are kept in this browser: download them, or try opening them again.',
        )}
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
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        {t(
          'Another tab saved changes to your estimates. This tab stops saving so that neither overwrites the other: which work do you want to keep?',
        )}
      </p>
      <p>
        <button type="button" onClick={loadOtherTabsWork}>
          {t("Open the other tab's work")}
        </button>{' '}
        <button type="button" onClick={keepThisTabsWork}>
          {t("Keep this tab's work")}
        </button>
      </p>
    </div>
  );
}
