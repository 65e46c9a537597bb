import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from '../app';

/** The outcome as a plan, its actions with owners, and the plan on the case overview, as a keyboard user works them. */
export class Plan {
  constructor(private readonly page: Page) {}

  get doNow() {
    return this.page.getByRole('list', { name: 'Do now' });
  }
  doNowItem(index: number): Locator {
    return this.doNow.locator(':scope > li').nth(index);
  }
  get overviewPlan() {
    return this.page.getByRole('region', { name: 'The plan' });
  }
  get overviewDoNow() {
    return this.page.getByRole('list', { name: 'Do now, with each action’s status' });
  }

  /** Opens a folded part (a details summary) inside `within` with Tab and Enter. */
  private async unfold(within: Locator, summary: string): Promise<void> {
    const toggle = within.locator('summary', { hasText: summary }).first();
    await tabTo(this.page, toggle, 400);
    await this.page.keyboard.press('Enter');
    await expect(toggle.locator('xpath=..')).toHaveAttribute('open', '');
  }

  /** Accepts a do-now recommendation as an action: the owner is the n-th choice of the list, the due date typed. */
  async acceptByKeyboard(item: Locator, ownerChoice: number, due: { day: string; month: string; year: string }): Promise<void> {
    await this.unfold(item, 'Accept as an action');
    const owner = item.getByLabel('Who will do this');
    await tabTo(this.page, owner, 400);
    for (let step = 0; step < ownerChoice; step += 1) await this.page.keyboard.press('ArrowDown');
    await expect(owner).not.toHaveValue('');
    await this.page.keyboard.press('Tab');
    await expect(item.getByRole('textbox', { name: 'Day' })).toBeFocused();
    await this.page.keyboard.type(due.day);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(due.month);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(due.year);
    await tabTo(this.page, item.getByRole('button', { name: 'Accept as an action' }), 400);
    await this.page.keyboard.press('Enter');
  }

  async markDoneByKeyboard(item: Locator, note: string): Promise<void> {
    await this.unfold(item, 'Mark as done');
    await tabTo(this.page, item.getByLabel('What was done'), 400);
    await this.page.keyboard.type(note);
    await tabTo(this.page, item.getByRole('button', { name: 'Mark as done' }), 400);
    await this.page.keyboard.press('Enter');
  }

  /** The outcome page's full height in CSS pixels. */
  height(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollHeight);
  }

  /** No axe violation of any impact. */
  async expectNoViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.impact}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  }
}
