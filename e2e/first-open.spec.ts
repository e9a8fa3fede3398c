import { expect, test } from '@playwright/test';
import { SimulatorPage } from './pages/simulator-page.ts';

test('first open shows the simulator with no console or page errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    problems.push(`pageerror: ${error.message}`);
  });

  const simulator = new SimulatorPage(page);
  await simulator.goto();

  await expect(page).toHaveTitle('OCR billing simulator');
  await expect(simulator.heading).toBeVisible();
  await expect(page.getByRole('banner').getByText(/prepaid packages to buy/)).toBeVisible();

  await page.screenshot({ path: 'test-results/screenshots/first-open.png', fullPage: true });

  expect(problems).toEqual([]);
});
