import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The command line as a user starts it: whole processes, wall-clock time from spawn to exit,
 * built (dist-cli/, Node alone) beside the old start through the TypeScript loader (tsx), runs
 * interleaved so the machine's load falls on both alike.
 */

type Row = {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean;
};

const root = join(import.meta.dirname, '..');
const large = join(root, 'bench', 'scenarios', 'large.json');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

type Spread = { readonly median: number; readonly low: number; readonly high: number };

function spreadOf(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] as number,
    low: sorted[0] as number,
    high: sorted.at(-1) as number,
  };
}

const ms = ({ median, low, high }: Spread) =>
  `${median.toFixed(0)} ms (${low.toFixed(0)}–${high.toFixed(0)} ms)`;
const seconds = ({ median, low, high }: Spread) =>
  `${(median / 1000).toFixed(2)} s (${(low / 1000).toFixed(2)}–${(high / 1000).toFixed(2)} s)`;

/** Milliseconds from spawn to exit; throws unless it exits as expected. */
function run(command: string, args: readonly string[], expectedStatus = 0): number {
  const started = performance.now();
  const outcome = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
    env: { ...process.env, INIT_CWD: root },
  });
  const elapsed = performance.now() - started;
  if (outcome.status !== expectedStatus)
    throw new Error(`${command} ${args.join(' ')} exited ${outcome.status}: ${outcome.stderr}`);
  return elapsed;
}

/** 1,000 variants of typical.json (each stream's calls scaled), one file each. */
function writeCustomerList(count: number): { folder: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'ocr-batch-'));
  const typical = JSON.parse(
    readFileSync(join(root, 'bench', 'scenarios', 'typical.json'), 'utf8'),
  );
  for (let index = 0; index < count; index++) {
    const scale = 0.5 + (index % 100) / 50;
    const scenario = {
      ...typical,
      name: `Customer ${index + 1}`,
      streams: typical.streams.map((stream: { monthlyCalls: number[] }) => ({
        ...stream,
        monthlyCalls: stream.monthlyCalls.map((calls) => Math.round(calls * scale)),
      })),
    };
    writeFileSync(
      join(folder, `customer-${String(index + 1).padStart(4, '0')}.json`),
      JSON.stringify(scenario),
    );
  }
  return { folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

export function cliRows(): Row[] {
  // Builds dist-cli/ when a source is newer, so no timed run pays for it.
  run(process.execPath, ['build/cli.mjs', 'simulate', large]);
  const built: number[] = [];
  const throughNpm: number[] = [];
  const loader: number[] = [];
  for (let round = 0; round < 9; round++) {
    built.push(run(process.execPath, ['build/cli.mjs', 'simulate', large]));
    throughNpm.push(run('npm', ['run', '--silent', 'simulate', '--', large]));
    if (round % 2 === 0) loader.push(run(tsx, ['src/cli/simulate.ts', large]));
  }
  const batchSize = 1000;
  const list = writeCustomerList(batchSize);
  const batch: number[] = [];
  const loaderSingle: number[] = [];
  try {
    for (let round = 0; round < 3; round++) {
      batch.push(run(process.execPath, ['build/cli.mjs', 'simulate', list.folder]));
      loaderSingle.push(run(tsx, ['src/cli/simulate.ts', join(list.folder, 'customer-0001.json')]));
    }
  } finally {
    list.dispose();
  }
  const builtSpread = spreadOf(built);
  const npmSpread = spreadOf(throughNpm);
  const loaderSpread = spreadOf(loader);
  const batchSpread = spreadOf(batch);
  const oneByOne = spreadOf(loaderSingle);
  return [
    {
      name: 'command line: `npm run simulate` on large.json, whole process (node build/cli.mjs: staleness check + built dist-cli/), median of 9',
      figure: `${ms(builtSpread)}; the old start through the TypeScript loader (tsx src/cli/simulate.ts), same run: ${ms(loaderSpread)}, ${(loaderSpread.median / builtSpread.median).toFixed(1)}× slower`,
      target: '≤ 250 ms median',
      met: builtSpread.median <= 250,
    },
    {
      name: 'command line: the same through npm itself (`npm run --silent simulate -- large.json`), median of 9',
      figure: `${ms(npmSpread)}, of which npm's own start is the difference from the row above`,
      target: 'reported',
      met: true,
    },
    {
      name: `command line: ${batchSize.toLocaleString('en-US')} typical scenarios in one batch (a folder), whole process, median of 3`,
      figure: `${seconds(batchSpread)}; the old command had no batch: one start each through the TypeScript loader takes ${ms(oneByOne)}, about ${((oneByOne.median * batchSize) / 1000).toFixed(0)} s for the list`,
      target: '≤ 5 s',
      met: batchSpread.median <= 5000,
    },
  ];
}
