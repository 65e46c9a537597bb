import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../../core/store/postgres/migrate';
import { addTeam, addTeamMember, createGroupRoles, createOwnerRole, createWorkerRole, setOrganisationName } from '../../core/store/postgres/roles';
import type { TestCluster } from '../../scripts/postgres-cluster.mjs';

/**
 * A team database for browser mode's team mode, set up as IT would (docs/team-store-for-it.md) on a throwaway
 * PostgreSQL cluster the test starts itself (scripts/postgres-cluster.mjs: installed with apt-get when missing and
 * running as root): the database, its owner role running the migrations, one team, one worker's own role in it
 * (signing in with a password over TLS on 127.0.0.1, or the socket when there is no TLS), the organisation's name and
 * its audit key file. Stopped, and everything removed, by stop().
 */
export interface TeamDatabase {
  readonly organisation: string;
  readonly team: { id: string; name: string };
  /** The worker as IT recorded them: their database role and the name the team records give them. */
  readonly worker: { role: string; name: string };
  /** What browser mode needs to open the team records: CROSSINGS_DATABASE_URL and CROSSINGS_TEAM_AUDIT_KEY_FILE. */
  readonly environment: Record<string, string>;
  /** A query as the bootstrap superuser over the socket, behind row-level security (a new connection each time). */
  query<Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** The server goes down as if it crashed or the network went; resume() starts it again on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export type TeamConnection = 'tls' | 'socket';

export const organisationName = 'Example Borough Council';
export const teamName = 'Duty and assessment';

/**
 * `connection`: how Crossings reaches the server, over TLS on 127.0.0.1 (verified against the cluster's own CA) or
 * over the Unix socket; the socket when the cluster has no TLS (openssl missing). The worker signs in with a password
 * either way.
 */
export async function startTeamDatabase(workerName: string, connection: TeamConnection = 'tls'): Promise<TeamDatabase> {
  // postgres-cluster.mjs is an ES module: Node 20 loads it only by import(), not require().
  const { startCluster } = (await import('../../scripts/postgres-cluster.mjs')) as { startCluster: () => Promise<TestCluster> };
  const cluster = await startCluster();
  const keyFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-e2e-team-'));
  const stop = async () => {
    await cluster.stop();
    fs.rmSync(keyFolder, { recursive: true, force: true });
  };
  try {
    const database = 'crossings_e2e';
    const owner = { role: 'crossings_owner', password: randomBytes(12).toString('hex') };
    const worker = { role: 'sam_worker', name: workerName, password: randomBytes(12).toString('hex') };
    const team = { id: randomUUID(), name: teamName };

    const asSuperuser = async <T>(inDatabase: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
      const client = new pg.Client({ host: cluster.socketDir, port: cluster.port, user: cluster.superuser, database: inDatabase });
      client.on('error', () => {}); // a paused server ends its sessions
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end().catch(() => {});
      }
    };
    const network = cluster.caFile
      ? { host: cluster.host, port: cluster.port, ssl: { rejectUnauthorized: true, ca: fs.readFileSync(cluster.caFile, 'utf8') } }
      : { host: cluster.socketDir, port: cluster.port };

    await asSuperuser('postgres', async (admin) => {
      await createGroupRoles(admin);
      await admin.query(`CREATE DATABASE ${database}`);
    });
    await asSuperuser(database, async (admin) => {
      await createOwnerRole(admin, owner.role, owner.password, database);
      await createWorkerRole(admin, worker.role, { password: worker.password });
    });
    const ownerClient = new pg.Client({ ...network, user: owner.role, password: owner.password, database });
    await ownerClient.connect();
    try {
      await migrate(ownerClient);
      await addTeam(ownerClient, team);
      await addTeamMember(ownerClient, { teamId: team.id, role: worker.role, workerName: worker.name });
      await setOrganisationName(ownerClient, organisationName);
    } finally {
      await ownerClient.end();
    }

    // The organisation's audit key, readable only by its owner (browser mode refuses it otherwise).
    const auditKeyFile = path.join(keyFolder, 'audit.key');
    fs.writeFileSync(auditKeyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    fs.chmodSync(auditKeyFile, 0o600);

    const credentials = `${worker.role}:${encodeURIComponent(worker.password)}`;
    const databaseUrl =
      connection === 'tls' && cluster.caFile
        ? `postgresql://${credentials}@${cluster.host}:${cluster.port}/${database}?sslrootcert=${encodeURIComponent(cluster.caFile)}`
        : `postgresql://${credentials}@/${database}?host=${encodeURIComponent(cluster.socketDir)}&port=${cluster.port}`;

    return {
      organisation: organisationName,
      team,
      worker: { role: worker.role, name: worker.name },
      environment: { CROSSINGS_DATABASE_URL: databaseUrl, CROSSINGS_TEAM_AUDIT_KEY_FILE: auditKeyFile },
      query: (sql, values = []) => asSuperuser(database, async (admin) => (await admin.query(sql, values)).rows),
      pause: () => cluster.pause(),
      resume: () => cluster.resume(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
