import { useEffect, useState } from 'react';
import { type Message, message } from '../../engine';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { draftFromScenario } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { withNames } from '../../ui/with-names';
import { catalogForCurrency } from './scenario-import';
import { isShareFragment, loadShareLinkCodec, type ShareLinkCodec } from './share-fragment';

type LinkState =
  | { readonly kind: 'none' }
  | { readonly kind: 'opened'; readonly name: string }
  | { readonly kind: 'failed'; readonly errors: readonly Message[] };

/** Said when the codec's file cannot be fetched (offline before the first visit, or a new release). */
const CODEC_UNAVAILABLE = message('link.codecUnavailable', ['link'], {});

function clearFragment(): void {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/**
 * Opens a share link's scenario when the page is opened with one. The user's own saved
 * scenario stays in storage untouched until they choose to keep the shared one.
 */
export function SharedLinkBanner() {
  const t = useT();
  const { problem } = useMessages(undefined);
  const [state, setState] = useState<LinkState>({ kind: 'none' });
  const viewingShared = useScenarioStore((store) => store.savedDraft !== null);

  useEffect(() => {
    let unmounted = false;
    const open = async () => {
      const fragment = window.location.hash;
      if (!isShareFragment(fragment)) return;
      let codec: ShareLinkCodec;
      try {
        codec = await loadShareLinkCodec();
      } catch {
        if (!unmounted) setState({ kind: 'failed', errors: [CODEC_UNAVAILABLE] });
        return;
      }
      // The address may have changed, or the page gone, while the codec loaded.
      if (unmounted || window.location.hash !== fragment) return;
      const result = codec.decodeScenarioFragment(fragment);
      if (!result.ok) {
        setState({ kind: 'failed', errors: result.errors });
        return;
      }
      useScenarioStore
        .getState()
        .openShared(draftFromScenario(result.scenario, catalogForCurrency(result.scenario)));
      setState({ kind: 'opened', name: result.scenario.name });
    };
    const openLink = () => void open();
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => {
      unmounted = true;
      window.removeEventListener('hashchange', openLink);
    };
  }, []);

  if (state.kind === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{t('This share link cannot be opened.')}</strong>{' '}
          {state.errors.length > 1
            ? t('{problem} (and {count} more problems). Your saved scenario is untouched.', {
                problem: state.errors[0] ? problem(state.errors[0]) : '',
                count: state.errors.length - 1,
              })
            : t('{problem}. Your saved scenario is untouched.', {
                problem: state.errors[0] ? problem(state.errors[0]) : '',
              })}
        </p>
        <button
          type="button"
          onClick={() => {
            clearFragment();
            setState({ kind: 'none' });
          }}
        >
          {t('Dismiss')}
        </button>
      </div>
    );
  }
  if (state.kind === 'opened' && viewingShared) {
    return (
      <div className="notice notice-warning" role="status">
        <p>
          <strong>
            {state.name
              ? withNames(t, 'You are looking at a shared scenario ("{name}").', {
                  name: state.name,
                })
              : t('You are looking at a shared scenario.')}
          </strong>{' '}
          {t(
            'Your own saved scenario is kept as it was; changes here are not saved unless you keep this one.',
          )}
        </p>
        <div className="share-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              useScenarioStore.getState().keepShared();
              clearFragment();
              setState({ kind: 'none' });
            }}
          >
            {t('Keep this scenario')}
          </button>
          <button
            type="button"
            onClick={() => {
              useScenarioStore.getState().closeShared();
              clearFragment();
              setState({ kind: 'none' });
            }}
          >
            {t('Back to my scenario')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
