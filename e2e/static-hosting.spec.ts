import { expect, test } from '@playwright/test';
import { SUB_PATH_URL } from '../playwright.config.ts';
import { SimulatorPage } from './pages/simulator-page.ts';

test.describe('static hosting', () => {
  test('works from a sub-path of a plain static server', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await page.goto(SUB_PATH_URL);
    await expect(simulator.heading).toBeVisible();
    await simulator.showChart('Payback');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(simulator.errors()).toEqual([]);
  });

  test('reloads offline after the first visit', async ({ page, context }) => {
    const simulator = new SimulatorPage(page);
    await page.goto(SUB_PATH_URL);
    await simulator.showChart('Who pays');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect(simulator.heading).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(simulator.heading).toBeVisible();
    await simulator.showChart('Who pays');
    await expect(simulator.summaryValue('Payback day of the whole plan')).toContainText(
      'May 6, 2027',
    );
    await context.setOffline(false);
  });
});
