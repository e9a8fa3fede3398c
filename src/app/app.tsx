import { CATALOG_IDS, useCatalog } from '../features/catalog/catalog-query';
import { CatalogStatus } from '../features/catalog/catalog-status';
import { PackagesEditor } from '../features/packages/packages-editor';
import { ResultsPanel } from '../features/results/results-panel';
import { SharePanel } from '../features/share/share-panel';
import { SharedLinkBanner } from '../features/share/shared-link-banner';
import { PricesEditor } from '../features/usage/prices-editor';
import { UsageEditor } from '../features/usage/usage-editor';
import { DEMO_DRAFT } from '../store/demo';
import { useScenarioStore } from '../store/scenario-store';
import { SelectField, TextField } from '../ui/field';
import { useUndoShortcuts } from './use-undo-shortcuts';

const CATALOG_NAMES: Record<(typeof CATALOG_IDS)[number], string> = {
  international: 'HUAWEI CLOUD International (USD)',
  mainland: 'HUAWEI CLOUD Chinese mainland (CNY)',
};
const CATALOG_CURRENCIES: Record<(typeof CATALOG_IDS)[number], string> = {
  international: 'USD',
  mainland: 'CNY',
};

export function App() {
  useUndoShortcuts();
  const draft = useScenarioStore((state) => state.draft);
  const canUndo = useScenarioStore((state) => state.past.length > 0);
  const canRedo = useScenarioStore((state) => state.future.length > 0);
  const { undo, redo, edit, replaceDraft } = useScenarioStore.getState();
  const catalog = useCatalog(draft.catalogId).data;

  return (
    <>
      <nav className="skip-links" aria-label="Skip to a section">
        <a href="#usage">Skip to usage</a>
        <a href="#packages">Skip to packages</a>
        <a href="#results">Skip to results</a>
      </nav>
      <header className="app-header">
        <div>
          <h1>OCR billing simulator</h1>
          <p>
            Which HUAWEI CLOUD OCR prepaid packages to buy, and when they pay off against
            pay-per-use.
          </p>
        </div>
        <div className="toolbar" role="toolbar" aria-label="Scenario">
          <TextField
            label="Scenario name"
            value={draft.name}
            onChange={(name) => edit((current) => ({ ...current, name }), 'name')}
          />
          <SelectField
            label="Price catalog"
            value={draft.catalogId}
            options={CATALOG_IDS.map((id) => ({ value: id, label: CATALOG_NAMES[id] }))}
            onChange={(catalogId) =>
              edit((current) => ({
                ...current,
                catalogId,
                currency:
                  CATALOG_CURRENCIES[catalogId as (typeof CATALOG_IDS)[number]] ?? current.currency,
              }))
            }
            hint={`Prices are in ${draft.currency}.`}
          />
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
          <button type="button" onClick={() => replaceDraft(DEMO_DRAFT)}>
            Load the demo
          </button>
        </div>
      </header>
      <main className="layout">
        <div>
          <SharedLinkBanner />
          <CatalogStatus catalogId={draft.catalogId} />
          <div id="usage" tabIndex={-1}>
            <UsageEditor catalog={catalog} />
          </div>
          <PricesEditor catalog={catalog} />
          <div id="packages" tabIndex={-1}>
            <PackagesEditor catalog={catalog} />
          </div>
        </div>
        <div id="results" tabIndex={-1}>
          <SharePanel />
          <ResultsPanel catalog={catalog} />
        </div>
      </main>
    </>
  );
}
