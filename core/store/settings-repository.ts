import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './db';

/** The organisation's settings, one JSON value per key. */
export class SettingsRepository {
  private readonly getStatement: Statement<[string], { value: string }>;
  private readonly setStatement: Statement<[string, string]>;

  constructor(db: Db) {
    this.getStatement = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.setStatement = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  get(key: string): unknown {
    const row = this.getStatement.get(key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  set(key: string, value: unknown): void {
    this.setStatement.run(key, JSON.stringify(value));
  }
}
