import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CONFIRM_TOKEN_TTL_MS,
  type ConfirmTokenPayload,
  type PreferencesTokenPayload,
  signConsentToken,
  type UnsubscribeTokenPayload,
  verifyConsentToken,
} from './consent-token.js';

const key = randomBytes(32);
const now = new Date('2026-11-22T10:00:00Z');
const org = '5b0f2a4e-9c1d-4e8a-b7f3-2d6c8e1a9b40';
const subject = '0d9e3c7a-1f2b-4a5c-8e6d-7b9a0c1e2f34';

const confirm: ConfirmTokenPayload = {
  kind: 'confirm',
  organisationId: org,
  purposeId: 'newsletter',
  purposeHash: '0123456789abcdef',
  email: 'lotte@example.org',
  language: 'nl',
  noticeHash: 'a'.repeat(64),
  expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS),
};
const unsubscribe: UnsubscribeTokenPayload = {
  kind: 'unsubscribe',
  organisationId: org,
  subjectId: subject,
  purposeId: 'newsletter',
};
const preferences: PreferencesTokenPayload = {
  kind: 'preferences',
  organisationId: org,
  subjectId: subject,
  expiresAt: new Date(now.getTime() + 60_000),
};

/** Flips one character of a base64url string at `index` to another valid one. */
function flip(text: string, index: number): string {
  const c = text[index] === 'A' ? 'B' : 'A';
  return `${text.slice(0, index)}${c}${text.slice(index + 1)}`;
}

describe('consent tokens', () => {
  it('round-trips every kind, URL-safe, with the expiry to the second', () => {
    for (const payload of [confirm, unsubscribe, preferences]) {
      const token = signConsentToken(payload, key);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      const result = verifyConsentToken(token, key, payload.kind, now);
      expect(result).toEqual({ ok: true, payload });
    }
    const withParent = { ...confirm, parentEmail: 'ouder@example.org' };
    expect(verifyConsentToken(signConsentToken(withParent, key), key, 'confirm', now)).toEqual({
      ok: true,
      payload: withParent,
    });
    expect(signConsentToken(withParent, key).length).toBeLessThan(600);
  });

  it('refuses a tampered payload or signature, and another key', () => {
    const token = signConsentToken(unsubscribe, key);
    const [payload = '', signature = ''] = token.split('.');
    expect(verifyConsentToken(`${flip(payload, 10)}.${signature}`, key, 'unsubscribe', now)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyConsentToken(`${payload}.${flip(signature, 5)}`, key, 'unsubscribe', now)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    // A payload rewritten to another subject, keeping the old signature.
    const forged = Buffer.from(
      JSON.stringify({ k: 'u', o: org, s: '11111111-2222-4333-8444-555555555555', p: 'newsletter' }),
    ).toString('base64url');
    expect(verifyConsentToken(`${forged}.${signature}`, key, 'unsubscribe', now).ok).toBe(false);
    expect(verifyConsentToken(token, randomBytes(32), 'unsubscribe', now)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses malformed tokens without throwing', () => {
    for (const bad of ['', 'abc', 'a.b', `${'x'.repeat(5000)}.${'y'.repeat(43)}`, 'ü.ü', `.${'y'.repeat(43)}`]) {
      expect(verifyConsentToken(bad, key, 'preferences', now)).toEqual({ ok: false, reason: 'malformed' });
    }
    // Well signed, but not JSON of a known shape.
    const junk = Buffer.from('{"k":"x"}').toString('base64url');
    const signed = signConsentToken(preferences, key).split('.')[1];
    expect(verifyConsentToken(`${junk}.${signed}`, key, 'preferences', now).ok).toBe(false);
  });

  it('refuses a token of another kind (kind confusion)', () => {
    const prefs = signConsentToken(preferences, key);
    expect(verifyConsentToken(prefs, key, 'unsubscribe', now)).toEqual({ ok: false, reason: 'wrong_kind' });
    expect(verifyConsentToken(prefs, key, 'confirm', now)).toEqual({ ok: false, reason: 'wrong_kind' });
    const unsub = signConsentToken(unsubscribe, key);
    expect(verifyConsentToken(unsub, key, 'preferences', now)).toEqual({ ok: false, reason: 'wrong_kind' });
    const conf = signConsentToken(confirm, key);
    expect(verifyConsentToken(conf, key, 'unsubscribe', now)).toEqual({ ok: false, reason: 'wrong_kind' });
  });

  it('refuses expired confirmation and preference links; unsubscribe links never expire', () => {
    const later = new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS);
    expect(verifyConsentToken(signConsentToken(confirm, key), key, 'confirm', later)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const justBefore = new Date(later.getTime() - 1000);
    expect(verifyConsentToken(signConsentToken(confirm, key), key, 'confirm', justBefore).ok).toBe(true);
    expect(verifyConsentToken(signConsentToken(preferences, key), key, 'preferences', later)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const tenYears = new Date(now.getTime() + 10 * 365 * 24 * 60 * 60_000);
    expect(verifyConsentToken(signConsentToken(unsubscribe, key), key, 'unsubscribe', tenYears).ok).toBe(true);
  });
});
