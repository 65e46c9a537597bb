import type { Page } from '@playwright/test';

/** The NRM referral: its questions section by section, and the referral records with their decisions. */
export class NrmReferral {
  get questionsHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'NRM referral questions' });
  }
  sectionHeading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
  sectionLink(title: string) {
    return this.page.getByRole('link', { name: title, exact: true });
  }
  answer(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  choice(question: string, option: string) {
    return this.page.getByRole('group', { name: question }).getByLabel(option, { exact: true });
  }
  /** Where a pre-filled answer came from, by the question's field id. */
  prefill(fieldId: string) {
    return this.page.getByTestId(`prefill-${fieldId}`);
  }
  characterCount(label: string) {
    return this.page.locator('.govuk-character-count').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.govuk-character-count__message');
  }
  get saveAndContinue() {
    return this.page.getByRole('button', { name: 'Save and continue' });
  }
  get save() {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }
  get referralsHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Referrals' });
  }
  get recordSent() {
    return this.page.getByRole('button', { name: 'Record a referral as sent' });
  }
  recordWhatHappened(kind: string) {
    return this.page.getByRole('link', { name: `Record what happened to the ${kind}` });
  }
  get overviewPanel() {
    return this.page.getByTestId('referrals-panel');
  }

  constructor(private readonly page: Page) {}
}
