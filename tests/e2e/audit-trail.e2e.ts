import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { expectAccessible, freshDataDir, startApp, type RunningApp } from './app';

/** The case's audit trail, handing a case over, and locking the window, in browser mode. */

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('a worker sees who opened and changed a case, hands it over, and locks the window', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // Hand the case over: the password twice, then the file downloads.
  await page.getByLabel('Password for the hand-over file').fill('three words together');
  await page.getByLabel('Type the password again').fill('three words differ');
  await page.getByRole('button', { name: 'Hand over this case' }).click();
  await expect(page.getByRole('link', { name: 'The two passwords are not the same. Type it again' })).toBeVisible();
  await page.getByLabel('Type the password again').fill('three words together');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hand over this case' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^EXAMPLE-\d+-handover-\d{4}-\d{2}-\d{2}\.crossings$/);
  const saved = await download.path();
  expect(JSON.parse(fs.readFileSync(saved!, 'utf8'))).toMatchObject({ format: 'crossings-handover', version: 2 });
  await expect(page.getByText(/has been downloaded/)).toBeVisible();
  await expectAccessible(page);

  // The audit trail lists the hand-over, the opening and the loading, newest first.
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  const trail = page.getByRole('table', { name: /Audit trail for case/ });
  await expect(trail).toContainText('Case exported for hand-over');
  await expect(trail).toContainText('Case opened');
  await expect(trail).toContainText('Example case loaded');
  await expect(trail).toContainText('Sam Worker');
  await expect(trail.getByRole('row').nth(1)).toContainText('Case exported for hand-over');
  await page.getByRole('button', { name: 'Check the audit log has not been tampered with' }).click();
  await expect(page.getByText(/The audit log is intact/)).toBeVisible();
  await expectAccessible(page);

  // Importing the same file here is refused: the case is already on this computer.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Import a case handed over to you' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a case handed over to you' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Hand-over file').setInputFiles(saved!);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Import the case' }).click();
  await expect(page.getByRole('link', { name: 'The password is not right' })).toBeVisible();
  await page.getByLabel('Password').fill('three words together');
  await page.getByRole('button', { name: 'Import the case' }).click();
  await expect(page.getByText(/is already on this computer/)).toBeVisible();

  // Ctrl+Shift+L blanks the window at once; the worker unlocks with their name.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import a case handed over to you' })).toBeHidden();
  await expect(page).toHaveTitle('Crossings is locked');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Unlock Crossings' }).click();
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('That is not the name Crossings knows you by')).toBeVisible();
  await page.getByLabel('Your name').fill('sam worker');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a case handed over to you' })).toBeVisible();
});

test('a worker closes a case, sets the retention rule, finds the case in the review list and deletes it', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);

  // The retention rule and the lock time are settings.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Years after the case is closed')).toHaveValue('6');
  await expect(page.getByLabel('Keep at least until the child’s birthday at this age')).toHaveValue('25');
  await expect(page.getByLabel('Lock Crossings after this many minutes without use')).toHaveValue('10');
  await expectAccessible(page);
  await page.getByLabel('Keep at least until the child’s birthday at this age').fill('');
  await page.getByLabel('Years after the case is closed').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const reference = (await page.getByRole('region', { name: 'Child' }).locator('dd').first().textContent())!.trim();
  await page.getByRole('button', { name: 'Change case details' }).click();
  await page.getByRole('group', { name: 'Case status' }).getByLabel('Closed').check();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: 'Cases due for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases due for review' })).toBeVisible();
  const due = page.getByRole('table', { name: 'Due for review now' });
  await expect(due).toContainText(reference);
  await expectAccessible(page);

  await due.getByRole('link', { name: `Delete case ${reference}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Delete this case' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/To confirm, type the case reference/).fill('wrong');
  await page.getByRole('button', { name: 'Delete this case' }).click();
  await expect(page.getByRole('link', { name: new RegExp(`Type the case reference, ${reference}`) })).toBeVisible();
  await page.getByLabel(/To confirm, type the case reference/).fill(reference);
  await page.getByRole('button', { name: 'Delete this case' }).click();
  await expect(page.getByText(`Case ${reference} has been deleted`)).toBeVisible();
  await expect(page.getByText('No case is due for review.')).toBeVisible();
});
