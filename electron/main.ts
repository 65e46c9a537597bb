import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../domain/errors';
import { openCore, workerName, type Core } from './core';
import { createDesktopBridge } from './desktop-bridge';
import { bindOperations } from './ipc';
import { APP_HOST, APP_SCHEME, desktopContentSecurityPolicy, resolveAppFile } from './security';
import { createMainWindow, preloadPath } from './window';

// Defined by Electron Forge's Vite plugin.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

const devServerUrl = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
const rendererRoot = path.join(__dirname, '..', 'renderer', typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
]);

let core: Core | undefined;

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot, path.join, path.sep);
    if (!file || new URL(request.url).host !== APP_HOST || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', desktopContentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(
    () => {
      process.umask(0o077);
      const dataFolder = process.env.CROSSINGS_DATA_DIR ?? app.getPath('userData');
      try {
        core = openCore({ dataFolder, mode: 'desktop', version: app.getVersion() });
      } catch (error) {
        dialog.showErrorBox('Crossings cannot open its case records', error instanceof AppError ? error.message : String(error));
        app.quit();
        return;
      }
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      serveRenderer();
      bindOperations(ipcMain, core.dispatch, { worker: workerName(), ...(devServerUrl ? { devServerUrl } : {}) });
      const mainWindow = createMainWindow({ preloadPath: preloadPath(__dirname), ...(devServerUrl ? { devServerUrl } : {}) });
      core.deps.desktop = createDesktopBridge(() => (mainWindow.isDestroyed() ? undefined : mainWindow));
    },
    (error: unknown) => {
      console.error('Crossings could not start', error);
      app.quit();
    },
  );

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    core?.close();
    app.quit();
  });
}
