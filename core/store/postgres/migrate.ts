import type { ClientBase } from 'pg';
import { latestPgSchemaVersion, pgMigrations, type PgMigration } from './migrations';

/** Any single connection: a pg.Client or a client checked out of a pg.Pool. */
export type PgConnection = ClientBase;

/** A database that a newer version of Crossings has migrated: it is left as it is. */
export class PgSchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `The team records were set up by a newer version of Crossings (schema version ${found}; this version knows up to ` +
        `${latestPgSchemaVersion}). Ask IT to update Crossings on this computer.`,
    );
    this.name = 'PgSchemaTooNewError';
  }
}

const LOCK_KEY = 7_201_365_013; // any constant: one migration run at a time per database

/**
 * Brings the team store's schema up to date. Run as the owner role (never a worker's), which must be allowed to
 * create the schema in the database (IT makes it the database's owner: docs/team-store-for-it.md). Each migration is
 * one transaction, under an advisory lock so two computers starting at once do not both migrate. Answers the versions
 * applied now.
 */
export async function migrate(client: PgConnection, migrations: readonly PgMigration[] = pgMigrations): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS crossings`);
    await client.query(`CREATE TABLE IF NOT EXISTS crossings.schema_migrations (
      version integer PRIMARY KEY CHECK (version > 0),
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      applied_by text NOT NULL DEFAULT current_user
    )`);
    const { rows } = await client.query<{ version: number }>('SELECT COALESCE(MAX(version), 0)::integer AS version FROM crossings.schema_migrations');
    const current = rows[0]?.version ?? 0;
    const known = migrations[migrations.length - 1]?.version ?? 0;
    if (current > known) throw new PgSchemaTooNewError(current);
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query('BEGIN');
      try {
        // Unqualified names in a migration resolve in crossings, then public.
        await client.query("SELECT set_config('search_path', 'crossings, public', true)");
        await client.query(migration.sql);
        await client.query('INSERT INTO crossings.schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}

/** The schema version the database is at (0 before the first migration). */
export async function pgSchemaVersion(client: PgConnection): Promise<number> {
  const { rows } = await client.query<{ version: number }>(`SELECT CASE WHEN to_regclass('crossings.schema_migrations') IS NULL THEN 0
    ELSE (SELECT COALESCE(MAX(version), 0)::integer FROM crossings.schema_migrations) END AS version`);
  return rows[0]?.version ?? 0;
}
