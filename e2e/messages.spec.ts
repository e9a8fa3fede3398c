import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { parseScenario } from '../src/engine';
import { draftFromScenario } from '../src/store/draft';
import { STORE_VERSION, storedStateWith } from '../src/store/persisted';
import { AdvisorSection } from './pages/advisor-section.ts';
import { SimulatorPage } from './pages/simulator-page.ts';

/*
 * The engine's explanations reach the page in its words: the deduction order's reasons and the
 * advisor's explanation, in English and in Chinese, with dates, money and region names as the
 * page writes them — never a raw date, an amount with its currency code, or a region id.
 */

const RAW_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_MONEY = /\d+\.\d{2} (USD|CNY)/;
const REGION_ID = /\b(ap-southeast-\d|cn-north-4|cn-east-3|la-south-2)\b/;

/** Example 02 of the spec: seven packages whose order every deduction rule decides once. */
function exampleDraft() {
  const file = join(
    import.meta.dirname,
    '..',
    'src',
    'engine',
    'fixtures',
    'examples',
    '02-deduction-order.json',
  );
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error('example 02 must be valid');
  return draftFromScenario(parsed.scenario, 'international');
}

async function openWith(page: Page, draft: ReturnType<typeof exampleDraft>): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    {
      key: 'ocr-billing-simulator',
      value: JSON.stringify({
        state: storedStateWith(draft, Date.now()),
        version: STORE_VERSION,
      }),
    },
  );
  await page.goto('./');
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
}

async function expectWordsOnly(texts: Locator): Promise<string[]> {
  const all = (await texts.allTextContents()).map((text) => text.trim());
  expect(all.length).toBeGreaterThan(0);
  for (const text of all) {
    expect(text).not.toMatch(RAW_DATE);
    expect(text).not.toMatch(RAW_MONEY);
    expect(text).not.toMatch(REGION_ID);
  }
  return all;
}

test.describe('explanations in the page’s words', () => {
  test('the deduction order gives its reasons with dates written out, in English and Chinese', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await openWith(page, exampleDraft());
    const order = page
      .getByRole('region', { name: 'Results' })
      .getByRole('region', { name: 'Deduction order' });
    await order.scrollIntoViewIfNeeded();
    const english = await expectWordsOnly(order.getByRole('listitem'));
    expect(english.join('\n')).toContain(
      'pays after the one above, because the one that takes effect first pays first (Jan 10, 2027, then Mar 15, 2027)',
    );
    expect(english.join('\n')).toContain('because promotional packages pay before purchased ones');

    await simulator.chooseLanguage('简体中文');
    const orderZh = page
      .getByRole('region', { name: '结果' })
      .getByRole('region', { name: '抵扣顺序' });
    await expect(orderZh.getByRole('listitem').first()).toContainText('最先抵扣');
    const chinese = await expectWordsOnly(orderZh.getByRole('listitem'));
    expect(chinese.join('\n')).toContain('先生效的先抵扣（2027年1月10日，然后 2027年3月15日）');
    expect(simulator.errors()).toEqual([]);
  });

  test('the advisor explains its plan with money, dates and region names, in English and Chinese', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await advisor.findButton.scrollIntoViewIfNeeded();
    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: 120_000 });
    await advisor.region.getByText('Why this plan', { exact: true }).click();
    const why = advisor.region.getByRole('list', { name: 'Why this plan' });
    const english = await expectWordsOnly(why.getByRole('listitem'));
    expect(english.join('\n')).toMatch(/General Text in CN-Hong Kong: buy .* on Jan 1, 2027/);
    expect(english.join('\n')).toMatch(/^Total \$[\d,]+\.\d{2}: /m);

    await simulator.chooseLanguage('简体中文');
    const whyZh = page.getByRole('list', { name: '为什么是这个方案' });
    await expect(whyZh.getByRole('listitem').first()).toBeVisible();
    const chinese = await expectWordsOnly(whyZh.getByRole('listitem'));
    expect(chinese.join('\n')).toMatch(/通用文字识别（中国-香港）：2027年1月1日购买/);
    expect(chinese.join('\n')).toMatch(/^总计 US\$[\d,]+\.\d{2}：/m);
    expect(simulator.errors()).toEqual([]);
  });
});
