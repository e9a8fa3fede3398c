import { useT } from '../i18n/translate';
import { useSaveStatus } from '../store/save-status';
import { keepThisTabsWork, loadOtherTabsWork, saveNow } from '../store/scenario-store';
import { downloadOpenEstimate } from './error-boundary';

/** Says at once when saving does not work, and offers what keeps the work. */
export function SaveNotice() {
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
