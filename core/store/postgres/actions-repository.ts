import type pg from 'pg';
import { actionEntrySchema, foldActions, type ActionEntry, type PlanAction } from '../../../domain/plan/actions';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

/**
 * The plan's actions in the team store, kept as their history: one row per change, never updated or deleted
 * (migration 006), as the local store's ActionsRepository.
 */
export class PgActionsRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  async append(entry: ActionEntry): Promise<void> {
    requireTransaction(this.db, 'append');
    const checked = actionEntrySchema.parse(entry);
    await this.db.query('INSERT INTO crossings.plan_action_entries (id, action_id, case_id, at, record) VALUES ($1, $2, $3, $4, $5)', [
      checked.id,
      checked.actionId,
      checked.caseId,
      checked.at,
      JSON.stringify(checked),
    ]);
  }

  async entriesForCase(caseId: string): Promise<ActionEntry[]> {
    const { rows } = await this.db.query<{ record: unknown }>('SELECT record FROM crossings.plan_action_entries WHERE case_id = $1 ORDER BY sequence', [caseId]);
    return rows.map((row) => actionEntrySchema.parse(row.record));
  }

  /** Every action on the case as it stands now, in the order they were first recorded. */
  async forCase(caseId: string): Promise<PlanAction[]> {
    return foldActions(await this.entriesForCase(caseId));
  }
}
