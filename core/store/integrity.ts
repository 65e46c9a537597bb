import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { applyKey, databaseFileKind, integrityCheck, quickCheck, sideFilesMadeBy, type Db } from './db';
import { syncFolder } from './keys';
import { latestSchemaVersion } from './migrations';
import { RecordsOpenError } from './open-error';

/**
 * Checking files, and moving an old unencrypted database to an encrypted one without ever leaving the worker
 * without a whole copy of their records.
 */

/** Opens a file read-only with the key, for checking; the caller closes it. */
export function openForChecking(file: string, key: Buffer | undefined): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 2000 });
  try {
    if (key) applyKey(db, key);
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Whether the file opens with the key and the check finds nothing wrong. Never throws. */
export function fileIsGood(file: string, key: Buffer | undefined, level: 'quick' | 'full'): { ok: boolean; problem?: string } {
  let db: Db | undefined;
  const leftovers = sideFilesMadeBy(file);
  try {
    db = openForChecking(file, key);
    const result = level === 'quick' ? quickCheck(db) : integrityCheck(db);
    return result === 'ok' ? { ok: true } : { ok: false, problem: result };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
    leftovers.removeNew();
  }
}

/** Row counts of every table, to compare a copy with what it was copied from. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
  }
  return counts;
}

/**
 * Overwrites a file with random bytes, flushes it to the disk, then removes it. On a solid-state disk or a
 * copy-on-write file system the old blocks may survive elsewhere: that is why the database is encrypted at all, and
 * why the decision record says whole-disk encryption is still expected.
 */
export function secureDelete(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const chunk = 1024 * 1024;
    for (let offset = 0; offset < size; offset += chunk) {
      const length = Math.min(chunk, size - offset);
      fs.writeSync(fd, randomBytes(length), 0, length, offset);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(file, { force: true });
}

/** Creates an empty owner-only file for SQLite to write into (VACUUM INTO needs it empty or absent). */
export function createPrivateEmptyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}

export function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Encrypts an existing unencrypted database with the data key, in these steps:
 *  1. the plain file is checked (quick_check) and its write-ahead log folded in; a damaged or newer file is refused;
 *  2. a copy is made (VACUUM INTO) and checked with integrity_check: this is the verified backup;
 *  3. the copy is encrypted in place (rekey), then opened with the key and checked again: integrity_check, and every
 *     table holds the same number of rows as the original;
 *  4. the original is renamed aside and the encrypted copy renamed into its place (one atomic step on one disk);
 *  5. the encrypted file opens where the app will look for it; only then is the unencrypted original overwritten with
 *     random bytes and removed.
 * If anything fails, the original stays where it was, unencrypted and unchanged, and the half-made copy is removed.
 */
export function encryptInPlace(file: string, key: Buffer, now: Date = new Date()): void {
  if (databaseFileKind(file) !== 'plain') throw new AppError('INTERNAL', 'Only an unencrypted case file can be encrypted.');
  const working = `${file}.encrypting`;
  const aside = `${file}.unencrypted-${stamp(now)}`;
  for (const leftover of [working, `${working}-journal`]) secureDelete(leftover);

  let original: Db | undefined;
  let expected: Record<string, number>;
  try {
    original = new Database(file, { fileMustExist: true, timeout: 5000 });
    const version = original.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion) {
      throw new AppError('UNSUPPORTED', 'These case records were saved by a newer version of Crossings. Install the newer version to open them. Nothing in the file has been changed.');
    }
    if (quickCheck(original) !== 'ok') {
      throw new AppError('STORAGE', `The case file at ${file} is damaged, so Crossings has not encrypted it or changed it. Ask your IT team for help.`);
    }
    original.pragma('wal_checkpoint(TRUNCATE)');
    expected = tableCounts(original);
    createPrivateEmptyFile(working);
    original.prepare('VACUUM INTO ?').run(working);
  } catch (error) {
    secureDelete(working);
    if (error instanceof AppError) throw error;
    throw diskFull(error) ?? new AppError('STORAGE', `Crossings could not make a safe copy of the case records before encrypting them (${String(error)}). Nothing was changed.`);
  } finally {
    original?.close();
  }

  try {
    const plainCopy = new Database(working, { fileMustExist: true });
    try {
      if (integrityCheck(plainCopy) !== 'ok') throw new Error('the copy failed integrity_check');
      plainCopy.pragma('journal_mode = DELETE');
      plainCopy.pragma("cipher='sqlcipher'");
      plainCopy.pragma('legacy=4');
      plainCopy.pragma(`rekey="x'${key.toString('hex')}'"`);
    } finally {
      plainCopy.close();
    }
    const encrypted = new Database(working, { fileMustExist: true });
    try {
      applyKey(encrypted, key);
      if (integrityCheck(encrypted) !== 'ok') throw new Error('the encrypted copy failed integrity_check');
      if (JSON.stringify(tableCounts(encrypted)) !== JSON.stringify(expected)) throw new Error('the encrypted copy does not hold every record');
      encrypted.pragma('journal_mode = WAL');
    } finally {
      encrypted.close();
    }
    if (databaseFileKind(working) === 'plain') throw new Error('the copy was not encrypted');
    const handle = fs.openSync(working, 'r+');
    fs.fsyncSync(handle);
    fs.closeSync(handle);
  } catch (error) {
    secureDelete(working);
    throw diskFull(error) ?? new AppError('STORAGE', `Crossings could not encrypt the case records (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`);
  }

  // The original's write-ahead log was folded in and removed when it closed. One still holding data would belong to
  // the unencrypted file, so nothing is swapped while it is there.
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) {
    secureDelete(working);
    throw new AppError('LOCKED', 'The case records are in use by another program, so Crossings could not encrypt them. Close it and try again. Nothing was changed.');
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  // The swap: the original steps aside, the encrypted copy takes its name.
  fs.renameSync(file, aside);
  fs.renameSync(working, file);
  syncFolder(path.dirname(file));
  const check = fileIsGood(file, key, 'full');
  if (!check.ok) {
    // Put the original back exactly as it was.
    fs.renameSync(file, working);
    fs.renameSync(aside, file);
    secureDelete(working);
    throw new AppError('STORAGE', 'Crossings could not encrypt the case records safely, so it has left them as they were.');
  }
  secureDelete(aside);
}

/** A full disk while encrypting is the worker's to fix (free some space), not damage. */
function diskFull(error: unknown): RecordsOpenError | undefined {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code !== 'SQLITE_FULL' && code !== 'ENOSPC') return undefined;
  return new RecordsOpenError('unavailable', 'STORAGE', 'The disk is full, so Crossings could not encrypt the case records. Free some space and start again. Nothing was changed.');
}
