import { expect, test } from './pages/crossings';

test('a worker completes an IMAAF assessment by keyboard alone, and the completed assessment is frozen', async ({ crossings }) => {
  const { caseList, overview, assessment, keyboard, page } = crossings;
  await crossings.open();
  await keyboard.activate(caseList.loadExampleCaseButton, 400);
  await expect(overview.heading).toBeVisible();

  await keyboard.activate(assessment.partLink('IMAAF assessment'), 400);
  await expect(assessment.listHeading).toBeVisible();
  await crossings.expectAccessible();
  await keyboard.activate(assessment.startNewAssessmentButton, 400);
  await expect(assessment.heading).toBeVisible();
  await expect(page.getByText('Not yet started').first()).toBeVisible();
  await crossings.expectAccessible();

  // Session and engagement: the danger question comes first.
  await keyboard.activate(assessment.partLink('Session and engagement'), 400);
  await expect(assessment.partHeading('Session and engagement')).toBeVisible();
  await crossings.expectAccessible();
  const danger = assessment.question('Is the child in immediate danger?');
  await assessment.answerByKeyboard(danger, 'No');
  await assessment.waitForSaved(danger);
  // "Not known" is one keystroke away: Alt+K on the question.
  const alone = assessment.question(/without the accompanying adult present/);
  await assessment.answerNotKnownByKeyboard(alone);
  await expect(alone.getByLabel('Not known')).toBeChecked();
  await assessment.waitForSaved(alone);

  // Why the child is here: the child's account.
  await assessment.goToPart('session-and-engagement', 'why-here');
  await expect(assessment.partHeading('Why the child is here')).toBeVisible();
  await crossings.expectAccessible();
  const childReason = assessment.question('Why does the child say they came, or were brought, here?');
  await assessment.answerByKeyboard(childReason, 'Education');
  await assessment.waitForSaved(childReason);
  const debt = assessment.question(/owe money for the journey/);
  await assessment.answerByKeyboard(debt, 'Suspected');
  await assessment.waitForSaved(debt);

  // Who the child is with: a different account from the adult who says she is the aunt.
  await assessment.goToPart('why-here', 'who-the-child-is-with');
  await expect(assessment.partHeading('Who the child is with')).toBeVisible();
  await crossings.expectAccessible();
  const hoa = assessment.adult('Thị Hoa Lê');
  const adultReason = assessment.question('Why does this adult say the child came here?', hoa);
  await assessment.answerByKeyboard(adultReason, 'Work');
  await assessment.waitForSaved(adultReason);
  const passport = assessment.question(/passport/i, hoa).first();
  await assessment.answerByKeyboard(passport, 'Yes');
  await assessment.waitForSaved(passport);

  // The outcome: recommendations in order with reasons and sources, the difference, the gaps, each adult's factors.
  await assessment.goToPart('who-the-child-is-with', 'outcome');
  await expect(assessment.outcomeHeading).toBeVisible();
  await crossings.expectAccessible();
  // The plan first: at most three things to do now, each with a short reason; the full reasons are folded below.
  expect(await assessment.doNow.getByRole('listitem').count()).toBeLessThanOrEqual(3);
  await assessment.showDetails('Show the full reasons and sources');
  const recommendations = assessment.recommendations;
  await expect(recommendations.getByRole('listitem').first()).toContainText('Why:');
  await expect(recommendations).toContainText(/must/i);
  await expect(recommendations).toContainText('National Referral Mechanism');
  await expect(recommendations).not.toContainText(/duty to notify/i);
  await assessment.showDetails('Show where the accounts differ');
  await assessment.showDetails('Show each adult’s factors');
  await assessment.showDetails('Show what is not known');
  await expect(page.getByText('Why the child came here: the child and Thị Hoa Lê')).toBeVisible();
  await expect(page.getByText('The child: Education')).toBeVisible();
  await expect(page.getByText(/Thị Hoa Lê: Work/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Thị Hoa Lê: 1 yes/ })).toBeVisible();
  await expect(assessment.whatIsNotKnown).toContainText(/without the accompanying adult/);

  // Completing needs the professional judgement.
  await keyboard.activate(assessment.completeButton, 400);
  await expect(page.getByRole('alert')).toContainText('professional judgement');
  await keyboard.tabTo(assessment.professionalJudgement, 400);
  await keyboard.type('Concerned. Mai and Hoa give different reasons for the journey, and Hoa holds her passport.');
  await keyboard.activate(assessment.completeButton, 400);
  await expect(assessment.completedHeading).toBeVisible();
  await crossings.expectAccessible();

  // Reopening shows the frozen snapshot: answers read-only, outcome as it was.
  await keyboard.activate(assessment.partLink('Who the child is with'), 400);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(assessment.adult('Thị Hoa Lê')).toContainText('Work');
  await assessment.goToPart('who-the-child-is-with', 'outcome');
  await expect(assessment.frozenOutcomeHeading).toBeVisible();
  await expect(page.getByText('Concerned. Mai and Hoa give different reasons')).toBeVisible();
  await crossings.expectAccessible();

  // A new assessment can start from it, carrying the answers over.
  await keyboard.activate(assessment.partLink('IMAAF assessment', { exact: true }), 400);
  await keyboard.activate(assessment.startFromTheLastOneButton, 400);
  await expect(assessment.heading).toBeVisible();
  await keyboard.activate(assessment.partLink('Why the child is here'), 400);
  await expect(assessment.question('Why does the child say they came, or were brought, here?').getByLabel('Education')).toBeChecked();
});

test('answering Yes to immediate danger puts calling 999 first, straight away', async ({ crossings }) => {
  const { caseList, assessment, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await assessment.openPart('IMAAF assessment');
  await assessment.startNewAssessment();
  await assessment.openPart('Session and engagement');
  const danger = assessment.question('Is the child in immediate danger?');
  await danger.getByLabel('Yes', { exact: true }).check();
  await expect(page.getByRole('alert')).toContainText('Call the police on 999 now');
  await assessment.waitForSaved(danger);
  await assessment.goToPart('session-and-engagement', 'outcome');
  await expect(page.getByRole('alert').first()).toContainText('call the police on 999 now');
  await expect(assessment.doNow.getByRole('listitem').first()).toContainText('999');
  await crossings.expectAccessible();
});
