import { create } from 'zustand';
import { useT } from '../i18n/translate';
import { useSaveStatus } from '../store/save-status';
import { saveNow } from '../store/scenario-store';
import { downloadOpenEstimate } from './error-boundary';

/*
 * Deploys reach every user (issue 14), and never by surprise:
 * - a new version that the service worker (build/offline-plugin.ts) has installed waits until the
 *   user asks for it with "Reload"; the page never reloads on its own, so nothing being typed is
 *   cut off;
 * - a tab left open across a deploy that then fails to load one of its parts (Vite's
 *   `vite:preloadError`: the old file is gone from the server) offers the same reload instead of
 *   a blank section;
 * - a reload first writes the pending save, so the estimate comes back as it was.
 */

/** Why a reload is offered: a new version installed and waiting, or a part of the page that no longer loads. */
type NewVersionReason = 'ready' | 'partMissing';

type NewVersionState = {
  readonly reason: NewVersionReason | null;
  /** Switches to the new version and reloads; a plain reload when no worker waits. */
  readonly apply: () => void;
};

export const useNewVersion = create<NewVersionState>()(() => ({
  reason: null,
  apply: () => window.location.reload(),
}));

/** How often an open tab asks the server for a new version while it is visible. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Registers the service worker (built app only) and listens for deploys that reach this tab. */
export function startNewVersionWatch(): void {
  window.addEventListener('vite:preloadError', (event) => {
    // Without preventDefault Vite rethrows; the section's boundary still shows its notice, and
    // this one says why and what brings the part back.
    event.preventDefault();
    if (useNewVersion.getState().reason === null) useNewVersion.setState({ reason: 'partMissing' });
  });
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const watch = async () => {
    // Loaded after the page, so the first paint waits for none of it.
    const { Workbox } = await import('workbox-window');
    // Relative to the page, so the worker's scope is the folder the app is served from.
    const worker = new Workbox('./sw.js', { updateViaCache: 'none' });
    worker.addEventListener('waiting', () => {
      useNewVersion.setState({
        reason: 'ready',
        apply: () => {
          worker.addEventListener('controlling', () => window.location.reload());
          worker.messageSkipWaiting();
        },
      });
    });
    // Another tab switched to the new version: this tab's files may now be gone from the cache.
    worker.addEventListener('controlling', (event) => {
      if (event.isExternal && useNewVersion.getState().reason === null)
        useNewVersion.setState({ reason: 'ready' });
    });
    worker.register().catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
    const checkForUpdate = () => {
      if (document.visibilityState === 'visible') void worker.update().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', checkForUpdate);
    setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
  };
  // The app's files load after the first paint (build/content-security-policy.ts), often after
  // the page's load event.
  if (document.readyState === 'complete') void watch();
  else window.addEventListener('load', () => void watch(), { once: true });
}

/** Offers the new version; the user chooses when, and keeps their work. */
export function NewVersionNotice() {
  const t = useT();
  const reason = useNewVersion((state) => state.reason);
  const apply = useNewVersion((state) => state.apply);
  // Reloading while saving fails (storage full, or another tab's newer work) would drop the
  // latest changes: the notice says so and offers the download first.
  const unsaved = useSaveStatus((state) => state.problem !== null);
  if (reason === null) return null;
  const reload = () => {
    saveNow();
    apply();
  };
  return (
    <section className="new-version notice" aria-label={t('New version')}>
      <p role="status" className="new-version-text">
        {t('{sentence} {next}', {
          sentence:
            reason === 'ready'
              ? t('A new version of the simulator is ready.')
              : t(
                  'A part of the page could not load: a new version of the simulator was published.',
                ),
          next: unsaved
            ? t(
                'Your latest changes are not saved in this browser: download the estimate before you reload.',
              )
            : t('Reload to use it; your estimate is saved and comes back as it is.'),
        })}
      </p>
      <p className="new-version-actions">
        {unsaved ? (
          <>
            <button type="button" onClick={downloadOpenEstimate}>
              {t('Download the estimate as a file')}
            </button>{' '}
          </>
        ) : null}
        <button type="button" onClick={reload}>
          {t('Reload')}
        </button>
      </p>
    </section>
  );
}
