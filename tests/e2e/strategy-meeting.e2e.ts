import { expect, test } from './pages/crossings';

test('a worker records the strategy discussion by keyboard alone, and the meeting pack opens with it', async ({ crossings }) => {
  const { caseList, overview, strategyDiscussion: meeting, documents, keyboard, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();

  await keyboard.activate(overview.sections.getByRole('link', { name: 'Strategy discussion' }));
  await expect(meeting.heading).toBeVisible();
  await crossings.expectAccessible();
  // The example case comes with a discussion arranged.
  await expect(meeting.discussion).toBeChecked();

  // A meeting instead, on a date that does not exist and a time in the wrong form: the check names both.
  await keyboard.tabTo(meeting.discussion);
  await keyboard.press('ArrowRight');
  await expect(meeting.meeting).toBeChecked();
  await keyboard.retype(meeting.date.getByLabel('Day'), '31');
  await keyboard.retype(meeting.date.getByLabel('Month'), '11');
  await keyboard.retype(meeting.date.getByLabel('Year'), '2026');
  await keyboard.retype(meeting.time, '930');
  await keyboard.retype(meeting.chair, 'Priya Shah, team manager');
  await keyboard.tabTo(meeting.invited);
  await keyboard.press('Control+End');
  await keyboard.press('Enter');
  await keyboard.type('Ewa Kowalczyk, designated safeguarding lead, Hillside School');
  await keyboard.activate(meeting.saveButton);

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter the date of the meeting as a real date');
  await expect(summary).toContainText('Enter the time on the 24-hour clock, for example 14:30');
  await crossings.expectAccessible();

  // Put both right and save.
  await keyboard.retype(meeting.date.getByLabel('Day'), '3');
  await keyboard.retype(meeting.date.getByLabel('Month'), '12');
  await keyboard.retype(meeting.time, '9:30');
  await keyboard.activate(meeting.saveButton);
  await expect(meeting.saved).toBeVisible();

  // It is kept: a reload shows it as saved.
  await crossings.reload();
  await expect(meeting.heading).toBeVisible();
  await expect(meeting.meeting).toBeChecked();
  await expect(meeting.date.getByLabel('Day')).toHaveValue('3');
  await expect(meeting.date.getByLabel('Month')).toHaveValue('12');
  await expect(meeting.chair).toHaveValue('Priya Shah, team manager');
  await expect(meeting.time).toHaveValue('09:30');

  // The overview counts it as arranged.
  await overview.openFromSections('Overview');
  await expect(overview.task('Strategy discussion')).toContainText('Completed');

  // The pack for the meeting opens with it.
  await overview.openFromSections('Documents');
  await documents.chooseAudience('Multi-agency strategy discussion or meeting');
  await documents.generate('Strategy meeting preparation pack');
  await expect(documents.ready('Strategy meeting preparation pack is ready.')).toBeVisible();
  const text = await documents.generatedPdfText();
  expect(text).toMatch(/Discussion or meeting\s+Strategy meeting/);
  expect(text).toContain('Thursday 3 December 2026 at 09:30');
  expect(text).toContain('Priya Shah, team manager');
  expect(text).toContain('Ewa Kowalczyk, designated safeguarding lead, Hillside School');
});
