import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { storeKinds } from '../helpers/db.js';
import { startTestSmtp } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type AccountsTestApp, createAccountsTestApp, PASSWORD } from './accounts-helpers.js';

const WRONG = 'not the password at all';

describe.each(storeKinds())('the lock notice, enqueued with the lock (%s)', (kind) => {
  let a: AccountsTestApp;
  beforeAll(async () => {
    a = await createAccountsTestApp(kind);
    await a.createOrganisation('acme');
    await a.createUser('locked@example.org', 'editor', 'acme');
    await a.createUser('racing@example.org', 'editor', 'acme');
  });
  afterAll(async () => {
    await a?.close();
  });

  const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
    a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      headers,
      remoteAddress: `198.51.100.${Math.floor(Math.random() * 200)}`,
    });
  const lockMails = (recipient: string) =>
    a.t.store.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('kind', '=', 'account_locked')
      .where('recipient', '=', recipient)
      .execute();

  it('queues one notice per lock, not per attempt, in the language of the last login', async () => {
    const ok = await attempt('locked@example.org', PASSWORD, { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect(ok.statusCode).toBe(200);
    for (let i = 0; i < 10; i++) {
      a.clock.advance(61_000);
      expect((await attempt('locked@example.org', WRONG)).statusCode).toBe(401);
    }
    // While locked, attempts are refused before they count: no further notice.
    for (let i = 0; i < 3; i++) {
      a.clock.advance(61_000);
      expect((await attempt('locked@example.org', WRONG)).statusCode).toBe(429);
    }
    const mails = await lockMails('locked@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ organisation_id: null, status: 'pending', secret: false });
    expect(mails[0]?.subject).toBe('Votre compte Dijk est temporairement bloqué');
    const lockedUntil = new Date(a.clock.now.getTime() - 3 * 61_000 + 15 * 60_000);
    expect(mails[0]?.text_body).toContain(`${lockedUntil.toISOString().slice(11, 16)} UTC`);
    expect(mails[0]?.text_body).toContain('/admin/reset-password');

    // The lock runs out; the next failure locks again, and that lock has its own notice.
    a.clock.advance(15 * 60_000);
    expect((await attempt('locked@example.org', WRONG)).statusCode).toBe(401);
    expect(await lockMails('locked@example.org')).toHaveLength(2);
  });

  it('sends nothing for an address without an account', async () => {
    for (let i = 0; i < 12; i++) {
      a.clock.advance(61_000);
      await attempt('no.account@example.org', WRONG);
    }
    const rows = await a.t.store.db.selectFrom('mail_outbox').select('recipient').execute();
    expect(rows.map((r) => r.recipient)).not.toContain('no.account@example.org');
  });

  it('queues one notice when failures arrive at the same moment', async () => {
    for (let i = 0; i < 9; i++) {
      a.clock.advance(61_000);
      expect((await attempt('racing@example.org', WRONG)).statusCode).toBe(401);
    }
    a.clock.advance(61_000);
    // Six at once: those that pass the check are all counted under the row lock, and only one starts the lock.
    const statuses = await Promise.all(Array.from({ length: 6 }, () => attempt('racing@example.org', WRONG)));
    expect(statuses.filter((res) => res.statusCode === 401).length).toBeGreaterThanOrEqual(1);
    expect(await lockMails('racing@example.org')).toHaveLength(1);
  });
});

describe('the lock notice, delivered', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
    const store = server.server.store;
    await organisationStore(store.db).insertOrganisation({ slug: 'acme', name: 'Acme' });
    const { userAdmin } = accountsModule({ store, now: () => new Date() });
    await userAdmin.createUser(
      { owned: 'all', actor: { type: 'system' } },
      { email: 'victim@example.org', role: 'auditor', organisation: 'acme', password: PASSWORD },
    );
    // Nine failures earlier, the last two minutes ago (past its backoff): the next failure locks.
    await store.db
      .updateTable('users')
      .set({ failed_login_count: 9, last_failed_login_at: new Date(Date.now() - 120_000) })
      .execute();
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const login = (password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'victim@example.org', password }),
    });

  it('reaches the owner once, with when it unlocks and where to choose a new password', async () => {
    expect((await login(WRONG)).status).toBe(401);
    const mail = await smtp.waitForMail((m) => m.to.includes('victim@example.org'));
    expect(mail.subject).toBe('Your Dijk account is locked for a while');
    expect(mail.text).toContain('There were 10 failed attempts');
    expect(mail.text).toMatch(/locked until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(mail.text).toContain(`${server.url}/admin/reset-password`);
    expect(mail.headers['auto-submitted']).toBe('auto-generated');

    for (let i = 0; i < 3; i++) {
      expect((await login(i === 0 ? PASSWORD : WRONG)).status).toBe(429);
    }
    // A reset request is delivered after anything enqueued before it: once it is here, a second notice would be too.
    await fetch(`${server.url}/api/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org' }),
    });
    await smtp.waitForMail((m) => m.to.includes('victim@example.org') && m.subject.startsWith('Reset'));
    expect(smtp.messages.filter((m) => m.subject === mail.subject)).toHaveLength(1);
  });
});
