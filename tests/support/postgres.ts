import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../core/store/postgres/migrate';
import { pgMigrations, type PgMigration } from '../../core/store/postgres/migrations';
import { PgStore } from '../../core/store/postgres/pg-store';
import { addTeam, addTeamMember, createGroupRoles, createOwnerRole, createWorkerRole } from '../../core/store/postgres/roles';

/** Where the run's cluster listens (tests/support/postgres-global-setup.ts). */
export interface SharedCluster {
  socketDir: string;
  host: string;
  port: number;
  superuser: string;
  caFile: string | null;
}

export interface TestWorker {
  role: string;
  name: string;
  password: string;
}

/**
 * One test file's own database in the run's cluster: made by the bootstrap superuser, owned by an owner role that
 * runs the migrations (as IT would), with worker roles that sign in with SCRAM passwords over TLS on 127.0.0.1 (or
 * the Unix socket when the cluster has no TLS), each subject to row-level security.
 */
export class TestTeamDatabase {
  readonly database: string;
  readonly ownerRole = 'crossings_owner';
  readonly ownerPassword = 'owner-password-for-tests';
  readonly auditKey = randomBytes(32);
  private readonly suffix = randomBytes(3).toString('hex');
  private readonly stores: PgStore[] = [];
  private readonly clients: pg.Client[] = [];
  readonly cluster: SharedCluster;

  /** `cluster`: the run's shared cluster, or one a test started itself (to stop it mid-session). */
  constructor(label: string, cluster?: SharedCluster) {
    this.cluster = cluster ?? inject('postgres');
    this.database = `crossings_${label}_${this.suffix}`;
  }

  /** A connection as the superuser over the socket (for setup, and to look behind row-level security). */
  async admin(database = this.database): Promise<pg.Client> {
    const client = new pg.Client({ host: this.cluster.socketDir, port: this.cluster.port, user: this.cluster.superuser, database });
    client.on('error', () => {}); // a server stopped by a test ends its sessions
    await client.connect();
    this.clients.push(client);
    return client;
  }

  /** A connection as the owner role, which runs the migrations and keeps the teams. */
  async owner(): Promise<pg.Client> {
    const client = new pg.Client({ ...this.network(), user: this.ownerRole, password: this.ownerPassword, database: this.database });
    client.on('error', () => {}); // a server stopped by a test ends its sessions
    await client.connect();
    this.clients.push(client);
    return client;
  }

  private network(): pg.ClientConfig {
    const { caFile } = this.cluster;
    if (!caFile) return { host: this.cluster.socketDir, port: this.cluster.port };
    return { host: this.cluster.host, port: this.cluster.port, ssl: { rejectUnauthorized: true, ca: fs.readFileSync(caFile, 'utf8') } };
  }

  /** `migrations`: all of them unless a test wants the schema as an earlier version left it. */
  async create(migrations: readonly PgMigration[] = pgMigrations): Promise<void> {
    const admin = await this.admin('postgres');
    await createGroupRoles(admin);
    await admin.query(`SELECT format('CREATE DATABASE %I', $1::text) AS statement`, [this.database]).then((r) => admin.query(r.rows[0].statement));
    const inDatabase = await this.admin();
    await createOwnerRole(inDatabase, this.ownerRole, this.ownerPassword, this.database);
    const owner = await this.owner();
    await migrate(owner, migrations);
  }

  /** A worker's own role, signing in with a password, optionally allowed to read the whole audit log. */
  async worker(name: string, options: { auditor?: boolean } = {}): Promise<TestWorker> {
    const role = `${name.toLowerCase().replace(/[^a-z]+/g, '_')}_${this.suffix}_${randomBytes(2).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const admin = await this.admin();
    await createWorkerRole(admin, role, { password, auditor: options.auditor ?? false });
    return { role, name, password };
  }

  async team(name: string): Promise<string> {
    const id = randomUUID();
    const owner = await this.owner();
    await addTeam(owner, { id, name });
    return id;
  }

  async member(teamId: string, worker: TestWorker, manager = false): Promise<void> {
    const owner = await this.owner();
    await addTeamMember(owner, { teamId, role: worker.role, workerName: worker.name, manager });
  }

  /** The team store as this worker's computer opens it. */
  store(worker: TestWorker, max = 4): PgStore {
    const network = this.network();
    const store = PgStore.connect(
      {
        host: String(network.host),
        port: this.cluster.port,
        database: this.database,
        user: worker.role,
        password: worker.password,
        ...(this.cluster.caFile ? { ca: fs.readFileSync(this.cluster.caFile, 'utf8') } : {}),
        workerName: worker.name,
      },
      this.auditKey,
      { max },
    );
    this.stores.push(store);
    return store;
  }

  /** A plain connection signed in as the worker's role, for reading the tables directly. */
  async connectAs(worker: TestWorker): Promise<pg.Client> {
    const client = new pg.Client({ ...this.network(), user: worker.role, password: worker.password, database: this.database });
    client.on('error', () => {}); // a server stopped by a test ends its sessions
    await client.connect();
    this.clients.push(client);
    return client;
  }

  async drop(): Promise<void> {
    for (const store of this.stores.splice(0)) await store.close();
    for (const client of this.clients.splice(0)) await client.end().catch(() => {});
    const admin = new pg.Client({ host: this.cluster.socketDir, port: this.cluster.port, user: this.cluster.superuser, database: 'postgres' });
    await admin.connect();
    try {
      const statement = await admin.query(`SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text) AS statement`, [this.database]);
      await admin.query(statement.rows[0].statement);
    } finally {
      await admin.end();
    }
  }
}
