import { describe, expect, it } from 'vitest';
import type { SeriesForecaster } from '../../engine/history/forecast';
import { nodeForecaster } from '../../engine/testing/augurs-node';
import { shippedCatalogs } from '../../engine/testing/shipped-catalogs';
import {
  answerForecastRequest,
  answerImportRequest,
  type ImportRequest,
  type ImportResponse,
} from './usage-import-protocol';

const catalogs = shippedCatalogs();

function request(text: string, changes: Partial<ImportRequest> = {}): ImportRequest {
  return {
    type: 'import',
    runId: 7,
    bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
    encoding: 'auto',
    hand: {},
    aliases: { api: {}, region: {} },
    catalogs,
    months: 3,
    ...changes,
  };
}

function answer(
  input: ImportRequest,
  forecaster: SeriesForecaster | null = nodeForecaster(),
): ImportResponse[] {
  const posted: ImportResponse[] = [];
  answerImportRequest(input, (response) => posted.push(response), forecaster);
  return posted;
}

const file = [
  'date,api,region,calls',
  '2026-01-05,passport,cn-north-4,100',
  '2026-02-05,passport,cn-north-4,110',
  '2026-03-05,passport,cn-north-4,120',
  '2026-03-05,speech,cn-north-4,120',
].join('\n');

describe('the usage import worker', () => {
  it('posts progress, then history, forecast and skipped rows', () => {
    const posted = answer(request(file));
    expect(posted.at(0)).toMatchObject({ type: 'progress', runId: 7 });
    const done = posted.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      runId: 7,
      encoding: 'utf-8',
      preset: 'plain',
      usedRows: 3,
      skipped: [{ line: 5, reason: { code: 'unknownApi', value: 'speech' } }],
    });
    if (done?.type !== 'done') return;
    expect(done.streams[0]?.forecast).toMatchObject({ ok: true, method: 'trend' });
  });

  it('maps a name the catalogs do not know when the user says which API it is', () => {
    const done = answer(
      request(file, { aliases: { api: { speech: 'general-text' }, region: {} } }),
    );
    expect(done.at(-1)).toMatchObject({ type: 'done', usedRows: 4, skipped: [] });
  });

  it('asks for a mapping when a column is missing, naming the headers', () => {
    expect(answer(request('when,what\n1,2\n')).at(-1)).toEqual({
      type: 'unmapped',
      runId: 7,
      encoding: 'utf-8',
      headers: ['when', 'what'],
      missing: ['date', 'api', 'calls'],
    });
  });

  it('says the forecast could not be made when augurs did not load', () => {
    expect(answer(request(file), null).at(-1)).toEqual({
      type: 'failed',
      runId: 7,
      reason: 'forecast',
    });
  });
});

describe('forecasting a kept history again', () => {
  const history = [
    { month: '2026-01', calls: 100 },
    { month: '2026-02', calls: 110 },
    { month: '2026-03', calls: 120 },
  ];
  const kept = {
    type: 'forecast' as const,
    runId: 3,
    months: 2,
    streams: [
      { api: 'passport', region: 'cn-north-4', history },
      { api: 'general-text', region: 'cn-north-4', history: history.slice(0, 2) },
    ],
  };

  it('forecasts each stream, and says a short one is too short', () => {
    const answered = answerForecastRequest(kept, nodeForecaster());
    expect(answered).toMatchObject({ type: 'forecasted', runId: 3 });
    if (answered.type !== 'forecasted') return;
    expect(answered.streams[0]?.forecast).toMatchObject({ ok: true, method: 'trend' });
    expect(answered.streams[0]?.forecast.ok && answered.streams[0].forecast.months).toHaveLength(2);
    expect(answered.streams[1]?.forecast).toMatchObject({ ok: false, reason: 'tooShort' });
  });

  it('fails when augurs did not load and a stream could be forecast', () => {
    expect(answerForecastRequest(kept, null)).toEqual({
      type: 'failed',
      runId: 3,
      reason: 'forecast',
    });
  });
});
