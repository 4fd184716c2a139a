import { describe, expect, it } from 'vitest';
import { checkPassword, isCommonPassword, PASSWORD_MESSAGES } from './password-policy.js';
import { generateRecoveryCodes, generateTotpCode, hashRecoveryCode, verifyTotpCode } from './totp.js';

describe('password policy', () => {
  it('accepts a long passphrase and refuses short, long, common and e-mail-based passwords', () => {
    expect(checkPassword('lantern orchard violet 42', 'an@example.test')).toEqual([]);
    expect(checkPassword('Zq8!vR2k', 'an@example.test')).toEqual(['too_short']);
    expect(checkPassword('x'.repeat(257), 'an@example.test')).toContain('too_long');
    expect(checkPassword('qwerty123456', 'an@example.test')).toEqual(['common']);
    expect(checkPassword('Password2024!!!', 'an@example.test')).toEqual(['common']);
    expect(checkPassword('jan.peeters-garden-2026', 'jan.peeters@example.test')).toEqual(['contains_email']);
    expect(isCommonPassword('aaaaaaaaaaaaaa')).toBe(true);
  });

  it('has a Dutch and an English message for every problem', () => {
    for (const m of Object.values(PASSWORD_MESSAGES)) {
      expect(m.nl.length).toBeGreaterThan(10);
      expect(m.en.length).toBeGreaterThan(10);
    }
  });
});

describe('TOTP', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const now = new Date('2026-11-22T09:00:10Z');

  it('accepts the current code and one step of drift, not two', () => {
    const step = verifyTotpCode(secret, generateTotpCode(secret, now), now, null);
    expect(step).toBe(Math.floor(now.getTime() / 30_000));
    expect(verifyTotpCode(secret, generateTotpCode(secret, new Date(now.getTime() - 30_000)), now, null)).toBeDefined();
    expect(verifyTotpCode(secret, generateTotpCode(secret, new Date(now.getTime() + 30_000)), now, null)).toBeDefined();
    expect(
      verifyTotpCode(secret, generateTotpCode(secret, new Date(now.getTime() + 90_000)), now, null),
    ).toBeUndefined();
    expect(verifyTotpCode(secret, 'abcdef', now, null)).toBeUndefined();
  });

  it('refuses a code of a step already used (replay)', () => {
    const step = verifyTotpCode(secret, generateTotpCode(secret, now), now, null) as number;
    expect(verifyTotpCode(secret, generateTotpCode(secret, now), now, step)).toBeUndefined();
    const earlier = generateTotpCode(secret, new Date(now.getTime() - 30_000));
    expect(verifyTotpCode(secret, earlier, now, step)).toBeUndefined();
  });

  it('makes ten distinct recovery codes whose hash ignores case and dashes', () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const first = codes[0] as string;
    expect(first).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(hashRecoveryCode(first.toUpperCase().replaceAll('-', ' '))).toBe(hashRecoveryCode(first));
  });
});
