import { type DragEvent, lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { billingDayOf, type Catalog, formatIsoDate, type Message } from '../../engine';
import { USAGE_FIELDS, type UsageField } from '../../engine/history/columns';
import type { UsageEncoding } from '../../engine/history/encoding';
import { skipReasonMessage } from '../../engine/history/skip-reason-english';
import { apiDisplayName, apiOptions, regionDisplayName } from '../../i18n/catalog-names';
import { formatCount, formatMonth } from '../../i18n/format';
import { sayMessage } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useScenarioStore } from '../../store/scenario-store';
import { ChartLegend } from '../../ui/chart-legend';
import { PLAN_COLOUR, PROJECTION_COLOUR } from '../../ui/chart-look';
import { SelectField } from '../../ui/field';
import { labelWithNames } from '../../ui/isolate-name';
import { useCatalog } from '../catalog/catalog-query';
import { applyForecast } from './apply-forecast';
import { type KeptHistory, keptHistories } from './kept-histories';
import { toHistorySeries } from './to-history-series';
import type { StreamImport } from './usage-import-protocol';
import { useKeptForecast } from './use-kept-forecast';
import { useUsageImport } from './use-usage-import';

// Recharts comes with the first chart drawn, never with the page's first load.
const HistoryChart = lazy(() =>
  import('./history-chart').then((module) => ({ default: module.HistoryChart })),
);

/** How many months the worker forecasts: the longest horizon an estimate may have. */
const FORECAST_MONTHS = 120;
/** Skipped rows listed at once; the count says how many there are. */
const SKIPPED_SHOWN = 50;

/*
 * "Import usage history": a Billing Center export (or any CSV) read in a worker, never sent
 * anywhere; its months per API and region charted with the forecast, and each forecast one
 * click from the estimate's stream.
 */
