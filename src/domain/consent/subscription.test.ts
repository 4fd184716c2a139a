import { describe, expect, it } from 'vitest';
import demo from '../../../examples/demo.yaml?raw';
import { AppError } from '../../errors.js';
import type { Purpose } from '../register/purpose.schema.js';
import { parseRegister } from '../register/register.parse.js';
import type { Register } from '../register/register.schema.js';
import {
  confirmerOf,
  consentAgeOf,
  createRecipientThrottle,
  noticeText,
  requireConsentPurpose,
  tokenError,
  tokenFailureOf,
} from './subscription.js';
import { marketingMail } from './subscription-mails.js';

function register(source = demo): Register {
  const parsed = parseRegister(source, 'demo.yaml');
  if (!parsed.ok) {
    throw new Error('the demo register does not parse');
  }
  return parsed.register;
}

const child: Purpose = { ...requireConsentPurpose(register(), 'webinars'), children: true };
const adult = requireConsentPurpose(register(), 'newsletter');
const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? (error.details as { reason: string }[])[0]?.reason : 'not an AppError';
  }
  return 'no error';
};

describe('sign-up rules', () => {
  it('accepts only consent purposes of the register', () => {
    expect(() => requireConsentPurpose(register(), 'customer-orders')).toThrow(/legal basis consent/);
    expect(() => requireConsentPurpose(register(), 'nothing')).toThrow(/legal basis consent/);
  });

  it('takes the age of digital consent from the country, or the register when it is stricter (Art. 8)', () => {
    expect(consentAgeOf(register())).toBe(13);
    const dutch = register(demo.replace('  country: BE\n  enterprise_number', '  country: NL\n  enterprise_number'));
    expect(dutch.organisation.country).toBe('NL');
    expect(consentAgeOf(dutch)).toBe(16);
    const stricter = { ...register(), children: { min_age: { BE: 16 } } } as Register;
    expect(consentAgeOf(stricter)).toBe(16);
    const laxer = { ...register(), children: { min_age: { BE: 10 } } } as Register;
    expect(consentAgeOf(laxer)).toBe(13);
  });

  it('asks the age for a purpose involving children, and a parent below the age', () => {
    const base = { consentAge: 13, email: 'kind@example.org', parentEmail: undefined };
    expect(reasonOf(() => confirmerOf({ ...base, purpose: child, age: undefined }))).toBe('age_required');
    expect(reasonOf(() => confirmerOf({ ...base, purpose: child, age: 12 }))).toBe('parent_email_required');
    expect(reasonOf(() => confirmerOf({ ...base, purpose: child, age: 12, parentEmail: ' KIND@example.org ' }))).toBe(
      'parent_email_same',
    );
    expect(confirmerOf({ ...base, purpose: child, age: 12, parentEmail: 'Ouder@Example.org' })).toEqual({
      parentEmail: 'ouder@example.org',
    });
    expect(confirmerOf({ ...base, purpose: child, age: 13 })).toEqual({ parentEmail: undefined });
    // No age asked for an adult purpose; an age given below the threshold still needs the parent.
    expect(confirmerOf({ ...base, purpose: adult, age: undefined })).toEqual({ parentEmail: undefined });
    expect(reasonOf(() => confirmerOf({ ...base, purpose: adult, age: 9 }))).toBe('parent_email_required');
  });

  it('throttles mails per address and hour, case-insensitively', () => {
    let now = new Date('2026-11-22T10:00:00Z');
    const throttle = createRecipientThrottle(2, () => now);
    expect(throttle.allow('confirm', 'a@example.org')).toBe(true);
    expect(throttle.allow('confirm', 'A@Example.org')).toBe(true);
    expect(throttle.allow('confirm', 'a@example.org')).toBe(false);
    expect(throttle.allow('other', 'a@example.org')).toBe(true);
    now = new Date('2026-11-22T11:00:01Z');
    expect(throttle.allow('confirm', 'a@example.org')).toBe(true);
  });

  it('reads token failures back from their error, and notices as text', () => {
    expect(tokenFailureOf(tokenError('expired'))).toBe('expired');
    expect(tokenFailureOf(new AppError('validation_failed'))).toBeUndefined();
    expect(noticeText({ text: 'Ja' })).toBe('Ja');
    expect(noticeText('Oui')).toBe('Oui');
    expect(noticeText({ a: 1 })).toContain('"a": 1');
  });
});

describe('marketing mail', () => {
  it('carries RFC 8058 one-click headers and both links in the body, in the language', () => {
    const mail = marketingMail({
      organisationId: 'o',
      organisation: 'Voorbeeld',
      purpose: 'Nieuwsbrief',
      language: 'nl',
      to: 'a@example.org',
      subject: 'Nieuws',
      text: 'Hallo\n\n',
      unsubscribe: 'https://dijk.example/u/abc.def',
      preferences: 'https://dijk.example/preferences?token=x',
    });
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://dijk.example/u/abc.def>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.text).toBe(
      'Hallo\n\n-- \nJe krijgt deze mail omdat je Voorbeeld toestemming gaf voor: Nieuwsbrief.\nUitschrijven met één klik: https://dijk.example/u/abc.def\nJe voorkeuren beheren: https://dijk.example/preferences?token=x\n',
    );
    expect(mail).toMatchObject({ kind: 'marketing', secret: true });
  });
});
