import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedAuditHash } from '../../../core/store/audit-repository';
import type { PgStore } from '../../../core/store/postgres/pg-store';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';

// The audit chain in the team store (issue 13, "Schema and invariants"): the same keyed hash as the local store, kept
// in order by concurrent writers because each locks the one head row in its own transaction.
const db = new TestTeamDatabase('audit');
const WRITERS = 20;
const EACH = 10;
let auditor: TestWorker;
let workers: TestWorker[];
const record = teamCase('CR-2026-0201', 'Leyla', 'Ahmadi');

const event = (worker: TestWorker, n: number) => ({
  id: randomUUID(),
  at: new Date().toISOString(),
  worker: worker.name,
  operation: 'cases.get',
  action: 'case.opened' as const,
  outcome: 'success' as const,
  caseId: record.id,
  caseReference: record.reference,
  details: [`Opened ${n}`],
});

beforeAll(async () => {
  await db.create();
  const team = await db.team('Duty and assessment');
  auditor = await db.worker('Audit Reader', { auditor: true });
  workers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => db.worker(`Writer ${String.fromCharCode(97 + i)}`)));
  for (const worker of workers) await db.member(team, worker);
  await db.store(workers[0]!).transaction((tx) => tx.cases.insert(record, { teamId: team, by: workers[0]!.name }));
});

afterAll(() => db.drop());

describe('the audit chain under concurrent writers', () => {
  it(`verifies after ${WRITERS} workers each append ${EACH} entries at once, each on their own connection`, async () => {
    const stores: PgStore[] = workers.map((worker) => db.store(worker, 1));
    await Promise.all(
      stores.map(async (store, w) => {
        for (let n = 0; n < EACH; n += 1) {
          // Each entry goes with a change in the same transaction, as a save does.
          await store.transaction(async (tx) => {
            await tx.audit.append(event(workers[w]!, n));
          });
        }
      }),
    );
    const verification = await db.store(auditor).read.audit.verify();
    expect(verification).toEqual({ intact: true, checked: WRITERS * EACH, firstBroken: null });
    const admin = await db.admin();
    const rows = (await admin.query('SELECT sequence::int AS sequence, os_account FROM crossings.audit_events ORDER BY sequence')).rows;
    expect(rows.map((row) => row.sequence)).toEqual(Array.from({ length: WRITERS * EACH }, (_, i) => i + 1));
    // Every writer's entries are there, attributed to their own role.
    expect(new Set(rows.map((row) => row.os_account))).toEqual(new Set(workers.map((worker) => worker.role)));
  });

  it('hashes each entry with the local store’s keyed hash', async () => {
    const trail = await db.store(auditor).read.audit.forCase(record.id, 3);
    for (const entry of trail) {
      const { hash, ...rest } = entry;
      expect(keyedAuditHash(db.auditKey, rest)).toBe(hash);
    }
  });

  it('a rolled-back transaction leaves no entry and no gap', async () => {
    const store = db.store(workers[1]!);
    await expect(
      store.transaction(async (tx) => {
        await tx.audit.append(event(workers[1]!, 999));
        throw new Error('the save failed after its audit entry');
      }),
    ).rejects.toThrow();
    await store.transaction(async (tx) => {
      await tx.audit.append(event(workers[1]!, 1000));
    });
    expect(await db.store(auditor).read.audit.verify()).toMatchObject({ intact: true, checked: WRITERS * EACH + 1 });
  });

  it('names an entry changed behind the triggers’ back, and a log cut short', async () => {
    const admin = await db.admin();
    const original = (await admin.query('SELECT details FROM crossings.audit_events WHERE sequence = 7')).rows[0].details as string[];
    await admin.query('ALTER TABLE crossings.audit_events DISABLE TRIGGER audit_events_refuse_change');
    await admin.query('UPDATE crossings.audit_events SET details = $1 WHERE sequence = 7', [JSON.stringify([`${original[0]} (changed)`])]);
    expect(await db.store(auditor).read.audit.verify()).toMatchObject({ intact: false, problem: 'rewritten', firstBroken: { sequence: 7 } });
    await admin.query('UPDATE crossings.audit_events SET details = $1 WHERE sequence = 7', [JSON.stringify(original)]);
    expect(await db.store(auditor).read.audit.verify()).toMatchObject({ intact: true });
    const last = WRITERS * EACH + 1;
    await admin.query('DELETE FROM crossings.audit_events WHERE sequence >= $1', [last - 1]);
    await admin.query('ALTER TABLE crossings.audit_events ENABLE TRIGGER audit_events_refuse_change');
    expect(await db.store(auditor).read.audit.verify()).toMatchObject({ intact: false, problem: 'missing-tail', firstBroken: { sequence: last - 1 } });
  });

  it('a worker who is not an auditor reads only the entries of cases they can see', async () => {
    const outsider = await db.worker('Outside Worker');
    const direct = await db.connectAs(outsider);
    expect((await direct.query('SELECT count(*)::int AS n FROM crossings.audit_events')).rows[0].n).toBe(0);
  });
});
