import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { isolateName } from '../src/ui/isolate-name';
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

/** What localStorage holds under the store's key, in the tab `page`. */
const savedText = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key) ?? '', STORE_KEY);

test('a tab never writes over a newer revision another tab saved without asking, and nothing typed is lost', async ({
  context,
}) => {
  const first = new SimulatorPage(await context.newPage());
  await first.goto();
  const second = new SimulatorPage(await context.newPage());
  await second.goto();

  await first.scenarioName.fill('Newer, from the first tab');
  await expect.poll(() => savedText(first.page)).toContain('Newer, from the first tab');

  // The second tab hears of it, and says so without swapping the estimate under the user.
  const told = second.page.getByRole('status').filter({ hasText: 'was changed in another tab' });
  await expect(told).toContainText('Newer, from the first tab');
  await expect(second.scenarioName).not.toHaveValue('Newer, from the first tab');

  // An edit there would write over the newer revision: the tab asks instead.
  await second.scenarioName.fill('Typed in the second tab');
  const question = second.page.getByRole('dialog', {
    name: 'This estimate was changed in another tab',
  });
  await expect(question).toBeVisible();
  expect(await savedText(second.page)).toContain('Newer, from the first tab');
  expect(await savedText(second.page)).not.toContain('Typed in the second tab');

  await question.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(question).toBeHidden();
  await expect(second.scenarioName).toHaveValue('Newer, from the first tab');
  // What was typed in the second tab is kept as a backup copy, listed and downloadable.
  const copies = second.page.getByRole('region', { name: /^Backup copies of saved data/ });
  await expect(copies).toContainText('Your version of “Typed in the second tab” from this tab');
  const download = second.page.waitForEvent('download');
  await copies.getByRole('button', { name: /^Download the copy kept / }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain('Typed in the second tab');
  expect(second.errors()).toEqual([]);
});

test('a tab saves its own version as a copy when asked, keeping both', async ({ context }) => {
  const first = new SimulatorPage(await context.newPage());
  await first.goto();
  const second = new SimulatorPage(await context.newPage());
  await second.goto();
  await first.scenarioName.fill('Theirs');
  await expect.poll(() => savedText(first.page)).toContain('Theirs');
  await expect(
    second.page.getByRole('status').filter({ hasText: 'changed in another tab' }),
  ).toBeVisible();
  await second.scenarioName.fill('Mine');
  const question = second.page.getByRole('dialog', {
    name: 'This estimate was changed in another tab',
  });
  // Escape puts the question off: nothing is saved meanwhile, and the notice offers it again.
  await expect(question).toBeVisible();
  await second.page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await second.page.getByRole('button', { name: 'Choose which version to keep' }).click();
  await question.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(second.scenarioName).toHaveValue("Mine (this tab's copy)");
  await expect.poll(() => savedText(second.page)).toContain("Mine (this tab's copy)");
  expect(await savedText(second.page)).toContain('"Theirs"');
  // The first tab hears of the copy: its list shows it.
  await first.page.getByText('Estimates saved in this browser (2)').click();
  await expect(
    first.page.getByRole('button', { name: `Open ${isolateName("Mine (this tab's copy)")}` }),
  ).toBeVisible();
});

test('other tabs hear of a saved estimate and list it', async ({ context }) => {
  const first = new SimulatorPage(await context.newPage());
  await first.goto();
  const second = new SimulatorPage(await context.newPage());
  await second.goto();
  await expect(second.page.getByText('Estimates saved in this browser (1)')).toBeVisible();
  await first.page
    .getByRole('banner')
    .getByRole('button', { name: 'Start a blank estimate' })
    .click();
  await first.scenarioName.fill('Added in the first tab');
  await second.page.getByText('Estimates saved in this browser (2)').click();
  await expect(
    second.page.getByRole('button', { name: `Open ${isolateName('Added in the first tab')}` }),
  ).toBeVisible();
  // Nothing was asked: the second tab's open estimate was not changed anywhere.
  await expect(second.page.getByRole('dialog')).toHaveCount(0);
});

test('a tab showing a share link writes no saved work until the scenario is kept', async ({
  context,
}) => {
  const owner = new SimulatorPage(await context.newPage());
  await owner.goto();
  await owner.scenarioName.fill('Shared plan');
  await owner.page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await owner.page.getByLabel('Share link').inputValue();

  const viewer = new SimulatorPage(await context.newPage());
  await viewer.goto(link);
  await expect(viewer.scenarioName).toHaveValue('Shared plan');
  // The first tab goes on with the user's own work meanwhile.
  await owner.scenarioName.fill('My newer work');
  await expect.poll(() => savedText(owner.page)).toContain('My newer work');
  // An edit of the shared scenario says it is not saved, and writes nothing.
  await viewer.scenarioName.fill('Edited from the link');
  await viewer.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const saved = await savedText(viewer.page);
  expect(saved).toContain('My newer work');
  expect(saved).not.toContain('Edited from the link');
  // Kept, it is saved beside the newer work, which stays as the first tab left it.
  await viewer.page.getByRole('button', { name: 'Keep this scenario' }).click();
  await expect.poll(() => savedText(viewer.page)).toContain('Edited from the link');
  expect(await savedText(viewer.page)).toContain('My newer work');
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
  // What is typed in safe mode is saved, and kept as a backup copy when the old work comes back.
  await simulator.scenarioName.fill('Typed in safe mode');
  await expect.poll(() => savedText(page)).toContain('Typed in safe mode');
  await notice.getByRole('button', { name: 'Try opening them again' }).click();
  await simulator.ready();
  await expect(simulator.scenarioName).toHaveValue('Harbour scans');
  await expect(page.getByRole('alert').filter({ hasText: 'could not open' })).toHaveCount(0);
  const copies = page.getByRole('region', { name: /^Backup copies of saved data/ });
  await expect(copies).toContainText(
    'What was saved while the page ran without your saved estimates',
  );
  const copy = page.waitForEvent('download');
  await copies.getByRole('button', { name: /^Download the copy kept / }).click();
  expect(readFileSync(await (await copy).path(), 'utf8')).toContain('Typed in safe mode');
});

test('damaged and newer-version saved data are each kept as a dated copy, listed, downloadable and deleted only on request', async ({
  page,
}) => {
  const damaged = '{"state":{"estimates":[{"id":"estimate-1","draft":{"name":"Cut short';
  await page.addInitScript(
    ({ key, text }) => {
      // Once per tab: the reloads below must see what the page saved meanwhile.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    },
    { key: STORE_KEY, text: damaged },
  );
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const copies = page.getByRole('region', { name: /^Backup copies of saved data/ });
  await expect(copies.getByRole('heading')).toHaveText('Backup copies of saved data (1)');
  await expect(copies).toContainText(/Kept \w{3} \d{1,2}, \d{4}, \d{2}:\d{2}/);
  await expect(copies).toContainText('The saved estimates could not be read');
  const download = page.waitForEvent('download');
  await copies.getByRole('button', { name: /^Download the copy kept / }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^saved-data-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  expect(readFileSync(await file.path(), 'utf8')).toBe(damaged);

  // The first edit saves over the damaged data only because the copy is kept.
  await simulator.scenarioName.fill('After the damage');
  await expect.poll(() => savedText(page)).toContain('After the damage');
  // A newer version's save, read after a reload, gets a copy of its own beside the first.
  await page.evaluate(
    (key) =>
      localStorage.setItem(key, JSON.stringify({ state: { from: 'the future' }, version: 99 })),
    STORE_KEY,
  );
  await page.reload();
  await simulator.ready();
  await expect(copies.getByRole('heading')).toHaveText('Backup copies of saved data (2)');
  await expect(copies).toContainText('Saved by a newer version of the simulator');
  await expect(copies).toContainText('The saved estimates could not be read');

  // Deleting asks first; keeping it changes nothing.
  const deleteButtons = copies.getByRole('button', { name: /^Delete the copy kept / });
  await deleteButtons.last().click();
  const question = page.getByRole('dialog', { name: 'Delete this backup copy?' });
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(copies.getByRole('heading')).toHaveText('Backup copies of saved data (2)');
  await deleteButtons.last().click();
  await question.getByRole('button', { name: 'Delete the copy' }).click();
  await expect(copies.getByRole('heading')).toHaveText('Backup copies of saved data (1)');
  await expect(copies).not.toContainText('The saved estimates could not be read');
  expect(simulator.errors()).toEqual([]);
});

test('a backup copy that cannot be written leaves the damaged data where it is, and says so', async ({
  page,
}) => {
  const damaged = '{"cut short';
  await page.addInitScript(
    ({ key, text }) => {
      localStorage.setItem(key, text);
      // Storage full: every write is refused, the copy's included.
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    },
    { key: STORE_KEY, text: damaged },
  );
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await simulator.scenarioName.fill('Not over the damaged data');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await savedText(page)).toBe(damaged);
});
