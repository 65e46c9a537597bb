import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import type { AppStatus } from '../store/case-records';
import type { RecordsLocation } from '../store/records';
import type { ServiceDeps } from './context';

/** What the app service needs of the case records; absent where a bare store is handed in (tests, benchmarks). */
export interface RecordsControls {
  status(): AppStatus;
  /** Opens the records with the recovery key; throws when it is wrong. */
  unlock(recoveryKey: string): AppStatus;
  /** Opens the records without the saves found missing from them, once the worker has chosen to. */
  acceptLostSaves(): { status: AppStatus; lostSaves: number; since: string | null };
}

type Handlers = Pick<OperationHandlers, 'app.info' | 'app.status' | 'app.unlock' | 'app.acceptLostSaves'>;

/** About this installation and whether its case records are open: answered the same whether they are open or not. */
export function appHandlers(about: Pick<ServiceDeps, 'version' | 'mode' | 'dataFolder'> & { location?: RecordsLocation }, records?: RecordsControls): Handlers {
  return {
    'app.info': (_input, context) => ({
      version: about.version,
      mode: about.mode,
      dataFolder: about.dataFolder,
      worker: context.worker,
      records: about.location?.kind === 'team' ? { kind: 'team' as const, organisation: about.location.organisation } : { kind: 'local' as const },
    }),
    'app.status': () => records?.status() ?? { state: 'ok', message: 'The case records are open.', newestGoodBackup: null, dataFolder: about.dataFolder },
    'app.unlock': ({ recoveryKey }) => {
      if (!records) throw new AppError('UNSUPPORTED', 'The case records are opened another way here.');
      return records.unlock(recoveryKey);
    },
    'app.acceptLostSaves': () => {
      if (!records) throw new AppError('UNSUPPORTED', 'The case records are opened another way here.');
      return records.acceptLostSaves();
    },
  };
}
