import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeForecaster } from '../engine/testing/augurs-node';
import { shippedCatalogs } from '../engine/testing/shipped-catalogs';
import { runUsageCli } from './usage';

const catalogs = shippedCatalogs();
const forecaster = nodeForecaster();
const sample = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'usage-export-zh.csv');

function run(args: string[], files: Record<string, string> = {}) {
  return runUsageCli(
    args,
    (path) => {
      if (path in files) return new TextEncoder().encode(files[path]);
      return readFileSync(path);
    },
    catalogs,
    forecaster,
  );
}

describe('npm run usage', () => {
  it('prints the history and forecast of the sample export', () => {
    const outcome = run([sample, '--months', '6']);
    expect(outcome.exitCode).toBe(0);
    const document = JSON.parse(outcome.stdout) as {
      streams: {
        api: string;
        region: string;
        history: { month: string; calls: number }[];
        forecast: { month: string; expected: number; low: number; high: number }[];
      }[];
      skipped: { line: number; reason: string }[];
    };
    expect(document.streams.map((stream) => `${stream.api} ${stream.region}`)).toEqual([
      'general-text cn-north-4',
      'vat-invoice cn-east-3',
    ]);
    for (const stream of document.streams) {
      expect(stream.history).toHaveLength(24);
      expect(stream.history[0]?.month).toBe('2024-01');
      expect(stream.forecast.map((month) => month.month)).toEqual([
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
      ]);
      for (const month of stream.forecast)
        expect(0 <= month.low && month.low <= month.expected && month.expected <= month.high).toBe(
          true,
        );
    }
    expect(document.skipped).toEqual([
      { line: 195, reason: '"语音识别" is not an OCR API of either catalog' },
      { line: 196, reason: 'a total line, not usage' },
    ]);
  });

  it('defaults to 12 months and maps columns by hand', () => {
    const file =
      'when,what,where,n\n2026-01-03,passport,cn-north-4,5\n2026-03-01,passport,cn-north-4,9\n2026-04-01,passport,cn-north-4,9\n';
    const outcome = run(['own.csv', '--map', 'date=when,api=what,region=where,calls=n'], {
      'own.csv': file,
    });
    expect(outcome.exitCode).toBe(0);
    const document = JSON.parse(outcome.stdout);
    expect(document.streams[0].history).toEqual([
      { month: '2026-01', calls: 5 },
      { month: '2026-02', calls: 0 },
      { month: '2026-03', calls: 9 },
      { month: '2026-04', calls: 9 },
    ]);
    expect(document.streams[0].forecast).toHaveLength(12);
  });

  it('exits 1 with the columns named when none can be used', () => {
    const outcome = run(['x.csv'], { 'x.csv': 'a,b\n1,2\n' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toContain('no date column found; map it with --map date=COLUMN');
  });

  it('exits 1 when no row matches', () => {
    const outcome = run(['x.csv'], {
      'x.csv': 'date,api,region,calls\n2026-01-01,speech,cn-north-4,3\n',
    });
    expect(outcome).toMatchObject({ exitCode: 1, stdout: '' });
    expect(outcome.stderr).toContain('line 2: "speech" is not an OCR API of either catalog');
  });

  it('exits 2 when the file cannot be read or the arguments are wrong', () => {
    expect(run(['missing.csv']).exitCode).toBe(2);
    expect(run([]).exitCode).toBe(2);
    expect(run([sample, '--months', '0']).exitCode).toBe(2);
    expect(run([sample, '--map', 'when=a']).exitCode).toBe(2);
  });
});
