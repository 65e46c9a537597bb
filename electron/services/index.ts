import type { OperationHandlers } from '../../domain/api';
import { assessmentHandlers } from './assessments';
import { caseHandlers } from './cases';
import { desktopHandlers } from './desktop';
import type { ServiceDeps } from './context';
import { documentHandlers } from './documents';
import { draftHandlers } from './drafts';

/** Every operation in the contract, bound to its service. `satisfies` makes a missing handler a compile error. */
export function createHandlers(deps: ServiceDeps): OperationHandlers {
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
  } satisfies OperationHandlers;
  return handlers;
}
