import type { Locator } from '@playwright/test';
import { expect, test, type Crossings } from './pages/crossings';

/**
 * Keyboard and focus (issue 15, item 6): one Tab leaves an autocomplete, focus after Save, Discard and Generate goes to
 * what happened, a draft typed without a pause survives a reload, long boxes count characters, and axe finds nothing.
 */

/**
 * Empties the autocomplete (its whole list opens, long enough to scroll), presses Tab once and checks the next field
 * has focus; then does the same with a few letters typed (a short list).
 */
async function tabOnceFrom(crossings: Crossings, box: Locator, typed: string, next: Locator): Promise<void> {
  const nextHasFocus = () => next.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
  for (const text of ['', typed]) {
    await box.focus();
    await crossings.keyboard.press('Control+A');
    await crossings.keyboard.press('Delete');
    if (text !== '') await crossings.keyboard.type(text);
    await expect(crossings.page.getByRole('listbox').filter({ visible: true })).toHaveCount(1);
    await crossings.keyboard.press('Tab');
    await expect.poll(nextHasFocus, { message: `one Tab from “${text}” reaches the next field` }).toBe(true);
  }
}

async function openExampleCaseSection(crossings: Crossings, section: string): Promise<void> {
  await crossings.open();
  await crossings.caseList.loadExampleCase();
  await crossings.overview.openFromSections(section);
}

test('one Tab from each autocomplete field reaches the next field', async ({ crossings }) => {
  const { sectionForm: form, page } = crossings;
  await openExampleCaseSection(crossings, 'The child');
  await expect(crossings.heading('The child')).toBeVisible();

  await tabOnceFrom(crossings, form.combobox(/nationality/i), 'Alb', form.combobox('Country of birth'));
  await tabOnceFrom(crossings, form.combobox('Country of birth'), 'Viet', form.field('Town or village of birth'));
  await tabOnceFrom(crossings, form.combobox(/languages the child speaks/i), 'Eng', page.getByRole('group', { name: 'Does the child speak English?' }));
  await tabOnceFrom(crossings, form.combobox('Interpreter’s language'), 'Vietn', form.field('Dialect'));
  await crossings.expectNoAxeViolations();

  // A connected adult's nationality.
  await crossings.overview.openFromSections('Connected adults');
  await page.getByRole('link', { name: /^Change/ }).first().click();
  await tabOnceFrom(crossings, form.combobox('Nationality'), 'Viet', form.field('What the adult says the relationship is'));
  await crossings.expectNoAxeViolations();

  // The local authority on a new case.
  await crossings.caseList.goTo();
  await crossings.caseList.startNewCase();
  await tabOnceFrom(crossings, form.combobox('Local authority (optional)'), 'kent', form.field('Lead worker'));
  await crossings.expectNoAxeViolations();
});

test('focus goes to the confirmation after Save, Discard and Generate, never to the top of the page', async ({ crossings }) => {
  const { sectionForm: form, keyboard, page } = crossings;
  await openExampleCaseSection(crossings, 'The child');

  // Save: the confirmation takes focus.
  await keyboard.retype(form.field('Dialect'), 'Northern');
  await keyboard.activate(form.saveButton);
  await expect(form.confirmation).toBeFocused();
  await expect(form.confirmation).toContainText('Saved at');
  await crossings.expectNoAxeViolations();

  // Discard: typing is kept as a draft, restored after a reload, and thrown away; the confirmation takes focus.
  await keyboard.retype(form.field('Dialect'), 'Southern');
  const kept = page.waitForResponse((response) => response.url().includes('/api/drafts.save') && response.ok());
  await kept;
  await crossings.reload();
  await expect(form.restoredBanner).toBeVisible();
  await expect(form.field('Dialect')).toHaveValue('Southern');
  await crossings.expectNoAxeViolations();
  await keyboard.activate(form.discardButton);
  await expect(form.confirmation).toBeFocused();
  await expect(form.confirmation).toContainText('discarded');
  await expect(form.field('Dialect')).toHaveValue('Northern');

  // Generate: the “is ready” banner takes focus.
  await crossings.overview.openFromSections('Documents');
  await expect(crossings.documents.heading).toBeVisible();
  const button = page.getByRole('button', { name: /Generate/ }).filter({ visible: true }).and(page.locator(':enabled')).first();
  const [popup] = await Promise.all([crossings.context.waitForEvent('page').catch(() => null), keyboard.activate(button, 200)]);
  await popup?.close();
  await expect(page.getByTestId('document-ready')).toBeFocused();
  await crossings.expectNoAxeViolations();

  // The register is MOJ's sortable table: a heading is a button, and says how the table is sorted.
  const when = crossings.documents.register.getByRole('columnheader', { name: /When/ });
  await expect(when).toHaveAttribute('aria-sort', 'none');
  await keyboard.activate(when.getByRole('button'), 300);
  await expect(when).toHaveAttribute('aria-sort', 'ascending');
  await keyboard.press('Enter');
  await expect(when).toHaveAttribute('aria-sort', 'descending');
  await crossings.expectNoAxeViolations();
});

test('a draft typed for 5 seconds without a pause survives a reload, and long boxes count characters', async ({ crossings }) => {
  const { sectionForm: form, keyboard, page } = crossings;
  await openExampleCaseSection(crossings, 'The child');
  const box = form.field('Other communication needs');
  await keyboard.retype(box, '');

  // Type without stopping for 5 seconds (a key every 50 ms never leaves the 400 ms pause a draft used to wait for).
  const started = Date.now();
  let typed = '';
  let typedTwoSecondsBeforeTheEnd = '';
  for (let index = 0; Date.now() - started < 5_000; index += 1) {
    const letter = 'abcdefghijklmnopqrstuvwxyz'[index % 26]!;
    await page.keyboard.type(letter);
    typed += letter;
    if (Date.now() - started < 3_000) typedTwoSecondsBeforeTheEnd = typed;
    await page.waitForTimeout(50);
  }
  await crossings.reload();
  await expect(form.restoredBanner).toBeVisible();
  const restored = await form.field('Other communication needs').inputValue();
  console.log(`typed ${typed.length} characters in 5 s; ${restored.length} came back after the reload`);
  expect(typed.startsWith(restored)).toBe(true);
  // Kept at least every 2 seconds while typing, and again as the page went away.
  expect(restored.length).toBeGreaterThanOrEqual(typedTwoSecondsBeforeTheEnd.length);

  // The count shows before the limit: nothing but the limit while far from it, then how many are left.
  const count = page.locator('#field-communicationNeeds-info');
  await expect(count).toHaveText('You can enter up to 15,000 characters');
  await form.field('Other communication needs').fill('x'.repeat(12_000));
  await expect(count).toHaveText('You have 3,000 characters remaining');
  await crossings.expectNoAxeViolations();
});
