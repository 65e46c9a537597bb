import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { operationNames, type OperationHandlers } from '../domain/api';
import { AppError } from '../domain/errors';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './transport/dispatcher';
import { defaultDeps, type ServiceDeps } from './services/context';
import { createHandlers } from './services';
import { backupHandlers, type AppStatus, type SafetyControls } from './services/backups';
import { Backups, DEFAULT_BACKUPS_TO_KEEP, type BackupInfo } from './store/backups';
import { databaseFileKind, ensurePrivateFolder } from './store/db';
import { encryptInPlace, fileIsGood, secureDelete, stamp } from './store/integrity';
import { createKeyFile, KeyError, keyFilePath, passphraseWrapper, recoverDataKey, syncFolder, unlockDataKey, type KeyWrapper, type ScryptCost } from './store/keys';
import { Store } from './store/store';

/** Everything behind the transports, shared by the Electron shell and browser mode. Imports nothing from Electron. */
export interface Core {
  /** Stays the same function for the life of the process, even when a restore swaps the database underneath. */
  dispatch: Dispatch;
  /** The open store. Reading it while the case records are not open throws the reason, in the worker's words. */
  readonly store: Store;
  deps: ServiceDeps;
  /** Whether the case records are open; if not, why, and the newest good backup. */
  status(): AppStatus;
  safety: SafetyControls;
  close(): void;
}

export const DATABASE_FILE = 'crossings.db';
const BACKUPS_TO_KEEP_SETTING = 'backups.keep';

export interface OpenCoreOptions {
  dataFolder: string;
  mode: ServiceDeps['mode'];
  version: string;
  /**
   * How the data key is protected on this computer: Electron's safeStorage in the desktop app (built in main.ts), a
   * passphrase in browser mode. Without one, a passphrase is taken from CROSSINGS_PASSPHRASE when that is set.
   */
  keyWrapper?: KeyWrapper;
  /** scrypt cost for a passphrase key file made now (tests use a low one). Existing key files keep their own. */
  scryptCost?: ScryptCost;
  /** Unlock with the recovery key instead, then protect the data key again with `keyWrapper`. */
  recoveryKey?: string;
  /** Called once, on first run, with the recovery key for the organisation to write down. */
  onRecoveryKey?: (recoveryKey: string) => void;
  /** Take a backup at start when none was taken today (default true). */
  dailyBackup?: boolean;
  now?: () => Date;
  newId?: () => string;
  log?: DispatcherOptions['log'];
}

/** Operations that still answer when the case records cannot be opened, so the worker can be told why and recover. */
const availableWhenClosed = new Set(['app.info', 'app.status', 'app.unlock', 'backups.list', 'backups.restore', 'backups.status']);

type ClosedState = Exclude<AppStatus['state'], 'ok'>;

class StoreProblem extends AppError {
  constructor(
    readonly state: ClosedState,
    error: AppError,
  ) {
    super(error.code, error.message);
  }
}

