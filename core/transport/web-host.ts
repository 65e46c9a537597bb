import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from './dispatcher';
import { browserModeContentSecurityPolicy } from './content-security-policy';

/**
 * Browser mode: the built renderer and the same dispatcher, served on 127.0.0.1 only, for machines without an
 * Electron binary and for end-to-end tests. The Host and Origin headers must be this address, so a web page elsewhere
 * cannot reach it, even through DNS rebinding.
 *
 * The per-launch token is in the address printed at start (`?token=`). The page takes it from there, keeps it for its
 * tab only (sessionStorage, which is per port) and sends it with every operation as the `X-Crossings-Token` header;
 * it is never a cookie, because a browser sends 127.0.0.1's cookies to every server on 127.0.0.1 whatever the port.
 * The page's own files (which hold no records) are served to whoever opened that address, through a cookie of a
 * different, per-launch secret named after this port, so two instances side by side do not overwrite each other's.
 */

export interface WebHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  worker: string;
  port?: number;
  /** Called with each Content-Security-Policy violation the browser reports. */
  onCspViolation?: (report: unknown) => void;
}

export interface WebHost {
  /** The address to open, with the token. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

// Large enough for a handed-over case file; small enough that a runaway request cannot exhaust memory.
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Deeper than anything the contract holds; a deeper body is refused before it reaches a recursive reader. */
export const MAX_JSON_DEPTH = 64;

class RequestTooLarge extends Error {}

export const contentSecurityPolicy = browserModeContentSecurityPolicy;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const pageSecret = randomBytes(32).toString('base64url');
  let pageCookie = 'crossings_page';
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts: Set<string> = new Set();
  let origin = '';

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('Browser mode request failed', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Something went wrong.');
      else response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host.');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== 'null' && !allowedHosts.has(requestOrigin.replace(/^http:\/\//, ''))) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Wrong origin.');
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', origin);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'That address could not be read. Open the address Crossings printed when it started.');
    }
    const offeredToken = request.headers['x-crossings-token']?.toString() ?? '';

    if (url.pathname.startsWith('/api/')) {
      if (!sameSecret(offeredToken, token)) return unauthorised(response);
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(response, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      const op = decodePath(url.pathname.slice('/api/'.length));
      if (op === undefined) return refuseJson(response, 400, 'Crossings does not know how to do that. Reload the page and try again.');
      let body: string;
      try {
        body = await readBody(request);
      } catch (error) {
        if (error instanceof RequestTooLarge) return refuseJson(response, 413, 'This is too large for Crossings to take in one go. Nothing was saved.');
        throw error;
      }
      let input: unknown;
      try {
        input = JSON.parse(body);
      } catch {
        return refuseJson(response, 400, 'The request could not be read. Try again.');
      }
      if (depthOf(input) > MAX_JSON_DEPTH) return refuseJson(response, 400, 'This is nested too deeply for Crossings to read. Nothing was saved.');
      const result = await options.dispatch(op, input, { worker: options.worker });
      return sendJson(response, result);
    }

    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET') {
      // The address printed at start: the page takes the token from it (renderer/api.ts) and takes it out of the bar.
      if (!sameSecret(offered, token)) return unauthorised(response);
      response.setHeader('Set-Cookie', `${pageCookie}=${pageSecret}; HttpOnly; SameSite=Strict; Path=/`);
      return serveStatic(url.pathname, response);
    }
    if (!sameSecret(readCookie(request.headers.cookie, pageCookie) ?? '', pageSecret) && !sameSecret(offeredToken, token)) {
      return unauthorised(response);
    }

    if (url.pathname === '/csp-report' && request.method === 'POST') {
      const body = await readBody(request).catch(() => '');
      options.onCspViolation?.(safeJson(body));
      return send(response, 204, 'text/plain', '');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Not allowed.');
    return serveStatic(url.pathname, response);
  }

  function serveStatic(pathname: string, response: http.ServerResponse): void {
    const decoded = decodePath(pathname);
    if (decoded === undefined) return send(response, 400, 'text/plain; charset=utf-8', 'That address could not be read.');
    const relative = decoded.replace(/^\/+/, '');
    let file = path.resolve(staticRoot, relative === '' ? 'index.html' : relative);
    if (file !== staticRoot && !file.startsWith(staticRoot + path.sep)) return send(response, 404, 'text/plain', 'Not found.');
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // The renderer routes in the page (hash routes), so anything unknown is the app itself.
      if (path.extname(file) !== '') return send(response, 404, 'text/plain', 'Not found.');
      file = path.join(staticRoot, 'index.html');
    }
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, fs.readFileSync(file));
  }

  function unauthorised(response: http.ServerResponse): void {
    send(
      response,
      401,
      'text/plain; charset=utf-8',
      'Crossings needs the address printed when it started (it includes a one-time key). Open that address again.',
    );
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      pageCookie = `crossings_page_${port}`;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  response.end(body);
}

function sendJson(response: http.ServerResponse, value: unknown, status = 200): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** A request refused before it reached the dispatcher, in the same error shape, so the page can show the message. */
function refuseJson(response: http.ServerResponse, status: 400 | 413, message: string): void {
  sendJson(response, { ok: false, error: { code: 'VALIDATION', message } }, status);
}

/** A percent-encoded path, or undefined when its encoding is broken (`%ZZ`, a lone `%`). */
function decodePath(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** How deeply arrays and objects nest, counted without recursion so a hostile body cannot overflow the stack. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (next === null || typeof next !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(next)) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return deepest;
}

function sameSecret(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RequestTooLarge());
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
