import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  breakEven,
  type Catalog,
  catalogOffers,
  findPriceEntry,
  type PayPerUsePrice,
  parseCatalog,
} from '../src/engine';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { AdvisorSection, CompareSection } from './pages/advisor-section.ts';
import { SimulatorPage } from './pages/simulator-page.ts';

const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
// A search over the large scenario takes seconds on two shared cores; give it room.
const SEARCH_TIMEOUT = 120_000;

test.describe('the purchase advisor', () => {
  test('finds the cheapest plan in a worker: cancel, run again, apply, undo', async ({ page }) => {
    test.setTimeout(240_000);
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await advisor.openLargeScenario();
    await expect(simulator.heading).toBeVisible();
    await expect(simulator.packageCard('General Text 1M')).toBeVisible();
    const packagesBefore = await simulator.packageCards().count();
    await advisor.showCases();
    const savingsBefore = await advisor.caseValue('Savings', 'Expected').textContent();

    // Start the longer search (the worst case), see progress, edit while it runs, and cancel.
    await advisor.objective('Worst case').check();
    await advisor.findButton.click();
    await expect(advisor.progress).toBeVisible();
    await expect(advisor.cancelButton).toBeFocused();
    await expect(advisor.status(/Searching for the cheapest plan/)).toBeVisible();
    await advisor.highCase.fill('35');
    await expect(
      advisor.casesTable.getByRole('columnheader', { name: /^High \(\+35\s%\)$/ }),
    ).toBeVisible();
    await expect(advisor.progress).toBeVisible();
    await advisor.cancelButton.click();
    await expect(advisor.status('Search cancelled. Nothing was changed.')).toBeVisible();
    await expect(advisor.progress).toBeHidden();
    await expect(advisor.findButton).toBeFocused();
    await expect(advisor.planHeading('worst')).toBeHidden();
    await expect(simulator.packageCards()).toHaveCount(packagesBefore);

    // Start again for the expected usage, from the keyboard, and let it finish.
    await advisor.objective('Expected usage').check();
    await advisor.findButton.press('Enter');
    await expect(advisor.progress).toBeVisible();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await expect(advisor.status(/^Found a plan: /)).toBeVisible();
    await expect(advisor.planTable.getByRole('row')).not.toHaveCount(1);
    await expect(advisor.certificate()).toBeVisible();
    await expect(advisor.region.getByText(/1-move|local optimum|steps/)).toHaveCount(0);

    // Apply: the planned purchases become the plan's, in one undoable step.
    await advisor.applyButton.click();
    await expect(advisor.applyButton).toHaveText('Plan applied');
    await expect(
      advisor.region.getByText(/^Applied: these are now the planned purchases/),
    ).toBeVisible();
    await expect(simulator.packageCard('General Text 1M')).toHaveCount(0);
    await expect(simulator.packageCards().filter({ hasText: 'advised' }).first()).toBeVisible();
    await expect(advisor.caseValue('Savings', 'Expected')).not.toHaveText(savingsBefore ?? '');
    await advisor.screenshot('advisor-applied');

    // Ctrl+Z brings back the packages as they were, and with them the savings.
    await page.keyboard.press('Control+Z');
    await expect(simulator.packageCard('General Text 1M')).toBeVisible();
    await expect(simulator.packageCards()).toHaveCount(packagesBefore);
    await expect(advisor.caseValue('Savings', 'Expected')).toHaveText(savingsBefore ?? '');
    await expect(advisor.applyButton).toHaveText('Apply this plan');
    await expect(advisor.applyButton).toBeEnabled();
    expect(simulator.errors()).toEqual([]);
  });

  test('certifies the plan with the exact solver, and applies and undoes it', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    const packagesBefore = await simulator.packageCards().count();
    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await expect(
      advisor.certificate(
        /^(This is the cheapest possible plan \(proven\)\.|This plan costs at most \d+(\.\d+)?\s?% more than the cheapest possible plan\.)/,
      ),
    ).toBeVisible();
    await expect(advisor.certificate(/could not be loaded/)).toHaveCount(0);
    await advisor.applyButton.click();
    await expect(advisor.applyButton).toHaveText('Plan applied');
    await page.keyboard.press('Control+Z');
    await expect(simulator.packageCards()).toHaveCount(packagesBefore);
    await expect(advisor.applyButton).toHaveText('Apply this plan');
    expect(simulator.errors()).toEqual([]);
  });

  test('says a plan is stale once the scenario changes, and will not apply it', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await simulator.scenarioName.fill('Renamed after the search');
    await expect(advisor.region.getByText(/changed since this plan was found/)).toBeVisible();
    await expect(advisor.applyButton).toBeDisabled();
    await expect(advisor.addAsVariantButton).toBeDisabled();
    expect(simulator.errors()).toEqual([]);
  });

  test('plans for the worst case of the low and high usage', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await advisor.objective('Worst case').check();
    await advisor.findButton.click();
    await expect(advisor.planHeading('worst')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await expect(
      advisor.region.getByRole('definition').filter({ hasText: 'your current plan:' }),
    ).toBeVisible();
    expect(simulator.errors()).toEqual([]);
  });

  test('shows low, expected and high cases and checks what is typed', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    const demo = checkDraft(DEMO_DRAFT);
    if (!demo.parsed.ok) throw new Error('the demo must be valid');
    const calls = demo.parsed.scenario.streams.flatMap((stream) => stream.monthlyCalls);
    const total = calls.reduce((sum, value) => sum + value, 0);
    const low = calls.reduce((sum, value) => sum + Math.round((value * 80) / 100), 0);
    await advisor.showCases();
    await expect(advisor.caseValue('Calls', 'Expected')).toHaveText(count(total));
    await expect(advisor.caseValue('Calls', 'Low')).toHaveText(count(low));

    await advisor.lowCase.fill('15');
    await expect(advisor.region.getByText('must be a percentage from -100 to 0')).toBeVisible();
    await expect(advisor.lowCase).toHaveAttribute('aria-invalid', 'true');
    await advisor.objective('Worst case').check();
    await expect(advisor.findButton).toBeDisabled();
    await expect(
      advisor.region.getByText('Fix the low and high cases to plan for the worst case.'),
    ).toBeVisible();
    await advisor.lowCase.fill('-50');
    await expect(
      advisor.casesTable.getByRole('columnheader', { name: /^Low \(−50\s%\)$/ }),
    ).toBeVisible();
    await expect(advisor.findButton).toBeEnabled();
  });

  test('will not search an invalid scenario, and says why', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await simulator.packageCard('General Text 1M').getByLabel('Validity').fill('a year');
    await expect(advisor.findButton).toBeDisabled();
    await expect(
      advisor.region.getByText(/^The scenario has 1 problem: fix it to find a plan\.$/),
    ).toBeVisible();
  });
});

