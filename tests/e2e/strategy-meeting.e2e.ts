import { expect, test } from '@playwright/test';
import { expectAccessible, freshDataDir, generatedPdfText, retype, startApp, tabTo, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test('a worker records the strategy discussion by keyboard alone, and the meeting pack opens with it', async ({ page, context }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByText('Example case: every person and detail in it is fictional')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Case sections' });
  await tabTo(page, nav.getByRole('link', { name: 'Strategy discussion' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy discussion' })).toBeVisible();
  await expectAccessible(page);
  // The example case comes with a discussion arranged.
  await expect(page.getByLabel('Strategy discussion', { exact: true })).toBeChecked();

  // A meeting instead, on a date that does not exist and a time in the wrong form: the check names both.
  await tabTo(page, page.getByLabel('Strategy discussion', { exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Strategy meeting', { exact: true })).toBeChecked();
  const date = page.getByRole('group', { name: 'Date' });
  await retype(page, date.getByLabel('Day'), '31');
  await retype(page, date.getByLabel('Month'), '11');
  await retype(page, date.getByLabel('Year'), '2026');
  await retype(page, page.getByLabel('Time'), '930');
  await retype(page, page.getByLabel('Who chairs it'), 'Priya Shah, team manager');
  await tabTo(page, page.getByLabel('Who is invited'));
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ewa Kowalczyk, designated safeguarding lead, Hillside School');
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter the date of the meeting as a real date');
  await expect(summary).toContainText('Enter the time on the 24-hour clock, for example 14:30');
  await expectAccessible(page);

  // Put both right and save.
  await retype(page, date.getByLabel('Day'), '3');
  await retype(page, date.getByLabel('Month'), '12');
  await retype(page, page.getByLabel('Time'), '9:30');
  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  // It is kept: a reload shows it as saved.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy discussion' })).toBeVisible();
  await expect(page.getByLabel('Strategy meeting', { exact: true })).toBeChecked();
  await expect(date.getByLabel('Day')).toHaveValue('3');
  await expect(date.getByLabel('Month')).toHaveValue('12');
  await expect(page.getByLabel('Who chairs it')).toHaveValue('Priya Shah, team manager');
  await expect(page.getByLabel('Time')).toHaveValue('09:30');

  // The overview counts it as arranged.
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('.govuk-task-list__item').filter({ hasText: 'Strategy discussion' })).toContainText('Completed');

  // The pack for the meeting opens with it.
  await nav.getByRole('link', { name: 'Documents' }).click();
  await page.getByLabel('Multi-agency strategy discussion or meeting').check();
  const [popup] = await Promise.all([
    context.waitForEvent('page').catch(() => null),
    page.getByRole('button', { name: 'Generate Strategy meeting preparation pack' }).click(),
  ]);
  await expect(page.getByText('Strategy meeting preparation pack is ready.')).toBeVisible();
  await popup?.close();
  const text = await generatedPdfText(page);
  expect(text).toMatch(/Discussion or meeting\s+Strategy meeting/);
  expect(text).toContain('Thursday 3 December 2026 at 09:30');
  expect(text).toContain('Priya Shah, team manager');
  expect(text).toContain('Ewa Kowalczyk, designated safeguarding lead, Hillside School');
});
