import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { roleNameSchema } from './roles';
import type { TeamConnection } from './connect';

/**
 * Team mode on the desktop app, as IT sets it once per computer (docs/team-store-for-it.md, section 10): a file
 * `team-records.json` in Crossings' data folder. The worker's SCRAM password, when they sign in with one, is kept
 * encrypted by the operating system's keychain (`team-password.bin` beside it, written by `--set-team-password`),
 * never in this file; a client certificate's key stays in the file IT names.
 */
export const TEAM_CONFIG_FILE = 'team-records.json';
export const TEAM_PASSWORD_FILE = 'team-password.bin';

const fileSchema = z.string().min(1, 'Give the full path of the file.');

export const teamConfigSchema = z
  .object({
    host: z.string().min(1, 'Give the database server’s name.'),
    port: z.number().int().min(1).max(65535).default(5432),
    database: z.string().min(1, 'Give the database’s name.'),
    role: roleNameSchema,
    signIn: z.enum(['password', 'certificate']),
    /** The CA certificate the server's certificate must chain to (required unless host is a Unix socket). */
    caFile: fileSchema.optional(),
    certFile: fileSchema.optional(),
    keyFile: fileSchema.optional(),
    /** The team new cases go to, by name or id, when the worker is in more than one. */
    team: z.string().min(1).optional(),
    /** The organisation's audit key: 32 bytes in base64, readable only by the worker's own account. */
    auditKeyFile: fileSchema,
  })
  .strict()
  .refine((config) => config.host.startsWith('/') || config.caFile !== undefined, {
    message: 'A team database reached over the network needs caFile, the certificate authority that checks the server.',
    path: ['caFile'],
  })
  .refine((config) => config.signIn !== 'certificate' || (config.certFile !== undefined && config.keyFile !== undefined), {
    message: 'Signing in by certificate needs certFile and keyFile.',
    path: ['certFile'],
  });
export type TeamConfig = z.output<typeof teamConfigSchema>;

const problem = (message: string) => new AppError('VALIDATION', `The team records are not set up right on this computer: ${message} Ask IT to check ${TEAM_CONFIG_FILE}.`);

/** The team configuration in `dataFolder`, or null where there is none (the records stay on this computer). */
export function readTeamConfig(dataFolder: string): TeamConfig | null {
  const file = path.join(dataFolder, TEAM_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw problem(`${file} cannot be read.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw problem(`${file} is not valid JSON.`);
  }
  const parsed = teamConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw problem(`${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The connection a configuration describes, with the worker's password where they sign in with one. */
export function connectionFromConfig(config: TeamConfig, password: string | null): TeamConnection {
  const read = (name: string, file: string | undefined) => {
    if (!file) return undefined;
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      throw problem(`the file ${file} (${name}) cannot be read.`);
    }
  };
  if (config.signIn === 'password' && !password) {
    throw problem('your password for the team records has not been set on this computer (IT sets it with --set-team-password).');
  }
  const ca = read('caFile', config.caFile);
  const cert = read('certFile', config.certFile);
  const key = read('keyFile', config.keyFile);
  return {
    settings: {
      host: config.host,
      port: config.port,
      database: config.database,
      user: config.role,
      ...(config.signIn === 'password' && password ? { password } : {}),
      ...(ca ? { ca } : {}),
      ...(cert ? { cert } : {}),
      ...(key ? { key } : {}),
      workerName: config.role,
    },
    team: config.team,
  };
}
