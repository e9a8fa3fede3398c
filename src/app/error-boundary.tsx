import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadText, fileNameFor } from '../features/share/download';
import { useT } from '../i18n/translate';
import { checkDraft } from '../store/draft';
import { usableLocalStorage } from '../store/save-status';
import { useScenarioStore } from '../store/scenario-store';
import { recordPageFailure } from '../store/start-guard';
import { TakenOverApart } from '../ui/mount-in-turn';

/*
 * Errors never blank the page (issue 14): each section, and the page as a whole, sits in a
 * boundary. A section that fails is replaced by a notice naming it; the rest of the page and the
 * estimate (in the store, and saved) stay as they are, and the estimate can be downloaded as a
 * scenario file before anything else is tried.
 */

type BoundaryProps = {
  /** What failed: an English key of the dictionary ("Packages", "The page"), said in the page's language. */
  readonly name: string;
  readonly children: ReactNode;
  /** The boundary around the whole page: its failures count toward safe mode (store/start-guard.ts). */
  readonly wholePage?: boolean;
};

type BoundaryState = { readonly error: Error | null };

export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself says what failed in words.
    console.error(`${this.props.name} failed`, error, info.componentStack);
    // The whole page failing is what, twice in a row, starts the next visit in safe mode.
    if (this.props.wholePage) recordPageFailure(usableLocalStorage());
  }

  override render(): ReactNode {
    // Each section the page guards is also a part taken over on its own (ui/mount-in-turn.tsx).
    if (this.state.error === null) return <TakenOverApart>{this.props.children}</TakenOverApart>;
    return (
      <SectionFailed
        name={this.props.name}
        detail={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/** The open estimate as a scenario file: the same document Export writes, even when invalid. */
export function downloadOpenEstimate(): void {
  const { draft } = useScenarioStore.getState();
  let document: unknown = draft;
  try {
    document = checkDraft(draft).document;
  } catch {
    // The check itself may be what failed: the draft as typed is still the user's work.
  }
  downloadText(
    fileNameFor(draft.name, 'json'),
    `${JSON.stringify(document, null, 2)}\n`,
    'application/json',
  );
}

function SectionFailed({
  name,
  detail,
  onRetry,
}: {
  readonly name: string;
  readonly detail: string;
  readonly onRetry: () => void;
}) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('{section} could not be shown.', { section: t(name) })}</strong>{' '}
        {t('Your estimate is kept: nothing you typed is lost.')}
      </p>
      <details>
        <summary>{t('What went wrong')}</summary>
        <p>
          <bdi>{detail}</bdi>
        </p>
      </details>
      <p>
        <button type="button" onClick={downloadOpenEstimate}>
          {t('Download the estimate as a file')}
        </button>{' '}
        <button type="button" onClick={onRetry}>
          {t('Try again')}
        </button>
      </p>
    </div>
  );
}
