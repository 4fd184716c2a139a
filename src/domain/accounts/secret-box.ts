import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The prefix of a sealed value: the format version, so a later key or cipher can be told apart. */
const PREFIX = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** True when a stored value is sealed by {@link sealSecret} (and not a plaintext value from before sealing). */
export function isSealedSecret(value: string): boolean {
  return value.startsWith(PREFIX);
}

/**
 * Seals a small secret (a TOTP seed) with AES-256-GCM under a 32-byte key: `v1.` and base64url of a random 96-bit
 * nonce, the 128-bit tag and the ciphertext (NIST SP 800-38D). `context` is authenticated but not stored (e.g. the
 * row's id), so a sealed value copied to another row does not open there.
 */
export function sealSecret(plaintext: string, key: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** Opens a value sealed by {@link sealSecret}; throws when the key, the context or the value is not the right one. */
export function openSecret(sealed: string, key: Buffer, context: string): string {
  if (!isSealedSecret(sealed)) {
    throw new Error('not a sealed secret');
  }
  const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) {
    throw new Error('sealed secret too short');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