export function HistoryImport({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const headingId = useId();
  const inputId = useId();
  const mapping = useScenarioStore((state) => state.usageMapping);
  const setMapping = useScenarioStore((state) => state.setUsageMapping);
  const catalogId = useScenarioStore((state) => state.draft.catalogId);
  // A usage export's names are matched against both catalogs. The other one loads here, once
  // this section is on the page: its arrival then redraws this section alone, and never in the
  // middle of the page's first render (an update from a store is drawn at once, in one task).
  const [onThePage, setOnThePage] = useState(false);
  useEffect(() => setOnThePage(true), []);
  const otherCatalog = useCatalog(catalogId === 'mainland' ? 'international' : 'mainland', {
    enabled: onThePage,
  }).data;
  const catalogs = useMemo(
    () => [catalog, otherCatalog].filter((item) => item !== undefined),
    [catalog, otherCatalog],
  );
  const { state, start } = useUsageImport(catalogs, FORECAST_MONTHS);
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<UsageEncoding | 'auto'>('auto');
  const [columns, setColumns] = useState(mapping.columns);
  const [defaultRegion, setDefaultRegion] = useState('');
  const [dragging, setDragging] = useState(false);
  const [used, setUsed] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const draft = useScenarioStore((state) => state.draft);
  const kept = useMemo(() => keptHistories(draft), [draft]);

  const read = (next: File, changes: { columns?: typeof columns; apiNames?: object } = {}) => {
    setFile(next);
    setUsed(null);
    void start(next, {
      encoding,
      hand: changes.columns ?? columns,
      aliases: {
        api: { ...mapping.apiNames, ...(changes.apiNames ?? {}) },
        region: mapping.regionNames,
      },
      ...(defaultRegion ? { defaultRegion } : {}),
    });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) read(dropped);
  };

  return (
    <section className="panel editor history-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Import usage history')}</h2>
      <p className="chart-note">
        {t(
          "Start from the customer's real usage: a bill details or package deduction export from the Billing Center, as CSV. The file is read in this browser and never sent anywhere.",
        )}
      </p>
      {/* The file field is the keyboard's way in; dropping a file anywhere here is a shortcut. */}
      <fieldset
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="field-label">
          {t('Usage export (CSV)')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) read(chosen);
          }}
        />
        <span className="field-hint">{t('Or drop the file here.')}</span>
      </fieldset>
      <SelectField
        label={t('Text encoding')}
        value={encoding}
        options={[
          { value: 'auto', label: t('Detect it') },
          { value: 'utf-8', label: 'UTF-8' },
          { value: 'gb18030', label: t('GBK / GB18030 (Chinese spreadsheets)') },
        ]}
        onChange={(value) => setEncoding(value as UsageEncoding | 'auto')}
        hint={t('Change it if the names in the file come out garbled.')}
      />
      {'kind' in state && state.kind === 'reading' ? (
        <div>
          <label>
            {t('Reading the file…')}{' '}
            <progress max={1} value={state.fraction}>
              {Math.round(state.fraction * 100)}%
            </progress>
          </label>
        </div>
      ) : null}
      {'type' in state && state.type === 'failed' ? (
        <p className="notice notice-warning" role="alert">
          {state.reason === 'unreadable'
            ? t('This file could not be read. Export it again from the Billing Center as CSV.')
            : t(
                'The forecast could not be made: the page could not load its forecasting part. Reload the page and try again.',
              )}
        </p>
      ) : null}
      {'type' in state && state.type === 'unmapped' && file ? (
        <form
          className="history-mapper"
          onSubmit={(event) => {
            event.preventDefault();
            setMapping({ ...mapping, columns });
            read(file, { columns });
          }}
        >
          <p role="alert">
            {t(
              'Some columns of this file were not recognised. Choose which column holds each of these:',
            )}
          </p>
          <div className="field-grid">
            {USAGE_FIELDS.map((field) => (
              <SelectField
                key={field}
                label={fieldLabel(t, field)}
                value={columns[field] ?? ''}
                options={[
                  {
                    value: '',
                    label: field === 'region' ? t('None: one region for the whole file') : '—',
                  },
                  ...state.headers.map((header) => ({ value: header, label: header })),
                ]}
                onChange={(value) => setColumns({ ...columns, [field]: value || undefined })}
              />
            ))}
            {catalog && !columns.region ? (
              <SelectField
                label={t('Region of every row')}
                value={defaultRegion}
                options={[
                  { value: '', label: '—' },
                  ...catalog.regions.map((region) => ({
                    value: region.id,
                    label: regionDisplayName(catalog, region.id),
                  })),
                ]}
                onChange={setDefaultRegion}
              />
            ) : null}
          </div>
          <button type="submit" className="primary">
            {t('Read the file with these columns')}
          </button>
        </form>
      ) : null}
      {'kind' in state && state.kind === 'idle' && kept.length > 0 ? (
        <KeptResult kept={kept} catalog={catalog} catalogs={catalogs} />
      ) : null}
      {'type' in state && state.type === 'done' ? (
        <ImportResult
          catalogs={catalogs}
          streams={state.streams}
          skipped={state.skipped}
          usedRows={state.usedRows}
          catalog={catalog}
          fileName={file?.name ?? ''}
          used={used}
          onUsed={setUsed}
          onName={(value, api) => {
            const apiNames = { ...mapping.apiNames, [value]: api };
            setMapping({ ...mapping, apiNames });
            if (file) read(file, { apiNames });
          }}
        />
      ) : null}
    </section>
  );
}

/*
 * A reopened estimate (saved, a file or a link) shows the histories it keeps as the import did:
 * charted with a forecast made again from them, each one click from the estimate again.
 */
function KeptResult({
  kept,
  catalog,
  catalogs,
}: {
  readonly kept: readonly KeptHistory[];
  readonly catalog: Catalog | undefined;
  readonly catalogs: readonly Catalog[];
}) {
  const t = useT();
  const forecast = useKeptForecast(kept, FORECAST_MONTHS);
  const [used, setUsed] = useState<string | null>(null);
  return (
    <div className="history-result">
      <p>{t('The usage history kept with this estimate, and its forecast:')}</p>
      {forecast?.kind === 'working' ? (
        <div role="status">
          <label>
            {t('Working out the forecast…')} <progress />
          </label>
        </div>
      ) : null}
      {forecast?.kind === 'failed' ? (
        <p className="notice notice-warning" role="alert">
          {t(
            'The forecast could not be made: the page could not load its forecasting part. Reload the page and try again.',
          )}
        </p>
      ) : null}
      {forecast?.kind === 'done'
        ? forecast.streams.map((stream) => {
            const key = `${stream.api} ${stream.region}`;
            return (
              <StreamResult
                key={key}
                stream={stream}
                catalog={catalog}
                names={
                  catalogs.find((item) =>
                    item.regions.some((region) => region.id === stream.region),
                  ) ?? catalog
                }
                fileName={
                  kept.find((item) => item.api === stream.api && item.region === stream.region)
                    ?.file ?? ''
                }
                used={used === key}
                onUsed={() => setUsed(key)}
              />
            );
          })
        : null}
    </div>
  );
}

