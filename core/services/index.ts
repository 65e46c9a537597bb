import type { OperationHandlers } from '../../domain/api';
import { actionHandlers } from './actions';
import { appHandlers, type RecordsControls } from './app';
import { assessmentHandlers } from './assessments';
import { auditHandlers } from './audit';
import { backupsUnavailable, type BackupService } from './backups';
import { caseHandlers } from './cases';
import type { ServiceDeps } from './context';
import { documentHandlers } from './documents';
import { draftHandlers } from './drafts';
import { handoverHandlers } from './handover';
import { referralHandlers } from './referrals';
import { sessionHandlers, type SessionLock } from './session';
import { settingsHandlers } from './settings';
import { teamImportHandlers } from './team-import';

/** The case records' own controls, from the composition root; without them (a bare store) those operations say so. */
export interface RecordsServices {
  records: RecordsControls;
  backups: BackupService;
  /** Whether Crossings is locked, kept by the core across reloads and restores. */
  session: SessionLock;
}

/** Every operation in the contract, bound to the service for its area. `satisfies` makes a missing handler a compile error. */
export function createHandlers(deps: ServiceDeps, recordsServices?: RecordsServices): OperationHandlers {
  return {
    ...appHandlers({ ...deps, location: deps.store.location }, recordsServices?.records),
    ...(recordsServices?.backups.handlers ?? backupsUnavailable()),
    ...caseHandlers(deps),
    ...draftHandlers(deps),
    ...assessmentHandlers(deps),
    ...actionHandlers(deps),
    ...documentHandlers(deps),
    ...referralHandlers(deps),
    ...auditHandlers(deps),
    ...handoverHandlers(deps),
    ...settingsHandlers(deps),
    ...teamImportHandlers(deps),
    ...sessionHandlers(deps, recordsServices?.session),
  } satisfies OperationHandlers;
}
