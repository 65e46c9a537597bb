import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../core/store/postgres/migrate';
import { pgMigrations } from '../../../core/store/postgres/migrations';
import type { PgStore } from '../../../core/store/postgres/pg-store';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { completedAssessment, documentEntry, draftAssessment } from '../../support/postgres-records';
import { teamCase } from '../../support/team-cases';

// Migration 006 on a team store already holding records (schema version 5): completed assessments and register
// entries, which the database refuses to change, are left as they were, and read back with nothing left out.
const db = new TestTeamDatabase('migration6');
let worker: TestWorker;
let store: PgStore;
const record = teamCase('CR-2026-0601', 'Sami', 'Example');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 3, 9, minute)).toISOString();
const document = documentEntry(record.id, at(2));
const draft = draftAssessment(record.id, at(0));
const completed = completedAssessment(draft, record, at(1));

beforeAll(async () => {
  await db.create(pgMigrations.filter((migration) => migration.version <= 5));
  const team = await db.team('Duty and assessment');
  worker = await db.worker('Grace Mensah');
  await db.member(team, worker);
  store = db.store(worker);
  await store.transaction(async (tx) => {
    await tx.cases.insert(record, { teamId: team, by: worker.name });
    await tx.assessments.insert(draft);
    await tx.assessments.update(completed);
  });
  // The register as version 5 wrote it: no left_out column yet.
  const mine = await db.connectAs(worker);
  await mine.query(
    `INSERT INTO crossings.generated_documents (id, case_id, document_type, title, audience, agency_name, custom_form, generated_at,
      generated_by, sha256, page_count, byte_length, assessment_id, framework_version) VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7, $8, $9, $10, NULL, NULL)`,
    [document.id, record.id, document.type, document.title, document.audience, document.generatedAt, document.generatedBy, document.sha256, 3, 12_345],
  );
});

afterAll(() => db.drop());

describe('migration 006 over existing records', () => {
  it('applies, and the records read back as they were', async () => {
    expect(await migrate(await db.owner())).toEqual([6]);
    expect(await store.read.documents.listForCase(record.id)).toEqual([document]);
    expect(await store.read.assessments.listForCase(record.id)).toEqual([completed]);
    const admin = await db.admin();
    const { rows } = await admin.query('SELECT (SELECT row_order FROM crossings.assessments) AS a, (SELECT row_order FROM crossings.generated_documents) AS d');
    expect(rows[0].a).not.toBeNull();
    expect(rows[0].d).not.toBeNull();
    expect(await store.organisationName()).toBeNull();
  });
});
