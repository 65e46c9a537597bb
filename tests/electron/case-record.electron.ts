import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary } from './electron-binary';

const projectRoot = path.resolve(__dirname, '..', '..');
const binary = electronBinary();

test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
if ('missing' in binary) console.log(`Skipping the Electron tests: ${binary.missing}`);

test.beforeAll(() => {
  if ('missing' in binary) return;
  // Forge's `package` step builds main, preload and renderer and rebuilds better-sqlite3 for Electron.
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js'), 'package'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
});

let dataDir: string | undefined;
test.afterEach(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

test('the desktop app records a child and a connected adult, and finds the case after a restart', async () => {
  if ('missing' in binary) return;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-electron-'));
  dataDir = folder;
  const launch = () =>
    electron.launch({
      executablePath: binary.path,
      args: [path.join(projectRoot, '.vite', 'build', 'main.js')],
      env: { ...process.env, CROSSINGS_DATA_DIR: folder, CROSSINGS_WORKER_NAME: 'Sam Worker' },
    });

  let app = await launch();
  let page = await app.firstWindow();
  // First start on a new computer: the worker's details, then the unlock PIN.
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start: about you' })).toBeVisible();
  await page.getByLabel('Your full name').fill('Sam Worker');
  await page.getByLabel('Your role').fill('Social worker');
  await page.getByLabel('Your team and organisation').fill('Northtown Children’s Services');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('New PIN', { exact: true }).fill('135790');
  await page.getByLabel('Type the new PIN again').fill('135790');
  await page.getByRole('button', { name: 'Set PIN and start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  // The renderer has no Node, and the bridge is exactly what electron/preload.ts exposes: `invoke` and `onLock`.
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(
    await page.evaluate(() =>
      Object.entries((window as unknown as { crossings: Record<string, unknown> }).crossings).map(([name, value]) => `${name}: ${typeof value}`),
    ),
  ).toEqual(['invoke: function', 'onLock: function']);

  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByLabel('Given name or names').fill('Thị Ánh');
  await page.getByLabel('Family name').fill('Nguyễn');
  await page.getByLabel('England').check();
  await page.getByRole('button', { name: 'Start the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Connected adults' }).first().click();
  await page.getByRole('button', { name: 'Add a connected adult' }).click();
  await page.getByLabel('Given name or names').fill('Hoa');
  await page.getByLabel('Do not share with this adult').check();
  await page.getByRole('button', { name: 'Save this adult' }).click();
  await expect(page.getByText('Do not share with', { exact: true })).toBeVisible();

  // Navigation away from the app is refused.
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Connected adults' })).toBeVisible();

  await app.close();
  app = await launch();
  page = await app.firstWindow();
  // With a PIN set, the desktop app starts locked.
  await expect(page.getByRole('heading', { level: 1, name: 'Crossings is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock Crossings' }).click();
  await page.getByLabel('Your PIN', { exact: true }).fill('135790');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByLabel('Find a case').fill('nguyen thi anh');
  await page.getByRole('link', { name: 'Thị Ánh Nguyễn' }).click();
  await expect(page.getByRole('region', { name: 'Child' })).toContainText('Thị Ánh Nguyễn');
  await app.close();
});
