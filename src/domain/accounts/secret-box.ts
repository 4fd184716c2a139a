import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The prefix of a sealed value names the key it was sealed with: `v1.` the per-install key in the database, `v2.`
 * a key from the environment (`DIJK_SECRET_KEY`). Same cipher and layout.
 */
export type SealVersion = 'v1' | 'v2';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key version of a value sealed by {@link sealSecret}; undefined for a plaintext value from before sealing. */
export function sealedVersion(value: string): SealVersion | undefined {
  return value.startsWith('v1.') ? 'v1' : value.startsWith('v2.') ? 'v2' : undefined;
}

/** True when a stored value is sealed by {@link sealSecret} (and not a plaintext value from before sealing). */
export function isSealedSecret(value: string): boolean {
  return sealedVersion(value) !== undefined;
}

/**
 * Seals a small secret (a TOTP seed) with AES-256-GCM under a 32-byte key: the version (`v1.`) and base64url of a
 * random 96-bit nonce, the 128-bit tag and the ciphertext (NIST SP 800-38D). `context` is authenticated but not
 * stored (e.g. the row's id), so a sealed value copied to another row does not open there.
 */
export function sealSecret(plaintext: string, key: Buffer, context: string, version: SealVersion = 'v1'): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(version, context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${version}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** Opens a value sealed by {@link sealSecret}; throws when the key, the context or the value is not the right one. */
export function openSecret(sealed: string, key: Buffer, context: string): string {
  const version = sealedVersion(sealed);
  if (version === undefined) {
    throw new Error('not a sealed secret');
  }
  const bytes = Buffer.from(sealed.slice(3), 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) {
    throw new Error('sealed secret too short');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(associatedData(version, context));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** The authenticated data: the context, and from v2 on the version too, so a value cannot be relabelled. */
function associatedData(version: SealVersion, context: string): Buffer {
  return Buffer.from(version === 'v1' ? context : `${version}|${context}`, 'utf8');
}
