import { expect, test } from '@playwright/test';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * Issue 14: no input blanks the page, and saved work is never lost silently.
 */

const STORE_KEY = 'ocr-billing-simulator';

test('a far-future purchase day is refused by its field, and the page survives a reload', async ({
  page,
}) => {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const boughtOn = simulator.packages.getByLabel('Bought on').first();
  await boughtOn.fill('9999-12-31');
  await expect(simulator.packages.getByText('Dec 31, 2199').first()).toBeVisible();
  await page.reload();
  await simulator.ready();
  // The saved draft keeps what was typed; the gate refuses it again, by its field.
  expect(await page.evaluate((key) => localStorage.getItem(key) ?? '', STORE_KEY)).toContain(
    '9999-12-31',
  );
  await expect(simulator.packages.getByLabel('Bought on').first()).toHaveValue('9999-12-31');
  await expect(simulator.packages.getByText('Dec 31, 2199').first()).toBeVisible();
  await expect(simulator.results).toBeVisible();
  expect(simulator.errors()).toEqual([]);
});

test('with storage blocked the page runs in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  await expect(page.getByText('does not let the page save here')).toBeVisible();
  await simulator.scenarioName.fill('Kept in memory');
  await expect(simulator.scenarioName).toHaveValue('Kept in memory');
});

test('a save that fails because storage is full says so at once and offers the file', async ({
  page,
}) => {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await simulator.scenarioName.fill('Too big to save');
  const notice = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the estimate as a file' }).click();
  expect((await download).suggestedFilename()).toBe('Too-big-to-save.json');
});

test('a tab never writes over newer work another tab saved without asking', async ({ context }) => {
  const first = new SimulatorPage(await context.newPage());
  await first.goto();
  const second = new SimulatorPage(await context.newPage());
  await second.goto();

  await first.scenarioName.fill('Newer, from the first tab');
  await first.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect
    .poll(() => first.page.evaluate((key) => localStorage.getItem(key) ?? '', STORE_KEY))
    .toContain('Newer, from the first tab');

  const notice = second.page.getByRole('alert').filter({ hasText: 'Another tab saved changes' });
  await expect(notice).toBeVisible();
  await second.scenarioName.fill('Stale, from the second tab');
  await second.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await second.page.evaluate((key) => localStorage.getItem(key) ?? '', STORE_KEY)).toContain(
    'Newer, from the first tab',
  );

  await notice.getByRole('button', { name: "Open the other tab's work" }).click();
  await expect(second.scenarioName).toHaveValue('Newer, from the first tab');
  await expect(notice).toBeHidden();
});

test('after the page failed twice with the saved work, it opens without it and offers it back', async ({
  page,
}) => {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  await simulator.scenarioName.fill('Harbour scans');
  // Two failures of the whole page, as its error boundary counts them.
  await page.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
    localStorage.setItem('ocr-billing-simulator:failed-starts', '2');
  });
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORE_KEY))
    .toContain('Harbour scans');
  await page.reload();
  await simulator.ready();
  const notice = page.getByRole('alert').filter({ hasText: 'could not open your saved estimates' });
  await expect(notice).toBeVisible();
  await expect(simulator.scenarioName).not.toHaveValue('Harbour scans');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: /^Download the saved estimates/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^saved-estimates-\d{4}-\d{2}-\d{2}\.json$/);
  await notice.getByRole('button', { name: 'Try opening them again' }).click();
  await simulator.ready();
  await expect(simulator.scenarioName).toHaveValue('Harbour scans');
  await expect(page.getByRole('alert').filter({ hasText: 'could not open' })).toHaveCount(0);
});
