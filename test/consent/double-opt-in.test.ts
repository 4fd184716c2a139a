import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signConsentToken } from '../../src/domain/consent/consent-token.js';
import { consentTokenKey } from '../../src/store/subscription.store.js';
import { hasPostgres, storeKinds } from '../helpers/db.js';
import { linkIn } from '../helpers/mail.js';
import { demoRegister } from './consent-helpers.js';
import {
  type ConsentServer,
  confirmLinkIn,
  ledgerOf,
  logsOf,
  mailsTo,
  nextMail,
  ORIGIN,
  postForm,
  setUpOrganisation,
  signUpAndConfirm,
  startConsentServer,
  startSecondServer,
  subscribe,
  tokenOf,
} from './subscription-helpers.js';

const NOTICE = 'Ja, stuur me de nieuwsbrief van Voorbeeld: ongeveer één keer per maand, over onze producten.';

/**
 * Signs `email` up for the newsletter, posts its confirmation to each of `bases` at once (a double click, perhaps on
 * two server processes) and checks that this records one consent and sends one receipt.
 */
async function expectOneConsentFromConfirmations(
  s: ConsentServer,
  siteKey: string,
  email: string,
  bases: string[],
): Promise<void> {
  const confirmation = nextMail(s, (m) => m.to.includes(email));
  const res = await subscribe(s, {
    site: siteKey,
    email,
    purpose: 'newsletter',
    language: 'en',
    notice: 'Yes, send me the newsletter about Voorbeeld products, about once a month.',
  });
  expect(res.status).toBe(202);
  const token = tokenOf(confirmLinkIn(s, await confirmation));
  const isReceipt = (m: { to: string[]; text: string }) =>
    m.to.includes(email) && !m.text.includes('/consent/confirm?');
  const receipt = nextMail(s, isReceipt);
  const answers = await Promise.all(bases.map((base) => postForm(`${base}/consent/confirm`, { token, lang: 'en' })));
  expect(answers.map((a) => a.status)).toEqual(bases.map(() => 200));
  const pages = await Promise.all(answers.map((a) => a.text()));
  expect(pages.filter((p) => p.includes('confirmed this already'))).toHaveLength(bases.length - 1);
  await receipt;
  // The outbox delivers in order: a second receipt would follow the first within this wait.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await ledgerOf(s, 'optin', email)).toHaveLength(1);
  expect(mailsTo(s, email).filter(isReceipt)).toHaveLength(1);
}

/** The demo register where webinars may involve children (Art. 8). */
const childRegister = demoRegister.replace(
  '    consent: { withdrawal: [email] }\n',
  '    consent: { withdrawal: [email] }\n    children: true\n',
);