function fieldLabel(t: ReturnType<typeof useT>, field: UsageField): string {
  switch (field) {
    case 'date':
      return t('Date column');
    case 'api':
      return t('Service column');
    case 'region':
      return t('Region column');
    case 'calls':
      return t('Calls column');
  }
}

function ImportResult({
  catalogs,
  streams,
  skipped,
  usedRows,
  catalog,
  fileName,
  used,
  onUsed,
  onName,
}: {
  readonly catalogs: readonly Catalog[];
  readonly streams: readonly StreamImport[];
  readonly skipped: readonly {
    readonly line: number;
    readonly reason: Parameters<typeof skipReasonMessage>[0];
  }[];
  readonly usedRows: number;
  readonly catalog: Catalog | undefined;
  readonly fileName: string;
  readonly used: string | null;
  readonly onUsed: (key: string) => void;
  readonly onName: (value: string, api: string) => void;
}) {
  const t = useT();
  const unknownNames = useMemo(
    () => [
      ...new Set(
        skipped.flatMap((row) => (row.reason.code === 'unknownApi' ? [row.reason.value] : [])),
      ),
    ],
    [skipped],
  );
  return (
    <div className="history-result">
      <p role="status">
        {streams.length === 0
          ? t('No row of this file could be used: see why below.')
          : t('{rows} rows read: {streams} services and regions.', {
              rows: formatCount(usedRows),
              streams: formatCount(streams.length),
            })}
      </p>
      {streams.map((stream) => (
        <StreamResult
          key={`${stream.api} ${stream.region}`}
          stream={stream}
          catalog={catalog}
          // Named from the catalog that knows its region (a Chinese mainland region in an
          // international estimate still reads as a name).
          names={
            catalogs.find((item) => item.regions.some((region) => region.id === stream.region)) ??
            catalog
          }
          fileName={fileName}
          used={used === `${stream.api} ${stream.region}`}
          onUsed={() => onUsed(`${stream.api} ${stream.region}`)}
        />
      ))}
      {skipped.length > 0 ? (
        <details className="history-skipped" open>
          <summary>
            {skipped.length === 1
              ? t('1 row left out')
              : t('{count} rows left out', { count: formatCount(skipped.length) })}
          </summary>
          {catalog && unknownNames.length > 0 ? (
            <div className="field-grid">
              {unknownNames.slice(0, 10).map((value) => (
                <SelectField
                  key={value}
                  label={t('Count “{name}” as', { name: value })}
                  value=""
                  options={[{ value: '', label: t('Leave it out') }, ...apiOptions(catalog)]}
                  onChange={(api) => {
                    if (api) onName(value, api);
                  }}
                />
              ))}
            </div>
          ) : null}
          <ul aria-label={t('Rows left out')}>
            {skipped.slice(0, SKIPPED_SHOWN).map((row) => (
              <li key={row.line}>
                {t('Line {line} {reason}.', {
                  line: formatCount(row.line),
                  reason: sayMessage(skipReasonMessage(row.reason) as Message, catalog),
                })}
              </li>
            ))}
          </ul>
          {skipped.length > SKIPPED_SHOWN ? (
            <p>{t('And {count} more.', { count: formatCount(skipped.length - SKIPPED_SHOWN) })}</p>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}

function StreamResult({
  stream,
  catalog,
  names,
  fileName,
  used,
  onUsed,
}: {
  readonly stream: StreamImport;
  readonly catalog: Catalog | undefined;
  readonly names: Catalog | undefined;
  readonly fileName: string;
  readonly used: boolean;
  readonly onUsed: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const edit = useScenarioStore((state) => state.edit);
  const draft = useScenarioStore((state) => state.draft);
  const [problem, setProblem] = useState<string | null>(null);
  const name = names
    ? t('{api} in {region}', {
        api: apiDisplayName(names, stream.api),
        region: regionDisplayName(names, stream.region),
      })
    : `${stream.api} · ${stream.region}`;
  const forecast = stream.forecast.ok ? stream.forecast.months : [];
  // The chart shows the next 24 months at most: far months only widen the band.
  const points = useMemo(
    () => toHistorySeries(stream.history, forecast.slice(0, 24)),
    [stream.history, forecast],
  );
  const first = stream.history[0]?.month ?? '';
  const last = stream.history.at(-1)?.month ?? '';
  const backtest = stream.forecast.ok ? stream.forecast.backtest : null;
  const use = () => {
    const result = applyForecast(
      draft,
      { api: stream.api, region: stream.region, history: stream.history, forecast },
      { file: fileName, importedOn: formatIsoDate(billingDayOf(Date.now())) },
      catalog,
    );
    if (!result.ok) {
      setProblem(
        result.reason === 'noHorizon'
          ? t('Fix the horizon under Usage first: its start or its number of months.')
          : t(
              'The estimate’s months are all after the forecast: move the horizon start closer to today.',
            ),
      );
      return;
    }
    setProblem(null);
    edit(() => result.draft);
    onUsed();
  };
  return (
    <section className="history-stream" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        {t('{months} months of history, {first} to {last}.', {
          months: formatCount(stream.history.length),
          first: formatMonth(first),
          last: formatMonth(last),
        })}
      </p>
      {stream.forecast.ok ? null : (
        <p className="notice notice-warning">
          {t(
            'Only {months} months of usage: at least 3 are needed to forecast. Type the monthly calls under Usage instead.',
            { months: formatCount(stream.history.length) },
          )}
        </p>
      )}
      <figure className="chart-figure" aria-labelledby={`${headingId}-chart`}>
        <figcaption id={`${headingId}-chart`} className="visually-hidden">
          {t('{name}: calls each month and the forecast', { name })}
        </figcaption>
        <div
          className="chart-canvas"
          role="img"
          aria-label={labelWithNames(t, '{name}: calls each month and the forecast', { name })}
        >
          <Suspense fallback={<p>{t('Drawing the chart…')}</p>}>
            <HistoryChart points={points} />
          </Suspense>
        </div>
        <ChartLegend
          entries={[
            {
              key: 'actual',
              label: t('Calls each month'),
              mark: { kind: 'line', look: { colour: PROJECTION_COLOUR, dash: '', width: 2 } },
            },
            ...(forecast.length > 0
              ? [
                  {
                    key: 'forecast',
                    label: t('Forecast'),
                    mark: {
                      kind: 'line' as const,
                      look: { colour: PLAN_COLOUR, dash: '6 3', width: 2 },
                    },
                  },
                  {
                    key: 'band',
                    label: t('Likely range: 8 months in 10 should fall inside it'),
                    mark: { kind: 'band' as const },
                  },
                ]
              : []),
          ]}
        />
      </figure>
      {stream.forecast.ok ? (
        <p>
          {stream.forecast.method === 'seasonal'
            ? t('The forecast follows the trend and the yearly pattern of the last two years.')
            : t('The forecast follows the trend; a yearly pattern needs two years of usage.')}{' '}
          {backtest && backtest.mape !== null
            ? t(
                'Checked against the last {months} months, forecast without them: it was off by {error} on average, and {covered} of those months fell inside the likely range.',
                {
                  months: formatCount(backtest.months.length),
                  error: `${formatCount(Math.round(backtest.mape * 100))}\u00a0%`,
                  covered: formatCount(backtest.covered),
                },
              )
            : t('The history is too short to check the forecast against past months.')}
        </p>
      ) : null}
      {stream.forecast.ok ? (
        <button type="button" className="primary" onClick={use}>
          {t('Use this forecast for {name}', { name })}
        </button>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {used ? (
        <p role="status">
          {t(
            'The forecast is now the monthly calls of this stream under Usage, and its range the low and high cases of the advisor. Change any month there; Undo takes it back.',
          )}
        </p>
      ) : null}
    </section>
  );
}
