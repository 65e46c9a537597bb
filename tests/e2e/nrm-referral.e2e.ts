import { expect, test } from './pages/crossings';

/** The sections a child is asked, in the 2026 online form's order: no Consent and Support, no Duty to Notify. */
const childSections = [
  '1. First Responder Details',
  '2. Age Confirmation',
  '3. Potential Victim’s Background',
  '4. Exploitation Details',
  '5. Professional Insight',
  '6. Exploitation Location',
  '7. Exploiters’ Details',
  '10. Potential Victim Personal Details',
  '11. Decision Making and Contact',
  '12. Further support and links',
  '13. General indicators of Modern Slavery',
];

const treatment = 'Her passport was kept by the man she called uncle; she was told her family would be hurt if she left.';
const leaving = 'She ran to a corner shop in Leeds and asked the shopkeeper to call the police.';
const exploiters = 'A man she knew as “the boss”, about forty, speaks Vietnamese and English, with a dragon tattoo on his left hand.';

test('a worker answers the NRM questions for a child by keyboard, generates the pack in the 2026 order and follows the referral', async ({ crossings }) => {
  test.setTimeout(240_000);
  const { caseList, overview, nrm, documents, keyboard, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();

  await keyboard.activate(overview.sections.getByRole('link', { name: 'NRM referral' }));
  await expect(nrm.questionsHeading).toBeVisible();
  await crossings.expectAccessible();
  // For a child the consent and Duty to Notify sections are not asked.
  await expect(nrm.sectionLink('8. Consent and Support')).toHaveCount(0);
  await expect(nrm.sectionLink('9. Duty to Notify')).toHaveCount(0);
  await keyboard.activate(nrm.sectionLink(childSections[0]!));

  for (const title of childSections) {
    await expect(nrm.sectionHeading(title)).toBeVisible();
    await expect(nrm.sectionHeading(title)).toBeFocused();
    await crossings.expectAccessible();
    if (title === '3. Potential Victim’s Background') {
      // Pre-filled from the case, with where it came from.
      await expect(nrm.answer('Place of birth')).toHaveValue('A village near Vinh, Nghệ An province, Vietnam');
      await expect(nrm.prefill('birthplace')).toContainText('Pre-filled from the case');
      await expect(nrm.prefill('birthplace')).toContainText('The child: place of birth');
      await expect(nrm.prefill('family')).toContainText('Home country: household and carers');
    }
    if (title === '4. Exploitation Details') {
      await keyboard.retype(nrm.answer('Their treatment'), treatment);
      await expect(nrm.characterCount('Their treatment')).toHaveText(`You have ${(15_000 - treatment.length).toLocaleString('en-GB')} characters remaining`);
      // Still in the situation? Pre-filled No from the example's completed assessment: the sheet then asks how they left
      // (a conditional question), which goes while the answer is Yes and comes back with No.
      const still = (answer: 'Yes' | 'No') => nrm.choice('Is the potential victim still in an exploitative situation?', answer);
      await expect(still('No')).toBeChecked();
      await keyboard.tabTo(still('No'), 200);
      await keyboard.press('ArrowLeft');
      await expect(still('Yes')).toBeChecked();
      await expect(nrm.answer('How did the potential victim leave the exploitative situation?')).toHaveCount(0);
      await keyboard.press('ArrowRight');
      await expect(still('No')).toBeChecked();
      await keyboard.retype(nrm.answer('How did the potential victim leave the exploitative situation?'), leaving);
      await keyboard.tabTo(nrm.choice('When were the potential victim and exploiters last in contact?', 'Within the last week'), 200);
      for (let step = 0; step < 4; step += 1) await keyboard.press('ArrowDown');
      await expect(nrm.choice('When were the potential victim and exploiters last in contact?', 'Within the last 6-12 months')).toBeChecked();
      await crossings.expectAccessible();
    }
    if (title === '7. Exploiters’ Details') await keyboard.retype(nrm.answer('Who exploited the potential victim?'), exploiters);
    const last = title === childSections.at(-1);
    await keyboard.activate(last ? nrm.save : nrm.saveAndContinue, 400);
  }
  await expect(nrm.questionsHeading).toBeVisible();
  await crossings.expectAccessible();

  // The documents page lists the NRM answers still empty, then the pack prints every answer in the 2026 order.
  await overview.openFromSections('Documents');
  await documents.chooseAudience('Home Office: National Referral Mechanism');
  await expect(page.getByText(/NRM answers? (is|are) still empty/)).toBeVisible();
  await crossings.expectAccessible();
  await documents.generate('NRM referral preparation pack');
  await expect(documents.ready('NRM referral preparation pack is ready.')).toBeVisible();
  const text = await documents.generatedPdfText();
  const order = ['1. First Responder Details', 'A village near Vinh', '4. Exploitation Details', treatment, leaving, 'Within the last 6-12 months', '7. Exploiters’ Details', exploiters, '10. Potential Victim Personal Details', '13. General indicators'];
  const positions = order.map((part) => text.indexOf(part));
  expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  // The referral is sent, and two weeks later a positive reasonable grounds decision.
  await overview.openFromSections('Overview');
  await keyboard.activate(nrm.overviewPanel.getByRole('link', { name: 'Record a referral or a decision' }));
  await expect(nrm.referralsHeading).toBeVisible();
  await crossings.expectAccessible();
  await keyboard.activate(nrm.recordSent);
  await expect(crossings.heading('Record a referral as sent')).toBeVisible();
  await crossings.expectAccessible();
  await keyboard.tabTo(page.getByLabel('NRM referral', { exact: true }));
  await keyboard.press('Space');
  const sentOn = page.getByRole('group', { name: 'Date it was sent' });
  await keyboard.retype(sentOn.getByLabel('Day'), '2');
  await keyboard.retype(sentOn.getByLabel('Month'), '11');
  await keyboard.retype(sentOn.getByLabel('Year'), '2026');
  await keyboard.retype(page.getByLabel('Reference number'), 'NRM-2026-0042');
  await keyboard.activate(page.getByRole('button', { name: 'Save' }));
  await expect(nrm.referralsHeading).toBeVisible();
  await expect(page.getByText('Waiting for the reasonable grounds decision.', { exact: false })).toBeVisible();

  await keyboard.activate(nrm.recordWhatHappened('NRM referral'));
  await expect(crossings.heading('Record what happened: NRM referral')).toBeVisible();
  await crossings.expectAccessible();
  await keyboard.tabTo(page.getByLabel('Reasonable grounds decision', { exact: true }));
  await keyboard.press('Space');
  await keyboard.tabTo(page.getByLabel('Positive', { exact: true }));
  await keyboard.press('Space');
  const decidedOn = page.getByRole('group', { name: 'Date of the decision' });
  await keyboard.retype(decidedOn.getByLabel('Day'), '16');
  await keyboard.retype(decidedOn.getByLabel('Month'), '11');
  await keyboard.retype(decidedOn.getByLabel('Year'), '2026');
  await keyboard.activate(page.getByRole('button', { name: 'Save' }));
  await expect(nrm.referralsHeading).toBeVisible();
  await crossings.expectAccessible();

  await overview.openFromSections('Overview');
  await expect(nrm.overviewPanel).toContainText('ending on 16 December 2026 at the earliest');
  await expect(nrm.overviewPanel).toContainText('Conclusive grounds decision: there is no target time');
  await expect(nrm.overviewPanel).toContainText('a decision is not guaranteed when the period ends');
  await crossings.expectAccessible();

  // Each step is in the chronology.
  await overview.openFromSections('Chronology');
  const chronology = page.getByRole('list', { name: 'Chronology, earliest first' });
  await expect(chronology.getByText('NRM referral sent by Example worker, reference NRM-2026-0042.')).toBeVisible();
  await expect(chronology.getByText('Positive reasonable grounds decision on the NRM referral', { exact: false })).toBeVisible();
});
