import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parseScenario } from '../src/engine';
import { draftFromScenario } from '../src/store/draft';
import { STORE_VERSION } from '../src/store/persisted';

const parsed = parseScenario(JSON.parse(readFileSync('bench/scenarios/large.json', 'utf8')));
if (!parsed.ok) throw new Error('bad');
const stored = JSON.stringify({
  state: { draft: draftFromScenario(parsed.scenario, 'international') },
  version: STORE_VERSION,
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
await page.addInitScript((value) => localStorage.setItem('ocr-billing-simulator', value), stored);
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4390/');
const results = page.getByRole('region', { name: 'Results' });
for (const title of ['Package consumption', 'Who pays', 'Break-even']) {
  const figure = results.getByRole('figure', { name: title });
  await figure.scrollIntoViewIfNeeded({ timeout: 60_000 });
  await figure.locator('svg.recharts-surface').first().waitFor({ timeout: 60_000 });
}
const usage = page.getByRole('region', { name: 'Usage' });
await usage
  .getByText(/^Calls month by month/)
  .first()
  .click();
const month = usage.getByLabel(/^Calls in /).first();
const cdp = await page.context().newCDPSession(page);
for (let i = 0; i < 3; i++) await month.fill(String(5000 + i));
await page.waitForTimeout(1000);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 5; i++) {
  await month.fill(String(7000 + i));
  await page.waitForTimeout(600);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self: Record<string, number> = {},
  comp: Record<string, number> = {};
profile.samples!.forEach((id, i) => {
  const dt = profile.timeDeltas![i] ?? 0;
  const top = byId.get(id)!.callFrame;
  if (top.functionName === '(idle)') return;
  const k = `${top.functionName}:${top.lineNumber}`;
  self[k] = (self[k] ?? 0) + dt;
  const seen = new Set<string>();
  let c: number | undefined = id;
  while (c) {
    const f = byId.get(c)!.callFrame.functionName;
    if (
      /^([A-Z][a-zA-Z]{3,}|checkDraft|checkDraftOnce|parseScenario|simulateDetailed|setItem|toLedgers|toWhoPaysSeries|toConsumptionSeries|toBreakEvenSeries|useStableValue|stringify|listProblems|toDeductionOrder|explainOrder|packageNames|shareLinkFor|deflateSync|serializeScenario|toSummary)$/.test(
        f,
      ) &&
      !seen.has(f)
    ) {
      seen.add(f);
      comp[f] = (comp[f] ?? 0) + dt;
    }
    c = parent.get(c);
  }
});
const fmt = (m: Record<string, number>, n: number) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 5000).toFixed(1).padStart(7)} ${k}`)
    .join('\n');
console.log('per edit, self ms\n' + fmt(self, 25));
console.log('per edit, inclusive ms\n' + fmt(comp, 60));
await browser.close();
