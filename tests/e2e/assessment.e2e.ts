import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, freshDataDir, startApp, tabTo, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** Follows a link or presses a button by keyboard alone. */
async function activate(page: Page, target: Locator) {
  await tabTo(page, target, 400);
  await page.keyboard.press('Enter');
}

/** Chooses a radio option by keyboard: Tab into the group, then the arrow keys (which select as they move). */
async function chooseRadio(page: Page, group: Locator, option: string) {
  const options = group.getByRole('radio');
  const labels = await options.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  const target = labels.indexOf(option);
  expect(target).toBeGreaterThanOrEqual(0);
  await tabTo(page, options.first(), 400);
  if (target === 0) await page.keyboard.press('Space');
  for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  await expect(options.nth(target)).toBeChecked();
}

async function waitForSaved(group: Locator) {
  await expect(group.locator('xpath=ancestor::div[contains(@class,"govuk-form-group")][1]')).toContainText('Saved');
}

test('a worker completes an IMAAF assessment by keyboard alone, and the completed assessment is frozen', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await activate(page, page.getByRole('button', { name: 'Load the example case' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await activate(page, page.getByRole('link', { name: 'IMAAF assessment' }));
  await expect(page.getByRole('heading', { level: 1, name: 'IMAAF assessments' })).toBeVisible();
  await expectAccessible(page);
  await activate(page, page.getByRole('button', { name: 'Start a new assessment' }));
  await expect(page.getByRole('heading', { level: 1, name: 'IMAAF assessment' })).toBeVisible();
  await expect(page.getByText('Not yet started').first()).toBeVisible();
  await expectAccessible(page);

  // Session and engagement: the danger question comes first.
  await activate(page, page.getByRole('link', { name: 'Session and engagement' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Session and engagement' })).toBeVisible();
  await expectAccessible(page);
  const danger = page.getByRole('group', { name: 'Is the child in immediate danger?' });
  await chooseRadio(page, danger, 'No');
  await waitForSaved(danger);
  // "Not known" is one keystroke away: Alt+K on the question.
  const alone = page.getByRole('group', { name: /without the accompanying adult present/ });
  await tabTo(page, alone.getByRole('radio').first(), 400);
  await page.keyboard.press('Alt+k');
  await expect(alone.getByLabel('Not known')).toBeChecked();
  await waitForSaved(alone);

  // Why the child is here: the child's account.
  await page.goto(page.url().replace(/session-and-engagement$/, 'why-here'));
  await expect(page.getByRole('heading', { level: 1, name: 'Why the child is here' })).toBeVisible();
  await expectAccessible(page);
  const childReason = page.getByRole('group', { name: 'Why does the child say they came, or were brought, here?' });
  await chooseRadio(page, childReason, 'Education');
  await waitForSaved(childReason);
  const debt = page.getByRole('group', { name: /owe money for the journey/ });
  await chooseRadio(page, debt, 'Suspected');
  await waitForSaved(debt);

  // Who the child is with: a different account from the adult who says she is the aunt.
  await page.goto(page.url().replace(/why-here$/, 'who-the-child-is-with'));
  await expect(page.getByRole('heading', { level: 1, name: 'Who the child is with' })).toBeVisible();
  await expectAccessible(page);
  const hoa = page.getByRole('region', { name: 'Thị Hoa Lê' });
  const adultReason = hoa.getByRole('group', { name: 'Why does this adult say the child came here?' });
  await chooseRadio(page, adultReason, 'Work');
  await waitForSaved(adultReason);
  const passport = hoa.getByRole('group', { name: /passport/i }).first();
  await chooseRadio(page, passport, 'Yes');
  await waitForSaved(passport);

  // The outcome: recommendations in order with reasons and sources, the difference, the gaps, each adult's factors.
  await page.goto(page.url().replace(/who-the-child-is-with$/, 'outcome'));
  await expect(page.getByRole('heading', { level: 1, name: 'Outcome so far' })).toBeVisible();
  await expectAccessible(page);
  const recommendations = page.getByRole('list', { name: 'Recommendations, in order' });
  await expect(recommendations.getByRole('listitem').first()).toContainText('Why:');
  await expect(recommendations).toContainText(/must/i);
  await expect(recommendations).toContainText('National Referral Mechanism');
  await expect(recommendations).not.toContainText(/duty to notify/i);
  await expect(page.getByText('Why the child came here: the child and Thị Hoa Lê')).toBeVisible();
  await expect(page.getByText('The child: Education')).toBeVisible();
  await expect(page.getByText(/Thị Hoa Lê: Work/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Thị Hoa Lê: 1 yes/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /What is not known/ })).toContainText(/without the accompanying adult/);

  // Completing needs the professional judgement.
  await activate(page, page.getByRole('button', { name: 'Complete the assessment' }));
  await expect(page.getByRole('alert')).toContainText('professional judgement');
  await tabTo(page, page.getByLabel(/Why you are, or are not, concerned/), 400);
  await page.keyboard.type('Concerned. Mai and Hoa give different reasons for the journey, and Hoa holds her passport.');
  await activate(page, page.getByRole('button', { name: 'Complete the assessment' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Completed IMAAF assessment' })).toBeVisible();
  await expectAccessible(page);

  // Reopening shows the frozen snapshot: answers read-only, outcome as it was.
  await activate(page, page.getByRole('link', { name: 'Who the child is with' }));
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Thị Hoa Lê' })).toContainText('Work');
  await page.goto(page.url().replace(/who-the-child-is-with$/, 'outcome'));
  await expect(page.getByRole('heading', { level: 1, name: 'Outcome (frozen when completed)' })).toBeVisible();
  await expect(page.getByText('Concerned. Mai and Hoa give different reasons')).toBeVisible();
  await expectAccessible(page);

  // A new assessment can start from it, carrying the answers over.
  await activate(page, page.getByRole('link', { name: 'IMAAF assessment', exact: true }));
  await activate(page, page.getByRole('button', { name: 'Start a new assessment from the last one' }));
  await expect(page.getByRole('heading', { level: 1, name: 'IMAAF assessment' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Why the child is here' }));
  await expect(page.getByRole('group', { name: 'Why does the child say they came, or were brought, here?' }).getByLabel('Education')).toBeChecked();
});

test('answering Yes to immediate danger puts calling 999 first, straight away', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await page.getByRole('link', { name: 'IMAAF assessment' }).click();
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByRole('link', { name: 'Session and engagement' }).click();
  const danger = page.getByRole('group', { name: 'Is the child in immediate danger?' });
  await danger.getByLabel('Yes', { exact: true }).check();
  await expect(page.getByRole('alert')).toContainText('Call the police on 999 now');
  await waitForSaved(danger);
  await page.goto(page.url().replace(/session-and-engagement$/, 'outcome'));
  await expect(page.getByRole('alert').first()).toContainText('call the police on 999 now');
  await expect(page.getByRole('list', { name: 'Recommendations, in order' }).getByRole('listitem').first()).toContainText('999');
  await expectAccessible(page);
});
