import Papa from 'papaparse';
import { type UsageHistory, usageAccumulator } from './aggregate';
import type { UsageField } from './columns';
import { detectMapping, type HandMapping, type PresetId, resolveMapping } from './columns';
import type { NameMatcher } from './names';

/*
 * A usage export's text, parsed row by row with Papa Parse (quoted fields with commas and line
 * breaks, any line ending) and summed as it goes, so no row array is ever held: the command
 * line and the page's worker share it.
 */

export type ParseUsageOptions = {
  readonly names: NameMatcher;
  readonly hand?: HandMapping;
  readonly defaultRegion?: string;
  /** Called now and then with the share of the text read, 0 to 1. */
  readonly onProgress?: (share: number) => void;
};

export type ParseUsageResult =
  | {
      readonly ok: true;
      readonly headers: readonly string[];
      readonly preset: PresetId | null;
      readonly usage: UsageHistory;
    }
  | {
      readonly ok: false;
      readonly headers: readonly string[];
      readonly missing: readonly UsageField[];
      readonly unknown: readonly string[];
    };

function newlines(field: string): number {
  let count = 0;
  for (let index = field.indexOf('\n'); index >= 0; index = field.indexOf('\n', index + 1))
    count += 1;
  return count;
}

/** Only the header row: what the column mapper shows before the whole file is read. */
export function readHeaders(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { preview: 20 });
  return parsed.data.find((row) => row.some((field) => field.trim() !== '')) ?? [];
}

export function parseUsageText(text: string, options: ParseUsageOptions): ParseUsageResult {
  const headers = readHeaders(text);
  const resolved = resolveMapping(headers, options.hand);
  if (!resolved.ok)
    return { ok: false, headers, missing: resolved.missing, unknown: resolved.unknown };
  const accumulator = usageAccumulator({
    mapping: resolved.mapping,
    names: options.names,
    defaultRegion: options.defaultRegion,
    headers,
  });
  let line = 1;
  let headerSeen = false;
  let rowsSinceProgress = 0;
  Papa.parse<string[]>(text, {
    step: (row) => {
      const fields = row.data;
      const start = line;
      line += 1;
      for (const field of fields) line += newlines(field);
      const blank = fields.every((field) => field.trim() === '');
      if (!headerSeen) {
        headerSeen = !blank;
        return;
      }
      accumulator.add(fields, start);
      rowsSinceProgress += 1;
      if (options.onProgress && rowsSinceProgress >= 50_000) {
        rowsSinceProgress = 0;
        options.onProgress(Math.min(1, row.meta.cursor / text.length));
      }
    },
  });
  options.onProgress?.(1);
  return {
    ok: true,
    headers,
    preset: hand(options.hand) ? null : (detectMapping(headers)?.preset ?? null),
    usage: accumulator.result(),
  };
}

function hand(mapping: HandMapping | undefined): boolean {
  return mapping !== undefined && Object.keys(mapping).length > 0;
}
