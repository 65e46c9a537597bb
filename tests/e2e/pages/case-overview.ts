import type { Page } from '@playwright/test';

/** A case's overview, and the case sections navigation a worker moves around the case with. */
export class CaseOverview {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Overview' });
  }
  get child() {
    return this.page.getByRole('region', { name: 'Child' });
  }
  get exampleBanner() {
    return this.page.getByText('Example case: every person and detail in it is fictional');
  }
  get sections() {
    return this.page.getByRole('navigation', { name: 'Case sections' });
  }

  constructor(private readonly page: Page) {}

  /** Follows the first link of that name (the sections list, or the overview's task list). */
  async openSection(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
  }

  /** Follows the link in the case sections navigation itself. */
  async openFromSections(name: string): Promise<void> {
    await this.sections.getByRole('link', { name }).click();
  }

  task(name: string) {
    return this.page.locator('.govuk-task-list__item').filter({ hasText: name });
  }

  /** The case reference, as the Child region shows it first. */
  async caseReference(): Promise<string> {
    return (await this.child.locator('dd').first().textContent())!.trim();
  }

  async closeTheCase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Change case details' }).click();
    await this.page.getByRole('group', { name: 'Case status' }).getByLabel('Closed').check();
    await this.page.getByRole('button', { name: /^Save/ }).click();
  }
}
