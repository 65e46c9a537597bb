import type { Page } from '@playwright/test';

/** Settings: retention, the lock time, the worker's own details for referral forms, and the unlock PIN. */
export class Settings {
  get link() {
    return this.page.getByRole('link', { name: 'Settings' });
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' });
  }
  get yearsAfterClosing() {
    return this.page.getByLabel('Years after the case is closed');
  }
  get keepUntilBirthday() {
    return this.page.getByLabel('Keep at least until the child’s birthday at this age');
  }
  get lockAfterMinutes() {
    return this.page.getByLabel('Lock Crossings after this many minutes without use');
  }
  get saveButton() {
    return this.page.getByRole('button', { name: 'Save settings' });
  }
  get saved() {
    return this.page.getByText('Settings saved');
  }

  // Your details for referral forms.
  get detailsHeading() {
    return this.page.getByRole('heading', { level: 2, name: 'Your details for referral forms' });
  }
  get role() {
    return this.page.getByLabel('Your role');
  }
  get teamAndOrganisation() {
    return this.page.getByLabel('Your team and organisation');
  }
  get nrmOrganisation() {
    return this.page.getByRole('combobox', { name: 'Your organisation as the NRM form lists it' });
  }
  get phone() {
    return this.page.getByLabel('Your work phone number');
  }
  get email() {
    return this.page.getByLabel('Your work email address');
  }

  // The unlock PIN.
  get setOrChangePinLink() {
    return this.page.getByRole('link', { name: 'Set or change the PIN that unlocks Crossings' });
  }
  get setPinHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Set an unlock PIN' });
  }
  get changePinHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Change your unlock PIN' });
  }
  get newPin() {
    return this.page.getByLabel('New PIN', { exact: true });
  }
  get newPinAgain() {
    return this.page.getByLabel('Type the new PIN again');
  }
  get currentPin() {
    return this.page.getByLabel('Your current PIN');
  }
  get setPinButton() {
    return this.page.getByRole('button', { name: 'Set PIN' });
  }
  get changePinButton() {
    return this.page.getByRole('button', { name: 'Change PIN' });
  }
  get pinIsSet() {
    return this.page.getByText('Your unlock PIN is set.');
  }

  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.link.click();
  }

  /** Sets how long closed cases are kept; an empty age means no birthday rule. */
  async keepClosedCases(rule: { yearsAfterClosing: string; untilBirthdayAge: string }): Promise<void> {
    await this.keepUntilBirthday.fill(rule.untilBirthdayAge);
    await this.yearsAfterClosing.fill(rule.yearsAfterClosing);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
