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

  it('serves the page at the printed address, and the operations only with the token as a header, never as a cookie', async () => {
    const host = await start();
    const first = await request(host, { path: new URL(host.url).pathname + new URL(host.url).search });
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(new RegExp(`^crossings_page_${new URL(host.origin).port}=`));
    expect(cookie).not.toContain(host.token);
    const session = cookie.split(';')[0]!;
    // The page's own files come with the page cookie; the operations do not.
    expect((await request(host, { path: '/', headers: { Cookie: session } })).status).toBe(200);
    const withCookie = await request(host, { path: '/api/cases.list', method: 'POST', headers: { Cookie: session, 'Content-Type': 'application/json' }, body: '{}' });
    expect(withCookie.status).toBe(401);
    const api = await request(host, {
      path: '/api/cases.list',
      method: 'POST',
      headers: { 'X-Crossings-Token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(api.body)).toEqual({ ok: true, value: { cases: [], total: 0 } });
  });

  it('keeps two instances side by side apart: neither one’s page cookie or token opens the other', async () => {
    const one = await start();
    const two = await start();
    const cookieOf = async (host: WebHost) =>
      ((await request(host, { path: new URL(host.url).pathname + new URL(host.url).search })).headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    const [cookieOne, cookieTwo] = [await cookieOf(one), await cookieOf(two)];
    expect(cookieOne.split('=')[0]).not.toBe(cookieTwo.split('=')[0]);
    // A browser sends both cookies to both ports: each instance still knows its own.
    const both = `${cookieOne}; ${cookieTwo}`;
    expect((await request(one, { path: '/', headers: { Cookie: both } })).status).toBe(200);
    expect((await request(two, { path: '/', headers: { Cookie: both } })).status).toBe(200);
    const list = (host: WebHost, token: string) =>
      request(host, { path: '/api/cases.list', method: 'POST', headers: { 'X-Crossings-Token': token, 'Content-Type': 'application/json' }, body: '{}' });
    expect((await list(one, one.token)).status).toBe(200);
    expect((await list(two, two.token)).status).toBe(200);
    expect((await list(one, two.token)).status).toBe(401);
    expect((await list(two, one.token)).status).toBe(401);
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

  describe('malformed requests get a plain 4xx, never a 500', () => {
    const headers = (host: WebHost) => ({ 'X-Crossings-Token': host.token, 'Content-Type': 'application/json' });

    it('a lone percent sign in a page address', async () => {
      const host = await start();
      const answer = await request(host, { path: '/%', headers: { 'X-Crossings-Token': host.token } });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatch(/could not be read/);
    });

    it('broken percent-encoding in an operation name', async () => {
      const host = await start();
      const answer = await request(host, { path: '/api/%ZZ', method: 'POST', headers: headers(host), body: '{}' });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/does not know how to do that/) } });
    });

    it('an address that is not a URL at all', async () => {
      const host = await start();
      const answer = await request(host, { path: '//[', headers: { 'X-Crossings-Token': host.token } });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatch(/could not be read/);
    });

    it('a body nested deeper than the limit', async () => {
      const host = await start();
      const deep = '['.repeat(10_000) + ']'.repeat(10_000);
      const body = `{"caseId":"x","form":"child","fields":${deep}}`;
      const answer = await request(host, { path: '/api/drafts.save', method: 'POST', headers: headers(host), body });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/nested too deeply/) } });
    });

    it('a body over the size limit', async () => {
      const host = await start();
      const big = JSON.stringify({ fileBase64: 'A'.repeat(65 * 1024 * 1024), password: 'x' });
      const answer = await request(host, { path: '/api/handover.import', method: 'POST', headers: headers(host), body: big });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/too large/) } });
    });

    it('invalid JSON', async () => {
      const host = await start();
      const answer = await request(host, { path: '/api/cases.list', method: 'POST', headers: headers(host), body: '{not json' });
      expect(answer.status).toBe(400);
    });
  });
});
