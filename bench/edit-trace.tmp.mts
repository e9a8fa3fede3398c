import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/engine';
import { draftFromScenario } from '../src/store/draft';
import { STORE_VERSION } from '../src/store/persisted';
const parsed = parseScenario(JSON.parse(readFileSync('bench/scenarios/large.json', 'utf8')));
if (!parsed.ok) throw new Error('bad');
const stored = JSON.stringify({ state: { draft: draftFromScenario(parsed.scenario, 'international') }, version: STORE_VERSION });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
await page.addInitScript((value) => localStorage.setItem('ocr-billing-simulator', value), stored);
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4380/');
const results = page.getByRole('region', { name: 'Results' });
for (const title of ['Package consumption', 'Who pays', 'Break-even']) {
  const figure = results.getByRole('figure', { name: title });
  await figure.scrollIntoViewIfNeeded({ timeout: 60_000 });
  await figure.locator('svg.recharts-surface').first().waitFor({ timeout: 60_000 });
}
const usage = page.getByRole('region', { name: 'Usage' });
await usage.getByText(/^Calls month by month/).first().click();
const month = usage.getByLabel(/^Calls in /).first();
const edit = (value: string) => month.evaluate(async (input: HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 700));
}, value);
for (let i = 0; i < 3; i++) await edit(String(5000 + i));
const cdp = await page.context().newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 0; i < 5; i++) await edit(String(9000 + i));
await cdp.send('Tracing.end'); await done;
const byThread: Record<string, number> = {};
for (const e of events) if (e.name === 'RunTask') byThread[`${e.pid}:${e.tid}`] = (byThread[`${e.pid}:${e.tid}`] ?? 0) + (e.dur ?? 0);
const mainTid = Object.entries(byThread).sort((a, b) => b[1] - a[1])[0]![0];
const main = events.filter((e) => `${e.pid}:${e.tid}` === mainTid && e.ph === 'X' && e.dur);
const agg: Record<string, number> = {};
for (const e of main) agg[e.name] = (agg[e.name] ?? 0) + e.dur;
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${(v / 5000).toFixed(1).padStart(7)} ${k}`).join('\n'));
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 8000).sort((a, b) => a.ts - b.ts);
const t0 = tasks[0]?.ts ?? 0;
for (const task of tasks.slice(0, 14)) {
  const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const a: Record<string, number> = {};
  for (const e of inside) if (['Layout', 'UpdateLayoutTree', 'Paint', 'FunctionCall', 'MinorGC', 'MajorGC', 'EventDispatch', 'PrePaint', 'Commit', 'HitTest'].includes(e.name)) a[e.name] = (a[e.name] ?? 0) + e.dur;
  console.log(((task.ts - t0) / 1000).toFixed(0).padStart(6), (task.dur / 1000).toFixed(1).padStart(6), Object.entries(a).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}=${(v / 1000).toFixed(1)}`).join(' '));
}
await browser.close();
