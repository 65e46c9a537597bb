import type { Page } from '@playwright/test';

/** Backups: making one now, and restoring one after confirming. */
export class Backups {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Backups' });
  }
  get backupMade() {
    return this.page.getByText(/Backup made:/);
  }
  get restored() {
    return this.page.getByText(/Restored\./);
  }
  get restoreButton() {
    return this.page.getByRole('button', { name: 'Restore this backup' });
  }

  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Backups' }).click();
  }

  async makeABackupNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Make a backup now' }).click();
  }

  /** Chooses the backup a worker made (not a daily one) and asks to restore it. */
  async restoreTheBackupAWorkerMade(): Promise<void> {
    await this.page.getByLabel(/Made by a worker/).check();
    await this.restoreButton.click();
  }

  async confirmReplacingTheCaseRecords(): Promise<void> {
    await this.page.getByLabel('I understand that the case records will be replaced by this backup').check();
    await this.restoreButton.click();
  }
}
