import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, integrityCheck } from '../../../core/store/db';
import { commitMirrorPath } from '../../../core/store/commit-counter';
import { KEY_FILE, keyFilePath, unlockDataKey } from '../../../core/store/keys';
import { latestSchemaVersion, migrations } from '../../../core/store/migrations';
import { openTestCore, testKeyWrapper } from '../../fixtures/core';
import { newCase, openRaw } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const day = (n: number, seconds = 0) => new Date(Date.UTC(2026, 10, n, 9, 0, seconds));

describe('backups', () => {
  it('makes a checked, encrypted backup on request, with the key file beside it', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('cases.create', newCase('Ana', 'Popescu'));
    const made = await core.call('backups.create', {});
    expect(made.backup.reason).toBe('manual');
    expect(made.steps.length).toBeGreaterThan(0);
    const file = path.join(core.folder, 'backups', made.backup.name);
    const raw = openRaw(core.folder, file);
    cleanups.push(() => raw.close());
    expect(integrityCheck(raw)).toBe('ok');
    expect(raw.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    expect(fs.readFileSync(path.join(core.folder, 'backups', KEY_FILE))).toEqual(fs.readFileSync(path.join(core.folder, KEY_FILE)));
    const list = await core.call('backups.list', {});
    expect(list.keep).toBe(14);
    expect(list.backups.map((backup) => backup.name)).toEqual([made.backup.name]);
    expect((await core.call('backups.status', {})).last).toMatchObject({ operation: 'create', ok: true });
  });

  it('keeps only as many backups as the setting says, newest first', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('cases.create', newCase('Ana', 'Popescu'));
    expect((await core.call('backups.configure', { keep: 3 })).keep).toBe(3);
    const names: string[] = [];
    for (let n = 0; n < 5; n += 1) names.push((await core.call('backups.create', {})).backup.name);
    const list = await core.call('backups.list', {});
    expect(list.keep).toBe(3);
    expect(list.backups.map((backup) => backup.name)).toEqual(names.slice(2).reverse());
    expect(fs.readdirSync(list.folder).filter((name) => name.endsWith('.db'))).toHaveLength(3);
  });

  it('takes one backup a day at start, not on a new empty install', async () => {
    let now = day(1);
    const first = openTestCore({ now: () => now });
    await first.call('cases.create', newCase('Ana', 'Popescu'));
    first.close();
    expect(fs.existsSync(path.join(first.folder, 'backups'))).toBe(false);

    const second = openTestCore({ folder: first.folder, now: () => now });
    second.close();
    const third = openTestCore({ folder: first.folder, now: () => now });
    cleanups.push(third.close);
    const backups = (await third.call('backups.list', {})).backups;
    expect(backups.map((backup) => backup.reason)).toEqual(['daily']);
    third.close();

    now = day(2);
    const fourth = openTestCore({ folder: first.folder, now: () => now });
    cleanups.push(fourth.close);
    expect((await fourth.call('backups.list', {})).backups.map((backup) => backup.reason)).toEqual(['daily', 'daily']);
  });

  it('backs up before updating the database to a new version', async () => {
    const first = openTestCore({ dailyBackup: false });
    await first.call('cases.create', newCase('Ana', 'Popescu'));
    first.close();
    // Recreate it as the previous version left it (every migration but the last), with the same key.
    const before = migrations[migrations.length - 2]!.version;
    const key = unlockDataKey(keyFilePath(first.folder), testKeyWrapper());
    // The saves the case file had counted (migration 007), so the older file is not taken for one that lost saves.
    const original = new Database(first.file);
    applyKey(original, key);
    const counted = original.prepare('SELECT commits, saved_at AS savedAt FROM commit_counter WHERE id = 1').get() as { commits: number; savedAt: string | null };
    original.close();
    fs.rmSync(first.file);
    // The previous version's own file had its own count of saves: this one starts afresh, as a first start does.
    fs.rmSync(commitMirrorPath(first.file), { force: true });
    const older = new Database(first.file);
    applyKey(older, key);
    older.pragma('journal_mode = WAL');
    for (const migration of migrations.filter((m) => m.version <= before)) {
      older.exec(migration.sql);
      older.pragma(`user_version = ${migration.version}`);
    }
    if (before >= 7) older.prepare('UPDATE commit_counter SET commits = ?, saved_at = ? WHERE id = 1').run(counted.commits, counted.savedAt);
    older.close();

    const core = openTestCore({ folder: first.folder, dailyBackup: false });
    cleanups.push(core.close);
    expect((await core.call('app.status', {})).state).toBe('ok');
    const backups = (await core.call('backups.list', {})).backups;
    expect(backups.map((backup) => backup.reason)).toEqual(['before-migration']);
    const copy = openRaw(core.folder, path.join(core.folder, 'backups', backups[0]!.name));
    cleanups.push(() => copy.close());
    expect(copy.pragma('user_version', { simple: true })).toBe(before);
    expect(core.store.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
  });

  it('restores a backup only when confirmed, keeps the replaced file aside, and the same dispatcher keeps working', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const kept = await core.call('cases.create', newCase('Ana', 'Popescu'));
    const { backup } = await core.call('backups.create', {});
    const later = await core.call('cases.create', newCase('Bo', 'Lindqvist'));

    const unconfirmed = await core.dispatch('backups.restore', { name: backup.name, confirm: false }, { worker: 'w' });
    expect(unconfirmed.ok).toBe(false);
    if (!unconfirmed.ok) {
      expect(unconfirmed.error.code).toBe('VALIDATION');
      expect(unconfirmed.error.issues?.[0]?.message).toMatch(/Confirm that the case records should be replaced/);
    }
    const unknown = await core.dispatch('backups.restore', { name: 'crossings-20990101T000000000Z-manual.db', confirm: true }, { worker: 'w' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('NOT_FOUND');
    expect((await core.call('cases.list', {})).total).toBe(2);

    const restored = await core.call('backups.restore', { name: backup.name, confirm: true });
    expect(restored.status.state).toBe('ok');
    expect(restored.steps).toContain('Putting the current case file aside');
    const aside = path.join(core.folder, restored.replacedFile!);
    expect(fs.existsSync(aside)).toBe(true);
    expect(fs.statSync(aside).mode & 0o777).toBe(0o600);

    expect((await core.call('cases.get', { id: kept.id })).id).toBe(kept.id);
    const gone = await core.dispatch('cases.get', { id: later.id }, { worker: 'w' });
    expect(gone.ok).toBe(false);
    const after = await core.call('cases.create', newCase('Cy', 'After'));
    core.close();
    const reopened = openTestCore({ folder: core.folder });
    cleanups.push(reopened.close);
    expect((await reopened.call('cases.get', { id: after.id })).id).toBe(after.id);
  });
});
