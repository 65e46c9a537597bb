import { expect, test } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './app';

/**
 * Names and notes are data, never markup: HTML and script typed into a case show as the literal text, run nothing, and
 * an inline script injected into the page is blocked by the Content-Security-Policy and reported to browser mode.
 */

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const GIVEN = '<img src=x onerror=alert(1)>';
const FAMILY = '<script>alert("family")</script>';
const LEAD = '"><svg onload=alert(4)>';
const SUMMARY = '<script>alert(2)</script><b>not bold</b>';
const SOURCE = '<img src=x onerror="document.body.dataset.pwned=1">';

test('HTML and script typed into names and notes show as text and never run', async ({ page }) => {
  app = await startApp(freshDataDir());
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Given name or names').fill(GIVEN);
  await page.getByLabel('Family name').fill(FAMILY);
  await page.getByLabel('England').check();
  await page.getByLabel('Lead worker').fill(LEAD);
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Child' })).toContainText(`${GIVEN} ${FAMILY}`);
  await expect(page.getByText(LEAD, { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Chronology' }).first().click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Journey').check();
  await page.getByLabel('What happened').fill(SUMMARY);
  await page.getByLabel('Where this information came from').fill(SOURCE);
  await page.getByRole('button', { name: 'Save the entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chronology' })).toBeVisible();
  await expect(page.getByText(SUMMARY).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText(SOURCE).filter({ visible: true }).first()).toBeVisible();

  // The list of cases, and the audit trail, show the same names as text.
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Child' })).toContainText(GIVEN);
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('link', { name: `${GIVEN} ${FAMILY}` })).toBeVisible();

  // Nothing was turned into markup, and nothing ran.
  expect(await page.locator('main img, main svg[onload], main b').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('an injected inline script is blocked by the Content-Security-Policy and the violation is reported', async ({ page }) => {
  app = await startApp(freshDataDir());
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
    });
    const script = document.createElement('script');
    script.textContent = 'window.__crossingsInjected = true; alert("injected")';
    document.body.append(script);
    const directive = await Promise.race([violation, new Promise<string>((resolve) => setTimeout(() => resolve('none'), 5000))]);
    return { ran: (window as unknown as { __crossingsInjected?: boolean }).__crossingsInjected === true, directive };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.directive).toMatch(/^script-src/);
  expect(dialogs).toEqual([]);
  await expect.poll(() => app!.output(), { timeout: 15_000 }).toContain('CSP violation reported by the page');
  expect(app.output()).toMatch(/CSP violation reported by the page:.*script-src/);
});
