import { expect, test } from './pages/crossings';

/**
 * Issue 11: a child found working at a car wash with an adult who answers for them. The outcome shows labour
 * exploitation to explore, "speak to the child on their own" as an action with its reason, and asks for the worker's
 * judgement before the statutory NRM wording appears.
 */
test('a child found working at a car wash with an adult who answers for them', async ({ crossings }) => {
  const { caseList, newCase, overview, connectedAdults, assessment, page } = crossings;
  await crossings.open();
  await caseList.startNewCase();
  await newCase.describeChild({
    given: 'Arben',
    family: 'Kola',
    dateOfBirth: { year: '2010' },
    sex: 'Male',
    age: 'Accepted as a child',
    nation: 'England',
  });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();

  // How old he looks is a fact to record beside the date of birth.
  await overview.openSection('The child');
  await page.getByLabel('Youngest age they look (optional)').fill('15');
  await page.getByLabel('Oldest age they look (optional)').fill('17');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await crossings.expectAccessible();

  await overview.openSection('Connected adults');
  await connectedAdults.startAddingAnAdult();
  await connectedAdults.describeAdult({ given: 'Besnik', family: 'Hoxha', relationshipTheAdultGives: 'Employer', holdsParentalResponsibility: 'No' });
  await connectedAdults.saveAdult();

  await overview.openSection('IMAAF assessment');
  await assessment.startNewAssessment();
  await expect(assessment.heading).toBeVisible();

  await assessment.openPart('Session and engagement');
  const danger = assessment.question('Is the child in immediate danger?');
  await danger.getByLabel('No', { exact: true }).check();
  await assessment.waitForSaved(danger);

  // The adult answers for him and will not leave.
  await assessment.goToPart('session-and-engagement', 'who-the-child-is-with');
  const besnik = assessment.adult('Besnik Hoxha');
  const insists = assessment.question(/insist on staying with the child and speaking for them/, besnik);
  await insists.getByLabel('Yes', { exact: true }).check();
  await assessment.waitForSaved(insists);

  // Found working at a car wash.
  await assessment.goToPart('who-the-child-is-with', 'uk-situation');
  const place = assessment.question(/found at, or linked to, a place likely used for exploitation/);
  await place.getByLabel('Yes', { exact: true }).check();
  await assessment.waitForSaved(place);
  const kind = assessment.question('What kind of place, or what kind of work, is the child linked to?');
  await assessment.tick(kind, 'Car wash');
  await assessment.waitForSaved(kind);

  await assessment.goToPart('uk-situation', 'outcome');
  await expect(assessment.outcomeHeading).toBeVisible();
  await crossings.expectAccessible();

  await expect(page.getByText(/They look 15 to 17; appearance alone never decides age/)).toBeVisible();

  // Labour exploitation to explore, because of the car wash; not sexual exploitation.
  await expect(assessment.exploitationToExplore).toContainText('Forced to work for nothing or almost nothing');
  await expect(assessment.exploitationToExplore).toContainText('linked to: car wash');
  await expect(assessment.exploitationToExplore).not.toContainText(/prostitution|sexual/i);

  // Speak to the child on their own, as an action with its reason naming the adult (the full reasons unfold below the plan).
  await assessment.showDetails('Show the full reasons and sources');
  const speak = assessment.recommendation(/Speak to the child on their own/);
  await expect(speak).toContainText('Why:');
  await expect(speak).toContainText('Besnik Hoxha insists on staying with the child and speaking for them');

  // The judgement is asked for; no statutory wording yet.
  await expect(assessment.yourJudgement).toContainText('Your judgement is needed before the outcome says whether an NRM referral is required');
  await expect(assessment.yourJudgement).toContainText('found at, or linked to, a place likely used for exploitation');
  await expect(assessment.recommendations).not.toContainText(/NRM referral (must|should) be made/);
  await expect(assessment.recommendation(/Consider an NRM referral/)).toBeVisible();

  // The worker answers the judgement question near the end of the assessment, where the indicators are listed too.
  await assessment.yourJudgement.getByRole('link', { name: /Answer this question\s*: In your judgement, are there reasonable grounds/ }).click();
  await expect(assessment.partHeading('Analysis')).toBeVisible();
  await expect(page.locator('[data-judgement-indicators="judgement-reasonable-grounds"]')).toContainText('Besnik Hoxha: insists on staying with the child and speaking for them (yes)');
  await crossings.expectAccessible();
  const grounds = assessment.question(/are there reasonable grounds to believe the child may be a victim/);
  await grounds.getByLabel('Yes', { exact: true }).check();
  await assessment.waitForSaved(grounds);

  await assessment.goToPart('analysis', 'outcome');
  await expect(assessment.outcomeHeading).toBeVisible();
  await assessment.showDetails('Show the full reasons and sources');
  await expect(assessment.recommendation('An NRM referral must be made')).toContainText('You recorded that, in your judgement, there are reasonable grounds');
  await expect(assessment.yourJudgement).toContainText('You answered yes');
  await crossings.expectAccessible();
});
