import fs from 'node:fs';
import path from 'node:path';
import type { OperationOutput } from '../../domain/api';
import { AppError } from '../../domain/errors';
import { auditAnchorPath, deriveAuditKey } from './audit-anchor';
import type { Backups, BackupInfo } from './backups';
import { CommitMirror, commitMirrorPath, lostSaves, type LostSaves } from './commit-counter';
import { databaseFileKind, ensurePrivateFolder, type DatabaseFileKind } from './db';
import { encryptInPlace } from './integrity';
import { createKeyFile, KeyError, keyFilePath, recoverDataKey, syncFolder, unlockDataKey, type KeyWrapper } from './keys';
import { problemOf, RecordsOpenError } from './open-error';
import { putBackupInPlace } from './restore';
import { Store } from './store';

export const DATABASE_FILE = 'crossings.db';

export type AppStatus = OperationOutput<'app.status'>;

export interface CaseRecordsOptions {
  dataFolder: string;
  /** How the data key is protected on this computer; without one, a first start cannot make a key file. */
  keyWrapper: KeyWrapper | undefined;
  backups: Backups;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  /** Called once, on first run, with the recovery key for the organisation to write down. */
  onRecoveryKey: (recoveryKey: string) => void;
}

/**
 * The encrypted case file and its key file: opening them (or, on first run, making them), saying why they cannot be
 * opened, unlocking with the recovery key, and putting a backup in place. Every refusal leaves the files as they were.
 */
export class CaseRecords {
  readonly dataFolder: string;
  readonly databaseFile: string;
  private readonly keyFile: string;
  /** The key file of a first start, until the case file it opens has been made. */
  private readonly pendingKeyFile: string;
  private firstStart = false;
  private current: Store | undefined;
  private key: Buffer | undefined;
  private problem: RecordsOpenError | undefined;
  private newestGood: BackupInfo | null | undefined;
  /** What was at the case file's path before the last opening: a daily backup is due only for records that existed. */
  private kindBefore: DatabaseFileKind | undefined;
  /** The saves found missing at the last opening, while the worker has not yet chosen what to do about them. */
  private lost: LostSaves | undefined;

  constructor(private readonly options: CaseRecordsOptions) {
    this.dataFolder = options.dataFolder;
    this.databaseFile = path.join(options.dataFolder, DATABASE_FILE);
    this.keyFile = keyFilePath(options.dataFolder);
    this.pendingKeyFile = `${this.keyFile}.first-start`;
  }

  /** The open store, or undefined while the records are not open. */
  get store(): Store | undefined {
    return this.current;
  }

  /** The open store; while the records are not open, throws the reason in the worker's words. */
  requireStore(): Store {
    if (this.current) return this.current;
    throw this.problem ?? new AppError('STORAGE', 'The case records are not open.');
  }

  /** The data key, once unlocked: known even when the case file itself is gone, so a backup can still be checked. */
  get dataKey(): Buffer | undefined {
    return this.key;
  }

  /** The data key; until it is unlocked, throws why in the worker's words. */
  requireKey(): Buffer {
    if (this.key) return this.key;
    throw this.problem ?? new AppError('LOCKED', 'The case records must be unlocked before a backup can be restored.');
  }

  /** Whether the records existed before they were last opened (false on first run, or for a missing or empty file). */
  get existedBeforeOpening(): boolean {
    return this.kindBefore !== undefined && this.kindBefore !== 'missing' && this.kindBefore !== 'empty';
  }

