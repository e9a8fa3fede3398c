import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_DRAFT } from '../../src/store/demo';
import type { ScenarioDraft, StreamDraft } from '../../src/store/draft';
import { STORE_VERSION, storedStateWith } from '../../src/store/persisted';

const STORAGE_KEY = 'ocr-billing-simulator';

/** Page object for the purchase advisor: roles and labels only. */
export class AdvisorSection {
  readonly page: Page;
  readonly region: Locator;
  readonly findButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly applyButton: Locator;
  readonly addAsVariantButton: Locator;
  readonly planTable: Locator;
  readonly lowCase: Locator;
  readonly highCase: Locator;
  readonly casesTable: Locator;
  readonly breakEven: Locator;
  readonly streamSelect: Locator;
  readonly breakEvenTable: Locator;
  readonly volumeChart: Locator;

  constructor(page: Page) {
    this.page = page;
    this.region = page.getByRole('region', { name: 'Purchase advisor' });
    const plan = this.region.getByRole('region', { name: 'The cheapest plan' });
    this.findButton = plan.getByRole('button', { name: 'Find the cheapest plan' });
    this.cancelButton = plan.getByRole('button', { name: 'Cancel' });
    this.progress = plan.getByRole('progressbar', { name: 'Finding the cheapest plan' });
    this.applyButton = plan.getByRole('button', { name: /^(Apply this plan|Plan applied)$/ });
    this.addAsVariantButton = plan.getByRole('button', {
      name: "Add the advisor's plan as a variant",
    });
    this.planTable = plan.getByRole('table', { name: 'What to buy, and when' });
    this.lowCase = this.region.getByLabel('Low case', { exact: true });
    this.highCase = this.region.getByLabel('High case', { exact: true });
    this.casesTable = this.region.getByRole('table', { name: /calls lower, as projected/ });
    this.breakEven = this.region.getByRole('region', { name: 'Break-even by package size' });
    this.streamSelect = this.breakEven.getByLabel('Stream');
    this.breakEvenTable = this.breakEven.getByRole('table', { name: /package size against/ });
    this.volumeChart = this.breakEven.getByRole('figure', {
      name: /^Cost over \d+ months against monthly volume$/,
    });
  }

  /** The drawing of a chart, named by its summary. */
  static drawing(figure: Locator): Locator {
    return figure.getByRole('img', { name: /^Line chart/ });
  }

  /**
   * Scrolls to the low / expected / high table: worked out (three simulations) only once it
   * nears the screen.
   */
  async showCases(): Promise<void> {
    await this.region
      .getByRole('heading', { name: 'How sure: low, expected and high usage' })
      .scrollIntoViewIfNeeded();
    await this.casesTable.waitFor();
  }

  /** Scrolls to the break-even table and chart, worked out only once they near the screen. */
  async showBreakEven(): Promise<void> {
    await this.breakEven.scrollIntoViewIfNeeded();
    await this.streamSelect.scrollIntoViewIfNeeded();
    await this.breakEvenTable.waitFor();
  }

  /** The advisor's spoken status ("Search cancelled…", "Found a plan…"). */
  status(text: string | RegExp): Locator {
    return this.region.getByRole('status').filter({ hasText: text });
  }

  /** The sentence that says how close the plan is to the cheapest (proven, a gap, or not known). */
  certificate(
    text: string | RegExp = /cheapest possible plan|could not be loaded|could not finish/,
  ): Locator {
    return this.region.getByRole('region', { name: 'The cheapest plan' }).getByText(text).first();
  }

  planHeading(objective: 'expected' | 'worst'): Locator {
    return this.region.getByRole('heading', {
      name: objective === 'expected' ? 'Plan for the expected usage' : 'Plan for the worst case',
    });
  }

  objective(label: 'Expected usage' | 'Worst case'): Locator {
    return this.region.getByRole('radio', { name: label });
  }

  /** One figure of the low / expected / high table, by its row header and its column (0 low, 1 expected, 2 high). */
  caseValue(row: string, column: 'Low' | 'Expected' | 'High'): Locator {
    const index = { Low: 0, Expected: 1, High: 2 } as const;
    return this.casesTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: row, exact: true }) })
      .getByRole('cell')
      .nth(index[column]);
  }

  breakEvenRow(size: string): Locator {
    return this.breakEvenTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: size, exact: true }) });
  }

  /** A screenshot of the advisor alone (the whole page of a large scenario takes long to capture). */
  async screenshot(name: string): Promise<void> {
    await this.region.screenshot({ path: `test-results/screenshots/${name}.png` });
  }

  /** Opens the page on a larger scenario than the demo, written to localStorage before the app loads. */
  async openLargeScenario(): Promise<ScenarioDraft> {
    const draft = largeScenario();
    await this.page.addInitScript(
      ({ key, value }) => {
        if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
      },
      {
        key: STORAGE_KEY,
        value: JSON.stringify({
          state: storedStateWith(draft, Date.now()),
          version: STORE_VERSION,
        }),
      },
    );
    await this.page.goto('./');
    // Cards after the first of each list mount in turns at load; the page says when it is done.
    await expect(this.page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
    return draft;
  }
}

/** Page object for the comparison of kept variants. */
export class CompareSection {
  readonly region: Locator;
  readonly nameField: Locator;
  readonly keepButton: Locator;
  readonly totalsTable: Locator;
  readonly chart: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Compare variants' });
    this.nameField = this.region.getByLabel('Name of the variant to keep');
    this.keepButton = this.region.getByRole('button', { name: 'Keep this variant for comparison' });
    this.totalsTable = this.region.getByRole('table', { name: /totals/ });
    this.chart = this.region.getByRole('figure', { name: 'Cumulative cost' });
  }

  variant(name: string): Locator {
    return this.region.getByRole('group', { name, exact: true });
  }

  async keep(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.keepButton.click();
  }

  /** One total of one variant, found by the table's row and column headers. */
  async total(row: string, variant: string): Promise<Locator> {
    return cellOf(this.totalsTable, row, variant);
  }
}

/** The cell of a table at a row header and a column header (both exact). */
async function cellOf(table: Locator, row: string, column: string): Promise<Locator> {
  const headers = (await table.getByRole('columnheader').allTextContents()).map((text) =>
    text.trim(),
  );
  const index = headers.indexOf(column);
  if (index < 1) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .nth(index - 1);
}

/**
 * The demo over five years with nine more streams (its three APIs in other regions): planning
 * for the worst case of it takes seconds, long enough to cancel.
 */
function largeScenario(): ScenarioDraft {
  const base = DEMO_DRAFT.streams[0] as StreamDraft;
  const taken = new Set(DEMO_DRAFT.streams.map((stream) => `${stream.api} ${stream.region}`));
  const extra: StreamDraft[] = [];
  for (const region of ['ap-southeast-2', 'ap-southeast-3', 'la-south-2', 'la-north-2'])
    for (const api of ['passport', 'general-text', 'general-table']) {
      if (taken.has(`${api} ${region}`) || extra.length === 9) continue;
      const number = extra.length + 1;
      extra.push({
        ...base,
        id: `extra-${number}`,
        api,
        region,
        generator: {
          ...base.generator,
          firstMonth: String(10_000 + number * 9000),
          growthPercent: String(1 + (number % 4)),
        },
      });
    }
  return {
    ...DEMO_DRAFT,
    name: 'Demo: Example Shipping Co. (fictional), five years, twelve streams',
    months: '60',
    streams: [...DEMO_DRAFT.streams, ...extra],
  };
}
