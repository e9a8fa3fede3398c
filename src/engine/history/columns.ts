/*
 * Which column of a usage export holds the date, the API, the region and the calls. Presets
 * cover what is known of the Billing Center exports; anything else is mapped by hand.
 */

export const USAGE_FIELDS = ['date', 'api', 'region', 'calls'] as const;
export type UsageField = (typeof USAGE_FIELDS)[number];

/** Column indexes (0-based) of each field; region may be absent (one region for every row). */
export type ColumnMapping = {
  readonly date: number;
  readonly api: number;
  readonly region: number | null;
  readonly calls: number;
};

export type PresetId = 'billDetails' | 'billDetailsEnglish' | 'deductionRecords' | 'plain';

type Preset = { readonly id: PresetId; readonly names: Readonly<Record<UsageField, string[]>> };

/** Header names per preset, most specific first; matched without case, spaces or underscores. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'billDetails',
    names: {
      date: ['消费时间', '使用时间', '账期'],
      api: ['产品', '产品名称', '资源类型'],
      region: ['区域', '区域名称'],
      // 使用量 is all of the period's usage; 套餐内使用量 is the part a package paid, already in it.
      calls: ['使用量'],
    },
  },
  {
    id: 'billDetailsEnglish',
    names: {
      date: ['consume_time', 'consumption time', 'usage time', 'bill cycle'],
      api: ['product_name', 'product name', 'product', 'resource_type_name'],
      region: ['region', 'region_name', 'region name'],
      calls: ['usage', 'usage amount', 'usage_amount'],
    },
  },
  {
    id: 'deductionRecords',
    names: {
      date: ['deduct_time', '抵扣时间', 'deduction time'],
      api: ['resource_type_name', '资源类型名称', 'resource type'],
      region: ['region', 'region_name', '区域'],
      calls: ['used_amount', '抵扣量', 'used amount'],
    },
  },
  {
    id: 'plain',
    names: { date: ['date'], api: ['api'], region: ['region'], calls: ['calls'] },
  },
];

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** The first column (0-based) whose header is one of the names, or null. */
function findColumn(headers: readonly string[], names: readonly string[]): number | null {
  const wanted = names.map(normalizeHeader);
  for (const name of wanted) {
    const index = headers.findIndex((header) => normalizeHeader(header) === name);
    if (index >= 0) return index;
  }
  return null;
}

/**
 * The preset whose date, API and calls columns are all present (duplicate header names: the
 * first such column counts), or null when the layout must be mapped by hand.
 */
export function detectMapping(
  headers: readonly string[],
): { readonly preset: PresetId; readonly mapping: ColumnMapping } | null {
  for (const preset of PRESETS) {
    const date = findColumn(headers, preset.names.date);
    const api = findColumn(headers, preset.names.api);
    const calls = findColumn(headers, preset.names.calls);
    if (date === null || api === null || calls === null) continue;
    const region = findColumn(headers, preset.names.region);
    return { preset: preset.id, mapping: { date, api, region, calls } };
  }
  return null;
}

/** A field mapped by hand: a header name, or a column number counted from 1. */
export type HandMapping = Partial<Record<UsageField, string>>;

export type MappingResult =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | {
      readonly ok: false;
      readonly missing: readonly UsageField[];
      readonly unknown: readonly string[];
    };

/** The preset's mapping with every hand-mapped field put over it. */
export function resolveMapping(headers: readonly string[], hand: HandMapping = {}): MappingResult {
  const detected = detectMapping(headers)?.mapping;
  const chosen: Partial<Record<UsageField, number | null>> = { ...detected };
  const unknown: string[] = [];
  for (const field of USAGE_FIELDS) {
    const column = hand[field];
    if (column === undefined) continue;
    const byNumber = /^\d+$/.test(column.trim()) ? Number(column) - 1 : -1;
    const index =
      byNumber >= 0 && byNumber < headers.length ? byNumber : findColumn(headers, [column]);
    if (index === null) unknown.push(column);
    else chosen[field] = index;
  }
  const missing = (['date', 'api', 'calls'] as const).filter((field) => chosen[field] == null);
  if (missing.length > 0 || unknown.length > 0) return { ok: false, missing, unknown };
  return {
    ok: true,
    mapping: {
      date: chosen.date as number,
      api: chosen.api as number,
      region: chosen.region ?? null,
      calls: chosen.calls as number,
    },
  };
}
