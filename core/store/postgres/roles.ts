import { z } from 'zod';
import { AUDITOR_GROUP, WORKER_GROUP } from './migrations';
import type { PgConnection } from './migrate';

/**
 * Setting up who may do what on a team store, as IT does it (docs/team-store-for-it.md), and as the tests do on their
 * throwaway clusters. Role names cannot be query parameters, so each statement is built by the server's own format()
 * (%I quotes an identifier, %L a literal) from parameters, after the name is checked against a plain pattern.
 */

/** A role name IT would give a worker: letters, digits, underscore, dot, @ and hyphen (for names taken from a directory). */
export const roleNameSchema = z
  .string()
  .regex(/^[a-z_][a-z0-9_.@-]{0,62}$/, 'A database role name uses lower-case letters, digits, _ . @ and -, starting with a letter or _.');

async function run(admin: PgConnection, template: string, ...values: (string | null)[]): Promise<void> {
  const placeholders = values.map((_, index) => `$${index + 1}::text`).join(', ');
  const { rows } = await admin.query<{ statement: string }>(`SELECT format($${values.length + 1}::text${placeholders ? `, ${placeholders}` : ''}) AS statement`, [
    ...values,
    template,
  ]);
  await admin.query(rows[0]!.statement);
}

async function roleExists(admin: PgConnection, name: string): Promise<boolean> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  return (rowCount ?? 0) > 0;
}

/** The two group roles the migrations grant to (no sign-in of their own). Needs CREATEROLE. Safe to run again. */
export async function createGroupRoles(admin: PgConnection): Promise<void> {
  for (const group of [WORKER_GROUP, AUDITOR_GROUP]) {
    if (!(await roleExists(admin, group))) await run(admin, 'CREATE ROLE %I NOLOGIN', group);
  }
}

/**
 * The owner role that runs migrations and owns the schema: made here with a password, and given the database.
 * Workers never sign in as it.
 */
export async function createOwnerRole(admin: PgConnection, owner: string, password: string, database: string): Promise<void> {
  roleNameSchema.parse(owner);
  if (!(await roleExists(admin, owner))) await run(admin, 'CREATE ROLE %I LOGIN PASSWORD %L', owner, password);
  await run(admin, 'ALTER DATABASE %I OWNER TO %I', database, owner);
  await run(admin, 'REVOKE ALL ON DATABASE %I FROM PUBLIC', database);
  await run(admin, 'GRANT CONNECT ON DATABASE %I TO %I, %I', database, WORKER_GROUP, AUDITOR_GROUP);
}

/**
 * A worker's own sign-in role, in the worker group. With a password it signs in with SCRAM; without one it can sign
 * in only by a method pg_hba.conf allows without a password (GSSAPI/SSPI or a client certificate).
 */
export async function createWorkerRole(admin: PgConnection, name: string, options: { password?: string; auditor?: boolean } = {}): Promise<void> {
  roleNameSchema.parse(name);
  if (options.password !== undefined) await run(admin, 'CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', name, options.password, WORKER_GROUP);
  else await run(admin, 'CREATE ROLE %I LOGIN IN ROLE %I', name, WORKER_GROUP);
  if (options.auditor) await run(admin, 'GRANT %I TO %I', AUDITOR_GROUP, name);
}

/** A team, made by the owner role. */
export async function addTeam(owner: PgConnection, team: { id: string; name: string }): Promise<void> {
  await owner.query('INSERT INTO crossings.teams (id, name) VALUES ($1, $2)', [team.id, team.name]);
}

/** Puts a worker's role in a team (as a manager, who may also move the team's cases to another team). */
export async function addTeamMember(
  owner: PgConnection,
  member: { teamId: string; role: string; workerName: string; manager?: boolean },
): Promise<void> {
  roleNameSchema.parse(member.role);
  await owner.query(
    `INSERT INTO crossings.team_members (team_id, role_name, worker_name, is_manager) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id, role_name) DO UPDATE SET worker_name = EXCLUDED.worker_name, is_manager = EXCLUDED.is_manager`,
    [member.teamId, member.role, member.workerName, member.manager ?? false],
  );
}

/** Names the organisation whose team records these are (the header shows "Team records: <name>"), set by the owner. */
export async function setOrganisationName(owner: PgConnection, name: string): Promise<void> {
  await owner.query('INSERT INTO crossings.organisation (id, name) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name', [name]);
}
