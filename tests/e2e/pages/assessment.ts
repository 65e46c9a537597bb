import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from '../app';

/** An IMAAF assessment: its list, its parts, the questions and the outcome. */
export class Assessment {
  get listHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'IMAAF assessments' });
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'IMAAF assessment' });
  }
  get completedHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Completed IMAAF assessment' });
  }
  get startNewAssessmentButton() {
    return this.page.getByRole('button', { name: 'Start a new assessment', exact: true });
  }
  get startFromTheLastOneButton() {
    return this.page.getByRole('button', { name: 'Start a new assessment from the last one' });
  }
  get completeButton() {
    return this.page.getByRole('button', { name: 'Complete the assessment' });
  }
  get professionalJudgement() {
    return this.page.getByLabel(/Why you are, or are not, concerned/);
  }

  constructor(private readonly page: Page) {}

  async startNewAssessment(): Promise<void> {
    await this.startNewAssessmentButton.click();
  }

  partLink(name: string, options: { exact?: boolean } = {}) {
    return this.page.getByRole('link', { name, ...options });
  }

  async openPart(name: string): Promise<void> {
    await this.partLink(name).click();
  }

  /** Moves to another part by its address, as following the part's own link from the task list would. */
  async goToPart(from: string, to: string): Promise<void> {
    await this.page.goto(this.page.url().replace(new RegExp(`${from}$`), to));
  }

  partHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  question(name: string | RegExp, within: Page | Locator = this.page) {
    return within.getByRole('group', { name });
  }

  /** A connected adult's questions, under their name. */
  adult(name: string) {
    return this.page.getByRole('region', { name });
  }

  /** Chooses an answer by keyboard: Tab into the question, then the arrow keys (which select as they move). */
  async answerByKeyboard(question: Locator, option: string): Promise<void> {
    const options = question.getByRole('radio');
    const labels = await options.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
    const target = labels.indexOf(option);
    expect(target).toBeGreaterThanOrEqual(0);
    await tabTo(this.page, options.first(), 400);
    if (target === 0) await this.page.keyboard.press('Space');
    for (let step = 0; step < target; step += 1) await this.page.keyboard.press('ArrowDown');
    await expect(options.nth(target)).toBeChecked();
  }

  /** "Not known" is one keystroke away: Alt+K on the question. */
  async answerNotKnownByKeyboard(question: Locator): Promise<void> {
    await tabTo(this.page, question.getByRole('radio').first(), 400);
    await this.page.keyboard.press('Alt+k');
  }

  /** Waits for the question's own "Saved" signal. */
  async waitForSaved(question: Locator): Promise<void> {
    await expect(question.locator('xpath=ancestor::div[contains(@class,"govuk-form-group")][1]')).toContainText('Saved');
  }

  // The outcome.
  get outcomeHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Outcome so far' });
  }
  get frozenOutcomeHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Outcome (frozen when completed)' });
  }
  /** Every recommendation with its full reason, folded away below the plan: open it first with showDetails. */
  get recommendations() {
    return this.page.getByRole('list', { name: 'Recommendations, in order' });
  }
  /** At most three things to do now, at the top of the outcome. */
  get doNow() {
    return this.page.getByRole('list', { name: 'Do now' });
  }

  /** Opens a folded part of the outcome by keyboard: Tab to its summary, then Enter. */
  async showDetails(summary: string | RegExp): Promise<void> {
    const toggle = this.page.locator('summary', { hasText: summary }).first();
    await tabTo(this.page, toggle, 400);
    await this.page.keyboard.press('Enter');
    await expect(toggle.locator('xpath=..')).toHaveAttribute('open', '');
  }
  get whatIsNotKnown() {
    return this.page.getByRole('table', { name: /What is not known/ });
  }
  /** The worker's judgement questions on the outcome, with their prompt and the indicators that bear on them. */
  get yourJudgement() {
    return this.page.getByRole('region', { name: 'Your judgement' });
  }
  get exploitationToExplore() {
    return this.page.getByRole('region', { name: 'Types of exploitation to explore' });
  }
  /** One recommendation on the outcome, by its title (without its number). */
  recommendation(title: string | RegExp) {
    return this.recommendations.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }
  /** Ticks one choice of a question answered with checkboxes. */
  async tick(question: Locator, option: string): Promise<void> {
    await question.getByLabel(option, { exact: true }).check();
  }
}
