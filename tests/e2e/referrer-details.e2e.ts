import { expect, test } from '@playwright/test';
import { expectAccessible, freshDataDir, generatedPdfText, retype, startApp, tabTo, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('a worker gives their own details for referral forms by keyboard alone, and the referral carries them', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await tabTo(page, page.getByRole('link', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your details for referral forms' })).toBeVisible();

  await retype(page, page.getByLabel('Your role'), 'Social worker, children’s services');
  await retype(page, page.getByLabel('Your team and organisation'), 'Assessment Team East, Birmingham Children’s Trust');
  await tabTo(page, page.getByRole('combobox', { name: 'Your organisation as the NRM form lists it' }));
  await page.keyboard.type('birmingham city');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Your organisation as the NRM form lists it' })).toHaveValue('Birmingham City Council');
  await retype(page, page.getByLabel('Your work phone number'), '0121 496 0000');
  await retype(page, page.getByLabel('Your work email address'), 'sam.worker at example.gov.uk');
  await tabTo(page, page.getByRole('button', { name: 'Save settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Enter your work email address in the right form, like name@example.gov.uk');
  await expectAccessible(page);

  await retype(page, page.getByLabel('Your work email address'), 'sam.worker@example.gov.uk');
  await tabTo(page, page.getByRole('button', { name: 'Save settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Settings saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your work phone number')).toHaveValue('0121 496 0000');
  await expect(page.getByRole('combobox', { name: 'Your organisation as the NRM form lists it' })).toHaveValue('Birmingham City Council');

  // The children's services referral for the example case names the worker with these details.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Documents' }).click();
  await page.getByLabel('Children’s services', { exact: true }).check();
  await page.getByRole('button', { name: /Generate Multi-agency referral to children’s services/ }).click();
  await expect(page.getByText(/Multi-agency referral to children’s services \(MASH \/ MARF\) is ready\./)).toBeVisible();
  const text = await generatedPdfText(page);
  expect(text).toContain('0121 496 0000');
  expect(text).toContain('sam.worker@example.gov.uk');
  expect(text).toContain('Social worker, children’s services');
});
