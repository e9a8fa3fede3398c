import type { Catalog } from '../../engine';
import type { UsageHistory } from '../../engine/history/aggregate';
import type { HandMapping, PresetId, UsageField } from '../../engine/history/columns';
import {
  decodeUsageBytes,
  detectEncoding,
  type UsageEncoding,
} from '../../engine/history/encoding';
import {
  forecastHistory,
  type HistoryForecast,
  type SeriesForecaster,
} from '../../engine/history/forecast';
import { nameMatcher } from '../../engine/history/names';
import { parseUsageText } from '../../engine/history/parse-usage';

/*
 * The messages between the page and the usage import's worker. The file's bytes go to the
 * worker (transferred, never copied, never sent anywhere else); it decodes, parses and sums
 * them with the engine's code, posting progress, then forecasts every stream. Both sides are
 * plain functions, tested without a worker.
 */

export type ImportRequest = {
  readonly type: 'import';
  readonly runId: number;
  readonly bytes: ArrayBuffer;
  /** 'auto': UTF-8 when the bytes are valid UTF-8, GB18030 otherwise. */
  readonly encoding: UsageEncoding | 'auto';
  readonly hand: HandMapping;
  /** Names the user mapped to an API or a region by hand. */
  readonly aliases: {
    readonly api: Readonly<Record<string, string>>;
    readonly region: Readonly<Record<string, string>>;
  };
  readonly defaultRegion?: string;
  readonly catalogs: readonly Catalog[];
  readonly months: number;
};

/** A kept history forecast again: an estimate reopened from storage, a file or a link. */
export type ForecastRequest = {
  readonly type: 'forecast';
  readonly runId: number;
  readonly streams: readonly UsageHistory['streams'][number][];
  readonly months: number;
};

export type StreamImport = UsageHistory['streams'][number] & { readonly forecast: HistoryForecast };

export type ImportResponse =
  | { readonly type: 'progress'; readonly runId: number; readonly fraction: number }
  | {
      readonly type: 'unmapped';
      readonly runId: number;
      readonly encoding: UsageEncoding;
      readonly headers: readonly string[];
      readonly missing: readonly UsageField[];
    }
  | {
      readonly type: 'done';
      readonly runId: number;
      readonly encoding: UsageEncoding;
      readonly headers: readonly string[];
      readonly preset: PresetId | null;
      readonly streams: readonly StreamImport[];
      readonly skipped: UsageHistory['skipped'];
      readonly usedRows: number;
    }
  | { readonly type: 'failed'; readonly runId: number; readonly reason: 'unreadable' | 'forecast' };

export type ForecastResponse =
  | {
      readonly type: 'forecasted';
      readonly runId: number;
      readonly streams: readonly StreamImport[];
    }
  | { readonly type: 'failed'; readonly runId: number; readonly reason: 'forecast' };

/** The worker's side for kept histories: every stream forecast, or why none could be. */
export function answerForecastRequest(
  request: ForecastRequest,
  forecaster: SeriesForecaster | null,
): ForecastResponse {
  const { runId } = request;
  if (forecaster === null && request.streams.some((stream) => stream.history.length >= 3))
    return { type: 'failed', runId, reason: 'forecast' };
  const streams = request.streams.map(
    (stream): StreamImport => ({
      ...stream,
      forecast: forecaster
        ? forecastHistory(stream.history, request.months, forecaster)
        : { ok: false, reason: 'tooShort', months: stream.history.length },
    }),
  );
  return { type: 'forecasted', runId, streams };
}

/** The worker's side: progress at most once per whole percent, then the outcome. */
export function answerImportRequest(
  request: ImportRequest,
  post: (response: ImportResponse) => void,
  forecaster: SeriesForecaster | null,
): void {
  const { runId } = request;
  const bytes = new Uint8Array(request.bytes);
  let decoded: { text: string; encoding: UsageEncoding };
  try {
    decoded = decodeUsageBytes(
      bytes,
      request.encoding === 'auto' ? detectEncoding(bytes) : request.encoding,
    );
  } catch {
    post({ type: 'failed', runId, reason: 'unreadable' });
    return;
  }
  let percent = -1;
  const parsed = parseUsageText(decoded.text, {
    names: nameMatcher(request.catalogs, request.aliases),
    hand: request.hand,
    ...(request.defaultRegion ? { defaultRegion: request.defaultRegion } : {}),
    onProgress: (fraction) => {
      const now = Math.floor(fraction * 100);
      if (now <= percent) return;
      percent = now;
      post({ type: 'progress', runId, fraction });
    },
  });
  if (!parsed.ok) {
    post({
      type: 'unmapped',
      runId,
      encoding: decoded.encoding,
      headers: parsed.headers,
      missing: parsed.missing,
    });
    return;
  }
  const streams = parsed.usage.streams.map((stream): StreamImport => {
    const forecast: HistoryForecast = forecaster
      ? forecastHistory(stream.history, request.months, forecaster)
      : { ok: false, reason: 'tooShort', months: stream.history.length };
    return { ...stream, forecast };
  });
  if (forecaster === null && streams.some((stream) => stream.history.length >= 3)) {
    post({ type: 'failed', runId, reason: 'forecast' });
    return;
  }
  post({
    type: 'done',
    runId,
    encoding: decoded.encoding,
    headers: parsed.headers,
    preset: parsed.preset,
    streams,
    skipped: parsed.usage.skipped,
    usedRows: parsed.usage.usedRows,
  });
}
