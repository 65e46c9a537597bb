import { Crossings } from './pages/crossings';
import { expect, test } from './pages/team-crossings';
import { organisationName, type TeamDatabase } from './team-database';

/**
 * Team mode in browser mode: the case records in the organisation's PostgreSQL (a throwaway cluster each test starts
 * itself, tests/e2e/team-database.ts), settings, drafts and the unlock PIN in the encrypted file on this computer.
 */

/** Every page visited says whose team records these are, and passes axe. */
async function expectTeamPage(crossings: Crossings): Promise<void> {
  await expect(crossings.recordsKept).toHaveText(`Team records: ${organisationName}`);
  await crossings.expectAccessible();
}

/** How Crossings' open connections reach the server, as PostgreSQL sees them: its address (none over a socket), and TLS. */
async function workerConnections(teamDatabase: TeamDatabase): Promise<{ address: string | null; ssl: boolean }[]> {
  return teamDatabase.query<{ address: string | null; ssl: boolean }>(
    'SELECT host(a.client_addr) AS address, s.ssl FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.usename = $1',
    [teamDatabase.worker.role],
  );
}

test('in team mode a worker records a child, adults, the journey and the chronology, and they are in the team database', async ({
  crossings,
  teamDatabase,
}) => {
  const { caseList, newCase, overview, connectedAdults, journey, chronology } = crossings;
  await crossings.open();
  await expect(caseList.heading).toBeVisible();
  await expect(caseList.noCasesYet).toBeVisible();
  await expectTeamPage(crossings);
  await expect(crossings.page.getByText(`Working as ${teamDatabase.worker.name}`)).toBeVisible();

  // The child, whose name has diacritics.
  await caseList.startNewCase();
  await expect(newCase.heading).toBeVisible();
  await expectTeamPage(crossings);
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
  await expectTeamPage(crossings);

  // Two connected adults, one of whom must not be shared with.
  await overview.openSection('Connected adults');
  await expect(connectedAdults.heading).toBeVisible();
  await expectTeamPage(crossings);
  await connectedAdults.startAddingAnAdult();
  await expect(connectedAdults.addHeading).toBeVisible();
  await expectTeamPage(crossings);
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
  await expectTeamPage(crossings);

  // A three-leg journey with approximate dates.
  await overview.openSection('Journey');
  await expect(journey.heading).toBeVisible();
  await expectTeamPage(crossings);
  await journey.startAddingALeg();
  await expectTeamPage(crossings);
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
  await expect(journey.legs).toHaveCount(3);
  await expectTeamPage(crossings);

  // Two chronology entries, then a correction of the first.
  await overview.openSection('Chronology');
  await expectTeamPage(crossings);
  await chronology.startAddingAnEntry();
  await expectTeamPage(crossings);
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
  await expectTeamPage(crossings);
  await chronology.describeCorrection({
    when: { day: '4', month: '3', year: '2026', approximate: true },
    whatHappened: 'Arrived at Dover on about 4 March, the day after leaving Calais.',
  });
  await chronology.saveCorrection();
  await expectTeamPage(crossings);

  // Restart: everything comes back from the team records, found from the case list without the accents.
  await crossings.restart();
  await expectTeamPage(crossings);
  await caseList.find('nguyen thi anh');
  await expect(caseList.matchCount).toContainText('1 case matches');
  const connections = await workerConnections(teamDatabase);
  expect(connections.length).toBeGreaterThan(0);
  expect(connections.every(({ address, ssl }) => address === '127.0.0.1' && ssl), JSON.stringify(connections)).toBe(true);
  await expectTeamPage(crossings);
  await caseList.openCase('Thị Ánh Nguyễn');
  await expect(overview.child).toContainText('Thị Ánh Nguyễn');
  await expect(overview.child).toContainText('4 March 2012');
  await expect(overview.child).toContainText('Age disputed: treated as a child until it is decided');
  await expectTeamPage(crossings);

  await overview.openSection('Connected adults');
  await expect(connectedAdults.card('Thị Hoa Lê')).toContainText('Aunt or uncle');
  await expect(connectedAdults.card('Anh').filter({ hasNotText: 'Hoa' })).toContainText('Do not share with');
  await expectTeamPage(crossings);

  await overview.openSection('Journey');
  await expect(journey.legs).toHaveCount(3);
  await expect(journey.legs.nth(0)).toContainText('Hà Nội, Vietnam');
  await expect(journey.legs.nth(1)).toContainText('Thị Hoa Lê');
  await expect(journey.legs.nth(2)).toContainText('Arrived 3 March 2026');
  await expectTeamPage(crossings);

  await overview.openSection('Chronology');
  await expect(chronology.entry(1)).toContainText('Corrected');
  await expect(chronology.entry(3)).toContainText('Corrects entry 1');
  await expect(chronology.entry(2)).toContainText('School nurse referred her to children’s services.');
  await expectTeamPage(crossings);

  // The rows really are in PostgreSQL, in the worker's team, written as the worker's own role.
  const cases = await teamDatabase.query<{ id: string; team_id: string; child_name: string; reference: string; updated_by_role: string }>(
    'SELECT id, team_id, child_name, reference, updated_by_role FROM crossings.cases',
  );
  expect(cases).toHaveLength(1);
  const [row] = cases;
  expect(row!.team_id).toBe(teamDatabase.team.id);
  expect(row!.child_name).toContain('Nguyễn');
  expect(row!.updated_by_role).toBe(teamDatabase.worker.role);
  await expect(overview.child).toContainText(row!.reference);
  const counts = await teamDatabase.query<{ adults: number; legs: number; entries: number; by: string[] }>(
    `SELECT (SELECT count(*)::int FROM crossings.connected_adults WHERE case_id = $1) AS adults,
            (SELECT count(*)::int FROM crossings.journey_legs WHERE case_id = $1) AS legs,
            (SELECT count(*)::int FROM crossings.chronology_entries WHERE case_id = $1) AS entries,
            (SELECT array_agg(DISTINCT recorded_by || ' as ' || recorded_by_role) FROM crossings.chronology_entries WHERE case_id = $1) AS by`,
    [row!.id],
  );
  expect(counts[0]).toEqual({ adults: 2, legs: 3, entries: 3, by: [`${teamDatabase.worker.name} as ${teamDatabase.worker.role}`] });

  // This computer's own file holds no case: started without the team records, the case list is empty.
  crossings.startWith({});
  await crossings.restart();
  await expect(caseList.heading).toBeVisible();
  await expect(crossings.recordsKept).toHaveText('On this computer only');
  await expect(caseList.noCasesYet).toBeVisible();
});

