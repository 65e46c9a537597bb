import { expect, test } from './pages/crossings';

test('a worker records a child, connected adults, the journey and the chronology, and finds them again after a restart', async ({ crossings }) => {
  const { caseList, newCase, overview, connectedAdults, journey, chronology } = crossings;
  await crossings.open();
  await expect(caseList.heading).toBeVisible();
  await expect(caseList.noCasesYet).toBeVisible();
  await crossings.expectAccessible();

  // The child, whose name has diacritics.
  await caseList.startNewCase();
  await expect(newCase.heading).toBeVisible();
  await crossings.expectAccessible();
  await newCase.describeChild({
    given: 'Thị Ánh',
    family: 'Nguyễn',
    dateOfBirth: { day: '4', month: '3', year: '2012' },
    sex: 'Female',
    age: 'Age disputed: treated as a child until it is decided',
    nation: 'England',
    localAuthority: { typed: 'kent co', option: 'Kent County Council' },
  });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();
  await expect(overview.child).toContainText('Thị Ánh Nguyễn');
  await crossings.expectAccessible();

  // Two connected adults, one of whom must not be shared with.
  await overview.openSection('Connected adults');
  await expect(connectedAdults.heading).toBeVisible();
  await crossings.expectAccessible();
  await connectedAdults.startAddingAnAdult();
  await expect(connectedAdults.addHeading).toBeVisible();
  await crossings.expectAccessible();
  await connectedAdults.describeAdult({
    given: 'Thị Hoa',
    family: 'Lê',
    relationshipTheAdultGives: 'Aunt or uncle',
    relationshipTheChildGives: 'Family friend',
    holdsParentalResponsibility: 'No',
    livesWithTheChild: 'Yes',
  });
  await connectedAdults.saveAdult();

  await connectedAdults.addAdult({
    given: 'Anh',
    relationshipTheChildGives: 'Agent or person who arranged travel',
    doNotShareBecause: 'Met her at Dover and holds her passport.',
  });
  await expect(crossings.page.getByText('Do not share with', { exact: true })).toBeVisible();
  await crossings.expectAccessible();

  // A three-leg journey with approximate dates.
  await overview.openSection('Journey');
  await expect(journey.heading).toBeVisible();
  await journey.startAddingALeg();
  await crossings.expectAccessible();
  await journey.describeLeg({
    from: { typed: 'Vietnam', country: 'Vietnam' },
    fromPlace: 'Hà Nội',
    to: { typed: 'Russia', country: 'Russia' },
    toPlace: 'Moscow',
    left: { month: '9', year: '2025', approximate: true },
    transport: 'Plane',
  });
  await journey.saveLeg();

  await journey.startAddingALeg();
  await expect(journey.countryTravelledFrom).toHaveValue('Russia');
  await journey.describeLeg({
    to: { typed: 'France', country: 'France' },
    toPlace: 'Calais',
    left: { year: '2025', approximate: true },
    transport: 'Lorry or van',
    travelledWith: ['Thị Hoa Lê'],
  });
  await journey.saveLeg();

  await journey.startAddingALeg();
  await journey.describeLeg({
    to: { typed: 'United K', country: 'United Kingdom' },
    toPlace: 'Dover',
    left: { day: '2', month: '3', year: '2026', approximate: true },
    arrived: { day: '3', month: '3', year: '2026' },
    transport: 'Lorry or van',
  });
  await journey.saveLeg();
  await crossings.expectAccessible();

  // Two chronology entries, then a correction of the first.
  await overview.openSection('Chronology');
  await chronology.startAddingAnEntry();
  await crossings.expectAccessible();
  await chronology.describeEntry({
    when: { day: '3', month: '3', year: '2026' },
    kind: 'Journey',
    whatHappened: 'Arrived at Dover in a lorry with Hoa.',
    source: 'The child, first visit',
  });
  await chronology.saveEntry();

  await chronology.addEntry({
    when: { day: '10', month: '3', year: '2026' },
    kind: 'Contact with an agency',
    whatHappened: 'School nurse referred her to children’s services.',
  });

  await chronology.startCorrectingEntry(1);
  await expect(chronology.correctionHeading(1)).toBeVisible();
  await crossings.expectAccessible();
  await chronology.describeCorrection({
    when: { day: '4', month: '3', year: '2026', approximate: true },
    whatHappened: 'Arrived at Dover on about 4 March, the day after leaving Calais.',
  });
  await chronology.saveCorrection();
  await crossings.expectAccessible();

  // Restart the server: everything must come back from the database.
  await crossings.restart();
  await caseList.find('nguyen thi anh');
  await expect(caseList.matchCount).toContainText('1 case matches');
  await caseList.openCase('Thị Ánh Nguyễn');
  await expect(overview.child).toContainText('Thị Ánh Nguyễn');
  await expect(overview.child).toContainText('4 March 2012');
  await expect(overview.child).toContainText('Age disputed: treated as a child until it is decided');
  await expect(overview.child).toContainText('England');

  await overview.openSection('Connected adults');
  const hoa = connectedAdults.card('Thị Hoa Lê');
  await expect(hoa).toContainText('Aunt or uncle');
  await expect(hoa).toContainText('Family friend');
  const anh = connectedAdults.card('Anh').filter({ hasNotText: 'Hoa' });
  await expect(anh).toContainText('Do not share with');
  await expect(anh).toContainText('Agent or person who arranged travel');

  await overview.openSection('Journey');
  const legs = journey.legs;
  await expect(legs).toHaveCount(3);
  await expect(legs.nth(0)).toContainText('Hà Nội, Vietnam');
  await expect(legs.nth(0)).toContainText('Left about September 2025');
  await expect(legs.nth(0)).toContainText('Plane');
  await expect(legs.nth(1)).toContainText('Calais, France');
  await expect(legs.nth(1)).toContainText('Left about 2025');
  await expect(legs.nth(1)).toContainText('Thị Hoa Lê');
  await expect(legs.nth(2)).toContainText('Dover, United Kingdom');
  await expect(legs.nth(2)).toContainText('Left about 2 March 2026');
  await expect(legs.nth(2)).toContainText('Arrived 3 March 2026');
  await crossings.expectAccessible();

  await overview.openSection('Chronology');
  const original = chronology.entry(1);
  await expect(original).toContainText('Arrived at Dover in a lorry with Hoa.');
  await expect(original).toContainText('Corrected');
  await expect(original).toContainText('Arrived at Dover on about 4 March, the day after leaving Calais.');
  const correction = chronology.entry(3);
  await expect(correction).toContainText('Corrects entry 1');
  await expect(correction).toContainText('about 4 March 2026');
  await expect(chronology.entry(2)).toContainText('School nurse referred her to children’s services.');
  await crossings.expectAccessible();
});

