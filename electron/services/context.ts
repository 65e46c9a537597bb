import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store';

/** What every service needs. The clock and id source are here so tests can fix them. */
export interface ServiceDeps {
  store: Store;
  now: () => Date;
  newId: () => string;
  mode: 'desktop' | 'browser';
  dataFolder: string;
  version: string;
}

export function defaultDeps(store: Store, mode: ServiceDeps['mode'], dataFolder: string, version: string): ServiceDeps {
  return { store, now: () => new Date(), newId: () => randomUUID(), mode, dataFolder, version };
}
