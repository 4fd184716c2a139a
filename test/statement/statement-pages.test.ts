import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';

const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');

describe('statement API and public pages', () => {
  let t: TestApp;
  const json = { 'content-type': 'application/json' };
  beforeAll(async () => {
    t = await createTestApp();
    await organisationStore(t.t.store.db).insertOrganisation({ slug: 'bpart', name: 'Bpart BV' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 404 pages until a statement is published', async () => {
    const res = await t.app.inject('/privacy/nl');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Er is nog geen privacyverklaring gepubliceerd.');
    expect((await t.app.inject('/api/statement')).statusCode).toBe(404);
  });

  it('publishes the active register through the API (a session with the right role is needed)', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/register',
      headers: { cookie: t.cookie, ...json },
      payload: { source: bpart },
    });
    expect(put.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/statements/publish', headers: json, payload: {} })).statusCode,
    ).toBe(401);
    const preview = await t.app.inject({ url: '/api/statements/preview?lang=fr', headers: { cookie: t.cookie } });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Bpart BV');
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/statements/publish',
      headers: { cookie: t.cookie, ...json },
      payload: {},
    });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toMatchObject({ number: 1, registerVersion: 1, material: false });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/statements/publish',
      headers: { cookie: t.cookie, ...json },
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    const list = await t.app.inject({ url: '/api/statements', headers: { cookie: t.cookie } });
    expect(list.json().items).toHaveLength(1);
  });

  it('negotiates the language of /privacy and /cookies from Accept-Language', async () => {
    const fr = await t.app.inject({ url: '/privacy', headers: { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' } });
    expect(fr.statusCode).toBe(302);
    expect(fr.headers.location).toBe('/privacy/en');
    // Bpart serves nl and en: French falls back to the best served language the browser accepts.
    const frOnly = await t.app.inject({ url: '/privacy', headers: { 'accept-language': 'fr-BE,fr' } });
    expect(frOnly.headers.location).toBe('/privacy/en');
    const nl = await t.app.inject({ url: '/cookies', headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    expect(nl.headers.location).toBe('/cookies/nl');
    expect(nl.headers.vary).toContain('Accept-Language');
  });

  it('serves an accessible page per language with a language switch, and the CSS', async () => {
    const res = await t.app.inject('/privacy/nl');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(res.body).toContain('<a class="skip-link" href="#main">Naar de inhoud</a>');
    expect(res.body).toContain('<main id="main"');
    expect(res.body).toContain('hreflang="en"');
    expect(res.body).toContain('Bpart BV');
    expect(res.body).not.toMatch(/<script|style=/);
    const css = await t.app.inject('/assets/public.css');
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).toContain('@media print');
    expect((await t.app.inject('/privacy/de')).statusCode).toBe(404);
  });

  it('keeps each version at a stable URL and explains what changed', async () => {
    await t.app.inject({
      method: 'PUT',
      url: '/api/register',
      headers: { cookie: t.cookie, ...json },
      payload: { source: bpart.replace('duration: P7Y', 'duration: P10Y') },
    });
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/statements/publish',
      headers: { cookie: t.cookie, ...json },
      payload: {},
    });
    expect(second.json()).toMatchObject({ number: 2, material: true });
    const v1 = await t.app.inject('/privacy/v/1/en');
    expect(v1.statusCode).toBe(200);
    expect(v1.body).toContain('7 years');
    const current = await t.app.inject('/privacy/en');
    expect(current.body).toContain('10 years');
    const versions = await t.app.inject('/privacy/versions?lang=en');
    expect(versions.body).toContain('/privacy/v/1/en');
    expect(versions.body).toContain('/privacy/v/2/en');
    const changes = await t.app.inject('/privacy/changes?from=1&to=2&lang=nl');
    expect(changes.statusCode).toBe(200);
    expect(changes.body).toContain('P7Y');
    expect(changes.body).toContain('belangrijke wijziging');
  });

  it('gives the statement in force as JSON or an HTML fragment for embedding', async () => {
    const res = await t.app.inject('/api/statement?lang=en&kind=cookies');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, document: { lang: 'en' } });
    const html = await t.app.inject('/api/statement?lang=nl&format=html');
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toMatch(/^<article lang="nl"/);
  });
});
