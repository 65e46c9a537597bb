import fs from 'node:fs';
import { Crossings, expect, test } from './pages/crossings';

/** The case's audit trail, handing a case over, and locking the window, in browser mode. */

test('a worker sees who opened and changed a case, hands it over, and locks the window', async ({ crossings }) => {
  const { caseList, overview, handover, auditTrail, lock, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();

  // Hand the case over: the password twice, then the file downloads.
  await handover.typePasswords('three words together', 'three words differ');
  await handover.handOver();
  await expect(page.getByRole('link', { name: 'The two passwords are not the same. Type it again' })).toBeVisible();
  await handover.retypePassword('three words together');
  const download = await handover.handOverAndDownload();
  expect(download.suggestedFilename()).toMatch(/^EXAMPLE-\d+-handover-\d{4}-\d{2}-\d{2}\.crossings$/);
  const saved = await download.path();
  expect(JSON.parse(fs.readFileSync(saved!, 'utf8'))).toMatchObject({ format: 'crossings-handover', version: 3 });
  await expect(handover.downloaded).toBeVisible();
  await crossings.expectAccessible();

  // The audit trail lists the hand-over, the opening and the loading, newest first.
  await auditTrail.open();
  await expect(auditTrail.heading).toBeVisible();
  const trail = auditTrail.trail;
  await expect(trail).toContainText('Case exported for hand-over');
  await expect(trail).toContainText('Case opened');
  await expect(trail).toContainText('Example case loaded');
  await expect(trail).toContainText('Sam Worker');
  await expect(trail.getByRole('row').nth(1)).toContainText('Case exported for hand-over');
  await auditTrail.checkItHasNotBeenTamperedWith();
  await expect(auditTrail.intact).toBeVisible();
  await crossings.expectAccessible();

  // Importing the same file here is refused: the case is already on this computer.
  await caseList.goTo();
  await caseList.importACaseHandedOver();
  await expect(handover.importHeading).toBeVisible();
  await crossings.expectAccessible();
  await handover.importFile(saved!, 'not the password');
  await expect(page.getByRole('link', { name: 'The password is not right' })).toBeVisible();
  await handover.retypeImportPassword('three words together');
  await expect(page.getByText(/is already on this computer/)).toBeVisible();

  // Ctrl+Shift+L blanks the window at once; the worker unlocks with their PIN (set at first start).
  await lock.lockNow();
  await expect(lock.heading).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import a case handed over to you' })).toBeHidden();
  await expect(page).toHaveTitle('Crossings is locked');
  await crossings.expectAccessible();
  await lock.unlockCrossingsButton.click();
  await lock.yourPin.fill('000000');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('That is not your PIN. Check it and try again.')).toBeVisible();
  await lock.yourPin.fill(Crossings.worker.pin);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(handover.importHeading).toBeVisible();
});

test('a worker closes a case, sets the retention rule, finds the case in the review list and deletes it', async ({ crossings }) => {
  const { caseList, overview, settings, review, page } = crossings;
  await crossings.open();

  // The retention rule and the lock time are settings.
  await settings.open();
  await expect(settings.heading).toBeVisible();
  await expect(settings.yearsAfterClosing).toHaveValue('6');
  await expect(settings.keepUntilBirthday).toHaveValue('25');
  await expect(settings.lockAfterMinutes).toHaveValue('10');
  await crossings.expectAccessible();
  await settings.keepClosedCases({ untilBirthdayAge: '', yearsAfterClosing: '0' });
  await settings.save();
  await expect(settings.saved).toBeVisible();

  await caseList.goTo();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();
  const reference = await overview.caseReference();
  await overview.closeTheCase();
  await expect(overview.heading).toBeVisible();

  await caseList.goTo();
  await caseList.openCasesDueForReview();
  await expect(review.heading).toBeVisible();
  await expect(review.dueNow).toContainText(reference);
  await crossings.expectAccessible();

  await review.startDeleting(reference);
  await expect(review.deleteHeading).toBeVisible();
  await crossings.expectAccessible();
  await review.confirmDeletingWith('wrong');
  await expect(page.getByRole('link', { name: new RegExp(`Type the case reference, ${reference}`) })).toBeVisible();
  await review.confirmDeletingWith(reference);
  await expect(page.getByText(`Case ${reference} has been deleted`)).toBeVisible();
  await expect(review.noneDue).toBeVisible();
});
