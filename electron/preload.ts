import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../domain/api';

/**
 * The renderer's whole view of the main process: `invoke` for the contract's operation names, and `onLock` to hear
 * that the computer locked or slept (no event object or other data crosses).
 */
const allowed = new Set<string>(operationNames);

contextBridge.exposeInMainWorld('crossings', {
  invoke(op: string, input: unknown): Promise<unknown> {
    if (!allowed.has(op)) {
      return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'Crossings does not know how to do that.' } });
    }
    return ipcRenderer.invoke(`crossings:${op}`, input);
  },
  onLock(listener: () => void): void {
    ipcRenderer.on('crossings:lock', () => listener());
  },
});
