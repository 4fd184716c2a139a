import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { organisationServiceFactory } from '../../src/domain/organisations/organisation.service.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { getMigrationStatus, migrateToLatest } from '../../src/store/migrator.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { personStore } from '../../src/store/person.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

describe.each(storeKinds())('store on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('has every migration applied, and migrating again changes nothing', async () => {
    const status = await getMigrationStatus(t.store.db);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
    expect(await migrateToLatest(t.store.db)).toEqual([]);
  });

  it('keeps the consent ledger free of foreign keys (nothing may rewrite or cascade-delete proof)', async () => {
    const { rows } = await sql<{ conname: string; contype: string }>`
      select conname, contype from pg_constraint where conrelid = 'consent_events'::regclass`.execute(t.store.db);
    expect(rows.filter((r) => r.contype === 'f')).toEqual([]);
    expect(rows.map((r) => r.contype)).toContain('p');
  });

  it('runs a prepared statement, again and with other values', async () => {
    const statement = { name: 'dijk_test_prepared', text: 'select $1::int + 1 as n' };
    expect(await t.store.prepared<{ n: number }>(statement, [1])).toEqual([{ n: 2 }]);
    expect(await t.store.prepared<{ n: number }>(statement, [41])).toEqual([{ n: 42 }]);
  });

  it('creates and finds organisations, and refuses a taken slug', async () => {
    const service = organisationServiceFactory({ store: organisationStore(t.store.db) });
    const slug = `org-${Math.random().toString(36).slice(2, 8)}`;
    const created = await service.createOrganisation({ slug, name: 'Voorbeeld BV' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await service.getOrganisation(slug)).name).toBe('Voorbeeld BV');
    await expect(service.createOrganisation({ slug, name: 'Other' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.getOrganisation('does-not-exist')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps people per organisation', async () => {
    const orgs = organisationStore(t.store.db);
    const a = await orgs.insertOrganisation({ slug: `a-${Date.now()}`, name: 'A' });
    const b = await orgs.insertOrganisation({ slug: `b-${Date.now()}`, name: 'B' });
    if (!a || !b) {
      throw new Error('organisations not created');
    }
    const people = personStore(t.store.db);
    await people.insertPeople(a.id, [{ displayName: 'Test Persoon', email: 'test@example.org' }]);
    expect(await people.countPeople(a.id)).toBe(1);
    expect(await people.countPeople(b.id)).toBe(0);
  });

  it('redeems a login link exactly once, even when two redeem it at the same time', async () => {
    const sessions = adminSessionServiceFactory({ store: adminSessionStore(t.store.db), now: () => new Date() });
    const { token } = await sessions.createLoginLink();
    const results = await Promise.allSettled([sessions.redeemLoginLink(token), sessions.redeemLoginLink(token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const ok = results.find((r) => r.status === 'fulfilled');
    expect(await sessions.findSession(ok?.status === 'fulfilled' ? ok.value.sessionToken : '')).toBeDefined();
  });

  it('runs transactions one at a time and rolls back on failure', async () => {
    const slug = `tx-${Date.now()}`;
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await trx.insertInto('organisations').values({ slug, name: 'Rolled back' }).execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await organisationStore(t.store.db).findOrganisationBySlug(slug)).toBeUndefined();
  });
});
