import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorAuditChains } from '../../src/jobs/audit-anchor.job.js';
import { auditModule } from '../../src/modules/audit.module.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

describe.each(storeKinds())('daily audit anchors on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('anchors each chain with new entries once a day, and the anchor catches truncation', async () => {
    const org = await organisationStore(t.store.db).insertOrganisation({ slug: `anchor-${kind}`, name: 'Anchors' });
    if (!org) {
      throw new Error('no organisation');
    }
    let now = new Date('2026-11-21T10:00:00Z');
    const { audit } = auditModule({ store: t.store, now: () => now });
    const record = () =>
      audit.record({ organisationId: org.id, actor: { type: 'system' }, action: 'test.event', outcome: 'success' });
    await record();
    await record();

    const jobs = { store: t.store, now: () => now };
    expect(await anchorAuditChains(jobs)).toBe(1);
    expect(await anchorAuditChains(jobs)).toBe(0);
    now = new Date('2026-11-22T11:00:00Z');
    expect(await anchorAuditChains(jobs)).toBe(0);
    await record();
    expect(await anchorAuditChains(jobs)).toBe(1);
    expect((await audit.listAnchors(org.id)).map((a) => a.seq)).toEqual([2, 3]);

    await t.store.db.deleteFrom('audit_entries').where('chain_id', '=', org.id).where('seq', '=', 3).execute();
    expect(await audit.verify(org.id)).toEqual({ ok: false, seq: 3, reason: 'truncated' });
  });
});
