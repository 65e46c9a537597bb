import type { Page } from '@playwright/test';

/** The locked window, the warning before it locks, and unlocking with a name, a PIN or the recovery key. */
export class Lock {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Crossings is locked' });
  }
  get warning() {
    return this.page.getByRole('dialog', { name: 'Crossings is about to lock' });
  }
  get keepOpenButton() {
    return this.warning.getByRole('button', { name: 'Keep Crossings open' });
  }
  get unlockCrossingsButton() {
    return this.page.getByRole('button', { name: 'Unlock Crossings' });
  }
  get yourName() {
    return this.page.getByLabel('Your name');
  }
  get yourPin() {
    return this.page.getByLabel('Your PIN', { exact: true });
  }
  get forgottenPin() {
    return this.page.locator('summary', { hasText: 'Forgotten your PIN?' });
  }
  get recoveryKey() {
    return this.page.getByLabel('Recovery key');
  }

  constructor(private readonly page: Page) {}

  /** Ctrl+Shift+L: the worker locks the window at once. */
  async lockNow(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
  }

  /** From the locked page: opens the unlock form and unlocks with the PIN. */
  async unlockWithPin(pin: string): Promise<void> {
    await this.unlockCrossingsButton.click();
    await this.yourPin.fill(pin);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await this.heading.waitFor({ state: 'detached' });
  }

  /** From the locked page: opens the unlock form and enters the PIN, without waiting for it to unlock. */
  async tryPin(pin: string): Promise<void> {
    await this.unlockCrossingsButton.click();
    await this.yourPin.fill(pin);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async unlockWithName(name: string): Promise<void> {
    await this.yourName.fill(name);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }
}
