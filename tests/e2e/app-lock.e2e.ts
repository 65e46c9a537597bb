import { expect, test } from '@playwright/test';
import { expectAccessible, freshDataDir, startApp, type RunningApp } from './app';

/** The window locks after the idle time, with the GOV.UK timeout warning a minute before, all by keyboard. */

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('after 9 minutes idle a warning says Crossings will lock; keeping it open by keyboard, then locking at 10 minutes', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.clock.install();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.clock.fastForward('09:01');
  const warning = page.getByRole('dialog', { name: 'Crossings is about to lock' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/will lock in \d+ seconds/);
  await expect(warning.getByRole('button', { name: 'Keep Crossings open' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.clock.fastForward('10:01');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Child' })).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByLabel('Your name').fill('Sam Worker');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Child' })).toBeVisible();
});
