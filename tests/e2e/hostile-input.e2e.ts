import { expect, test } from './pages/crossings';

/**
 * Names and notes are data, never markup: HTML and script typed into a case show as the literal text, run nothing, and
 * an inline script injected into the page is blocked by the Content-Security-Policy and reported to browser mode.
 */

const GIVEN = '<img src=x onerror=alert(1)>';
const FAMILY = '<script>alert("family")</script>';
const LEAD = '"><svg onload=alert(4)>';
const SUMMARY = '<script>alert(2)</script><b>not bold</b>';
const SOURCE = '<img src=x onerror="document.body.dataset.pwned=1">';

test('HTML and script typed into names and notes show as text and never run', async ({ crossings }) => {
  const { caseList, newCase, overview, chronology, auditTrail, page } = crossings;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await crossings.open();
  await expect(caseList.heading).toBeVisible();

  await caseList.startNewCase();
  await newCase.describeChild({ given: GIVEN, family: FAMILY, nation: 'England', leadWorker: LEAD });
  await newCase.startTheCase();
  await expect(overview.heading).toBeVisible();
  await expect(overview.child).toContainText(`${GIVEN} ${FAMILY}`);
  await expect(page.getByText(LEAD, { exact: true })).toBeVisible();

  await overview.openSection('Chronology');
  await chronology.addEntry({ kind: 'Journey', whatHappened: SUMMARY, source: SOURCE });
  await expect(page.getByText(SUMMARY).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText(SOURCE).filter({ visible: true }).first()).toBeVisible();

  // The list of cases, and the audit trail, show the same names as text.
  await auditTrail.open();
  await expect(auditTrail.heading).toBeVisible();
  await expect(overview.child).toContainText(GIVEN);
  await caseList.goTo();
  await expect(caseList.caseLink(`${GIVEN} ${FAMILY}`)).toBeVisible();

  // Nothing was turned into markup, and nothing ran.
  expect(await page.locator('main img, main svg[onload], main b').count()).toBe(0);
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('an injected inline script is blocked by the Content-Security-Policy and the violation is reported', async ({ crossings }) => {
  const { caseList, page } = crossings;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await crossings.open();
  await expect(caseList.heading).toBeVisible();

  type Watched = { __crossingsInjected?: boolean; __crossingsViolation?: string };
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (event) => ((window as Watched).__crossingsViolation = event.violatedDirective), { once: true });
    const script = document.createElement('script');
    script.textContent = 'window.__crossingsInjected = true; alert("injected")';
    document.body.append(script);
  });
  // The browser's own signal: the violation event, waited for rather than slept on.
  await expect.poll(() => page.evaluate(() => (window as Watched).__crossingsViolation)).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as Watched).__crossingsInjected === true)).toBe(false);
  expect(dialogs).toEqual([]);
  await expect.poll(() => crossings.output(), { timeout: 15_000 }).toContain('CSP violation reported by the page');
  expect(crossings.output()).toMatch(/CSP violation reported by the page:.*script-src/);
});
