import type { Locator, Page } from '@playwright/test';

/** Page object for the OCR billing simulator's single page. */
export class SimulatorPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly main: Locator;

  constructor(page: Page) {
    this.page = page;
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'OCR billing simulator' });
  }

  async goto(): Promise<void> {
    await this.page.goto('./');
  }
}
