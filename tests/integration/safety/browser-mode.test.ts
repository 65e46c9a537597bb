import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_FILE } from '../../../core/store/keys';
import { openTestCore, tempFolder } from '../../fixtures/core';
import { newCase, snapshot } from './helpers';

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const running: ChildProcess[] = [];
afterEach(() => {
  while (running.length > 0) running.pop()!.kill('SIGKILL');
});

/** Starts browser mode as `npm run start:web` does, and answers its address and what it printed. */
function startBrowserMode(dataDir: string, passphrase: string): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'build-node.mjs'), 'run', 'web-main', '--no-build'], {
    cwd: projectRoot,
    // Its own temporary folder (removed with the others), since browser mode writes its problem page there.
    env: { ...process.env, CROSSINGS_DATA_DIR: dataDir, CROSSINGS_PASSPHRASE: passphrase, TMPDIR: tempFolder('crossings-browser-mode-tmp-') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CROSSINGS_URL=(\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
}

/** Opens the printed address as the browser does; operations then carry the token as a header, as the page sends it. */
async function openPage(url: string): Promise<{ headers: Record<string, string>; origin: string; html: string }> {
  const page = await fetch(url);
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token') ?? '';
  return { headers: { 'x-crossings-token': token }, origin, html: await page.text() };
}

describe('browser mode and the case records’ key', () => {
  it('prints the recovery key once, on the first start', async () => {
    const dataDir = tempFolder();
    const app = await startBrowserMode(dataDir, 'a passphrase for the first start');
    expect(app.output()).toMatch(/RECOVERY KEY: write this down now/);
    expect(app.output()).toMatch(/([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}/);
    expect(fs.statSync(path.join(dataDir, KEY_FILE)).mode & 0o777).toBe(0o600);
  }, 90_000);

  it('still starts with a wrong passphrase, serves a page that says why, and changes nothing', async () => {
    const install = openTestCore();
    await install.call('cases.create', newCase('Ana', 'Popescu'));
    install.close();
    const before = snapshot(install.folder);

    const app = await startBrowserMode(install.folder, 'not the right passphrase');
    expect(app.output()).not.toMatch(/RECOVERY KEY/);
    const { headers, origin, html } = await openPage(app.url);
    expect(html).toMatch(/Crossings cannot open the case records/);
    expect(html).toMatch(/passphrase does not unlock these case records/);
    const answer = (await (
      await fetch(`${origin}/api/cases.list`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })
    ).json()) as { ok: boolean; error?: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toMatch(/passphrase does not unlock/);
    const status = (await (
      await fetch(`${origin}/api/app.status`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })
    ).json()) as { ok: boolean; value: { state: string } };
    expect(status.value.state).toBe('needs-key');
    running.pop()!.kill('SIGKILL');
    expect(snapshot(install.folder)).toEqual(before);
  }, 90_000);
});
