import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, test } from '@playwright/test';
import {
  balanceAtEndOf,
  parseIsoDate,
  simulate,
  simulateDetailed,
  toDayNumber,
} from '../src/engine';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { isolateName } from '../src/ui/isolate-name';
import { SimulatorPage } from './pages/simulator-page.ts';

const demoCheck = checkDraft(DEMO_DRAFT);
if (!demoCheck.parsed.ok) throw new Error('the demo scenario must be valid');
const demoResult = simulate(demoCheck.parsed.scenario);
const count = (value: number) => new Intl.NumberFormat('en-US').format(value);

test.describe('the simulator page', () => {
  test('opens on the demo with its summary and all three charts', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await expect(simulator.scenarioName).toHaveValue(DEMO_DRAFT.name);
    for (const title of ['Package consumption', 'Who pays', 'Payback']) {
      await simulator.showChart(title);
      await expect(simulator.chart(title).getByRole('img').first()).toBeVisible();
      await expect(simulator.chart(title).getByText('Drawing the chart…')).toHaveCount(0);
    }
    await expect(simulator.summaryValue('Payback day of the whole plan')).toContainText(
      'May 6, 2027',
    );
    for (const title of ['Package consumption', 'Who pays', 'Payback'])
      await simulator.showChart(title);
    await simulator.screenshot('demo-desktop');
    expect(simulator.errors()).toEqual([]);
  });

  test("shows the demo's wasted and failed calls exactly as the engine computes them", async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const wasted = demoResult.packages.reduce((sum, pkg) => sum + pkg.wasted, 0);
    await expect(simulator.summaryValue('Calls wasted at expiry')).toHaveText(count(wasted));
    await expect(simulator.summaryValue('Failed calls (ModelArts.4204)')).toHaveText(
      count(demoResult.totals.failedCalls),
    );
  });

  test('names the day or month under the pointer in the charts, with its figures', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const pointAbove = async (title: string, tick: string) => {
      await simulator.showChart(title);
      const label = simulator.chart(title).getByText(tick, { exact: true });
      const box = await label.boundingBox();
      if (!box) throw new Error(`no tick ${tick} in ${title}`);
      await page.mouse.move(box.x + box.width / 2, box.y - 60);
    };

    await pointAbove('Package consumption', 'May 27');
    const consumption = simulator.chart('Package consumption');
    await expect(consumption.getByText('End of May 1, 2027', { exact: true })).toBeVisible();
    const scenario = demoCheck.parsed.ok ? demoCheck.parsed.scenario : null;
    if (!scenario) throw new Error('the demo scenario must be valid');
    const position = scenario.packages.findIndex((pkg) => pkg.label === 'General Text 1M');
    const detail = simulateDetailed(scenario).packages[position];
    const dayOf = (iso: string) => toDayNumber(parseIsoDate(iso) ?? { year: 0, month: 1, day: 1 });
    const left = detail
      ? balanceAtEndOf(detail, dayOf('2027-05-01') - dayOf(`${scenario.start}-01`))
      : null;
    await expect(
      consumption.getByText(`General Text 1M: ${count(left ?? -1)} calls left`, { exact: true }),
    ).toBeVisible();

    await pointAbove('Who pays', 'May 27');
    await expect(simulator.chart('Who pays').getByText('May 2027', { exact: true })).toBeVisible();
    expect(simulator.errors()).toEqual([]);
  });

  test('shows each info tip on top of the page below it, with the mouse and with the keyboard', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const triggers = page.getByRole('button', { name: /^About / });
    let checked = 0;
    for (const trigger of await triggers.all()) {
      if (!(await trigger.isVisible())) continue;
      await trigger.focus();
      // Points of the tip, inside the window, where something other than the tip is on top.
      const covered = await trigger.evaluate((button) => {
        const tip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
        if (!tip) return ['no tip'];
        tip.scrollIntoView({ block: 'center' });
        const box = tip.getBoundingClientRect();
        const xs = [box.left + 2, box.left + box.width / 2, box.right - 2];
        const ys = [box.top + 2, box.top + box.height / 2, box.bottom - 2];
        return xs
          .flatMap((x) => ys.map((y) => [x, y] as const))
          .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight)
          .filter(([x, y]) => !tip.contains(document.elementFromPoint(x, y)))
          .map(([x, y]) => `${button.getAttribute('aria-label')} at ${x}, ${y}`);
      });
      expect(covered).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
    expect(simulator.errors()).toEqual([]);
  });

  test('changes the savings when a package is added', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const before = await simulator.summaryValue('Savings').textContent();
    await simulator.addPackageButton.click();
    await expect(simulator.packageCards()).toHaveCount(DEMO_DRAFT.packages.length + 1);
    await expect(simulator.summaryValue('Savings')).not.toHaveText(before ?? '');
    await simulator.screenshot('package-added');
  });

  test('keeps every package in its colour when another is removed or added', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.showChart('Package consumption');
    const stroke = (line: Locator) => line.getAttribute('stroke');
    const names = DEMO_DRAFT.packages.map((pkg) => pkg.label);
    const colours = await Promise.all(names.map((name) => stroke(simulator.packageLine(name))));
    expect(new Set(colours).size).toBe(names.length);
    // Each card shows its package's colour, as the chart draws it.
    for (const [index, name] of names.entries())
      await expect(simulator.cardLine(simulator.packageCard(name))).toHaveAttribute(
        'stroke',
        colours[index] ?? '',
      );
    const [removed, ...kept] = names;
    await simulator
      .packageCard(removed ?? '')
      .getByRole('button', { name: /^Remove / })
      .click();
    await expect(simulator.packageLine(removed ?? '')).toHaveCount(0);
    for (const [index, name] of kept.entries())
      await expect(simulator.packageLine(name)).toHaveAttribute('stroke', colours[index + 1] ?? '');
    // A new package takes the colour the removed one left free, none of the others'.
    await simulator.addPackageButton.click();
    await expect(simulator.packageCards()).toHaveCount(names.length);
    await expect(simulator.cardLine(simulator.packageCards().last())).toHaveAttribute(
      'stroke',
      colours[0] ?? '',
    );
    for (const [index, name] of kept.entries())
      await expect(simulator.packageLine(name)).toHaveAttribute('stroke', colours[index + 1] ?? '');
  });

  test('shows an invalid entry at its field and keeps the last results, marked out of date', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    const totalBefore = await simulator.summaryValue('Total cost').textContent();
    const card = simulator.packageCard('General Text 1M');
    await card.getByLabel('Validity').fill('a year');
    await expect(card.getByText('must be a whole number from 1 to 120')).toBeVisible();
    await expect(card.getByLabel('Validity')).toHaveValue('a year');
    await expect(simulator.staleNotice).toBeVisible();
    await expect(simulator.summaryValue('Total cost')).toHaveText(totalBefore ?? '');
    await simulator.screenshot('invalid-entry');
    await card.getByLabel('Validity').fill('12');
    await expect(simulator.staleNotice).toBeHidden();
  });

  test('keeps the scenario across a reload', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.scenarioName.fill('Reload test');
    await simulator.packageCard('General Table 100k').getByLabel('Price').fill('999.5');
    await page.reload();
    await expect(simulator.scenarioName).toHaveValue('Reload test');
    await expect(simulator.packageCard('General Table 100k').getByLabel('Price')).toHaveValue(
      '999.5',
    );
  });

  test('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator
      .packageCard('General Text 1M')
      .getByRole('button', { name: `Remove ${isolateName('General Text 1M')}` })
      .click();
    await expect(simulator.packageCard('General Text 1M')).toHaveCount(0);
    await page.keyboard.press('Control+Z');
    await expect(simulator.packageCard('General Text 1M')).toHaveCount(1);
    await page.keyboard.press('Control+Shift+Z');
    await expect(simulator.packageCard('General Text 1M')).toHaveCount(0);
    await simulator.undoButton.click();
    await expect(simulator.packageCard('General Text 1M')).toHaveCount(1);
  });

  test('adds and removes a package with the keyboard alone', async ({ page }) => {
    test.setTimeout(120_000);
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to packages' })).toBeFocused();
    await page.keyboard.press('Enter');
    let reached = false;
    for (let step = 0; step < 200 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await simulator.addPackageButton.evaluate(
        (button) => button === document.activeElement,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(simulator.packageCards()).toHaveCount(DEMO_DRAFT.packages.length + 1);
    const added = simulator.packageCards().last();
    const remove = added.getByRole('button', { name: /^Remove / });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(simulator.packageCards()).toHaveCount(DEMO_DRAFT.packages.length);
  });

  test.describe('without the offline cache', () => {
    // The service worker would answer the retry from its cache, out of reach of page.route.
    test.use({ serviceWorkers: 'block' });

    test('explains a missing price catalog and offers a retry', async ({ page }) => {
      let failing = true;
      await page.route('**/catalogs/international.json', (route) =>
        failing ? route.fulfill({ status: 404, body: 'missing' }) : route.fallback(),
      );
      const simulator = new SimulatorPage(page);
      await page.goto('./');
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'price catalog could not be loaded' });
      await expect(alert).toBeVisible({ timeout: 15_000 });
      await expect(simulator.summaryValue('Total cost')).toBeVisible();
      await simulator.screenshot('catalog-missing');
      failing = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(alert).toBeHidden();
    });
  });

  test('has no WCAG A or AA violation that axe can find', async ({ page }) => {
    test.setTimeout(120_000);
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.showChart('Payback');
    // Back at the top, where the section bar covers nothing: axe counts whatever a sticky bar
    // happens to cover mid-scroll as too small a target. Focus never goes under the bar
    // (scroll-padding-top), which is what WCAG 2.4.11 asks.
    await page.evaluate(() => window.scrollTo(0, 0));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('fits the width and shows the results', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.goto();
    await simulator.showChart('Who pays');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await simulator.screenshot('demo-phone');
    expect(simulator.errors()).toEqual([]);
  });
});