describe.each(storeKinds())('double opt-in through the server and its mail, on %s', (kind) => {
  let s: ConsentServer;
  let siteKey = '';
  let organisationId = '';
  const emails: string[] = [];

  beforeAll(async () => {
    s = await startConsentServer(kind);
    ({ siteKey, organisationId } = await setUpOrganisation(s, 'optin', childRegister));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('records nothing at sign-up nor when the link is fetched, and `given` with the text when confirmed', async () => {
    const email = 'Lotte.Peeters@example.org';
    emails.push('lotte.peeters@example.org');
    const mailed = nextMail(s, (m) => m.to.includes('lotte.peeters@example.org'));
    const res = await subscribe(s, { site: siteKey, email, purpose: 'newsletter', language: 'nl', notice: NOTICE });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const answer = await res.json();
    expect(await ledgerOf(s, 'optin', email)).toEqual([]);

    const mail = await mailed;
    expect(mail.subject).toBe('Bevestig je inschrijving: Nieuwsbrief');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    const link = confirmLinkIn(s, mail);

    // A mail scanner fetching the link records nothing.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Nieuwsbrief');
    expect(html).toContain('ongeveer één keer per maand');
    expect(html).toContain('<form method="post" action="/consent/confirm">');
    expect(html).toContain('Bevestigen');
    expect(html).not.toContain('<script');
    expect(await ledgerOf(s, 'optin', email)).toEqual([]);

    const receipt = nextMail(s, (m) => m.to.includes('lotte.peeters@example.org'));
    const confirmed = await postForm(`${s.url}/consent/confirm`, { token: tokenOf(link), lang: 'nl' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Bedankt, je toestemming is genoteerd');

    const events = await ledgerOf(s, 'optin', email);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      event: 'given',
      purposeId: 'newsletter',
      channel: 'form',
      method: 'double_opt_in',
      actor: null,
      language: 'nl',
      // The hash of exactly the text next to the checkbox: SHA-256 of the canonical JSON {"text": …}.
      noticeHash: createHash('sha256')
        .update(`{"text":${JSON.stringify(NOTICE)}}`)
        .digest('hex'),
    });

    const sent = await receipt;
    expect(sent.subject).toBe('Je toestemming: Nieuwsbrief');
    expect(sent.text).toContain(`> ${NOTICE}`);
    expect(sent.text).toMatch(/Je gaf op \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC toestemming aan Voorbeeld Software BV/);
    expect(linkIn(sent, `${s.url}/u/`)).toMatch(/\/u\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(linkIn(sent, `${s.url}/preferences?token=`)).toContain('&lang=nl');

    // Confirming again changes nothing and sends no second receipt.
    const again = await postForm(`${s.url}/consent/confirm`, { token: tokenOf(link), lang: 'nl' });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('al bevestigd');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ledgerOf(s, 'optin', email)).toHaveLength(1);
    expect(mailsTo(s, 'lotte.peeters@example.org', 'Je toestemming')).toHaveLength(1);

    // Known or unknown, the answer to a sign-up is the same.
    const known = await subscribe(s, { site: siteKey, email, purpose: 'newsletter', language: 'nl', notice: NOTICE });
    const unknown = await subscribe(s, {
      site: siteKey,
      email: 'nobody.yet@example.org',
      purpose: 'newsletter',
      language: 'nl',
      notice: NOTICE,
    });
    emails.push('nobody.yet@example.org');
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.json()).toEqual(answer);
    expect(await unknown.json()).toEqual(answer);
  });

  it('records one consent and sends one receipt when the confirmation is posted several times at once', async () => {
    // A double (or triple) click on the confirmation button.
    await expectOneConsentFromConfirmations(s, siteKey, 'double.click@example.org', [s.url, s.url, s.url]);
  });

  it('refuses tampered, expired, other-kind and malformed links with a clear page', async () => {
    const mailed = nextMail(s, (m) => m.to.includes('tamper@example.org'));
    emails.push('tamper@example.org');
    await subscribe(s, {
      site: siteKey,
      email: 'tamper@example.org',
      purpose: 'newsletter',
      language: 'en',
      notice: NOTICE,
    });
    const token = tokenOf(confirmLinkIn(s, await mailed));
    const [payload = '', signature = ''] = token.split('.');
    const tampered = `${payload.slice(0, 20)}${payload[20] === 'A' ? 'B' : 'A'}${payload.slice(21)}.${signature}`;

    const key = await consentTokenKey(s.server.server.store.db)();
    const expired = signConsentToken(
      {
        kind: 'confirm',
        organisationId,
        purposeId: 'newsletter',
        purposeHash: '0123456789abcdef',
        email: 'tamper@example.org',
        language: 'en',
        noticeHash: createHash('sha256')
          .update(`{"text":${JSON.stringify(NOTICE)}}`)
          .digest('hex'),
        expiresAt: new Date(Date.now() - 60_000),
      },
      key,
    );
    const otherKind = signConsentToken(
      { kind: 'preferences', organisationId, subjectId: crypto.randomUUID(), expiresAt: new Date(Date.now() + 60_000) },
      key,
    );

    for (const [bad, status, words] of [
      [tampered, 400, 'This link is not valid'],
      [expired, 410, 'This link has expired'],
      [otherKind, 400, 'This link is not valid'],
      ['nonsense', 400, 'This link is not valid'],
    ] as const) {
      const page = await fetch(`${s.url}/consent/confirm?token=${encodeURIComponent(bad)}&lang=en`);
      expect(page.status, bad).toBe(status);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain(words);
      const post = await postForm(`${s.url}/consent/confirm`, { token: bad, lang: 'en' });
      expect(post.status).toBe(status);
    }
    expect(await ledgerOf(s, 'optin', 'tamper@example.org')).toEqual([]);
  });

  it('refuses what is not a consent purpose, unknown sites and other origins, like the ledger', async () => {
    const base = { site: siteKey, email: 'someone@example.org', language: 'en', notice: NOTICE };
    const contract = await subscribe(s, { ...base, purpose: 'customer-orders' });
    expect(contract.status).toBe(422);
    expect(contract.headers.get('content-type')).toContain('application/problem+json');
    expect(((await contract.json()) as { detail: string }).detail).toContain('legal basis consent');
    expect((await subscribe(s, { ...base, purpose: 'no-such-purpose' })).status).toBe(422);
    expect((await subscribe(s, { ...base, purpose: 'newsletter', notice: 'x'.repeat(2001) })).status).toBe(400);
    expect((await subscribe(s, { ...base, purpose: 'newsletter', email: 'not an address' })).status).toBe(400);
    // Half a surrogate pair, which JSON can write and PostgreSQL's JSON parser refuses: a 400, not a 500.
    const surrogate = await subscribe(s, { ...base, purpose: 'newsletter', notice: 'Ja \ud800' });
    expect(surrogate.status).toBe(400);
    expect(surrogate.headers.get('content-type')).toContain('application/problem+json');
    expect((await subscribe(s, { ...base, purpose: 'newsletter', site: 'site_AAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(
      404,
    );
    expect(
      (await subscribe(s, { ...base, purpose: 'newsletter' }, { origin: 'https://evil.example.com' })).status,
    ).toBe(403);
    const preflight = await fetch(`${s.url}/api/consent/subscribe`, { method: 'OPTIONS', headers: { origin: ORIGIN } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mailsTo(s, 'someone@example.org')).toEqual([]);
  });

  it('takes a classic HTML form post and sends the browser back to an allowed page', async () => {
    emails.push('form.post@example.org');
    const mailed = nextMail(s, (m) => m.to.includes('form.post@example.org'));
    const fields = {
      site: siteKey,
      email: 'form.post@example.org',
      purpose: 'newsletter',
      language: 'fr',
      notice: 'Oui, envoyez-moi la lettre d’information.',
      age: '',
      redirect: `${ORIGIN}/merci`,
    };
    const res = await postForm(`${s.url}/api/consent/subscribe`, fields, { origin: ORIGIN });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${ORIGIN}/merci`);
    expect((await mailed).subject).toBe('Confirmez votre inscription : Newsletter');
    const elsewhere = await postForm(
      `${s.url}/api/consent/subscribe`,
      { ...fields, redirect: 'https://evil.example.com/' },
      { origin: ORIGIN },
    );
    expect(elsewhere.status).toBe(422);
  });

  it('asks a parent below the age of digital consent (BE: 13) and records the parent as actor', async () => {
    const base = { site: siteKey, purpose: 'webinars', language: 'nl', notice: 'Ik schrijf me in voor de webinar.' };
    const noAge = await subscribe(s, { ...base, email: 'kind@example.org' });
    expect(noAge.status).toBe(422);
    expect(((await noAge.json()) as { detail: string }).detail).toContain('age');
    const noParent = await subscribe(s, { ...base, email: 'kind@example.org', age: 12 });
    expect(noParent.status).toBe(422);
    expect(((await noParent.json()) as { detail: string }).detail).toContain('parentEmail');

    emails.push('kind@example.org', 'ouder@example.org', 'tiener@example.org');
    const toParent = nextMail(s, (m) => m.to.includes('ouder@example.org'));
    const res = await subscribe(s, { ...base, email: 'kind@example.org', age: 12, parentEmail: 'Ouder@example.org' });
    expect(res.status).toBe(202);
    const mail = await toParent;
    expect(mail.subject).toBe('Toestemming als ouder gevraagd: Webinars');
    expect(mail.text).toContain('kind@example.org');
    expect(mail.text).toContain('jonger dan 13 jaar');
    expect(mailsTo(s, 'kind@example.org')).toEqual([]);

    const link = confirmLinkIn(s, mail);
    expect(await (await fetch(link)).text()).toContain('Als ouder van kind@example.org');
    const receipt = nextMail(s, (m) => m.to.includes('ouder@example.org'));
    const confirmed = await postForm(`${s.url}/consent/confirm`, { token: tokenOf(link) });
    expect(confirmed.status).toBe(200);
    expect(await ledgerOf(s, 'optin', 'kind@example.org')).toMatchObject([
      { event: 'given', purposeId: 'webinars', actor: 'parent', method: 'parental_confirmation', channel: 'form' },
    ]);
    expect((await receipt).text).toContain('als ouder van kind@example.org');
    const subject = await s.server.server.store.db
      .selectFrom('consent_subjects')
      .select(['parent_email'])
      .where('email', '=', 'kind@example.org')
      .executeTakeFirstOrThrow();
    expect(subject.parent_email).toBe('ouder@example.org');

    // At 13 a Belgian child consents alone.
    const own = nextMail(s, (m) => m.to.includes('tiener@example.org'));
    expect((await subscribe(s, { ...base, email: 'tiener@example.org', age: 13 })).status).toBe(202);
    expect((await own).subject).toBe('Bevestig je inschrijving: Webinars');
  });

  it('keeps addresses and tokens out of the logs', async () => {
    const receipt = await signUpAndConfirm(s, { siteKey, email: 'log.check@example.org' });
    const logs = logsOf(s);
    for (const email of [...emails, 'log.check@example.org']) {
      expect(logs).not.toContain(email);
    }
    expect(logs).not.toContain(tokenOf(linkIn(receipt, `${s.url}/preferences?token=`)));
    expect(logs).not.toContain(linkIn(receipt, `${s.url}/u/`).split('/u/')[1]);
  });
});

if (!hasPostgres()) {
  console.warn('⚠  SKIPPED: the two-server confirmation test needs PostgreSQL (set TEST_DATABASE_URL).');
}

// Two processes cannot share PGlite's folder: this is a PostgreSQL install scaled out behind a load balancer.
describe.skipIf(!hasPostgres())('double opt-in on two server processes over one PostgreSQL', () => {
  let s: ConsentServer;
  let siteKey = '';
  beforeAll(async () => {
    s = await startConsentServer('postgres');
    ({ siteKey } = await setUpOrganisation(s, 'optin'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('records one consent and one receipt when the confirmation reaches two server processes at once', async () => {
    const second = await startSecondServer(s);
    try {
      // Behind a load balancer, a double click may reach two instances, each with its own in-process queue.
      await expectOneConsentFromConfirmations(s, siteKey, 'two.servers@example.org', [
        s.url,
        second.url,
        s.url,
        second.url,
      ]);
    } finally {
      await second.close();
    }
  });
});
