import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from './dispatcher';
import { browserModeContentSecurityPolicy } from './content-security-policy';

/**
 * Browser mode: the built renderer and the same dispatcher, served on 127.0.0.1 only, for machines without an
 * Electron binary and for end-to-end tests. Every request needs the per-launch token (first as `?token=` in the
 * address printed at start, then as a same-site cookie), and the Host and Origin headers must be this address, so a
 * web page elsewhere cannot reach it, even through DNS rebinding.
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

const COOKIE = 'crossings_token';
// Large enough for a handed-over case file; small enough that a runaway request cannot exhaust memory.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

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
    const url = new URL(request.url ?? '/', origin);

    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET') {
      if (!sameSecret(offered, token)) return unauthorised(response);
      url.searchParams.delete('token');
      response.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      response.setHeader('Location', url.pathname + url.search + url.hash);
      return send(response, 303, 'text/plain; charset=utf-8', 'Opening Crossings…');
    }
    if (!sameSecret(readCookie(request.headers.cookie, COOKIE) ?? request.headers['x-crossings-token']?.toString() ?? '', token)) {
      return unauthorised(response);
    }

    if (url.pathname === '/csp-report' && request.method === 'POST') {
      const body = await readBody(request).catch(() => '');
      options.onCspViolation?.(safeJson(body));
      return send(response, 204, 'text/plain', '');
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(response, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      let input: unknown;
      try {
        input = JSON.parse(await readBody(request));
      } catch {
        return sendJson(response, { ok: false, error: { code: 'VALIDATION', message: 'The request could not be read. Try again.' } });
      }
      const op = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await options.dispatch(op, input, { worker: options.worker });
      return sendJson(response, result);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Not allowed.');
    return serveStatic(url.pathname, response);
  }

  function serveStatic(pathname: string, response: http.ServerResponse): void {
    const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
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

function sendJson(response: http.ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
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
        reject(new Error('Request too large'));
        request.destroy();
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