test('a worker’s cases from before team mode move into the team records from Settings, by keyboard', async ({ crossings, teamDatabase }) => {
  const { caseList, newCase, overview, settings, keyboard, page } = crossings;
  // First on this computer alone: one case, recorded before IT set up team mode.
  crossings.startWith({});
  await crossings.open();
  await expect(crossings.recordsKept).toHaveText('On this computer only');
  await caseList.startNewCase();
  await newCase.describeChild({ given: 'Dawit', family: 'Tesfaye', dateOfBirth: { year: '2011' }, nation: 'England' });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();
  const reference = await overview.caseReference();
  expect(reference).toMatch(/^CR-\d{4}-\d{4}$/);

  // Then in team mode: the case is not in the team records until the worker moves it.
  crossings.startWith(teamDatabase.environment);
  await crossings.restart();
  await expectTeamPage(crossings);
  await expect(caseList.noCasesYet).toBeVisible();
  await settings.open();
  const panel = page.getByRole('region', { name: 'Where case records are kept' });
  await expect(panel).toContainText(`Team records: ${organisationName}.`);
  await expect(panel.getByRole('heading', { name: 'Cases still on this computer' })).toBeVisible();
  await expect(panel).toContainText(`${reference}, Dawit Tesfaye`);
  await expectTeamPage(crossings);
  const move = panel.getByRole('button', { name: 'Move these cases into the team records' });
  await keyboard.activate(move, 200);
  const done = page.getByTestId('success-banner');
  await expect(done).toContainText('1 case was moved into the team records.');
  // Focus goes to the confirmation, never to the top of the page.
  await expect(done).toBeFocused();
  await expect(panel.getByRole('heading', { name: 'Cases still on this computer' })).toHaveCount(0);
  await expectTeamPage(crossings);

  // In the team records now, and in PostgreSQL, with its move audited there.
  const rows = await teamDatabase.query<{ reference: string }>('SELECT reference FROM crossings.cases');
  expect(rows.map((row) => row.reference)).toEqual([reference]);
  const audited = await teamDatabase.query<{ action: string }>('SELECT action FROM crossings.audit_events WHERE case_reference = $1 ORDER BY sequence', [reference]);
  expect(audited.map((row) => row.action)).toContain('case.brought-in');
  await caseList.goTo();
  await caseList.find('dawit tesfaye');
  await expect(caseList.caseLink(/Dawit Tesfaye/)).toBeVisible();
});

