import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { storeKinds } from '../helpers/db.js';
import { demoRegister, newVisitorId, setUpConsentOrganisation } from './consent-helpers.js';

const origin = 'https://www.example.org';
const json = { 'content-type': 'application/json', origin };

describe.each(storeKinds())('consent ledger API on %s', (kind) => {
  let t: TestApp;
  let siteKey: string;
  let siteId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ siteKey, siteId } = await setUpConsentOrganisation(t, 'consent'));
  });
  afterAll(async () => {
    await t?.close();
  });

  const config = async () => {
    const res = await t.app.inject({ url: `/api/consent/config?site=${siteKey}`, headers: { origin } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const choose = (payload: Record<string, unknown>, headers: Record<string, string> = json) =>
    t.app.inject({ method: 'POST', url: '/api/consent', headers, payload: { site: siteKey, ...payload } });
  const admin = (url: string) => t.app.inject({ url, headers: { cookie: t.cookie } });

  it('serves the banner configuration from the register, with a notice hash per language', async () => {
    const c = await config();
    expect(c.registerVersion).toBe(1);
    expect(c.categories.map((x: { id: string }) => x.id)).toEqual(['strictly_necessary', 'analytics', 'marketing']);
    expect(c.categories[0]).toMatchObject({ required: true, purposes: [] });
    expect(c.categories[1].purposes[0]).toMatchObject({
      id: 'analytics-cookies',
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(c.categories[1].cookies.map((k: { name: string }) => k.name)).toEqual(['_ga', '_ga_*']);
    for (const lang of ['nl', 'fr', 'en', 'de']) {
      expect(c.texts[lang].hash).toMatch(/^[0-9a-f]{64}$/);
      expect(c.texts[lang].acceptAll.length).toBeGreaterThan(3);
    }
    expect(c.texts.de.purposes['analytics-cookies'].name).toBe('Website-Statistik');
    expect(c.texts.nl.body).toContain('Voorbeeld');
  });

  it('records a choice with proof, derives the state, and turns a later refusal into a withdrawal', async () => {
    const c = await config();
    const visitor = newVisitorId();
    const base = { visitor, registerVersion: c.registerVersion, noticeHash: c.texts.nl.hash, language: 'nl' };
    const accept = await choose({
      ...base,
      method: 'accept_all',
      choices: { 'analytics-cookies': true, 'marketing-cookies': true },
    });
    expect(accept.statusCode, accept.body).toBe(201);
    expect(accept.headers['access-control-allow-origin']).toBe('*');
    expect(accept.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(accept.json().events.map((e: { event: string }) => e.event)).toEqual(['given', 'given']);
    const expires = new Date(accept.json().expiresAt).getTime() - Date.now();
    expect(expires / 86_400_000).toBeGreaterThan(180);
    expect(expires / 86_400_000).toBeLessThan(185);

    const custom = await choose({
      ...base,
      method: 'custom',
      choices: { 'analytics-cookies': true, 'marketing-cookies': false },
    });
    expect(custom.statusCode).toBe(201);
    expect(custom.json().events).toMatchObject([
      { purpose: 'analytics-cookies', event: 'given' },
      { purpose: 'marketing-cookies', event: 'withdrawn' },
    ]);

    const state = await t.app.inject({ url: `/api/consent/state?site=${siteKey}&visitor=${visitor}` });
    expect(state.json().purposes['analytics-cookies']).toMatchObject({ state: 'given', counts: true });
    expect(state.json().purposes['marketing-cookies']).toMatchObject({ state: 'withdrawn', counts: false });

    const fresh = await choose({
      ...base,
      visitor: newVisitorId(),
      method: 'reject_all',
      choices: { 'analytics-cookies': false, 'marketing-cookies': false },
    });
    expect(fresh.json().events.map((e: { event: string }) => e.event)).toEqual(['refused', 'refused']);

    const events = await admin(`/api/consents?organisation=consent&subject=${visitor}`);
    expect(events.statusCode).toBe(200);
    expect(events.json().items).toHaveLength(4);
    const [latest] = events.json().items;
    expect(latest).toMatchObject({
      channel: 'banner',
      noticeHash: c.texts.nl.hash,
      registerVersion: 1,
      siteId,
      ipPrefix: '127.0.0.0/24',
    });
    const audit = await admin('/api/audit?organisation=consent&action=consent.read');
    expect(audit.json().items.length).toBeGreaterThan(0);
  });

  it('refuses bad choices with clear problems', async () => {
    const c = await config();
    const base = {
      visitor: newVisitorId(),
      registerVersion: c.registerVersion,
      noticeHash: c.texts.en.hash,
      language: 'en',
      method: 'custom',
    };
    const notConsent = await choose({ ...base, choices: { newsletter_x: true } });
    expect(notConsent.statusCode).toBe(422);
    expect(notConsent.headers['content-type']).toContain('application/problem+json');
    // Names every plain object inherits are not purposes either.
    for (const inherited of ['constructor', 'tostring']) {
      const res = await choose({ ...base, choices: { [inherited]: true } });
      expect(res.statusCode, `${inherited}: ${res.body}`).toBe(422);
    }
    const contract = await choose({ ...base, choices: { 'customer-orders': true } });
    expect(contract.statusCode).toBe(422);
    expect(contract.json().detail).toContain('legal basis consent');
    const unknownNotice = await choose({ ...base, noticeHash: 'a'.repeat(64), choices: { 'analytics-cookies': true } });
    expect(unknownNotice.statusCode).toBe(422);
    const wrongLanguage = await choose({ ...base, language: 'fr', choices: { 'analytics-cookies': true } });
    expect(wrongLanguage.statusCode).toBe(422);
    const mismatch = await choose({ ...base, method: 'accept_all', choices: { 'analytics-cookies': false } });
    expect(mismatch.statusCode).toBe(400);
    const badShape = await choose({ ...base, visitor: 'short', choices: {} });
    expect(badShape.statusCode).toBe(400);
    const otherOrigin = await choose(
      { ...base, choices: { 'analytics-cookies': true } },
      {
        'content-type': 'application/json',
        origin: 'https://evil.example.com',
      },
    );
    expect(otherOrigin.statusCode).toBe(403);
    const unknownSite = await choose({
      ...base,
      site: 'site_AAAAAAAAAAAAAAAAAAAAAA',
      choices: { 'analytics-cookies': true },
    });
    expect(unknownSite.statusCode).toBe(404);
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/consent', headers: { origin } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
  });

  it('stops counting earlier consents when a purpose changes materially, and asks again', async () => {
    const before = await config();
    const visitor = newVisitorId();
    const given = await choose({
      visitor,
      registerVersion: before.registerVersion,
      noticeHash: before.texts.en.hash,
      language: 'en',
      method: 'accept_all',
      choices: { 'analytics-cookies': true, 'marketing-cookies': true },
    });
    expect(given.statusCode).toBe(201);
    // A new analytics cookie from a new provider is a material change of the analytics purpose only.
    const changed = demoRegister.replace(
      '  - name: _fbp',
      '  - name: _hj*\n    provider: Heatmaps Ltd\n    party: third\n    category: analytics\n    duration: P1Y\n    purpose: { en: Heatmaps. }\n    consent_purpose: analytics-cookies\n  - name: _fbp',
    );
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/register?organisation=consent',
      headers: { cookie: t.cookie, 'content-type': 'application/json' },
      payload: { source: changed },
    });
    expect(put.statusCode, put.body).toBe(201);
    await new Promise((r) => setTimeout(r, 2100)); // the service caches the active register for 2 s
    const after = await config();
    expect(after.registerVersion).toBe(2);
    expect(after.categories[1].purposes[0].hash).not.toBe(before.categories[1].purposes[0].hash);
    expect(after.categories[2].purposes[0].hash).toBe(before.categories[2].purposes[0].hash);

    const state = await t.app.inject({ url: `/api/consent/state?site=${siteKey}&visitor=${visitor}` });
    expect(state.json().purposes['analytics-cookies']).toMatchObject({ state: 'given', counts: false, outdated: true });
    expect(state.json().purposes['marketing-cookies']).toMatchObject({ state: 'given', counts: true, outdated: false });

    const stale = await choose({
      visitor,
      registerVersion: before.registerVersion,
      noticeHash: before.texts.en.hash,
      language: 'en',
      method: 'accept_all',
      choices: { 'analytics-cookies': true, 'marketing-cookies': true },
    });
    expect(stale.statusCode).toBe(409);
    const again = await choose({
      visitor,
      registerVersion: after.registerVersion,
      noticeHash: after.texts.en.hash,
      language: 'en',
      method: 'accept_all',
      choices: { 'analytics-cookies': true, 'marketing-cookies': true },
    });
    expect(again.statusCode).toBe(201);
  });

  it('gives the ISO/IEC TS 27560 record, admin-on-behalf consents, exports and the dashboard figures', async () => {
    const onBehalf = await t.app.inject({
      method: 'POST',
      url: '/api/consents?organisation=consent',
      headers: { cookie: t.cookie, 'content-type': 'application/json' },
      payload: {
        email: 'Person.One@Example.org',
        purpose: 'newsletter',
        given: true,
        language: 'en',
        note: 'By letter',
      },
    });
    expect(onBehalf.statusCode, onBehalf.body).toBe(201);
    const { recordId } = onBehalf.json().event;
    expect(onBehalf.json().event).toMatchObject({ channel: 'admin', method: 'on_behalf', event: 'given' });

    const record = await admin(`/api/consents/${recordId}/record?organisation=consent`);
    expect(record.statusCode, record.body).toBe(200);
    const r = record.json();
    expect(r).toMatchObject({
      schema: 'ISO/IEC TS 27560:2023',
      recordId,
      subjectType: 'subject',
      controller: { name: 'Voorbeeld Software BV', country: 'BE' },
      state: 'given',
      purposes: [{ id: 'newsletter', legalBasis: 'consent' }],
      withdrawalMethods: ['unsubscribe_link', 'email'],
    });
    expect(r.dataTypes.map((d: { id: string }) => d.id).sort()).toEqual(['email', 'name', 'organisation']);
    expect(r.recipients.map((d: { id: string }) => d.id)).toContain('marketing');
    expect(r.storage.retention).toEqual([{ duration: 'until_withdrawn', from: 'unsubscribed' }]);
    expect(r.events[0]).toMatchObject({ state: 'given', expressedBy: 'on_behalf', consentType: 'expressed' });
    expect(r.notices[0].content).toMatchObject({ note: 'By letter' });
    expect(JSON.stringify(r)).not.toContain('example.org'.toUpperCase());
    expect(JSON.stringify(r).toLowerCase()).not.toContain('person.one');

    const bySubject = await admin('/api/consents?organisation=consent&subject=person.one@example.org');
    expect(bySubject.json().items).toHaveLength(1);

    const csv = await admin('/api/consents/export?organisation=consent&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,recordId,at,subjectType,subjectKey,purposeId,event,channel,method,registerVersion,noticeHash,language,siteId,expiresAt,actor',
    );
    expect(lines.length).toBeGreaterThan(8);
    const exported = await admin('/api/consents/export?organisation=consent&format=json');
    expect(JSON.parse(exported.body).length).toBe(lines.length - 1);

    const stats = await admin('/api/consents/stats?organisation=consent&days=7');
    expect(stats.statusCode).toBe(200);
    const day = stats.json().days.at(-1);
    expect(day.acceptAll).toBeGreaterThanOrEqual(3);
    expect(day.rejectAll).toBe(1);
    expect(day.custom).toBe(1);
    const analytics = stats.json().purposes.find((p: { purposeId: string }) => p.purposeId === 'analytics-cookies');
    expect(analytics.given).toBeGreaterThanOrEqual(4);

    const missing = await admin('/api/consents/00000000-0000-4000-8000-000000000000/record?organisation=consent');
    expect(missing.statusCode).toBe(404);
  });

  it('stops a revoked site', async () => {
    const other = await setUpConsentOrganisation(t, 'revoked');
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/sites/${other.siteId}?organisation=revoked`,
      headers: { cookie: t.cookie },
    });
    expect(del.statusCode).toBe(204);
    const res = await t.app.inject({ url: `/api/consent/config?site=${other.siteKey}` });
    expect(res.statusCode).toBe(404);
  });

  it("answers not_found for another organisation's consent records", async () => {
    const mine = await t.app.inject({
      url: '/api/consents?organisation=consent&limit=1',
      headers: { cookie: t.cookie },
    });
    const [{ recordId }] = mine.json().items;
    const own = await admin(`/api/consents/${recordId}/record?organisation=consent`);
    expect(own.statusCode).toBe(200);
    const other = await admin(`/api/consents/${recordId}/record?organisation=revoked`);
    expect(other.statusCode).toBe(404);
    const listed = await admin(`/api/consents?organisation=revoked&subject=${own.json().subjectId}`);
    expect(listed.json().items).toEqual([]);
  });
});
