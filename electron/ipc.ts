import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../domain/api';
import type { Dispatch } from '../core/transport/dispatcher';
import { isOwnPage } from './security';

export const IPC_PREFIX = 'crossings:';

/** Binds every operation in the contract to `ipcMain.handle`, through the one dispatcher. */
export function bindOperations(ipcMain: IpcMain, dispatch: Dispatch, options: { worker: string; devServerUrl?: string }): void {
  for (const op of operationNames) {
    ipcMain.handle(`${IPC_PREFIX}${op}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isOwnPage(frameUrl, options.devServerUrl)) {
        return { ok: false, error: { code: 'UNAUTHORISED', message: 'This request did not come from Crossings itself.' } };
      }
      return dispatch(op, input, { worker: options.worker });
    });
  }
}
