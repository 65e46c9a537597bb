import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../core/transport/web-host';
import { openTestCore, tempFolder } from '../fixtures/core';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function start(): Promise<WebHost> {
  const core = openTestCore();
  const staticDir = tempFolder();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Crossings</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const host = await startWebHost({ dispatch: core.dispatch, staticDir, worker: 'Test worker' });
  cleanups.push(core.close, () => host.close());
  return host;
}

/** A raw request, so the Host and Origin headers can be set as a hostile page would. */
function request(
  host: WebHost,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser mode host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const host = await start();
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('refuses a request without the per-launch token with 401', async () => {
    const host = await start();
    expect((await request(host, { path: '/' })).status).toBe(401);
    expect((await request(host, { path: '/?token=wrong' })).status).toBe(401);
    const api = await request(host, { path: '/api/cases.list', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
  });

  it('exchanges the token for a same-site cookie, then serves the app and the operations', async () => {
    const host = await start();
    const first = await request(host, { path: new URL(host.url).pathname + new URL(host.url).search });
    expect(first.status).toBe(303);
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0]!;
    const page = await request(host, { path: '/', headers: { Cookie: session } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const api = await request(host, {
      path: '/api/cases.list',
      method: 'POST',
      headers: { Cookie: session, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(api.body)).toEqual({ ok: true, value: { cases: [], total: 0 } });
  });

  it('refuses requests whose Host or Origin is not its own address (DNS rebinding, other sites)', async () => {
    const host = await start();
    const headers = { 'X-Crossings-Token': host.token, 'Content-Type': 'application/json' };
    const rebound = await request(host, { path: '/api/cases.list', method: 'POST', headers: { ...headers, Host: 'evil.example:80' }, body: '{}' });
    expect(rebound.status).toBe(421);
    const otherSite = await request(host, { path: '/api/cases.list', method: 'POST', headers: { ...headers, Origin: 'https://evil.example' }, body: '{}' });
    expect(otherSite.status).toBe(403);
    const own = await request(host, { path: '/api/cases.list', method: 'POST', headers: { ...headers, Origin: host.origin }, body: '{}' });
    expect(own.status).toBe(200);
  });

  it('takes operations only as JSON POSTs', async () => {
    const host = await start();
    const auth = { 'X-Crossings-Token': host.token };
    expect((await request(host, { path: '/api/cases.list', headers: auth })).status).toBe(405);
    const form = await request(host, { path: '/api/cases.list', method: 'POST', headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(415);
  });

  it('answers invalid JSON and unknown operations in the error shape', async () => {
    const host = await start();
    const headers = { 'X-Crossings-Token': host.token, 'Content-Type': 'application/json' };
    const broken = await request(host, { path: '/api/cases.list', method: 'POST', headers, body: '{not json' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await request(host, { path: '/api/shell.exec', method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('serves nothing outside the renderer folder', async () => {
    const host = await start();
    const auth = { 'X-Crossings-Token': host.token };
    const escape = await request(host, { path: '/../../../../etc/passwd', headers: auth });
    expect(escape.body).not.toMatch(/root:/);
    const encoded = await request(host, { path: '/%2e%2e/%2e%2e/etc/passwd', headers: auth });
    expect(encoded.body).not.toMatch(/root:/);
    expect((await request(host, { path: '/assets/app.js', headers: auth })).body).toBe('console.log(1)');
  });
});
