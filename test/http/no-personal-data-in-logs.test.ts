import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { freePort, REPO_ROOT } from '../helpers/cli.js';
import { startTestSmtp, waitUntil } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Marker values: if any of them reaches the application log, personal data leaked into it. */
const MARKERS = {
  name: 'Zwanhilde Markeerstift',
  email: 'zwanhilde.marker-93b1@example.org',
  ip: '198.51.100.173',
  phone: '+32 470 93 17 31',
};

describe('no personal data in application logs', () => {
  let server: TestServer;
  let cookie = '';

  beforeAll(async () => {
    server = await startTestServer({ env: { LOG_LEVEL: 'trace' } });
    const sessions = adminSessionServiceFactory({
      store: adminSessionStore(server.server.store.db),
      now: () => new Date(),
    });
    const { token } = await sessions.createLoginLink();
    const res = await fetch(`${server.url}/admin/login?token=${token}`, { redirect: 'manual' });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'logs', name: 'Log test' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps markers out of the logs through imports, registers, errors and queries', async () => {
    const headers = { cookie, 'x-forwarded-for': MARKERS.ip };
    const statement = `Privacyverklaring van Voorbeeld BV. Onze functionaris voor gegevensbescherming is ${MARKERS.name}, bereikbaar via ${MARKERS.email} of ${MARKERS.phone}. Wij bewaren uw facturen 7 jaar.`;
    const imported = await fetch(`${server.url}/api/import?name=${encodeURIComponent(MARKERS.email)}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: statement,
    });
    expect(imported.status).toBe(200);

    const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');
    const withMarker = bpart.replace('email: legal@bpart.be', `email: ${MARKERS.email}`);
    const put = await fetch(`${server.url}/api/register?organisation=logs`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ source: withMarker, message: MARKERS.name }),
    });
    expect(put.status).toBe(201);

    // Errors that quote input: a bad body, a misspelt key holding a marker, a bad query.
    const bad = await fetch(`${server.url}/api/register?organisation=logs`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: `{"source": "${MARKERS.name}`,
    });
    expect(bad.status).toBe(400);
    const typo = await fetch(`${server.url}/api/register/lint`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ source: withMarker.replace('legal_name:', `${MARKERS.name.replace(' ', '_')}:`) }),
    });
    expect(typo.status).toBe(200);
    const query = await fetch(
      `${server.url}/api/organisations/${encodeURIComponent(MARKERS.email)}?q=${MARKERS.phone}`,
      {
        headers,
      },
    );
    expect(query.status).toBe(400);

    const logs = server.logs.join('');
    expect(logs.length).toBeGreaterThan(1000);
    for (const [kind, marker] of Object.entries(MARKERS)) {
      expect(logs, `the ${kind} marker reached the log`).not.toContain(marker);
      expect(logs).not.toContain(encodeURIComponent(marker));
    }
  });
});

describe('no personal data in application logs: mail', () => {
  /** Addresses of accounts that get mail; subjects, bodies, links and the SMTP password must stay out too. */
  const RESET_MARKER = 'wouter.resetmarker-58c2@example.org';
  const LOCK_MARKER = 'lotte.lockmarker-71d4@example.com';
  const SMTP_PASSWORD = 'smtp-secret-marker-3f9a';
  const SUBJECTS = ['Reset your Dijk password', 'Your Dijk account is locked for a while'];
  const servers: TestServer[] = [];
  let smtp: DevSmtpServer | undefined;

  afterAll(async () => {
    for (const server of servers) {
      await server.close();
    }
    await smtp?.close();
  });

  /** A server with two accounts: one that asks for a reset, one whose next failed login locks it. */
  async function startWithAccounts(smtpUrl: string): Promise<TestServer> {
    const server = await startTestServer({ env: { LOG_LEVEL: 'trace', SMTP_URL: smtpUrl } });
    servers.push(server);
    const store = server.server.store;
    await organisationStore(store.db).insertOrganisation({ slug: 'mail-logs', name: 'Mail log test' });
    const { userAdmin } = accountsModule({ store, now: () => new Date() });
    for (const email of [RESET_MARKER, LOCK_MARKER]) {
      await userAdmin.createUser(
        { owned: 'all', actor: { type: 'system' } },
        { email, role: 'auditor', organisation: 'mail-logs', password: 'lantern orchard violet 42' },
      );
    }
    await store.db
      .updateTable('users')
      .set({ failed_login_count: 9, last_failed_login_at: new Date(Date.now() - 120_000) })
      .where('email', '=', LOCK_MARKER)
      .execute();
    const post = (path: string, body: object) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/auth/password-reset', { email: RESET_MARKER })).status).toBe(202);
    const login = await post('/api/auth/login', { email: LOCK_MARKER, password: 'not the password at all' });
    expect(login.status).toBe(401);
    return server;
  }

  it('keeps recipients, subjects, links and the SMTP password out of the logs, whether mail fails or is sent', async () => {
    // A mail server that is down: delivery errors (which may quote recipients) are logged.
    const down = await startWithAccounts(`smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${await freePort()}`);
    await waitUntil(async () => {
      const rows = await down.server.store.db.selectFrom('mail_outbox').select('last_error').execute();
      return rows.length === 2 && rows.every((r) => r.last_error !== null);
    }, 20_000);
    expect(down.logs.join('')).toContain('mail delivery failed; will retry');

    // A mail server that takes the mail: sending is logged.
    smtp = await startTestSmtp();
    const up = await startWithAccounts(smtp.url);
    await smtp.waitForMail((m) => m.to.includes(RESET_MARKER));
    await smtp.waitForMail((m) => m.to.includes(LOCK_MARKER));
    await waitUntil(async () => up.logs.filter((line) => line.includes('mail sent')).length >= 2);

    const logs = [...down.logs, ...up.logs].join('');
    for (const marker of [RESET_MARKER, LOCK_MARKER, SMTP_PASSWORD, ...SUBJECTS]) {
      expect(logs, `"${marker}" reached the log`).not.toContain(marker);
    }
    expect(logs).not.toMatch(/reset-password\?token=/);
  });
});
