import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasesRepository } from '../../../core/store/cases-repository';
import { openDatabase, type Db } from '../../../core/store/db';
import { myTeams, organisationName } from '../../../core/store/postgres/organisation';
import type { PgStore } from '../../../core/store/postgres/pg-store';
import { setOrganisationName } from '../../../core/store/postgres/roles';
import { RetentionRepository } from '../../../core/store/retention-repository';
import { emptyAgency, emptyJourneyLeg } from '../../../domain/case/defaults';
import type { CaseRecord } from '../../../domain/case/schemas';
import { tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { actionHistory, completedAssessment, documentEntry, draftAssessment, referral } from '../../support/postgres-records';
import { teamCase } from '../../support/team-cases';

// Retention in the team store, as in the local store: each closed case's review date, and deleting a case under the
// retention rule takes every row recorded on it (evidence included, which only that may delete) and leaves the audit
// trail. Also the organisation's name and the worker's teams, which the header and team mode show.
const db = new TestTeamDatabase('retention');
let worker: TestWorker;
let otherWorker: TestWorker;
let auditor: TestWorker;
let team: string;
let secondTeam: string;
let store: PgStore;
let otherStore: PgStore;
let sqlite: Db;
let localRetention: RetentionRepository;

const closed = (reference: string, given: string): CaseRecord => ({ ...teamCase(reference, given, 'Example'), status: 'closed' });
const records = [closed('CR-2026-0402', 'Bea'), closed('CR-2026-0401', 'Ana'), closed('CR-2026-0403', 'Cai'), teamCase('CR-2026-0404', 'Dan', 'Example')];
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();

/** How many rows each table holds for the case, behind row-level security. */
async function rowsOf(caseId: string): Promise<Record<string, number>> {
  const admin = await db.admin();
  const counts: Record<string, number> = {};
  for (const table of [
    'cases',
    'connected_adults',
    'journey_legs',
    'agencies',
    'chronology_entries',
    'search_terms',
    'assessments',
    'generated_documents',
    'referrals',
    'plan_action_entries',
    'audit_events',
  ]) {
    const column = table === 'cases' ? 'id' : 'case_id';
    const { rows } = await admin.query(`SELECT COUNT(*)::int AS n FROM crossings.${table} WHERE ${column} = $1`, [caseId]);
    counts[table] = rows[0].n;
  }
  return counts;
}

/** A case with rows in every table: parts, a chronology entry, assessments, the register, a referral, actions, audit. */
async function caseWithEverything(reference: string): Promise<CaseRecord> {
  const base = teamCase(reference, 'Noor', 'Example', { aliases: [['Nour', 'Exemple']], born: '2011-03-04' });
  const record: CaseRecord = { ...base, journey: { ...base.journey, legs: [emptyJourneyLeg(randomUUID())] }, agencies: [emptyAgency(randomUUID())] };
  await store.transaction(async (tx) => {
    await tx.cases.insert(record, { teamId: team, by: worker.name });
    await tx.cases.addChronologyEntry({
      id: randomUUID(),
      caseId: record.id,
      eventDate: null,
      kind: 'other',
      summary: 'Seen at the drop-in.',
      source: 'Youth worker',
      recordedAt: at(0),
      recordedBy: worker.name,
      correctsId: null,
    });
    const draft = draftAssessment(record.id, at(1));
    await tx.assessments.insert(draft);
    await tx.assessments.update(completedAssessment(draft, record, at(2)));
    await tx.assessments.insert(draftAssessment(record.id, at(3)));
    await tx.documents.add(documentEntry(record.id, at(4)));
    await tx.referrals.insert(referral(record.id, at(5)));
    for (const entry of actionHistory(record.id, (minute) => at(6 + minute))) await tx.actions.append(entry);
    await tx.audit.append(auditEntry(record, 'case.created', 'cases.create'));
  });
  return record;
}

function auditEntry(record: CaseRecord, action: 'case.created' | 'case.deleted', operation: string) {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    worker: worker.name,
    operation,
    action,
    outcome: 'success' as const,
    caseId: record.id,
    caseReference: record.reference,
    details: [],
  };
}

beforeAll(async () => {
  await db.create();
  team = await db.team('Duty and assessment');
  secondTeam = await db.team('Adolescent safeguarding');
  const otherTeam = await db.team('Children in care');
  worker = await db.worker('Grace Mensah');
  otherWorker = await db.worker('Other Team');
  auditor = await db.worker('Audit Reader', { auditor: true });
  await db.member(team, worker);
  await db.member(secondTeam, worker, true);
  await db.member(otherTeam, otherWorker);
  store = db.store(worker);
  otherStore = db.store(otherWorker);
  sqlite = openDatabase(path.join(tempFolder(), 'crossings.db'));
  const localCases = new CasesRepository(sqlite);
  localRetention = new RetentionRepository(sqlite);
  for (const record of records) {
    await store.transaction((tx) => tx.cases.insert(record, { teamId: team, by: worker.name }));
    await localCases.insert(record);
  }
});

afterAll(async () => {
  sqlite?.close();
  await db.drop();
});