  /**
   * Opens the records; on failure records why, and leaves every file as it was. `acceptingLoss` is the worker's choice
   * to carry on with a case file that lacks saves already acknowledged (see `acceptLostSaves`).
   */
  open(recoveryKey?: string, acceptingLoss?: LostSaves): void {
    this.current?.close();
    this.current = undefined;
    this.key = undefined;
    this.newestGood = undefined;
    this.lost = undefined;
    try {
      ensurePrivateFolder(this.dataFolder);
      this.kindBefore = databaseFileKind(this.databaseFile);
      this.firstStart = false;
      const key = this.obtainKey(recoveryKey);
      this.key = key;
      const mirror = new CommitMirror(commitMirrorPath(this.databaseFile));
      // Read before the case file, so a save finishing meanwhile can only make the file look ahead, never behind.
      const mirrored = this.existedBeforeOpening ? mirror.read() : null;
      const store = Store.open(
        this.databaseFile,
        {
          key,
          // The audit key is derived here each time and handed down; it is never written anywhere.
          audit: { key: deriveAuditKey(key), anchorFile: auditAnchorPath(this.dataFolder), backupsFolder: this.options.backups.folder, now: this.options.now },
          beforeMigrate: (from, to, db) => {
            // Kept whatever the rotation setting: the next daily or manual backup rotates.
            this.options.backups.create(db, key, 'before-migration', Number.POSITIVE_INFINITY);
            this.options.log(`Backed up the case records before updating them from version ${from} to ${to}`, undefined);
          },
          checkSaves: (inFile) => {
            const lost = lostSaves(inFile, mirrored);
            if (lost && !(acceptingLoss && acceptingLoss.lost === lost.lost)) {
              this.lost = lost;
              throw new RecordsOpenError('lost-writes', 'STORAGE', lostSavesMessage(lost));
            }
          },
        },
        mirror,
      );
      if (this.firstStart) {
        fs.renameSync(this.pendingKeyFile, this.keyFile);
        syncFolder(this.dataFolder);
        this.firstStart = false;
      }
      // First start, a mirror lost or behind, or a loss accepted: from now on the mirror counts from this file.
      const count = store.commitCount();
      if (!mirrored || mirrored.commits !== count.commits) mirror.write(count);
      this.current = store;
      this.problem = undefined;
    } catch (error) {
      this.problem = this.classify(error);
    }
  }

  /** The saves that were found missing, while the worker is choosing; undefined otherwise. */
  get lostSaves(): LostSaves | undefined {
    return this.lost;
  }

  /**
   * The worker's choice to carry on without the lost saves: opens the case file as it is and counts from it afresh.
   * Returns what was accepted, for the audit log.
   */
  acceptLostSaves(): LostSaves {
    const lost = this.lost;
    if (this.current || !lost) throw new AppError('CONFLICT', 'No saves are missing from the case records, so there is nothing to accept.');
    this.open(undefined, lost);
    if (!this.current) throw this.problem ?? new AppError('STORAGE', 'The case records could not be opened.');
    return lost;
  }

  /** Tries the recovery key. A wrong one is refused and the earlier reason kept for the status. */
  unlock(recoveryKey: string): void {
    if (this.current) return;
    const before = this.problem;
    this.open(recoveryKey);
    if (!this.current && this.problem?.problem === 'needs-key' && before?.problem === 'needs-key') {
      const wrong = this.problem;
      this.problem = before;
      throw wrong;
    }
  }

  /** Puts a checked backup in place of the case file (the current one is kept aside), then opens it. */
  restore(source: string, step: (text: string) => void): { replacedFile: string | null } {
    const { replacedFile } = putBackupInPlace({
      source,
      databaseFile: this.databaseFile,
      key: this.requireKey(),
      now: this.options.now,
      step,
      closeRecords: () => {
        this.current?.close();
        this.current = undefined;
      },
    });
    // The backup holds its own count of saves; the mirror of the file it replaced no longer applies.
    new CommitMirror(commitMirrorPath(this.databaseFile)).remove();
    step('Opening the restored case records');
    this.open();
    if (!this.current) throw this.problem ?? new AppError('STORAGE', 'The restored case records could not be opened.');
    // A restore through Crossings rightly goes back to an older audit head: anchor there (the restore is audited next).
    this.current.audit.reanchor();
    return { replacedFile };
  }

  status(): AppStatus {
    if (this.current) return { state: 'ok', message: 'The case records are open.', newestGoodBackup: null, dataFolder: this.dataFolder };
    const problem = this.problem ?? new RecordsOpenError('damaged', 'STORAGE', 'The case records are not open.');
    const offer = ['damaged', 'missing', 'unsupported', 'lost-writes'].includes(problem.problem) ? this.newestGoodBackup() : null;
    const advice = offer
      ? ` The newest good backup is from ${describeDate(offer.createdAt)}: you can restore it. The current file will be kept aside, not deleted.`
      : '';
    return { state: problem.problem, message: problem.message + advice, newestGoodBackup: offer, dataFolder: this.dataFolder };
  }

  close(): void {
    this.current?.close();
    this.current = undefined;
    this.problem = new RecordsOpenError('unavailable', 'STORAGE', 'Crossings has closed the case records.');
  }

  private newestGoodBackup(): BackupInfo | null {
    if (this.newestGood === undefined) this.newestGood = this.options.backups.newestGood(this.key) ?? null;
    return this.newestGood;
  }

