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

test('a worker sees who the police referral names and leaves out, and withholds the suspected adult from an audience that could reach him', async ({ crossings }) => {
  const { caseList, overview, documents } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();
  await overview.openSection('Documents');
  await documents.chooseAudience('Police', { exact: true });

  // Decision 15: the police are told who the suspected adult is, with his flags beside his name.
  await expect(documents.leavesOut).toContainText('Anh: Do not inform, Do not share with');
  await expect(documents.leavesOut).toContainText('The child’s placement address and carer');
  await documents.generateHere(/Generate Multi-agency referral to children’s services/);
  await expect(documents.ready(/is ready\./)).toBeVisible();
  expect(await documents.generatedPdfText()).toContain('Anh (Do not inform, Do not share with)');

  await documents.markReaches('Anh');
  await expect(documents.leavesOut).toContainText('You marked that this audience includes this adult or could pass information to them.');
  await documents.withhold('Thị Hoa Lê', 'Works with the agency the police will share this with.');
  await expect(documents.leavesOut).toContainText('You chose to withhold this adult from this document: Works with the agency');
  // Where their names were written in the worker's own words (the journey says Anh met her and Hoa), how many and where; never the words.
  await expect(documents.removedFromText).toContainText('Journey: 2 mentions');
  await expect(documents.removedFromText).not.toContainText('Anh');
  await crossings.expectAccessible();
  await documents.generateHere(/Generate Multi-agency referral to children’s services/);
  await expect(documents.register.getByRole('row')).toHaveCount(3);
  // The register keeps, with the document, who it left out and the worker's reason.
  await expect(documents.register.getByRole('row').nth(1)).toContainText('Thị Hoa Lê: You chose to withhold this adult from this document: Works with the agency');
  const text = await documents.generatedPdfText();
  expect(text).not.toMatch(/\bAnh\b/);
  expect(text).not.toContain('Thị Hoa Lê');
  await crossings.expectAccessible();
});
