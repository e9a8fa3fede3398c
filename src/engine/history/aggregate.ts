import { formatIsoMonth, type IsoMonth, parseIsoMonth } from '../core/calendar';
import type { HistoryMonth } from '../core/scenario';
import type { ColumnMapping } from './columns';
import { billingMonthOf } from './month-of-time';
import type { NameMatcher } from './names';

/*
 * Rows of a usage export summed into monthly history per stream (API × region). A row that
 * cannot be used is kept in `skipped` with its line and reason: nothing is dropped silently.
 * Blank lines are not rows and are passed over.
 */

export const MAX_MONTH_CALLS = 1e12;

export type SkipReason =
  | { readonly code: 'totalRow' }
  | { readonly code: 'missingColumn'; readonly column: string }
  | { readonly code: 'badDate'; readonly value: string }
  | { readonly code: 'unknownApi'; readonly value: string }
  | { readonly code: 'unknownRegion'; readonly value: string }
  | { readonly code: 'noRegion' }
  | { readonly code: 'badNumber'; readonly value: string }
  | { readonly code: 'monthTooLarge'; readonly month: IsoMonth };

export type SkippedRow = { readonly line: number; readonly reason: SkipReason };

export type StreamHistory = {
  readonly api: string;
  readonly region: string;
  readonly history: readonly HistoryMonth[];
};

export type UsageHistory = {
  readonly streams: readonly StreamHistory[];
  readonly skipped: readonly SkippedRow[];
  /** Rows summed into a stream. */
  readonly usedRows: number;
};

const TOTAL_WORDS = new Set([
  '合计',
  '总计',
  '小计',
  '汇总',
  'total',
  'subtotal',
  'grand total',
  'sum',
]);

function isTotalRow(fields: readonly string[]): boolean {
  return fields.some((field) =>
    TOTAL_WORDS.has(
      field
        .trim()
        .toLowerCase()
        .replace(/[:：]$/, ''),
    ),
  );
}

/** Whole calls as exports write them: "1,234", "1234", "1234.00"; null otherwise. */
export function parseCalls(text: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/.exec(text.trim());
  if (!match) return null;
  const calls = Number((match[1] ?? '').replaceAll(',', ''));
  return calls <= MAX_MONTH_CALLS ? calls : null;
}

export type UsageAccumulator = {
  /** One parsed row and the line (from 1) it starts on. */
  readonly add: (fields: readonly string[], line: number) => void;
  readonly result: () => UsageHistory;
};

export type AccumulatorOptions = {
  readonly mapping: ColumnMapping;
  readonly names: NameMatcher;
  /** The region of every row when the export has no region column. */
  readonly defaultRegion?: string;
  readonly headers?: readonly string[];
};

function monthsBetween(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const start = parseIsoMonth(first);
  const end = parseIsoMonth(last);
  if (!start || !end) return [];
  const months: IsoMonth[] = [];
  let { year, month } = start;
  while (year < end.year || (year === end.year && month <= end.month)) {
    months.push(formatIsoMonth({ year, month }));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function usageAccumulator(options: AccumulatorOptions): UsageAccumulator {
  const { mapping, names, defaultRegion, headers = [] } = options;
  const totals = new Map<string, Map<IsoMonth, number>>();
  const skipped: SkippedRow[] = [];
  let usedRows = 0;
  const columnName = (index: number) => headers[index] ?? `#${index + 1}`;

  type UsableRow = { readonly stream: string; readonly month: IsoMonth; readonly calls: number };

  // A file holds few distinct dates and names: each is read once (bounded, for huge files).
  const monthCache = new Map<string, IsoMonth | null>();
  const monthOf = (text: string): IsoMonth | null => {
    let month = monthCache.get(text);
    if (month === undefined) {
      if (monthCache.size > 200_000) monthCache.clear();
      month = billingMonthOf(text);
      monthCache.set(text, month);
    }
    return month;
  };

  const classify = (fields: readonly string[]): UsableRow | SkipReason => {
    const row = usable(fields);
    // A total line fails as a date or a name; say what it is rather than what failed.
    return 'code' in row && isTotalRow(fields) ? { code: 'totalRow' } : row;
  };

  const usable = (fields: readonly string[]): UsableRow | SkipReason => {
    const mapped = [mapping.date, mapping.api, mapping.region, mapping.calls];
    for (const index of mapped.filter((column) => column !== null).sort((a, b) => a - b))
      if (index >= fields.length) return { code: 'missingColumn', column: columnName(index) };
    const dateText = fields[mapping.date] ?? '';
    const month = monthOf(dateText);
    if (!month) return { code: 'badDate', value: dateText };
    const apiText = fields[mapping.api] ?? '';
    const api = names.api(apiText);
    if (!api) return { code: 'unknownApi', value: apiText };
    let region: string | null;
    if (mapping.region === null) {
      region = defaultRegion ?? null;
      if (!region) return { code: 'noRegion' };
    } else {
      const regionText = fields[mapping.region] ?? '';
      region = names.region(regionText);
      if (!region) return { code: 'unknownRegion', value: regionText };
    }
    const callsText = fields[mapping.calls] ?? '';
    const calls = parseCalls(callsText);
    if (calls === null) return { code: 'badNumber', value: callsText };
    return { stream: `${api}\u0000${region}`, month, calls };
  };

  const add = (fields: readonly string[], line: number): void => {
    if (fields.every((field) => field.trim() === '')) return;
    const row = classify(fields);
    if ('code' in row) {
      skipped.push({ line, reason: row });
      return;
    }
    let months = totals.get(row.stream);
    if (!months) {
      months = new Map();
      totals.set(row.stream, months);
    }
    const sum = (months.get(row.month) ?? 0) + row.calls;
    if (sum > MAX_MONTH_CALLS) {
      skipped.push({ line, reason: { code: 'monthTooLarge', month: row.month } });
      return;
    }
    months.set(row.month, sum);
    usedRows += 1;
  };

  const result = (): UsageHistory => {
    const streams = [...totals.entries()]
      .map(([stream, months]): StreamHistory => {
        const [api = '', region = ''] = stream.split('\u0000');
        const sorted = [...months.keys()].sort();
        const history = monthsBetween(sorted[0] ?? '', sorted[sorted.length - 1] ?? '').map(
          (month) => ({
            month,
            calls: months.get(month) ?? 0,
          }),
        );
        return { api, region, history };
      })
      .sort((a, b) => a.api.localeCompare(b.api) || a.region.localeCompare(b.region));
    return { streams, skipped: [...skipped], usedRows };
  };

  return { add, result };
}
