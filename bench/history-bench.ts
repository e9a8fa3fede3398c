import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scoreForecaster } from '../src/engine/history/forecast-quality';
import { nodeForecaster } from '../src/engine/testing/augurs-node';

/* Usage history: import speed and memory, and the forecast's quality on synthetic series. */

type Row = {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean;
};

const root = join(import.meta.dirname, '..');

function probe(size: string): {
  rows: number;
  megabytes: number;
  ms: number;
  cpuMs: number;
  usedRows: number;
  rssBeforeMb: number;
  peakRssMb: number;
} {
  return JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', join(root, 'bench', 'usage-import-probe.ts'), size],
      { cwd: root, encoding: 'utf8', maxBuffer: 2 ** 20 },
    ),
  );
}

export function historyRows(): Row[] {
  const forecaster = nodeForecaster();
  const quality = scoreForecaster(forecaster, { cases: 60, noise: 0.05 });
  const million = probe('rows=1000000');
  const fifty = probe('mb=50');
  return [
    {
      name: `history: forecast error on the held-out third year of ${quality.cases} synthetic series (trend, yearly season, 5 % noise; fixed seeds), median MAPE`,
      figure: `${(quality.medianMape * 100).toFixed(1)} %`,
      target: '≤ 12 %',
      met: quality.medianMape <= 0.12,
    },
    {
      name: 'history: share of those held-out months inside the 80 % interval, pooled',
      figure: `${(quality.coverage * 100).toFixed(1)} %`,
      target: '65 % to 95 %',
      met: quality.coverage >= 0.65 && quality.coverage <= 0.95,
    },
    {
      name: `history: import of a 1,000,000-row bill details export (${million.megabytes.toFixed(0)} MB, decode + parse + monthly sums, Node)`,
      figure: `${(million.ms / 1000).toFixed(2)} s (${(million.cpuMs / 1000).toFixed(2)} s of CPU), ${million.peakRssMb.toFixed(0)} MB peak`,
      target: '≤ 10 s',
      met: million.ms <= 10_000,
    },
    {
      name: `history: import of a 50 MB export (${fifty.rows.toLocaleString('en-US')} rows), time and peak resident set of the process`,
      figure: `${(fifty.ms / 1000).toFixed(2)} s (${(fifty.cpuMs / 1000).toFixed(2)} s of CPU), ${fifty.peakRssMb.toFixed(0)} MB peak (${fifty.rssBeforeMb.toFixed(0)} MB with the file in memory before parsing)`,
      target: '≤ 10 s, ≤ 600 MB',
      met: fifty.ms <= 10_000 && fifty.peakRssMb <= 600,
    },
  ];
}
