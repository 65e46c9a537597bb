import { describe, expect, it } from 'vitest';
import { operationNames } from '../../domain/api';
import { auditRules, notAudited } from '../../core/services/audit';
import { closingCoresAfterEach } from '../fixtures/core';

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
});
