import { expect, test } from '@playwright/test';
import { expectAccessible, freshDataDir, retype, startApp, tabTo, type RunningApp } from './app';

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

test('a worker sets an unlock PIN by keyboard alone; then only the PIN unlocks Crossings', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await tabTo(page, page.getByRole('link', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Set or change the PIN that unlocks Crossings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Set an unlock PIN' })).toBeVisible();
  await expectAccessible(page);

  // Too short, and two different PINs: each is said, and nothing is set.
  await retype(page, page.getByLabel('New PIN', { exact: true }), '1234');
  await retype(page, page.getByLabel('Type the new PIN again'), '1234');
  await tabTo(page, page.getByRole('button', { name: 'Set PIN' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Your PIN must be at least 6 numbers long');
  await retype(page, page.getByLabel('New PIN', { exact: true }), '482913');
  await retype(page, page.getByLabel('Type the new PIN again'), '482931');
  await tabTo(page, page.getByRole('button', { name: 'Set PIN' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('The two new PINs are not the same');
  await expectAccessible(page);
  await retype(page, page.getByLabel('Type the new PIN again'), '482913');
  await tabTo(page, page.getByRole('button', { name: 'Set PIN' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your unlock PIN is set.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your unlock PIN' })).toBeVisible();

  // Locked at once; the name no longer unlocks, a wrong PIN is refused, the right one unlocks.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Unlock Crossings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your name')).toHaveCount(0);
  await expect(page.getByLabel('Your PIN', { exact: true })).toBeFocused();
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await expect(page.getByText('That is not your PIN. Check it and try again.')).toBeVisible();
  await expect(page.getByLabel('Your PIN', { exact: true })).toHaveValue('');
  await expectAccessible(page);
  await page.keyboard.type('482913');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Change your unlock PIN' })).toBeVisible();

  // With a PIN, reopening Crossings (here, reloading the page) starts it locked: no way round the PIN.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Change your unlock PIN' })).toBeHidden();

  // A forgotten PIN is removed with the recovery key written down at first run (here, printed by browser mode).
  const recoveryKey = /\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b/.exec(app.output())?.[0];
  expect(recoveryKey).toBeTruthy();
  await tabTo(page, page.getByRole('button', { name: 'Unlock Crossings' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('summary', { hasText: 'Forgotten your PIN?' }));
  await page.keyboard.press('Enter');
  await retype(page, page.getByLabel('Recovery key'), 'ABCD-EFGH');
  await page.keyboard.press('Enter');
  await expect(page.getByText('That is not the recovery key for these case records.')).toBeVisible();
  await expectAccessible(page);
  await retype(page, page.getByLabel('Recovery key'), recoveryKey!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeHidden();
  // The PIN is gone: reopening does not lock, and a new one can be set without the old.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Set an unlock PIN' })).toBeVisible();
  await expect(page.getByLabel('Your current PIN')).toHaveCount(0);
});
