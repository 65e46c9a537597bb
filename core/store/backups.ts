import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { backupHeadPath, deriveAuditKey, writeBackupHead } from './audit-anchor';
import type { Db } from './db';
import { createPrivateEmptyFile, fileIsGood, secureDelete } from './integrity';
import { KEY_FILE, syncFolder } from './keys';

/**
 * Backups of the case database in `<data folder>/backups/`, owner-only. Each is a consistent copy taken while the
 * app runs (`VACUUM INTO`, which reads one snapshot of the database, so saves made meanwhile are either wholly in it
 * or wholly not), encrypted with the same data key as the database, and checked with `integrity_check` before it
 * gets its final name. A copy that fails the check is removed and the backup reported as failed.
 */

export const backupReasons = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export const DEFAULT_BACKUPS_TO_KEEP = 14;
const NAME = /^crossings-(\d{8}T\d{9}Z)-(daily|manual|before-migration|before-restore)\.db$/;

export class Backups {
  readonly folder: string;

  constructor(private readonly options: { dataFolder: string; now: () => Date }) {
    this.folder = path.join(options.dataFolder, 'backups');
  }

  /** Every backup, newest first. */
  list(): BackupInfo[] {
    if (!fs.existsSync(this.folder)) return [];
    const found: BackupInfo[] = [];
    for (const name of fs.readdirSync(this.folder)) {
      const match = NAME.exec(name);
      if (!match) continue;
      const stat = fs.statSync(path.join(this.folder, name));
      if (!stat.isFile()) continue;
      found.push({ name, createdAt: parseStamp(match[1]!), reason: match[2] as BackupReason, bytes: stat.size });
    }
    return found.sort((a, b) => (a.name < b.name ? 1 : -1));
  }

  file(name: string): string {
    if (!NAME.test(name)) throw new AppError('NOT_FOUND', 'There is no backup with that name.');
    const file = path.join(this.folder, name);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'That backup is no longer in the backups folder.');
    return file;
  }

  /** Whether no backup has been taken yet today (by the computer's clock, in UTC). */
  dueToday(): boolean {
    const today = this.options.now().toISOString().slice(0, 10);
    return !this.list().some((backup) => backup.createdAt.slice(0, 10) === today);
  }

  /** Writes, checks and names one backup, then keeps only the newest `keep`. */
  create(db: Db, key: Buffer | undefined, reason: BackupReason, keep: number): BackupInfo {
    this.ensureFolder();
    this.removeInterrupted();
    const now = this.options.now();
    let name = `crossings-${stampWithMs(now)}-${reason}.db`;
    for (let n = 1; this.list().some((backup) => backup.name.slice(0, 29) === name.slice(0, 29)); n += 1) {
      name = `crossings-${stampWithMs(new Date(now.getTime() + n))}-${reason}.db`;
    }
    const final = path.join(this.folder, name);
    const partial = `${final}.partial`;
    secureDelete(partial);
    try {
      // Read in the same synchronous call as the copy, so no entry can be written in between.
      const head = auditHeadOf(db);
      createPrivateEmptyFile(partial);
      db.prepare('VACUUM INTO ?').run(partial);
      const handle = fs.openSync(partial, 'r+');
      fs.fsyncSync(handle);
      fs.closeSync(handle);
      const check = fileIsGood(partial, key, 'full');
      if (!check.ok) throw new AppError('STORAGE', `The backup failed its check (${check.problem}), so it was not kept. The case records have not changed.`);
      fs.renameSync(partial, final);
      // The audit head beside the backup: an older copy put back outside Crossings is then recognised as one.
      if (key && head) writeBackupHead(final, deriveAuditKey(key), head);
      syncFolder(this.folder);
    } catch (error) {
      secureDelete(partial);
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
        throw new AppError('STORAGE', 'The disk is full, so the backup could not be made. The case records have not changed. Free some space and try again.');
      }
      throw new AppError('STORAGE', `The backup could not be made (${error instanceof Error ? error.message : String(error)}). The case records have not changed.`);
    }
    this.copyKeyFile();
    this.rotate(keep);
    return { name, createdAt: now.toISOString(), reason, bytes: fs.statSync(final).size };
  }

  /** Removes what a backup stopped part-way (the computer switched off, Crossings killed) left behind. */
  removeInterrupted(): string[] {
    if (!fs.existsSync(this.folder)) return [];
    const left = fs.readdirSync(this.folder).filter((name) => /^crossings-.*\.db\.partial$/.test(name));
    for (const name of left) secureDelete(path.join(this.folder, name));
    return left;
  }

  /** Keeps the newest `keep` backups and removes the rest. */
  rotate(keep: number): string[] {
    const removed: string[] = [];
    for (const backup of this.list().slice(Math.max(1, keep))) {
      fs.rmSync(path.join(this.folder, backup.name), { force: true });
      fs.rmSync(backupHeadPath(path.join(this.folder, backup.name)), { force: true });
      removed.push(backup.name);
    }
    return removed;
  }

  /** The newest backup that opens with the key and passes quick_check. */
  newestGood(key: Buffer | undefined): BackupInfo | undefined {
    return this.list().find((backup) => fileIsGood(path.join(this.folder, backup.name), key, 'quick').ok);
  }

  /** The key file is needed to open any backup; a copy sits beside them (it holds only wrapped keys). */
  private copyKeyFile(): void {
    const source = path.join(this.options.dataFolder, KEY_FILE);
    if (!fs.existsSync(source)) return;
    const target = path.join(this.folder, KEY_FILE);
    const temporary = `${target}.tmp`;
    fs.rmSync(temporary, { force: true });
    fs.copyFileSync(source, temporary);
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, target);
  }

  private ensureFolder(): void {
    fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') fs.chmodSync(this.folder, 0o700);
  }
}

function auditHeadOf(db: Db): { count: number; hash: string } | undefined {
  try {
    const last = db.prepare('SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1').get() as { sequence: number; hash: string } | undefined;
    return { count: last?.sequence ?? 0, hash: last?.hash ?? '0'.repeat(64) };
  } catch {
    // A database from before the audit log has no head to carry.
    return undefined;
  }
}

function stampWithMs(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): string {
  // 20261130T090000123Z -> 2026-11-30T09:00:00.123Z
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
}
