import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * A customer's usage export becomes the estimate: read in a worker with progress, the rows it
 * cannot use listed with reasons, each stream charted with its forecast (augurs' WebAssembly in
 * a real browser worker), and the forecast used as the stream's monthly calls, undoably.
 */

const SAMPLE = join(import.meta.dirname, 'fixtures', 'usage-export-zh.csv');

test('imports a Chinese export, lists the rows left out, and uses a forecast', async ({ page }) => {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const history = page.getByRole('region', { name: 'Import usage history' });
  await history.getByLabel('Usage export (CSV)').setInputFiles(SAMPLE);

  await expect(history.getByRole('status').first()).toContainText(/rows read/, {
    timeout: 30_000,
  });
  await expect(history.getByRole('progressbar')).toHaveCount(0);
  const skipped = history.getByRole('list', { name: 'Rows left out' });
  await expect(skipped.getByRole('listitem').filter({ hasText: 'is a total line' })).toHaveCount(1);
  await expect(skipped.getByRole('listitem').first()).toContainText(/^Line \d+ /);

  const streams = history.getByRole('region');
  await expect(
    streams.first().getByRole('img', { name: /calls each month and the forecast/ }),
  ).toBeVisible();
  await expect(streams.first()).toContainText('24 months of history');
  await expect(streams.first()).toContainText(/off by \d+\u00a0% on average/);
  const totalBefore = await simulator.summary.textContent();

  await streams
    .first()
    .getByRole('button', { name: /^Use this forecast for / })
    .click();
  await expect(streams.first().getByRole('status')).toContainText('Undo takes it back');
  await expect(simulator.summary).not.toHaveText(totalBefore ?? '');
  await expect(page.getByText('Months forecast from the usage history')).toBeVisible();
  const totalAfter = await simulator.summary.textContent();

  await simulator.undoButton.click();
  await expect(simulator.summary).toHaveText(totalBefore ?? '');
  await simulator.redoButton.click();
  await expect(simulator.summary).toHaveText(totalAfter ?? '');

  // The forecast, its range and the history are kept with the estimate.
  await page.reload();
  await simulator.ready();
  await expect(simulator.summary).toHaveText(totalAfter ?? '');
  await expect(page.getByText('Months forecast from the usage history')).toBeVisible();

  // The reopened estimate charts its kept history again, forecast afresh, ready to use again.
  const reopened = history.getByRole('region').first();
  await expect(
    reopened.getByRole('figure', { name: /calls each month and the forecast/ }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(reopened).toContainText('24 months of history');
  await expect(reopened).toContainText(/off by \d+\u00a0% on average/);
  await expect(reopened.getByRole('button', { name: /^Use this forecast for / })).toBeVisible();
  await expect(history.getByRole('progressbar')).toHaveCount(0);
});

test('says clearly when a file is not a usage export', async ({ page }) => {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const history = page.getByRole('region', { name: 'Import usage history' });
  await history.getByLabel('Usage export (CSV)').setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('when,what\nyesterday,lunch\n'),
  });
  await expect(history.getByRole('alert').first()).toContainText(
    'Some columns of this file were not recognised',
  );
  await expect(history.getByLabel('Date column')).toBeVisible();
});
