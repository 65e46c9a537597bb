import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run start:web` in a copy of the repository as a fresh clone has it: the project's files and its installed
 * packages, but no built pages and no compiled JavaScript. It must build both itself and reach a case list a worker
 * can use.
 */

const projectRoot = path.resolve(__dirname, '..', '..');
let copy: string | undefined;
let app: ChildProcess | undefined;

test.afterEach(async () => {
  if (app?.pid !== undefined && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve));
    // npm runs the app as its child: stop the whole group it leads.
    process.kill(-app.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (app.exitCode === null) process.kill(-app.pid, 'SIGKILL');
  }
  app = undefined;
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

/** The files git would give a clone (tracked, plus new ones not yet committed and not ignored), node_modules linked. */
function copyOfTheRepository(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-fresh-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    if (file.startsWith('dist/') || file.startsWith('node_modules/')) continue;
    const from = path.join(projectRoot, file);
    if (!fs.existsSync(from) || fs.statSync(from).isDirectory()) continue;
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.copyFileSync(from, path.join(folder, file));
  }
  fs.symlinkSync(fs.realpathSync(path.join(projectRoot, 'node_modules')), path.join(folder, 'node_modules'));
  return folder;
}

test('npm run start:web in a fresh copy builds what it needs and reaches a case list a worker can use', async ({ page }) => {
  copy = copyOfTheRepository();
  expect(fs.existsSync(path.join(copy, 'dist'))).toBe(false);
  const dataDir = path.join(copy, 'case-records');
  app = spawn('npm', ['run', 'start:web'], {
    cwd: copy,
    detached: true,
    env: {
      ...process.env,
      CROSSINGS_DATA_DIR: dataDir,
      CROSSINGS_PASSPHRASE: 'a passphrase for the fresh copy',
      CROSSINGS_WORKER_NAME: 'Sam Worker',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Browser mode did not print its address:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CROSSINGS_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    app!.stdout!.on('data', onData);
    app!.stderr!.on('data', onData);
    app!.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run start:web exited with ${code}:\n${output}`));
    });
  });
  expect(output).toContain('Building the Crossings pages');
  expect(fs.existsSync(path.join(copy, 'dist', 'renderer', 'index.html'))).toBe(true);
  expect(fs.existsSync(path.join(copy, 'dist', 'node', 'web-main.cjs'))).toBe(true);

  await page.goto(url);
  // A new computer: first start asks who the worker is and for an unlock PIN, then the case list.
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start: about you' })).toBeVisible();
  await page.getByLabel('Your full name').fill('Sam Worker');
  await page.getByLabel('Your role').fill('Social worker');
  await page.getByLabel('Your team and organisation').fill('Northtown Children’s Services');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByLabel('New PIN', { exact: true }).fill('135790');
  await page.getByLabel('Type the new PIN again').fill('135790');
  await page.getByRole('button', { name: 'Set PIN and start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^0 cases$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a new case' })).toBeEnabled();
  const search = page.getByLabel('Find a case');
  await expect(search).toBeEditable();
  await search.fill('Popescu');
  await expect(page.getByRole('status').filter({ hasText: '0 cases match “Popescu”' })).toBeVisible();
});
