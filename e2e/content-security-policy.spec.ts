import { expect, type Page, test } from '@playwright/test';
import { AdvisorSection } from './pages/advisor-section.ts';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * Issue 14: the built page carries a Content-Security-Policy (build/content-security-policy.ts)
 * and breaks none of it on the journeys a salesperson takes: open the demo, draw every chart, ask
 * the advisor, import a file, switch to Chinese, print.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

async function violations(page: Page): Promise<readonly string[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}

test('the page keeps its Content-Security-Policy through every journey', async ({ page }) => {
  test.slow();
  await recordViolations(page);
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");

  for (const chart of ['Payback', 'Who pays']) await simulator.showChart(chart);

  const advisor = new AdvisorSection(page);
  await advisor.findButton.scrollIntoViewIfNeeded();
  await advisor.findButton.click();
  await expect(advisor.status(/^Found a plan: /)).toBeVisible({ timeout: 60_000 });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
  const file = await (await download).path();
  await page.getByRole('button', { name: 'Open the demo as a new estimate' }).click();
  await page.getByLabel('Import a scenario file').setInputFiles(file);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await simulator.chooseLanguage('简体中文');
  await expect(page.getByRole('heading', { level: 1, name: 'OCR 计费模拟器' })).toBeVisible();
  await simulator.chooseLanguage('English');

  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByText(/^Open this scenario: /)).toBeAttached({ timeout: 500 });
  }).toPass();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: 'QR code of the link below' })).toBeAttached();

  expect(await violations(page)).toEqual([]);
  expect(simulator.errors().filter((error) => error.includes('Content Security Policy'))).toEqual(
    [],
  );
});
