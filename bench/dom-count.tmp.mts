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
await page.addInitScript((value) => localStorage.setItem('ocr-billing-simulator', value), stored);
await page.goto('http://127.0.0.1:4380/');
await page.waitForTimeout(5000);
for (const title of ['Package consumption', 'Who pays', 'Break-even']) {
  const figure = page.getByRole('figure', { name: title }).first();
  await figure.scrollIntoViewIfNeeded(); await page.waitForTimeout(1000);
}
console.log(await page.evaluate(() => {
  const sections = [...document.querySelectorAll('section.panel')].map((s) => `${s.querySelector('h2')?.textContent}: ${s.querySelectorAll('*').length}`);
  const figs = [...document.querySelectorAll('figure')].map((f) => `${f.querySelector('h3,h4')?.textContent}: ${f.querySelectorAll('*').length}`);
  return { total: document.querySelectorAll('*').length, sections, figs };
}));
await page.screenshot({ path: '/tmp/shots/large.png', fullPage: false });
await browser.close();
