import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { type APIRequestContext, request } from 'playwright-core';
import { expect } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import type { TestServer } from './server.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'banner');

/** The host name of the test website: Chromium resolves every *.localhost to the loopback address. */
export const SITE_HOST = 'www.site.localhost';

/** A website on another origin than Dijk, embedding the banner, under a strict Content-Security-Policy. */
export interface FixtureSite {
  origin: string;
  /** The test page, with `<html lang>` set to `lang` (or no lang attribute). */
  pageUrl(lang?: string): string;
  setSiteKey(key: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves test/fixtures/banner on a free port: `/shop/*.html` is the page (template filled with the Dijk origin, the
 * site key and the language), the rest are the fake scripts. Every HTML answer carries the CSP of a careful site:
 * scripts only from itself and Dijk, styles only with the nonce the banner gets through `data-nonce`, connections
 * only to Dijk.
 */
export async function startFixtureSite(dijkUrl: string): Promise<FixtureSite> {
  const dijk = new URL(dijkUrl).origin;
  let siteKey = 'site_unset';
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${dijk}`,
    "style-src 'nonce-xyz'",
    `connect-src ${dijk}`,
    "frame-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    if (url.pathname.startsWith('/shop/') && url.pathname.endsWith('.html')) {
      const lang = url.searchParams.get('lang');
      const html = readFileSync(join(FIXTURES, 'page.html'), 'utf8')
        .replace('{{LANG}}', lang ? ` lang="${lang.replace(/[^a-zA-Z-]/g, '')}"` : '')
        .replace('{{DIJK}}', dijk)
        .replace('{{SITE}}', siteKey);
      res.writeHead(200, {
        'content-type': TYPES['.html'],
        'content-security-policy': csp,
        'cache-control': 'no-store',
      });
      res.end(html);
      return;
    }
    const name = url.pathname.slice(1);
    const extension = name.slice(name.lastIndexOf('.'));
    if (!/^[a-z-]+\.(js|html)$/.test(name) || name === 'page.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(extension === '.html' ? { 'content-security-policy': csp } : {}),
    });
    res.end(readFileSync(join(FIXTURES, name)));
  });
  await new Promise<void>((done) => server.listen(0, done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${SITE_HOST}:${port}`;
  return {
    origin,
    pageUrl: (lang) => `${origin}/shop/page.html${lang ? `?lang=${lang}` : ''}`,
    setSiteKey: (key) => {
      siteKey = key;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** An API client of the Dijk server logged in with a one-time setup link (owner of every organisation). */
export async function adminApi(server: TestServer): Promise<APIRequestContext> {
  const { token } = await adminSessionServiceFactory({
    store: adminSessionStore(server.server.store.db),
    now: () => new Date(),
  }).createLoginLink();
  const api = await request.newContext({ baseURL: server.url });
  await api.get(`/admin/login?token=${encodeURIComponent(token)}`, { maxRedirects: 0 });
  return api;
}

/** Applies the test register (test/fixtures/banner/register.yaml, optionally edited) as a new version. */
export async function applyBannerRegister(api: APIRequestContext, edit: (yaml: string) => string = (y) => y) {
  const source = edit(readFileSync(join(FIXTURES, 'register.yaml'), 'utf8'));
  const res = await api.put('/api/register', { data: { source } });
  expect(res.status(), await res.text()).toBeLessThan(300);
}

/** Adds the website to Dijk, allowed from `origin`, and returns its site key. */
export async function createSite(api: APIRequestContext, origin: string): Promise<string> {
  const res = await api.post('/api/sites', { data: { name: 'Test shop', origins: [origin] } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { site: { siteKey: string } }).site.siteKey;
}

/** Creates the one organisation of the test install. */
export async function createOrganisation(api: APIRequestContext): Promise<void> {
  const res = await api.post('/api/organisations', { data: { slug: 'voorbeeld', name: 'Voorbeeld Software BV' } });
  expect(res.status(), await res.text()).toBe(201);
}
