import { afterAll, describe, expect, it } from 'vitest';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { mailOutboxStore } from '../../src/store/mail-outbox.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { freePort } from '../helpers/cli.js';
import { startTestSmtp, waitUntil } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const UNSUBSCRIBE =
  '<https://privacy.example.org/preferences/unsubscribe?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfG>, <mailto:unsubscribe@example.org?subject=unsubscribe>';

describe('the outbox job of a running server', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup();
    }
  });

  async function serverWith(env: Record<string, string>): Promise<TestServer> {
    const server = await startTestServer({ env });
    cleanups.push(() => server.close());
    return server;
  }
  async function smtpOn(port?: number): Promise<DevSmtpServer> {
    const smtp = await startTestSmtp(port === undefined ? {} : { port });
    cleanups.push(() => smtp.close());
    return smtp;
  }

  it('retries while the mail server is down and delivers once it is up; the kept error names no address', async () => {
    const port = await freePort();
    const server = await serverWith({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const db = server.server.store.db;
    const organisationId = (await organisationStore(db).insertOrganisation({ slug: 'retry', name: 'Retry' }))?.id;
    const { id } = await mailOutboxStore(db).enqueueMail({
      organisationId: organisationId ?? null,
      kind: 'consent_confirmation',
      to: 'Retry.Marker@example.org',
      subject: 'Confirm your subscription',
      text: 'Please confirm.',
      secret: true,
    });
    const row = () => db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await waitUntil(async () => (await row()).last_error !== null, 15_000);
    const failed = await row();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('ECONNREFUSED');
    expect(failed.last_error?.toLowerCase()).not.toContain('retry.marker');
    expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    expect(server.logs.join('')).toContain('mail delivery failed; will retry');

    const smtp = await smtpOn(port);
    const mail = await smtp.waitForMail((m) => m.to.includes('Retry.Marker@example.org'), 20_000);
    expect(mail.subject).toBe('Confirm your subscription');
    await waitUntil(async () => (await row()).status === 'sent');
    expect(await row()).toMatchObject({ status: 'sent', attempts: 2, last_error: null, text_body: null });
    expect((await row()).message_id).toMatch(/^<.+>$/);
  }, 60_000);

  it('sends the headers of a mail untouched and keeps the body of an ordinary mail', async () => {
    const smtp = await smtpOn();
    const server = await serverWith({ SMTP_URL: smtp.url, MAIL_FROM: 'Voorbeeld Privacy <privacy@example.org>' });
    const db = server.server.store.db;
    const organisationId = (await organisationStore(db).insertOrganisation({ slug: 'news', name: 'News' }))?.id;
    const { id } = await mailOutboxStore(db).enqueueMail({
      organisationId: organisationId ?? null,
      kind: 'marketing',
      to: 'reader@example.org',
      subject: 'Nieuwsbrief — november',
      text: 'Het nieuws van deze maand.',
      html: '<p>Het nieuws van deze maand.</p>',
      headers: { 'List-Unsubscribe': UNSUBSCRIBE, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    // No service of the server enqueued it, so nothing wakes the job: the poll finds it.
    const mail = await smtp.waitForMail((m) => m.to.includes('reader@example.org'), 15_000);
    expect(mail.headers['list-unsubscribe']).toBe(UNSUBSCRIBE);
    expect(mail.raw).toContain(`List-Unsubscribe: ${UNSUBSCRIBE}\r\n`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers.from).toBe('Voorbeeld Privacy <privacy@example.org>');
    expect(mail.subject).toBe('Nieuwsbrief — november');
    expect(mail.html).toBe('<p>Het nieuws van deze maand.</p>');
    await waitUntil(async () => {
      const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return row.status === 'sent' && row.text_body === 'Het nieuws van deze maand.';
    });
    const logs = server.logs.join('');
    expect(logs).toContain(id);
    expect(logs).not.toContain('reader@example.org');
    expect(logs).not.toContain('Nieuwsbrief');
  });

  it('without SMTP_URL leaves mail pending and says so once', async () => {
    const server = await serverWith({});
    const db = server.server.store.db;
    const { id } = await mailOutboxStore(db).enqueueMail({
      organisationId: null,
      kind: 'account_locked',
      to: 'waiting@example.org',
      subject: 'Waiting',
      text: 'Waiting.',
    });
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(server.logs.filter((line) => line.includes('SMTP_URL is not set'))).toHaveLength(1);
  });
});
