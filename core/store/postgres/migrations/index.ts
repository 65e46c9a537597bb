import { migration001 } from './001-teams';
import { migration002 } from './002-case-records';
import { migration003 } from './003-assessments-and-documents';
import { migration004 } from './004-audit';
import { migration005 } from './005-nrm-answers';
import { migration006 } from './006-referrals-actions-organisation';

/**
 * The team store's migrations (PostgreSQL), applied in order by ../migrate.ts under the owner role, each in one
 * transaction, recorded in `crossings.schema_migrations`. The committed result is core/store/schema.postgres.sql,
 * checked by `npm run schema:check:postgres`. Only ever append; a migration only adds.
 *
 * They mirror the local store's tables (core/store/migrations/) with PostgreSQL's own types, plus what a team needs:
 * teams and their members, which team each case belongs to, row-level security, and the audit chain's head row.
 * What stays on the worker's computer (drafts, settings, the commit counter) has no table here.
 */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const pgMigrations: readonly PgMigration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

export const latestPgSchemaVersion = pgMigrations[pgMigrations.length - 1]!.version;

/** The group roles the migrations grant to. IT makes them once per server (docs/team-store-for-it.md). */
export const WORKER_GROUP = 'crossings_worker';
export const AUDITOR_GROUP = 'crossings_auditor';
