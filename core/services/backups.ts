import type { OperationHandlers, OperationOutput } from '../../domain/api';
import { AppError } from '../../domain/errors';

type SafetyOperation = 'app.status' | 'app.unlock' | 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.status' | 'backups.configure';

export type AppStatus = OperationOutput<'app.status'>;

/** What the core offers for keeping the records safe: status, unlocking, backups and restore. */
export interface SafetyControls {
  status(): AppStatus;
  unlock(recoveryKey: string): AppStatus;
  listBackups(): OperationOutput<'backups.list'>;
  createBackup(): OperationOutput<'backups.create'>;
  restoreBackup(name: string): OperationOutput<'backups.restore'>;
  progress(): OperationOutput<'backups.status'>;
  setBackupsToKeep(keep: number): number;
}

/** The operations for status, unlocking and backups. Without controls (a bare test setup) they say so. */
export function backupHandlers(controls: SafetyControls | undefined, dataFolder: string) {
  const need = (): SafetyControls => {
    if (!controls) throw new AppError('UNSUPPORTED', 'Backups are not available here.');
    return controls;
  };
  return {
    'app.status': () => controls?.status() ?? { state: 'ok', message: 'The case records are open.', newestGoodBackup: null, dataFolder },
    'app.unlock': ({ recoveryKey }) => need().unlock(recoveryKey),
    'backups.list': () => need().listBackups(),
    'backups.create': () => need().createBackup(),
    'backups.restore': ({ name }) => need().restoreBackup(name),
    'backups.status': () => need().progress(),
    'backups.configure': ({ keep }) => ({ keep: need().setBackupsToKeep(keep) }),
  } satisfies Pick<OperationHandlers, SafetyOperation>;
}