test.describe('without the exact solver', () => {
  // The service worker would fetch the solver past the routes: none here.
  test.use({ serviceWorkers: 'block' });

  test('says plainly when the exact solver cannot be loaded, and still plans', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    // The solver's script and WebAssembly are blocked (the worker's requests too, hence the
    // context): the quick search answers alone, on a scenario it cannot prove by itself.
    await context.route(/\/assets\/highs-[^/]*\.(js|wasm)$/, (route) => route.abort());
    const advisor = new AdvisorSection(page);
    await advisor.openLargeScenario();
    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await expect(
      advisor.certificate(
        'The exact solver could not be loaded, so this is the best plan the quick search found; it may not be the cheapest.',
      ),
    ).toBeVisible();
    await expect(advisor.applyButton).toBeEnabled();
  });
});

test.describe('without the price catalog', () => {
  // A service worker would fetch the catalog past the page's routes: none here.
  test.use({ serviceWorkers: 'block' });

  test('says so when the price catalog is unavailable', async ({ page }) => {
    await page.route('**/catalogs/international.json', (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await expect(
      advisor.region.getByText(
        /price catalog is unavailable: the advisor and the break-even table/,
      ),
    ).toBeVisible();
    await expect(advisor.findButton).toBeDisabled();
    await expect(
      advisor.region.getByText(/^The price catalog is unavailable: the advisor needs/),
    ).toBeVisible();
    // The three cases need no catalog.
    await advisor.showCases();
    await expect(advisor.caseValue('Total cost', 'Expected')).toBeVisible();
  });
});

test.describe('break-even by package size', () => {
  test('lists each size of the chosen stream with the engine’s break-even volumes', async ({
    page,
  }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    await simulator.goto();
    await advisor.streamSelect.selectOption({ label: 'Passport in CN-Hong Kong' });
    await advisor.showBreakEven();

    const catalog = readCatalog();
    const demo = checkDraft(DEMO_DRAFT);
    if (!demo.parsed.ok) throw new Error('the demo must be valid');
    const price = findPriceEntry(
      demo.parsed.scenario.payPerUse,
      'passport',
      'ap-southeast-1',
    ) as PayPerUsePrice;
    const offers = catalogOffers(catalog, 'passport');
    await expect(advisor.breakEvenTable.getByRole('row')).toHaveCount(offers.length + 1);
    for (const offer of offers.slice(0, 3)) {
      const found = breakEven(offer, price);
      const size =
        offer.calls >= 1_000_000 ? `${offer.calls / 1_000_000}M` : `${offer.calls / 1000}k`;
      await expect(advisor.breakEvenRow(size)).toContainText(
        found ? count(found.volume) : 'never pays off',
      );
    }
    await expect(AdvisorSection.drawing(advisor.volumeChart)).toHaveAttribute(
      'aria-label',
      /Passport in CN-Hong Kong/,
    );
    await advisor.volumeChart.getByText('Show the data as a table').click();
    await expect(
      advisor.volumeChart.getByRole('columnheader', { name: 'Pay-per-use only' }),
    ).toBeVisible();
    expect(simulator.errors()).toEqual([]);
  });
});

test.describe('compare variants', () => {
  test('keeps, renames, limits to three, removes and remembers variants', async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    const compare = new CompareSection(page);
    await simulator.goto();
    await compare.keep('Current plan');
    await expect(compare.variant('Current plan')).toBeVisible();

    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await advisor.addAsVariantButton.click();
    await expect(compare.variant("Advisor's plan")).toBeVisible();
    await expect(compare.totalsTable).toBeVisible();
    await expect(await compare.total('Total cost', 'Current plan')).toHaveText(
      (await simulator.summaryValue('Total cost').textContent()) ?? '',
    );
    await expect(await compare.total('Total cost', "Advisor's plan")).toContainText(/vs|same|[+−]/);
    await expect(AdvisorSection.drawing(compare.chart)).toHaveAttribute('aria-label', /2 variants/);

    await compare.variant("Advisor's plan").getByLabel('Name').fill('Cheapest');
    await expect(compare.variant('Cheapest')).toBeVisible();
    await compare.keep('Third');
    await expect(compare.keepButton).toBeDisabled();
    await expect(
      compare.region.getByText('3 variants are kept: remove one to keep another.'),
    ).toBeVisible();
    await expect(advisor.addAsVariantButton).toBeDisabled();
    await simulator.screenshot('compare-three');

    // No WCAG 2.2 AA violation in the advisor (its plan shown) or the comparison.
    const audit = await new AxeBuilder({ page })
      .include('#advisor')
      .include('#compare')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      audit.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);

    await compare.variant('Third').getByRole('button', { name: 'Remove' }).click();
    await expect(compare.variant('Third')).toHaveCount(0);
    await expect(compare.keepButton).toBeEnabled();

    await page.reload();
    await expect(compare.variant('Current plan')).toBeVisible();
    await expect(compare.variant('Cheapest')).toBeVisible();
    expect(simulator.errors()).toEqual([]);
  });

  test('works at phone width with no sideways scrolling of the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const simulator = new SimulatorPage(page);
    const advisor = new AdvisorSection(page);
    const compare = new CompareSection(page);
    await simulator.goto();
    await compare.keep('Phone');
    await advisor.findButton.click();
    await expect(advisor.planHeading('expected')).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await advisor.addAsVariantButton.click();
    await expect(AdvisorSection.drawing(compare.chart)).toBeVisible();
    await expect(AdvisorSection.drawing(advisor.volumeChart)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await simulator.screenshot('advisor-phone');
    expect(simulator.errors()).toEqual([]);
  });
});

function readCatalog(): Catalog {
  const parsed = parseCatalog(
    JSON.parse(
      readFileSync(new URL('../public/catalogs/international.json', import.meta.url), 'utf8'),
    ),
  );
  if (!parsed.ok) throw new Error('the catalog must be valid');
  return parsed.catalog;
}
