import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parseScenario } from '../src/engine';
import { draftFromScenario } from '../src/store/draft';

/*
 * The page's budgets (issue: simulator page): initial JavaScript, the time an edit takes to
 * reach every chart on the large scenario, and Lighthouse. Measured on the built app.
 */

export type UiRow = {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean;
};

const root = join(import.meta.dirname, '..');
const PORT = 4380;
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The gzip size of the JavaScript index.html loads before anything is lazily imported. */
export function initialJavaScriptBytes(distDirectory: string): { gzip: number; files: string[] } {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((match) => match[1] as string);
  const gzip = files.reduce(
    (total, file) =>
      total + gzipSync(readFileSync(join(distDirectory, file.replace(/^\.?\//, '')))).length,
    0,
  );
  return { gzip, files };
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

function largeDraftJson(): string {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(root, 'bench', 'scenarios', 'large.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return JSON.stringify({
    state: { draft: draftFromScenario(parsed.scenario, 'international') },
    version: 1,
  });
}

/** Milliseconds from an edit (a package price typed) to the next painted frame with every chart redrawn. */
async function editLatencies(): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const stored = largeDraftJson();
    await page.addInitScript(
      (value) => localStorage.setItem('ocr-billing-simulator', value),
      stored,
    );
    await page.goto(BASE);
    await page.getByRole('figure').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('figure svg.recharts-surface').length >= 3,
      undefined,
      { timeout: 60_000 },
    );
    const price = page
      .getByRole('region', { name: 'Packages' })
      .getByLabel('Price', { exact: true })
      .first();
    await price.waitFor({ timeout: 60_000 });
    const samples: number[] = [];
    for (let run = 0; run < 12; run++) {
      const next = String(100 + run);
      const elapsed = await price.evaluate(async (input: HTMLInputElement, value: string) => {
        const before = [...document.querySelectorAll('figure svg.recharts-surface')]
          .map((svg) => svg.innerHTML.length)
          .join();
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const started = performance.now();
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const after = [...document.querySelectorAll('figure svg.recharts-surface')]
          .map((svg) => svg.innerHTML.length)
          .join();
        return { ms: performance.now() - started, changed: before !== after };
      }, next);
      if (run >= 2) samples.push(elapsed.ms);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

function lighthouseScores(): { performance: number; accessibility: number } {
  const output = execFileSync(
    'npx',
    [
      'lighthouse',
      BASE,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...(CHROMIUM ? { CHROME_PATH: CHROMIUM } : {}) },
    },
  );
  const report = JSON.parse(output) as { categories: Record<string, { score: number }> };
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
  };
}

export async function uiRows(): Promise<UiRow[]> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const bundle = initialJavaScriptBytes(join(root, 'dist'));
  const rows: UiRow[] = [
    {
      name: `page: initial JavaScript (${bundle.files.length} file${bundle.files.length === 1 ? '' : 's'} loaded by index.html), gzip`,
      figure: `${(bundle.gzip / 1024).toFixed(1)} KB`,
      target: '≤ 250 KB',
      met: bundle.gzip <= 250 * 1024,
    },
  ];
  const server = await startPreview();
  try {
    try {
      const samples = (await editLatencies()).sort((a, b) => a - b);
      const median = samples[Math.floor(samples.length / 2)] as number;
      const worst = samples.at(-1) as number;
      rows.push({
        name: 'page: an edit on large.json to every chart redrawn and painted, in Chromium (Performance API), median',
        figure: `${median.toFixed(1)} ms (worst ${worst.toFixed(1)} ms of ${samples.length})`,
        target: '≤ 100 ms',
        met: median <= 100,
      });
    } catch (error) {
      rows.push({
        name: 'page: an edit on large.json to every chart redrawn and painted, in Chromium (Performance API)',
        figure: `not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
        target: '≤ 100 ms',
        met: false,
      });
    }
    const scores = lighthouseScores();
    rows.push(
      {
        name: 'page: Lighthouse 12.2.3 performance (built app, demo scenario)',
        figure: String(scores.performance),
        target: '≥ 95',
        met: scores.performance >= 95,
      },
      {
        name: 'page: Lighthouse 12.2.3 accessibility',
        figure: String(scores.accessibility),
        target: '100',
        met: scores.accessibility === 100,
      },
    );
  } finally {
    server.kill();
  }
  return rows;
}
