import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations } from '../../core/store/migrations';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in the order they are applied, with no gaps or repeats', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('only add: no migration drops a table or a column (user data must never be lost by an upgrade)', () => {
    for (const migration of migrations) {
      expect(migration.sql).not.toMatch(/\bDROP\s+(TABLE|COLUMN)\b/i);
      expect(migration.sql).not.toMatch(/\bDELETE\s+FROM\b/i);
    }
  });
});
