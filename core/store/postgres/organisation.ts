import type pg from 'pg';
import type { PgConnection } from './migrate';

/** What the header shows in team mode ("Team records: <name>"): the organisation IT named, or null when none is set. */
export async function organisationName(db: PgConnection | pg.Pool): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM crossings.organisation WHERE id = 1');
  return rows[0]?.name ?? null;
}

/** The teams the signed-in role is a member of, by name, with the name IT recorded for the worker in each. */
export async function myTeams(db: PgConnection | pg.Pool): Promise<{ id: string; name: string; workerName: string; isManager: boolean }[]> {
  const { rows } = await db.query<{ id: string; name: string; worker_name: string; is_manager: boolean }>(
    `SELECT t.id, t.name, m.worker_name, m.is_manager FROM crossings.team_members m JOIN crossings.teams t ON t.id = m.team_id
     WHERE m.role_name = current_user ORDER BY t.name, t.id`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, workerName: row.worker_name, isManager: row.is_manager }));
}
