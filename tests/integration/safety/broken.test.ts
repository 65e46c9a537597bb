import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../core/store/migrations';
import { KEY_FILE, keyFilePath, unlockDataKey } from '../../../core/store/keys';
import { openTestCore, tempFolder, testKeyWrapper } from '../../fixtures/core';
import { newCase, openRaw, snapshot } from './helpers';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A healthy install with two cases and one backup, closed. */
async function healthyInstall(): Promise<{ folder: string; file: string; caseId: string }> {
  const core = openTestCore();
  const created = await core.call('cases.create', newCase('Ana', 'Popescu'));
  await core.call('backups.create', {});
  await core.call('cases.create', newCase('Bo', 'Lindqvist'));
  core.close();
  return { folder: core.folder, file: core.file, caseId: created.id };
}

/** Holds an exclusive lock on the case file from another process until killed. */
function lockFromAnotherProcess(file: string, keyHex: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3-multiple-ciphers');
    const db = new Database(process.argv[1]);
    db.pragma("cipher='sqlcipher'"); db.pragma('legacy=4'); db.pragma("key=\\"x'" + process.env.KEY_HEX + "'\\"");
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.prepare('SELECT count(*) FROM cases').get();
    console.log('LOCKED');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: path.resolve(__dirname, '..', '..', '..'), env: { ...process.env, KEY_HEX: keyHex }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('LOCKED')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => reject(new Error(`lock holder stopped: ${output}`)));
  });
}

interface BrokenCase {
  name: string;
  state: string;
  message: RegExp;
  offersBackup: boolean;
  /** Breaks the install; may answer something to undo after the check (a lock to release). */
  breakIt: (install: { folder: string; file: string }) => void | Promise<(() => void) | void>;
  passphrase?: string;
}

const corpus: BrokenCase[] = [
  {
    name: 'truncated',
    state: 'damaged',
    message: /is damaged: part of it cannot be read/,
    offersBackup: true,
    breakIt: ({ file }) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 100),
  },
  {
    name: 'random bytes',
    state: 'damaged',
    message: /is not a Crossings case file/,
    offersBackup: true,
    breakIt: ({ file }) => fs.writeFileSync(file, randomBytes(10_000)),
  },
  {
    name: 'encrypted with a different key',
    state: 'damaged',
    message: /cannot be unlocked with the key kept on this computer/,
    offersBackup: true,
    breakIt: ({ file }) => {
      const other = openTestCore();
      other.close();
      fs.copyFileSync(other.file, file);
    },
  },
  {
    name: 'from a newer version',
    state: 'unsupported',
    message: /saved by a newer version of Crossings/,
    offersBackup: true,
    breakIt: ({ folder }) => {
      const raw = openRaw(folder);
      raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
      raw.close();
    },
  },
  {
    name: 'zero length',
    state: 'missing',
    message: /is empty: the case records in it are gone/,
    offersBackup: true,
    breakIt: ({ file }) => fs.truncateSync(file, 0),
  },
  {
    name: 'missing, with its key still here',
    state: 'missing',
    message: /case file is missing/,
    offersBackup: true,
    breakIt: ({ file }) => fs.rmSync(file),
  },
  {
    name: 'a folder',
    state: 'unavailable',
    message: /found a folder there/,
    offersBackup: false,
    breakIt: ({ file }) => {
      fs.rmSync(file);
      fs.mkdirSync(file);
    },
  },
  {
    name: 'read-only',
    state: 'unavailable',
    message: /is marked read-only/,
    offersBackup: false,
    breakIt: ({ file }) => fs.chmodSync(file, 0o400),
  },
  {
    name: 'locked by another process',
    state: 'in-use',
    message: /in use by another copy of Crossings or another program/,
    offersBackup: false,
    breakIt: async ({ folder, file }) => {
      const key = unlockDataKey(keyFilePath(folder), testKeyWrapper());
      const holder = await lockFromAnotherProcess(file, key.toString('hex'));
      return () => {
        holder.kill('SIGKILL');
      };
    },
  },
  {
    name: 'wrong passphrase',
    state: 'needs-key',
    message: /passphrase does not unlock these case records/,
    offersBackup: false,
    breakIt: () => undefined,
    passphrase: 'something else entirely',
  },
  {
    name: 'damaged key file',
    state: 'needs-key',
    message: /key file \(crossings-key\.json\) in the Crossings data folder is damaged/,
    offersBackup: false,
    breakIt: ({ folder }) => fs.writeFileSync(path.join(folder, KEY_FILE), '{"format": "crossings-key-f'),
  },
  {
    name: 'key file missing',
    state: 'needs-key',
    message: /key file \(crossings-key\.json\) is missing/,
    offersBackup: false,
    breakIt: ({ folder }) => fs.rmSync(path.join(folder, KEY_FILE)),
  },
];

