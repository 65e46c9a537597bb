import { BrowserWindow, dialog, shell } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DesktopBridge } from '../core/services/context';

/** Files the worker saves are theirs alone to read; printing goes through a temporary owner-only copy. */
export function createDesktopBridge(parent: () => BrowserWindow | undefined): DesktopBridge {
  return {
    async savePdf(suggestedName, bytes) {
      const owner = parent();
      const options = { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      fs.writeFileSync(result.filePath, bytes, { mode: 0o600 });
      return result.filePath;
    },
    async printPdf(fileName, bytes) {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-print-'));
      fs.chmodSync(folder, 0o700);
      const file = path.join(folder, path.basename(fileName));
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      // The PDF opens in a window of its own, with no preload and no Node, and the system print dialog is shown.
      const viewer = new BrowserWindow({
        show: true,
        title: fileName,
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true },
      });
      viewer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      viewer.on('closed', () => fs.rmSync(folder, { recursive: true, force: true }));
      try {
        await viewer.loadFile(file);
        viewer.webContents.print({ silent: false, printBackground: true });
      } catch {
        // If the built-in viewer cannot print it, the system's own PDF viewer can.
        await shell.openPath(file);
      }
    },
  };
}
