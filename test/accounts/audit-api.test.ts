import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/domain/audit/audit-chain.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';

const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');

describe('audit log API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await organisationStore(t.t.store.db).insertOrganisation({ slug: 'audited', name: 'Audited' });
    for (const source of [bpart, bpart.replace('duration: P7Y', 'duration: P10Y')]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/register',
        headers: { cookie: t.cookie, 'content-type': 'application/json' },
        payload: { source },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ url, headers: { cookie: t.cookie } });

  it('searches the entries, newest first, with filters and paging', async () => {
    const all = (await get('/api/audit')).json().items;
    expect(all.map((e: { seq: number }) => e.seq)).toEqual([2, 1]);
    expect(all[0]).toMatchObject({
      action: 'register.apply',
      outcome: 'success',
      target: { type: 'register_version' },
    });
    expect((await get('/api/audit?action=statement.publish')).json().items).toEqual([]);
    expect((await get('/api/audit?beforeSeq=2')).json().items.map((e: { seq: number }) => e.seq)).toEqual([1]);
    expect((await get('/api/audit?limit=0')).statusCode).toBe(400);
  });

  it('verifies the chain, anchors it, and exports it as JSON lines that verify off-line', async () => {
    expect((await get('/api/audit/verify')).json()).toMatchObject({ ok: true, count: 2 });
    expect((await get('/api/audit/anchors')).json().items).toEqual([]);
    const exported = await get('/api/audit/export');
    expect(exported.headers['content-type']).toContain('application/x-ndjson');
    const entries = exported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(verifyChain(entries)).toMatchObject({ ok: true, count: 2 });
    // Tampering with the export is detected by the same verifier.
    entries[0].action = 'register.delete';
    expect(verifyChain(entries)).toMatchObject({ ok: false, seq: 1, reason: 'hash_mismatch' });
  });
});
