import pg from 'pg';
import { z } from 'zod';
import { PgActionsRepository } from './actions-repository';
import { PgAssessmentsRepository } from './assessments-repository';
import { PgAuditRepository } from './audit-repository';
import { PgCasesRepository } from './cases-repository';
import { PgDocumentsRepository } from './documents-repository';
import { toAppError } from './errors';
import type { PgConnection } from './migrate';
import { myTeams, organisationName } from './organisation';
import { PgReferralsRepository } from './referrals-repository';
import { PgRetentionRepository } from './retention-repository';

/**
 * How a computer reaches the team store (set once by IT; `CROSSINGS_DATABASE_URL` in browser mode). Over the network
 * TLS is required and the server's certificate is verified against the organisation's CA; only a Unix socket on this
 * computer (a host starting with /) may go without.
 */
export const pgConnectionSchema = z
  .object({
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(5432),
    database: z.string().min(1),
    user: z.string().min(1),
    password: z.string().optional(),
    /** The CA certificate (PEM) the server's certificate must chain to; required unless host is a Unix socket. */
    ca: z.string().optional(),
    /** A client certificate and key (PEM), for sign-in by certificate. */
    cert: z.string().optional(),
    key: z.string().optional(),
    /** The worker's name, as chronology entries and audit entries record it. */
    workerName: z.string().min(1),
  })
  .refine((settings) => settings.host.startsWith('/') || settings.ca !== undefined, {
    message: 'A team store reached over the network needs its TLS certificate authority, so the connection is encrypted and the server is checked.',
    path: ['ca'],
  });
export type PgConnectionSettings = z.input<typeof pgConnectionSchema>;

/** The repositories working on one connection: inside a transaction, or straight on the pool for single reads. */
export interface PgRepositories {
  cases: PgCasesRepository;
  audit: PgAuditRepository;
  assessments: PgAssessmentsRepository;
  documents: PgDocumentsRepository;
  referrals: PgReferralsRepository;
  actions: PgActionsRepository;
  retention: PgRetentionRepository;
}

/**
 * The team store: a pool of connections signed in as this worker's own role. `auditKey` seals the audit log with the
 * same keyed hash as the local store (core/store/audit-hash.ts).
 */
export class PgStore {
  readonly workerName: string;

  constructor(
    readonly pool: pg.Pool,
    private readonly auditKey: Buffer,
    workerName: string,
  ) {
    this.workerName = workerName;
    // A connection that drops while idle is replaced by the pool; saying so is the caller's job, not a crash.
    pool.on('error', () => {});
  }

  static connect(settings: PgConnectionSettings, auditKey: Buffer, options: { max?: number } = {}): PgStore {
    const parsed = pgConnectionSchema.parse(settings);
    const pool = new pg.Pool({
      host: parsed.host,
      port: parsed.port,
      database: parsed.database,
      user: parsed.user,
      ...(parsed.password !== undefined ? { password: parsed.password } : {}),
      ...(parsed.host.startsWith('/')
        ? {}
        : { ssl: { rejectUnauthorized: true, ca: parsed.ca, ...(parsed.cert ? { cert: parsed.cert, key: parsed.key } : {}) } }),
      max: options.max ?? 4,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'Crossings',
    });
    return new PgStore(pool, auditKey, parsed.workerName);
  }

  private repositories(connection: PgConnection | pg.Pool): PgRepositories {
    return {
      cases: new PgCasesRepository(connection),
      audit: new PgAuditRepository(connection, this.auditKey),
      assessments: new PgAssessmentsRepository(connection),
      documents: new PgDocumentsRepository(connection),
      referrals: new PgReferralsRepository(connection),
      actions: new PgActionsRepository(connection),
      retention: new PgRetentionRepository(connection),
    };
  }

  /** Single reads, each on whichever pooled connection is free. */
  get read(): PgRepositories {
    return this.repositories(this.pool);
  }

  /**
   * Runs `work` in one transaction on one connection: all of it is saved, or none of it. Errors come out as AppErrors
   * in the worker's words (./errors.ts).
   */
  async transaction<T>(work: (repositories: PgRepositories) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toAppError(error);
    }
    let broken = false;
    // A connection lost mid-transaction rejects the query in hand; the event it also raises must not crash Crossings.
    const lost = () => {
      broken = true;
    };
    client.on('error', lost);
    try {
      await client.query('BEGIN');
      const result = await work(this.repositories(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw toAppError(error);
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  /** The organisation whose team records these are, for the header ("Team records: <name>"); null when IT set none. */
  async organisationName(): Promise<string | null> {
    try {
      return await organisationName(this.pool);
    } catch (error) {
      throw toAppError(error);
    }
  }

  /** The teams this worker is a member of. */
  async myTeams(): ReturnType<typeof myTeams> {
    try {
      return await myTeams(this.pool);
    } catch (error) {
      throw toAppError(error);
    }
  }

  private closed = false;

  /** Ends the pool's connections; again is nothing (a core and a test may both close it). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
