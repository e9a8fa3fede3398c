import { createHash } from 'node:crypto';
import {
  cpSync,
  createReadStream,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * Issue 14: every deploy reaches every user. Each test serves its own copies of the built app
 * (dist/) from sub-paths of one static server that sends `Cache-Control: max-age=600`, as common
 * static hosts do, and "deploys" by changing those copies the way a new build would: a new
 * catalog and the sw.js whose precache revisions (MD5 of each file, as Workbox computes them)
 * follow it.
 */

const DIST = join(import.meta.dirname, '..', 'dist');
const SITES = join(import.meta.dirname, '..', 'test-results', 'deploys');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** One static server for the file, each sub-path mapped to its own folder. */
const sites = new Map<string, string>();
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // The longest matching sub-path serves, as /tools/ocr/ lies inside /tools/.
    const base = [...sites.keys()]
      .filter((candidate) => path.startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
    const root = base === undefined ? undefined : sites.get(base);
    const file =
      base === undefined || root === undefined
        ? undefined
        : join(root, normalize(path.slice(base.length) || 'index.html'));
    if (
      file === undefined ||
      root === undefined ||
      !file.startsWith(root) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Publishes a fresh copy of the build at a sub-path; returns the page's address. */
function publish(name: string, subPath: string): { url: string; folder: string } {
  const folder = join(SITES, name);
  rmSync(folder, { recursive: true, force: true });
  cpSync(DIST, folder, { recursive: true });
  sites.set(subPath, folder);
  return { url: `${origin}${subPath}`, folder };
}

/**
 * A deploy that changes only the price catalogs' date: new catalogs, and sw.js with their new
 * revisions. No other file changes, so a worker versioned by file names would not notice.
 */
function deployCatalogsDated(folder: string, asOf: string): void {
  let serviceWorker = readFileSync(join(folder, 'sw.js'), 'utf8');
  for (const catalog of ['international', 'mainland']) {
    const path = join(folder, 'catalogs', `${catalog}.json`);
    const changed = readFileSync(path, 'utf8').replace(/"asOf": "[\d-]+"/, `"asOf": "${asOf}"`);
    writeFileSync(path, changed);
    const entry = `url:"catalogs/${catalog}.json",revision:"`;
    const at = serviceWorker.indexOf(entry);
    expect(at, `sw.js precaches catalogs/${catalog}.json with a revision`).toBeGreaterThan(-1);
    const revision = createHash('md5').update(changed).digest('hex');
    serviceWorker = `${serviceWorker.slice(0, at + entry.length)}${revision}${serviceWorker.slice(at + entry.length + 32)}`;
  }
  writeFileSync(join(folder, 'sw.js'), serviceWorker);
}

/** Waits until the page's service worker is active and controls the page (a reload after the first visit). */
async function untilOffline(page: Page, simulator: SimulatorPage): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await simulator.ready();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The Assumptions' sentence that dates the catalog's prices. */
function pricesDated(page: Page, date: string) {
  return page.getByRole('region', { name: 'Assumptions' }).getByText(`as of ${date}.`);
}

test.describe.configure({ mode: 'serial' });

test('a deploy that changes only a catalog reaches a returning user, who chooses when to reload', async ({
  page,
}) => {
  const simulator = new SimulatorPage(page);
  const site = publish('catalog-only', '/catalog-only/');
  await page.goto(site.url);
  await simulator.ready();
  await untilOffline(page, simulator);
  await expect(pricesDated(page, 'Nov 1, 2026')).toBeVisible();
  await simulator.scenarioName.fill('Harbour scans');

  deployCatalogsDated(site.folder, '2026-12-01');
  await page.reload();
  await simulator.ready();
  const notice = page.getByRole('region', { name: 'New version' });
  await expect(notice).toContainText('A new version of the simulator is ready.');
  // The old version keeps running until the user asks: nothing reloads under their hands.
  await expect(pricesDated(page, 'Nov 1, 2026')).toBeVisible();
  await notice.getByRole('button', { name: 'Reload' }).press('Enter');
  await expect(pricesDated(page, 'Dec 1, 2026')).toBeVisible();
  await expect(simulator.scenarioName).toHaveValue('Harbour scans');
  await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);
});

test('two copies of the app on one host, one inside the other, keep their own offline files', async ({
  page,
  context,
}) => {
  const simulator = new SimulatorPage(page);
  const inner = publish('inner', '/tools/ocr/');
  const outer = publish('outer', '/tools/');
  await page.goto(inner.url);
  await simulator.ready();
  await untilOffline(page, simulator);
  await page.goto(outer.url);
  await simulator.ready();
  await untilOffline(page, simulator);

  // The outer copy gets a new version and switches to it.
  deployCatalogsDated(outer.folder, '2026-12-01');
  await page.reload();
  await simulator.ready();
  await page
    .getByRole('region', { name: 'New version' })
    .getByRole('button', { name: 'Reload' })
    .click();
  await expect(pricesDated(page, 'Dec 1, 2026')).toBeVisible();

  // The inner copy still opens offline, on its own version.
  await context.setOffline(true);
  await page.goto(inner.url);
  await simulator.ready();
  await expect(pricesDated(page, 'Nov 1, 2026')).toBeVisible();
  await simulator.showChart('Who pays');
  await context.setOffline(false);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a tab left open across a deploy offers a reload when a part of the page is gone', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    const site = publish('missing-part', '/missing-part/');
    // The deploy removed the chart's old file: this tab asks for it and gets a 404.
    await page.route('**/assets/who-pays-chart-*.js', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(site.url);
    await simulator.ready();
    await simulator.scenarioName.fill('Harbour scans');
    await simulator.chart('Who pays').scrollIntoViewIfNeeded();
    const notice = page.getByRole('region', { name: 'New version' });
    await expect(notice).toContainText(
      'A part of the page could not load: a new version of the simulator was published.',
    );
    await page.unroute('**/assets/who-pays-chart-*.js');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await simulator.ready();
    await simulator.showChart('Who pays');
    await expect(simulator.scenarioName).toHaveValue('Harbour scans');
  });
});
