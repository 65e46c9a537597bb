import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { readCommitCount, type CommitCount } from './commit-counter';
import { latestSchemaVersion, migrations } from './migrations';
import { RecordsOpenError } from './open-error';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /**
   * The 32-byte data key. With it the file is read and written as SQLCipher 4 (AES-256, HMAC-SHA512 per page) with a
   * raw key; without it the file is plain SQLite (only for the one-time move of an old unencrypted file, and tests).
   */
  key?: Buffer;
  /** Called before each migration runs on a database that already holds data (for a backup). */
  beforeMigrate?: (fromVersion: number, toVersion: number, db: Db) => void;
  /** How long to wait for another program that holds the file before saying it is in use. */
  busyTimeoutMs?: number;
  /** Shown the case file's own count of saves during the read-only look, before anything is written; may refuse. */
  checkSaves?: (inFile: CommitCount | null) => void;
}

/** The first 16 bytes of every unencrypted SQLite file. An encrypted file starts with random bytes instead. */
export const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** SQLCipher 4's page size; an encrypted Crossings file is always a whole number of these pages. */
export const ENCRYPTED_PAGE_SIZE = 4096;

/** Creates the data folder for the worker alone (owner-only), or tightens one that exists. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(folder, 0o700);
}

/** Sets the cipher and the raw key on a connection, before anything is read. */
export function applyKey(db: Db, key: Buffer): void {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/** What is at the database path, read without opening it as a database. */
export type DatabaseFileKind = 'missing' | 'empty' | 'folder' | 'plain' | 'encrypted-or-other';

export function databaseFileKind(file: string): DatabaseFileKind {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (stat.isDirectory()) return 'folder';
  if (stat.size === 0) return 'empty';
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return header.equals(PLAIN_HEADER) ? 'plain' : 'encrypted-or-other';
}

/**
 * Opens (or creates) the case database. Before anything is written, a read-only look checks that the key opens it,
 * that it was not written by a newer version of Crossings, and that `quick_check` finds it whole: a file that fails
 * any of these is refused and its bytes stay exactly as they were.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  ensurePrivateFolder(path.dirname(file));
  const exists = fs.existsSync(file);
  if (exists) {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      throw new RecordsOpenError('unavailable', 'STORAGE', `Crossings expected its case file at ${file}, but found a folder there. Nothing was changed.`);
    }
    if (process.platform !== 'win32' && (stat.mode & 0o200) === 0) {
      throw new RecordsOpenError(
        'unavailable',
        'STORAGE',
        `The case file at ${file} is marked read-only, so Crossings cannot save anything in it. ` +
          'Ask your IT team to make it writable for your account. Nothing was changed.',
      );
    }
    checkBeforeWriting(file, options);
  } else {
    // Create the file owner-only before SQLite does, so it never exists with wider permissions.
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
  }

  let db: Db;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw storageError(error, file, options.key);
  }
  try {
    if (options.key) applyKey(db, options.key);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs ?? 5000)}`);
    migrate(db, options);
  } catch (error) {
    db.close();
    throw error instanceof AppError ? error : storageError(error, file, options.key);
  }
  return db;
}

/** The read-only look before opening for writing: key, version, quick_check. */
function checkBeforeWriting(file: string, options: OpenDatabaseOptions): void {
  let version: number;
  let check: string;
  let saves: CommitCount | null | undefined;
  let probe: Db | undefined;
  const leftovers = sideFilesMadeBy(file);
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, timeout: options.busyTimeoutMs ?? 5000 });
    if (options.key) applyKey(probe, options.key);
    version = probe.pragma('user_version', { simple: true }) as number;
    check = quickCheck(probe);
    if (check === 'ok' && version <= latestSchemaVersion && options.checkSaves) saves = readCommitCount(probe);
  } catch (error) {
    throw storageError(error, file, options.key);
  } finally {
    probe?.close();
    leftovers.removeNew();
  }
  if (version > latestSchemaVersion) {
    throw new AppError(
      'UNSUPPORTED',
      'These case records were saved by a newer version of Crossings. Install the newer version to open them. ' +
        'Nothing in the file has been changed.',
    );
  }
  if (check !== 'ok') throw damagedError(file);
  if (saves !== undefined) options.checkSaves?.(saves);
}

/**
 * A read-only connection to a database in WAL mode makes an empty `-wal` and a `-shm` beside it, and leaves them
 * when it closes. So that looking at a file that is then refused leaves the folder exactly as it was, the ones that
 * were not there before, and hold no log, are removed afterwards.
 */
export function sideFilesMadeBy(file: string): { removeNew(): void } {
  const existed = { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
  return {
    removeNew() {
      const wal = `${file}-wal`;
      if (existed.wal || (fs.existsSync(wal) && fs.statSync(wal).size > 0)) return;
      fs.rmSync(wal, { force: true });
      if (!existed.shm) fs.rmSync(`${file}-shm`, { force: true });
    },
  };
}

/** `PRAGMA quick_check`: 'ok', or the first problem found. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  return rows[0]?.quick_check ?? 'no answer';
}

/** `PRAGMA integrity_check`: 'ok', or the first problem found. */
export function integrityCheck(db: Db): string {
  const rows = db.pragma('integrity_check(1)') as { integrity_check: string }[];
  return rows[0]?.integrity_check ?? 'no answer';
}

function migrate(db: Db, options: OpenDatabaseOptions): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (current > 0) options.beforeMigrate?.(current, latestSchemaVersion, db);
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

function damagedError(file: string): AppError {
  return new AppError(
    'STORAGE',
    `The case file at ${file} is damaged: part of it cannot be read. Crossings has not changed it. ` +
      'Restore the newest good backup, or ask your IT team for help.',
  );
}

function storageError(error: unknown, file: string, key?: Buffer): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code ?? '';
  if (/not a database|file is encrypted/i.test(message) || code === 'SQLITE_NOTADB') {
    if (key) {
      const size = fs.statSync(file).size;
      if (size < ENCRYPTED_PAGE_SIZE || size % ENCRYPTED_PAGE_SIZE !== 0) {
        return new AppError(
          'STORAGE',
          `The file at ${file} is not a Crossings case file (it may have been overwritten by something else). Crossings has not changed it.`,
        );
      }
      return new AppError(
        'STORAGE',
        `The case file at ${file} cannot be unlocked with the key kept on this computer. It may have been copied from another ` +
          'Crossings installation, or its beginning is damaged. Crossings has not changed it.',
      );
    }
    return new AppError('STORAGE', `The case file at ${file} could not be read: it is damaged or is not a Crossings file. Nothing was changed.`);
  }
  if (/malformed|corrupt/i.test(message) || code.startsWith('SQLITE_CORRUPT')) return damagedError(file);
  if (/locked|busy/i.test(message)) {
    return new AppError(
      'LOCKED',
      'The case records are in use by another copy of Crossings or another program. Close it and try again. Nothing was changed.',
    );
  }
  if (/readonly|read-only|permission|EACCES/i.test(message)) {
    return new RecordsOpenError('unavailable', 'STORAGE', `Crossings cannot write to ${file}. Check that your account may change files in that folder.`);
  }
  if (code === 'SQLITE_FULL' || /disk is full|database or disk is full/i.test(message)) {
    return new RecordsOpenError('unavailable', 'STORAGE', 'The disk is full, so Crossings cannot open the case records safely. Free some space and start again.');
  }
  return new AppError('STORAGE', `The case records could not be opened (${message}). Nothing was changed.`);
}