test.describe('over the Unix socket', () => {
  test.use({ teamConnection: 'socket' });

  test('when the team records go down mid-session the worker is told plainly, keeps what they typed, and saves it once they are back', async ({
    crossings,
    teamDatabase,
  }) => {
    const { caseList, newCase, overview, sectionForm: form, keyboard, page } = crossings;
    await crossings.open();
    await caseList.startNewCase();
    await newCase.describeChild({ given: 'Thị Ánh', family: 'Nguyễn', dateOfBirth: { year: '2012' }, nation: 'England' });
    await newCase.startTheCase();
    await expect(overview.heading).toBeVisible();
    await overview.openFromSections('The child');
    await expect(crossings.heading('The child')).toBeVisible();
    await expectTeamPage(crossings);
    const connections = await workerConnections(teamDatabase);
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.every(({ address, ssl }) => address === null && !ssl), JSON.stringify(connections)).toBe(true);

    // PostgreSQL stops; the worker types a change and saves it.
    await teamDatabase.pause();
    const town = form.field('Town or village of birth');
    const kept = page.waitForResponse((response) => response.url().includes('/api/drafts.save') && response.ok());
    await keyboard.retype(town, 'Hải Phòng');
    await kept;
    await keyboard.activate(form.saveButton);
    const problem = page.getByRole('alert');
    await expect(problem).toContainText('There is a problem');
    await expect(problem).toContainText('The team records cannot be reached just now.');
    await expect(problem).toContainText('What you typed has been kept.');
    // Focus goes to what went wrong, never to the top of the page.
    await expect(problem, `focus is on ${await form.focused()}`).toBeFocused();
    await expect(town).toHaveValue('Hải Phòng');
    await expect(crossings.recordsKept).toHaveText(`Team records: ${organisationName}`);
    await crossings.expectAccessible();

    // A reload while it is still down: Crossings comes back locked (the PIN is this computer's), unlocks with it (the
    // unlock is audited in this computer's own log), and the page says in words that the team records cannot be
    // reached: no crash, nothing about the case shown.
    await crossings.reload({ unlock: false });
    await expect(crossings.lock.heading).toBeVisible();
    await crossings.lock.tryPin(Crossings.worker.pin);
    await expect(crossings.lock.heading).toBeHidden();
    await expect(page.getByText('The team records cannot be reached just now.', { exact: false }).first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/TypeError|undefined|Something went wrong|stack|Nguyễn|could not write this to its audit log/i);
    await expect(crossings.recordsKept).toHaveText(`Team records: ${organisationName}`);
    await crossings.expectAccessible();

    // Back up: the reloaded form brings back what was typed, and saving it works.
    await teamDatabase.resume();
    const townInTeamRecords = async () =>
      (await teamDatabase.query<{ town: string | null }>(`SELECT child->'placeOfBirth'->>'town' AS town FROM crossings.cases`)).map((row) => row.town ?? '');
    expect(await townInTeamRecords(), 'the failed save left nothing behind').toEqual(['']);
    await crossings.reload();
    await expect(crossings.heading('The child')).toBeVisible();
    await expect(form.restoredBanner).toBeVisible();
    await expect(town).toHaveValue('Hải Phòng');
    await keyboard.activate(form.saveButton);
    await expect(form.confirmation).toBeFocused();
    await expect(form.confirmation).toContainText('Saved at');
    await expectTeamPage(crossings);

    expect(await townInTeamRecords()).toEqual(['Hải Phòng']);
  });
});
