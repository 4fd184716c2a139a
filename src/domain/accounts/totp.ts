import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The issuer shown in authenticator apps. */
export const TOTP_ISSUER = 'Dijk';
/** How many recovery codes a user gets at enrolment (each usable once). */
export const RECOVERY_CODE_COUNT = 10;

function totpFor(secretBase32: string, label = 'account'): TOTP {
  // RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30-second steps.
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh TOTP secret (160 bits, RFC 4226 §4) in base32, and the otpauth:// URI an app scans as a QR code. */
export function createTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/**
 * Checks a 6-digit code against the secret, allowing one step of clock drift either way (RFC 6238 §5.2), and
 * refuses a code of a step at or before `lastUsedStep`: a code that was seen once cannot be replayed (NIST SP
 * 800-63B §5.1.4.2). Returns the step the code belongs to (store it as the new `lastUsedStep`), or undefined.
 */
export function verifyTotpCode(
  secretBase32: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) {
    return undefined;
  }
  const totp = totpFor(secretBase32);
  const timestamp = now.getTime();
  const delta = totp.validate({ token: code, timestamp, window: 1 });
  if (delta === null) {
    return undefined;
  }
  const step = totp.counter({ timestamp }) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? undefined : step;
}

/** The code an authenticator app shows at `at` (for tests and the CLI's self-check). */
export function generateTotpCode(secretBase32: string, at: Date): string {
  return totpFor(secretBase32).generate({ timestamp: at.getTime() });
}

const RECOVERY_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * Ten single-use recovery codes of 16 characters from a 32-letter alphabet (80 bits each), grouped for reading:
 * `abcd-efgh-jkmn-pqrs`. Shown once; only their hashes are kept.
 */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** A recovery code as typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/**
 * The stored form of a recovery code. SHA-256 suffices (as for session tokens): 80 random bits cannot be guessed
 * offline, and a fast hash lets the login look the code up by its hash.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normaliseRecoveryCode(code)}`, 'utf8')
    .digest('hex');
}
