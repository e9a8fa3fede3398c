import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { isolateName } from '../src/ui/isolate-name';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * Estimates, plural: nothing a user typed is overwritten by the demo, a link or a catalog
 * switch, and links keep each stream's growth model.
 */

const DEMO_NAME = 'Demo: Example Shipping Co. (fictional), shipping documents 2027';

function estimatesList(page: Page) {
  return page.getByRole('region', { name: /Estimates saved in this browser/ });
}

async function openList(page: Page): Promise<void> {
  const list = estimatesList(page);
  if (
    !(await list
      .getByRole('button', { name: /^Duplicate / })
      .first()
      .isVisible())
  ) {
    await list.getByText(/Estimates saved in this browser/).click();
  }
  await expect(list.getByRole('button', { name: /^Duplicate / }).first()).toBeVisible();
}

test.describe('estimates saved in this browser', () => {
  test('new, demo as new, duplicate, rename, delete with undo, and a reload keeps them all', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await expect(simulator.scenarioName).toHaveValue(DEMO_NAME);
    await expect(page.getByRole('region', { name: 'About this demo' })).toBeVisible();

    await page.getByRole('button', { name: 'Start a blank estimate' }).first().click();
    await expect(simulator.scenarioName).toHaveValue('');
    await expect(page.getByRole('region', { name: 'About this demo' })).toHaveCount(0);
    await simulator.scenarioName.fill('Acme 2027');

    await page.getByRole('button', { name: 'Open the demo as a new estimate' }).click();
    await expect(simulator.scenarioName).toHaveValue(DEMO_NAME);
    await simulator.scenarioName.fill('Demo, renamed');
    await expect(estimatesList(page)).toContainText('Estimates saved in this browser (3)');

    await openList(page);
    await page.getByRole('button', { name: `Duplicate ${isolateName('Acme 2027')}` }).click();
    await expect(simulator.scenarioName).toHaveValue('Acme 2027 (copy)');
    await expect(estimatesList(page)).toContainText('Estimates saved in this browser (4)');

    await page
      .getByRole('button', { name: `Delete ${isolateName('Acme 2027')}`, exact: true })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: '“Acme 2027” was deleted.' }),
    ).toBeVisible();
    await expect(estimatesList(page)).toContainText('Estimates saved in this browser (3)');
    await page.getByRole('button', { name: 'Undo the deletion' }).click();
    await expect(estimatesList(page)).toContainText('Estimates saved in this browser (4)');

    await page.reload();
    await simulator.ready();
    await expect(simulator.scenarioName).toHaveValue('Acme 2027 (copy)');
    await openList(page);
    for (const name of ['Acme 2027', 'Demo, renamed', DEMO_NAME]) {
      await expect(
        page.getByRole('button', { name: `Open ${isolateName(name)}`, exact: true }),
      ).toBeVisible();
    }
    await page
      .getByRole('button', { name: `Open ${isolateName('Demo, renamed')}`, exact: true })
      .click();
    await expect(simulator.scenarioName).toHaveValue('Demo, renamed');
    expect(simulator.errors()).toEqual([]);
  });
});

test.describe('switching the price catalog', () => {
  test('asks first; cancel changes nothing, consent replaces prices and currency and moves regions', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const total = simulator.summaryValue('Total cost');
    await expect(total).toContainText('$');
    const before = (await total.textContent()) ?? '';

    const catalog = page.getByLabel('Price catalog');
    await catalog.selectOption({ label: 'HUAWEI CLOUD Chinese mainland (CNY)' });
    const dialog = page.getByRole('dialog', { name: /Switch to/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('does not offer these in their region; they move:');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(total).toHaveText(before);
    await expect(catalog).toHaveValue('international');

    await catalog.selectOption({ label: 'HUAWEI CLOUD Chinese mainland (CNY)' });
    await dialog.getByRole('button', { name: 'Switch and replace the prices' }).click();
    await expect(total).toContainText('¥');
    await expect(total).not.toHaveText(before.replace('$', '¥'));
    await expect(
      page.getByText('Prices are in CNY.').or(page.getByText(/Prices now come from/)),
    ).toBeVisible();
    const region = simulator.usage.getByRole('combobox', { name: 'Region' }).first();
    await expect(region).not.toContainText('Hong Kong');
    expect(simulator.errors()).toEqual([]);
  });
});

test.describe('links keep what was typed', () => {
  test('a share link reopens each stream’s growth model, editable', async ({ page, browser }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.usage.getByLabel('Growth per month').first().fill('5');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const viewer = new SimulatorPage(other);
    await other.goto(link);
    await viewer.ready();
    await expect(viewer.usage.getByRole('radio', { name: 'Generate' }).first()).toBeChecked();
    await expect(viewer.usage.getByLabel('Growth per month').first()).toHaveValue('5');
    await expect(viewer.usage.getByLabel("First month's calls").first()).toHaveValue('120000');
    await fresh.close();
  });

  test('a link made by the previous version still opens', async ({ page }) => {
    const fragment = readFileSync(
      join(import.meta.dirname, 'fixtures', 'link-format-1.txt'),
      'utf8',
    ).trim();
    const simulator = new SimulatorPage(page);
    await simulator.goto(`./${fragment}`);
    await expect(simulator.scenarioName).toHaveValue('Saved by the previous version');
    await expect(simulator.summaryValue('Total cost')).toContainText(/\d/);
    expect(simulator.errors()).toEqual([]);
  });
});
