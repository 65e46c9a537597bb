import { randomUUID } from 'node:crypto';
import { operationNames, type OperationHandlers, type OperationOutput } from '../domain/api';
import { AppError } from '../domain/errors';
import { printRecoveryKey } from './environment';
import { appHandlers } from './services/app';
import { createAuditHook } from './services/audit';
import { backupService } from './services/backups';
import type { DesktopBridge, ServiceDeps } from './services/context';
import { createHandlers } from './services';
import { createSessionLock, hasUnlockPin } from './services/session';
import { appSettings } from './services/settings';
import { Backups } from './store/backups';
import { CaseRecords, type AppStatus } from './store/case-records';
import { passphraseWrapper, type KeyWrapper, type ScryptCost } from './store/keys';
import { LocalRecords, type RecordsStore } from './store/records';
import type { Store } from './store/store';
import { createDispatcher, type Dispatch } from './transport/dispatcher';

export { DATABASE_FILE } from './store/case-records';

/**
 * The composition root: the case records, the services and the dispatcher, wired together once. Both the desktop
 * shell and browser mode open one; it imports nothing from Electron.
 */
export interface Core {
  /** Stays the same function for the life of the process, even when a restore swaps the database underneath. */
  dispatch: Dispatch;
  /** The open store. Reading it while the case records are not open throws the reason, in the worker's words. */
  readonly store: Store;
  /** The case records the services work on: the local store, or the team store in team mode. */
  readonly records: RecordsStore;
  /** Whether the case records are open; if not, why, and the newest good backup. */
  status(): AppStatus;
  /** Puts a backup in place of the case file, for the desktop shell's offer at start when the records cannot be opened. */
  restoreBackup(name: string): OperationOutput<'backups.restore'>;
  close(): void;
}

/**
 * Team mode (docs/team-store-for-it.md): the case records are the organisation's PostgreSQL, through the store built
 * here over this computer's own file (which keeps settings, drafts and the PIN). Made by core/store/postgres/connect.ts.
 */
export interface TeamMode {
  /** The team store over this computer's file; `dataFolder` keeps this computer's anchor of the team's audit log. */
  records(local: Store, dataFolder: string): RecordsStore;
  /** The worker's name as the team store records it: who every chronology and audit entry names. */
  workerName: string;
  close(): Promise<void>;
}

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
  /** The desktop shell's save and print dialogs; absent in browser mode. */
  desktop?: DesktopBridge;
  /** Take a backup at start when none was taken today (default true). */
  dailyBackup?: boolean;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
  /** Keep the case records in the organisation's team store instead of this computer's file. */
  team?: TeamMode;
}

/** Operations that answer while Crossings is locked: unlocking it, and whether the records are open. Nothing about a case. */
const answeredWhileLocked: ReadonlySet<string> = new Set(['app.info', 'app.status', 'session.unlock', 'session.unlockMethod', 'session.resetPin']);
const LOCKED_ANSWER = { ok: false as const, error: new AppError('LOCKED', 'Crossings is locked. Unlock it to carry on.').toJSON() };

/** Operations that still answer when the case records cannot be opened, so the worker can be told why and recover. */
const availableWhenClosed = ['backups.list', 'backups.restore', 'backups.status'] as const;

export function openCore(options: OpenCoreOptions): Core {
  const { dataFolder, mode, version } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const envPassphrase = process.env.CROSSINGS_PASSPHRASE;
  const keyWrapper = options.keyWrapper ?? (envPassphrase ? passphraseWrapper(envPassphrase, options.scryptCost) : undefined);

  const backups = new Backups({ dataFolder, now });
  const records = new CaseRecords({ dataFolder, keyWrapper, backups, now, log, onRecoveryKey: options.onRecoveryKey ?? printRecoveryKey });
  const backupsService = backupService({ records, backups, now, log, daily: options.dailyBackup !== false, onReopened: rebuild });
  const recordsControls = {
    status: () => records.status(),
    unlock(recoveryKey: string) {
      if (records.store) return records.status();
      records.unlock(recoveryKey);
      backupsService.backUpIfDue();
      rebuild();
      return records.status();
    },
    acceptLostSaves() {
      const lost = records.acceptLostSaves();
      backupsService.backUpIfDue();
      rebuild();
      return { status: records.status(), lostSaves: lost.lost, since: lost.since };
    },
  };
  // The store boundary over the file open now: a restore or an unlock opens another file, and gets its own.
  let boundary: { file: Store; records: RecordsStore } | undefined;
  const openRecords = (): RecordsStore | undefined => {
    const file = records.store;
    if (!file) return undefined;
    if (boundary?.file !== file) boundary = { file, records: options.team ? options.team.records(file, dataFolder) : new LocalRecords(file) };
    return boundary.records;
  };
  // The audit log is written to the records open when a call answers, so a restore's own entry lands in the restored file.
  const audit = createAuditHook(openRecords, { now, newId });

  let inner: Dispatch;
  /** Binds the services to the store now open, or, while none is, answers every operation with the reason. */
  function rebuild(): void {
    const store = openRecords();
    if (store) {
      const deps: ServiceDeps = { store, now, newId, mode, dataFolder, version, ...(options.desktop ? { desktop: options.desktop } : {}) };
      inner = createDispatcher(createHandlers(deps, { records: recordsControls, backups: backupsService, session }), { log, audit });
      return;
    }
    const refuse = () => {
      records.requireStore();
      throw new AppError('STORAGE', 'The case records are not open.');
    };
    const closed = Object.fromEntries(operationNames.map((name) => [name, refuse])) as unknown as OperationHandlers;
    const recovery = Object.fromEntries(availableWhenClosed.map((name) => [name, backupsService.handlers[name]]));
    // The hook writes only to records that are open when a call answers: a restore or an unlock that opens them is
    // audited in them; everything refused while they are closed cannot be, and changed nothing.
    inner = createDispatcher({ ...closed, ...appHandlers({ version, mode, dataFolder }, recordsControls), ...recovery }, { log, audit });
  }

  records.open(options.recoveryKey);
  backupsService.backUpIfDue();
  // With an unlock PIN set, Crossings starts locked: restarting is no way round the PIN.
  const session = createSessionLock(records.store !== undefined && hasUnlockPin(records.store));
  rebuild();

  return {
    dispatch: async (op, input, context) => {
      if (session.locked && !answeredWhileLocked.has(op)) return LOCKED_ANSWER;
      // In team mode the worker is the person IT recorded for their sign-in. Otherwise the person named in Settings
      // when they have given their name; until then, the computer account.
      const named = options.team ? options.team.workerName : records.store ? appSettings(records.store).referrer.name.trim() : '';
      return inner(op, input, named ? { ...context, worker: named } : context);
    },
    get store() {
      return records.requireStore();
    },
    get records() {
      records.requireStore();
      return openRecords()!;
    },
    status: () => records.status(),
    restoreBackup: (name) => backupsService.restore(name),
    close: () => {
      records.close();
      void options.team?.close().catch(() => undefined);
    },
  };
}
