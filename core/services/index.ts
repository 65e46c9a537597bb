import type { OperationHandlers } from '../../domain/api';
import { attachAuditHook } from '../transport/dispatcher';
import { assessmentHandlers } from './assessments';
import { auditHandlers, createAuditHook } from './audit';
import { backupHandlers, type SafetyControls } from './backups';
import { caseHandlers } from './cases';
import { desktopHandlers } from './desktop';
import type { ServiceDeps } from './context';
import { documentHandlers } from './documents';
import { draftHandlers } from './drafts';
import { handoverHandlers } from './handover';
import { retentionHandlers } from './retention';
import { sessionHandlers } from './session';

/**
 * Every operation in the contract, bound to its service. `satisfies` makes a missing handler a compile error.
 * `safety` is the core's status, unlocking and backups (core/core.ts); without it those operations say so.
 */
export function createHandlers(deps: ServiceDeps, safety?: SafetyControls): OperationHandlers {
  const handlers = {
    'app.info': (_input, context) => ({
      version: deps.version,
      mode: deps.mode,
      dataFolder: deps.dataFolder,
      worker: context.worker,
    }),
    ...caseHandlers(deps),
    ...draftHandlers(deps),
    ...assessmentHandlers(deps),
    ...desktopHandlers(deps),
    ...documentHandlers(deps),
    ...backupHandlers(safety, deps.dataFolder),
    ...auditHandlers(deps),
    ...handoverHandlers(deps),
    ...retentionHandlers(deps),
    ...sessionHandlers(deps),
  } satisfies OperationHandlers;
  // Every call through any dispatcher built on these handlers is audited (core/services/audit.ts).
  return attachAuditHook(handlers, createAuditHook(deps));
}
