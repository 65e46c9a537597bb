import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  desktopContentSecurityPolicy,
  isOwnPage,
  mayOpenExternally,
  navigationDecision,
  permissionDecision,
  resolveAppFile,
  secureWebPreferences,
  windowOpenDecision,
} from '../../electron/security';

describe('the desktop window’s security settings', () => {
  it('turns the developer tools off in a packaged build, and leaves them for development', () => {
    expect(secureWebPreferences('/app/preload.js', true).devTools).toBe(false);
    expect(secureWebPreferences('/app/preload.js', false).devTools).toBe(true);
  });

  it('isolates the renderer: sandboxed, context-isolated, no Node, web security on, no webviews', () => {
    const preferences = secureWebPreferences('/app/preload.js');
    expect(preferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows navigation only within the app', () => {
    expect(navigationDecision(`${APP_ORIGIN}/index.html#/cases`)).toBe('allow');
    expect(navigationDecision('https://example.com/')).toBe('deny');
    expect(navigationDecision('file:///etc/passwd')).toBe('deny');
    expect(navigationDecision('app://elsewhere/index.html')).toBe('deny');
    expect(navigationDecision('http://localhost:5173/#/cases', 'http://localhost:5173/')).toBe('allow');
    expect(navigationDecision('http://localhost:5174/', 'http://localhost:5173/')).toBe('deny');
    expect(navigationDecision('not a url')).toBe('deny');
  });

  it('never opens new windows and refuses every permission request', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('opens only allow-listed https addresses in the browser', () => {
    expect(mayOpenExternally('https://www.nspcc.org.uk/keeping-children-safe/')).toBe(true);
    expect(mayOpenExternally('http://www.nspcc.org.uk/')).toBe(false);
    expect(mayOpenExternally('https://evil.example/')).toBe(false);
    expect(mayOpenExternally('https://user:pass@www.gov.uk/')).toBe(false);
    expect(mayOpenExternally('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(mayOpenExternally('javascript:alert(1)')).toBe(false);
  });

  it('recognises only the app’s own pages as callers of operations', () => {
    expect(isOwnPage(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isOwnPage('https://crossings/index.html')).toBe(false);
    expect(isOwnPage('')).toBe(false);
  });

  it('sends a strict Content-Security-Policy with no inline scripts', () => {
    expect(desktopContentSecurityPolicy).toMatch(/script-src 'self'(;|$)/);
    expect(desktopContentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(desktopContentSecurityPolicy).toMatch(/object-src 'none'/);
  });

  it('serves only files inside the renderer folder from the app protocol', () => {
    const root = path.join(path.sep, 'app', 'renderer');
    expect(resolveAppFile(`${APP_ORIGIN}/assets/index.js`, root, path.join, path.sep)).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveAppFile(`${APP_ORIGIN}/`, root, path.join, path.sep)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(`${APP_ORIGIN}/%2F..%2F..%2Fetc%2Fpasswd`, root, path.join, path.sep)).toBeNull();
    const dotted = resolveAppFile(`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, root, path.join, path.sep);
    expect(dotted === null || dotted.startsWith(root + path.sep)).toBe(true);
    expect(resolveAppFile('app://other/index.html', root, path.join, path.sep)).toBeNull();
  });
});
