import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the OCR billing simulator's single page: roles and labels only. */
export class SimulatorPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly main: Locator;
  readonly results: Locator;
  readonly packages: Locator;
  readonly usage: Locator;
  readonly summary: Locator;
  readonly addPackageButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly scenarioName: Locator;
  readonly staleNotice: Locator;
  /** The language picker, named "Language" or "语言" in the language it shows. */
  readonly language: Locator;
  private readonly problems: string[] = [];

  constructor(page: Page) {
    this.page = page;
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'OCR billing simulator' });
    this.results = page.getByRole('region', { name: 'Results' });
    this.packages = page.getByRole('region', { name: 'Packages' });
    this.usage = page.getByRole('region', { name: 'Usage' });
    this.summary = this.results.getByRole('region', { name: 'Summary' });
    this.addPackageButton = this.packages.getByRole('button', { name: 'Add a package' });
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.redoButton = page.getByRole('button', { name: 'Redo' });
    this.scenarioName = page.getByLabel('Estimate name');
    this.staleNotice = this.results.getByRole('status').filter({ hasText: 'out of date' });
    this.language = page.getByRole('combobox', { name: /^(Language|语言)$/ });
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
  }

  async goto(path = './'): Promise<void> {
    await this.page.goto(path);
    await this.ready();
  }

  /**
   * Waits for the whole page: index.html shows the heading before the app runs, and the app
   * mounts its sections one after another, the comparison last.
   */
  async ready(): Promise<void> {
    await expect(this.heading).toBeVisible();
    // The built page shows before the app runs, and holds clicks and typing back until the app
    // answers on it (build/content-security-policy.ts).
    await this.page.waitForFunction(() => !document.documentElement.classList.contains('booting'));
    await expect(this.main).toBeVisible();
    await this.page.getByRole('region', { name: 'Compare variants' }).waitFor();
    // Cards after the first of each list mount in turns at load; the page says when it is done.
    await expect(this.main).not.toHaveAttribute('aria-busy', 'true');
  }

  /** Switches the page's language by the name the picker lists it under ("简体中文", "English"). */
  async chooseLanguage(name: 'English' | '简体中文'): Promise<void> {
    await this.language.selectOption({ label: name });
  }

  /** Console errors and uncaught page errors seen so far. */
  errors(): readonly string[] {
    return this.problems;
  }

  chart(title: string): Locator {
    return this.results.getByRole('figure', { name: title });
  }

  /** Scrolls to a chart, which is drawn only once it nears the screen, and waits for the drawing. */
  async showChart(title: string): Promise<void> {
    await this.chart(title).scrollIntoViewIfNeeded();
    await expect(this.chart(title).getByText('Drawing the chart…')).toHaveCount(0);
  }

  packageCard(name: string): Locator {
    return this.packages.getByRole('group', { name, exact: true });
  }

  /** A package's line in the legend table of "Package consumption" (its stroke is its colour). */
  packageLine(name: string): Locator {
    return this.chart('Package consumption')
      .getByRole('rowheader', { name, exact: true })
      .locator('svg line');
  }

  /** The line mark in a package card's heading: the package's colour in the charts. */
  cardLine(card: Locator): Locator {
    return card.locator('legend svg line');
  }

  packageCards(): Locator {
    return this.packages
      .getByRole('group')
      .filter({ has: this.page.getByRole('button', { name: /^Remove / }) });
  }

  /** The shown value of a summary figure, found by its term. */
  summaryValue(term: string): Locator {
    return this.summary.getByRole('group', { name: term, exact: true }).getByRole('definition');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
