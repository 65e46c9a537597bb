import { expect, test } from './pages/crossings';

/**
 * Documents in browser mode. Needs the documents route (`/cases/<id>/documents`) and its sub-navigation link
 * ("Documents") to be wired to DocumentsPage.
 */

test('a worker generates the meeting pack and the children’s services referral for a multi-agency meeting', async ({ crossings }) => {
  const { caseList, overview, documents } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();

  await overview.openSection('Documents');
  await expect(documents.heading).toBeVisible();
  await documents.chooseAudience('Multi-agency strategy discussion or meeting');
  await expect(documents.documentHeading('Strategy meeting preparation pack')).toBeVisible();
  await crossings.expectAccessible();

  // Generating opens the PDF in a new tab; the page also keeps a link to it.
  await documents.generate('Strategy meeting preparation pack');
  await expect(documents.ready('Strategy meeting preparation pack is ready.')).toBeVisible();
  const pack = await documents.openedPdf();
  expect(pack.url).toMatch(/^blob:/);
  expect(pack.head).toBe('%PDF-');
  expect(pack.size).toBeGreaterThan(10_000);
  expect(pack.hasPlacement).toBe(false);

  await documents.generateHere(/Generate Multi-agency referral to children’s services/);
  await expect(documents.ready(/Multi-agency referral to children’s services \(MASH \/ MARF\) is ready\./)).toBeVisible();
  const referral = await documents.openedPdf();
  expect(referral.url).toMatch(/^blob:/);
  expect(referral.head).toBe('%PDF-');

  // Both are in the register, for the meeting audience.
  const register = documents.register;
  await expect(register.getByRole('row')).toHaveCount(3);
  await expect(register).toContainText('Strategy meeting preparation pack');
  await expect(register).toContainText('Multi-agency strategy discussion or meeting');
  await crossings.expectAccessible();
});
