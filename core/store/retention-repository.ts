import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './db';
import { caseDraftKeyPrefix } from '../../domain/drafts';

export interface ReviewRow {
  id: string;
  reference: string;
  child_name: string;
  is_example: number;
  closed_at: string;
  review_due: string;
}

/**
 * Retention: when each closed case is due for review, and deleting a case with everything recorded on it. Deleting
 * marks the case (`deleting = 1`) first, which is the only state in which the append-only triggers let its
 * chronology, completed assessments and document register go; the case row itself goes in the same transaction.
 */
export class RetentionRepository {
  private readonly statements: {
    setClosure: Statement<[string | null, string | null, string]>;
    closureOf: Statement<[string], { closed_at: string | null; review_due: string | null }>;
    due: Statement<[], ReviewRow>;
    mark: Statement<[string]>;
    deletes: Statement<[string]>[];
    deleteDrafts: Statement<[{ prefix: string }]>;
  };

  constructor(private readonly db: Db) {
    this.statements = {
      setClosure: db.prepare('UPDATE cases SET closed_at = ?, review_due = ? WHERE id = ?'),
      closureOf: db.prepare('SELECT closed_at, review_due FROM cases WHERE id = ?'),
      due: db.prepare(`SELECT id, reference, child_name, is_example, closed_at, review_due FROM cases
        WHERE status = 'closed' AND review_due IS NOT NULL ORDER BY review_due, reference`),
      mark: db.prepare('UPDATE cases SET deleting = 1 WHERE id = ?'),
      deletes: [
        'DELETE FROM chronology_entries WHERE case_id = ?',
        'DELETE FROM plan_action_entries WHERE case_id = ?',
        'DELETE FROM assessments WHERE case_id = ?',
        'DELETE FROM generated_documents WHERE case_id = ?',
        'DELETE FROM connected_adults WHERE case_id = ?',
        'DELETE FROM journey_legs WHERE case_id = ?',
        'DELETE FROM agencies WHERE case_id = ?',
        'DELETE FROM search_terms WHERE case_id = ?',
        'DELETE FROM referrals WHERE case_id = ?',
        'DELETE FROM cases WHERE id = ?',
      ].map((sql) => db.prepare(sql)),
      // Forms' unsaved state is kept under keys that start with the case's prefix (domain/drafts.ts).
      deleteDrafts: db.prepare('DELETE FROM drafts WHERE substr(key, 1, length(@prefix)) = @prefix'),
    };
  }

  setClosure(id: string, closedAt: string | null, reviewDue: string | null): void {
    this.statements.setClosure.run(closedAt, reviewDue, id);
  }

  closureOf(id: string): { closedAt: string | null; reviewDue: string | null } | undefined {
    const row = this.statements.closureOf.get(id);
    return row ? { closedAt: row.closed_at, reviewDue: row.review_due } : undefined;
  }

  closedCases(): ReviewRow[] {
    return this.statements.due.all();
  }

  /** Removes the case and every row recorded on it. Call inside a transaction. */
  deleteCase(id: string): void {
    if (!this.db.inTransaction) throw new Error('deleteCase must run inside a transaction');
    this.statements.mark.run(id);
    for (const statement of this.statements.deletes) statement.run(id);
    this.statements.deleteDrafts.run({ prefix: caseDraftKeyPrefix(id) });
  }
}
