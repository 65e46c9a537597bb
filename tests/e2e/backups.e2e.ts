import { expect, test } from './pages/crossings';

test('a worker makes a backup and restores it after confirming, and what was saved since is gone', async ({ crossings }) => {
  const { caseList, newCase, overview, backups, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();

  await backups.open();
  await expect(backups.heading).toBeVisible();
  await backups.makeABackupNow();
  await expect(backups.backupMade).toBeVisible();
  await crossings.expectAccessible();

  // A case started after the backup...
  await caseList.goTo();
  await caseList.startNewCase();
  await newCase.describeChild({ given: 'Zofia', family: 'Nowak', nation: 'Scotland' });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();

  // ...is not in the backup once it is restored. Restoring needs a confirmation.
  await backups.open();
  await backups.restoreTheBackupAWorkerMade();
  await expect(page.getByRole('alert')).toContainText('Confirm that the case records will be replaced');
  await backups.confirmReplacingTheCaseRecords();
  await expect(backups.restored).toBeVisible();
  await crossings.expectAccessible();

  await caseList.goTo();
  await expect(caseList.caseLink('Thị Mai Trần')).toBeVisible();
  await expect(caseList.caseLink('Zofia Nowak')).toHaveCount(0);
});
