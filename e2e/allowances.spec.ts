import { expect, test } from '@playwright/test';
import { compareRulePresets, roundMoney, simulate } from '../src/engine';
import { newAllowance } from '../src/features/packages/package-defaults';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { SimulatorPage } from './pages/simulator-page.ts';

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const usd = (amount: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: DEMO_DRAFT.currency }).format(
    Number(amount),
  );

test.describe('allowances and deduction rules', () => {
  test('a free daily allowance added in one click shows the calls it lets lapse', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await expect(
      simulator.summary.getByRole('group', { name: 'Free or renewing calls lapsed' }),
    ).toHaveCount(0);

    await simulator.packages.getByRole('button', { name: 'Add free calls every day' }).click();

    // What the engine says for the same draft.
    const allowance = { ...newAllowance(DEMO_DRAFT, undefined, 'day'), id: 'free', colour: 9 };
    const check = checkDraft({ ...DEMO_DRAFT, packages: [...DEMO_DRAFT.packages, allowance] });
    if (!check.parsed.ok) throw new Error('the draft with an allowance must be valid');
    const result = simulate(check.parsed.scenario);
    const lapsed = result.packages.reduce((sum, pkg) => sum + pkg.lapsed, 0);
    // The demo calls more than 500 a day, so the allowance is used up most days.
    expect(result.packages.at(-1)?.consumed).toBeGreaterThan(0);

    const figure = simulator.summaryValue('Free or renewing calls lapsed');
    await expect(figure).toContainText(count(lapsed));
    await expect(figure).toContainText('calls renewing every day:');
    // One row a month for the daily allowance, under the header row.
    const ledger = simulator.results.getByRole('table', {
      name: 'What each renewing allowance held, paid and lost, month by month',
    });
    await ledger.scrollIntoViewIfNeeded();
    await expect(ledger.getByRole('row')).toHaveCount(Number(DEMO_DRAFT.months) + 1);

    // Its own chart: each month's offer used or lapsed, never a draining line.
    // The allowance has no label of its own: the chart names it in the page's words.
    expect(allowance.label).toBe('');
    const name = 'Free calls every day: calls offered each month';
    await simulator.showChart(name);
    const chart = simulator.chart(name);
    const allowanceResult = result.packages.at(-1);
    await expect(
      chart.getByRole('img', {
        name: new RegExp(
          `${count(allowanceResult?.consumed ?? 0)} used and ${count(allowanceResult?.lapsed ?? 0)} lapsed`,
        ),
      }),
    ).toBeVisible();
    await chart.getByText('Show the data as a table').click();
    const data = chart.getByRole('table');
    await expect(data.getByRole('row')).toHaveCount(Number(DEMO_DRAFT.months) + 1);
    await expect(simulator.packageLine(allowance.label)).toHaveCount(0);
    expect(simulator.errors()).toEqual([]);
  });

  test('compares the rule presets side by side and says whether the rule changes the bill', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const rule = simulator.packages.getByLabel('Rule', { exact: true });
    await expect(rule).toHaveValue('huawei-ocr');
    await simulator.packages
      .getByRole('button', { name: 'Compare the rules side by side' })
      .click();

    const check = checkDraft(DEMO_DRAFT);
    if (!check.parsed.ok) throw new Error('the demo must be valid');
    const comparison = compareRulePresets(check.parsed.scenario);
    const table = simulator.packages
      .getByRole('region', { name: 'The same estimate under each rule' })
      .getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(5);
    const names = [
      'HUAWEI CLOUD OCR (default) (in use)',
      'HUAWEI CLOUD Billing Center: earliest expiry first',
      'Tencent Cloud OCR: free, then paid packages',
      'Baidu AI Cloud OCR: earliest purchase, then smallest',
    ];
    for (const [index, outcome] of comparison.outcomes.entries()) {
      const row = table.getByRole('row', { name: names[index], exact: false }).first();
      await expect(row).toContainText(usd(roundMoney(outcome.totalCost, 2)));
      await expect(row).toContainText(count(outcome.payPerUseCalls));
    }
    await expect(
      simulator.packages.getByRole('status').filter({ hasText: /^The rule/ }),
    ).toBeVisible();

    // Choosing a preset sets the order, and the comparison marks it as the one in use.
    await rule.selectOption({ label: 'Baidu AI Cloud OCR: earliest purchase, then smallest' });
    await expect(
      simulator.packages.getByText('Source: Baidu AI Cloud OCR package rules'),
    ).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /Baidu.*\(in use\)/ })).toBeVisible();
    expect(simulator.errors()).toEqual([]);
  });
});
