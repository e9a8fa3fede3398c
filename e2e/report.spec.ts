import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * The printed report is a document for the customer: what to buy and why on its first page,
 * then the charts and ledgers, and the link to open the estimate; no control of the page.
 */

async function printReady(simulator: SimulatorPage): Promise<void> {
  const { page } = simulator;
  // Charts draw as they near the viewport; the print button draws them all first.
  await page
    .getByRole('region', { name: 'Results' })
    .getByRole('heading', { name: 'Payback' })
    .scrollIntoViewIfNeeded();
  await page
    .getByRole('region', { name: 'Results' })
    .getByRole('heading', { name: 'Deduction order' })
    .scrollIntoViewIfNeeded();
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByText(/^Open this scenario: /)).toBeAttached({ timeout: 500 });
  }).toPass();
  await page.emulateMedia({ media: 'print' });
}

test.describe('the printed report', () => {
  test('prints no input, select or button', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await printReady(simulator);
    for (const role of [
      'button',
      'textbox',
      'combobox',
      'checkbox',
      'radio',
      'spinbutton',
    ] as const) {
      const visible = await page
        .getByRole(role)
        .evaluateAll(
          (elements) =>
            elements.filter((element) => (element as HTMLElement).offsetParent !== null).length,
        );
      expect(visible, `visible ${role}s in print`).toBe(0);
    }
    await expect(page.getByRole('region', { name: 'Printed report' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code of the link below' })).toBeVisible();
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`on ${format}, opens with the purchases and the assumptions, and fits the ledgers`, async ({
      page,
    }, testInfo) => {
      const simulator = new SimulatorPage(page);
      await simulator.goto();
      await printReady(simulator);
      const pdf = await page.pdf({ format });
      await testInfo.attach(`report-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
      const document = await getDocumentProxy(new Uint8Array(pdf));
      const { text } = await extractText(document, { mergePages: false });
      const [first = '', ...rest] = text;
      expect(first).toContain('Demo: Example Shipping Co. (fictional)');
      expect(first).toContain('Packages in this plan');
      expect(first).toContain('General Text 1M');
      expect(first).toContain('Jan 1, 2028');
      expect(first).toContain('Total cost: $18,449.88');
      expect(first).toContain('The whole plan has paid for itself from May 6, 2027.');
      expect(first).toContain('Usage assumed');
      expect(first).toContain('120,000 calls in Jan 2027, changing 4 % a month');
      expect(first).toContain('Pay-per-use unit prices');
      const after = rest.join('\n');
      // Every column of the package ledger, the last included, reaches the paper.
      for (const heading of [
        'Package ledger',
        'Utilization',
        'Pays for itself on',
        'Deduction order',
        'Assumptions',
      ])
        expect(after).toContain(heading);
      expect(after).toContain('Open this scenario: ');
      expect(text.join('\n')).not.toContain('Copy share link');
    });
  }

  test('cannot be printed while the results are out of date, and says why', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const print = page.getByRole('button', { name: 'Print report' });
    await expect(print).toBeEnabled();
    await simulator.usage.getByLabel('Months').fill('0');
    await expect(print).toBeDisabled();
    await expect(
      page.getByText('only a valid scenario can be shared, exported or printed', { exact: false }),
    ).toBeVisible();
  });
});