test('a new case can be started by keyboard alone, choosing from the lists with the arrow keys', async ({ crossings }) => {
  const { caseList, newCase, overview, keyboard, page } = crossings;
  await crossings.open();
  await expect(caseList.heading).toBeVisible();
  await keyboard.activate(caseList.startNewCaseButton);
  await expect(newCase.heading).toBeVisible();

  await keyboard.tabTo(newCase.givenName);
  await keyboard.type('Ștefania');
  await keyboard.press('Tab');
  await keyboard.type('Ionescu');
  await keyboard.tabTo(newCase.dateOfBirth.getByLabel('Year'));
  await keyboard.type('2010');
  await keyboard.tabTo(page.getByLabel('Female', { exact: true }));
  await keyboard.press('Space');
  await keyboard.tabTo(page.getByLabel('Accepted as a child'));
  await keyboard.press('Space');
  await keyboard.tabTo(page.getByLabel('England'));
  await keyboard.press('ArrowRight'); // Wales
  await keyboard.tabTo(newCase.localAuthority);
  await keyboard.type('cardiff');
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await expect(newCase.localAuthority).toHaveValue(/Cardiff/);
  await keyboard.activate(newCase.startTheCaseButton);

  await expect(overview.heading).toBeVisible();
  await expect(overview.child).toContainText('Ștefania Ionescu');
  await expect(overview.child).toContainText('2010');
  await expect(overview.child).toContainText('Wales');
});

test('a form with a mistake shows an error summary linked to the field, and keeps what was typed', async ({ crossings }) => {
  const { caseList, newCase, overview, page } = crossings;
  await crossings.open();
  await caseList.startNewCase();
  // Asked for before the typing: the draft is kept a moment after the last change.
  const draftKept = newCase.draftKeptWith('2011');
  await newCase.describeChild({ given: 'Arbër', dateOfBirth: { day: '31', month: '2', year: '2011' } });
  await newCase.startTheCase();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Enter a real date');
  await summary.getByRole('link', { name: 'Enter a real date' }).click();
  await expect(newCase.dateOfBirth.getByLabel('Day')).toBeFocused();
  await expect(newCase.givenName).toHaveValue('Arbër');
  await crossings.expectAccessible();

  // What was typed survives a reload (kept as a draft).
  await draftKept;
  await crossings.reload();
  await expect(newCase.draftRestored).toBeVisible();
  await expect(newCase.givenName).toHaveValue('Arbër');

  await newCase.describeChild({ dateOfBirth: { day: '28' } });
  await newCase.startTheCase();
  const nation = page.getByRole('alert');
  await expect(nation).toContainText('Choose the UK nation the child is in');
  await newCase.describeChild({ nation: 'Scotland' });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();
});

test('the example case loads from the empty state and is marked as fictional', async ({ crossings }) => {
  const { caseList, newCase, overview, page } = crossings;
  await crossings.open();
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();
  await crossings.expectAccessible();
  for (const section of ['The child', 'Home country', 'Agencies']) {
    await overview.openSection(section);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await crossings.expectAccessible();
  }
  // Before a new case is created, possible matches are shown.
  await page.getByRole('link', { name: 'Cases' }).click();
  await caseList.startNewCase();
  await newCase.describeChild({ given: 'Mai', family: 'Tran', nation: 'England' });
  await newCase.startTheCase();
  await expect(newCase.mayAlreadyHaveACase).toBeVisible();
  await expect(caseList.caseLink(/Thị Mai Trần/)).toBeVisible();
  await crossings.expectAccessible();
});
