import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a one-time admin login link stays valid. */
export const LOGIN_LINK_TTL_MS = 15 * 60 * 1000;
/** Absolute lifetime of an admin session started from a login link. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A fresh secret for a link or session cookie: 256 random bits, URL-safe. Only its hash is stored. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret. SHA-256 suffices: the secret has 256 bits of entropy, so it cannot be guessed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when the string has the shape of a secret we issued; cheap rejection of junk before any lookup. */
export function isWellFormedSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** Constant-time comparison of two hex hashes. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
