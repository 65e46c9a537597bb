import { expect, test } from '@playwright/test';
import { expectAccessible, freshDataDir, startApp, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('a worker makes a backup and restores it after confirming, and what was saved since is gone', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await page.getByRole('button', { name: 'Make a backup now' }).click();
  await expect(page.getByText(/Backup made:/)).toBeVisible();
  await expectAccessible(page);

  // A case started after the backup...
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Given name or names').fill('Zofia');
  await page.getByLabel('Family name').fill('Nowak');
  await page.getByLabel('Scotland').check();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // ...is not in the backup once it is restored. Restoring needs a confirmation.
  await page.getByRole('link', { name: 'Backups' }).click();
  const manual = page.getByLabel(/Made by a worker/);
  await manual.check();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm that the case records will be replaced');
  await page.getByLabel('I understand that the case records will be replaced by this backup').check();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/Restored\./)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Thị Mai Trần' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zofia Nowak' })).toHaveCount(0);
});
