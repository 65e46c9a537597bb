import type { Page } from '@playwright/test';

/** What Crossings asks before anything else on a new computer: the worker's details, then an unlock PIN. */
export class FirstStart {
  get aboutYouHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Before you start: about you' });
  }
  get name() {
    return this.page.getByLabel('Your full name');
  }
  get role() {
    return this.page.getByLabel('Your role');
  }
  get team() {
    return this.page.getByLabel('Your team and organisation');
  }
  get continueButton() {
    return this.page.getByRole('button', { name: 'Save and continue' });
  }
  get pinHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Set an unlock PIN' });
  }
  get newPin() {
    return this.page.getByLabel('New PIN', { exact: true });
  }
  get newPinAgain() {
    return this.page.getByLabel('Type the new PIN again');
  }
  get startButton() {
    return this.page.getByRole('button', { name: 'Set PIN and start' });
  }

  constructor(private readonly page: Page) {}
}
