import type { OperationHandlers, OperationOutput } from '../../domain/api';
import { AppError } from '../../domain/errors';
import { DEFAULT_BACKUPS_TO_KEEP, type Backups } from '../store/backups';
import type { CaseRecords } from '../store/case-records';

type Handlers = Pick<OperationHandlers, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.status' | 'backups.configure'>;

const BACKUPS_TO_KEEP_SETTING = 'backups.keep';

export interface BackupServiceOptions {
  records: CaseRecords;
  backups: Backups;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  /** Take a backup at start when none was taken today (default true). */
  daily: boolean;
  /** Told when a restore has opened other case records, so the services can be bound to them. */
  onReopened: () => void;
}

export interface BackupService {
  handlers: Handlers;
  /** Makes the daily backup of records that existed before this start, when none was made today; never throws. */
  backUpIfDue(): void;
  restore(name: string): OperationOutput<'backups.restore'>;
}

/** Backups on demand and daily, restoring one in place of the case file, and what is under way. */
export function backupService(options: BackupServiceOptions): BackupService {
  const { records, backups, now } = options;
  let running: { operation: 'create' | 'restore'; step: string; startedAt: string } | null = null;
  let last: { operation: 'create' | 'restore'; ok: boolean; message: string; finishedAt: string } | null = null;

  function keep(): number {
    const saved = records.store?.settings.get(BACKUPS_TO_KEEP_SETTING);
    return typeof saved === 'number' && Number.isInteger(saved) && saved >= 1 ? saved : DEFAULT_BACKUPS_TO_KEEP;
  }

  function start(operation: 'create' | 'restore', step: string, steps: string[]): (text: string) => void {
    running = { operation, step, startedAt: now().toISOString() };
    return (text) => {
      steps.push(text);
      if (running) running.step = text;
    };
  }

  function finish(operation: 'create' | 'restore', ok: boolean, message: string): void {
    running = null;
    last = { operation, ok, message, finishedAt: now().toISOString() };
  }

  function create(reason: 'daily' | 'manual'): OperationOutput<'backups.create'> {
    const started = Date.now();
    const steps: string[] = [];
    const db = records.requireStore().db;
    const step = start('create', 'Copying the case records', steps);
    try {
      step('Copying and checking the case records');
      const before = backups.list().map((backup) => backup.name);
      const backup = backups.create(db, records.dataKey, reason, keep());
      const after = new Set(backups.list().map((backup) => backup.name));
      const removed = before.filter((name) => !after.has(name));
      step(removed.length > 0 ? `Removed ${removed.length} older backup${removed.length === 1 ? '' : 's'}` : 'No older backups to remove');
      finish('create', true, `Backup ${backup.name} made and checked.`);
      return { backup, removed, steps, durationMs: Date.now() - started };
    } catch (error) {
      finish('create', false, error instanceof AppError ? error.message : 'The backup could not be made.');
      throw error;
    }
  }

  function restore(name: string): OperationOutput<'backups.restore'> {
    const started = Date.now();
    const steps: string[] = [];
    records.requireKey();
    const source = backups.file(name);
    const step = start('restore', 'Checking the backup', steps);
    try {
      const { replacedFile } = records.restore(source, step);
      backUpIfDue();
      options.onReopened();
      finish('restore', true, `Restored ${name}.`);
      return { restored: name, replacedFile, status: records.status(), steps, durationMs: Date.now() - started };
    } catch (error) {
      finish('restore', false, error instanceof AppError ? error.message : 'The backup could not be restored.');
      if (error instanceof AppError) throw error;
      options.log('Restore failed', error);
      throw new AppError('STORAGE', 'The backup could not be restored. The replaced case file, if any, is kept in the data folder.');
    }
  }

  function backUpIfDue(): void {
    if (!options.daily || !records.store || !records.existedBeforeOpening || !backups.dueToday()) return;
    try {
      create('daily');
    } catch (error) {
      options.log('The daily backup could not be made', error);
    }
  }

  return {
    handlers: {
      'backups.list': () => ({ folder: backups.folder, keep: keep(), backups: backups.list() }),
      'backups.create': () => create('manual'),
      'backups.restore': ({ name }) => restore(name),
      'backups.status': () => ({ running: running ? { ...running } : null, last }),
      'backups.configure': ({ keep: count }) => {
        records.requireStore().settings.set(BACKUPS_TO_KEEP_SETTING, count);
        backups.rotate(count);
        return { keep: count };
      },
    },
    backUpIfDue,
    restore,
  };
}

/** Where a bare store is handed in (tests, benchmarks), there are no backups to make or restore. */
export function backupsUnavailable(): Handlers {
  const refuse = () => {
    throw new AppError('UNSUPPORTED', 'Backups are not available here.');
  };
  return { 'backups.list': refuse, 'backups.create': refuse, 'backups.restore': refuse, 'backups.status': refuse, 'backups.configure': refuse };
}
