import type { Page } from '@playwright/test';

/** Cases due for review under the retention rule, and deleting one after typing its reference. */
export class Review {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Cases due for review' });
  }
  get dueNow() {
    return this.page.getByRole('table', { name: 'Due for review now' });
  }
  get deleteHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Delete this case' });
  }
  get noneDue() {
    return this.page.getByText('No case is due for review.');
  }

  constructor(private readonly page: Page) {}

  async startDeleting(reference: string): Promise<void> {
    await this.dueNow.getByRole('link', { name: `Delete case ${reference}` }).click();
  }

  /** Types the reference to confirm (or a wrong one) and presses Delete. */
  async confirmDeletingWith(typed: string): Promise<void> {
    await this.page.getByLabel(/To confirm, type the case reference/).fill(typed);
    await this.page.getByRole('button', { name: 'Delete this case' }).click();
  }
}
