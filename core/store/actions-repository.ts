import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { actionEntrySchema, foldActions, type ActionEntry, type PlanAction } from '../../domain/plan/actions';
import type { Db } from './db';

/** The plan's actions, kept as their history: one row per change, never updated or deleted (migration 009). */
export class ActionsRepository {
  private readonly insertStatement: Statement;
  private readonly forCaseStatement: Statement<[string], { record: string }>;

  constructor(db: Db) {
    this.insertStatement = db.prepare(`INSERT INTO plan_action_entries (id, action_id, case_id, at, record)
      VALUES (@id, @action_id, @case_id, @at, @record)`);
    this.forCaseStatement = db.prepare('SELECT record FROM plan_action_entries WHERE case_id = ? ORDER BY sequence');
  }

  append(entry: ActionEntry): void {
    const checked = actionEntrySchema.parse(entry);
    this.insertStatement.run({
      id: checked.id,
      action_id: checked.actionId,
      case_id: checked.caseId,
      at: checked.at,
      record: JSON.stringify(checked),
    });
  }

  entriesForCase(caseId: string): ActionEntry[] {
    return this.forCaseStatement.all(caseId).map((row) => actionEntrySchema.parse(JSON.parse(row.record)));
  }

  /** Every action on the case as it stands now, in the order they were first recorded. */
  forCase(caseId: string): PlanAction[] {
    return foldActions(this.entriesForCase(caseId));
  }
}
