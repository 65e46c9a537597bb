/**
 * The desktop window's security policy, as plain data and pure functions so unit tests can check them without an
 * Electron binary. `window.ts` and `main.ts` apply them; nothing here imports Electron.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'crossings';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The web preferences every Crossings window is created with. */
export function secureWebPreferences(preloadPath: string, packaged = false) {
  return {
    preload: preloadPath,
    // A packaged build has no developer tools: they would show every case in the page's memory.
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

/** True only for the app's own pages: the custom protocol, or Forge's dev server while developing. */
export function isOwnPage(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    if (devServerUrl) {
      const dev = new URL(devServerUrl);
      return parsed.origin === dev.origin;
    }
    return false;
  } catch {
    return false;
  }
}

/** Navigation away from the app is never allowed; links the app builds for the web open in the browser instead. */
export function navigationDecision(url: string, devServerUrl?: string): 'allow' | 'deny' {
  return isOwnPage(url, devServerUrl) ? 'allow' : 'deny';
}

/** New windows are never opened by the renderer. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, location, notifications, clipboard reading and the rest: all refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/**
 * Addresses the app may open in the worker's browser: https only, and only hosts the app itself links to
 * (guidance and helplines). Anything else is refused.
 */
export const externalHostAllowList = new Set([
  'www.nspcc.org.uk',
  'learning.nspcc.org.uk',
  'www.gov.uk',
  'www.legislation.gov.uk',
  'www.barnardos.org.uk',
  'www.cfab.org.uk',
]);

export function mayOpenExternally(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && externalHostAllowList.has(parsed.hostname) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

// One policy for both transports: browser mode's host reads it too, and must not import the shell.
export { desktopContentSecurityPolicy } from '../core/transport/content-security-policy';

/** Maps an app:// address to a file inside the renderer folder, refusing anything that would leave it. */
export function resolveAppFile(url: string, rendererRoot: string, join: (...parts: string[]) => string, sep: string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const file = join(rendererRoot, relative);
  if (file !== rendererRoot && !file.startsWith(rendererRoot + sep)) return null;
  return file;
}
