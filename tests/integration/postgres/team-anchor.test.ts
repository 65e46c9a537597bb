import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamModeOver } from '../../../core/store/postgres/connect';
import { TEAM_AUDIT_ANCHOR_FILE } from '../../../core/store/postgres/team-records';
import { openTestCore, tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';

// The team log's anchor outside the database (issue 13, item 3): each computer keeps, sealed with the organisation's
// audit key, the last entry it wrote; a log cut short or that entry rewritten behind the triggers' back is named by that
// computer, even by a worker who cannot read the whole log.
const db = new TestTeamDatabase('anchor');
let worker: TestWorker;

beforeAll(async () => {
  await db.create();
  const team = await db.team('Duty and assessment');
  worker = await db.worker('Grace Mensah');
  await db.member(team, worker);
});

afterAll(async () => {
  await db.drop();
});

describe('this computer’s anchor of the team’s audit log', () => {
  it('moves with every entry written from here, and names a log cut short, an entry rewritten, and a changed anchor', async () => {
    const folder = tempFolder();
    const core = openTestCore({ folder, dailyBackup: false, team: await teamModeOver(db.store(worker), db.auditKey) });
    try {
      const created = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: { names: [{ given: 'Selam', family: 'Haile', type: 'main' }] } });
      await core.call('cases.get', { id: created.id });
      const anchorFile = path.join(folder, TEAM_AUDIT_ANCHOR_FILE);
      const anchor = JSON.parse(fs.readFileSync(anchorFile, 'utf8')) as { head: { count: number; hash: string }; seal: string };
      expect(anchor.head.count).toBe(2);
      expect(fs.statSync(anchorFile).mode & 0o777).toBe(0o600);
      // Intact as far as this computer can tell; the whole log is the auditors' to check.
      expect(await core.dispatch('audit.verify', {}, { worker: 'x' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('still holds everything written from this computer') } });

      const admin = await db.admin();
      const original = (await admin.query('SELECT details FROM crossings.audit_events WHERE sequence = 2')).rows[0].details as string[];
      await admin.query('ALTER TABLE crossings.audit_events DISABLE TRIGGER audit_events_refuse_change');
      await admin.query('UPDATE crossings.audit_events SET hash = $1 WHERE sequence = 2', ['f'.repeat(64)]);
      expect(await core.call('audit.verify', {})).toMatchObject({ intact: false, problem: 'rewritten', firstBroken: { sequence: 2 } });
      await admin.query('UPDATE crossings.audit_events SET hash = $1, details = $2 WHERE sequence = 2', [anchor.head.hash, JSON.stringify(original)]);

      // Cut short: the entry and the head moved back, behind the triggers' back.
      await admin.query('DELETE FROM crossings.audit_events WHERE sequence >= 2');
      await admin.query('ALTER TABLE crossings.audit_head DISABLE TRIGGER audit_head_only_forwards');
      await admin.query("UPDATE crossings.audit_head SET sequence = 1, hash = (SELECT hash FROM crossings.audit_events WHERE sequence = 1) WHERE id = 1");
      await admin.query('ALTER TABLE crossings.audit_head ENABLE TRIGGER audit_head_only_forwards');
      await admin.query('ALTER TABLE crossings.audit_events ENABLE TRIGGER audit_events_refuse_change');
      const cut = await core.call('audit.verify', {});
      expect(cut).toMatchObject({ intact: false, problem: 'missing-tail', firstBroken: { sequence: 2 } });
      expect(cut.firstBroken?.reason).toBe('Entry 2 is missing from the end of the team’s audit log: this computer wrote entry 2.');
      // The checks themselves are about no case: this computer's own log has them.
      expect(core.store.audit.forCase('00000000-0000-4000-8000-000000000000')).toEqual([]);
      expect(core.store.db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'audit.checked'").get()).toEqual({ n: 2 });

      // The anchor itself changed: named too, never trusted.
      fs.writeFileSync(anchorFile, JSON.stringify({ ...anchor, head: { count: 1, hash: anchor.head.hash } }));
      expect(await core.call('audit.verify', {})).toMatchObject({ intact: false, problem: 'seal-damaged' });
    } finally {
      core.close();
    }
  });
});