describe('retention in the team store', () => {
  it('keeps each closed case’s review date as the local store does', async () => {
    const dates: [CaseRecord, string, string][] = [
      [records[0]!, at(10), '2033-11-02'],
      [records[1]!, at(11), '2033-11-02'],
      [records[2]!, at(12), '2032-06-30'],
    ];
    for (const [record, closedAt, reviewDue] of dates) {
      await store.transaction((tx) => tx.retention.setClosure(record.id, closedAt, reviewDue));
      await localRetention.setClosure(record.id, closedAt, reviewDue);
    }
    for (const record of records) expect(await store.read.retention.closureOf(record.id)).toEqual(await localRetention.closureOf(record.id));
    expect(await store.read.retention.closureOf(records[0]!.id)).toEqual({ closedAt: at(10), reviewDue: '2033-11-02' });
    expect(await store.read.retention.closureOf(records[3]!.id)).toEqual({ closedAt: null, reviewDue: null });
    expect(await store.read.retention.closureOf(randomUUID())).toBeUndefined();

    const due = await store.read.retention.closedCases();
    expect(due).toEqual(await localRetention.closedCases());
    expect(due.map((row) => row.reference)).toEqual(['CR-2026-0403', 'CR-2026-0401', 'CR-2026-0402']);

    await store.transaction((tx) => tx.retention.setClosure(records[2]!.id, null, null));
    await localRetention.setClosure(records[2]!.id, null, null);
    expect(await store.read.retention.closedCases()).toEqual(await localRetention.closedCases());
  });

  it('shows another team neither the review dates nor lets it set them', async () => {
    expect(await otherStore.read.retention.closedCases()).toEqual([]);
    expect(await otherStore.read.retention.closureOf(records[0]!.id)).toBeUndefined();
    await otherStore.transaction((tx) => tx.retention.setClosure(records[0]!.id, null, null));
    expect(await store.read.retention.closureOf(records[0]!.id)).toEqual({ closedAt: at(10), reviewDue: '2033-11-02' });
  });

  it('deletes a case with every row recorded on it, and keeps its audit trail', async () => {
    const record = await caseWithEverything('CR-2026-0410');
    const before = await rowsOf(record.id);
    for (const [table, count] of Object.entries(before)) expect(count, table).toBeGreaterThan(0);
    await store.transaction(async (tx) => {
      await tx.retention.deleteCase(record.id);
      await tx.audit.append(auditEntry(record, 'case.deleted', 'retention.deleteCase'));
    });
    const after = await rowsOf(record.id);
    expect(after).toEqual({ ...Object.fromEntries(Object.keys(before).map((table) => [table, 0])), audit_events: before.audit_events! + 1 });
    expect(await store.read.cases.get(record.id)).toBeUndefined();
    expect(await store.read.cases.search(['noor'], [], 'all', 10)).toEqual({ cases: [], total: 0 });
    expect(await db.store(auditor).read.audit.verify()).toMatchObject({ intact: true });
  });

  it('deletes all of it or none of it', async () => {
    const record = await caseWithEverything('CR-2026-0411');
    const before = await rowsOf(record.id);
    await expect(
      store.transaction(async (tx) => {
        await tx.retention.deleteCase(record.id);
        throw new Error('the audit entry could not be written');
      }),
    ).rejects.toThrow();
    expect(await rowsOf(record.id)).toEqual(before);
    // The case is no longer marked for deletion, so its evidence is append-only again.
    const mine = await db.connectAs(worker);
    await expect(mine.query('DELETE FROM crossings.chronology_entries WHERE case_id = $1', [record.id])).rejects.toThrow(
      'chronology entries are append-only: they cannot be deleted',
    );
    await expect(mine.query('DELETE FROM crossings.plan_action_entries WHERE case_id = $1', [record.id])).rejects.toThrow(
      'action history is append-only: it cannot be deleted',
    );
    await store.transaction(async (tx) => {
      await tx.retention.deleteCase(record.id);
    });
    expect((await rowsOf(record.id)).cases).toBe(0);
  });

  it('lets no other team delete a case', async () => {
    const record = await caseWithEverything('CR-2026-0412');
    const before = await rowsOf(record.id);
    await otherStore.transaction((tx) => tx.retention.deleteCase(record.id));
    expect(await rowsOf(record.id)).toEqual(before);
  });
});

describe('the organisation and the worker’s teams', () => {
  it('names the organisation IT set, which workers may read but not change', async () => {
    expect(await store.organisationName()).toBeNull();
    const owner = await db.owner();
    await expect(setOrganisationName(owner, '  ')).rejects.toThrow(/organisation_name_check/);
    await setOrganisationName(owner, 'Example Borough Council');
    expect(await store.organisationName()).toBe('Example Borough Council');
    expect(await organisationName(await db.connectAs(otherWorker))).toBe('Example Borough Council');
    const mine = await db.connectAs(worker);
    await expect(mine.query("UPDATE crossings.organisation SET name = 'Changed'")).rejects.toThrow(/permission denied/);
    await expect(mine.query("INSERT INTO crossings.organisation (id, name) VALUES (1, 'Changed')")).rejects.toThrow(/permission denied/);
    await expect(owner.query("INSERT INTO crossings.organisation (id, name) VALUES (2, 'Second')")).rejects.toThrow(/organisation_id_check/);
  });

  it('lists the teams the worker is in, by name', async () => {
    expect(await store.myTeams()).toMatchObject([
      { id: secondTeam, name: 'Adolescent safeguarding', isManager: true },
      { id: team, name: 'Duty and assessment', isManager: false },
    ]);
    expect((await myTeams(await db.connectAs(otherWorker))).map((t) => t.name)).toEqual(['Children in care']);
    expect(await db.store(auditor).myTeams()).toEqual([]);
  });
});
