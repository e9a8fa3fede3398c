import type { HistoryMonth } from '../../engine';
import type { ScenarioDraft } from '../../store/draft';

/*
 * The histories an estimate keeps, to chart again when it is reopened (from storage, a file or a
 * link): one per API and region, in the estimate's order. Two streams for the same API and
 * region share their import, so the first one's history stands for both.
 */

export type KeptHistory = {
  readonly api: string;
  readonly region: string;
  readonly history: readonly HistoryMonth[];
  /** The file's name, or '' when the estimate does not say where the history came from. */
  readonly file: string;
};

export function keptHistories(draft: ScenarioDraft): KeptHistory[] {
  const seen = new Set<string>();
  const kept: KeptHistory[] = [];
  for (const stream of draft.streams) {
    const key = `${stream.api} ${stream.region}`;
    if (stream.history.length === 0 || seen.has(key)) continue;
    seen.add(key);
    kept.push({
      api: stream.api,
      region: stream.region,
      history: stream.history,
      file: stream.historySource?.file ?? '',
    });
  }
  return kept;
}

/** Changes only when a kept history does, so editing anything else forecasts nothing again. */
export function keptHistoriesKey(kept: readonly KeptHistory[]): string {
  return JSON.stringify(kept.map(({ api, region, history }) => [api, region, history]));
}
