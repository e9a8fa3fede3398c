import { expect, type Page, test } from '@playwright/test';
import { roundMoney, simulateDetailed } from '../src/engine';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { SimulatorPage } from './pages/simulator-page.ts';

const demoCheck = checkDraft(DEMO_DRAFT);
if (!demoCheck.parsed.ok) throw new Error('the demo scenario must be valid');
const demoTotal = roundMoney(simulateDetailed(demoCheck.parsed.scenario).totals.totalCost, 2);
const money = (locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: DEMO_DRAFT.currency }).format(
    Number(demoTotal),
  );

/** The page in Simplified Chinese, found by roles and its Chinese names. */
function chinese(page: Page) {
  const results = page.getByRole('region', { name: '结果' });
  const summary = results.getByRole('region', { name: '概览' });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'OCR 计费模拟器' }),
    figure: (term: string) =>
      summary.getByRole('group', { name: term, exact: true }).getByRole('definition'),
  };
}

test.describe('the page in English and Simplified Chinese', () => {
  test('switches to Simplified Chinese, remembers it, and switches back', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await expect(simulator.summaryValue('Total cost')).toHaveText(money('en-US'));

    await simulator.chooseLanguage('简体中文');
    const zh = chinese(page);
    await expect(zh.heading).toBeVisible();
    await expect(page).toHaveTitle('OCR 计费模拟器');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(zh.figure('总费用')).toHaveText(money('zh-CN'));
    await expect(zh.figure('总费用')).toContainText('US$');
    await expect(zh.figure('整个方案的回本日')).toContainText('2027年5月6日');
    await expect(page.getByRole('button', { name: '添加资源包' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '区域' }).first()).toContainText('中国-香港');
    await expect(
      page.getByRole('figure', { name: '资源包消耗' }).getByRole('img').first(),
    ).toBeVisible();
    await simulator.screenshot('zh-CN');

    await page.reload();
    await expect(zh.heading).toBeVisible();
    await expect(zh.figure('总费用')).toHaveText(money('zh-CN'));

    await simulator.chooseLanguage('English');
    await expect(simulator.heading).toBeVisible();
    await expect(page).toHaveTitle('OCR billing simulator');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(simulator.summaryValue('Total cost')).toHaveText(money('en-US'));
    await expect(simulator.summaryValue('Payback day of the whole plan')).toContainText(
      'May 6, 2027',
    );
    expect(simulator.errors()).toEqual([]);
  });

  test.describe('a browser set to Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('opens in Simplified Chinese on a first visit', async ({ page }) => {
      const simulator = new SimulatorPage(page);
      await page.goto('./');
      const zh = chinese(page);
      await expect(zh.heading).toBeVisible();
      await expect(simulator.language).toHaveValue('zh-CN');
      await expect(zh.figure('总费用')).toHaveText(money('zh-CN'));
      expect(simulator.errors()).toEqual([]);
    });
  });
});
