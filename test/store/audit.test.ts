import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditService, auditServiceFactory } from '../../src/domain/audit/audit.service.js';
import { auditStore } from '../../src/store/audit.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

describe.each(storeKinds())('audit log on %s', (kind) => {
  let t: TestStore;
  let audit: AuditService;
  const newOrg = async () => {
    const org = await organisationStore(t.store.db).insertOrganisation({
      slug: `audit-${Math.random().toString(36).slice(2, 10)}`,
      name: 'Audit test',
    });
    if (!org) {
      throw new Error('no organisation');
    }
    return org.id;
  };
  const event = (organisationId: string, i: number) => ({
    organisationId,
    actor: { type: 'user' as const, id: 'u-1' },
    action: 'person.read',
    outcome: 'success' as const,
    target: { type: 'person', id: `p-${i}` },
    source: { requestId: `r-${i}`, ip: '192.0.2.10' },
  });

  beforeAll(async () => {
    t = await createTestStore(kind);
    audit = auditServiceFactory({ store: auditStore(t.store.db), now: () => new Date() });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('chains concurrent appends without gaps, and verifies', async () => {
    const org = await newOrg();
    await Promise.all(Array.from({ length: 40 }, (_, i) => audit.record(event(org, i))));
    const result = await audit.verify(org);
    expect(result).toMatchObject({ ok: true, count: 40, head: { seq: 40 } });
    expect(await audit.verifyInProcess(org, 7)).toEqual(result);
  });

  it('writes the entry in the transaction of the change, so a rollback removes both', async () => {
    const org = await newOrg();
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await auditServiceFactory({ store: auditStore(trx), now: () => new Date() }).record(event(org, 1));
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await audit.verify(org)).toMatchObject({ ok: true, count: 0 });
  });

  it('verifies in parallel ranges and finds breaks at and across range boundaries', async () => {
    const org = await newOrg();
    for (let i = 0; i < 12; i++) {
      await audit.record(event(org, i));
    }
    const parallel = auditServiceFactory({
      store: auditStore(t.store.db, { parallelism: 3, minRangeSize: 2 }),
      now: () => new Date(),
    });
    expect(await parallel.verify(org)).toMatchObject({ ok: true, count: 12 });
    // Ranges are 1–4, 5–8, 9–12: break the first row of the middle range and the last of the first.
    const q = t.store.db.updateTable('audit_entries').where('chain_id', '=', org);
    await q.set({ action: 'tampered' }).where('seq', '=', 5).execute();
    expect(await parallel.verify(org)).toEqual({ ok: false, seq: 5, reason: 'hash_mismatch' });
    await q.set({ action: 'tampered' }).where('seq', '=', 4).execute();
    expect(await parallel.verify(org)).toEqual({ ok: false, seq: 4, reason: 'hash_mismatch' });
    await t.store.db.deleteFrom('audit_entries').where('chain_id', '=', org).where('seq', 'in', [3, 4, 8]).execute();
    expect(await parallel.verify(org)).toEqual({ ok: false, seq: 3, reason: 'sequence_gap' });
    expect(await audit.verifyInProcess(org)).toEqual({ ok: false, seq: 3, reason: 'sequence_gap' });
  });

  it('detects a modified, a deleted and a truncated entry', async () => {
    const org = await newOrg();
    for (let i = 0; i < 6; i++) {
      await audit.record(event(org, i));
    }
    await audit.anchor(org);

    await t.store.db
      .updateTable('audit_entries')
      .set({ target_id: 'p-other' })
      .where('chain_id', '=', org)
      .where('seq', '=', 3)
      .execute();
    expect(await audit.verify(org)).toEqual({ ok: false, seq: 3, reason: 'hash_mismatch' });
    await t.store.db
      .updateTable('audit_entries')
      .set({ target_id: 'p-2' })
      .where('chain_id', '=', org)
      .where('seq', '=', 3)
      .execute();
    expect((await audit.verify(org)).ok).toBe(true);

    await t.store.db.deleteFrom('audit_entries').where('chain_id', '=', org).where('seq', '=', 6).execute();
    expect(await audit.verify(org)).toEqual({ ok: false, seq: 6, reason: 'truncated' });

    await t.store.db.deleteFrom('audit_entries').where('chain_id', '=', org).where('seq', '=', 2).execute();
    expect(await audit.verify(org)).toEqual({ ok: false, seq: 2, reason: 'sequence_gap' });
    expect(await audit.verifyInProcess(org)).toEqual({ ok: false, seq: 2, reason: 'sequence_gap' });
  });

  it('computes the same hashes in SQL as in the domain, for any content (property)', async () => {
    const org = await newOrg();
    const text = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 12 });
    const samples = fc.sample(fc.tuple(text, text, text, fc.boolean()), 60);
    for (const [action, target, ip, anonymous] of samples) {
      await audit.record({
        organisationId: org,
        actor: anonymous ? { type: 'anonymous' } : { type: 'user', id: target },
        action: action || 'x',
        outcome: 'success',
        ...(target ? { target: { type: 'person', id: target } } : {}),
        ...(ip ? { source: { ip } } : {}),
      });
    }
    expect(await audit.verify(org)).toMatchObject({ ok: true, count: samples.length });
    expect(await audit.verifyInProcess(org)).toMatchObject({ ok: true, count: samples.length });
    const install = await audit.record({
      organisationId: null,
      actor: { type: 'anonymous' },
      action: 'auth.login',
      outcome: 'failure',
    });
    expect(install.seq).toBeGreaterThan(0);
    expect((await audit.verify(null)).ok).toBe(true);
  });
});
