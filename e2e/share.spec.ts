import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseScenario } from '../src/engine';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { SimulatorPage } from './pages/simulator-page.ts';

const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo must be valid');

test.describe('share, export and import', () => {
  test('a share link opens the same scenario in a fresh browser, leaving that browser’s saved work alone', async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.scenarioName.fill('Shared plan');
    await simulator.packageCard('General Table 100k').getByLabel('Price').fill('1234.5');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toContain('#scenario=2.');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const viewer = new SimulatorPage(other);
    await viewer.goto();
    await viewer.scenarioName.fill('My own work');
    await other.goto(link);
    await expect(
      other.getByRole('status').filter({ hasText: 'You are looking at a shared scenario' }),
    ).toBeVisible();
    await expect(viewer.scenarioName).toHaveValue('Shared plan');
    await expect(viewer.packageCard('General Table 100k').getByLabel('Price')).toHaveValue(
      '1234.5',
    );
    const saved = await other.evaluate(() =>
      JSON.parse(localStorage.getItem('ocr-billing-simulator') ?? '{}').state.estimates.map(
        (estimate: { draft: { name: string } }) => estimate.draft.name,
      ),
    );
    expect(saved).toEqual(['My own work']);
    await other.getByRole('button', { name: 'Back to my scenario' }).click();
    await expect(viewer.scenarioName).toHaveValue('My own work');
    await fresh.close();
  });

  test('the printed report carries a link that opens the scenario', async ({ page, browser }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.scenarioName.fill('Printed plan');
    await page.emulateMedia({ media: 'print' });
    const line = page.getByText(/^Open this scenario: /);
    // The link's codec loads with the share panel; a print from the browser's menu before that
    // goes without the line, so the print is started again until it is there.
    await expect(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(line).toContainText('#scenario=2.', { timeout: 500 });
    }).toPass();
    const link = ((await line.textContent()) ?? '').replace(/^Open this scenario: /, '');

    const fresh = await browser.newContext();
    const reader = await fresh.newPage();
    await reader.goto(link);
    await expect(new SimulatorPage(reader).scenarioName).toHaveValue('Printed plan');
    await fresh.close();
  });

  test('a damaged link says so and leaves the saved scenario untouched', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.scenarioName.fill('Keep me');
    await page.goto('./#scenario=2.AAAAdamaged');
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: 'This share link cannot be opened' }),
    ).toBeVisible();
    await expect(simulator.scenarioName).toHaveValue('Keep me');
  });

  test('importing an exported scenario gives back the same scenario', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.scenarioName.fill('Round trip');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
    const file = await (await download).path();
    const exported = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
    expect(exported.ok).toBe(true);

    await page.getByRole('button', { name: 'Open the demo as a new estimate' }).click();
    await expect(simulator.scenarioName).toHaveValue(DEMO_DRAFT.name);
    await page.getByLabel('Import a scenario file').setInputFiles(file);
    await expect(simulator.scenarioName).toHaveValue('Round trip');
    await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
    const reimported = parseScenario(JSON.parse(readFileSync(await (await again).path(), 'utf8')));
    expect(reimported).toEqual(exported);
  });

  test('refuses a broken file with its reasons and changes nothing', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await page.getByLabel('Import a scenario file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'ocr-billing-scenario', version: 1, months: 0 }),
      ),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json cannot be imported' });
    await expect(alert).toBeVisible();
    await expect(alert.getByText('months: must be a whole number from 1 to 120')).toBeVisible();
    await expect(simulator.scenarioName).toHaveValue(DEMO_DRAFT.name);
  });

  test('exports the month ledger as CSV that parses back to the engine figures', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Month ledger (CSV)' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(13);
    expect(lines[0]).toContain('Total cost (USD)');
    expect(lines[5]?.split(',').slice(0, 8)).toEqual([
      '2027-05',
      '181576',
      '154180',
      '16883',
      '303.894',
      '10513',
      '0',
      '303.894',
    ]);
  });
});
