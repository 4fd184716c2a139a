import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MAX_ATTEMPTS, type OutgoingMail } from '../../src/domain/mail/mail.js';
import { MAIL_CLAIM_LEASE_MS, mailOutboxStore } from '../../src/store/mail-outbox.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

const T0 = new Date('2026-11-22T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(storeKinds())('mail outbox store (%s)', (kind) => {
  let t: TestStore;
  let organisationId = '';
  const mail = (over: Partial<OutgoingMail> = {}): OutgoingMail => ({
    organisationId,
    kind: 'consent_receipt',
    to: 'receiver@example.org',
    subject: 'Your consent',
    text: 'Thank you.',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestStore(kind);
    organisationId = (await organisationStore(t.store.db).insertOrganisation({ slug: 'outbox', name: 'Outbox' }))
      ?.id as string;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('enqueues inside the caller’s transaction: a rolled-back change leaves no mail', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const before = await outbox.countPendingMail();
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await mailOutboxStore(trx).enqueueMail(mail({ subject: 'rolled back' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox.countPendingMail()).toBe(before);
    await t.store.db.transaction().execute((trx) => mailOutboxStore(trx).enqueueMail(mail({ subject: 'committed' })));
    expect(await outbox.countPendingMail()).toBe(before + 1);
  });

  it('refuses headers that could not pass untouched', async () => {
    await expect(
      mailOutboxStore(t.store.db).enqueueMail(mail({ headers: { 'X-Evil': 'a\r\nBcc: other@example.org' } })),
    ).rejects.toMatchObject({ code: 'internal' });
  });

  it('claims due mail once (a lease hides it), marks it sent and drops the bodies of a secret one', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const { id } = await outbox.enqueueMail(
      mail({ kind: 'password_reset', secret: true, html: '<p>secret</p>', headers: { 'X-Test': '1' } }),
    );
    const future = at(365 * 24 * 3_600_000);
    const claimed = (await outbox.claimDueMail(future, 50)).find((m) => m.id === id);
    expect(claimed).toMatchObject({ to: 'receiver@example.org', attempt: 1, headers: { 'X-Test': '1' } });
    expect((await outbox.claimDueMail(future, 50)).some((m) => m.id === id)).toBe(false);
    await outbox.markMailSent(id, '<m1@localhost>', future);
    const row = await t.store.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', text_body: null, html_body: null, message_id: '<m1@localhost>' });
    expect((await outbox.claimDueMail(at(2 * 365 * 24 * 3_600_000), 50)).some((m) => m.id === id)).toBe(false);
  });

  it('keeps the bodies of an ordinary mail once sent', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const { id } = await outbox.enqueueMail(mail());
    await outbox.markMailSent(id, null, T0);
    const row = await t.store.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.text_body).toBe('Thank you.');
  });

  it('backs off after a failure, keeps the error without the recipient, and gives up after the last attempt', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const { id } = await outbox.enqueueMail(mail({ to: 'Bounce.Marker@example.org', secret: true }));
    await t.store.db.updateTable('mail_outbox').set({ next_attempt_at: T0 }).where('id', '=', id).execute();
    let now = T0;
    for (let attempt = 1; attempt <= MAIL_MAX_ATTEMPTS; attempt++) {
      const claimed = (await outbox.claimDueMail(now, 500)).find((m) => m.id === id);
      expect(claimed?.attempt).toBe(attempt);
      const { status } = await outbox.markMailFailed(
        id,
        '550 5.1.1 <bounce.marker@example.org>: Recipient address rejected',
        now,
      );
      expect(status).toBe(attempt < MAIL_MAX_ATTEMPTS ? 'pending' : 'failed');
      const row = await t.store.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.last_error).toBe('550 5.1.1 <<recipient>>: Recipient address rejected');
      if (attempt === 1) {
        // Not due again before the first retry delay (5 s), due after it.
        expect(new Date(row.next_attempt_at).getTime()).toBe(now.getTime() + 5_000);
        expect((await outbox.claimDueMail(new Date(now.getTime() + 4_000), 500)).some((m) => m.id === id)).toBe(false);
      }
      now = new Date(new Date(row.next_attempt_at).getTime() + 1);
    }
    const row = await t.store.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS, text_body: null });
    expect((await outbox.claimDueMail(at(10 * 365 * 24 * 3_600_000), 500)).some((m) => m.id === id)).toBe(false);
  });

  it('a claimed mail whose sender died is claimed again after the lease', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const { id } = await outbox.enqueueMail(mail());
    await t.store.db.updateTable('mail_outbox').set({ next_attempt_at: T0 }).where('id', '=', id).execute();
    expect((await outbox.claimDueMail(T0, 500)).some((m) => m.id === id)).toBe(true);
    expect((await outbox.claimDueMail(at(MAIL_CLAIM_LEASE_MS - 1), 500)).some((m) => m.id === id)).toBe(false);
    expect((await outbox.claimDueMail(at(MAIL_CLAIM_LEASE_MS), 500)).find((m) => m.id === id)?.attempt).toBe(2);
  });

  it('lists an organisation’s mails newest first, filtered and paged, apart from install mails', async () => {
    const outbox = mailOutboxStore(t.store.db);
    const other = (await organisationStore(t.store.db).insertOrganisation({ slug: 'outbox-list', name: 'L' }))
      ?.id as string;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { id } = await outbox.enqueueMail(mail({ organisationId: other, subject: `mail ${i}` }));
      // Distinct times: PGlite's clock may give two quick inserts the same created_at (the id then orders them).
      await t.store.db
        .updateTable('mail_outbox')
        .set({ created_at: at(i * 1_000) })
        .where('id', '=', id)
        .execute();
      ids.push(id);
    }
    await outbox.enqueueMail(mail({ organisationId: null, kind: 'password_reset', subject: 'install' }));
    const first = await outbox.listMail(other, { limit: 3 });
    expect(first.map((m) => m.subject)).toEqual(['mail 4', 'mail 3', 'mail 2']);
    const next = await outbox.listMail(other, { limit: 3, before: first.at(-1)?.id as string });
    expect(next.map((m) => m.subject)).toEqual(['mail 1', 'mail 0']);
    expect(await outbox.listMail(other, { limit: 10, kind: 'password_reset' })).toEqual([]);
    expect(await outbox.listMail(other, { limit: 10, status: 'sent' })).toEqual([]);
    const install = await outbox.listMail(null, { limit: 10 });
    expect(install.map((m) => m.subject)).toContain('install');
    expect(install.every((m) => m.organisationId === null)).toBe(true);
    expect(first[0]).not.toHaveProperty('text');
    expect(first[0]).toMatchObject({ status: 'pending', attempts: 0, sentAt: null, lastError: null });
  });
});
