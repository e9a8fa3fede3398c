import { addMonths, billingDayOf, formatIsoMonth } from '../engine';
import { AdvisorPanel } from '../features/advisor/advisor-panel';
import { CatalogField } from '../features/catalog/catalog-field';
import { useCatalog } from '../features/catalog/catalog-query';
import { CatalogStatus } from '../features/catalog/catalog-status';
import { ComparePanel } from '../features/compare/compare-panel';
import { EstimatesPanel } from '../features/estimates/estimates-panel';
import { HistoryImport } from '../features/history/history-import';
import { PackagesEditor } from '../features/packages/packages-editor';
import { ResultsPanel } from '../features/results/results-panel';
import { SharePanel } from '../features/share/share-panel';
import { SharedLinkBanner } from '../features/share/shared-link-banner';
import { PricesEditor } from '../features/usage/prices-editor';
import { blankDraft } from '../features/usage/stream-defaults';
import { UsageEditor } from '../features/usage/usage-editor';
import { LOCALE_NAMES, LOCALES, type Locale, useLocaleStore } from '../i18n/locale';
import { useT } from '../i18n/translate';
import { DEMO_DRAFT } from '../store/demo';
import { useScenarioStore } from '../store/scenario-store';
import { SelectField, TextField } from '../ui/field';
import { MountInTurn, useMountingInTurns } from '../ui/mount-in-turn';
import { BackupCopies } from './backup-copies';
import { DemoIntro } from './demo-intro';
import { ErrorBoundary } from './error-boundary';
import { SaveNotice } from './save-notice';
import { SectionNav } from './section-nav';
import { useDocumentLanguage } from './use-document-language';
import { useUndoShortcuts } from './use-undo-shortcuts';

export function App() {
  useUndoShortcuts();
  useDocumentLanguage();
  const t = useT();
  const mountingInTurns = useMountingInTurns();
  const locale = useLocaleStore((state) => state.locale);
  const draft = useScenarioStore((state) => state.draft);
  const canUndo = useScenarioStore((state) => state.past.length > 0);
  const canRedo = useScenarioStore((state) => state.future.length > 0);
  const { undo, redo, edit, newEstimate } = useScenarioStore.getState();
  const catalog = useCatalog(draft.catalogId).data;
  const startBlank = () =>
    newEstimate(blankDraft(draft.catalogId, draft.currency, catalog, nextMonthInBillingZone()));
  return (
    <>
      <nav className="skip-links" aria-label={t('Skip to a section')}>
        <a href="#usage">{t('Skip to usage')}</a>
        <a href="#packages">{t('Skip to packages')}</a>
        <a href="#results">{t('Skip to results')}</a>
        <a href="#advisor">{t('Skip to the advisor')}</a>
      </nav>
      <header className="app-header">
        <div>
          <h1>{t('OCR billing simulator')}</h1>
          <p>
            {t(
              'Which HUAWEI CLOUD OCR prepaid packages to buy, and when they pay off against pay-per-use.',
            )}
          </p>
        </div>
        <div className="toolbar" role="toolbar" aria-label={t('Scenario')}>
          <SelectField
            label={t('Language')}
            value={locale}
            options={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
            onChange={(value) => useLocaleStore.getState().setLocale(value as Locale)}
          />
          <TextField
            label={t('Estimate name')}
            placeholder={t('Untitled estimate')}
            value={draft.name}
            onChange={(name) => edit((current) => ({ ...current, name }), 'name')}
          />
          <CatalogField catalog={catalog} />
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('Undo')}
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t('Redo')}
          </button>
        </div>
        <EstimatesPanel onNewEstimate={startBlank} onLoadDemo={() => newEstimate(DEMO_DRAFT)} />
      </header>
      <SectionNav />
      {/* Busy while the first load still mounts sections and cards in turns (ui/mount-in-turn.tsx). */}
      <main className="layout" aria-busy={mountingInTurns || undefined}>
        {/* The usage editor fills the first screen; the rest mounts section by section, results first. */}
        <div>
          <SaveNotice />
          <BackupCopies />
          <ErrorBoundary name="Share link">
            <SharedLinkBanner />
          </ErrorBoundary>
          <CatalogStatus catalogId={draft.catalogId} />
          {draft.name === DEMO_DRAFT.name ? <DemoIntro onBlank={startBlank} /> : null}
          <div id="usage" tabIndex={-1}>
            <ErrorBoundary name="Usage">
              <UsageEditor catalog={catalog} />
            </ErrorBoundary>
          </div>
          <div id="history" tabIndex={-1}>
            <MountInTurn order={3}>
              <ErrorBoundary name="Usage history">
                <HistoryImport catalog={catalog} />
              </ErrorBoundary>
            </MountInTurn>
          </div>
          <MountInTurn order={3}>
            <ErrorBoundary name="Pay-per-use prices">
              <PricesEditor catalog={catalog} />
            </ErrorBoundary>
          </MountInTurn>
          <div id="packages" tabIndex={-1}>
            <MountInTurn order={2}>
              <ErrorBoundary name="Packages">
                <PackagesEditor catalog={catalog} />
              </ErrorBoundary>
            </MountInTurn>
          </div>
        </div>
        <div>
          <div id="results" tabIndex={-1}>
            <MountInTurn order={1}>
              <ErrorBoundary name="Results">
                <ResultsPanel catalog={catalog} />
              </ErrorBoundary>
            </MountInTurn>
          </div>
          <div id="advisor" tabIndex={-1}>
            <MountInTurn order={5}>
              <ErrorBoundary name="Purchase advisor">
                <AdvisorPanel catalog={catalog} />
              </ErrorBoundary>
            </MountInTurn>
          </div>
          <div id="compare" tabIndex={-1}>
            <MountInTurn order={6}>
              <ErrorBoundary name="Compare variants">
                <ComparePanel />
              </ErrorBoundary>
            </MountInTurn>
          </div>
          <div id="share" tabIndex={-1}>
            <MountInTurn order={4}>
              <ErrorBoundary name="Share and export">
                <SharePanel />
              </ErrorBoundary>
            </MountInTurn>
          </div>
        </div>
      </main>
    </>
  );
}

/** The month after today in the billing time zone (billing-rules §1): a new estimate starts there. */
function nextMonthInBillingZone(): string {
  return formatIsoMonth(addMonths(billingDayOf(Date.now()), 1));
}
