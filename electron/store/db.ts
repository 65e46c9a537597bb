import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { latestSchemaVersion, migrations } from './migrations';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Called before each migration runs on a database that already holds data (for a backup). */
  beforeMigrate?: (fromVersion: number, toVersion: number) => void;
}

/** Creates the data folder for the worker alone (owner-only), or tightens one that exists. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(folder, 0o700);
}

/**
 * Opens (or creates) the case database. A database written by a newer version of Crossings is refused before
 * anything is written to it, so its bytes stay exactly as they were.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  ensurePrivateFolder(path.dirname(file));
  const exists = fs.existsSync(file);
  if (exists) {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      throw new AppError('STORAGE', `Crossings expected its case file at ${file}, but found a folder there. Nothing was changed.`);
    }
    refuseNewerVersion(file);
  } else {
    // Create the file owner-only before SQLite does, so it never exists with wider permissions.
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  }

  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw storageError(error, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options);
  } catch (error) {
    db.close();
    throw error instanceof AppError ? error : storageError(error, file);
  }
  return db;
}

function refuseNewerVersion(file: string): void {
  let version: number;
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    version = probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw storageError(error, file);
  } finally {
    probe?.close();
  }
  if (version > latestSchemaVersion) {
    throw new AppError(
      'UNSUPPORTED',
      'These case records were saved by a newer version of Crossings. Install the newer version to open them. ' +
        'Nothing in the file has been changed.',
    );
  }
}

function migrate(db: Db, options: OpenDatabaseOptions): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (current > 0) options.beforeMigrate?.(current, latestSchemaVersion);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function storageError(error: unknown, file: string): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/not a database|file is encrypted/i.test(message)) {
    return new AppError('STORAGE', `The case file at ${file} could not be read: it is damaged or is not a Crossings file. Nothing was changed.`);
  }
  if (/locked|busy/i.test(message)) {
    return new AppError('LOCKED', 'The case records are in use by another copy of Crossings. Close it and try again.');
  }
  if (/readonly|read-only|permission|EACCES/i.test(message)) {
    return new AppError('STORAGE', `Crossings cannot write to ${file}. Check that your account may change files in that folder.`);
  }
  return new AppError('STORAGE', `The case records could not be opened (${message}). Nothing was changed.`);
}
