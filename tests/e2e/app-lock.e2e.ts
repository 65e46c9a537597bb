import { Crossings, expect, test } from './pages/crossings';

/** The window locks after the idle time, with the GOV.UK timeout warning a minute before, all by keyboard. */

test('after 9 minutes idle a warning says Crossings will lock; keeping it open by keyboard, then locking at 10 minutes', async ({ crossings }) => {
  const { caseList, overview, lock, keyboard, page } = crossings;
  await page.clock.install();
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();

  await page.clock.fastForward('09:01');
  await expect(lock.warning).toBeVisible();
  await expect(lock.warning).toContainText(/will lock in \d+ seconds/);
  await expect(lock.keepOpenButton).toBeFocused();
  await crossings.expectAccessible();
  await keyboard.press('Enter');
  await expect(lock.warning).toBeHidden();
  await expect(overview.heading).toBeVisible();

  await page.clock.fastForward('10:01');
  await expect(lock.heading).toBeVisible();
  await expect(overview.child).toBeHidden();
  await keyboard.press('Tab');
  await keyboard.press('Enter');
  await expect(lock.yourPin).toBeFocused();
  await keyboard.type(Crossings.worker.pin);
  await keyboard.press('Enter');
  await expect(overview.child).toBeVisible();
});

test('a worker changes their unlock PIN by keyboard alone; then only the new PIN unlocks, and a forgotten one is reset with the recovery key', async ({ crossings }) => {
  const { settings, lock, firstStart, keyboard, page } = crossings;
  await crossings.open();
  await keyboard.activate(settings.link);
  await keyboard.activate(settings.setOrChangePinLink);
  await expect(settings.changePinHeading).toBeVisible();
  await crossings.expectAccessible();

  // A wrong current PIN, too short a new one, and two different new ones: each is said, and nothing changes.
  await keyboard.retype(settings.currentPin, '000000');
  await keyboard.retype(settings.newPin, '482913');
  await keyboard.retype(settings.newPinAgain, '482913');
  await keyboard.activate(settings.changePinButton);
  await expect(page.getByRole('alert')).toContainText('That is not your PIN');
  await keyboard.retype(settings.currentPin, Crossings.worker.pin);
  await keyboard.retype(settings.newPin, '1234');
  await keyboard.retype(settings.newPinAgain, '1234');
  await keyboard.activate(settings.changePinButton);
  await expect(page.getByRole('alert')).toContainText('Your PIN must be at least 6 numbers long');
  await keyboard.retype(settings.currentPin, Crossings.worker.pin);
  await keyboard.retype(settings.newPin, '482913');
  await keyboard.retype(settings.newPinAgain, '482931');
  await keyboard.activate(settings.changePinButton);
  await expect(page.getByRole('alert')).toContainText('The two new PINs are not the same');
  await crossings.expectAccessible();
  await keyboard.retype(settings.newPinAgain, '482913');
  await keyboard.activate(settings.changePinButton);
  await expect(settings.pinIsSet).toBeVisible();

  // Locked at once; the old PIN is refused, the new one unlocks.
  await lock.lockNow();
  await expect(lock.heading).toBeVisible();
  await keyboard.activate(lock.unlockCrossingsButton);
  await expect(lock.yourName).toHaveCount(0);
  await expect(lock.yourPin).toBeFocused();
  await keyboard.type(Crossings.worker.pin);
  await keyboard.press('Enter');
  await expect(page.getByText('That is not your PIN. Check it and try again.')).toBeVisible();
  await expect(lock.yourPin).toHaveValue('');
  await crossings.expectAccessible();
  await keyboard.type('482913');
  await keyboard.press('Enter');
  await expect(settings.changePinHeading).toBeVisible();

  // Reopening Crossings (here, reloading the page) starts it locked: no way round the PIN.
  await crossings.reload({ unlock: false });
  await expect(lock.heading).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Change your unlock PIN' })).toBeHidden();

  // A forgotten PIN is removed with the recovery key written down at first run (here, printed by browser mode).
  const recoveryKey = crossings.printedRecoveryKey();
  expect(recoveryKey).toBeTruthy();
  await keyboard.activate(lock.unlockCrossingsButton);
  await keyboard.activate(lock.forgottenPin);
  await keyboard.retype(lock.recoveryKey, 'ABCD-EFGH');
  await keyboard.press('Enter');
  await expect(page.getByText('That is not the recovery key for these case records.')).toBeVisible();
  await crossings.expectAccessible();
  await keyboard.retype(lock.recoveryKey, recoveryKey!);
  await keyboard.press('Enter');
  await expect(lock.heading).toBeHidden();
  // With the PIN gone, Crossings asks for a new one before anything else (first start's PIN step), not the old one.
  await expect(firstStart.pinHeading).toBeVisible();
  await expect(settings.currentPin).toHaveCount(0);
  await keyboard.retype(firstStart.newPin, '975310');
  await keyboard.retype(firstStart.newPinAgain, '975310');
  await keyboard.activate(firstStart.startButton);
  await crossings.reload({ unlock: false });
  await lock.unlockWithPin('975310');
  await expect(firstStart.pinHeading).toHaveCount(0);
});

test('the lock is the core’s: a reload stays locked, the page’s own request answers LOCKED, and the locked page holds no child’s name', async ({ crossings }) => {
  const { caseList, overview, lock, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.heading).toBeVisible();
  await expect(overview.child).toContainText('Trần');
  const caseId = /cases\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(caseId).toBeTruthy();

  await lock.lockNow();
  await expect(lock.heading).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Trần');
  expect(await page.content()).not.toMatch(/Trần|Thị Mai/);

  await crossings.reload({ unlock: false });
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toMatch(/Trần|Thị Mai/);
  const answer = await page.evaluate(async (id) => {
    const response = await fetch('./api/cases.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Crossings-Token': sessionStorage.getItem('crossings-token') ?? '' },
      body: JSON.stringify({ id }),
    });
    return response.json();
  }, caseId);
  expect(answer).toEqual({ ok: false, error: { code: 'LOCKED', message: 'Crossings is locked. Unlock it to carry on.' } });
  await crossings.expectAccessible();

  await lock.unlockWithPin(Crossings.worker.pin);
  await expect(overview.child).toContainText('Trần');
});