export function openCore(options: OpenCoreOptions): Core {
  const dataFolder = options.dataFolder;
  const databaseFile = path.join(dataFolder, DATABASE_FILE);
  const keyFile = keyFilePath(dataFolder);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const envPassphrase = process.env.CROSSINGS_PASSPHRASE;
  const wrapper = options.keyWrapper ?? (envPassphrase ? passphraseWrapper(envPassphrase, options.scryptCost) : undefined);
  const backups = new Backups({ dataFolder, now });

  let store: Store | undefined;
  let dataKey: Buffer | undefined;
  let problem: StoreProblem | undefined;
  let newestGood: BackupInfo | null | undefined;
  let running: { operation: 'create' | 'restore'; step: string; startedAt: string } | null = null;
  let last: { operation: 'create' | 'restore'; ok: boolean; message: string; finishedAt: string } | null = null;

  const deps = defaultDeps(undefined as unknown as Store, options.mode, dataFolder, options.version);
  if (options.now) deps.now = options.now;
  if (options.newId) deps.newId = options.newId;
  Object.defineProperty(deps, 'store', {
    enumerable: true,
    configurable: true,
    get: () => openStore(),
  });

  function openStore(): Store {
    if (store) return store;
    throw problem ?? new AppError('STORAGE', 'The case records are not open.');
  }

  function keep(): number {
    const saved = store?.settings.get(BACKUPS_TO_KEEP_SETTING);
    return typeof saved === 'number' && Number.isInteger(saved) && saved >= 1 ? saved : DEFAULT_BACKUPS_TO_KEEP;
  }

  /** Finds the data key: unlocks the key file, or on first run makes one (and encrypts an old unencrypted file). */
  function obtainKey(recoveryKey: string | undefined): Buffer {
    const kind = databaseFileKind(databaseFile);
    if (kind === 'folder') {
      throw new StoreProblem('unavailable', new AppError('STORAGE', `Crossings expected its case file at ${databaseFile}, but found a folder there. Nothing was changed.`));
    }
    if (!fs.existsSync(keyFile)) {
      if (kind === 'encrypted-or-other') {
        throw new StoreProblem(
          'needs-key',
          new KeyError(
            'no-key-file',
            `The case records are locked, and the key file (${path.basename(keyFile)}) is missing from the data folder. ` +
              'Put back the copy kept in the backups folder, or ask your IT team to restore it. Nothing was changed.',
          ),
        );
      }
      if (!wrapper) {
        throw new StoreProblem('needs-key', new KeyError('no-wrapper', 'Crossings needs a passphrase to protect the case records. Start it again and choose one.'));
      }
      if (kind === 'plain') refuseUnsafePlainFile();
      const created = createKeyFile(keyFile, wrapper, now());
      (options.onRecoveryKey ?? printRecoveryKey)(created.recoveryKey);
      if (kind === 'plain') encryptInPlace(databaseFile, created.dataKey, now());
      return created.dataKey;
    }
    let key: Buffer;
    if (recoveryKey) {
      if (!wrapper) {
        throw new KeyError('no-wrapper', 'Crossings needs a new passphrase to protect the case records after using the recovery key. Start it again with one.');
      }
      key = recoverDataKey(keyFile, recoveryKey, wrapper);
    } else {
      key = unlockDataKey(keyFile, wrapper);
    }
    // Known from here on, so a backup can be checked and offered even if the case file itself is gone.
    dataKey = key;
    if (kind === 'missing' || kind === 'empty') {
      // A key file with no data beside it means the records were lost: never quietly start an empty database.
      throw new StoreProblem(
        'missing',
        new AppError(
          'STORAGE',
          kind === 'missing'
            ? `The case file is missing from ${dataFolder}, although this computer has its key. The case records have not been recreated empty.`
            : `The case file at ${databaseFile} is empty: the case records in it are gone. Crossings has not started a new empty file over it.`,
        ),
      );
    }
    if (kind === 'plain') {
      // An earlier start made the key but stopped before the file was encrypted: finish the job.
      refuseUnsafePlainFile();
      encryptInPlace(databaseFile, key, now());
    }
    return key;
  }

  function refuseUnsafePlainFile(): void {
    const stat = fs.statSync(databaseFile);
    if (process.platform !== 'win32' && (stat.mode & 0o200) === 0) {
      throw new StoreProblem('unavailable', new AppError('STORAGE', `The case file at ${databaseFile} is marked read-only, so Crossings cannot protect it. Ask your IT team to make it writable for your account. Nothing was changed.`));
    }
  }

  /** Opens the store; on failure records why, and leaves every file as it was. */
  function tryOpen(recoveryKey?: string): void {
    store?.close();
    store = undefined;
    dataKey = undefined;
    newestGood = undefined;
    try {
      ensurePrivateFolder(dataFolder);
      const kindBefore = databaseFileKind(databaseFile);
      const key = obtainKey(recoveryKey);
      dataKey = key;
      const next = Store.open(databaseFile, {
        key,
        beforeMigrate: (from, to, db) => {
          // Kept whatever the rotation setting: the next daily or manual backup rotates.
          backups.create(db, key, 'before-migration', Number.POSITIVE_INFINITY);
          log(`Backed up the case records before updating them from version ${from} to ${to}`, undefined);
        },
      });
      store = next;
      problem = undefined;
      if (options.dailyBackup !== false && kindBefore !== 'missing' && kindBefore !== 'empty' && backups.dueToday()) {
        try {
          runBackup('daily');
        } catch (error) {
          log('The daily backup could not be made', error);
        }
      }
    } catch (error) {
      problem = classify(error);
    }
  }

  function classify(error: unknown): StoreProblem {
    if (error instanceof StoreProblem) return error;
    if (error instanceof KeyError) return new StoreProblem('needs-key', error);
    if (error instanceof AppError) {
      if (error.code === 'UNSUPPORTED') return new StoreProblem('unsupported', error);
      if (error.code === 'LOCKED') return new StoreProblem('in-use', error);
      if (/read-only|folder there|cannot write/i.test(error.message)) return new StoreProblem('unavailable', error);
      if (/disk is full/i.test(error.message)) return new StoreProblem('unavailable', error);
      return new StoreProblem('damaged', error);
    }
    log('The case records could not be opened', error);
    return new StoreProblem('damaged', new AppError('STORAGE', 'The case records could not be opened. Nothing was changed. Please tell your IT team.'));
  }

  function newestGoodBackup(): BackupInfo | null {
    if (newestGood === undefined) newestGood = backups.newestGood(dataKey) ?? null;
    return newestGood;
  }

  function status(): AppStatus {
    if (store) return { state: 'ok', message: 'The case records are open.', newestGoodBackup: null, dataFolder };
    const p = problem ?? new StoreProblem('damaged', new AppError('STORAGE', 'The case records are not open.'));
    const offer = p.state === 'damaged' || p.state === 'missing' || p.state === 'unsupported' ? newestGoodBackup() : null;
    const advice = offer
      ? ` The newest good backup is from ${describeDate(offer.createdAt)}: you can restore it. The current file will be kept aside, not deleted.`
      : '';
    return { state: p.state, message: p.message + advice, newestGoodBackup: offer, dataFolder };
  }

  function step(text: string, steps: string[]): void {
    steps.push(text);
    if (running) running.step = text;
  }

  function finish(operation: 'create' | 'restore', ok: boolean, message: string): void {
    running = null;
    last = { operation, ok, message, finishedAt: now().toISOString() };
  }

  function runBackup(reason: 'daily' | 'manual'): ReturnType<SafetyControls['createBackup']> {
    const started = Date.now();
    const steps: string[] = [];
    const db = openStore().db;
    running = { operation: 'create', step: 'Copying the case records', startedAt: now().toISOString() };
    try {
      step('Copying and checking the case records', steps);
      const before = backups.list().map((backup) => backup.name);
      const backup = backups.create(db, dataKey, reason, keep());
      const after = new Set(backups.list().map((backup) => backup.name));
      const removed = before.filter((name) => !after.has(name));
      step(removed.length > 0 ? `Removed ${removed.length} older backup${removed.length === 1 ? '' : 's'}` : 'No older backups to remove', steps);
      finish('create', true, `Backup ${backup.name} made and checked.`);
      return { backup, removed, steps, durationMs: Date.now() - started };
    } catch (error) {
      finish('create', false, error instanceof AppError ? error.message : 'The backup could not be made.');
      throw error;
    }
  }

  function restore(name: string): ReturnType<SafetyControls['restoreBackup']> {
    const started = Date.now();
    const steps: string[] = [];
    if (!dataKey) throw problem ?? new AppError('LOCKED', 'The case records must be unlocked before a backup can be restored.');
    const key = dataKey;
    const source = backups.file(name);
    running = { operation: 'restore', step: 'Checking the backup', startedAt: now().toISOString() };
    try {
      step('Checking the backup', steps);
      const check = fileIsGood(source, key, 'full');
      if (!check.ok) throw new AppError('STORAGE', 'That backup is damaged or cannot be opened with this computer’s key, so it was not restored. Nothing was changed.');

      step('Copying the backup beside the case file', steps);
      const incoming = `${databaseFile}.restoring`;
      secureDelete(incoming);
      fs.copyFileSync(source, incoming, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(incoming, 0o600);
      const handle = fs.openSync(incoming, 'r+');
      fs.fsyncSync(handle);
      fs.closeSync(handle);
      if (!fileIsGood(incoming, key, 'full').ok) {
        secureDelete(incoming);
        throw new AppError('STORAGE', 'The copy of the backup failed its check, so nothing was restored. Nothing was changed.');
      }

      step('Closing the case records', steps);
      store?.close();
      store = undefined;

      step('Putting the current case file aside', steps);
      let replacedFile: string | null = null;
      if (fs.existsSync(databaseFile)) {
        replacedFile = `${DATABASE_FILE}.replaced-${stamp(now())}`;
        // Never over an earlier replaced file (two restores in the same second).
        for (let n = 2; fs.existsSync(path.join(dataFolder, replacedFile)); n += 1) replacedFile = `${DATABASE_FILE}.replaced-${stamp(now())}-${n}`;
        const aside = path.join(dataFolder, replacedFile);
        fs.renameSync(databaseFile, aside);
        // A write-ahead log belongs to the file it was written for: it goes aside with it.
        for (const suffix of ['-wal', '-shm']) {
          if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, aside + suffix);
        }
      }
      fs.renameSync(incoming, databaseFile);
      syncFolder(dataFolder);

      step('Opening the restored case records', steps);
      tryOpen();
      if (!store) throw problem ?? new AppError('STORAGE', 'The restored case records could not be opened.');
      finish('restore', true, `Restored ${name}.`);
      return { restored: name, replacedFile, status: status(), steps, durationMs: Date.now() - started };
    } catch (error) {
      finish('restore', false, error instanceof AppError ? error.message : 'The backup could not be restored.');
      if (error instanceof AppError) throw error;
      log('Restore failed', error);
      throw new AppError('STORAGE', 'The backup could not be restored. The replaced case file, if any, is kept in the data folder.');
    }
  }

  const safety: SafetyControls = {
    status,
    unlock(recoveryKey) {
      if (store) return status();
      const before = problem;
      tryOpen(recoveryKey);
      if (!store && problem instanceof StoreProblem && problem.state === 'needs-key' && before?.state === 'needs-key') {
        // The recovery key itself was wrong: say so, and keep the earlier reason for the status.
        const wrong = problem;
        problem = before;
        throw wrong;
      }
      rebuild();
      return status();
    },
    listBackups: () => ({ folder: backups.folder, keep: keep(), backups: backups.list() }),
    createBackup: () => runBackup('manual'),
    restoreBackup(name) {
      const result = restore(name);
      rebuild();
      return result;
    },
    progress: () => ({ running: running ? { ...running } : null, last }),
    setBackupsToKeep(count) {
      openStore().settings.set(BACKUPS_TO_KEEP_SETTING, count);
      backups.rotate(count);
      return count;
    },
  };

  const dispatcherOptions: DispatcherOptions = options.log ? { log: options.log } : {};
  let inner: Dispatch;
  function rebuild(): void {
    if (store) {
      inner = createDispatcher(createHandlers(deps, safety), dispatcherOptions);
      return;
    }
    const refuse = () => {
      throw problem ?? new AppError('STORAGE', 'The case records are not open.');
    };
    const closed = Object.fromEntries(operationNames.map((name) => [name, refuse])) as unknown as OperationHandlers;
    inner = createDispatcher(
      {
        ...closed,
        'app.info': (_input, context) => ({ version: deps.version, mode: deps.mode, dataFolder, worker: context.worker }),
        ...pick(backupHandlers(safety, dataFolder), availableWhenClosed),
      },
      dispatcherOptions,
    );
  }

  tryOpen(options.recoveryKey);
  rebuild();

  return {
    dispatch: (op, input, context) => inner(op, input, context),
    get store() {
      return openStore();
    },
    deps,
    status,
    safety,
    close: () => {
      store?.close();
      store = undefined;
      problem = new StoreProblem('unavailable', new AppError('STORAGE', 'Crossings has closed the case records.'));
    },
  };
}

