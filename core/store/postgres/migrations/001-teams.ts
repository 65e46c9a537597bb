import type { PgMigration } from './index';

/**
 * Teams and who is in them. Each worker signs in as their own database role; `team_members.role_name` is that role.
 * A member reads and writes their teams' cases; a manager (is_manager) also moves a case out of a team they manage.
 * The tables are kept by IT or the owner role; workers may read them (colleagues' names, not case content).
 * `crossings.my_teams()` is what every row-level security policy asks.
 */
export const migration001: PgMigration = {
  version: 1,
  name: 'teams and team membership',
  sql: `
CREATE DOMAIN crossings.record_id AS text
  CHECK (VALUE ~ '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$');

CREATE TABLE crossings.teams (
  id crossings.record_id PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crossings.team_members (
  team_id crossings.record_id NOT NULL REFERENCES crossings.teams (id),
  role_name text NOT NULL CHECK (btrim(role_name) <> ''),
  worker_name text NOT NULL CHECK (btrim(worker_name) <> ''),
  is_manager boolean NOT NULL DEFAULT false,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, role_name)
);
CREATE INDEX team_members_role ON crossings.team_members (role_name);

-- The teams whose cases the signed-in role may read and write. Policies ask it as a scalar subquery,
-- \`team_id = ANY ((SELECT crossings.my_teams())::text[])\`: evaluated once per statement, and compared with text equality,
-- which is leakproof, so PostgreSQL may use indexes under the policy.
CREATE FUNCTION crossings.my_teams() RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog
  AS $$ SELECT COALESCE(array_agg(team_id::text), '{}') FROM crossings.team_members WHERE role_name = current_user $$;

CREATE FUNCTION crossings.i_manage(team text) RETURNS boolean
  LANGUAGE sql STABLE
  SET search_path = pg_catalog
  AS $$ SELECT EXISTS (SELECT 1 FROM crossings.team_members WHERE team_id = team AND role_name = session_user AND is_manager) $$;

GRANT USAGE ON SCHEMA crossings TO crossings_worker, crossings_auditor;
GRANT SELECT ON crossings.teams, crossings.team_members TO crossings_worker, crossings_auditor;
GRANT EXECUTE ON FUNCTION crossings.my_teams(), crossings.i_manage(text) TO crossings_worker;
`,
};
