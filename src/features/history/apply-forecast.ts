import {
  addMonths,
  type Catalog,
  catalogPriceEntry,
  FLAT_SEASONALITY,
  formatIsoMonth,
  generateCalls,
  type HistoryMonth,
  MAX_CALLS,
  parseIsoMonth,
} from '../../engine';
import type { ForecastMonth } from '../../engine/history/forecast';
import {
  freshId,
  horizonMonths,
  type MonthRange,
  priceDraftFromCatalog,
  type ScenarioDraft,
  type StreamDraft,
} from '../../store/draft';

/*
 * "Use this forecast": the imported stream's months go into the estimate's stream for the same
 * API and region (a new stream when there is none). Each month of the horizon takes the
 * forecast's expected calls, or the history's own calls where the horizon reaches back into
 * it; months neither covers keep what they had. The months become typed, so any one can be
 * changed by hand, and the forecast's range goes with them for the low and high cases.
 */

export type ImportedStream = {
  readonly api: string;
  readonly region: string;
  readonly history: readonly HistoryMonth[];
  readonly forecast: readonly ForecastMonth[];
};

export type ForecastUse =
  | { readonly ok: true; readonly draft: ScenarioDraft; readonly months: number }
  | { readonly ok: false; readonly reason: 'noHorizon' | 'noMonthInHorizon' };

/** The months of the draft's horizon, or null while its start or length is not valid. */
export function horizonMonthNames(draft: ScenarioDraft): string[] | null {
  const start = parseIsoMonth(draft.start.trim());
  const count = horizonMonths(draft);
  if (!start || count === null) return null;
  return Array.from({ length: count }, (_, index) => formatIsoMonth(addMonths(start, index)));
}

export function applyForecast(
  draft: ScenarioDraft,
  imported: ImportedStream,
  source: { readonly file: string; readonly importedOn: string },
  catalog: Catalog | undefined,
): ForecastUse {
  const months = horizonMonthNames(draft);
  if (!months) return { ok: false, reason: 'noHorizon' };
  const expected = new Map(imported.forecast.map((month) => [month.month, month]));
  const actual = new Map(imported.history.map((month) => [month.month, month.calls]));
  if (!months.some((month) => expected.has(month) || actual.has(month)))
    return { ok: false, reason: 'noMonthInHorizon' };

  const index = draft.streams.findIndex(
    (stream) => stream.api === imported.api && stream.region === imported.region,
  );
  const current = draft.streams[index];
  const before = current ? currentCalls(current, draft.start, months.length) : [];
  const typedCalls = months.map((month, position) => {
    const forecast = expected.get(month);
    if (forecast) return String(Math.min(forecast.expected, MAX_CALLS));
    const past = actual.get(month);
    return past === undefined ? (before[position] ?? '0') : String(past);
  });
  const range: MonthRange[] = months.flatMap((month) => {
    const forecast = expected.get(month);
    return forecast
      ? [
          {
            month,
            low: Math.min(forecast.low, MAX_CALLS),
            high: Math.min(forecast.high, MAX_CALLS),
          },
        ]
      : [];
  });
  const fromHistory = {
    callsSource: 'typed',
    typedCalls,
    history: [...imported.history],
    historySource: { file: source.file, importedOn: source.importedOn },
    range,
  } as const;
  const streams = current
    ? draft.streams.map((stream, position) =>
        position === index ? { ...stream, ...fromHistory } : stream,
      )
    : [
        ...draft.streams,
        {
          id: freshId('stream', draft.streams),
          api: imported.api,
          region: imported.region,
          subscribed: true,
          generator: {
            firstMonth: typedCalls[0] ?? '0',
            growthPercent: '0',
            seasonal: false,
            seasonality: FLAT_SEASONALITY,
          },
          ...fromHistory,
        },
      ];
  return {
    ok: true,
    draft: { ...draft, streams, payPerUse: withPrice(draft, imported.api, catalog) },
    months: typedCalls.length,
  };
}

/** A stream's calls per month of the horizon as text, generated or typed. */
function currentCalls(stream: StreamDraft, start: string, count: number): readonly string[] {
  if (stream.callsSource === 'typed') return stream.typedCalls;
  const generated = generateCalls(stream.generator, start, count);
  return 'calls' in generated ? generated.calls.map(String) : stream.typedCalls;
}

/** The catalog's price for a new stream's API, when the estimate has none for it yet. */
function withPrice(draft: ScenarioDraft, api: string, catalog: Catalog | undefined) {
  if (!catalog || draft.payPerUse.some((entry) => entry.api === api)) return draft.payPerUse;
  const entry = catalogPriceEntry(catalog, api);
  return entry ? [...draft.payPerUse, priceDraftFromCatalog(entry)] : draft.payPerUse;
}
