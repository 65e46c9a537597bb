import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { assessmentSchema, type Assessment } from '../../domain/imaaf';
import type { Db } from './db';

/** IMAAF assessments: drafts are saved as answers are given; completed ones are frozen by the database. */
export class AssessmentsRepository {
  private readonly insertStatement: Statement;
  private readonly updateStatement: Statement;
  private readonly getStatement: Statement<[string], { record: string }>;
  private readonly listStatement: Statement<[string], { record: string }>;
  private readonly draftStatement: Statement<[string], { record: string }>;

  constructor(db: Db) {
    this.insertStatement = db.prepare(`INSERT INTO assessments (id, case_id, framework_id, framework_version, status, started_at, completed_at, record)
      VALUES (@id, @case_id, @framework_id, @framework_version, @status, @started_at, @completed_at, @record)`);
    this.updateStatement = db.prepare(`UPDATE assessments SET status = @status, completed_at = @completed_at, record = @record WHERE id = @id`);
    this.getStatement = db.prepare('SELECT record FROM assessments WHERE id = ?');
    this.listStatement = db.prepare('SELECT record FROM assessments WHERE case_id = ? ORDER BY started_at DESC, rowid DESC');
    this.draftStatement = db.prepare("SELECT record FROM assessments WHERE case_id = ? AND status = 'draft'");
  }

  insert(assessment: Assessment): void {
    this.insertStatement.run(toRow(assessment));
  }

  update(assessment: Assessment): void {
    this.updateStatement.run(toRow(assessment));
  }

  get(id: string): Assessment | undefined {
    const row = this.getStatement.get(id);
    return row ? assessmentSchema.parse(JSON.parse(row.record)) : undefined;
  }

  listForCase(caseId: string): Assessment[] {
    return this.listStatement.all(caseId).map((row) => assessmentSchema.parse(JSON.parse(row.record)));
  }

  draftForCase(caseId: string): Assessment | undefined {
    const row = this.draftStatement.get(caseId);
    return row ? assessmentSchema.parse(JSON.parse(row.record)) : undefined;
  }
}

function toRow(assessment: Assessment) {
  return {
    id: assessment.id,
    case_id: assessment.caseId,
    framework_id: assessment.frameworkId,
    framework_version: assessment.frameworkVersion,
    status: assessment.status,
    started_at: assessment.startedAt,
    completed_at: assessment.completedAt,
    record: JSON.stringify(assessment),
  };
}
