import { expect, test } from './pages/crossings';

test('a worker gives their own details for referral forms by keyboard alone, and the referral carries them', async ({ crossings }) => {
  const { caseList, overview, settings, documents, keyboard, page } = crossings;
  await crossings.open();
  await keyboard.activate(settings.link);
  await expect(settings.heading).toBeVisible();
  await expect(settings.detailsHeading).toBeVisible();

  await keyboard.retype(settings.role, 'Social worker, children’s services');
  await keyboard.retype(settings.teamAndOrganisation, 'Assessment Team East, Birmingham Children’s Trust');
  await keyboard.tabTo(settings.nrmOrganisation);
  await keyboard.type('birmingham city');
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await expect(settings.nrmOrganisation).toHaveValue('Birmingham City Council');
  await keyboard.retype(settings.phone, '0121 496 0000');
  await keyboard.retype(settings.email, 'sam.worker at example.gov.uk');
  await keyboard.activate(settings.saveButton);
  await expect(page.getByRole('alert')).toContainText('Enter your work email address in the right form, like name@example.gov.uk');
  await crossings.expectAccessible();

  await keyboard.retype(settings.email, 'sam.worker@example.gov.uk');
  await keyboard.activate(settings.saveButton);
  await expect(settings.saved).toBeVisible();
  await crossings.reload();
  await expect(settings.phone).toHaveValue('0121 496 0000');
  await expect(settings.nrmOrganisation).toHaveValue('Birmingham City Council');

  // The children's services referral for the example case names the worker with these details.
  await caseList.goTo();
  await caseList.loadExampleCaseButton.click();
  await overview.openFromSections('Documents');
  await documents.chooseAudience('Children’s services', { exact: true });
  await documents.generateHere(/Generate Multi-agency referral to children’s services/);
  await expect(documents.ready(/Multi-agency referral to children’s services \(MASH \/ MARF\) is ready\./)).toBeVisible();
  const text = await documents.generatedPdfText();
  expect(text).toContain('0121 496 0000');
  expect(text).toContain('sam.worker@example.gov.uk');
  expect(text).toContain('Social worker, children’s services');
});
