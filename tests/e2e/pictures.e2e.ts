import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDataDir, startApp, tabTo, type RunningApp } from './app';

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function openExampleCase(page: Page): Promise<void> {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByText('Example case: every person and detail in it is fictional')).toBeVisible();
}

async function openSection(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('link', { name: link }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the journey page shows the map of the example journey, with the same legs in words as in the route table', async ({ page }) => {
  await openExampleCase(page);
  await openSection(page, 'Journey', 'Journey');

  const map = page.getByRole('img', { name: /journey/i });
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('aria-describedby', /.+/);
  // The map is drawn as vector shapes with patterns, not as a picture file.
  expect(await map.locator('path').count()).toBeGreaterThan(100);
  expect(await map.locator('pattern').count()).toBeGreaterThan(0);
  await expect(map).toHaveScreenshot('journey-map.png', { maxDiffPixelRatio: 0.02 });

  // The route table is still there, and the words under the map list the same legs through the same countries.
  const routeRows = page.locator('table tbody tr');
  const legCount = await routeRows.count();
  expect(legCount).toBe(3);
  // The words are in the page from the start (for search and print), behind "Show the map as a list".
  await expect(page.locator('h3', { hasText: 'Legs of the journey, in order' })).toHaveCount(1);
  await page.getByText('Show the map as a list').click();
  const legList = page.getByRole('list', { name: 'Legs of the journey, in order' });
  await expect(legList.getByRole('listitem')).toHaveCount(legCount);
  for (let index = 0; index < legCount; index += 1) {
    const from = (await routeRows.nth(index).locator('td').nth(1).innerText()).trim();
    const to = (await routeRows.nth(index).locator('td').nth(2).innerText()).trim();
    const item = legList.getByRole('listitem').nth(index);
    await expect(item).toContainText(`Leg ${index + 1}`);
    await expect(item).toContainText(from);
    await expect(item).toContainText(to);
  }
  const summary = page.locator(`#${await map.getAttribute('aria-describedby')}`);
  await expect(summary).toContainText('The journey has 3 legs, from Vietnam to United Kingdom, through Russia and France.');
  const countries = page.getByRole('list', { name: 'Countries on the journey' });
  for (const country of ['Vietnam', 'Russia', 'France', 'United Kingdom']) await expect(countries).toContainText(country);
  await expect(legList).toBeVisible();
  await expectAccessible(page);
});

test('the connected adults page shows the relationship map, and its table names the same adults and agencies', async ({ page }) => {
  await openExampleCase(page);
  await openSection(page, 'Connected adults', 'Connected adults');

  const map = page.getByRole('img', { name: /People and agencies around/ });
  await expect(map).toBeVisible();
  await expect(map).toHaveScreenshot('relationship-map.png', { maxDiffPixelRatio: 0.02 });
  await expect(map.locator('text')).toContainText(['Thị Hoa Lê']);

  await expect(page.locator('table caption', { hasText: 'Adults connected to the child' })).toHaveCount(1);
  await page.getByText('Show as a table').click();
  const table = page.getByRole('table', { name: 'Adults connected to the child' });
  await expect(table.locator('tbody tr')).toHaveCount(await page.locator('.govuk-summary-card').count());
  await expect(table.getByRole('rowheader')).toContainText(['Thị Hoa Lê', 'Anh']);
  await expect(page.getByRole('table', { name: 'Agencies involved' })).toContainText('Kent Police');

  // The summary cards are unchanged.
  await expect(page.locator('.govuk-summary-card', { hasText: 'Thị Hoa Lê' })).toBeVisible();
  await expect(table).toBeVisible();
  await expectAccessible(page);
});

test('the chronology page shows a timeline whose kinds can be hidden and shown again from the keyboard', async ({ page }) => {
  await openExampleCase(page);
  await openSection(page, 'Chronology', 'Chronology');

  const timeline = page.getByRole('img', { name: 'Timeline of events' });
  await expect(timeline).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: 'on the timeline' });
  const total = await page.locator('ol.app-timeline > li').count();
  await expect(status).toHaveText(`Showing ${total} of ${total} entries on the timeline.`);
  await page.getByText('Show as a table').click();
  const table = page.getByRole('table', { name: 'Events in date order' });
  await expect(table.locator('tbody tr')).toHaveCount(total);
  const agencyBars = timeline.locator('text', { hasText: 'Contact with an agency' });
  const agencyCount = await agencyBars.count();
  expect(agencyCount).toBeGreaterThan(0);

  // Hide one kind with the Space key: the timeline and its table lose those entries, the list keeps them all.
  const agencies = page.getByRole('checkbox', { name: /Contact with an agency/ });
  await expect(agencies).toBeChecked();
  await tabTo(page, agencies);
  await page.keyboard.press('Space');
  await expect(agencies).not.toBeChecked();
  await expect(status).toHaveText(`Showing ${total - agencyCount} of ${total} entries on the timeline.`);
  await expect(agencyBars).toHaveCount(0);
  await expect(table.locator('tbody tr')).toHaveCount(total - agencyCount);
  await expect(page.locator('ol.app-timeline > li')).toHaveCount(total);
  await expect(page.locator('#entry-1')).toBeVisible();

  await page.keyboard.press('Space');
  await expect(agencies).toBeChecked();
  await expect(status).toHaveText(`Showing ${total} of ${total} entries on the timeline.`);
  await expect(agencyBars).toHaveCount(agencyCount);
  await expectAccessible(page);
});
