import type { Download, Page } from '@playwright/test';

/** Handing a case over to another worker as a password-protected file, and importing one. */
export class Handover {
  get importHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Import a case handed over to you' });
  }
  get downloaded() {
    return this.page.getByText(/has been downloaded/);
  }

  constructor(private readonly page: Page) {}

  async typePasswords(password: string, again: string): Promise<void> {
    await this.page.getByLabel('Password for the hand-over file').fill(password);
    await this.page.getByLabel('Type the password again').fill(again);
  }

  async retypePassword(again: string): Promise<void> {
    await this.page.getByLabel('Type the password again').fill(again);
  }

  async handOver(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hand over this case' }).click();
  }

  /** Hands the case over and answers the file that downloads. */
  async handOverAndDownload(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.handOver()]);
    return download;
  }

  async importFile(file: string, password: string): Promise<void> {
    await this.page.getByLabel('Hand-over file').setInputFiles(file);
    await this.retypeImportPassword(password);
  }

  async retypeImportPassword(password: string): Promise<void> {
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Import the case' }).click();
  }
}
