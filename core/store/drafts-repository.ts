import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { caseDraftKeyPrefix } from '../../domain/drafts';
import type { Db } from './db';

/** Unsaved form state, one row per form. Kept in the same (encrypted) database as the cases it belongs to. */
export class DraftsRepository {
  private readonly getStatement: Statement<[string], { value: string; saved_at: string }>;
  private readonly saveStatement: Statement<[string, string, string]>;
  private readonly discardStatement: Statement<[string]>;
  private readonly discardPrefixStatement: Statement<[{ prefix: string }]>;
  private readonly listPrefixStatement: Statement<[{ prefix: string }], { key: string; value: string; saved_at: string }>;

  constructor(db: Db) {
    this.getStatement = db.prepare('SELECT value, saved_at FROM drafts WHERE key = ?');
    this.saveStatement = db.prepare(
      'INSERT INTO drafts (key, value, saved_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at',
    );
    this.discardStatement = db.prepare('DELETE FROM drafts WHERE key = ?');
    this.listPrefixStatement = db.prepare('SELECT key, value, saved_at FROM drafts WHERE substr(key, 1, length(@prefix)) = @prefix ORDER BY key');
    this.discardPrefixStatement = db.prepare('DELETE FROM drafts WHERE substr(key, 1, length(@prefix)) = @prefix');
  }

  get(key: string): { value: Record<string, unknown>; savedAt: string } | undefined {
    const row = this.getStatement.get(key);
    return row ? { value: JSON.parse(row.value) as Record<string, unknown>, savedAt: row.saved_at } : undefined;
  }

  save(key: string, value: Record<string, unknown>, savedAt: string): void {
    this.saveStatement.run(key, JSON.stringify(value), savedAt);
  }

  discard(key: string): void {
    this.discardStatement.run(key);
  }

  /** Everything typed on a case's pages, to carry over when the case moves. */
  listForCase(caseId: string): { key: string; value: Record<string, unknown>; savedAt: string }[] {
    return this.listPrefixStatement.all({ prefix: caseDraftKeyPrefix(caseId) }).map((row) => ({ key: row.key, value: JSON.parse(row.value) as Record<string, unknown>, savedAt: row.saved_at }));
  }

  /** Everything typed on a case's pages (their keys start with the case's prefix, domain/drafts.ts). */
  discardForCase(caseId: string): void {
    this.discardPrefixStatement.run({ prefix: caseDraftKeyPrefix(caseId) });
  }
}
