import { app, BrowserWindow, Menu, shell } from 'electron';
import path from 'node:path';
import { APP_ORIGIN, mayOpenExternally, navigationDecision, permissionDecision, secureWebPreferences, windowOpenDecision } from './security';

/** The one window factory: every window gets the same locked-down settings and handlers. */
export function createMainWindow(options: { preloadPath: string; devServerUrl?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 900,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Crossings',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, app.isPackaged),
  });
  // A packaged build has no default menu (its View menu opens the developer tools and reloads the page).
  if (app.isPackaged) Menu.setApplicationMenu(null);
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (mayOpenExternally(url)) void shell.openExternal(url);
    return windowOpenDecision();
  });
  contents.on('will-navigate', (event, url) => {
    if (navigationDecision(url, options.devServerUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, options.devServerUrl) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

export function preloadPath(buildDir: string): string {
  return path.join(buildDir, 'preload.js');
}
