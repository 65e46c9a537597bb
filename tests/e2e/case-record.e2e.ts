import { expect, test, type Page } from '@playwright/test';
import { chooseFromList, expectAccessible, fillDate, freshDataDir, startApp, tabTo, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function saveAndExpect(page: Page, button: string, heading: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a worker records a child, connected adults, the journey and the chronology, and finds them again after a restart', async ({ page }) => {
  const dataDir = freshDataDir();
  app = await startApp(dataDir);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByText('No cases yet')).toBeVisible();
  await expectAccessible(page);

  // The child, whose name has diacritics.
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new case' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Given name or names').fill('Thị Ánh');
  await page.getByLabel('Family name').fill('Nguyễn');
  await fillDate(page.getByRole('group', { name: 'Date of birth, as the child gives it' }), { day: '4', month: '3', year: '2012' });
  await page.getByLabel('Female', { exact: true }).check();
  await page.getByLabel('Age disputed: treated as a child until it is decided').check();
  await page.getByLabel('England').check();
  await chooseFromList(page, 'Local authority (optional)', 'kent co', 'Kent County Council');
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Child' })).toContainText('Thị Ánh Nguyễn');
  await expectAccessible(page);

  // Two connected adults, one of whom must not be shared with.
  await page.getByRole('link', { name: 'Connected adults' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connected adults' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add a connected adult' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a connected adult' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Given name or names').fill('Thị Hoa');
  await page.getByLabel('Family name').fill('Lê');
  await page.getByLabel('What the adult says the relationship is').selectOption({ label: 'Aunt or uncle' });
  await page.getByLabel('What the child says the relationship is').selectOption({ label: 'Family friend' });
  await page.getByRole('group', { name: 'Does this adult hold parental responsibility for the child?' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('group', { name: 'Does this adult live with the child?' }).getByLabel('Yes', { exact: true }).check();
  await saveAndExpect(page, 'Save this adult', 'Connected adults');

  await page.getByRole('button', { name: 'Add a connected adult' }).click();
  await page.getByLabel('Given name or names').fill('Anh');
  await page.getByLabel('What the child says the relationship is').selectOption({ label: 'Agent or person who arranged travel' });
  await page.getByLabel('Do not share with this adult').check();
  await page.getByLabel('Why').fill('Met her at Dover and holds her passport.');
  await saveAndExpect(page, 'Save this adult', 'Connected adults');
  await expect(page.getByText('Do not share with', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // A three-leg journey with approximate dates.
  await page.getByRole('link', { name: 'Journey' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journey' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a leg of the journey' }).click();
  await expectAccessible(page);
  await chooseFromList(page, 'Country travelled from', 'Vietnam', 'Vietnam');
  await page.getByLabel('Town or place travelled from').fill('Hà Nội');
  await chooseFromList(page, 'Country travelled to', 'Russia', 'Russia');
  await page.getByLabel('Town or place travelled to').fill('Moscow');
  await fillDate(page.getByRole('group', { name: 'When they left' }), { month: '9', year: '2025', approximate: true });
  await page.getByLabel('Plane').check();
  await saveAndExpect(page, 'Save this leg', 'Journey');

  await page.getByRole('button', { name: 'Add a leg of the journey' }).click();
  await expect(page.getByRole('combobox', { name: 'Country travelled from' })).toHaveValue('Russia');
  await chooseFromList(page, 'Country travelled to', 'France', 'France');
  await page.getByLabel('Town or place travelled to').fill('Calais');
  await fillDate(page.getByRole('group', { name: 'When they left' }), { year: '2025', approximate: true });
  await page.getByLabel('Lorry or van').check();
  await page.getByLabel('Thị Hoa Lê').check();
  await saveAndExpect(page, 'Save this leg', 'Journey');

  await page.getByRole('button', { name: 'Add a leg of the journey' }).click();
  await chooseFromList(page, 'Country travelled to', 'United K', 'United Kingdom');
  await page.getByLabel('Town or place travelled to').fill('Dover');
  await fillDate(page.getByRole('group', { name: 'When they left' }), { day: '2', month: '3', year: '2026', approximate: true });
  await fillDate(page.getByRole('group', { name: 'When they arrived' }), { day: '3', month: '3', year: '2026' });
  await page.getByLabel('Lorry or van').check();
  await saveAndExpect(page, 'Save this leg', 'Journey');
  await expectAccessible(page);

  // Two chronology entries, then a correction of the first.
  await page.getByRole('link', { name: 'Chronology' }).first().click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await expectAccessible(page);
  await fillDate(page.getByRole('group', { name: 'When it happened' }), { day: '3', month: '3', year: '2026' });
  await page.getByLabel('Journey').check();
  await page.getByLabel('What happened').fill('Arrived at Dover in a lorry with Hoa.');
  await page.getByLabel('Where this information came from').fill('The child, first visit');
  await saveAndExpect(page, 'Save the entry', 'Chronology');

  await page.getByRole('button', { name: 'Add an entry' }).click();
  await fillDate(page.getByRole('group', { name: 'When it happened' }), { day: '10', month: '3', year: '2026' });
  await page.getByLabel('Contact with an agency').check();
  await page.getByLabel('What happened').fill('School nurse referred her to children’s services.');
  await saveAndExpect(page, 'Save the entry', 'Chronology');

  await page.getByRole('link', { name: 'Correct this entry (entry 1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Correct entry 1' })).toBeVisible();
  await expectAccessible(page);
  await fillDate(page.getByRole('group', { name: 'When it happened' }), { day: '4', month: '3', year: '2026', approximate: true });
  await page.getByLabel('What happened, corrected').fill('Arrived at Dover on about 4 March, the day after leaving Calais.');
  await saveAndExpect(page, 'Save the correction', 'Chronology');
  await expectAccessible(page);

  // Restart the server: everything must come back from the database.
  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.url);
  await page.getByLabel('Find a case').fill('nguyen thi anh');
  await expect(page.getByRole('status').filter({ hasText: 'case matches' })).toContainText('1 case matches');
  await page.getByRole('link', { name: 'Thị Ánh Nguyễn' }).click();
  const identity = page.getByRole('region', { name: 'Child' });
  await expect(identity).toContainText('Thị Ánh Nguyễn');
  await expect(identity).toContainText('4 March 2012');
  await expect(identity).toContainText('Age disputed: treated as a child until it is decided');
  await expect(identity).toContainText('England');

  await page.getByRole('link', { name: 'Connected adults' }).first().click();
  const hoa = page.locator('.govuk-summary-card', { hasText: 'Thị Hoa Lê' });
  await expect(hoa).toContainText('Aunt or uncle');
  await expect(hoa).toContainText('Family friend');
  const anh = page.locator('.govuk-summary-card', { hasText: 'Anh' }).filter({ hasNotText: 'Hoa' });
  await expect(anh).toContainText('Do not share with');
  await expect(anh).toContainText('Agent or person who arranged travel');

  await page.getByRole('link', { name: 'Journey' }).first().click();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Hà Nội, Vietnam');
  await expect(rows.nth(0)).toContainText('Left about September 2025');
  await expect(rows.nth(0)).toContainText('Plane');
  await expect(rows.nth(1)).toContainText('Calais, France');
  await expect(rows.nth(1)).toContainText('Left about 2025');
  await expect(rows.nth(1)).toContainText('Thị Hoa Lê');
  await expect(rows.nth(2)).toContainText('Dover, United Kingdom');
  await expect(rows.nth(2)).toContainText('Left about 2 March 2026');
  await expect(rows.nth(2)).toContainText('Arrived 3 March 2026');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Chronology' }).first().click();
  const original = page.locator('#entry-1');
  await expect(original).toContainText('Arrived at Dover in a lorry with Hoa.');
  await expect(original).toContainText('Corrected');
  await expect(original).toContainText('Arrived at Dover on about 4 March, the day after leaving Calais.');
  const correction = page.locator('#entry-3');
  await expect(correction).toContainText('Corrects entry 1');
  await expect(correction).toContainText('about 4 March 2026');
  await expect(page.locator('#entry-2')).toContainText('School nurse referred her to children’s services.');
  await expectAccessible(page);
});

test('a new case can be started by keyboard alone, choosing from the lists with the arrow keys', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Start a new case' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new case' })).toBeVisible();

  await tabTo(page, page.getByLabel('Given name or names'));
  await page.keyboard.type('Ștefania');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ionescu');
  await tabTo(page, page.getByRole('group', { name: 'Date of birth, as the child gives it' }).getByLabel('Year'));
  await page.keyboard.type('2010');
  await tabTo(page, page.getByLabel('Female', { exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Accepted as a child'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('England'));
  await page.keyboard.press('ArrowRight'); // Wales
  await tabTo(page, page.getByRole('combobox', { name: 'Local authority (optional)' }));
  await page.keyboard.type('cardiff');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Local authority (optional)' })).toHaveValue(/Cardiff/);
  await tabTo(page, page.getByRole('button', { name: 'Start the case' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const identity = page.getByRole('region', { name: 'Child' });
  await expect(identity).toContainText('Ștefania Ionescu');
  await expect(identity).toContainText('2010');
  await expect(identity).toContainText('Wales');
});

test('a form with a mistake shows an error summary linked to the field, and keeps what was typed', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Given name or names').fill('Arbër');
  await fillDate(page.getByRole('group', { name: 'Date of birth, as the child gives it' }), { day: '31', month: '2', year: '2011' });
  await page.getByRole('button', { name: 'Start the case' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Enter a real date');
  await summary.getByRole('link', { name: 'Enter a real date' }).click();
  await expect(page.getByRole('group', { name: 'Date of birth, as the child gives it' }).getByLabel('Day')).toBeFocused();
  await expect(page.getByLabel('Given name or names')).toHaveValue('Arbër');
  await expectAccessible(page);

  // What was typed survives a reload (kept as a draft).
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unsaved changes restored' })).toBeVisible();
  await expect(page.getByLabel('Given name or names')).toHaveValue('Arbër');

  await fillDate(page.getByRole('group', { name: 'Date of birth, as the child gives it' }), { day: '28' });
  await page.getByRole('button', { name: 'Start the case' }).click();
  const nation = page.getByRole('alert');
  await expect(nation).toContainText('Choose the UK nation the child is in');
  await page.getByLabel('Scotland').check();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('the example case loads from the empty state and is marked as fictional', async ({ page }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByText('Example case: every person and detail in it is fictional')).toBeVisible();
  await expectAccessible(page);
  for (const section of ['The child', 'Home country', 'Agencies']) {
    await page.getByRole('link', { name: section }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  // Before a new case is created, possible matches are shown.
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Given name or names').fill('Mai');
  await page.getByLabel('Family name').fill('Tran');
  await page.getByLabel('England').check();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { name: 'This child may already have a case' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Thị Mai Trần/ })).toBeVisible();
  await expectAccessible(page);
});
