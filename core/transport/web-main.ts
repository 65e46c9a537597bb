import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { Core } from '../core';
import { keyFilePath, passphraseWrapper } from '../store/keys';
import { browserDataFolder, workerName } from '../environment';
import { unlockInBackground } from './unlock-early';
import { AppError } from '../../domain/errors';

/**
 * `npm run start:web`: builds the renderer if it is missing or out of date, then serves the app on 127.0.0.1.
 * It runs compiled, from dist/node (scripts/build-node.mjs), and loads the rest of Crossings while the passphrase
 * unlocks the key file on another thread.
 */

// Two folders up both from here (core/transport) and from the compiled copy (dist/node).
const projectRoot = path.resolve(__dirname, '..', '..');
const rendererOut = path.join(projectRoot, 'dist', 'renderer');

function newestChange(folders: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const folder of folders) if (fs.existsSync(folder)) visit(folder);
  return newest;
}

function buildRendererIfNeeded(): void {
  const index = path.join(rendererOut, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built >= newestChange([path.join(projectRoot, 'renderer'), path.join(projectRoot, 'domain')])) return;
  console.log('Building the Crossings pages…');
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.mts', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}

/** Team mode when IT has set CROSSINGS_DATABASE_URL (core/store/postgres/connect.ts); otherwise undefined. */
async function teamModeFromEnvironment() {
  const address = process.env.CROSSINGS_DATABASE_URL?.trim();
  if (!address) return undefined;
  const { connectTeamMode, parseDatabaseUrl, readTeamAuditKey, TEAM_IDENTITY_FILE } = await import('../store/postgres/connect');
  try {
    const identityFile = path.join(browserDataFolder(), TEAM_IDENTITY_FILE);
    return await connectTeamMode(parseDatabaseUrl(address), readTeamAuditKey(process.env.CROSSINGS_TEAM_AUDIT_KEY_FILE?.trim()), identityFile);
  } catch (error) {
    console.error(`Crossings cannot open the team records: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const portArgument = process.argv.indexOf('--port');
  const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 0;
  const dataFolder = browserDataFolder();
  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const passphrase = await obtainPassphrase(dataFolder);
  const recoveryKey = process.env.CROSSINGS_RECOVERY_KEY?.trim();
  // With a recovery key the passphrase is a new one, to protect the key again, not one to unlock with.
  const unlocking = passphrase && !recoveryKey ? unlockInBackground(keyFilePath(dataFolder), passphrase) : undefined;
  if (!process.argv.includes('--no-build')) buildRendererIfNeeded();
  const [{ openCore }, { startWebHost }] = await Promise.all([import('../core'), import('./web-host')]);
  const team = await teamModeFromEnvironment();
  const keyWrapper = unlocking ? (await unlocking).wrapper : passphrase ? passphraseWrapper(passphrase) : undefined;
  const core = openCore({
    dataFolder,
    mode: 'browser',
    version,
    ...(keyWrapper ? { keyWrapper } : {}),
    ...(recoveryKey ? { recoveryKey } : {}),
    ...(team ? { team } : {}),
  });
  const status = core.status();
  if (status.state !== 'ok') {
    console.error(`Crossings cannot open the case records: ${status.message}`);
    console.error('It will show this explanation in the browser, and offer the newest good backup where there is one.');
  }
  const problemPage = status.state === 'ok' ? undefined : writeProblemPage(core);
  const host = await startWebHost({
    dispatch: core.dispatch,
    staticDir: problemPage ?? rendererOut,
    worker: workerName(),
    port,
    onCspViolation: (report) => console.warn('CSP violation reported by the page:', JSON.stringify(report)),
  });
  const kept = core.status().state === 'ok' ? core.records.location : { kind: 'local' as const };
  console.log(
    kept.kind === 'team'
      ? `Crossings is running in browser mode. Case records are the team records of ${kept.organisation}; settings and drafts are kept in ${dataFolder}`
      : `Crossings is running in browser mode. Case records are kept in ${dataFolder}`,
  );
  console.log('Open this address in your browser (it works only on this computer, until Crossings stops):');
  console.log(`CROSSINGS_URL=${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      core.close();
      // The problem page was written for this start only.
      if (problemPage) fs.rmSync(problemPage, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * The passphrase that protects the data key: CROSSINGS_PASSPHRASE, or asked for on the terminal (not echoed).
 * Without either, Crossings still starts and explains in the browser that it needs the passphrase.
 */
async function obtainPassphrase(dataFolder: string): Promise<string | undefined> {
  const fromEnvironment = process.env.CROSSINGS_PASSPHRASE;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) return undefined;
  if (fs.existsSync(keyFilePath(dataFolder))) return askHidden('Passphrase for the Crossings case records: ');
  console.log('Crossings keeps the case records encrypted. Choose a passphrase to protect them (at least 10 characters).');
  for (;;) {
    const first = await askHidden('New passphrase: ');
    if (first.length < 10) {
      console.log('That is too short: use at least 10 characters, for example three or four unrelated words.');
      continue;
    }
    if ((await askHidden('Type it again: ')) === first) return first;
    console.log('The two did not match. Try again.');
  }
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stdout.write(prompt);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (character === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        }
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}

/**
 * When the case records cannot be opened, browser mode serves this page instead of the app: what happened, in
 * the worker's words, and a button to restore the newest good backup where there is one. The operations that
 * explain and restore still answer; every other operation answers with the same explanation.
 */
function writeProblemPage(core: Core): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-problem-'));
  const status = core.status();
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  fs.writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Crossings cannot open the case records</title><link rel="stylesheet" href="/problem.css"></head>
<body>
<main>
<h1>Crossings cannot open the case records</h1>
<p id="message">${escape(status.message)}</p>
<p>Nothing in the case file has been changed or deleted.</p>
<section id="restore" hidden>
<h2>Restore the newest good backup</h2>
<p id="backup"></p>
<p><label><input type="checkbox" id="confirm"> I understand that the case records will be replaced by this backup. The current file is kept aside in the data folder.</label></p>
<p><button type="button" id="restore-button">Restore this backup</button></p>
</section>
<section id="carry-on" hidden>
<h2>Or carry on with the case file as it is</h2>
<p>The saves that are missing cannot be got back this way. Choosing this is written in the audit log.</p>
<p><label><input type="checkbox" id="accept"> I understand that the missing saves are lost, and want to carry on without them.</label></p>
<p><button type="button" id="accept-button">Carry on without the lost saves</button></p>
</section>
<p id="result" role="status"></p>
<p>The case records are kept in ${escape(status.dataFolder)}. If you are not sure what to do, ask your IT team before changing anything.</p>
</main>
<script src="/problem.js"></script>
</body>
</html>
`,
  );
  fs.writeFileSync(path.join(folder, 'problem.css'), 'body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;line-height:1.5;padding:0 1em}button{font-size:1rem;padding:.5em 1em}\n');
  fs.writeFileSync(
    path.join(folder, 'problem.js'),
    `(async () => {
  const url = new URL(location.href);
  if (url.searchParams.get('token')) {
    sessionStorage.setItem('crossings-token', url.searchParams.get('token'));
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search);
  }
  const token = sessionStorage.getItem('crossings-token') || '';
  const call = async (op, input) => (await fetch('/api/' + op, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Crossings-Token': token }, body: JSON.stringify(input) })).json();
  const status = await call('app.status', {});
  if (!status.ok) return;
  document.getElementById('message').textContent = status.value.message;
  if (status.value.state === 'lost-writes') {
    document.getElementById('carry-on').hidden = false;
    document.getElementById('accept-button').addEventListener('click', async () => {
      const result = document.getElementById('result');
      if (!document.getElementById('accept').checked) { result.textContent = 'Tick the box to confirm first.'; return; }
      const answer = await call('app.acceptLostSaves', { confirm: true });
      result.textContent = answer.ok
        ? 'The case records are open without the lost saves. Stop Crossings (Ctrl+C in its window) and start it again to carry on.'
        : answer.error.message;
    });
  }
  const backup = status.value.newestGoodBackup;
  if (!backup) return;
  document.getElementById('restore').hidden = false;
  document.getElementById('backup').textContent = 'Backup ' + backup.name + ', made ' + new Date(backup.createdAt).toLocaleString('en-GB') + '.';
  document.getElementById('restore-button').addEventListener('click', async () => {
    const result = document.getElementById('result');
    if (!document.getElementById('confirm').checked) { result.textContent = 'Tick the box to confirm first.'; return; }
    result.textContent = 'Restoring…';
    const answer = await call('backups.restore', { name: backup.name, confirm: true });
    result.textContent = answer.ok
      ? 'The backup has been restored. Stop Crossings (Ctrl+C in its window) and start it again to carry on.'
      : answer.error.message;
  });
})();
`,
  );
  return folder;
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(error.message);
  else console.error('Crossings could not start:', error);
  process.exit(1);
});
