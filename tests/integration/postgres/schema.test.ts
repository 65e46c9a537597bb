import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { pgMigrations } from '../../../core/store/postgres/migrations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// The committed core/store/schema.postgres.sql is what the PostgreSQL migrations build (npm run schema:check:postgres,
// here on the run's cluster), and the migrations are numbered 1, 2, 3 … with nothing dropped or renamed.
describe('the team store’s schema', () => {
  it('matches the committed dump', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schema-postgres.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CROSSINGS_TEST_POSTGRES: JSON.stringify(inject('postgres')) },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('matches the PostgreSQL migrations');
    expect(result.status).toBe(0);
  });

  it('numbers its migrations in order from 1', () => {
    expect(pgMigrations.map((migration) => migration.version)).toEqual(pgMigrations.map((_, index) => index + 1));
  });
});
