import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionsRepository } from '../../../core/store/actions-repository';
import { AssessmentsRepository } from '../../../core/store/assessments-repository';
import { AuditRepository } from '../../../core/store/audit-repository';
import { CasesRepository } from '../../../core/store/cases-repository';
import { openDatabase, type Db } from '../../../core/store/db';
import { DocumentsRepository } from '../../../core/store/documents-repository';
import type { PgStore } from '../../../core/store/postgres/pg-store';
import { ReferralsRepository } from '../../../core/store/referrals-repository';
import { tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { actionHistory, completedAssessment, documentEntry, draftAssessment, referral } from '../../support/postgres-records';
import { teamCase } from '../../support/team-cases';

// The team store's assessments, document register, referrals and plan actions do what the local store's repositories
// do, checked against them on the same records; and they are seen and written only with their case, so a worker in
// another team neither reads nor writes them (through Crossings or with psql as their own role).
const db = new TestTeamDatabase('repositories');
let worker: TestWorker;
let otherWorker: TestWorker;
let team: string;
let store: PgStore;
let otherStore: PgStore;
let other: pg.Client;
let sqlite: Db;
let local: {
  assessments: AssessmentsRepository;
  documents: DocumentsRepository;
  referrals: ReferralsRepository;
  actions: ActionsRepository;
  audit: AuditRepository;
};

const record = teamCase('CR-2026-0301', 'Mira', 'Haddad');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();

beforeAll(async () => {
  await db.create();
  team = await db.team('Duty and assessment');
  const otherTeam = await db.team('Children in care');
  worker = await db.worker('Grace Mensah');
  otherWorker = await db.worker('Other Team');
  await db.member(team, worker);
  await db.member(otherTeam, otherWorker);
  store = db.store(worker);
  otherStore = db.store(otherWorker);
  other = await db.connectAs(otherWorker);
  sqlite = openDatabase(path.join(tempFolder(), 'crossings.db'));
  const cases = new CasesRepository(sqlite);
  local = {
    assessments: new AssessmentsRepository(sqlite),
    documents: new DocumentsRepository(sqlite),
    referrals: new ReferralsRepository(sqlite),
    actions: new ActionsRepository(sqlite),
    audit: new AuditRepository(sqlite),
  };
  await store.transaction((tx) => tx.cases.insert(record, { teamId: team, by: worker.name }));
  await cases.insert(record);
});

afterAll(async () => {
  sqlite?.close();
  await db.drop();
});

describe('the team store’s records on a case, beside the local store’s', () => {
  it('keeps assessments as the local store does: drafts saved as they go, completed ones frozen', async () => {
    const draft = draftAssessment(record.id, at(0));
    await store.transaction((tx) => tx.assessments.insert(draft));
    await local.assessments.insert(draft);
    expect(await store.read.assessments.get(draft.id)).toEqual(await local.assessments.get(draft.id));
    expect(await store.read.assessments.draftForCase(record.id)).toEqual(draft);

    const answered = { ...draft, professionalJudgement: 'Worried about the adult who collects her from school.' };
    await store.transaction((tx) => tx.assessments.update(answered));
    await local.assessments.update(answered);
    expect(await store.read.assessments.get(draft.id)).toEqual(answered);

    const completed = completedAssessment(answered, record, at(5));
    await store.transaction((tx) => tx.assessments.update(completed));
    await local.assessments.update(completed);
    expect(await store.read.assessments.draftForCase(record.id)).toBeUndefined();
    expect(await local.assessments.draftForCase(record.id)).toBeUndefined();

    // Two more started in the same millisecond: the latest added comes first, as the local store's rowid DESC.
    const [second, third] = [draftAssessment(record.id, at(10)), draftAssessment(record.id, at(10))];
    await store.transaction((tx) => tx.assessments.insert(second!));
    await local.assessments.insert(second!);
    await store.transaction((tx) => tx.assessments.update({ ...second!, professionalJudgement: 'Carried on.' }));
    await local.assessments.update({ ...second!, professionalJudgement: 'Carried on.' });
    await expect(store.transaction((tx) => tx.assessments.insert(third!))).rejects.toMatchObject({ code: 'VALIDATION' }); // one draft per case
    const listed = await store.read.assessments.listForCase(record.id);
    expect(listed).toEqual(await local.assessments.listForCase(record.id));
    expect(listed.map((assessment) => assessment.id)).toEqual([second!.id, draft.id]);
    expect(listed[1]!.outcome).toEqual(completed.outcome);

    await expect(store.transaction((tx) => tx.assessments.update({ ...completed, professionalJudgement: 'Changed afterwards.' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await store.read.assessments.get(draft.id)).toEqual(completed);
  });

  it('keeps the document register as the local store does, with who each document left out', async () => {
    const entries = [
      documentEntry(record.id, at(20)),
      documentEntry(record.id, at(21), { title: 'Second', leftOut: [{ name: 'Connected Adult', why: 'Marked “do not share with” this audience' }] }),
      documentEntry(record.id, at(21), { title: 'Third, same moment' }),
    ];
    for (const entry of entries) {
      await store.transaction((tx) => tx.documents.add(entry));
      await local.documents.add(entry);
    }
    const listed = await store.read.documents.listForCase(record.id);
    expect(listed).toEqual(await local.documents.listForCase(record.id));
    expect(listed.map((entry) => entry.title)).toEqual(['Third, same moment', 'Second', 'NRM referral preparation pack']);
    expect(listed[1]!.leftOut).toEqual(entries[1]!.leftOut);

    expect(await store.read.audit.caseOfDocument(entries[1]!.sha256)).toBe(record.id);
    expect(await store.read.audit.caseOfDocument(entries[1]!.sha256)).toBe(await local.audit.caseOfDocument(entries[1]!.sha256));
    expect(await store.read.audit.caseOfDocument('0'.repeat(64))).toBeNull();
    expect(await store.read.audit.referenceOf(record.id)).toBe('CR-2026-0301');
    expect(await store.read.audit.referenceOf(record.id)).toBe(await local.audit.referenceOf(record.id));

    await expect(store.transaction((tx) => tx.documents.add({ ...documentEntry(record.id, at(22)), sha256: 'not a hash' }))).rejects.toMatchObject({
      code: 'STORAGE',
    });
  });

  it('records the audit log’s head on each register entry, as made in the same transaction', async () => {
    const entry = documentEntry(record.id, at(30));
    const appended = await store.transaction(async (tx) => {
      const event = await tx.audit.append({
        id: crypto.randomUUID(),
        at: at(30),
        worker: worker.name,
        operation: 'documents.generate',
        action: 'case.opened',
        outcome: 'success',
        caseId: record.id,
        caseReference: record.reference,
        details: ['A document was made'],
      });
      await tx.documents.add(entry);
      return event;
    });
    const admin = await db.admin();
    const { rows } = await admin.query('SELECT audit_count::int AS count, audit_hash FROM crossings.generated_documents WHERE id = $1', [entry.id]);
    expect(rows[0]).toEqual({ count: appended.sequence, audit_hash: appended.hash });
  });

  it('keeps referrals as the local store does, saved only at the next revision', async () => {
    const made = [referral(record.id, at(40)), referral(record.id, at(40), 'ictg'), referral(record.id, at(39), 'duty-to-notify')];
    for (const item of made) {
      await store.transaction((tx) => tx.referrals.insert(item));
      await local.referrals.insert(item);
    }
    const decided = { ...made[0]!, reasonableGrounds: { outcome: 'positive' as const, decidedOn: '2026-11-06' }, updatedAt: at(45), revision: 2 };
    expect(await store.transaction((tx) => tx.referrals.update(decided))).toBe(true);
    expect(await local.referrals.update(decided)).toBe(true);
    // A second save from the same starting revision finds someone saved first.
    expect(await store.transaction((tx) => tx.referrals.update({ ...decided, reference: 'Later' }))).toBe(false);
    expect(await local.referrals.update({ ...decided, reference: 'Later' })).toBe(false);
    expect(await store.read.referrals.get(decided.id)).toEqual(decided);
    expect(await store.read.referrals.get(decided.id)).toEqual(await local.referrals.get(decided.id));
    expect(await store.read.referrals.forCase(record.id)).toEqual(await local.referrals.forCase(record.id));
    expect((await store.read.referrals.forCase(record.id))[0]!.kind).toBe('duty-to-notify');
    expect(await store.read.referrals.get(crypto.randomUUID())).toBeUndefined();
  });

  it('keeps the plan’s actions as their history, folded as the local store folds them', async () => {
    const history = [...actionHistory(record.id, (minute) => at(50 + minute)), ...actionHistory(record.id, (minute) => at(60 + minute))];
    for (const entry of history) {
      await store.transaction((tx) => tx.actions.append(entry));
      await local.actions.append(entry);
    }
    expect(await store.read.actions.entriesForCase(record.id)).toEqual(history);
    expect(await store.read.actions.entriesForCase(record.id)).toEqual(await local.actions.entriesForCase(record.id));
    const actions = await store.read.actions.forCase(record.id);
    expect(actions).toEqual(await local.actions.forCase(record.id));
    expect(actions.map((action) => [action.status, action.owner?.name])).toEqual([
      ['done', 'Example Academy'],
      ['done', 'Example Academy'],
    ]);
  });

  it('refuses to change or delete an action’s history, with the local store’s words', async () => {
    const mine = await db.connectAs(worker);
    const owner = await db.owner();
    // Workers may not update it at all; even the owner, who may, is stopped by the trigger.
    await expect(mine.query('UPDATE crossings.plan_action_entries SET at = now() WHERE case_id = $1', [record.id])).rejects.toThrow(/permission denied/);
    await expect(owner.query('UPDATE crossings.plan_action_entries SET at = now() WHERE case_id = $1', [record.id])).rejects.toThrow(
      'action history is append-only: record a new change instead',
    );
    await expect(mine.query('DELETE FROM crossings.plan_action_entries WHERE case_id = $1', [record.id])).rejects.toThrow(
      'action history is append-only: it cannot be deleted',
    );
    await expect(owner.query('TRUNCATE crossings.plan_action_entries')).rejects.toThrow('action history is append-only: it cannot be deleted');
    expect(() => sqlite.prepare('UPDATE plan_action_entries SET at = at').run()).toThrow('action history is append-only: record a new change instead');
    expect(() => sqlite.prepare('DELETE FROM plan_action_entries').run()).toThrow('action history is append-only: it cannot be deleted');
    expect(await store.read.actions.entriesForCase(record.id)).toHaveLength(6);
  });

  it('writes only inside a transaction', async () => {
    await expect(store.read.referrals.insert(referral(record.id, at(70)))).rejects.toThrow(/must run inside PgStore.transaction/);
    await expect(store.read.actions.append(actionHistory(record.id, at)[0]!)).rejects.toThrow(/must run inside PgStore.transaction/);
    await expect(store.read.assessments.insert(draftAssessment(record.id, at(70)))).rejects.toThrow(/must run inside PgStore.transaction/);
    await expect(store.read.documents.add(documentEntry(record.id, at(70)))).rejects.toThrow(/must run inside PgStore.transaction/);
    await expect(store.read.retention.deleteCase(record.id)).rejects.toThrow(/must run inside PgStore.transaction/);
  });
});

describe('a worker in another team', () => {
  it('sees none of the case’s records through Crossings', async () => {
    expect(await otherStore.read.assessments.listForCase(record.id)).toEqual([]);
    expect(await otherStore.read.assessments.draftForCase(record.id)).toBeUndefined();
    expect(await otherStore.read.documents.listForCase(record.id)).toEqual([]);
    expect(await otherStore.read.referrals.forCase(record.id)).toEqual([]);
    expect(await otherStore.read.actions.entriesForCase(record.id)).toEqual([]);
    expect(await otherStore.read.actions.forCase(record.id)).toEqual([]);
    expect(await otherStore.read.audit.referenceOf(record.id)).toBeNull();
    const [document] = await store.read.documents.listForCase(record.id);
    expect(await otherStore.read.audit.caseOfDocument(document!.sha256)).toBeNull();
    const [made] = await store.read.referrals.forCase(record.id);
    expect(await otherStore.read.referrals.get(made!.id)).toBeUndefined();
  });

  it('sees none of them with psql as their own role', async () => {
    for (const table of ['assessments', 'generated_documents', 'referrals', 'plan_action_entries']) {
      const { rows } = await other.query(`SELECT * FROM crossings.${table}`);
      expect(rows, table).toEqual([]);
    }
  });

  it('cannot add to them or change them', async () => {
    const refusedOnTheirCase = { code: 'NOT_FOUND' };
    await expect(otherStore.transaction((tx) => tx.referrals.insert(referral(record.id, at(80))))).rejects.toMatchObject(refusedOnTheirCase);
    await expect(otherStore.transaction((tx) => tx.actions.append(actionHistory(record.id, at)[0]!))).rejects.toMatchObject(refusedOnTheirCase);
    await expect(otherStore.transaction((tx) => tx.assessments.insert(draftAssessment(record.id, at(80))))).rejects.toMatchObject(refusedOnTheirCase);
    await expect(otherStore.transaction((tx) => tx.documents.add(documentEntry(record.id, at(80))))).rejects.toMatchObject(refusedOnTheirCase);

    const [made] = await store.read.referrals.forCase(record.id);
    expect(await otherStore.transaction((tx) => tx.referrals.update({ ...made!, reference: 'Not theirs', revision: made!.revision + 1 }))).toBe(false);
    const [assessment] = await store.read.assessments.listForCase(record.id);
    await otherStore.transaction((tx) => tx.assessments.update({ ...assessment!, professionalJudgement: 'Not theirs' }));
    expect(await store.read.assessments.get(assessment!.id)).toEqual(assessment);
    expect(await store.read.referrals.get(made!.id)).toEqual(made);

    // Nor with psql: the policy's check refuses a row for a case they cannot see.
    await expect(
      other.query(`INSERT INTO crossings.referrals (id, case_id, kind, record, created_at, updated_at, revision) VALUES ($1, $2, 'nrm', '{}', now(), now(), 1)`, [
        crypto.randomUUID(),
        record.id,
      ]),
    ).rejects.toThrow(/row-level security/);
    expect((await other.query('DELETE FROM crossings.referrals')).rowCount).toBe(0);
    expect((await other.query('DELETE FROM crossings.plan_action_entries')).rowCount).toBe(0);
    expect(await store.read.referrals.forCase(record.id)).toHaveLength(3);
  });
});
