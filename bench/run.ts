import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import {
  parseScenario,
  type Scenario,
  simulate,
  simulateDetailed,
  simulateIncrementally,
} from '../src/engine';
import { advisorRow, advisorSolverRows } from './advisor-bench';
import { cliRows } from './cli-bench';
import { fuzzRows } from './fuzz-bench';
import { historyRows } from './history-bench';
import { time } from './measure';
import { uiRows } from './ui-bench';

/*
 * npm run bench: prints each figure against its target and writes BENCHMARKS.md.
 * Speed and memory targets live here, never in timed tests: the machines are shared and noisy.
 */

type Row = {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean;
};

const root = join(import.meta.dirname, '..');
const scenarioPath = (name: string) => join(root, 'bench', 'scenarios', `${name}.json`);

function loadScenario(name: string) {
  const parsed = parseScenario(JSON.parse(readFileSync(scenarioPath(name), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('\n')}`);
  return parsed.scenario;
}

/**
 * The memory probe bundled to one plain JavaScript file: run under tsx, the probe's process
 * would also hold the TypeScript loader (about 30 MB), which the engine never runs with.
 */
async function bundledMemoryProbe(): Promise<{
  readonly file: string;
  readonly dispose: () => void;
}> {
  const outDir = mkdtempSync(join(tmpdir(), 'ocr-memory-probe-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'bench', 'memory-probe.ts'),
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'memory-probe.mjs' } },
    },
  });
  return {
    file: join(outDir, 'memory-probe.mjs'),
    dispose: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/**
 * An edit to one stream of large.json (one month's calls of stream 8, alternating between two
 * values) as the page runs it, incrementally from the run before, beside a full re-simulation
 * of the same drafts in the same run.
 */
function editRows(large: Scenario): Row[] {
  const withCalls = (extra: number): Scenario => ({
    ...large,
    streams: large.streams.map((stream, index) =>
      index === 7
        ? {
            ...stream,
            monthlyCalls: stream.monthlyCalls.map((calls, m) => (m === 30 ? calls + extra : calls)),
          }
        : stream,
    ),
  });
  const drafts = [withCalls(1), withCalls(2)];
  let turn = 0;
  const next = () => drafts[turn++ % 2] as Scenario;
  let run = simulateIncrementally(large);
  const incremental = time(
    () => {
      run = simulateIncrementally(next(), run);
    },
    { warmup: 20, runs: 300 },
  );
  const full = time(() => simulateDetailed(next()), { warmup: 10, runs: 100 });
  const cold = time(() => simulateIncrementally(large), { warmup: 5, runs: 40 });
  return [
    {
      name: 'engine: an edit to one stream of large.json (one month of its calls), incremental from the run before, median',
      figure: `${incremental.medianMs.toFixed(2)} ms (p95 ${incremental.p95Ms.toFixed(2)} ms, ${incremental.runs} runs; ${run.recomputedGroups} of ${run.groupCount} groups rerun); a full simulateDetailed of the same drafts, same run: ${full.medianMs.toFixed(2)} ms (p95 ${full.p95Ms.toFixed(2)} ms), ${(full.medianMs / incremental.medianMs).toFixed(1)}× the time`,
      target: '≤ 2 ms median',
      met: incremental.medianMs <= 2,
    },
    {
      name: 'engine: large.json with nothing to reuse (first run of a draft, or the horizon or deduction order changed), incremental, median',
      figure: `${cold.medianMs.toFixed(2)} ms (p95 ${cold.p95Ms.toFixed(2)} ms, ${cold.runs} runs), against ${full.medianMs.toFixed(2)} ms for the full run above`,
      target: 'reported',
      met: true,
    },
  ];
}

async function engineRows(): Promise<Row[]> {
  const typical = loadScenario('typical');
  const large = loadScenario('large');
  const typicalTiming = time(() => simulate(typical), { warmup: 200, runs: 1000 });
  const largeTiming = time(() => simulate(large), { warmup: 10, runs: 60 });
  const edit = editRows(large);
  const bundle = await bundledMemoryProbe();
  let probe: { baselineRssMb: number; peakRssMb: number; retainedMb: number };
  try {
    probe = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', bundle.file, scenarioPath('large')], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
  } finally {
    bundle.dispose();
  }
  return [
    {
      name: 'engine: simulate typical.json (12 months, 3 streams, 6 packages), median',
      figure: `${typicalTiming.medianMs.toFixed(3)} ms (p95 ${typicalTiming.p95Ms.toFixed(3)} ms, ${typicalTiming.runs} runs)`,
      target: '≤ 1 ms',
      met: typicalTiming.medianMs <= 1,
    },
    {
      name: 'engine: simulate large.json (120 months, 50 streams, 500 packages), median',
      figure: `${largeTiming.medianMs.toFixed(2)} ms (p95 ${largeTiming.p95Ms.toFixed(2)} ms, ${largeTiming.runs} runs)`,
      target: '≤ 50 ms',
      met: largeTiming.medianMs <= 50,
    },
    {
      name: 'engine: large.json peak memory (resident set of a process that parses and simulates it 5 times)',
      figure: `${probe.peakRssMb.toFixed(1)} MB peak, of which ${probe.baselineRssMb.toFixed(1)} MB is Node before the scenario is read; one detailed result keeps ${probe.retainedMb.toFixed(1)} MB alive`,
      target: '≤ 100 MB',
      met: probe.peakRssMb <= 100,
    },
    ...edit,
    advisorRow(),
    ...(await advisorSolverRows(large)),
    ...historyRows(),
    ...cliRows(),
    ...(await fuzzRows()),
  ];
}

/**
 * The rows of the BENCHMARKS.md on disk, for a partial run (--engine-only, --advisor-only,
 * --ui-only, --cli-only, --edit-only, --fuzz-only): the
 * figures it did not measure again stay as they were.
 */
function previousRows(): Row[] {
  const path = join(root, 'BENCHMARKS.md');
  if (!existsSync(path)) return [];
  // Only the figures' table: the mutation scores below it are appended afresh (render).
  return (readFileSync(path, 'utf8').split('\n## ')[0] ?? '')
    .split('\n')
    .filter(
      (line) => line.startsWith('| ') && !line.startsWith('| what ') && !line.startsWith('| ---'),
    )
    .map((line) => {
      const [name = '', figure = '', target = '', met = ''] = line.slice(2, -2).split(' | ');
      return { name, figure, target, met: met === 'yes' };
    });
}

function render(rows: readonly Row[]): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; figures from the last run. Not timed tests: the machines are shared and noisy.',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    '',
    '| what | figure | target | met |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) => `| ${row.name} | ${row.figure} | ${row.target} | ${row.met ? 'yes' : '**no**'} |`,
    ),
    '',
  ];
  // What each change bought, measured before and after in one run: kept by hand, as written.
  const notes = join(root, 'bench', 'notes.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
  // Mutation scores are measured apart (minutes per module) and kept by hand beside the figures.
  const mutation = join(root, 'bench', 'mutation-scores.md');
  if (existsSync(mutation)) lines.push(readFileSync(mutation, 'utf8'));
  return lines.join('\n');
}

const only = (flag: string) => process.argv.includes(flag);
const rows = only('--fuzz-only')
  ? await fuzzRows()
  : only('--ui-only')
    ? await uiRows()
    : only('--cli-only')
      ? cliRows()
      : only('--edit-only')
        ? editRows(loadScenario('large'))
        : [
            ...(only('--advisor-only')
              ? await advisorSolverRows(loadScenario('large'))
              : await engineRows()),
            ...(only('--engine-only') || only('--advisor-only') ? [] : await uiRows()),
          ];
for (const row of rows)
  console.log(`${row.met ? 'ok  ' : 'MISS'} ${row.name}: ${row.figure} (target ${row.target})`);
const partial =
  only('--engine-only') ||
  only('--advisor-only') ||
  only('--ui-only') ||
  only('--cli-only') ||
  only('--edit-only') ||
  only('--fuzz-only');
const measured = new Set(rows.map((row) => row.name));
const merged = partial
  ? [...previousRows().filter((row) => !measured.has(row.name)), ...rows]
  : rows;
writeFileSync(join(root, 'BENCHMARKS.md'), render(merged));
console.log('written to BENCHMARKS.md');
