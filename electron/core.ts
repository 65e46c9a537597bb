import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatch } from './dispatcher';
import { defaultDeps, type ServiceDeps } from './services/context';
import { createHandlers } from './services';
import { Store } from './store/store';

/** Everything behind the transports, shared by the Electron shell and browser mode. Imports nothing from Electron. */
export interface Core {
  dispatch: Dispatch;
  store: Store;
  deps: ServiceDeps;
  close(): void;
}

export const DATABASE_FILE = 'crossings.db';

export function openCore(options: { dataFolder: string; mode: ServiceDeps['mode']; version: string }): Core {
  const store = Store.open(path.join(options.dataFolder, DATABASE_FILE));
  const deps = defaultDeps(store, options.mode, options.dataFolder, options.version);
  const dispatch = createDispatcher(createHandlers(deps));
  return { dispatch, store, deps, close: () => store.close() };
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
