import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../core/services';
import { defaultDeps } from '../../../core/services/context';
import { databaseFileKind, integrityCheck } from '../../../core/store/db';
import { KEY_FILE, newRecoveryKey, parseRecoveryKey } from '../../../core/store/keys';
import { Store } from '../../../core/store/store';
import { createDispatcher } from '../../../core/transport/dispatcher';
import { openTestCore, tempFolder } from '../../fixtures/core';
import { newCase, openRaw, snapshot } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A name no other test uses, so finding it in raw bytes can only mean it leaked. */
const GIVEN = 'Zorabelle';
const FAMILY = 'Quenshawvik';

function containsName(file: string): boolean {
  const bytes = fs.readFileSync(file);
  return [GIVEN, FAMILY, GIVEN.toLowerCase(), FAMILY.toLowerCase(), FAMILY.toUpperCase()].some(
    (text) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')),
  );
}

describe('encryption at rest', () => {
  it('keeps a known child’s name out of the raw bytes of the database, its write-ahead log and a backup', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', newCase(GIVEN, FAMILY));
    await core.call('chronology.add', { caseId: created.id, entry: { eventDate: null, kind: 'other', summary: `${GIVEN} ${FAMILY} was seen`, source: 'Worker' } });
    // Found through search while open, so the name really is stored.
    expect((await core.call('cases.list', { query: FAMILY.toLowerCase() })).total).toBe(1);

    const wal = `${core.file}-wal`;
    expect(fs.existsSync(wal) && fs.statSync(wal).size > 0).toBe(true);
    expect(containsName(core.file)).toBe(false);
    expect(containsName(wal)).toBe(false);

    const { backup } = await core.call('backups.create', {});
    const backupFile = path.join(core.folder, 'backups', backup.name);
    expect(containsName(backupFile)).toBe(false);
    core.close();
    expect(containsName(core.file)).toBe(false);
    expect(containsName(path.join(core.folder, KEY_FILE))).toBe(false);
    expect(databaseFileKind(core.file)).toBe('encrypted-or-other');

    // The same bytes open as SQLCipher 4 with the unwrapped data key.
    const raw = openRaw(core.folder);
    cleanups.push(() => raw.close());
    expect(integrityCheck(raw)).toBe('ok');
    expect(raw.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    // And not at all without it.
    const plain = new Database(core.file, { readonly: true });
    cleanups.push(() => plain.close());
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
  });

  it('keeps the key file, database and backups owner-only', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('cases.create', newCase('Ana', 'Popescu'));
    await core.call('backups.create', {});
    const mode = (file: string) => fs.statSync(file).mode & 0o777;
    expect(mode(path.join(core.folder, KEY_FILE))).toBe(0o600);
    expect(mode(core.file)).toBe(0o600);
    expect(mode(path.join(core.folder, 'backups'))).toBe(0o700);
    for (const name of fs.readdirSync(path.join(core.folder, 'backups'))) expect(mode(path.join(core.folder, 'backups', name))).toBe(0o600);
    const keyFile = JSON.parse(fs.readFileSync(path.join(core.folder, KEY_FILE), 'utf8')) as { wrapped: Record<string, string> };
    expect(Object.keys(keyFile.wrapped).sort()).toEqual(['passphrase', 'recovery']);
  });

  it('refuses a wrong passphrase in plain words and leaves every file byte-identical', async () => {
    const first = openTestCore();
    await first.call('cases.create', newCase('Ana', 'Popescu'));
    first.close();
    const before = snapshot(first.folder);

    const second = openTestCore({ folder: first.folder, passphrase: 'not the passphrase' });
    cleanups.push(second.close);
    const status = await second.call('app.status', {});
    expect(status.state).toBe('needs-key');
    expect(status.message).toMatch(/passphrase does not unlock these case records/);
    const refused = await second.dispatch('cases.list', {}, { worker: 'w' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/passphrase does not unlock/);
    second.close();
    expect(snapshot(first.folder)).toEqual(before);
  });

  it('unlocks with the recovery key written down at first run, and protects the key again with the new passphrase', async () => {
    let recoveryKey = '';
    const first = openTestCore({ onRecoveryKey: (key) => (recoveryKey = key) });
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const created = await first.call('cases.create', newCase('Ana', 'Popescu'));
    first.close();

    // Forgotten passphrase: status says so; app.unlock with a wrong recovery key is refused, the right one works.
    const second = openTestCore({ folder: first.folder, passphrase: 'a new passphrase' });
    cleanups.push(second.close);
    expect((await second.call('app.status', {})).state).toBe('needs-key');
    const wrong = await second.dispatch('app.unlock', { recoveryKey: newRecoveryKey() }, { worker: 'w' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toMatch(/recovery key does not unlock/);
    expect((await second.call('app.status', {})).state).toBe('needs-key');
    // Typed as a person might: lower case, spaces instead of dashes.
    const unlocked = await second.call('app.unlock', { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(unlocked.state).toBe('ok');
    expect((await second.call('cases.get', { id: created.id })).id).toBe(created.id);
    second.close();

    const third = openTestCore({ folder: first.folder, passphrase: 'a new passphrase' });
    cleanups.push(third.close);
    expect((await third.call('app.status', {})).state).toBe('ok');
    third.close();
    const old = openTestCore({ folder: first.folder });
    cleanups.push(old.close);
    expect((await old.call('app.status', {})).state).toBe('needs-key');
  });

  it('reads a recovery key with O for 0 and I or L for 1, and rejects one that is too short', () => {
    const key = newRecoveryKey();
    expect(parseRecoveryKey(key.replace(/0/g, 'o').replace(/1/g, 'l'))).toEqual(parseRecoveryKey(key));
    expect(parseRecoveryKey(key.slice(0, -1))).toBeUndefined();
  });

  it('encrypts an existing unencrypted database in place, keeping every record and leaving no unencrypted copy', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'crossings.db');
    // An install from before encryption: a plain database made by the same services.
    const plain = Store.open(file);
    const dispatch = createDispatcher(createHandlers(defaultDeps(plain, 'browser', folder, 'old')), { log: () => undefined });
    const made = await dispatch('cases.create', newCase(GIVEN, FAMILY), { worker: 'w' });
    expect(made.ok).toBe(true);
    plain.close();
    expect(databaseFileKind(file)).toBe('plain');
    expect(containsName(file)).toBe(true);

    let shown = '';
    const core = openTestCore({ folder, onRecoveryKey: (key) => (shown = key) });
    cleanups.push(core.close);
    expect(shown).not.toBe('');
    expect((await core.call('app.status', {})).state).toBe('ok');
    const list = await core.call('cases.list', { query: GIVEN.toLowerCase() });
    expect(list.total).toBe(1);
    core.close();
    expect(databaseFileKind(file)).toBe('encrypted-or-other');
    expect(containsName(file)).toBe(false);
    expect(fs.readdirSync(folder).filter((name) => /unencrypted|encrypting/.test(name))).toEqual([]);
    for (const name of fs.readdirSync(folder)) {
      const entry = path.join(folder, name);
      if (fs.statSync(entry).isFile()) expect(containsName(entry)).toBe(false);
    }
  });

  it('a first start stopped part-way leaves nothing a later start mistakes for lost records', async () => {
    // Stopped after the key was made but before the case file: the key had not taken its name.
    const folder = tempFolder();
    const first = openTestCore({ folder });
    first.close();
    fs.renameSync(path.join(folder, KEY_FILE), path.join(folder, `${KEY_FILE}.first-start`));
    fs.rmSync(path.join(folder, 'crossings.db'));
    fs.rmSync(path.join(folder, 'crossings.db-wal'), { force: true });
    fs.rmSync(path.join(folder, 'crossings.db-shm'), { force: true });
    let shown = '';
    const again = openTestCore({ folder, onRecoveryKey: (key) => (shown = key) });
    cleanups.push(again.close);
    expect((await again.call('app.status', {})).state).toBe('ok');
    expect(shown).not.toBe('');
    expect(fs.existsSync(path.join(folder, KEY_FILE))).toBe(true);
    expect(fs.existsSync(path.join(folder, `${KEY_FILE}.first-start`))).toBe(false);

    // Stopped after the case file was made but before the key took its name: finished on the next start, nothing lost.
    const made = await again.call('cases.create', newCase(GIVEN, FAMILY));
    again.close();
    fs.renameSync(path.join(folder, KEY_FILE), path.join(folder, `${KEY_FILE}.first-start`));
    const third = openTestCore({ folder });
    cleanups.push(third.close);
    expect((await third.call('app.status', {})).state).toBe('ok');
    expect((await third.call('cases.get', { id: made.id })).id).toBe(made.id);
  });

  it('a backup stopped part-way leaves no partial file once the next backup is made', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const folder = path.join(core.folder, 'backups');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'crossings-20261130T090000000Z-manual.db.partial'), 'half a copy');
    await core.call('backups.create', {});
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
