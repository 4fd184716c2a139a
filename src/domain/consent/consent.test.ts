import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../register/register.parse.js';
import type { Register } from '../register/register.schema.js';
import { addDuration } from './add-duration.js';
import {
  type ConsentEvent,
  consentEventId,
  consentPurposeHashes,
  consentRecordId,
  deriveConsent,
  purposeMaterialHash,
  renewalPeriod,
  truncateIp,
} from './consent.js';

const REGISTER = `
version: 1
organisation: { legal_name: Test BV, country: BE, languages: [en], email: privacy@example.org, address: { street: Straat 1, postal_code: "3000", city: Leuven, country: BE } }
roles: [controller]
data_subjects: [{ id: visitors, term: Visitor }]
data_categories: [{ id: device, term: DeviceBased }, { id: email, term: EmailAddress }]
purposes:
  - { id: stats, name: { en: Statistics }, legal_basis: consent, data_subjects: [visitors], data_categories: [device] }
  - { id: news, name: { en: Newsletter }, legal_basis: consent, data_subjects: [visitors], data_categories: [email], consent: { renewal: P2Y } }
  - { id: shop, name: { en: Orders }, legal_basis: contract, data_subjects: [visitors], data_categories: [email] }
cookies:
  - { name: _ga, provider: Test BV, party: first, category: analytics, duration: P13M, purpose: { en: Stats. }, consent_purpose: stats }
`;

function register(text = REGISTER): Register {
  const parsed = parseRegister(text, 'test.yaml');
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.problems));
  }
  return parsed.register;
}

function event(overrides: Partial<ConsentEvent>): ConsentEvent {
  return {
    id: 'e',
    organisationId: 'o',
    recordId: 'r',
    subjectType: 'visitor',
    subjectKey: 'v',
    purposeId: 'stats',
    purposeHash: 'h1',
    event: 'given',
    channel: 'banner',
    method: 'accept_all',
    noticeHash: null,
    registerVersion: 1,
    language: 'en',
    siteId: null,
    ipPrefix: null,
    userAgentHash: null,
    actor: null,
    expiresAt: null,
    at: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

describe('consent purposes and their material hash', () => {
  it('accepts only purposes with legal basis consent', () => {
    expect(Object.keys(consentPurposeHashes(register()))).toEqual(['stats', 'news']);
  });

  it('ignores rewording but not a new cookie or data category', () => {
    const base = purposeMaterialHash(register(), 'stats');
    expect(
      purposeMaterialHash(register(REGISTER.replace('{ en: Statistics }', '{ en: Site statistics }')), 'stats'),
    ).toBe(base);
    expect(purposeMaterialHash(register(REGISTER.replace('duration: P13M', 'duration: P2Y')), 'stats')).not.toBe(base);
    expect(
      purposeMaterialHash(
        register(REGISTER.replace('data_categories: [device] }', 'data_categories: [device, email] }')),
        'stats',
      ),
    ).not.toBe(base);
    // Another purpose's change leaves this one alone.
    expect(
      purposeMaterialHash(register(REGISTER.replace('[email], consent', '[email, device], consent')), 'stats'),
    ).toBe(base);
  });

  it('renews cookie consents after 6 months, others only when the register says so', () => {
    expect(renewalPeriod(register(), 'stats')).toBe('P6M');
    expect(renewalPeriod(register(), 'news')).toBe('P2Y');
    expect(renewalPeriod(register(REGISTER.replace(', consent: { renewal: P2Y }', '')), 'news')).toBeNull();
  });
});

describe('deriveConsent', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it('is none without events, given while valid, expired after its expiry', () => {
    expect(deriveConsent([], 'h1', now).state).toBe('none');
    const given = event({ expiresAt: new Date('2026-07-01T00:00:00Z') });
    expect(deriveConsent([given], 'h1', now)).toMatchObject({ state: 'given', counts: true, outdated: false });
    expect(deriveConsent([given], 'h1', new Date('2026-07-01T00:00:00Z'))).toMatchObject({
      state: 'expired',
      counts: false,
    });
  });

  it('takes the last event whatever the order, and stops counting when the purpose changed', () => {
    const given = event({ id: 'a', at: new Date('2026-01-01T00:00:00Z') });
    const withdrawn = event({ id: 'b', event: 'withdrawn', at: new Date('2026-02-01T00:00:00Z') });
    expect(deriveConsent([withdrawn, given], 'h1', now).state).toBe('withdrawn');
    expect(deriveConsent([given], 'h2', now)).toMatchObject({ state: 'given', counts: false, outdated: true });
  });
});

describe('consentRecordId', () => {
  it('is a stable RFC 9562 version-8 UUID per organisation, subject and purpose', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), fc.string(), (o, s, p) => {
        const id = consentRecordId(o, s, p);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(consentRecordId(o, s, p)).toBe(id);
      }),
    );
    expect(consentRecordId('o', 'a', 'bc')).not.toBe(consentRecordId('o', 'ab', 'c'));
  });
});

describe('consentEventId', () => {
  it('is an RFC 9562 version-7 UUID holding the event time, unique, and ordered by time across milliseconds', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(0), max: new Date('9999-12-31'), noInvalidDate: true }), (at) => {
        const id = consentEventId(at);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at.getTime());
      }),
    );
    const at = new Date('2026-11-21T12:00:00.000Z');
    const ids = Array.from({ length: 1000 }, () => consentEventId(at));
    expect(new Set(ids).size).toBe(1000);
    const later = consentEventId(new Date(at.getTime() + 1));
    expect(ids.every((id) => id < later)).toBe(true);
  });
});

describe('truncateIp', () => {
  it('keeps the network only', () => {
    expect(truncateIp('192.0.2.123')).toBe('192.0.2.0/24');
    expect(truncateIp('::ffff:198.51.100.7')).toBe('198.51.100.0/24');
    expect(truncateIp('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd::/48');
    expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(truncateIp('not an address')).toBeNull();
    expect(truncateIp(undefined)).toBeNull();
  });

  it('never returns the host part of an IPv4 address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(truncateIp(ip)).toBe(`${ip.split('.').slice(0, 3).join('.')}.0/24`);
      }),
    );
  });
});

describe('addDuration', () => {
  it('adds calendar months without overflowing into the next month', () => {
    expect(addDuration(new Date('2026-08-31T10:00:00Z'), 'P6M').toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addDuration(new Date('2027-08-31T10:00:00Z'), 'P6M').toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addDuration(new Date('2026-01-15T00:00:00Z'), 'P1Y2M3DT4H').toISOString()).toBe('2027-03-18T04:00:00.000Z');
    expect(() => addDuration(new Date(), '6 months')).toThrow();
  });

  it('always moves forward', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 400 }),
        (from, months, days) => {
          fc.pre(months + days > 0);
          expect(addDuration(from, `P${months}M${days}D`).getTime()).toBeGreaterThan(from.getTime());
        },
      ),
    );
  });
});
