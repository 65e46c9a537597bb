import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../domain/api';
import { auditRules, notAudited } from '../../core/services/audit';
import { AUDIT_ANCHOR_FILE, readAnchor } from '../../core/store/audit-anchor';
import { auditHash } from '../../core/store/audit-repository';
import { Store } from '../../core/store/store';
import type { Db } from '../../core/store/db';
import { closingCoresAfterEach, openTestCore, tempFolder } from '../fixtures/core';

const open = closingCoresAfterEach();

const newCase = { jurisdiction: 'England' as const, localAuthority: null, leadWorker: 'A worker', child: { names: [{ given: 'Ana', family: 'Popescu', type: 'main' as const }] } };

describe('the audit log', () => {
  it('has a decision for every operation in the contract: audited, or left out with a reason', () => {
    for (const op of operationNames) {
      expect(op in auditRules || op in notAudited, `${op} is neither audited nor listed in notAudited`).toBe(true);
      expect(op in auditRules && op in notAudited, `${op} is in both lists`).toBe(false);
    }
  });

  it('records who opened and changed a case, and which sections, without their content', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    await core.call('cases.get', { id: created.id });
    await core.call('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'Someone secret', homeSituation: created.homeSituation } });
    await core.call('chronology.add', { caseId: created.id, entry: { eventDate: null, kind: 'other', summary: 'Confidential visit note', source: 'Worker' } });

    const { events } = await core.call('audit.forCase', { caseId: created.id });
    expect(events.map((event) => event.action)).toEqual(['chronology.added', 'case.edited', 'case.opened', 'case.created']);
    const edited = events[1]!;
    expect(edited.details).toEqual(['Lead worker', 'Home country']);
    expect(edited.worker).toBe('Test worker');
    expect(edited.osAccount.length).toBeGreaterThan(0);
    expect(edited.caseReference).toBe(created.reference);
    expect(edited.outcome).toBe('success');
    const everything = JSON.stringify(core.store.db.prepare('SELECT * FROM audit_events').all());
    expect(everything).not.toContain('Someone secret');
    expect(everything).not.toContain('Confidential visit note');
    expect(everything).not.toContain('Popescu');
  });

  it('refuses UPDATE and DELETE on audit entries in the database itself', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    const raw = core.store.db;
    expect(() => raw.prepare("UPDATE audit_events SET worker = 'someone else'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
    expect((await core.call('audit.forCase', { caseId: created.id })).events).toHaveLength(1);
  });

  it('chains each entry to the one before; verify names the first broken link after a row is edited behind its back', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    for (let index = 0; index < 5; index += 1) await core.call('cases.get', { id: created.id });
    const events = core.store.db.prepare('SELECT sequence, previous_hash, hash FROM audit_events ORDER BY sequence').all() as {
      sequence: number;
      previous_hash: string;
      hash: string;
    }[];
    for (let index = 1; index < events.length; index += 1) expect(events[index]!.previous_hash).toBe(events[index - 1]!.hash);

    const intact = await core.call('audit.verify', {});
    expect(intact).toEqual({ intact: true, checked: 6, firstBroken: null });

    // Someone with the database file removes the protection and rewrites entries 3 and 5.
    const raw = core.store.db;
    raw.exec('DROP TRIGGER audit_events_refuse_update');
    raw.prepare("UPDATE audit_events SET worker = 'Not who it was' WHERE sequence IN (3, 5)").run();
    const broken = await core.call('audit.verify', {});
    expect(broken.intact).toBe(false);
    expect(broken.firstBroken).toMatchObject({ sequence: 3, reason: expect.stringMatching(/changed/) });
    expect(broken.checked).toBe(2);
  });

  it('names a removed entry as a missing link', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    for (let index = 0; index < 3; index += 1) await core.call('cases.get', { id: created.id });
    const raw = core.store.db;
    raw.exec('DROP TRIGGER audit_events_refuse_delete');
    raw.prepare('DELETE FROM audit_events WHERE sequence = 2').run();
    const broken = await core.call('audit.verify', {});
    expect(broken.firstBroken).toMatchObject({ sequence: 3, reason: 'Entry 2 is missing.' });
  });

  it('names an entry whose link was rewritten to hide a change', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    await core.call('cases.get', { id: created.id });
    await core.call('cases.get', { id: created.id });
    const raw = core.store.db;
    raw.exec('DROP TRIGGER audit_events_refuse_update');
    raw.prepare("UPDATE audit_events SET previous_hash = ? WHERE sequence = 2").run('f'.repeat(64));
    const broken = await core.call('audit.verify', {});
    expect(broken.firstBroken).toMatchObject({ sequence: 2, reason: expect.stringMatching(/does not point/) });
  });

  it('records generating a document, with the audience and the hash of the PDF', async () => {
    const core = open();
    const example = await core.call('cases.loadExample', {});
    const generated = await core.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
    const { events } = await core.call('audit.forCase', { caseId: example.id });
    expect(events[0]).toMatchObject({ action: 'document.generated', operation: 'documents.generate' });
    expect(events[0]!.details).toContain(`SHA-256 ${generated.entry.sha256}`);
  });

  it('records a failed attempt to unlock the locked window, and a refused deletion', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase);
    const wrong = await core.dispatch('session.unlock', { displayName: 'Somebody Else' }, { worker: 'Test worker' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.call('session.unlock', { displayName: '  test WORKER ' });
    const refused = await core.dispatch('cases.delete', { id: created.id, confirmReference: created.reference }, { worker: 'Test worker' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const all = core.store.db.prepare('SELECT action, outcome FROM audit_events ORDER BY sequence').all();
    expect(all).toEqual([
      { action: 'case.created', outcome: 'success' },
      { action: 'app.unlock-failed', outcome: 'failure' },
      { action: 'app.unlocked', outcome: 'success' },
      { action: 'case.deleted', outcome: 'failure' },
    ]);
  });

  it('does not record input that failed validation', async () => {
    const core = open();
    await core.dispatch('cases.get', { id: 'nope' }, { worker: 'w' });
    expect(core.store.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get()).toEqual({ n: 0 });
  });

  describe('sealed outside its table', () => {
    interface Row {
      sequence: number;
      id: string;
      at: string;
      os_account: string;
      worker: string;
      operation: string;
      action: string;
      outcome: string;
      case_id: string | null;
      case_reference: string | null;
      details: string;
    }
    /** What a tester did: every hash recomputed with the app's own unkeyed function after editing a row. */
    function recomputeEveryHash(raw: Db): void {
      let previousHash = '0'.repeat(64);
      for (const row of raw.prepare('SELECT * FROM audit_events ORDER BY sequence').all() as Row[]) {
        const hash = auditHash({
          sequence: row.sequence,
          id: row.id,
          at: row.at,
          osAccount: row.os_account,
          worker: row.worker,
          operation: row.operation,
          action: row.action as never,
          outcome: row.outcome as never,
          caseId: row.case_id,
          caseReference: row.case_reference,
          details: JSON.parse(row.details) as string[],
          previousHash,
        });
        raw.prepare('UPDATE audit_events SET previous_hash = ?, hash = ? WHERE sequence = ?').run(previousHash, hash, row.sequence);
        previousHash = hash;
      }
    }

    async function caseWithEntries(core: ReturnType<typeof open>, opened: number) {
      const created = await core.call('cases.create', newCase);
      for (let index = 0; index < opened; index += 1) await core.call('cases.get', { id: created.id });
      return created;
    }

    it('keeps a sealed anchor beside the key file, moved on after every entry, and reports the intact log as before', async () => {
      const core = open();
      await caseWithEntries(core, 3);
      core.store.audit.flush();
      const anchor = JSON.parse(fs.readFileSync(path.join(core.folder, AUDIT_ANCHOR_FILE), 'utf8')) as { head: { count: number; hash: string } };
      const last = core.store.db.prepare('SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1').get() as { sequence: number; hash: string };
      expect(anchor.head).toEqual({ count: last.sequence, hash: last.hash });
      expect(await core.call('audit.verify', {})).toEqual({ intact: true, checked: 4, firstBroken: null });
    });

    it('reports entries missing at the end when the last rows are deleted', async () => {
      const core = open();
      await caseWithEntries(core, 4);
      // The anchor moves just after each call answers, before anyone could reach the file.
      await new Promise((resolve) => setImmediate(resolve));
      const raw = core.store.db;
      raw.exec('DROP TRIGGER audit_events_refuse_delete');
      raw.prepare('DELETE FROM audit_events WHERE sequence > 3').run();
      const broken = await core.call('audit.verify', {});
      expect(broken).toMatchObject({ intact: false, checked: 3, problem: 'missing-tail', firstBroken: { sequence: 4, reason: expect.stringMatching(/Entries 4 to 5 are missing from the end/) } });
      // Later entries do not paper over the gap: the anchor stays where the log had reached.
      for (let index = 0; index < 4; index += 1) await core.call('audit.verify', {});
      expect((await core.call('audit.verify', {})).intact).toBe(false);
    });

    it('names the first entry when a row is edited and every hash recomputed with the unkeyed function', async () => {
      const core = open();
      await caseWithEntries(core, 4);
      const raw = core.store.db;
      raw.exec('DROP TRIGGER audit_events_refuse_update');
      raw.prepare("UPDATE audit_events SET worker = 'Not who it was' WHERE sequence = 3").run();
      recomputeEveryHash(raw);
      const broken = await core.call('audit.verify', {});
      expect(broken).toMatchObject({ intact: false, checked: 0, problem: 'rewritten', firstBroken: { sequence: 1, reason: expect.stringMatching(/changed/) } });
    });

    it('sees the point where keyed hashing starts moved to let the unkeyed function pass', async () => {
      const core = open();
      await caseWithEntries(core, 4);
      const raw = core.store.db;
      raw.exec('DROP TRIGGER audit_events_refuse_update');
      raw.exec('DROP TRIGGER audit_chain_refuse_update');
      raw.prepare('UPDATE audit_chain SET keyed_from = 1000').run();
      raw.prepare("UPDATE audit_events SET worker = 'Not who it was' WHERE sequence = 3").run();
      recomputeEveryHash(raw);
      const broken = await core.call('audit.verify', {});
      expect(broken).toMatchObject({ intact: false, problem: 'rewritten', firstBroken: { sequence: 1, reason: expect.stringMatching(/sealed with the key has been moved/) } });
    });

    it('reports case records put back from an older copy outside Crossings, but not a restore through it', async () => {
      const folder = tempFolder();
      let core = openTestCore({ folder, dailyBackup: false });
      const created = await core.call('cases.create', newCase);
      const { backup } = await core.call('backups.create', {});
      for (let index = 0; index < 3; index += 1) await core.call('cases.get', { id: created.id });
      core.close();

      // Someone copies the backup over the case file by hand.
      const file = path.join(folder, 'crossings.db');
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      fs.copyFileSync(path.join(folder, 'backups', backup.name), file);
      core = openTestCore({ folder, dailyBackup: false });
      const older = await core.call('audit.verify', {});
      expect(older).toMatchObject({ intact: false, problem: 'older-copy', firstBroken: { reason: expect.stringMatching(/older copy/) } });
      core.close();

      // The same backup restored through Crossings is anchored afresh, and the restore itself is audited.
      const other = openTestCore({ dailyBackup: false });
      const second = await other.call('cases.create', newCase);
      const { backup: kept } = await other.call('backups.create', {});
      for (let index = 0; index < 3; index += 1) await other.call('cases.get', { id: second.id });
      await other.call('backups.restore', { name: kept.name, confirm: true });
      const restored = await other.call('audit.verify', {});
      expect(restored).toMatchObject({ intact: true, firstBroken: null });
      const actions = other.store!.db.prepare('SELECT action FROM audit_events ORDER BY sequence').all() as { action: string }[];
      // The backup was taken before its own entry was written, so the restored log ends at the case, then the restore.
      expect(actions.map((row) => row.action)).toEqual(['case.created', 'backup.restored', 'audit.checked']);
      other.close();
    });

    it('checks the log against the head each document register entry carried, even when the anchor file is removed', async () => {
      const folder = tempFolder();
      let core = openTestCore({ folder, dailyBackup: false });
      const example = await core.call('cases.loadExample', {});
      for (let index = 0; index < 2; index += 1) await core.call('cases.get', { id: example.id });
      await core.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
      const raw = core.store!.db;
      raw.exec('DROP TRIGGER audit_events_refuse_delete');
      raw.prepare('DELETE FROM audit_events WHERE sequence > 1').run();
      core.close();
      fs.rmSync(path.join(folder, AUDIT_ANCHOR_FILE));

      core = openTestCore({ folder, dailyBackup: false });
      const broken = await core.call('audit.verify', {});
      expect(broken).toMatchObject({ intact: false, problem: 'missing-tail', firstBroken: { sequence: 2, reason: expect.stringMatching(/Child information sheet|generated/) } });
      core.close();
    });

    it('still reports a removed anchor file once the log has keyed entries, after making it again', async () => {
      const folder = tempFolder();
      let core = openTestCore({ folder, dailyBackup: false });
      await core.call('cases.create', newCase);
      core.close();
      fs.rmSync(path.join(folder, AUDIT_ANCHOR_FILE));
      core = openTestCore({ folder, dailyBackup: false });
      expect(await core.call('audit.verify', {})).toMatchObject({ intact: false, problem: 'seal-missing' });
      core.close();
    });

    it('keeps entries written before keyed hashing began checkable with the old hash, and keys every entry after', () => {
      const file = path.join(tempFolder(), 'crossings.db');
      const entry = (n: number) => ({
        id: randomUUID(),
        at: new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString(),
        osAccount: 'account',
        worker: 'A worker',
        operation: 'cases.get',
        action: 'case.opened' as const,
        outcome: 'success' as const,
        caseId: null,
        caseReference: null,
        details: [],
      });
      // An earlier version: plain SHA-256, and keyed hashing recorded as starting after its last entry.
      const before = Store.open(file);
      for (let n = 0; n < 3; n += 1) before.audit.append(entry(n));
      before.db.exec('DROP TRIGGER audit_chain_refuse_update');
      before.db.prepare('UPDATE audit_chain SET keyed_from = 4').run();
      before.close();

      const sealing = { key: randomBytes(32), anchorFile: path.join(path.dirname(file), AUDIT_ANCHOR_FILE), backupsFolder: path.join(path.dirname(file), 'backups'), now: () => new Date() };
      const sealed = Store.open(file, { audit: sealing });
      expect(readAnchor(sealing.anchorFile, sealing.key)).toMatchObject({ state: 'ok', content: { keyedFrom: 4, head: { count: 3 }, resealedAt: null } });
      const keyed = sealed.audit.append(entry(3));
      expect(keyed.hash).not.toBe(auditHash({ ...keyed }));
      expect(sealed.audit.verify()).toEqual({ intact: true, checked: 4, firstBroken: null });
      // An old entry rewritten with the old hash no longer links to the first keyed one.
      sealed.db.exec('DROP TRIGGER audit_events_refuse_update');
      sealed.db.prepare("UPDATE audit_events SET worker = 'Not who it was' WHERE sequence = 2").run();
      recomputeEveryHash(sealed.db);
      expect(sealed.audit.verify()).toMatchObject({ intact: false, problem: 'rewritten', firstBroken: { sequence: 4 } });
      sealed.close();
    });
  });
});
