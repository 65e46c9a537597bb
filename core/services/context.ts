import { randomUUID } from 'node:crypto';
import { LocalRecords, type RecordsStore } from '../store/records';
import { Store } from '../store/store';

/** What every service needs. The clock and id source are here so tests can fix them. */
export interface ServiceDeps {
  /** The case records, local or the team's (core/store/records.ts); settings and drafts are always `store.local`. */
  store: RecordsStore;
  now: () => Date;
  newId: () => string;
  mode: 'desktop' | 'browser';
  dataFolder: string;
  version: string;
  /** The desktop shell's file and printer access, passed in when the core is opened; absent in browser mode and in tests. */
  desktop?: DesktopBridge;
}

/** What only the desktop shell can do: save a file where the worker chooses, and print through the system dialog. */
export interface DesktopBridge {
  /** Asks where to save; answers the chosen path, or null if the worker cancelled. */
  savePdf(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  printPdf(fileName: string, bytes: Uint8Array): Promise<void>;
}

export function defaultDeps(store: Store | RecordsStore, mode: ServiceDeps['mode'], dataFolder: string, version: string): ServiceDeps {
  return { store: store instanceof Store ? new LocalRecords(store) : store, now: () => new Date(), newId: () => randomUUID(), mode, dataFolder, version };
}
