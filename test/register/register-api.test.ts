import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { storeKinds, type TestStore } from '../helpers/db.js';

const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');

describe.each(storeKinds())('register API on %s', (kind) => {
  let t: TestStore;
  let testApp: TestApp;
  let app: App;
  let cookie = '';
  let org = '';

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    ({ app, t, cookie } = testApp);
    org = `reg-${Math.random().toString(36).slice(2, 8)}`;
    await organisationStore(t.store.db).insertOrganisation({ slug: org, name: 'Register test' });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const put = (source: string, contentType = 'application/json') =>
    app.inject({
      method: 'PUT',
      url: `/api/register?organisation=${org}`,
      headers: { cookie, 'content-type': contentType },
      payload: contentType === 'application/json' ? JSON.stringify({ source, message: 'test' }) : source,
    });

  it('requires a session', async () => {
    expect((await app.inject(`/api/register?organisation=${org}`)).statusCode).toBe(401);
  });

  it('has no register before the first apply', async () => {
    const res = await app.inject({ url: `/api/register?organisation=${org}`, headers: { cookie } });
    expect(res.statusCode).toBe(404);
  });

  it('refuses a register that does not parse, with line and column, and stores nothing', async () => {
    const res = await put(bpart.replace('legal_name:', 'legal_nmae:'));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.errors.some((e: { suggestion?: string }) => e.suggestion === 'legal_name')).toBe(true);
    expect(problem.errors[0].line).toBeGreaterThan(0);
    const versions = await app.inject({ url: `/api/register/versions?organisation=${org}`, headers: { cookie } });
    expect(versions.json().items).toEqual([]);
  });

  it('refuses a register with lint errors, with the findings, and stores nothing', async () => {
    // A KBO number that fails its mod-97 check is a lint error (enterprise-number-invalid).
    const broken = bpart.replace('enterprise_number: "0736673725"', 'enterprise_number: "0736673726"');
    expect(broken).not.toBe(bpart);
    const lint = await app.inject({
      method: 'POST',
      url: '/api/register/lint',
      headers: { cookie },
      payload: { source: broken },
    });
    expect(lint.statusCode).toBe(200);
    expect(lint.json().findings).toContainEqual(
      expect.objectContaining({ ruleId: 'enterprise-number-invalid', severity: 'error', line: expect.any(Number) }),
    );
    const res = await put(broken);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ ruleId: 'enterprise-number-invalid' }));
    const versions = await app.inject({ url: `/api/register/versions?organisation=${org}`, headers: { cookie } });
    expect(versions.json().items).toEqual([]);
  });

  it('refuses a "billion laughs" register (aliases of aliases, 1e19 nodes once expanded) at once, with its line', async () => {
    let source = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 20; i++) {
      source += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    }
    const lint = await app.inject({
      method: 'POST',
      url: '/api/register/lint',
      headers: { cookie },
      payload: { source },
    });
    expect(lint.statusCode).toBe(200);
    expect(lint.json()).toMatchObject({ ok: false, problems: [expect.objectContaining({ line: 1 })] });
    expect(JSON.stringify(lint.json().problems)).toMatch(/alias/i);
    const res = await put(source);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json())).toMatch(/alias/i);
  });

  it('applies a register as version 1, YAML or JSON body alike, and an unchanged one stores nothing', async () => {
    const first = await put(bpart, 'application/yaml');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ stored: true, version: { version: 1 }, changes: [] });
    const again = await put(bpart);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ stored: false, version: { version: 1 } });
  });

  it('diffs in words: a longer retention is the only (material) change, whatever the key order', async () => {
    const longer = bpart.replace(/duration: P7Y/, 'duration: P10Y');
    expect(longer).not.toBe(bpart);
    const preview = await app.inject({
      method: 'POST',
      url: `/api/register/diff?organisation=${org}`,
      headers: { cookie },
      payload: { source: longer },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ from: 1, changes: [{ material: true }] });
    const unparsable = await app.inject({
      method: 'POST',
      url: `/api/register/diff?organisation=${org}`,
      headers: { cookie },
      payload: { source: 'version: [' },
    });
    expect(unparsable.statusCode).toBe(400);
    const res = await put(longer);
    expect(res.statusCode).toBe(201);
    expect(res.json().changes).toEqual([
      expect.objectContaining({ material: true, path: expect.stringMatching(/^retention/) }),
    ]);
    // Every stored version has its audit entry, written in the same transaction; refused applies have none.
    const entries = await t.store.db.selectFrom('audit_entries').select(['action', 'target_type']).execute();
    const applies = entries.filter((e) => e.action === 'register.apply');
    expect(applies).toHaveLength(2);
    const diff = await app.inject({ url: `/api/register/diff?organisation=${org}&from=1&to=2`, headers: { cookie } });
    expect(diff.json().changes).toEqual(res.json().changes);
  });

  it('shows the active register, the history and any version', async () => {
    const active = (await app.inject({ url: `/api/register?organisation=${org}`, headers: { cookie } })).json();
    expect(active.version).toBe(2);
    expect(active.register.organisation.legal_name).toBe('Bpart BV');
    expect(active.findings.length).toBeGreaterThan(0);
    expect(active.findings[0].line).toBeGreaterThan(0);
    const history = (
      await app.inject({ url: `/api/register/versions?organisation=${org}`, headers: { cookie } })
    ).json();
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await app.inject({ url: `/api/register/versions/1?organisation=${org}`, headers: { cookie } });
    expect(v1.json().source).toBe(bpart);
    expect(
      (await app.inject({ url: `/api/register/versions/9?organisation=${org}`, headers: { cookie } })).statusCode,
    ).toBe(404);
  });

  it('exports the active register', async () => {
    const csv = await app.inject({
      url: `/api/register/export?organisation=${org}&format=art30-csv&lang=nl`,
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('.csv');
    expect(csv.body).toContain('Bpart BV');
    const xlsx = await app.inject({
      url: `/api/register/export?organisation=${org}&format=art30-xlsx`,
      headers: { cookie },
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await app.inject({ url: `/api/register/export?organisation=${org}&format=pdf`, headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it('serves the JSON Schema publicly', async () => {
    const res = await app.inject('/api/register/schema');
    expect(res.statusCode).toBe(200);
    expect(res.json().properties.organisation).toBeDefined();
  });

  it('answers an unknown organisation with not_found', async () => {
    const res = await app.inject({ url: '/api/register?organisation=nobody-here', headers: { cookie } });
    expect(res.statusCode).toBe(404);
  });
});
