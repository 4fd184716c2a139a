import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { type App, buildApp } from '../../src/http/app.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { createTestStore, type TestStore } from '../helpers/db.js';
import { capturingLogger } from '../helpers/logs.js';

const SECRET_MARKER = 'Secret-Marker-7f3a@example.org';

describe('HTTP app', () => {
  let t: TestStore;
  let app: App;
  const { logger, lines: logs } = capturingLogger('trace');

  beforeAll(async () => {
    t = await createTestStore('pglite');
    app = await buildApp({
      config: loadConfig({ PORT: '0', BODY_LIMIT: '2048' }),
      store: t.store,
      logger,
    });
    // A route that fails unexpectedly, with personal data in the error: it must not leak to client or log.
    app.get('/test/boom', { config: { public: true } }, async () => {
      throw new Error(`database said: duplicate key ${SECRET_MARKER}`);
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  async function login(): Promise<string> {
    const sessions = adminSessionServiceFactory({ store: adminSessionStore(t.store.db), now: () => new Date() });
    const { token } = await sessions.createLoginLink();
    const res = await app.inject({ method: 'GET', url: `/admin/login?token=${token}` });
    expect(res.statusCode).toBe(303);
    const cookie = res.cookies.find((c) => c.name === 'dijk_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    return `dijk_session=${cookie?.value}`;
  }

  it('answers /healthz and /readyz', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('reports status with the store and migrations', async () => {
    const body = (await app.inject('/api/status')).json();
    expect(body.database).toMatchObject({ dialect: 'pglite', reachable: true, migrations: { pending: 0 } });
    expect(body.database.migrations.applied).toBeGreaterThan(0);
  });

  it('serves an OpenAPI 3.1 document that lists its routes, and the reference UI', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/status']));
    const ui = await app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('answers unknown routes with problem+json and a request id', async () => {
    const res = await app.inject('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ status: 404, code: 'not_found', title: 'Not found' });
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('hides unexpected errors behind a generic 500 and does not log their message', async () => {
    const res = await app.inject('/test/boom');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain(SECRET_MARKER);
    expect(res.json()).toMatchObject({ code: 'internal', title: 'Internal server error' });
    expect(res.json().detail).toBeUndefined();
    expect(logs.join('')).not.toContain(SECRET_MARKER);
  });

  it('requires a session for organisations, and then creates one', async () => {
    expect((await app.inject('/api/organisations')).statusCode).toBe(401);
    const cookie = await login();
    const created = await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie },
      payload: { slug: 'voorbeeld', name: 'Voorbeeld BV' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'voorbeeld', name: 'Voorbeeld BV' });
    const list = await app.inject({ url: '/api/organisations', headers: { cookie } });
    expect(list.json().items.map((o: { slug: string }) => o.slug)).toContain('voorbeeld');
    const missing = await app.inject({ url: '/api/organisations/nobody', headers: { cookie } });
    expect(missing.statusCode).toBe(404);
  });

  it('answers bad input with 4xx problems, never 500', async () => {
    const cookie = await login();
    const cases = [
      { payload: '{bad json', expected: 400 },
      { payload: JSON.stringify({ slug: 'Not A Slug!', name: '' }), expected: 400 },
      { payload: JSON.stringify({ slug: 'x', name: 'y'.repeat(3000) }), expected: 413 },
    ];
    for (const c of cases) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { cookie, 'content-type': 'application/json' },
        payload: c.payload,
      });
      expect(res.statusCode, c.payload.slice(0, 30)).toBe(c.expected);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const form = await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: 'slug=x',
    });
    expect(form.statusCode).toBe(415);
  });

  it('refuses the NUL character anywhere in the input with a 400 naming where it was', async () => {
    const cookie = await login();
    const cases = [
      { method: 'GET' as const, url: '/api/organisations/a%00b', where: 'path' },
      { method: 'GET' as const, url: '/api/register?organisation=a%00b', where: 'query' },
      {
        method: 'POST' as const,
        url: '/api/organisations',
        payload: JSON.stringify({ slug: 'nul', name: 'A\u0000B' }),
        where: 'request body',
      },
      {
        method: 'POST' as const,
        url: '/api/organisations',
        payload: JSON.stringify({ slug: 'nul', name: 'ok', ['x\u0000']: 1 }),
        where: 'request body',
      },
    ];
    for (const c of cases) {
      const res = await app.inject({
        method: c.method,
        url: c.url,
        headers: { cookie, ...(c.payload ? { 'content-type': 'application/json' } : {}) },
        ...(c.payload ? { payload: c.payload } : {}),
      });
      expect(res.statusCode, c.url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain(`The ${c.where} holds the NUL character`);
    }
    // Nothing was stored.
    const list = await app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie } });
    expect(JSON.stringify(list.json())).not.toContain('"nul"');
  });

  it('refuses half a surrogate pair in a body, in a value or a key, with a 400', async () => {
    const cookie = await login();
    for (const payload of ['{"slug":"half","name":"A\\ud800B"}', '{"slug":"half","name":"ok","x\\udc00":1}']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { cookie, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain('The request body holds half of a UTF-16 surrogate pair');
    }
  });

  it('answers what Fastify refuses before routing as problem+json: undecodable escapes, too long a path part', async () => {
    const cookie = await login();
    for (const url of ['/api/organisations/%', '/api/organisations/%c0%ae', `/api/organisations/${'a'.repeat(200)}`]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url.slice(0, 40)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'validation_failed', requestId: expect.any(String) });
    }
  });

  it("answers a plugin's own refusal as problem+json: the API reference's files outside their folder are 403", async () => {
    for (const url of ['/api/docs/static/%5C', `/api/docs/static/${'a'.repeat(5000)}`]) {
      const res = await app.inject(url);
      expect(res.statusCode, url.slice(0, 30)).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('forbidden');
    }
  });

  it('refuses a register version beyond what the database stores with a 400, not a database error', async () => {
    const cookie = await login();
    for (const url of ['/api/register/versions/2147483648', '/api/statements/preview?registerVersion=99999999999']) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
  });

  it('refuses cross-origin state changes', async () => {
    const cookie = await login();
    const res = await app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie, origin: 'https://evil.example', host: 'localhost:4000' },
      payload: { slug: 'evil', name: 'Evil' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a used or forged login link: problem+json for clients, a page for browsers', async () => {
    const res = await app.inject('/admin/login?token=forged');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const page = await app.inject({ url: '/admin/login?token=forged', headers: { accept: 'text/html,*/*' } });
    expect(page.statusCode).toBe(401);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('dijk admin login-link');
  });

  it('sets security headers on every response', async () => {
    const res = await app.inject('/healthz');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('never logs request bodies, query strings or client addresses', async () => {
    await app.inject({ url: `/readyz?email=${encodeURIComponent(SECRET_MARKER)}`, remoteAddress: '203.0.113.77' });
    const all = logs.join('');
    expect(all).toContain('request completed');
    expect(all).not.toContain(SECRET_MARKER);
    expect(all).not.toContain(encodeURIComponent(SECRET_MARKER));
    expect(all).not.toContain('203.0.113.77');
  });
});