function pick<T extends object>(handlers: T, names: Set<string>): Partial<T> {
  return Object.fromEntries(Object.entries(handlers).filter(([name]) => names.has(name))) as Partial<T>;
}

function describeDate(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' (UTC)';
}

/** The default for browser mode: the recovery key once on the terminal, framed so it stands out. */
export function printRecoveryKey(recoveryKey: string): void {
  const lines = [
    'RECOVERY KEY: write this down now and keep it somewhere safe, away from this computer.',
    'It is shown only this once. Without it, forgetting the passphrase means losing the case records.',
    '',
    `    ${recoveryKey}`,
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  console.log(`\n${'='.repeat(width)}\n${lines.map((line) => `  ${line}`).join('\n')}\n${'='.repeat(width)}\n`);
}

/** The name recorded against each change: a configured display name, or the computer account. */
export function workerName(): string {
  const configured = process.env.CROSSINGS_WORKER_NAME?.trim();
  if (configured) return configured;
  try {
    return os.userInfo().username;
  } catch {
    return 'Unknown worker';
  }
}

/** Browser mode keeps data in CROSSINGS_DATA_DIR, or in a folder in the worker's home. */
export function browserDataFolder(): string {
  const configured = process.env.CROSSINGS_DATA_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(os.homedir(), '.crossings');
}
