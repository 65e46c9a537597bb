import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyStrategyMeeting } from '../../domain/case/defaults';
import type { StrategyMeeting } from '../../domain/case/schemas';
import { applyKey } from '../../core/store/db';
import { keyFilePath, unlockDataKey } from '../../core/store/keys';
import { migrations } from '../../core/store/migrations';
import { openTestCore, testKeyWrapper } from '../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const child = (given: string, family: string) => ({ names: [{ given, family, type: 'main' as const }] });

const arranged: StrategyMeeting = {
  kind: 'meeting',
  date: '2026-12-03',
  time: '09:30',
  place: 'Civic Centre, room 4, and by video',
  chair: 'Priya Shah, team manager',
  invited: 'DC Ollie Grant, Example Police\nMs Ewa Kowalczyk, designated safeguarding lead, Hillside School',
  notes: 'Interpreter for Tigrinya booked.',
};

describe('the strategy discussion or meeting for a case', () => {
  it('starts with nothing arranged, is saved and read back, and survives saves of other sections', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: child('Selam', 'Tesfay') });
    expect(created.strategyMeeting).toEqual(emptyStrategyMeeting());
    const saved = await core.call('cases.update', { id: created.id, revision: created.revision, changes: { strategyMeeting: arranged } });
    expect(saved.strategyMeeting).toEqual(arranged);
    const other = await core.call('cases.update', { id: saved.id, revision: saved.revision, changes: { leadWorker: 'Sam Okafor' } });
    expect(other.strategyMeeting).toEqual(arranged);
    expect((await core.call('cases.get', { id: created.id })).strategyMeeting).toEqual(arranged);
    // A change that names the section without a value is not a change.
    const named = await core.call('cases.update', { id: other.id, revision: other.revision, changes: { strategyMeeting: undefined, leadWorker: 'Sam Okafor' } });
    expect(named.strategyMeeting).toEqual(arranged);
  });

  it('refuses an impossible date or time in a worker’s words and changes nothing', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', { jurisdiction: 'Wales', localAuthority: null, leadWorker: '', child: child('Ana', 'Popescu') });
    const saved = await core.call('cases.update', { id: created.id, revision: created.revision, changes: { strategyMeeting: arranged } });
    for (const [field, value, message] of [
      ['date', '2026-02-30', 'Enter the date of the meeting as a real date'],
      ['date', '2026-12-', 'The date of the meeting must include a day'],
      ['date', '-12-', 'The date of the meeting must include a day and a year'],
      ['date', '26-12-03', 'Enter the year of the meeting as 4 digits, for example 2026'],
      ['date', '1926-12-03', 'The year of the meeting must be between 2000 and 2100'],
      ['time', '9.30am', 'Enter the time on the 24-hour clock, for example 14:30'],
      ['time', '24:00', 'Enter the time on the 24-hour clock, for example 14:30'],
    ] as const) {
      const result = await core.dispatch(
        'cases.update',
        { id: saved.id, revision: saved.revision, changes: { strategyMeeting: { ...arranged, [field]: value } } },
        { worker: 'Test worker' },
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: `changes.strategyMeeting.${field}`, message }] } });
    }
    expect(await core.call('cases.get', { id: saved.id })).toEqual(saved);
    // Forgiving where it can be: "9:30" and "9.30" are the same time as 09:30.
    for (const typed of ['9:30', '9.30', ' 09:30 ']) {
      const tidied = await core.call('cases.update', { id: saved.id, revision: (await core.call('cases.get', { id: saved.id })).revision, changes: { strategyMeeting: { ...arranged, time: typed } } });
      expect(tidied.strategyMeeting.time).toBe('09:30');
    }
  });

  it('reads cases saved before the meeting was recorded (schema version 4) as nothing arranged, then saves one', async () => {
    const first = openTestCore({ dailyBackup: false });
    const before = await first.call('cases.loadExample', {});
    first.close();
    // Put the database back as version 4 left it: the same case, with no strategy_meeting column.
    const key = unlockDataKey(keyFilePath(first.folder), testKeyWrapper());
    const older = new Database(first.file);
    applyKey(older, key);
    const version = migrations.find((migration) => migration.name.includes('strategy'))!.version;
    older.exec('ALTER TABLE cases DROP COLUMN strategy_meeting');
    // And without what migration 006 (the audit seal) added since.
    older.exec('DROP TABLE audit_chain; ALTER TABLE generated_documents DROP COLUMN audit_count; ALTER TABLE generated_documents DROP COLUMN audit_hash;');
    // And migration 007's commit counter.
    older.exec('DROP TABLE commit_counter;');
    // And migration 008's record of who each document left out.
    older.exec('ALTER TABLE generated_documents DROP COLUMN left_out;');
    // And migration 009's NRM answers and referral records (the case then reads with no NRM answers).
    older.exec('DROP TABLE referrals; ALTER TABLE cases DROP COLUMN nrm;');
    // And migration 010's action history (the example case's plan).
    older.exec('DROP TABLE plan_action_entries;');
    older.pragma(`user_version = ${version - 1}`);
    older.close();
    expect(fs.existsSync(first.file)).toBe(true);

    const core = openTestCore({ folder: first.folder, dailyBackup: false });
    cleanups.push(core.close);
    const migrated = await core.call('cases.get', { id: before.id });
    expect(migrated.strategyMeeting).toEqual(emptyStrategyMeeting());
    expect({ ...migrated, strategyMeeting: before.strategyMeeting }).toEqual(before);
    const saved = await core.call('cases.update', { id: migrated.id, revision: migrated.revision, changes: { strategyMeeting: arranged } });
    expect(saved.strategyMeeting).toEqual(arranged);
  });

  it('is audited as a change to the strategy discussion, without its content', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: child('Mai', 'Tran') });
    await core.call('cases.update', { id: created.id, revision: created.revision, changes: { strategyMeeting: arranged } });
    const trail = await core.call('audit.forCase', { caseId: created.id });
    const text = JSON.stringify(trail);
    expect(text).toContain('Strategy discussion');
    expect(text).not.toContain('Priya Shah');
  });
});
