import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturedMail } from '../../src/modules/dev-smtp-server.js';
import { appendConsentEvents } from '../../src/store/consent-event.store.js';
import { storeKinds } from '../helpers/db.js';
import { linkIn } from '../helpers/mail.js';
import {
  admin,
  type ConsentServer,
  ledgerOf,
  logsOf,
  mailsTo,
  nextMail,
  postForm,
  sendMailing,
  setUpOrganisation,
  signUpAndConfirm,
  startConsentServer,
} from './subscription-helpers.js';

/** The URL of a mail's List-Unsubscribe header (RFC 2369: URLs in angle brackets). */
function listUnsubscribeUrl(mail: CapturedMail): string {
  const urls = [...(mail.headers['list-unsubscribe'] ?? '').matchAll(/<([^>]+)>/g)].map((m) => m[1] ?? '');
  const https = urls.find((u) => u.startsWith('http'));
  if (!https) {
    throw new Error('no HTTP(S) List-Unsubscribe URL');
  }
  return https;
}

describe.each(storeKinds())('marketing mail with one-click unsubscribe, on %s', (kind) => {
  let s: ConsentServer;
  let siteKey = '';
  let organisationId = '';
  const [alice, bram, carla, dirk] = ['alice@example.org', 'bram@example.org', 'carla@example.org', 'dirk@example.org'];

  beforeAll(async () => {
    s = await startConsentServer(kind);
    ({ siteKey, organisationId } = await setUpOrganisation(s, 'mailing'));
    await signUpAndConfirm(s, { siteKey, email: alice });
    await signUpAndConfirm(s, { siteKey, email: bram, language: 'nl' });
    // Carla's consent is withdrawn on her behalf; Dirk's expired (his last event, written directly to the ledger).
    await signUpAndConfirm(s, { siteKey, email: carla });
    const withdrawn = await admin(s, '/api/consents?organisation=mailing', {
      method: 'POST',
      body: { email: carla, purpose: 'newsletter', given: false, language: 'en', note: 'Asked by phone' },
    });
    expect(withdrawn.status).toBe(201);
    await signUpAndConfirm(s, { siteKey, email: dirk });
    const [last] = await ledgerOf(s, 'mailing', dirk);
    const now = Date.now();
    await appendConsentEvents(s.server.server.store, [
      {
        id: randomUUID(),
        organisationId,
        recordId: String(last?.recordId),
        subjectType: 'subject',
        subjectKey: String(last?.subjectKey),
        purposeId: 'newsletter',
        purposeHash: String(last?.purposeHash),
        event: 'given',
        channel: 'form',
        method: 'double_opt_in',
        noticeHash: null,
        registerVersion: 1,
        language: 'en',
        siteId: null,
        ipPrefix: null,
        userAgentHash: null,
        actor: null,
        expiresAt: new Date(now + 1),
        at: new Date(now),
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('mails only those whose consent counts, each with RFC 8058 headers honoured by one POST', async () => {
    const toAlice = nextMail(s, (m) => m.to.includes(alice) && m.subject === 'News 1');
    const toBram = nextMail(s, (m) => m.to.includes(bram) && m.subject === 'News 1');
    const sent = await sendMailing(s, 'mailing', { purpose: 'newsletter', subject: 'News 1', text: 'Hello!' });
    expect(sent).toEqual({ status: 202, body: { recipients: 2 } });

    const mail = await toAlice;
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = listUnsubscribeUrl(mail);
    expect(url).toMatch(new RegExp(`^${s.url}/u/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`));
    expect(mail.text).toContain('Hello!');
    expect(linkIn(mail, `${s.url}/u/`)).toBe(url);
    expect(linkIn(mail, `${s.url}/preferences?token=`)).toContain('&lang=en');
    expect((await toBram).text).toContain('Uitschrijven met één klik');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(s, carla, 'News 1')).toEqual([]);
    expect(mailsTo(s, dirk, 'News 1')).toEqual([]);

    // What a mailbox provider does: POST the header's URL with the header's body, nothing else; here three times
    // at once (a provider retrying, a person clicking twice): one withdrawal is recorded.
    const unsubscribed = await Promise.all(
      Array.from({ length: 3 }, () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: mail.headers['list-unsubscribe-post'] ?? '',
        }),
      ),
    );
    expect(unsubscribed.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await ledgerOf(s, 'mailing', alice, 'newsletter')).toMatchObject([
      { event: 'withdrawn', channel: 'mail', method: 'one_click_unsubscribe' },
      { event: 'given', method: 'double_opt_in' },
    ]);

    // Again, as multipart/form-data (RFC 8058's SHOULD): nothing more is recorded.
    const form = new FormData();
    form.append('List-Unsubscribe', 'One-Click');
    expect((await fetch(url, { method: 'POST', body: form })).status).toBe(200);
    expect(await ledgerOf(s, 'mailing', alice, 'newsletter')).toHaveLength(2);

    const next = nextMail(s, (m) => m.to.includes(bram) && m.subject === 'News 2');
    expect(await sendMailing(s, 'mailing', { purpose: 'newsletter', subject: 'News 2', text: 'Again' })).toEqual({
      status: 202,
      body: { recipients: 1 },
    });
    await next;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(s, alice, 'News 2')).toEqual([]);
  });

  it('the link in the body shows a page that records nothing; its form withdraws and shows the preference centre', async () => {
    const mail = mailsTo(s, bram, 'News 2')[0] as CapturedMail;
    const link = linkIn(mail, `${s.url}/u/`);
    // What a mail scanner does: fetch the link. Nothing is recorded.
    const page = await fetch(link, { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    // Bram signed up in Dutch: his page is Dutch whatever the browser says.
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Je schrijft je uit bij');
    expect(html).toContain('<script src="/assets/unsubscribe.js" defer></script>');
    // No empty navigation landmark: this page has no language switch and no links to other pages.
    expect(html).not.toContain('<nav');
    const action = /<form id="dijk-unsubscribe" method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(new URL(action, s.url).href).toBe(link);
    const fields = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    );
    expect(fields).toEqual({ 'List-Unsubscribe': 'One-Click', via: 'page', lang: 'nl' });
    expect(await ledgerOf(s, 'mailing', bram, 'newsletter')).toMatchObject([{ event: 'given' }]);

    // The script the page loads (same origin: the pages' CSP allows no inline script) sends that form.
    const script = await fetch(`${s.url}/assets/unsubscribe.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('document.getElementById("dijk-unsubscribe")');

    // What the page's form posts (by script, or by its button).
    const done = await postForm(new URL(action, s.url).href, fields as Record<string, string>);
    expect(done.status).toBe(200);
    expect(done.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const donePage = await done.text();
    expect(donePage).toContain('Je bent uitgeschreven');
    expect(donePage).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/preferences\?token=[^"]+&amp;lang=nl"/);
    expect(await ledgerOf(s, 'mailing', bram, 'newsletter')).toMatchObject([
      { event: 'withdrawn', channel: 'mail', method: 'unsubscribe_link' },
      { event: 'given' },
    ]);
    // Again, by page or by link: nothing more is recorded.
    expect((await postForm(new URL(action, s.url).href, fields as Record<string, string>)).status).toBe(200);
    expect((await fetch(link)).status).toBe(200);
    expect(await ledgerOf(s, 'mailing', bram, 'newsletter')).toHaveLength(2);
    expect(await sendMailing(s, 'mailing', { purpose: 'newsletter', subject: 'News 3', text: 'Anyone?' })).toEqual({
      status: 202,
      body: { recipients: 0 },
    });
  });

  it('refuses bad one-click requests and mailings for what is not a consent purpose', async () => {
    const url = listUnsubscribeUrl(mailsTo(s, alice, 'News 1')[0] as CapturedMail);
    expect((await postForm(url, { 'List-Unsubscribe': 'Something' })).status).toBe(400);
    expect((await postForm(`${url.slice(0, -3)}AAA`, { 'List-Unsubscribe': 'One-Click' })).status).toBe(400);
    expect((await fetch(`${url.slice(0, -3)}AAA`)).status).toBe(400);
    // The page's form with a tampered link answers a page, not JSON; an unknown `via` is refused.
    const tampered = await postForm(`${url.slice(0, -3)}AAA`, { 'List-Unsubscribe': 'One-Click', via: 'page' });
    expect(tampered.status).toBe(400);
    expect(tampered.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await postForm(url, { 'List-Unsubscribe': 'One-Click', via: 'script' })).status).toBe(400);
    const contract = await sendMailing(s, 'mailing', { purpose: 'customer-orders', subject: 'x', text: 'y' });
    expect(contract.status).toBe(422);
  });

  it('audits each mailing with its count only, and logs no address or token', async () => {
    const audit = await admin(s, '/api/audit?organisation=mailing&action=mailing.send');
    const items = ((await audit.json()) as { items: { target?: { id: string } }[] }).items;
    expect(items.map((i) => i.target?.id).sort()).toEqual([
      'newsletter: 0 recipients',
      'newsletter: 1 recipients',
      'newsletter: 2 recipients',
    ]);
    expect(JSON.stringify(items)).not.toContain('@');
    const logs = logsOf(s);
    for (const email of [alice, bram, carla, dirk]) {
      expect(logs).not.toContain(email);
    }
    const url = listUnsubscribeUrl(mailsTo(s, alice, 'News 1')[0] as CapturedMail);
    expect(logs).not.toContain(url.split('/u/')[1]);
  });
});
