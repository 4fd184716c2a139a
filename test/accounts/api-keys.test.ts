import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';

const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');

describe('API keys', () => {
  let t: TestApp;
  const json = { 'content-type': 'application/json' };
  beforeAll(async () => {
    t = await createTestApp();
    const orgs = organisationStore(t.t.store.db);
    await orgs.insertOrganisation({ slug: 'keys', name: 'Keys test' });
    await orgs.insertOrganisation({ slug: 'other', name: 'Another organisation' });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/register?organisation=keys',
      headers: { cookie: t.cookie, ...json },
      payload: { source: bpart },
    });
    expect(put.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (actions: string[]) =>
    t.app.inject({
      method: 'POST',
      url: '/api/api-keys?organisation=keys',
      headers: { cookie: t.cookie, ...json },
      payload: { name: 'Website', actions },
    });
  const withKey = (key: string, url: string, method: 'GET' | 'PUT' = 'GET') =>
    method === 'GET'
      ? t.app.inject({ url, headers: { authorization: `Bearer ${key}` } })
      : t.app.inject({ method, url, headers: { authorization: `Bearer ${key}`, ...json }, payload: { source: bpart } });

  it('issues a key once, lists it without the secret, and lets it do what it holds', async () => {
    const res = await create(['register:read']);
    expect(res.statusCode).toBe(201);
    const { key, apiKey } = res.json();
    expect(key).toMatch(/^dijk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Website', actions: ['register:read'], lastUsedAt: null });

    const read = await withKey(key, '/api/register');
    expect(read.statusCode).toBe(200);
    expect(read.json().register.organisation.legal_name).toBe('Bpart BV');

    const list = await t.app.inject({ url: '/api/api-keys?organisation=keys', headers: { cookie: t.cookie } });
    expect(JSON.stringify(list.json())).not.toContain(key);
    expect(list.json().items[0].lastUsedAt).not.toBeNull();
    const stored = await t.t.store.db.selectFrom('api_keys').select('key_hash').execute();
    expect(stored.every((r) => r.key_hash !== key && /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
  });

  it('refuses what the key does not hold (403, audited) and other organisations (404)', async () => {
    const { key, apiKey } = (await create(['register:read'])).json();
    const write = await withKey(key, '/api/register', 'PUT');
    expect(write.statusCode).toBe(403);
    const other = await withKey(key, '/api/register?organisation=other');
    expect(other.statusCode).toBe(404);
    const denied = await t.t.store.db
      .selectFrom('audit_entries')
      .select(['actor_type', 'actor_id', 'outcome'])
      .where('action', '=', 'auth.authorize')
      .where('actor_id', '=', apiKey.id)
      .execute();
    expect(denied).toHaveLength(2);
    expect(denied.every((d) => d.actor_type === 'api_key' && d.outcome === 'denied')).toBe(true);
  });

  it('never holds person-only actions or unknown ones', async () => {
    expect((await create(['users:manage'])).statusCode).toBe(400);
    expect((await create(['api_keys:manage'])).statusCode).toBe(400);
    expect((await create(['register:fly'])).statusCode).toBe(400);
  });

  it('stops working at once when revoked; a malformed or unknown key is 401', async () => {
    const { key, apiKey } = (await create(['register:read', 'register:write'])).json();
    expect((await withKey(key, '/api/register', 'PUT')).statusCode).toBe(200);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${apiKey.id}?organisation=keys`,
      headers: { cookie: t.cookie },
    });
    expect(revoke.statusCode).toBe(204);
    expect((await withKey(key, '/api/register')).statusCode).toBe(401);
    expect((await withKey('dijk_short', '/api/register')).statusCode).toBe(401);
    expect((await withKey(`dijk_${'A'.repeat(43)}`, '/api/register')).statusCode).toBe(401);
    const audited = await t.t.store.db
      .selectFrom('audit_entries')
      .select('action')
      .where('target_id', '=', apiKey.id)
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['api_key.create', 'api_key.revoke']);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${apiKey.id}?organisation=keys`,
      headers: { cookie: t.cookie },
    });
    expect(again.statusCode).toBe(404);
  });

  it('cannot manage keys with a key', async () => {
    const { key } = (await create(['register:read'])).json();
    const res = await t.app.inject({
      url: '/api/api-keys?organisation=keys',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.statusCode).toBe(403);
  });
});
