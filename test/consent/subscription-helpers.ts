import { expect } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import type { CapturedMail, DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import type { StoreDialect } from '../../src/store/db.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestPostgresDatabase } from '../helpers/db.js';
import { linkIn, startTestSmtp } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { demoRegister } from './consent-helpers.js';

export const ORIGIN = 'https://www.example.org';

/** The real server (PGlite, or a fresh PostgreSQL database) with its in-process mail server and an admin session. */
export interface ConsentServer {
  server: TestServer;
  smtp: DevSmtpServer;
  url: string;
  cookie: string;
  /** The PostgreSQL database's URL (PostgreSQL only), for a second server process on it. */
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

export async function startConsentServer(kind: StoreDialect = 'pglite'): Promise<ConsentServer> {
  const smtp = await startTestSmtp();
  const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const server = await startTestServer({
    env: { SMTP_URL: smtp.url, ...(pg ? { DATABASE_URL: pg.url } : {}) },
  });
  const sessions = adminSessionServiceFactory({
    store: adminSessionStore(server.server.store.db),
    now: () => new Date(),
  });
  const { token } = await sessions.createLoginLink();
  const login = await fetch(`${server.url}/admin/login?token=${token}`, { redirect: 'manual' });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).toMatch(/^dijk_session=/);
  return {
    server,
    smtp,
    url: server.url,
    cookie,
    databaseUrl: pg?.url,
    close: async () => {
      await server.close();
      await smtp.close();
      await pg?.drop();
    },
  };
}

/** A second server on the same PostgreSQL database and mail server: another instance of a scaled-out install. */
export async function startSecondServer(s: ConsentServer): Promise<TestServer> {
  if (!s.databaseUrl) {
    throw new Error('a second server needs the PostgreSQL store');
  }
  return startTestServer({ env: { SMTP_URL: s.smtp.url, DATABASE_URL: s.databaseUrl } });
}

/** Calls the admin API with the session cookie. */
export function admin(s: ConsentServer, path: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${s.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie: s.cookie, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

/** Creates an organisation with a register (the demo one unless given) and a site; answers the site key. */
export async function setUpOrganisation(
  s: ConsentServer,
  slug: string,
  source = demoRegister,
): Promise<{ siteKey: string; organisationId: string }> {
  const org = await organisationStore(s.server.server.store.db).insertOrganisation({ slug, name: `Org ${slug}` });
  if (!org) {
    throw new Error(`organisation ${slug} exists already`);
  }
  await applyRegister(s, slug, source);
  const site = await admin(s, `/api/sites?organisation=${slug}`, {
    method: 'POST',
    body: { name: 'Website', origins: [ORIGIN] },
  });
  expect(site.status).toBe(201);
  return { siteKey: ((await site.json()) as { site: { siteKey: string } }).site.siteKey, organisationId: org.id };
}

/** Applies a register version through the API (PUT /api/register). */
export async function applyRegister(s: ConsentServer, slug: string, source: string): Promise<void> {
  const put = await admin(s, `/api/register?organisation=${slug}`, { method: 'PUT', body: { source } });
  expect(put.status, await put.clone().text()).toBe(201);
}

/** A sign-up as a website's script sends it. */
export function subscribe(s: ConsentServer, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetch(`${s.url}/api/consent/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

/** Posts an HTML form (application/x-www-form-urlencoded) without following redirects. */
export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** The ledger events of a person (by address) for a purpose, newest first, through the admin API. */
export async function ledgerOf(s: ConsentServer, slug: string, email: string, purpose?: string) {
  const query = new URLSearchParams({ organisation: slug, subject: email, ...(purpose ? { purpose } : {}) });
  const res = await admin(s, `/api/consents?${query.toString()}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Record<string, unknown>[] }).items;
}

/** Sends a mailing through the admin API; answers the status and body. */
export async function sendMailing(s: ConsentServer, slug: string, body: Record<string, unknown>) {
  const res = await admin(s, `/api/mailings?organisation=${slug}`, { method: 'POST', body });
  return { status: res.status, body: (await res.json()) as { recipients?: number; detail?: string } };
}

/** Waits for a mail that arrives after this call (not one received before) and matches. */
export function nextMail(s: ConsentServer, predicate: (mail: CapturedMail) => boolean): Promise<CapturedMail> {
  const before = new Set(s.smtp.messages);
  return s.smtp.waitForMail((m) => !before.has(m) && predicate(m));
}

/** The mails received so far that match. */
export function mailsTo(s: ConsentServer, address: string, subjectPart = ''): CapturedMail[] {
  return s.smtp.messages.filter((m) => m.to.includes(address) && m.subject.includes(subjectPart));
}

/** The confirmation link of a confirmation (or parental) mail. */
export function confirmLinkIn(s: ConsentServer, mail: CapturedMail): string {
  return linkIn(mail, `${s.url}/consent/confirm?token=`);
}

/** The `token` of a link. */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) {
    throw new Error('the link has no token');
  }
  return token;
}

/**
 * Signs up and confirms through the mail, as a person would: answers the receipt mail. `notice` is the text next to
 * the checkbox.
 */
export async function signUpAndConfirm(
  s: ConsentServer,
  input: { siteKey: string; email: string; purpose?: string; language?: string; notice?: string },
): Promise<CapturedMail> {
  const confirmation = nextMail(s, (m) => m.to.includes(input.email));
  const res = await subscribe(s, {
    site: input.siteKey,
    email: input.email,
    purpose: input.purpose ?? 'newsletter',
    language: input.language ?? 'en',
    notice: input.notice ?? 'Yes, send me the newsletter about Voorbeeld products, about once a month.',
  });
  expect(res.status).toBe(202);
  const link = confirmLinkIn(s, await confirmation);
  const receipt = nextMail(s, (m) => m.to.includes(input.email));
  const confirmed = await postForm(`${s.url}/consent/confirm`, { token: tokenOf(link) });
  expect(confirmed.status).toBe(200);
  return receipt;
}

/** Every log line of the server, to check that no address or token reached it. */
export function logsOf(s: ConsentServer): string {
  return s.server.logs.join('');
}
