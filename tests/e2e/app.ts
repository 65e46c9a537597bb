import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..', '..');

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  output(): string;
}

/** A new, empty data folder for browser mode; whoever makes one removes it with removeDataDir. */
export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-e2e-'));
}

export function removeDataDir(dataDir: string): void {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Starts browser mode as `npm run start:web` does, on a free port, and waits for the address it prints. `environment`
 * adds to (or overrides) what it is started with, e.g. team mode's CROSSINGS_DATABASE_URL.
 */
export async function startApp(dataDir: string, environment: Record<string, string> = {}): Promise<RunningApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(projectRoot, 'scripts', 'build-node.mjs'), 'run', 'web-main', '--no-build'],
    { cwd: projectRoot, env: { ...process.env, CROSSINGS_DATA_DIR: dataDir, CROSSINGS_WORKER_NAME: 'Sam Worker', CROSSINGS_PASSPHRASE: 'e2e test passphrase', ...environment }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Crossings did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CROSSINGS_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Crossings exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Every page visited must pass axe with no serious or critical violation (`allImpacts`: with no violation at all). */
export async function expectAccessible(page: Page, options: { allImpacts?: boolean } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => options.allImpacts || violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Moves focus with the Tab key alone until the target has it, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Tabs to a box, selects what is in it and types over it: keyboard only. */
export async function retype(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
export async function fillDate(scope: Locator, parts: { day?: string; month?: string; year?: string; approximate?: boolean }) {
  if (parts.day !== undefined) await scope.getByLabel('Day', { exact: true }).fill(parts.day);
  if (parts.month !== undefined) await scope.getByLabel('Month', { exact: true }).fill(parts.month);
  if (parts.year !== undefined) await scope.getByLabel('Year', { exact: true }).fill(parts.year);
  if (parts.approximate) await scope.getByLabel('This is approximate').check();
}

export async function chooseFromList(page: Page, label: string, typed: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(option);
}

/** The text (spaces collapsed) of the PDF the documents page just generated, read from its link through pdftotext. */
export async function generatedPdfText(page: Page): Promise<string> {
  const link = page.getByTestId('open-generated-pdf');
  await expect(link).toBeVisible();
  const url = await link.getAttribute('href');
  const bytes = await page.evaluate(async (blobUrl) => Array.from(new Uint8Array(await (await fetch(blobUrl!)).arrayBuffer())), url);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-e2e-pdf-'));
  try {
    const file = path.join(folder, 'pack.pdf');
    fs.writeFileSync(file, Buffer.from(bytes));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
