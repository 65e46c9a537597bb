import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';

// Evidence is append-only in the team store as in the local store (docs/architecture.md, Data): the chronology, the
// document register, completed assessments and the audit log are corrected by new entries, and PostgreSQL's triggers
// refuse UPDATE, DELETE and TRUNCATE — for a worker, and for the owner role that owns the tables.
const db = new TestTeamDatabase('evidence');
let worker: TestWorker;
const record = teamCase('CR-2026-0101', 'Mariam', 'Haile');
let entryId: string;
const documentId = randomUUID();
const assessmentId = randomUUID();

beforeAll(async () => {
  await db.create();
  worker = await db.worker('Evidence Worker');
  const team = await db.team('Duty and assessment');
  await db.member(team, worker);
  const store = db.store(worker);
  await store.transaction(async (tx) => {
    await tx.cases.insert(record, { teamId: team, by: worker.name });
    const entry = await tx.cases.addChronologyEntry({
      id: randomUUID(),
      caseId: record.id,
      eventDate: { kind: 'month', year: 2025, month: 11, approximate: true },
      kind: 'other',
      summary: 'Arrived at the children’s home.',
      source: 'Placement',
      recordedAt: new Date().toISOString(),
      recordedBy: worker.name,
      correctsId: null,
    });
    entryId = entry.id;
    await tx.audit.append({
      id: randomUUID(),
      at: new Date().toISOString(),
      worker: worker.name,
      operation: 'cases.get',
      action: 'case.opened',
      outcome: 'success',
      caseId: record.id,
      caseReference: record.reference,
      details: [],
    });
  });
  const direct = await db.connectAs(worker);
  await direct.query(
    `INSERT INTO crossings.generated_documents (id, case_id, document_type, title, audience, generated_at, generated_by, sha256, page_count, byte_length)
     VALUES ($1, $2, 'referral', 'Referral', 'police', now(), $3, $4, 2, 2048)`,
    [documentId, record.id, worker.name, 'b'.repeat(64)],
  );
  await direct.query(
    `INSERT INTO crossings.assessments (id, case_id, framework_id, framework_version, status, started_at, completed_at, record)
     VALUES ($1, $2, 'imaaf', '1', 'completed', now(), now(), '{}')`,
    [assessmentId, record.id],
  );
});

afterAll(() => db.drop());

const attempts: [string, string, string, RegExp][] = [
  ['chronology entry', 'UPDATE crossings.chronology_entries SET summary = $$changed$$', 'DELETE FROM crossings.chronology_entries', /chronology entries are append-only/],
  ['document register', 'UPDATE crossings.generated_documents SET title = $$changed$$', 'DELETE FROM crossings.generated_documents', /document register is append-only/],
  ['completed assessment', 'UPDATE crossings.assessments SET framework_version = $$2$$', 'DELETE FROM crossings.assessments', /completed assessment is a snapshot/],
  ['audit log', 'UPDATE crossings.audit_events SET worker = $$someone else$$', 'DELETE FROM crossings.audit_events', /audit log is append-only/],
  ['audit seal start', 'UPDATE crossings.audit_chain SET keyed_from = 2', 'DELETE FROM crossings.audit_chain', /audit seal starts cannot be changed/],
  ['audit head', 'UPDATE crossings.audit_head SET sequence = 0', 'DELETE FROM crossings.audit_head', /head only moves forward/],
];

async function refused(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

describe('append-only triggers', () => {
  for (const [what, update, remove, reason] of attempts) {
    it(`refuse UPDATE and DELETE of the ${what}, even by the owner role`, async () => {
      const owner = await db.owner();
      expect(await refused(owner, update)).toMatch(reason);
      expect(await refused(owner, remove)).toMatch(reason);
      expect(await refused(owner, remove.replace('DELETE FROM', 'TRUNCATE'))).toMatch(reason);
    });
  }

  it('refuse a worker too, who otherwise may write their case', async () => {
    const direct = await db.connectAs(worker);
    // A worker has no UPDATE on the chronology at all; a DELETE they may make (with their case) meets the trigger.
    expect(await refused(direct, attempts[0]![1])).toMatch(/permission denied/);
    expect(await refused(direct, attempts[0]![2])).toMatch(/append-only/);
    expect(await refused(direct, attempts[1]![2])).toMatch(/append-only/);
    // The audit log and its head are not theirs to change at all.
    expect(await refused(direct, attempts[3]![1])).toMatch(/permission denied/);
    expect(await refused(direct, attempts[5]![1])).toMatch(/permission denied/);
  });

  it('leave everything as it was written', async () => {
    const admin = await db.admin();
    expect((await admin.query('SELECT summary FROM crossings.chronology_entries WHERE id = $1', [entryId])).rows).toEqual([{ summary: 'Arrived at the children’s home.' }]);
    expect((await admin.query('SELECT title FROM crossings.generated_documents WHERE id = $1', [documentId])).rows).toEqual([{ title: 'Referral' }]);
    expect((await admin.query('SELECT count(*)::int AS n FROM crossings.audit_events')).rows[0].n).toBe(1);
    expect((await admin.query('SELECT sequence::int AS n FROM crossings.audit_head')).rows[0].n).toBe(1);
  });

  it('let a case go only as a whole under the retention rule (marked deleting in the same transaction)', async () => {
    const direct = await db.connectAs(worker);
    await direct.query('BEGIN');
    await direct.query('UPDATE crossings.cases SET deleting = true WHERE id = $1', [record.id]);
    for (const table of ['chronology_entries', 'generated_documents', 'assessments']) {
      await direct.query(`DELETE FROM crossings.${table} WHERE case_id = $1`, [record.id]);
    }
    expect(await refused(direct, `UPDATE crossings.cases SET deleting = false WHERE id = '${record.id}'`)).toMatch(/being deleted/);
    await direct.query('ROLLBACK');
    await direct.query('BEGIN');
    await direct.query('UPDATE crossings.cases SET deleting = true WHERE id = $1', [record.id]);
    for (const table of ['chronology_entries', 'generated_documents', 'assessments']) {
      await direct.query(`DELETE FROM crossings.${table} WHERE case_id = $1`, [record.id]);
    }
    await direct.query('DELETE FROM crossings.cases WHERE id = $1', [record.id]);
    await direct.query('COMMIT');
    const admin = await db.admin();
    expect((await admin.query('SELECT count(*)::int AS n FROM crossings.cases')).rows[0].n).toBe(0);
    // The audit log outlives the case (references only).
    expect((await admin.query('SELECT case_reference FROM crossings.audit_events')).rows).toEqual([{ case_reference: 'CR-2026-0101' }]);
  });
});
