import { expect, test, type Crossings } from './pages/crossings';

async function openExampleCase({ caseList, overview }: Crossings): Promise<void> {
  await caseList.loadExampleCaseButton.click();
  await expect(overview.exampleBanner).toBeVisible();
}

test('the journey page shows the map of the example journey, with the same legs in words as in the route table', async ({ crossings }) => {
  const { overview, journey } = crossings;
  await crossings.open();
  await openExampleCase(crossings);
  await overview.openSection('Journey');
  await expect(journey.heading).toBeVisible();

  const map = journey.map;
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('aria-describedby', /.+/);
  // The map is drawn as vector shapes with patterns, not as a picture file.
  expect(await map.locator('path').count()).toBeGreaterThan(100);
  expect(await map.locator('pattern').count()).toBeGreaterThan(0);
  await expect(map).toHaveScreenshot('journey-map.png', { maxDiffPixelRatio: 0.02 });

  // The route table is still there, and the words under the map list the same legs through the same countries.
  const routeRows = journey.legs;
  const legCount = await routeRows.count();
  expect(legCount).toBe(3);
  // The words are in the page from the start (for search and print), behind "Show the map as a list".
  await expect(journey.legsInWordsHeading).toHaveCount(1);
  await journey.showMapAsList();
  const legList = journey.legsInWords;
  await expect(legList.getByRole('listitem')).toHaveCount(legCount);
  for (let index = 0; index < legCount; index += 1) {
    const from = (await routeRows.nth(index).locator('td').nth(1).innerText()).trim();
    const to = (await routeRows.nth(index).locator('td').nth(2).innerText()).trim();
    const item = legList.getByRole('listitem').nth(index);
    await expect(item).toContainText(`Leg ${index + 1}`);
    await expect(item).toContainText(from);
    await expect(item).toContainText(to);
  }
  const summary = await journey.mapSummary();
  await expect(summary).toContainText('The journey has 3 legs, from Vietnam to United Kingdom, through Russia and France.');
  for (const country of ['Vietnam', 'Russia', 'France', 'United Kingdom']) await expect(journey.countries).toContainText(country);
  await expect(legList).toBeVisible();
  await crossings.expectAccessible();
});

test('the connected adults page shows the relationship map, and its table names the same adults and agencies', async ({ crossings }) => {
  const { overview, connectedAdults, page } = crossings;
  await crossings.open();
  await openExampleCase(crossings);
  await overview.openSection('Connected adults');
  await expect(connectedAdults.heading).toBeVisible();

  const map = connectedAdults.relationshipMap;
  await expect(map).toBeVisible();
  await expect(map).toHaveScreenshot('relationship-map.png', { maxDiffPixelRatio: 0.02 });
  await expect(map.locator('text')).toContainText(['Thị Hoa Lê']);

  await expect(page.locator('table caption', { hasText: 'Adults connected to the child' })).toHaveCount(1);
  await connectedAdults.showAsTable();
  const table = connectedAdults.adultsTable;
  await expect(table.locator('tbody tr')).toHaveCount(await connectedAdults.cards.count());
  await expect(table.getByRole('rowheader')).toContainText(['Thị Hoa Lê', 'Anh']);
  await expect(connectedAdults.agenciesTable).toContainText('Kent Police');

  // The summary cards are unchanged.
  await expect(connectedAdults.card('Thị Hoa Lê')).toBeVisible();
  await expect(table).toBeVisible();
  await crossings.expectAccessible();
});

test('the chronology page shows a timeline whose kinds can be hidden and shown again from the keyboard', async ({ crossings }) => {
  const { overview, chronology, keyboard } = crossings;
  await crossings.open();
  await openExampleCase(crossings);
  await overview.openSection('Chronology');
  await expect(chronology.heading).toBeVisible();

  const timeline = chronology.timeline;
  await expect(timeline).toBeVisible();
  const status = chronology.timelineStatus;
  const total = await chronology.listedEntries.count();
  await expect(status).toHaveText(`Showing ${total} of ${total} entries on the timeline.`);
  await chronology.showAsTable();
  const table = chronology.eventsTable;
  await expect(table.locator('tbody tr')).toHaveCount(total);
  const agencyBars = chronology.barsOfKind('Contact with an agency');
  const agencyCount = await agencyBars.count();
  expect(agencyCount).toBeGreaterThan(0);

  // Hide one kind with the Space key: the timeline and its table lose those entries, the list keeps them all.
  const agencies = chronology.kindOnTimeline('Contact with an agency');
  await expect(agencies).toBeChecked();
  await keyboard.tabTo(agencies);
  await keyboard.press('Space');
  await expect(agencies).not.toBeChecked();
  await expect(status).toHaveText(`Showing ${total - agencyCount} of ${total} entries on the timeline.`);
  await expect(agencyBars).toHaveCount(0);
  await expect(table.locator('tbody tr')).toHaveCount(total - agencyCount);
  await expect(chronology.listedEntries).toHaveCount(total);
  await expect(chronology.entry(1)).toBeVisible();

  await keyboard.press('Space');
  await expect(agencies).toBeChecked();
  await expect(status).toHaveText(`Showing ${total} of ${total} entries on the timeline.`);
  await expect(agencyBars).toHaveCount(agencyCount);
  await crossings.expectAccessible();
});
