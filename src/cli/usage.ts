import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalog } from '../engine';
import { type HandMapping, USAGE_FIELDS, type UsageField } from '../engine/history/columns';
import { decodeUsageBytes } from '../engine/history/encoding';
import { forecastHistory, type SeriesForecaster } from '../engine/history/forecast';
import { nameMatcher } from '../engine/history/names';
import { parseUsageText } from '../engine/history/parse-usage';
import { skipReasonInEnglish } from '../engine/history/skip-reason-english';

/*
 * npm run usage -- export.csv [--months N] [--map date=COL,api=COL,region=COL,calls=COL]
 * [--region ID]: monthly history per stream and its forecast, as JSON on standard output.
 * Exit 1: the file's content cannot be used (no usable column, nothing matched), with messages
 * on standard error. Exit 2: the file cannot be read, or the arguments are wrong.
 */

export const USAGE =
  'usage: npm run usage -- export.csv [--months N] [--map date=COLUMN,api=COLUMN,region=COLUMN,calls=COLUMN] [--region REGION]';

export type CliOutcome = {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
};

type Options = {
  readonly path: string;
  readonly months: number;
  readonly hand: HandMapping;
  readonly region?: string;
};

function parseArgs(args: readonly string[]): Options | string {
  let path: string | undefined;
  let months = 12;
  const hand: Partial<Record<UsageField, string>> = {};
  let region: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const value = args[index + 1];
    if (arg === '--months') {
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 120)
        return '--months takes a whole number from 1 to 120';
      months = Number(value);
      index += 1;
    } else if (arg === '--map') {
      if (value === undefined) return '--map takes field=COLUMN pairs separated by commas';
      for (const pair of value.split(',')) {
        const [field, ...column] = pair.split('=');
        if (!USAGE_FIELDS.includes(field as UsageField) || column.length === 0)
          return `--map: "${pair}" is not one of ${USAGE_FIELDS.map((f) => `${f}=COLUMN`).join(', ')}`;
        hand[field as UsageField] = column.join('=');
      }
      index += 1;
    } else if (arg === '--region') {
      if (value === undefined) return '--region takes a region id, such as cn-north-4';
      region = value;
      index += 1;
    } else if (arg.startsWith('--') || path !== undefined) return `unexpected argument ${arg}`;
    else path = arg;
  }
  if (path === undefined) return 'no file given';
  return { path, months, hand, ...(region === undefined ? {} : { region }) };
}

export function runUsageCli(
  args: readonly string[],
  readBytes: (path: string) => Uint8Array,
  catalogs: readonly Catalog[],
  forecaster: SeriesForecaster,
): CliOutcome {
  const options = parseArgs(args);
  if (typeof options === 'string')
    return { exitCode: 2, stdout: '', stderr: `${options}\n${USAGE}\n` };
  let bytes: Uint8Array;
  try {
    bytes = readBytes(options.path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: '', stderr: `cannot read ${options.path}: ${detail}\n` };
  }
  const { text } = decodeUsageBytes(bytes);
  const parsed = parseUsageText(text, {
    names: nameMatcher(catalogs),
    hand: options.hand,
    ...(options.region === undefined ? {} : { defaultRegion: options.region }),
  });
  if (!parsed.ok) {
    const lines = [
      ...parsed.unknown.map((column) => `${options.path}: no column "${column}"`),
      ...parsed.missing.map(
        (field) =>
          `${options.path}: no ${field} column found; map it with --map ${field}=COLUMN (the columns are ${parsed.headers.map((header) => `"${header}"`).join(', ')})`,
      ),
    ];
    return { exitCode: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const skipped = parsed.usage.skipped.map(({ line, reason }) => ({
    line,
    reason: skipReasonInEnglish(reason),
  }));
  if (parsed.usage.streams.length === 0) {
    const shown = skipped.slice(0, 20).map(({ line, reason }) => `line ${line}: ${reason}`);
    const more = skipped.length > 20 ? [`… and ${skipped.length - 20} more lines`] : [];
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${[`${options.path}: no row could be used`, ...shown, ...more].join('\n')}\n`,
    };
  }
  const notes: string[] = [];
  const streams = parsed.usage.streams.map((stream) => {
    const forecast = forecastHistory(stream.history, options.months, forecaster);
    if (!forecast.ok)
      notes.push(
        `${stream.api} in ${stream.region}: ${forecast.months} month(s) of history; a forecast needs at least 3`,
      );
    return { ...stream, forecast: forecast.ok ? forecast.months : [] };
  });
  return {
    exitCode: 0,
    stdout: `${JSON.stringify({ streams, skipped }, null, 2)}\n`,
    stderr: notes.length > 0 ? `${notes.join('\n')}\n` : '',
  };
}

/** The command line's entry: the built `dist-cli/usage.mjs` and `tsx` both come here. */
export async function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  const { shippedCatalogs } = await import('../engine/testing/shipped-catalogs');
  const { nodeForecaster } = await import('../engine/testing/augurs-node');
  const outcome = runUsageCli(
    args,
    (path) => readFileSync(path),
    shippedCatalogs(projectRoot(import.meta.dirname)),
    nodeForecaster(),
  );
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}

/** The folder holding package.json above `from`: `src/cli` as source, `dist-cli` once built. */
function projectRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${from}`);
    folder = parent;
  }
  return folder;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) await main();
