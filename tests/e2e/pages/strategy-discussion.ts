import type { Page } from '@playwright/test';

/** The strategy discussion or meeting: how it is held, when, who chairs it and who is invited. */
export class StrategyDiscussion {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Strategy discussion' });
  }
  get discussion() {
    return this.page.getByLabel('Strategy discussion', { exact: true });
  }
  get meeting() {
    return this.page.getByLabel('Strategy meeting', { exact: true });
  }
  get date() {
    return this.page.getByRole('group', { name: 'Date' });
  }
  get time() {
    return this.page.getByLabel('Time');
  }
  get chair() {
    return this.page.getByLabel('Who chairs it');
  }
  get invited() {
    return this.page.getByLabel('Who is invited');
  }
  get saveButton() {
    return this.page.getByRole('button', { name: 'Save' });
  }
  get saved() {
    return this.page.getByText(/^Saved at/);
  }

  constructor(private readonly page: Page) {}
}
