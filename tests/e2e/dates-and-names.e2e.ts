import { expect, test } from './pages/crossings';

/** Dates and names the way people give them (issue 15, items 4 and 5), as a worker records them. */

test('a chronology entry dated in words is kept and printed as it was said; a future date is questioned', async ({ crossings }) => {
  const { chronology, page } = crossings;
  await crossings.open();
  await crossings.caseList.loadExampleCase();
  await crossings.overview.openFromSections('Chronology');
  await chronology.startAddingAnEntry();

  // An age only makes sense for a date of birth.
  await expect(page.getByRole('button', { name: 'Give an age instead' })).toHaveCount(0);

  await chronology.describeWhenInWords('summer 2099');
  await expect(chronology.futureDateWarning).toBeVisible();
  await chronology.describeEntry({ kind: 'Missing episode', whatHappened: 'Went missing from the placement for two nights.', source: 'Foster carer' });
  await page.getByRole('group', { name: 'When it happened' }).getByLabel('When, in words').fill('March to May 2026');
  await expect(chronology.recordedAs).toHaveText('Recorded as: between March and May 2026');
  await expect(chronology.futureDateWarning).toHaveCount(0);
  await crossings.expectNoAxeViolations();
  await chronology.saveEntry();

  await expect(chronology.listedEntries.filter({ hasText: 'between March and May 2026: Missing episode' })).toHaveCount(1);
  await crossings.expectNoAxeViolations();
});

test('a name given family name first is shown in that order, and found either way', async ({ crossings }) => {
  const { sectionForm: form, page } = crossings;
  await crossings.open();
  await crossings.caseList.loadExampleCase();
  await crossings.overview.openFromSections('The child');

  const first = page.getByRole('group', { name: 'Name 1' });
  await first.getByLabel(/^Family name first/).check();
  await expect(first.getByText(/^Shown as:/)).toHaveText('Shown as: Trần Thị Mai');
  await crossings.keyboard.activate(form.saveButton);
  await expect(form.confirmation).toBeFocused();
  await expect(page.getByRole('region', { name: 'Child' })).toContainText('Trần Thị Mai');
  await crossings.expectNoAxeViolations();

  await crossings.caseList.goTo();
  for (const search of ['Tran Thi Mai', 'thi mai tran']) {
    await crossings.caseList.find(search);
    await expect(crossings.caseList.caseLink(/Trần Thị Mai/)).toBeVisible();
  }
});
