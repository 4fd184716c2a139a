import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandler } from '../../src/http/plugins/problem.js';
import { bannerRoutes, loadBannerAsset } from '../../src/http/routes/banner.routes.js';
import { BANNER_FILE, buildBanner } from '../../web/banner/build.mjs';
import { createTestApp, type TestApp } from '../helpers/app.js';

/** The weight budget of the served banner, CSS included (docs/banner.md). */
const BUDGET_BROTLI_BYTES = 6144;

describe('GET /banner.js', () => {
  let t: TestApp;
  let built: Buffer;

  beforeAll(async () => {
    // `npm test` builds first; a bare `vitest run` builds here. Never rewritten while other tests may serve it.
    if (!existsSync(BANNER_FILE)) {
      await buildBanner();
    }
    built = readFileSync(BANNER_FILE);
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`weighs at most ${BUDGET_BROTLI_BYTES} bytes brotli as served, CSS included, built from the current source`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dijk-banner-'));
    try {
      writeFileSync(join(dir, 'banner.js'), await buildBanner({ write: false }));
      const fresh = loadBannerAsset(dir);
      expect(fresh?.bodies.br.length).toBeLessThanOrEqual(BUDGET_BROTLI_BYTES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const res = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.rawPayload.length).toBeLessThanOrEqual(BUDGET_BROTLI_BYTES);
    expect(brotliDecompressSync(res.rawPayload).equals(built)).toBe(true);
  });

  it('serves the built script, public, cacheable five minutes, loadable from other origins, anonymously', async () => {
    const res = await t.app.inject({ url: '/banner.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.rawPayload.equals(built)).toBe(true);
    expect(built.toString('utf8')).not.toMatch(/sourceMappingURL|\beval\(|new Function/);
  });

  it('compresses with gzip when brotli is not accepted, and prefers brotli when both are', async () => {
    const gzip = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(built)).toBe(true);
    const both = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(both.headers['content-encoding']).toBe('br');
  });

  it('honours q-values: an encoding with q=0 is not sent', async () => {
    const noBrotli = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' } });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const any = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': '*' } });
    expect(any.headers['content-encoding']).toBe('br');
    const none = await t.app.inject({ url: '/banner.js', headers: { 'accept-encoding': 'identity' } });
    expect(none.headers['content-encoding']).toBeUndefined();
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await t.app.inject({ url: '/banner.js' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await t.app.inject({ url: '/banner.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await t.app.inject({ url: '/banner.js', headers: { 'if-none-match': 'W/"other"' } });
    expect(other.statusCode).toBe(200);
  });

  it('says clearly, as problem+json 503, when the banner is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dijk-banner-'));
    const app = Fastify();
    try {
      registerProblemHandler(app);
      await app.register(bannerRoutes, { distDir: empty, perMinute: 10 });
      const res = await app.inject({ url: '/banner.js' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'unavailable', detail: expect.stringContaining('npm run build') });
    } finally {
      await app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
