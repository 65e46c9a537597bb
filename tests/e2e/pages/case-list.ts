import { expect, type Page } from '@playwright/test';

/** The list of cases: the first page, where a worker finds, starts, loads or imports a case. */
export class CaseList {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Cases' });
  }
  get noCasesYet() {
    return this.page.getByText('No cases yet');
  }
  get findBox() {
    return this.page.getByLabel('Find a case');
  }
  get matchCount() {
    return this.page.getByRole('status').filter({ hasText: 'case matches' });
  }
  get startNewCaseButton() {
    return this.page.getByRole('button', { name: 'Start a new case' });
  }
  get loadExampleCaseButton() {
    return this.page.getByRole('button', { name: 'Load the example case' });
  }

  constructor(private readonly page: Page) {}

  /** The Cases link in the header, from anywhere in the app. */
  async goTo(): Promise<void> {
    await this.page.getByRole('link', { name: 'Cases', exact: true }).click();
  }

  async startNewCase(): Promise<void> {
    await this.startNewCaseButton.click();
  }

  /** Loads the fictional example case (Thị Mai Trần) and waits for its overview. */
  async loadExampleCase(): Promise<void> {
    await this.loadExampleCaseButton.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  }

  async find(text: string): Promise<void> {
    await this.findBox.fill(text);
  }

  caseLink(name: string | RegExp) {
    return this.page.getByRole('link', { name });
  }

  async openCase(name: string): Promise<void> {
    await this.caseLink(name).click();
  }

  async importACaseHandedOver(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import a case handed over to you' }).click();
  }

  async openCasesDueForReview(): Promise<void> {
    await this.page.getByRole('link', { name: 'Cases due for review' }).click();
  }
}
