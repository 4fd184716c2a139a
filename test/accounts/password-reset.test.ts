import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESET_REQUEST_FLOOR_MS, RESET_REQUESTED_MESSAGE } from '../../src/domain/accounts/password-reset.service.js';
import { INSTALL_CHAIN_ID } from '../../src/domain/audit/audit.service.js';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { resetTokenIn, startTestSmtp, waitUntil } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { PASSWORD } from './accounts-helpers.js';

const NEW_PASSWORD = 'copper meadow thistle 97';

/** The server and its in-process mail server, with accounts made through the same services as `dijk user create`. */
async function startWithMail(): Promise<{ server: TestServer; smtp: DevSmtpServer }> {
  const smtp = await startTestSmtp();
  const server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  await organisationStore(server.server.store.db).insertOrganisation({ slug: 'acme', name: 'Acme' });
  return { server, smtp };
}

async function createUser(server: TestServer, email: string): Promise<string> {
  const { userAdmin } = accountsModule({ store: server.server.store, now: () => new Date() });
  const { user } = await userAdmin.createUser(
    { owned: 'all', actor: { type: 'system' } },
    { email, role: 'editor', organisation: 'acme', password: PASSWORD },
  );
  return user.id;
}

function post(server: TestServer, path: string, body: object, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function logIn(server: TestServer, email: string, password: string): Promise<Response> {
  return post(server, '/api/auth/login', { email, password });
}

async function cookieOf(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

const me = (server: TestServer, cookie: string) => fetch(`${server.url}/api/auth/me`, { headers: { cookie } });

describe('password reset by mail, through the server and its outbox', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;
  let userId = '';

  beforeAll(async () => {
    ({ server, smtp } = await startWithMail());
    userId = await createUser(server, 'Reset.User@example.org');
    await createUser(server, 'expiry.user@example.org');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('mails a single-use link; the new password ends every session and works, the old one no longer', async () => {
    const first = await cookieOf(await logIn(server, 'reset.user@example.org', PASSWORD));
    const second = await cookieOf(await logIn(server, 'reset.user@example.org', PASSWORD));
    expect((await me(server, first)).status).toBe(200);

    const requested = await post(
      server,
      '/api/auth/password-reset',
      { email: 'RESET.user@example.org' },
      { 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.5' },
    );
    expect(requested.status).toBe(202);
    expect(await requested.json()).toEqual({ message: RESET_REQUESTED_MESSAGE });

    const mail = await smtp.waitForMail((m) => m.to.includes('Reset.User@example.org'));
    expect(mail.subject).toBe('Uw Dijk-wachtwoord opnieuw instellen');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.text).toContain(`${server.url}/admin/reset-password?token=`);
    const token = resetTokenIn(mail);

    // A password the policy refuses does not use the link up.
    const weak = await post(server, '/api/auth/password-reset/confirm', { token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(await weak.json())).toContain('"path":"/password"');

    const done = await post(server, '/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.status).toBe(204);
    expect((await me(server, first)).status).toBe(401);
    expect((await me(server, second)).status).toBe(401);
    expect((await logIn(server, 'reset.user@example.org', PASSWORD)).status).toBe(401);
    expect((await logIn(server, 'reset.user@example.org', NEW_PASSWORD)).status).toBe(200);
    // The account's owner is told (no language asked for and none known from a login: English).
    const notice = await smtp.waitForMail(
      (m) => m.to.includes('Reset.User@example.org') && m.subject.includes('changed'),
    );
    expect(notice.subject).toBe('The password of your Dijk account was changed');
    expect(notice.text).toContain('was reset on ');
    expect(notice.text).toContain(`${server.url}/admin/reset-password\n`);
    expect(notice.text).not.toContain(token);

    const again = await post(server, '/api/auth/password-reset/confirm', {
      token,
      password: 'another fine passphrase 5',
    });
    expect(again.status).toBe(400);
    const problem = (await again.json()) as { detail: string; errors: unknown[] };
    expect(problem.errors).toEqual([{ path: '/token', reason: 'reset_token_used' }]);
    expect(problem.detail).toContain('used already');

    const db = server.server.store.db;
    const audit = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('chain_id', '=', INSTALL_CHAIN_ID)
      .where('action', 'in', ['auth.password_reset', 'auth.password_reset_request'])
      .execute();
    expect(audit.map((e) => [e.action, e.outcome, e.target_id])).toEqual(
      expect.arrayContaining([
        ['auth.password_reset_request', 'success', userId],
        ['auth.password_reset', 'success', userId],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(token);

    // The link was a secret: the outbox kept the recipient and subject, not the body.
    await waitUntil(async () => {
      const row = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('kind', '=', 'password_reset')
        .executeTakeFirst();
      return row?.status === 'sent';
    });
    const row = await db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('kind', '=', 'password_reset')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ recipient: 'Reset.User@example.org', secret: true, text_body: null, html_body: null });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses an expired link, and a link that was never issued', async () => {
    const requested = await post(server, '/api/auth/password-reset', {
      email: 'expiry.user@example.org',
      language: 'fr',
    });
    expect(requested.status).toBe(202);
    const mail = await smtp.waitForMail((m) => m.to.includes('expiry.user@example.org'));
    expect(mail.subject).toBe('Réinitialiser votre mot de passe Dijk');
    const token = resetTokenIn(mail);
    // An hour passes.
    await server.server.store.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1_000), created_at: new Date(Date.now() - 3_601_000) })
      .execute();
    const expired = await post(server, '/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(((await expired.json()) as { errors: unknown[] }).errors).toEqual([
      { path: '/token', reason: 'reset_token_expired' },
    ]);
    expect((await logIn(server, 'expiry.user@example.org', PASSWORD)).status).toBe(200);

    for (const bogus of ['not-a-token', 'A'.repeat(43)]) {
      const res = await post(server, '/api/auth/password-reset/confirm', { token: bogus, password: NEW_PASSWORD });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
        { path: '/token', reason: 'reset_token_invalid' },
      ]);
    }
  });

  it('answers an unknown address exactly like a known one, in about the same time, and mails nothing', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const res = await post(server, '/api/auth/password-reset', { email });
      return { status: res.status, body: await res.text(), ms: performance.now() - started };
    };
    const unknown = await timed('nobody.here@example.org');
    const known = await timed('expiry.user@example.org');
    expect(unknown.status).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(unknown.ms).toBeGreaterThanOrEqual(RESET_REQUEST_FLOOR_MS - 5);
    expect(known.ms).toBeGreaterThanOrEqual(RESET_REQUEST_FLOOR_MS - 5);
    expect(Math.abs(unknown.ms - known.ms)).toBeLessThan(300);
    // The outbox delivers in order: once the known address has its mail, a mail to the unknown one would be there.
    const toKnown = () => smtp.messages.filter((m) => m.to.includes('expiry.user@example.org')).length;
    await smtp.waitForMail(() => toKnown() >= 2);
    expect(smtp.messages.some((m) => m.to.some((to) => to.startsWith('nobody.here')))).toBe(false);
    const rows = await server.server.store.db
      .selectFrom('mail_outbox')
      .select('recipient')
      .where('recipient', 'like', 'nobody.here%')
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('password change on the account page', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;

  let changerId = '';

  beforeAll(async () => {
    ({ server, smtp } = await startWithMail());
    changerId = await createUser(server, 'changer@example.org');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('ends every other session, keeps this one, and tells the owner by mail in their language', async () => {
    const here = await cookieOf(await logIn(server, 'changer@example.org', PASSWORD));
    const elsewhere = await cookieOf(await logIn(server, 'changer@example.org', PASSWORD));
    const wrong = await post(
      server,
      '/api/auth/password',
      { currentPassword: 'not the password 123', newPassword: NEW_PASSWORD },
      { cookie: here },
    );
    expect(wrong.status).toBe(400);
    expect((await me(server, elsewhere)).status).toBe(200);

    const changed = await post(
      server,
      '/api/auth/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      { cookie: here, 'accept-language': 'fr-BE,fr;q=0.9' },
    );
    expect(changed.status).toBe(204);
    expect((await me(server, here)).status).toBe(200);
    expect((await me(server, elsewhere)).status).toBe(401);
    expect((await logIn(server, 'changer@example.org', NEW_PASSWORD)).status).toBe(200);

    const notice = await smtp.waitForMail((m) => m.to.includes('changer@example.org'));
    expect(notice.subject).toBe('Le mot de passe de votre compte Dijk a été modifié');
    expect(notice.text).toContain('depuis la page du compte');
    expect(notice.headers['auto-submitted']).toBe('auto-generated');
    // One notice for one change: the refused attempt sent nothing.
    const rows = await server.server.store.db
      .selectFrom('mail_outbox')
      .select('kind')
      .where('recipient', '=', 'changer@example.org')
      .execute();
    expect(rows).toEqual([{ kind: 'password_changed' }]);
    const audit = await server.server.store.db
      .selectFrom('audit_entries')
      .select(['chain_id', 'action', 'outcome', 'target_id'])
      .where('action', '=', 'auth.password_change')
      .execute();
    expect(audit).toEqual([
      { chain_id: INSTALL_CHAIN_ID, action: 'auth.password_change', outcome: 'success', target_id: changerId },
    ]);
  });
});

describe('password reset limits', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;

  beforeAll(async () => {
    ({ server, smtp } = await startWithMail());
    await createUser(server, 'flooded@example.org');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('sends one account at most three reset mails an hour, answering 202 all the same', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await post(server, '/api/auth/password-reset', { email: 'flooded@example.org' })).status).toBe(202);
    }
    await smtp.waitForMail(() => smtp.messages.length >= 3);
    const rows = await server.server.store.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('recipient', '=', 'flooded@example.org')
      .execute();
    expect(rows).toHaveLength(3);
  });

  it('limits reset requests per client address (429 with Retry-After)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(server, '/api/auth/password-reset', { email: `probe${i}@example.org` })),
    );
    const limited = answers.filter((res) => res.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.headers.get('retry-after')).toBeTruthy();
  });
});
