/**
 * The one Content-Security-Policy for the app's pages, whichever transport serves them: the desktop shell's custom
 * protocol (electron/main.ts, through electron/security.ts) and browser mode's host (web-host.ts). Plain data, so the
 * shell may read it and nothing here reaches back into the shell.
 */

/** The app's pages run only their own scripts and styles: no inline code, no plugins, no other origins. */
const contentSecurityPolicyDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** The Content-Security-Policy the custom protocol sends with every page of the app. */
export const desktopContentSecurityPolicy = contentSecurityPolicyDirectives.join('; ');

/** Browser mode sends the same policy, and asks the browser to report violations to the host. */
export const browserModeContentSecurityPolicy = [...contentSecurityPolicyDirectives, 'report-uri /csp-report'].join('; ');
