import { expect, type Page, test } from '@playwright/test';
import { DEMO_DRAFT } from '../src/store/demo';
import { STORE_VERSION, storedStateWith } from '../src/store/persisted';

/*
 * The demo's page is in the built HTML (build/first-screen-plugin.ts): a first-time visitor
 * sees the demo's summary before any JavaScript runs, the app then takes that page over rather
 * than drawing it again, and a returning visitor never sees the demo's figures in place of
 * their own estimate.
 */

const totalCost = (page: Page) =>
  page
    .getByRole('region', { name: 'Results' })
    .getByRole('region', { name: 'Summary' })
    .getByRole('group', { name: 'Total cost' });

/** An estimate of their own: the demo with three times its Hong Kong text recognition. */
const saved = {
  ...DEMO_DRAFT,
  name: 'Our own estimate',
  streams: DEMO_DRAFT.streams.map((stream, index) =>
    index === 0 && stream.generator
      ? { ...stream, generator: { ...stream.generator, firstMonth: '360000' } }
      : stream,
  ),
};

async function withSavedEstimate(page: Page): Promise<void> {
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: 'ocr-billing-simulator',
    value: JSON.stringify({ state: storedStateWith(saved, Date.now()), version: STORE_VERSION }),
  });
}

/** The page as it paints before its JavaScript has arrived: the app's files never load. */
async function withoutTheApp(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the demo’s summary and its figures', async ({ page }) => {
    await page.goto('./');
    await expect(
      page.getByRole('heading', { level: 1, name: 'OCR billing simulator' }),
    ).toBeVisible();
    const summary = page
      .getByRole('region', { name: 'Results' })
      .getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await expect(totalCost(page)).toContainText(/\$[\d,]+\.\d\d/);
    await expect(summary.getByRole('group', { name: 'Savings' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Package consumption' })).toBeVisible();
  });
});

test.describe('before the app’s JavaScript has run', () => {
  test('a first-time visitor sees the demo’s summary', async ({ page }) => {
    await withoutTheApp(page);
    await page.goto('./');
    await expect(totalCost(page)).toBeVisible();
  });

  test('a returning visitor sees a neutral page, never the demo’s figures', async ({ page }) => {
    await withSavedEstimate(page);
    await withoutTheApp(page);
    await page.goto('./');
    await expect(
      page.getByRole('heading', { level: 1, name: 'OCR billing simulator' }),
    ).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Loading the simulator…');
    await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);
    await expect(page.getByRole('figure')).toHaveCount(0);
  });

  test('a visitor who opens a share link sees a neutral page', async ({ page }) => {
    await withoutTheApp(page);
    await page.goto('./#s=anything');
    await expect(
      page.getByRole('heading', { level: 1, name: 'OCR billing simulator' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);
  });
});

test('a returning visitor’s own figures replace the neutral page, with no console error', async ({
  page,
  browser,
  baseURL,
}) => {
  const demo = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const demoPage = await demo.newPage();
  await demoPage.goto('./');
  const demoTotal = await totalCost(demoPage).textContent();
  await demo.close();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await withSavedEstimate(page);
  await page.goto('./');
  await expect(page.getByLabel('Estimate name')).toHaveValue('Our own estimate');
  await expect(totalCost(page)).toContainText(/\$[\d,]+\.\d\d/);
  expect(await totalCost(page).textContent()).not.toBe(demoTotal);
  expect(problems).toEqual([]);
});

test('a first-time visitor’s page is taken over as built, not drawn again, and nothing typed early is lost', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // The app's entry waits until the test lets it through: until then the built page is all there is.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  const name = page.getByLabel('Estimate name');
  await expect(name).toHaveValue(/^Demo: /);
  const builtTotal = await totalCost(page).elementHandle();
  // Typing before the app runs is held back, not taken and then overwritten by the app.
  await name.focus();
  await page.keyboard.type('lost');
  await expect(name).toHaveValue(/^Demo: /);
  release();
  // The app answers: the estimate can be renamed.
  await expect(async () => {
    await name.fill('Our own estimate');
    await expect(name).toHaveValue('Our own estimate', { timeout: 500 });
  }).toPass();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  // The summary the build drew is the one on the page: taken over, not replaced.
  expect(await builtTotal?.evaluate((element) => element.isConnected)).toBe(true);
  // Nor anything else: React found the page as it would have drawn it (src/app/main.tsx).
  expect(
    await page.evaluate(() => document.getElementById('root')?.hasAttribute('data-drawn-afresh')),
  ).toBe(false);
  expect(problems).toEqual([]);
});
