import { describe, expect, it } from 'vitest';
import { DEMO_DRAFT } from '../../store/demo';
import type { ScenarioDraft, StreamDraft } from '../../store/draft';
import { keptHistories, keptHistoriesKey } from './kept-histories';

const [first] = DEMO_DRAFT.streams;
if (!first) throw new Error('the demo has streams');
const history = [
  { month: '2026-11', calls: 900 },
  { month: '2026-12', calls: 1000 },
];
const withHistory: StreamDraft = {
  ...first,
  id: 'a',
  history,
  historySource: { file: 'bill.csv', importedOn: '2026-12-20' },
};
const draft = (streams: readonly StreamDraft[]): ScenarioDraft => ({ ...DEMO_DRAFT, streams });

describe('the histories an estimate keeps', () => {
  it('are none when no stream has a history', () => {
    expect(keptHistories(draft([{ ...first, history: [], historySource: null }]))).toEqual([]);
  });

  it('are the streams with a history, once per API and region, with their file', () => {
    const kept = keptHistories(
      draft([
        { ...first, id: 'x', api: 'other', history: [], historySource: null },
        withHistory,
        { ...withHistory, id: 'b', history: history.slice(0, 1) },
      ]),
    );
    expect(kept).toEqual([{ api: first.api, region: first.region, history, file: 'bill.csv' }]);
  });

  it('name no file when the estimate does not say where its history came from', () => {
    expect(keptHistories(draft([{ ...withHistory, historySource: null }]))[0]?.file).toBe('');
  });

  it('keep the same key while only other inputs change', () => {
    const before = keptHistoriesKey(keptHistories(draft([withHistory])));
    const typed = { ...withHistory, callsSource: 'typed' as const, typedCalls: ['5'] };
    expect(keptHistoriesKey(keptHistories(draft([typed])))).toBe(before);
    const longer = { ...withHistory, history: [...history, { month: '2027-01', calls: 1 }] };
    expect(keptHistoriesKey(keptHistories(draft([longer])))).not.toBe(before);
  });
});