  /** Finds the data key: unlocks the key file, or on first run makes one (and encrypts an old unencrypted file). */
  private obtainKey(recoveryKey: string | undefined): Buffer {
    const { databaseFile, keyFile, dataFolder } = this;
    const wrapper = this.options.keyWrapper;
    const kind = databaseFileKind(databaseFile);
    if (kind === 'folder') {
      throw new RecordsOpenError('unavailable', 'STORAGE', `Crossings expected its case file at ${databaseFile}, but found a folder there. Nothing was changed.`);
    }
    if (!fs.existsSync(keyFile) && fs.existsSync(this.pendingKeyFile) && kind === 'encrypted-or-other') {
      // A first start made the case file but stopped before the key file took its name: finish it.
      fs.renameSync(this.pendingKeyFile, keyFile);
      syncFolder(dataFolder);
    }
    if (!fs.existsSync(keyFile)) {
      if (kind === 'encrypted-or-other') {
        throw new KeyError(
          'no-key-file',
          `The case records are locked, and the key file (${path.basename(keyFile)}) is missing from the data folder. ` +
            'Put back the copy kept in the backups folder, or ask your IT team to restore it. Nothing was changed.',
        );
      }
      if (!wrapper) throw new KeyError('no-wrapper', 'Crossings needs a passphrase to protect the case records. Start it again and choose one.');
      if (kind === 'plain') {
        this.refuseUnsafePlainFile();
        const created = createKeyFile(keyFile, wrapper, this.options.now());
        this.options.onRecoveryKey(created.recoveryKey);
        encryptInPlace(databaseFile, created.dataKey, this.options.now());
        return created.dataKey;
      }
      // A first start: the key file takes its name only once the new case file is made (see open()), so a first
      // start that is stopped part-way leaves nothing a later start would mistake for lost records.
      for (const leftover of [this.pendingKeyFile, databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) fs.rmSync(leftover, { force: true });
      const created = createKeyFile(this.pendingKeyFile, wrapper, this.options.now());
      this.options.onRecoveryKey(created.recoveryKey);
      this.firstStart = true;
      return created.dataKey;
    }
    let key: Buffer;
    if (recoveryKey) {
      if (!wrapper) throw new KeyError('no-wrapper', 'Crossings needs a new passphrase to protect the case records after using the recovery key. Start it again with one.');
      key = recoverDataKey(keyFile, recoveryKey, wrapper);
    } else {
      key = unlockDataKey(keyFile, wrapper);
    }
    // Known from here on, so a backup can be checked and offered even if the case file itself is gone.
    this.key = key;
    if (kind === 'missing' || kind === 'empty') {
      // A key file with no data beside it means the records were lost: never quietly start an empty database.
      throw new RecordsOpenError(
        'missing',
        'STORAGE',
        kind === 'missing'
          ? `The case file is missing from ${dataFolder}, although this computer has its key. The case records have not been recreated empty.`
          : `The case file at ${databaseFile} is empty: the case records in it are gone. Crossings has not started a new empty file over it.`,
      );
    }
    if (kind === 'plain') {
      // An earlier start made the key but stopped before the file was encrypted: finish the job.
      this.refuseUnsafePlainFile();
      encryptInPlace(databaseFile, key, this.options.now());
    }
    return key;
  }

  private refuseUnsafePlainFile(): void {
    const stat = fs.statSync(this.databaseFile);
    if (process.platform !== 'win32' && (stat.mode & 0o200) === 0) {
      throw new RecordsOpenError(
        'unavailable',
        'STORAGE',
        `The case file at ${this.databaseFile} is marked read-only, so Crossings cannot protect it. Ask your IT team to make it writable for your account. Nothing was changed.`,
      );
    }
  }

  private classify(error: unknown): RecordsOpenError {
    if (error instanceof RecordsOpenError) return error;
    if (error instanceof AppError) return new RecordsOpenError(problemOf(error), error.code, error.message);
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
      return new RecordsOpenError('unavailable', 'STORAGE', 'The disk is full, so Crossings cannot open the case records safely. Free some space and start again. Nothing was changed.');
    }
    this.options.log('The case records could not be opened', error);
    return new RecordsOpenError('damaged', 'STORAGE', 'The case records could not be opened. Nothing was changed. Please tell your IT team.');
  }
}

function lostSavesMessage(lost: LostSaves): string {
  const saves = lost.lost === 1 ? '1 save' : `${lost.lost} saves`;
  const since = lost.since ? ` made since ${describeDate(lost.since)}` : '';
  return (
    `Crossings was stopped before it finished writing: ${saves}${since} ${lost.lost === 1 ? 'is' : 'are'} not in the case file. ` +
    'Nothing has been changed yet. You can restore the newest good backup, or carry on with the case file as it is and accept that ' +
    `${lost.lost === 1 ? 'this save is' : 'these saves are'} lost (this is written in the audit log).`
  );
}

function describeDate(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' (UTC)';
}
