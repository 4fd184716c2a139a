import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealedSecret, openSecret, sealedVersion, sealSecret } from './secret-box.js';

const KEY = randomBytes(32);

describe('sealed secrets (AES-256-GCM)', () => {
  it('opens what it sealed, whatever the text, and never shows the plaintext', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uuid(), (secret, context) => {
        const sealed = sealSecret(secret, KEY, context);
        expect(isSealedSecret(sealed)).toBe(true);
        expect(openSecret(sealed, KEY, context)).toBe(secret);
        if (secret.length >= 8) {
          expect(sealed).not.toContain(secret);
        }
      }),
    );
  });

  it('seals under the environment key as v2, bound to that version (a value relabelled v1 does not open)', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', KEY, 'user-1', 'v2');
    expect(sealed.startsWith('v2.')).toBe(true);
    expect(sealedVersion(sealed)).toBe('v2');
    expect(openSecret(sealed, KEY, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(`v1.${sealed.slice(3)}`, KEY, 'user-1')).toThrow();
    expect(sealedVersion('JBSWY3DPEHPK3PXP')).toBeUndefined();
  });

  it('uses a fresh nonce each time', () => {
    expect(sealSecret('JBSWY3DPEHPK3PXP', KEY, 'u1')).not.toBe(sealSecret('JBSWY3DPEHPK3PXP', KEY, 'u1'));
  });

  it('refuses another key, another context (row) and a changed value', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', KEY, 'user-1');
    expect(() => openSecret(sealed, randomBytes(32), 'user-1')).toThrow();
    expect(() => openSecret(sealed, KEY, 'user-2')).toThrow();
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => openSecret(flipped, KEY, 'user-1')).toThrow();
    expect(() => openSecret('JBSWY3DPEHPK3PXP', KEY, 'user-1')).toThrow();
    expect(isSealedSecret('JBSWY3DPEHPK3PXP')).toBe(false);
  });
});
