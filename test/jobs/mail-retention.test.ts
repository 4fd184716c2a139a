import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepMailOutbox } from '../../src/jobs/mail-retention.job.js';
import { mailOutboxStore } from '../../src/store/mail-outbox.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const DAY = 24 * 60 * 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe.each(storeKinds())('the mail retention sweep (%s)', (kind) => {
  let t: TestStore;
  let organisationId = '';
  beforeAll(async () => {
    t = await createTestStore(kind);
    const organisation = await organisationStore(t.store.db).insertOrganisation({ slug: 'mail-sweep', name: 'Mail' });
    organisationId = organisation?.id ?? '';
  });
  afterAll(async () => {
    await t?.dispose();
  });

  /** A mail written `age` ago with the given status; answers its id. */
  async function mail(name: string, status: 'pending' | 'sent' | 'failed', age: number, org: string | null) {
    const { id } = await mailOutboxStore(t.store.db).enqueueMail({
      organisationId: org,
      kind: 'consent_receipt',
      to: `${name}@example.org`,
      subject: name,
      text: 'body',
    });
    await t.store.db
      .updateTable('mail_outbox')
      .set({ status, created_at: ago(age), sent_at: status === 'sent' ? ago(age) : null })
      .where('id', '=', id)
      .execute();
    return id;
  }

  it('deletes sent and given-up mails past the retention, of every organisation and the install, nothing else', async () => {
    await mail('old-sent', 'sent', 91 * DAY, organisationId);
    await mail('old-failed', 'failed', 200 * DAY, organisationId);
    await mail('old-install', 'sent', 91 * DAY, null);
    const keep = [
      await mail('recent-sent', 'sent', 89 * DAY, organisationId),
      await mail('recent-failed', 'failed', 2 * DAY, null),
      await mail('old-pending', 'pending', 400 * DAY, organisationId),
    ];
    expect(await sweepMailOutbox({ store: t.store, now: () => NOW, retentionDays: 90 })).toEqual({ mails: 3 });
    const left = await t.store.db.selectFrom('mail_outbox').select('id').execute();
    expect(left.map((r) => r.id).sort()).toEqual([...keep].sort());
    // Idempotent: a second run (another instance, the next hour) finds nothing more.
    expect(await sweepMailOutbox({ store: t.store, now: () => NOW, retentionDays: 90 })).toEqual({ mails: 0 });
    // A shorter retention takes the recent sent one too; the pending one stays whatever its age.
    expect(await sweepMailOutbox({ store: t.store, now: () => NOW, retentionDays: 1 })).toEqual({ mails: 2 });
    expect((await t.store.db.selectFrom('mail_outbox').select('id').execute()).map((r) => r.id)).toEqual([keep[2]]);
  });
});
