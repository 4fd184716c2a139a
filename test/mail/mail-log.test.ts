import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { INSTALL_CHAIN_ID } from '../../src/domain/audit/audit.service.js';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { mailOutboxStore } from '../../src/store/mail-outbox.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { PASSWORD } from '../accounts/accounts-helpers.js';
import { startTestSmtp } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const VIEW_KEYS = [
  'attempts',
  'createdAt',
  'id',
  'kind',
  'lastError',
  'nextAttemptAt',
  'sentAt',
  'status',
  'subject',
  'to',
];

describe('the mail log (GET /api/mail)', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;
  let setup = '';
  let mailerId = '';

  const get = (path: string, headers: Record<string, string>) => fetch(`${server.url}${path}`, { headers });
  const mailReads = async (chainId: string) =>
    (
      await server.server.store.db
        .selectFrom('audit_entries')
        .selectAll()
        .where('chain_id', '=', chainId)
        .where('action', '=', 'mail.read')
        .execute()
    ).length;

  async function logIn(email: string): Promise<string> {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')?.split(';')[0] ?? '';
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
    const store = server.server.store;
    const organisations = organisationStore(store.db);
    mailerId = (await organisations.insertOrganisation({ slug: 'mailer', name: 'Mailer' }))?.id as string;
    const otherId = (await organisations.insertOrganisation({ slug: 'other', name: 'Other' }))?.id as string;
    const { userAdmin } = accountsModule({ store, now: () => new Date() });
    const system = { owned: 'all', actor: { type: 'system' } } as const;
    for (const [email, role] of [
      ['auditor@example.org', 'auditor'],
      ['editor@example.org', 'editor'],
    ] as const) {
      await userAdmin.createUser(system, { email, role, organisation: 'mailer', password: PASSWORD });
    }
    const outbox = mailOutboxStore(store.db);
    for (let i = 0; i < 3; i++) {
      const { id } = await outbox.enqueueMail({
        organisationId: mailerId,
        kind: 'consent_receipt',
        to: `subscriber${i}@example.org`,
        subject: `Your consent ${i}`,
        text: `BODY-MARKER-${i}`,
      });
      // Distinct times, so "newest first" is one order (PGlite's clock may give quick inserts the same time).
      await store.db
        .updateTable('mail_outbox')
        .set({ created_at: new Date(Date.now() - (3 - i) * 1_000) })
        .where('id', '=', id)
        .execute();
    }
    await outbox.enqueueMail({
      organisationId: otherId,
      kind: 'marketing',
      to: 'someone@example.com',
      subject: 'Other organisation',
      text: 'BODY-MARKER-other',
    });
    // An account mail: install-level, like the password reset and lock notices.
    await outbox.enqueueMail({
      organisationId: null,
      kind: 'password_reset',
      to: 'auditor@example.org',
      subject: 'Reset your Dijk password',
      text: 'BODY-MARKER-install',
      secret: true,
    });
    const sessions = adminSessionServiceFactory({ store: adminSessionStore(store.db), now: () => new Date() });
    const { token } = await sessions.createLoginLink();
    const login = await fetch(`${server.url}/admin/login?token=${token}`, { redirect: 'manual' });
    setup = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it("lists an organisation's mails newest first without bodies, audited as mail.read before answering", async () => {
    const before = await mailReads(mailerId);
    const res = await get('/api/mail?organisation=mailer', { cookie: setup });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    expect(items.map((m) => m.subject)).toEqual(['Your consent 2', 'Your consent 1', 'Your consent 0']);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(VIEW_KEYS);
    expect(items[0]).toMatchObject({ kind: 'consent_receipt', to: 'subscriber2@example.org' });
    expect(JSON.stringify(items)).not.toContain('BODY-MARKER');
    expect(await mailReads(mailerId)).toBe(before + 1);

    const older = await get(`/api/mail?organisation=mailer&limit=2&before=${items[1]?.id}`, { cookie: setup });
    expect(((await older.json()) as { items: { subject: string }[] }).items.map((m) => m.subject)).toEqual([
      'Your consent 0',
    ]);
    for (const filter of ['status=failed', 'kind=marketing']) {
      const filtered = await get(`/api/mail?organisation=mailer&${filter}`, { cookie: setup });
      expect(((await filtered.json()) as { items: unknown[] }).items).toEqual([]);
    }
  });

  it("shows the install's account mails to the install owner only, in the install chain", async () => {
    const before = await mailReads(INSTALL_CHAIN_ID);
    const res = await get('/api/mail?scope=install', { cookie: setup });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { kind: string; to: string; status: string }[] };
    expect(items).toEqual([expect.objectContaining({ kind: 'password_reset', to: 'auditor@example.org' })]);
    expect(JSON.stringify(items)).not.toContain('BODY-MARKER');
    expect(await mailReads(INSTALL_CHAIN_ID)).toBe(before + 1);

    const auditor = await logIn('auditor@example.org');
    expect((await get('/api/mail?scope=install', { cookie: auditor })).status).toBe(403);
  });

  it('lets an auditor read their organisation, not another (404), and refuses an editor (403) without reading', async () => {
    const auditor = await logIn('auditor@example.org');
    const own = await get('/api/mail', { cookie: auditor });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { items: unknown[] }).items).toHaveLength(3);
    expect((await get('/api/mail?organisation=other', { cookie: auditor })).status).toBe(404);

    const before = await mailReads(mailerId);
    const editor = await logIn('editor@example.org');
    expect((await get('/api/mail', { cookie: editor })).status).toBe(403);
    expect((await get('/api/mail', {})).status).toBe(401);
    expect(await mailReads(mailerId)).toBe(before);
  });

  it('answers an API key that holds mail:read, for its own organisation only', async () => {
    const create = async (actions: string[]) => {
      const res = await fetch(`${server.url}/api/api-keys?organisation=mailer`, {
        method: 'POST',
        headers: { cookie: setup, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Mail reader', actions }),
      });
      return ((await res.json()) as { key: string }).key;
    };
    const reader = await create(['mail:read']);
    const other = await create(['register:read']);
    const auth = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await get('/api/mail', auth(reader))).status).toBe(200);
    expect((await get('/api/mail?organisation=other', auth(reader))).status).toBe(404);
    expect((await get('/api/mail?scope=install', auth(reader))).status).toBe(403);
    expect((await get('/api/mail', auth(other))).status).toBe(403);
  });
});
