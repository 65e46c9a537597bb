import type pg from 'pg';
import { assessmentSchema, type Assessment } from '../../../domain/imaaf';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

/**
 * IMAAF assessments in the team store, as the local store's AssessmentsRepository: drafts are saved as answers are
 * given; completed ones are frozen by the database (migration 003). Seen and written only with their case.
 */
export class PgAssessmentsRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  async insert(assessment: Assessment): Promise<void> {
    requireTransaction(this.db, 'insert');
    await this.db.query(
      `INSERT INTO crossings.assessments (id, case_id, framework_id, framework_version, status, started_at, completed_at, record)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      values(assessment),
    );
  }

  async update(assessment: Assessment): Promise<void> {
    requireTransaction(this.db, 'update');
    const [id, , , , status, , completedAt, record] = values(assessment);
    await this.db.query('UPDATE crossings.assessments SET status = $2, completed_at = $3, record = $4 WHERE id = $1', [id, status, completedAt, record]);
  }

  async get(id: string): Promise<Assessment | undefined> {
    const { rows } = await this.db.query<{ record: unknown }>('SELECT record FROM crossings.assessments WHERE id = $1', [id]);
    return rows[0] ? assessmentSchema.parse(rows[0].record) : undefined;
  }

  async listForCase(caseId: string): Promise<Assessment[]> {
    const { rows } = await this.db.query<{ record: unknown }>(
      'SELECT record FROM crossings.assessments WHERE case_id = $1 ORDER BY started_at DESC, row_order DESC',
      [caseId],
    );
    return rows.map((row) => assessmentSchema.parse(row.record));
  }

  async draftForCase(caseId: string): Promise<Assessment | undefined> {
    const { rows } = await this.db.query<{ record: unknown }>("SELECT record FROM crossings.assessments WHERE case_id = $1 AND status = 'draft'", [caseId]);
    return rows[0] ? assessmentSchema.parse(rows[0].record) : undefined;
  }
}

function values(assessment: Assessment): unknown[] {
  return [
    assessment.id,
    assessment.caseId,
    assessment.frameworkId,
    assessment.frameworkVersion,
    assessment.status,
    assessment.startedAt,
    assessment.completedAt,
    JSON.stringify(assessment),
  ];
}
