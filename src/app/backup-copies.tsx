import { useId, useState } from 'react';
import { downloadText } from '../features/share/download';
import { formatDateTime } from '../i18n/format';
import { type Translate, useT } from '../i18n/translate';
import { type Backup, MAX_BACKUPS, useBackups } from '../store/backups';
import { deleteBackupCopy } from '../store/scenario-store';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { withNames } from '../ui/with-names';

/*
 * The backup copies of saved data (issue 14: saved work is never lost): each with the moment
 * it was kept and why, downloadable as a file, deleted only when the user asks. Shown only
 * while there is one.
 */

function reasonOf(t: Translate, backup: Backup) {
  const name = backup.name?.trim() || t('Untitled estimate');
  switch (backup.reason) {
    case 'damaged':
      return t('The saved estimates could not be read, so the page opened the demo instead.');
    case 'partlyDamaged':
      return t('Some saved estimates or kept variants could not be read and were left out.');
    case 'newerVersion':
      return t('Saved by a newer version of the simulator, which this version cannot open.');
    case 'safeMode':
      return t(
        'What was saved while the page ran without your saved estimates, before they were opened again.',
      );
    case 'thisTabReplaced':
      return withNames(
        t,
        'Your version of “{name}” from this tab, before you loaded the version another tab saved.',
        { name },
      );
    case 'otherTabReplaced':
      return withNames(
        t,
        'The version of “{name}” another tab saved, before you saved yours over it.',
        {
          name,
        },
      );
  }
}

/** A file name for a copy: its day and time, in the browser's time zone. */
function fileNameOf(backup: Backup): string {
  const moment = new Date(backup.keptAt);
  const two = (value: number) => String(value).padStart(2, '0');
  return `saved-data-backup-${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}-${two(moment.getHours())}${two(moment.getMinutes())}.json`;
}

export function BackupCopies() {
  const t = useT();
  const headingId = useId();
  const { slots, dropped } = useBackups();
  const [deleting, setDeleting] = useState<Backup | null>(null);
  if (slots.length === 0) return null;
  // Newest first: the copy just made is the one the user is looking for.
  const newestFirst = [...slots].reverse();
  return (
    <section className="panel backup-copies" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Backup copies of saved data ({count})', { count: slots.length })}</h2>
      <p>
        {t(
          'The simulator keeps a copy here whenever saved data could not be used as it was, so nothing is lost. Download a copy to keep it as a file, or to send it to whoever looks after the simulator.',
        )}
      </p>
      <p className="field-hint">
        {t('At most {count} copies are kept: when another is made, the oldest is deleted.', {
          count: MAX_BACKUPS,
        })}
        {dropped
          ? ` ${t('The oldest copy, kept {kept}, was deleted on {dropped} to make room.', {
              kept: formatDateTime(dropped.keptAt),
              dropped: formatDateTime(dropped.droppedAt),
            })}`
          : null}
      </p>
      <ul className="backup-list">
        {newestFirst.map((backup) => {
          const when = formatDateTime(backup.keptAt);
          return (
            <li key={backup.id}>
              <p className="backup-entry">
                <strong>{t('Kept {date}', { date: when })}</strong>
                <br />
                {reasonOf(t, backup)}
              </p>
              <p className="backup-entry">
                <button
                  type="button"
                  aria-label={t('Download the copy kept {date}', { date: when })}
                  onClick={() => downloadText(fileNameOf(backup), backup.text, 'application/json')}
                >
                  {t('Download')}
                </button>{' '}
                <button
                  type="button"
                  aria-label={t('Delete the copy kept {date}', { date: when })}
                  onClick={() => setDeleting(backup)}
                >
                  {t('Delete')}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('Delete this backup copy?')}
        confirmLabel={t('Delete the copy')}
        cancelLabel={t('Keep it')}
        onConfirm={() => {
          if (deleting) deleteBackupCopy(deleting.id);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('A deleted copy cannot be brought back. Download it first if you may need it.')}</p>
      </ConfirmDialog>
    </section>
  );
}
