import { expect, test } from './pages/crossings';

/**
 * First start, as a new worker meets it: Crossings asks who they are and for an unlock PIN before anything else, and
 * from then on every record names them, not the computer account; the lock then holds through a reload.
 */
test('first start asks for the worker’s name, role and PIN; the chronology, register, audit trail and referral name them', async ({ crossings }) => {
  const { firstStart, caseList, overview, chronology, documents, auditTrail, lock, keyboard, page } = crossings;
  await crossings.open({ asNewWorker: true });
  await expect(firstStart.aboutYouHeading).toBeVisible();
  await expect(firstStart.aboutYouHeading).toBeFocused();
  await expect(page.getByRole('link', { name: 'Load an example case' })).toHaveCount(0);
  // Nobody is named yet: not the computer account either.
  await expect(page.getByText(/Working as/)).toHaveCount(0);
  await crossings.expectAccessible();

  // Nothing given: each missing answer is said, in the worker's words.
  await keyboard.activate(firstStart.continueButton);
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Enter your full name');
  await expect(problems).toContainText('Enter your role');
  await expect(problems).toContainText('Enter your team and organisation');
  await crossings.expectAccessible();

  await keyboard.retype(firstStart.name, 'Priya Okafor');
  await keyboard.retype(firstStart.role, 'Senior social worker');
  await keyboard.retype(firstStart.team, 'Children in Care Team, Northtown Council');
  await keyboard.activate(firstStart.continueButton);

  await expect(firstStart.pinHeading).toBeVisible();
  await expect(firstStart.pinHeading).toBeFocused();
  await crossings.expectAccessible();
  await keyboard.retype(firstStart.newPin, '1234');
  await keyboard.retype(firstStart.newPinAgain, '1234');
  await keyboard.activate(firstStart.startButton);
  await expect(page.getByRole('alert')).toContainText('Your PIN must be at least 6 numbers long');
  await keyboard.retype(firstStart.newPin, '864209');
  await keyboard.retype(firstStart.newPinAgain, '864290');
  await keyboard.activate(firstStart.startButton);
  await expect(page.getByRole('alert')).toContainText('The two PINs are not the same');
  await crossings.expectAccessible();
  await keyboard.retype(firstStart.newPinAgain, '864209');
  await keyboard.activate(firstStart.startButton);

  await expect(caseList.heading).toBeVisible();
  await expect(page.getByText('Working as Priya Okafor')).toBeVisible();

  // A chronology entry, a generated referral and the audit trail all name the worker given at first start.
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();
  await overview.openFromSections('Chronology');
  await chronology.addEntry({ when: { day: '30', month: '11', year: '2026' }, kind: 'Other', whatHappened: 'Home visit with the interpreter.', source: 'Social worker' });
  await expect(chronology.listedEntries.filter({ hasText: 'Home visit with the interpreter.' })).toContainText('Priya Okafor');

  await overview.openFromSections('Documents');
  await documents.chooseAudience('Children’s services', { exact: true });
  await documents.generateHere(/Generate Multi-agency referral to children’s services/);
  await expect(documents.ready(/Multi-agency referral to children’s services \(MASH \/ MARF\) is ready\./)).toBeVisible();
  const text = await documents.generatedPdfText();
  expect(text).toContain('Priya Okafor');
  expect(text).toContain('Senior social worker');
  expect(text).not.toContain('Sam Worker');
  await expect(documents.register).toContainText('Priya Okafor');

  await auditTrail.open();
  await expect(auditTrail.trail).toContainText('Priya Okafor');
  await crossings.expectAccessible();

  // The PIN set at first start is what unlocks, and a reload stays locked.
  await lock.lockNow();
  await expect(lock.heading).toBeVisible();
  await crossings.reload({ unlock: false });
  await expect(lock.heading).toBeVisible();
  await keyboard.activate(lock.unlockCrossingsButton);
  await expect(lock.yourName).toHaveCount(0);
  await keyboard.type('864209');
  await keyboard.press('Enter');
  await expect(auditTrail.heading).toBeVisible();

  // Restarting asks nothing of first start again: only the PIN.
  await crossings.restart({ asNewWorker: true });
  await expect(lock.heading).toBeVisible();
  await lock.unlockWithPin('864209');
  await expect(firstStart.aboutYouHeading).toHaveCount(0);
  await expect(page.getByText('Working as Priya Okafor')).toBeVisible();
});