describe('broken case files are refused, each with its own message, and left as they were', () => {
  it('has at least 8 kinds of broken file, each with a different message', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((entry) => entry.message.source)).size).toBe(corpus.length);
  });

  it.each(corpus)('$name', async (entry) => {
    const install = await healthyInstall();
    const release = await entry.breakIt(install);
    if (release) cleanups.push(release);
    const before = snapshot(install.folder);

    const core = openTestCore({ folder: install.folder, ...(entry.passphrase ? { passphrase: entry.passphrase } : {}) });
    cleanups.push(core.close);
    const status = await core.call('app.status', {});
    expect(status.state).toBe(entry.state);
    expect(status.message).toMatch(entry.message);
    expect(status.message).not.toMatch(/SQLITE|sqlite|Error:|undefined/);
    if (entry.offersBackup) {
      expect(status.newestGoodBackup?.reason).toBe('manual');
      expect(status.message).toMatch(/newest good backup is from/);
    } else {
      expect(status.newestGoodBackup).toBeNull();
    }
    // Every other operation answers with the same explanation and changes nothing.
    for (const [op, input] of [
      ['cases.list', {}],
      ['cases.create', newCase('New', 'Case')],
      ['backups.create', {}],
    ] as const) {
      const answer = await core.dispatch(op, input, { worker: 'w' });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.message).toMatch(entry.message);
    }
    core.close();
    release?.();
    expect(snapshot(install.folder)).toEqual(before);
  });

  it('restores the newest good backup over a damaged file, keeping the damaged file aside, and carries on working', async () => {
    const install = await healthyInstall();
    fs.truncateSync(install.file, Math.floor(fs.statSync(install.file).size / 2) + 100);
    const damaged = fs.readFileSync(install.file);

    const core = openTestCore({ folder: install.folder });
    cleanups.push(core.close);
    const status = await core.call('app.status', {});
    expect(status.state).toBe('damaged');
    const refused = await core.dispatch('backups.restore', { name: status.newestGoodBackup!.name }, { worker: 'w' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VALIDATION');

    const restored = await core.call('backups.restore', { name: status.newestGoodBackup!.name, confirm: true });
    expect(restored.status.state).toBe('ok');
    expect(restored.replacedFile).toMatch(/^crossings\.db\.replaced-\d{8}T\d{6}Z$/);
    expect(fs.readFileSync(path.join(install.folder, restored.replacedFile!)).equals(damaged)).toBe(true);
    // The backup held the first case only; the same dispatcher now reads and writes the restored records.
    expect((await core.call('cases.get', { id: install.caseId })).id).toBe(install.caseId);
    expect((await core.call('cases.list', {})).total).toBe(1);
    await core.call('cases.create', newCase('After', 'Restore'));
    expect((await core.call('cases.list', {})).total).toBe(2);
    expect((await core.call('backups.status', {})).last).toMatchObject({ operation: 'restore', ok: true });
    // Restored from the page that says why the records cannot be opened: audited once the records are open.
    const restoredEntries = core.store.db.prepare("SELECT action, outcome, worker FROM audit_events WHERE operation = 'backups.restore'").all();
    expect(restoredEntries).toEqual([{ action: 'backup.restored', outcome: 'success', worker: 'Test worker' }]);
  });
});

describe('a full disk', () => {
  it('answers STORAGE “The disk is full…” and keeps no part of the record that did not fit', async () => {
    const core = openTestCore({ folder: tempFolder() });
    cleanups.push(core.close);
    await core.call('cases.create', newCase('Ana', 'Popescu'));
    const db = core.store.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const long = 'x'.repeat(4000);
    let failure: { code: string; message: string } | undefined;
    let saved = 1;
    for (let attempt = 0; attempt < 200 && !failure; attempt += 1) {
      const before = db.prepare('SELECT (SELECT count(*) FROM cases) || \'/\' || (SELECT count(*) FROM search_terms)').pluck().get();
      const answer = await core.dispatch('cases.create', { ...newCase(`Child${attempt}`, `Family${attempt}`), leadWorker: long.slice(0, 200) }, { worker: 'w' });
      if (answer.ok) {
        saved += 1;
        await core.dispatch('chronology.add', { caseId: (answer.value as { id: string }).id, entry: { eventDate: null, kind: 'other', summary: long, source: 'w' } }, { worker: 'w' });
        continue;
      }
      failure = answer.error;
      // Nothing of the case that did not fit: not the case, not its search terms.
      expect(db.prepare('SELECT (SELECT count(*) FROM cases) || \'/\' || (SELECT count(*) FROM search_terms)').pluck().get()).toBe(before);
    }
    expect(failure?.code).toBe('STORAGE');
    expect(failure?.message).toMatch(/^The disk is full/);
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(saved);
    expect((db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check).toBe('ok');
  });
});
