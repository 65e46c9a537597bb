import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import type { TeamMode } from '../../core';
import { PgStore, type PgConnectionSettings } from './pg-store';
import { writeFileAtomically } from '../keys';
import { isUnreachable } from './errors';
import { TEAM_AUDIT_ANCHOR_FILE, TeamRecords, type TeamIdentity } from './team-records';

/**
 * Team mode's connection, as IT sets it for browser mode (docs/team-store-for-it.md):
 *
 *   CROSSINGS_DATABASE_URL=postgresql://<worker role>[:<password>]@<host>[:<port>]/<database>?sslrootcert=<CA file>
 *   (a Unix socket instead: postgresql://<role>[:<password>]@/<database>?host=/var/run/postgresql[&port=<port>])
 *   optional query parameters: sslcert and sslkey (sign-in by client certificate), team (the team new cases go to)
 *   CROSSINGS_DATABASE_PASSWORD, when the password is not in the address
 *   CROSSINGS_TEAM_AUDIT_KEY_FILE: the organisation's audit key (32 bytes, base64), readable only by its owner
 */
export interface TeamConnection {
  settings: PgConnectionSettings;
  team: string | undefined;
}

const problem = (message: string) => new AppError('VALIDATION', `The team records are not set up right on this computer: ${message} Ask IT to check it.`);

export function parseDatabaseUrl(address: string, password = process.env.CROSSINGS_DATABASE_PASSWORD): TeamConnection {
  // The socket form with a sign-in and no host (postgresql://role@/database?host=/var/run/postgresql), as libpq takes
  // it, is no URL to the WHATWG parser: it is read with a stand-in host, which the `host` parameter must replace.
  const hostless = /^(postgres(?:ql)?:\/\/[^/?#]*@)\//i.exec(address);
  let url: URL;
  try {
    url = new URL(hostless ? `${hostless[1]}localhost/${address.slice(hostless[0].length)}` : address);
  } catch {
    throw problem('the address of the team records is not a database address.');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') throw problem('the address of the team records must start postgresql://.');
  const query = url.searchParams;
  const socket = query.get('host');
  const host = socket ?? (hostless ? '' : url.hostname);
  if (!host) throw problem('the address of the team records names no server.');
  const user = decodeURIComponent(url.username);
  if (!user) throw problem('the address of the team records names no worker role.');
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw problem('the address of the team records names no database.');
  const file = (name: string) => {
    const where = query.get(name);
    if (!where) return undefined;
    try {
      return fs.readFileSync(where, 'utf8');
    } catch {
      throw problem(`the file ${where} (${name}) cannot be read.`);
    }
  };
  const ca = file('sslrootcert');
  const cert = file('sslcert');
  const key = file('sslkey');
  const given = url.password ? decodeURIComponent(url.password) : password;
  return {
    settings: {
      host,
      // A socket's file is named by the port too (.s.PGSQL.<port>): `port` says it where the address has no host.
      port: Number(query.get('port') ?? (url.port || 5432)),
      database,
      user,
      ...(given ? { password: given } : {}),
      ...(ca ? { ca } : {}),
      ...(cert ? { cert } : {}),
      ...(key ? { key } : {}),
      workerName: user,
    },
    team: query.get('team') ?? undefined,
  };
}

/** The organisation's audit key: the same for every computer of the team, so each can verify the whole chain. */
export function readTeamAuditKey(file: string | undefined): Buffer {
  if (!file) throw problem('team mode needs the organisation’s audit key file (CROSSINGS_TEAM_AUDIT_KEY_FILE).');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw problem(`the audit key file ${file} cannot be found.`);
  }
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw problem(`the audit key file ${file} can be read by other accounts on this computer; only its owner may read it (chmod 600).`);
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw problem(`the audit key file ${file} does not hold a 32-byte key in base64.`);
  return key;
}

/**
 * Who the worker was in the team store when Crossings last reached it, kept in the data folder (owner-only; it holds
 * the organisation's and the worker's names, nothing about a case), so Crossings still starts while the server cannot
 * be reached: drafts and settings work, and saving works again once it is back.
 */
export const TEAM_IDENTITY_FILE = 'crossings-team-identity.json';

const identitySchema = z.object({
  role: z.string(),
  organisation: z.string(),
  workerName: z.string(),
  teamForNewCases: z.object({ id: z.string(), name: z.string() }),
  auditor: z.boolean(),
});

function rememberedIdentity(file: string, role: string): TeamIdentity | undefined {
  try {
    const parsed = identitySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success || parsed.data.role !== role) return undefined;
    const { role: _role, ...identity } = parsed.data;
    return identity;
  } catch {
    return undefined;
  }
}

const unreachableNow = (error: unknown) => isUnreachable(error) || (error instanceof AppError && isUnreachable((error as { cause?: unknown }).cause));

/** Connects to the team store and reads who the worker is there; the records themselves open over the local file. */
export async function connectTeamMode(connection: TeamConnection, auditKey: Buffer, identityFile?: string): Promise<TeamMode> {
  let pg: PgStore;
  try {
    pg = PgStore.connect(connection.settings, auditKey);
  } catch (error) {
    const first = error instanceof z.ZodError ? error.issues[0]?.message : undefined;
    throw problem(first ?? 'the connection settings are not complete.');
  }
  try {
    return await teamModeOver(pg, auditKey, connection.team, identityFile);
  } catch (error) {
    await pg.close();
    throw error;
  }
}

/**
 * Team mode over a team store already connected: who the worker is there (remembered in `identityFile` for a start
 * while the server cannot be reached), and the records over each local file.
 */
export async function teamModeOver(pg: PgStore, auditKey: Buffer, team?: string, identityFile?: string): Promise<TeamMode> {
  const role = String(pg.pool.options.user ?? '');
  let identity: TeamIdentity;
  try {
    identity = await TeamRecords.identify(pg, team);
    if (identityFile) {
      try {
        fs.mkdirSync(path.dirname(identityFile), { recursive: true, mode: 0o700 });
        writeFileAtomically(identityFile, `${JSON.stringify({ role, ...identity }, null, 2)}\n`);
      } catch {
        // Only a start while the server is down needs it; the next start writes it again.
      }
    }
  } catch (error) {
    const remembered = identityFile && unreachableNow(error) ? rememberedIdentity(identityFile, role) : undefined;
    if (!remembered) throw error;
    identity = remembered;
  }
  return {
    records: (local, dataFolder) => new TeamRecords(pg, local, identity, { file: path.join(dataFolder, TEAM_AUDIT_ANCHOR_FILE), key: auditKey }),
    workerName: identity.workerName,
    close: () => pg.close(),
  };
}
