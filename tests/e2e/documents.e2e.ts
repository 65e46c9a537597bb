import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDataDir, startApp, type RunningApp } from './app';

/**
 * Documents in browser mode. Needs the documents route (`/cases/<id>/documents`) and its sub-navigation link
 * ("Documents") to be wired to DocumentsPage.
 */

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** Reads the generated PDF through its blob URL, in the page, and returns its first bytes and size. */
async function openedPdf(page: Page): Promise<{ head: string; size: number; hasPlacement: boolean }> {
  const link = page.getByTestId('open-generated-pdf');
  await expect(link).toBeVisible();
  const url = await link.getAttribute('href');
  expect(url).toMatch(/^blob:/);
  return page.evaluate(async (blobUrl) => {
    const bytes = new Uint8Array(await (await fetch(blobUrl!)).arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    return { head: text.slice(0, 5), size: bytes.length, hasPlacement: text.includes('Example Close') };
  }, url);
}

test('a worker generates the meeting pack and the children’s services referral for a multi-agency meeting', async ({ page, context }) => {
  app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Load the example case' }).click();
  await expect(page.getByText('Example case: every person and detail in it is fictional')).toBeVisible();

  await page.getByRole('link', { name: 'Documents' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await page.getByLabel('Multi-agency strategy discussion or meeting').check();
  await expect(page.getByRole('heading', { level: 3, name: 'Strategy meeting preparation pack' })).toBeVisible();
  await expectAccessible(page);

  // Generating opens the PDF in a new tab; the page also keeps a link to it.
  const [popup] = await Promise.all([
    context.waitForEvent('page').catch(() => null),
    page.getByRole('button', { name: 'Generate Strategy meeting preparation pack' }).click(),
  ]);
  await expect(page.getByText('Strategy meeting preparation pack is ready.')).toBeVisible();
  await popup?.close();
  const pack = await openedPdf(page);
  expect(pack.head).toBe('%PDF-');
  expect(pack.size).toBeGreaterThan(10_000);
  expect(pack.hasPlacement).toBe(false);

  await page.getByRole('button', { name: /Generate Multi-agency referral to children’s services/ }).click();
  await expect(page.getByText(/Multi-agency referral to children’s services \(MASH \/ MARF\) is ready\./)).toBeVisible();
  const referral = await openedPdf(page);
  expect(referral.head).toBe('%PDF-');

  // Both are in the register, for the meeting audience.
  const register = page.getByRole('table', { name: 'Register of generated documents' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await expect(register).toContainText('Strategy meeting preparation pack');
  await expect(register).toContainText('Multi-agency strategy discussion or meeting');
  await expectAccessible(page);
});
