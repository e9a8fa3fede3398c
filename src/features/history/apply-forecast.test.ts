import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from '../../engine/testing/shipped-catalogs';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft, type ScenarioDraft } from '../../store/draft';
import { applyForecast, horizonMonthNames, type ImportedStream } from './apply-forecast';

const [international] = shippedCatalogs();
const source = { file: 'bill.csv', importedOn: '2026-12-20' };
const base: ScenarioDraft = { ...DEMO_DRAFT, start: '2027-01', months: '4' };
const [first] = base.streams;
if (!first) throw new Error('the demo has streams');

const imported = (changes: Partial<ImportedStream> = {}): ImportedStream => ({
  api: first.api,
  region: first.region,
  history: [
    { month: '2026-11', calls: 900 },
    { month: '2026-12', calls: 1000 },
  ],
  forecast: [
    { month: '2027-01', expected: 1100, low: 1000, high: 1300 },
    { month: '2027-02', expected: 1200, low: 1000, high: 1500 },
  ],
  ...changes,
});

describe('using a forecast in the estimate', () => {
  it("types the forecast into the same API and region's stream, keeping the months it does not cover", () => {
    const used = applyForecast(base, imported(), source, international);
    if (!used.ok) throw new Error(used.reason);
    const stream = used.draft.streams[0];
    const generated = checkDraft(base);
    if (!generated.parsed.ok) throw new Error('the demo is valid');
    const before = generated.parsed.scenario.streams[0]?.monthlyCalls ?? [];
    expect(stream?.callsSource).toBe('typed');
    expect(stream?.typedCalls).toEqual(['1100', '1200', String(before[2]), String(before[3])]);
    expect(stream?.range).toEqual([
      { month: '2027-01', low: 1000, high: 1300 },
      { month: '2027-02', low: 1000, high: 1500 },
    ]);
    expect(stream?.history).toEqual(imported().history);
    expect(stream?.historySource).toEqual(source);
    expect(used.draft.streams.slice(1)).toEqual(base.streams.slice(1));
    expect(checkDraft(used.draft).parsed.ok).toBe(true);
  });

  it('takes the history itself for horizon months it covers', () => {
    const used = applyForecast({ ...base, start: '2026-12' }, imported(), source, international);
    expect(used.ok && used.draft.streams[0]?.typedCalls.slice(0, 3)).toEqual([
      '1000',
      '1100',
      '1200',
    ]);
  });

  it('adds a stream, with its catalog price, for an API and region the estimate lacks', () => {
    const lacking: ScenarioDraft = { ...base, streams: [], payPerUse: [] };
    const used = applyForecast(lacking, imported(), source, international);
    if (!used.ok) throw new Error(used.reason);
    expect(used.draft.streams).toHaveLength(1);
    expect(used.draft.streams[0]).toMatchObject({ api: first.api, region: first.region });
    expect(used.draft.payPerUse.map((entry) => entry.api)).toEqual([first.api]);
    expect(checkDraft(used.draft).parsed.ok).toBe(true);
  });

  it('says why when the horizon is not valid or lies past the forecast', () => {
    expect(applyForecast({ ...base, months: 'x' }, imported(), source, international)).toEqual({
      ok: false,
      reason: 'noHorizon',
    });
    expect(applyForecast({ ...base, start: '2030-01' }, imported(), source, international)).toEqual(
      { ok: false, reason: 'noMonthInHorizon' },
    );
  });

  it('names the months of the horizon', () => {
    expect(horizonMonthNames({ ...base, start: '2026-11', months: '3' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });
});
