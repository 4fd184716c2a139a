import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signConsentToken } from '../../src/domain/consent/consent-token.js';
import { consentTokenKey } from '../../src/store/subscription.store.js';
import { storeKinds } from '../helpers/db.js';
import { linkIn } from '../helpers/mail.js';
import { demoRegister } from './consent-helpers.js';
import {
  applyRegister,
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
  tokenOf,
} from './subscription-helpers.js';

const NOTICE = 'Yes, send me the Voorbeeld newsletter, about once a month.';

/** The `<section>` of one purpose on the preference centre page. */
function sectionOf(html: string, purpose: string): string {
  const start = html.indexOf(`<section data-purpose="${purpose}">`);
  expect(start, `no section for ${purpose}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The value of a hidden field of the form that posts to `action` inside `html`. */
function formToken(html: string, action: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const token = /name="token" value="([^"]+)"/.exec(form)?.[1];
  if (!token) {
    throw new Error(`no form to ${action}`);
  }
  return token;
}

describe.each(storeKinds())('the preference centre, on %s', (kind) => {
  let s: ConsentServer;
  let siteKey = '';
  let organisationId = '';

  beforeAll(async () => {
    s = await startConsentServer(kind);
    ({ siteKey, organisationId } = await setUpOrganisation(s, 'prefs'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists the consents with the text agreed to, and withdraws one with one click', async () => {
    const receipt = await signUpAndConfirm(s, { siteKey, email: 'eva@example.org', notice: NOTICE });
    const link = linkIn(receipt, `${s.url}/preferences?token=`);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your privacy preferences');
    const newsletter = sectionOf(html, 'newsletter');
    expect(newsletter).toContain('data-state="given"');
    expect(newsletter).toContain(NOTICE);
    expect(newsletter).toMatch(/Given on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(newsletter).toContain('action="/preferences/withdraw"');
    // Every consent purpose of the register is listed, with its state.
    for (const purpose of ['webinars', 'analytics-cookies', 'marketing-cookies']) {
      expect(sectionOf(html, purpose)).toContain('data-state="none"');
    }
    expect(sectionOf(html, 'webinars')).not.toContain('<form');

    const token = formToken(newsletter, '/preferences/withdraw');
    // A double click: both answered alike, one withdrawal recorded (checked below).
    const [withdrawn, twin] = await Promise.all(
      [0, 1].map(() => postForm(`${s.url}/preferences/withdraw`, { token, purpose: 'newsletter', lang: 'en' })),
    );
    expect(withdrawn?.status).toBe(303);
    expect(twin?.status).toBe(303);
    const back = withdrawn?.headers.get('location') ?? '';
    expect(back).toMatch(/^\/preferences\?token=.+&lang=en&done=withdrawn$/);
    const after = await (await fetch(`${s.url}${back}`)).text();
    expect(after).toContain('Your consent is withdrawn.');
    expect(sectionOf(after, 'newsletter')).toContain('data-state="withdrawn"');
    expect(sectionOf(after, 'newsletter')).toContain('action="/preferences/consent"');
    expect(await ledgerOf(s, 'prefs', 'eva@example.org', 'newsletter')).toMatchObject([
      { event: 'withdrawn', channel: 'preference_centre', method: 'preference_centre' },
      { event: 'given', channel: 'form', method: 'double_opt_in' },
    ]);
    // Twice is once.
    await postForm(`${s.url}/preferences/withdraw`, { token, purpose: 'newsletter' });
    expect(await ledgerOf(s, 'prefs', 'eva@example.org', 'newsletter')).toHaveLength(2);
  });

  it('mails a link to a known address only, with the same page either way', async () => {
    const form = await fetch(`${s.url}/preferences?organisation=prefs`, { headers: { 'accept-language': 'fr' } });
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    expect(formHtml).toContain('<html lang="fr">');
    expect(formHtml).toContain('action="/preferences?organisation=prefs"');

    const mailed = nextMail(s, (m) => m.to.includes('eva@example.org'));
    const known = await postForm(`${s.url}/preferences?organisation=prefs`, { email: 'Eva@Example.org', lang: 'fr' });
    const unknown = await postForm(`${s.url}/preferences?organisation=prefs`, {
      email: 'stranger@example.org',
      lang: 'fr',
    });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(await known.text()).toBe(await unknown.text());
    const mail = await mailed;
    expect(mail.subject).toBe('Vos préférences de confidentialité chez Voorbeeld Software BV');
    const link = linkIn(mail, `${s.url}/preferences?token=`);
    expect((await fetch(link)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(s, 'stranger@example.org')).toEqual([]);
  });

  it('refuses expired and other kinds of links with a clear page', async () => {
    const key = await consentTokenKey(s.server.server.store.db)();
    const subjectId = crypto.randomUUID();
    const expired = signConsentToken(
      { kind: 'preferences', organisationId, subjectId, expiresAt: new Date(Date.now() - 1000) },
      key,
    );
    const unsubscribe = signConsentToken(
      { kind: 'unsubscribe', organisationId, subjectId, purposeId: 'newsletter' },
      key,
    );
    const gone = await fetch(`${s.url}/preferences?token=${expired}&lang=en`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('This link has expired');
    expect((await fetch(`${s.url}/preferences?token=${unsubscribe}`)).status).toBe(400);
    expect((await postForm(`${s.url}/preferences/withdraw`, { token: expired, purpose: 'newsletter' })).status).toBe(
      410,
    );
  });

  it('asks again after a material register change, and counts a re-consent given there', async () => {
    const receipt = await signUpAndConfirm(s, { siteKey, email: 'frank@example.org', notice: NOTICE });
    const link = linkIn(receipt, `${s.url}/preferences?token=`);
    expect(await sendMailing(s, 'prefs', { purpose: 'newsletter', subject: 'Before', text: 'x' })).toEqual({
      status: 202,
      body: { recipients: 1 },
    });

    // The newsletter now also collects phone numbers: a material change of what Frank agreed to.
    await applyRegister(
      s,
      'prefs',
      demoRegister.replace(
        '    data_subjects: [subscribers]\n    data_categories: [name, email, organisation]',
        '    data_subjects: [subscribers]\n    data_categories: [name, email, phone, organisation]',
      ),
    );
    expect(await sendMailing(s, 'prefs', { purpose: 'newsletter', subject: 'After', text: 'y' })).toEqual({
      status: 202,
      body: { recipients: 0 },
    });

    const html = await (await fetch(link)).text();
    const newsletter = sectionOf(html, 'newsletter');
    expect(newsletter).toContain('data-state="asks_again"');
    expect(newsletter).toContain('we ask again');
    expect(newsletter).toContain('I give Voorbeeld Software BV my consent for: Newsletter.');
    expect(newsletter).toContain(NOTICE);

    // A double click: one consent recorded, one receipt sent.
    const [given, twin] = await Promise.all(
      [0, 1].map(() =>
        postForm(`${s.url}/preferences/consent`, {
          token: formToken(newsletter, '/preferences/consent'),
          purpose: 'newsletter',
          lang: 'en',
        }),
      ),
    );
    expect(given?.status).toBe(303);
    expect(twin?.status).toBe(303);
    const events = await ledgerOf(s, 'prefs', 'frank@example.org', 'newsletter');
    expect(events.filter((e) => e.channel === 'preference_centre')).toHaveLength(1);
    const after = await (await fetch(`${s.url}${given?.headers.get('location')}`)).text();
    expect(sectionOf(after, 'newsletter')).toContain('data-state="given"');
    expect(sectionOf(after, 'newsletter')).toContain('I give Voorbeeld Software BV my consent for: Newsletter.');
    const [latest] = await ledgerOf(s, 'prefs', 'frank@example.org', 'newsletter');
    expect(latest).toMatchObject({
      event: 'given',
      channel: 'preference_centre',
      method: 'preference_centre',
      registerVersion: 2,
    });
    const toFrank = nextMail(s, (m) => m.to.includes('frank@example.org') && m.subject === 'Again');
    expect(await sendMailing(s, 'prefs', { purpose: 'newsletter', subject: 'Again', text: 'z' })).toEqual({
      status: 202,
      body: { recipients: 1 },
    });
    await toFrank;
    expect(mailsTo(s, 'frank@example.org', 'After')).toEqual([]);
    expect(logsOf(s)).not.toContain('frank@example.org');
    expect(logsOf(s)).not.toContain(tokenOf(link));
  });
});
