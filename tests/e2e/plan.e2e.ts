import { expect, test } from './pages/crossings';
import { Plan } from './pages/plan';

/** The outcome page of the example case was 10,550 pixels tall before it became a plan (decision 17). */
const HEIGHT_BEFORE = 10_550;

test('a worker turns the example’s outcome into a plan by keyboard alone: accepts two do-now actions with owners and dates, marks one done, and sees both on the overview and in the meeting pack', async ({
  crossings,
}) => {
  test.setTimeout(150_000);
  const { caseList, overview, assessment, documents, keyboard, page, context } = crossings;
  const plan = new Plan(page);
  await crossings.open();
  await keyboard.activate(caseList.loadExampleCaseButton, 400);
  await expect(overview.heading).toBeVisible();
  // The example comes with a completed assessment and its plan.
  await expect(plan.overviewPlan).toContainText('Actions in the plan: 2 to do, 1 done');
  await plan.expectNoViolations();

  await keyboard.activate(assessment.partLink('IMAAF assessment', { exact: true }), 400);
  await expect(assessment.listHeading).toBeVisible();
  await plan.expectNoViolations();
  // The example's assessment, by the date it was started.
  await keyboard.activate(page.getByRole('table').getByRole('link').first(), 400);
  await expect(assessment.completedHeading).toBeVisible();
  await expect(page.getByText('Not yet started')).toHaveCount(0);
  await expect(page.getByText('In progress')).toHaveCount(0);
  await plan.expectNoViolations();
  await keyboard.activate(page.getByRole('button', { name: 'See the outcome' }), 400);
  await expect(assessment.frozenOutcomeHeading).toBeVisible();

  const height = await plan.height();
  console.log(`Outcome page height for the example case: ${height}px (before the plan: ${HEIGHT_BEFORE}px)`);
  expect(height).toBeLessThan(HEIGHT_BEFORE / 3);

  // At most three things to do now, each with a short reason that refers to the indicator list rather than repeating it.
  const items = plan.doNow.locator(':scope > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(3);
  for (let index = 0; index < count; index += 1) {
    const reason = (await items.nth(index).locator('p').first().textContent()) ?? '';
    expect(reason.split(/(?<=[.!?])\s+(?=[A-Z“(])/).length).toBeLessThanOrEqual(2);
    expect(reason).not.toContain('including:');
  }
  await plan.expectNoViolations();

  const first = plan.doNowItem(0);
  const second = plan.doNowItem(1);
  const firstTitle = (await first.getByRole('heading').textContent())!;
  const secondTitle = (await second.getByRole('heading').textContent())!;

  // The first to the lead worker, due in the future; the second to Kent Police, already past its date.
  await plan.acceptByKeyboard(first, 1, { day: '5', month: '12', year: '2099' });
  await expect(first).toContainText('Owner: Example worker. Due by 5 December 2099.');
  await expect(first.locator('[tabindex="-1"]')).toBeFocused();
  await plan.acceptByKeyboard(second, 2, { day: '1', month: '3', year: '2026' });
  await expect(second).toContainText('Owner: Kent Police. Due by 1 March 2026.');
  await expect(second.getByText('Overdue')).toBeVisible();
  await expect(second.locator('[tabindex="-1"]')).toBeFocused();

  await plan.markDoneByKeyboard(first, 'Spoke to the team manager; the procedure is followed.');
  await expect(first.getByText('Done', { exact: true })).toBeVisible();
  await expect(first).toContainText('Done: Spoke to the team manager');
  await expect(first.locator('[tabindex="-1"]')).toBeFocused();
  await plan.expectNoViolations();

  // The overview shows both, with their status, and what is overdue.
  await keyboard.activate(overview.sections.getByRole('link', { name: 'Overview' }), 400);
  await expect(overview.heading).toBeVisible();
  const onOverview = plan.overviewDoNow;
  await expect(onOverview.getByRole('listitem').filter({ hasText: firstTitle })).toContainText('Done');
  await expect(onOverview.getByRole('listitem').filter({ hasText: secondTitle })).toContainText('Overdue');
  await expect(onOverview.getByRole('listitem').filter({ hasText: secondTitle })).toContainText('Kent Police');
  await expect(plan.overviewPlan).toContainText(`Overdue (1): ${secondTitle}`);
  await expect(plan.overviewPlan).toContainText('Information gaps: 7');
  await plan.expectNoViolations();

  // The meeting pack lists them with their owners.
  await keyboard.activate(overview.sections.getByRole('link', { name: 'Documents' }), 400);
  await expect(documents.heading).toBeVisible();
  await plan.expectNoViolations();
  await keyboard.tabTo(page.getByLabel('Multi-agency strategy discussion or meeting'), 400);
  await keyboard.press('Space');
  await expect(documents.documentHeading('Strategy meeting preparation pack')).toBeVisible();
  await keyboard.tabTo(page.getByRole('button', { name: 'Generate Strategy meeting preparation pack' }), 400);
  const [popup] = await Promise.all([context.waitForEvent('page').catch(() => null), keyboard.press('Enter')]);
  await popup?.close();
  await expect(documents.ready('Strategy meeting preparation pack is ready.')).toBeVisible();
  const text = await documents.generatedPdfText();
  expect(text).toContain('Proposed actions with owners');
  expect(text).toContain(firstTitle.slice(0, 25));
  expect(text).toContain(secondTitle.slice(0, 25));
  expect(text).toContain('Example worker');
  expect(text).toContain('Kent Police');
});

test('a worker records an action agreed at the strategy discussion by keyboard alone, and it joins the plan', async ({
  crossings,
}) => {
  test.setTimeout(120_000);
  const { caseList, overview, keyboard, page } = crossings;
  const plan = new Plan(page);
  await crossings.open();
  await keyboard.activate(caseList.loadExampleCaseButton, 400);
  await expect(overview.heading).toBeVisible();
  await keyboard.activate(overview.sections.getByRole('link', { name: 'Strategy discussion' }), 400);
  const agreed = page.getByRole('region', { name: /Actions agreed at the meeting/ });
  await expect(agreed).toContainText('Actions agreed at the meeting (1)');
  await plan.expectNoViolations();

  // Nothing typed: the worker is told what to give, and nothing is recorded.
  await keyboard.activate(agreed.getByRole('button', { name: 'Record the action' }), 400);
  await expect(agreed).toContainText('Choose who will do this');
  await keyboard.tabTo(agreed.getByLabel('What will be done'), 400);
  await keyboard.type('Ask the school nurse for a health assessment appointment');
  await keyboard.press('Tab');
  await keyboard.press('ArrowDown');
  await keyboard.press('Tab');
  await keyboard.type('31');
  await keyboard.press('Tab');
  await keyboard.type('2');
  await keyboard.press('Tab');
  await keyboard.type('2026');
  await keyboard.activate(agreed.getByRole('button', { name: 'Record the action' }), 400);
  await expect(agreed).toContainText('Actions agreed at the meeting (1)');
  await expect(agreed).toContainText('Enter the due date as a real date');
  await keyboard.tabTo(agreed.getByRole('textbox', { name: 'Day' }), 400);
  await keyboard.press('Control+a');
  await keyboard.type('28');
  await keyboard.activate(agreed.getByRole('button', { name: 'Record the action' }), 400);
  await expect(agreed).toContainText('Actions agreed at the meeting (2)');
  await expect(agreed.getByRole('heading', { name: /Actions agreed at the meeting/ })).toBeFocused();
  await expect(agreed).toContainText('Ask the school nurse for a health assessment appointment');
  await expect(agreed).toContainText('Due by 28 February 2026');
  await plan.expectNoViolations();

  await keyboard.activate(overview.sections.getByRole('link', { name: 'Overview' }), 400);
  await expect(plan.overviewPlan).toContainText('Actions in the plan: 3 to do, 1 done');
});
