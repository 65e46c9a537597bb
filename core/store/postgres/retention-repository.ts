import type pg from 'pg';
import type { ReviewRow } from '../retention-repository';
import { isoOf } from './case-rows';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

/**
 * The rows recorded on a case, children first, the case row last. Audit entries stay: the trail outlives the case.
 * Drafts are kept on the worker's computer, not here, so the caller clears them there (domain/drafts.ts).
 */
const caseTables = [
  'crossings.chronology_entries',
  'crossings.plan_action_entries',
  'crossings.assessments',
  'crossings.generated_documents',
  'crossings.connected_adults',
  'crossings.journey_legs',
  'crossings.agencies',
  'crossings.search_terms',
  'crossings.referrals',
] as const;

/**
 * Retention in the team store, as the local store's RetentionRepository: when each closed case is due for review, and
 * deleting a case with everything recorded on it. Deleting marks the case (`deleting`) first, which is the only state
 * in which the append-only triggers let its chronology, action history, completed assessments and document register
 * go; the case row itself goes in the same transaction. Row-level security keeps all of it to the worker's teams.
 */
export class PgRetentionRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  async setClosure(id: string, closedAt: string | null, reviewDue: string | null): Promise<void> {
    requireTransaction(this.db, 'setClosure');
    await this.db.query('UPDATE crossings.cases SET closed_at = $1, review_due = $2 WHERE id = $3', [closedAt, reviewDue, id]);
  }

  async closureOf(id: string): Promise<{ closedAt: string | null; reviewDue: string | null } | undefined> {
    const { rows } = await this.db.query<{ closed_at: Date | null; review_due: string | null }>(
      'SELECT closed_at, review_due FROM crossings.cases WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row ? { closedAt: row.closed_at === null ? null : isoOf(row.closed_at), reviewDue: row.review_due } : undefined;
  }

  /** The worker's teams' closed cases with a review date, soonest first (in the local store's shape: is_example 0 or 1). */
  async closedCases(): Promise<ReviewRow[]> {
    const { rows } = await this.db.query<Omit<ReviewRow, 'is_example' | 'closed_at'> & { is_example: boolean; closed_at: Date | null }>(
      `SELECT id, reference, child_name, is_example, closed_at, review_due FROM crossings.cases
       WHERE status = 'closed' AND review_due IS NOT NULL ORDER BY review_due COLLATE "C", reference COLLATE "C"`,
    );
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      child_name: row.child_name,
      is_example: row.is_example ? 1 : 0,
      closed_at: (row.closed_at === null ? null : isoOf(row.closed_at)) as string,
      review_due: row.review_due,
    }));
  }

  /** Removes the case and every row recorded on it. Call inside PgStore.transaction. */
  async deleteCase(id: string): Promise<void> {
    requireTransaction(this.db, 'deleteCase');
    await this.db.query('UPDATE crossings.cases SET deleting = true WHERE id = $1', [id]);
    for (const table of caseTables) await this.db.query(`DELETE FROM ${table} WHERE case_id = $1`, [id]);
    await this.db.query('DELETE FROM crossings.cases WHERE id = $1', [id]);
  }
}
