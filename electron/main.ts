import { app, BrowserWindow, dialog, ipcMain, net, powerMonitor, protocol, safeStorage, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../domain/errors';
import { openCore, type Core, type TeamMode } from '../core/core';
import { connectTeamMode, readTeamAuditKey, TEAM_IDENTITY_FILE } from '../core/store/postgres/connect';
import { connectionFromConfig, readTeamConfig, TEAM_PASSWORD_FILE } from '../core/store/postgres/team-config';
import { workerName } from '../core/environment';
import { createDesktopBridge } from './desktop-bridge';
import { bindOperations } from './ipc';
import type { KeyWrapper } from '../core/store/keys';
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
let mainWindow: BrowserWindow | undefined;

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

/**
 * The data key is protected by the operating system's keychain (Keychain on macOS, DPAPI on Windows, the Secret
 * Service or KWallet on Linux). Where Linux has no keychain, Electron would fall back to storing it in plain text:
 * Crossings refuses rather than pretend the records are protected.
 */
function keychainWrapper(): KeyWrapper {
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new AppError(
      'UNSUPPORTED',
      'This computer has no keychain running (such as GNOME Keyring or KWallet), so Crossings could only keep the key to the ' +
        'case records in plain text. It will not do that. Ask your IT team to set up a keychain for your account, then start Crossings again.',
    );
  }
  if (!safeStorage.isEncryptionAvailable()) {
    throw new AppError('UNSUPPORTED', 'This computer’s keychain is not available, so Crossings cannot protect the case records. Ask your IT team for help.');
  }
  return {
    kind: 'os-keychain',
    wrap: (key) => safeStorage.encryptString(key.toString('base64')),
    unwrap: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
  };
}

/**
 * Team mode, when IT has put team-records.json in the data folder (core/store/postgres/team-config.ts). A SCRAM
 * password is kept encrypted by the keychain in team-password.bin, written once by `--set-team-password`.
 */
async function teamMode(dataFolder: string): Promise<TeamMode | undefined> {
  const config = readTeamConfig(dataFolder);
  if (!config) return undefined;
  const passwordFile = path.join(dataFolder, TEAM_PASSWORD_FILE);
  const password = config.signIn === 'password' && fs.existsSync(passwordFile) ? safeStorage.decryptString(fs.readFileSync(passwordFile)) : null;
  return connectTeamMode(connectionFromConfig(config, password), readTeamAuditKey(config.auditKeyFile), path.join(dataFolder, TEAM_IDENTITY_FILE));
}

/** IT's one step for a worker who signs in with a password: CROSSINGS_TEAM_PASSWORD, kept encrypted by the keychain. */
function setTeamPassword(dataFolder: string): void {
  const password = process.env.CROSSINGS_TEAM_PASSWORD ?? '';
  keychainWrapper();
  if (password === '') {
    dialog.showErrorBox('Crossings', 'Set CROSSINGS_TEAM_PASSWORD to the worker’s password for the team records, then run this again.');
    return;
  }
  fs.mkdirSync(dataFolder, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dataFolder, TEAM_PASSWORD_FILE), safeStorage.encryptString(password), { mode: 0o600 });
  dialog.showMessageBoxSync({ type: 'info', title: 'Crossings', message: 'The password for the team records is kept in this computer’s keychain.' });
}

/** First run only: the recovery key, shown once, for the organisation to write down and keep away from this computer. */
function showRecoveryKeyOnce(recoveryKey: string): void {
  dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Crossings recovery key',
    message: `Write down this recovery key now:\n\n${recoveryKey}`,
    detail:
      'Crossings has encrypted the case records on this computer. If this computer’s keychain is ever lost (a new user profile, ' +
      'a reinstall), only this key can unlock them. It will not be shown again. Keep it where your organisation keeps other ' +
      'recovery keys, not on this computer.',
    buttons: ['I have written it down'],
    noLink: true,
  });
}

/**
 * When the case records cannot be opened: says why, and offers the newest good backup. Answers whether to carry on
 * (the window opens, and can ask for the recovery key through app.status and app.unlock).
 */
async function offerRecovery(opened: Core): Promise<boolean> {
  const status = opened.status();
  if (status.state === 'ok' || status.state === 'needs-key') return true;
  const backup = status.newestGoodBackup;
  const lostSaves = status.state === 'lost-writes';
  if (!backup && !lostSaves) {
    dialog.showErrorBox('Crossings cannot open its case records', status.message);
    return false;
  }
  // Saves lost after a crash: the worker may also carry on without them, which is written in the audit log.
  const buttons = [...(backup ? ['Restore the newest good backup'] : []), ...(lostSaves ? ['Carry on without the lost saves'] : []), 'Quit'];
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Crossings cannot open its case records',
    message: status.message,
    detail: backup
      ? 'Restoring puts the backup in place of the case file. The current file is kept aside in the data folder, not deleted.'
      : 'There is no good backup to restore.',
    buttons,
    defaultId: buttons.length - 1,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const chosen = buttons[choice];
  try {
    if (chosen === 'Restore the newest good backup' && backup) {
      opened.restoreBackup(backup.name);
      return true;
    }
    if (chosen === 'Carry on without the lost saves') {
      const answer = await opened.dispatch('app.acceptLostSaves', { confirm: true }, { worker: workerName() });
      if (!answer.ok) throw new AppError(answer.error.code, answer.error.message);
      return true;
    }
    return false;
  } catch (error) {
    dialog.showErrorBox(chosen === 'Carry on without the lost saves' ? 'Crossings could not open the case records' : 'The backup could not be restored', error instanceof AppError ? error.message : String(error));
    return false;
  }
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
    async () => {
      process.umask(0o077);
      const dataFolder = process.env.CROSSINGS_DATA_DIR ?? app.getPath('userData');
      if (process.argv.includes('--set-team-password')) {
        setTeamPassword(dataFolder);
        app.quit();
        return;
      }
      try {
        const team = await teamMode(dataFolder);
        core = openCore({
          ...(team ? { team } : {}),
          dataFolder,
          mode: 'desktop',
          version: app.getVersion(),
          keyWrapper: keychainWrapper(),
          onRecoveryKey: showRecoveryKeyOnce,
          // The dialogs belong to the main window, once it exists.
          desktop: createDesktopBridge(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined)),
        });
      } catch (error) {
        dialog.showErrorBox('Crossings cannot open its case records', error instanceof AppError ? error.message : String(error));
        app.quit();
        return;
      }
      if (!(await offerRecovery(core))) {
        app.quit();
        return;
      }
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      serveRenderer();
      bindOperations(ipcMain, core.dispatch, { worker: workerName(), ...(devServerUrl ? { devServerUrl } : {}) });
      mainWindow = createMainWindow({ preloadPath: preloadPath(__dirname), ...(devServerUrl ? { devServerUrl } : {}) });
      // Lock the window when the computer locks or sleeps (renderer/components/AppLock.tsx listens through the preload).
      const lockWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.send('crossings:lock') : undefined);
      powerMonitor.on('lock-screen', lockWindow);
      powerMonitor.on('suspend', lockWindow);
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
