import type { Page } from '@playwright/test';

/** A case's audit trail: who opened and changed it, and the check that the log is whole. */
export class AuditTrail {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Audit trail' });
  }
  get trail() {
    return this.page.getByRole('table', { name: /Audit trail for case/ });
  }
  get intact() {
    return this.page.getByText(/The audit log is intact/);
  }

  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Audit trail' }).click();
  }

  async checkItHasNotBeenTamperedWith(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the audit log has not been tampered with' }).click();
  }
}
