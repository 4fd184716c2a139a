import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Signed links of the consent area (docs/consent.md): a confirmation link (double opt-in), an unsubscribe link and a
 * preference-centre link. A token is `payload.signature`, both base64url: the payload is compact JSON, the signature
 * HMAC-SHA256 under a per-install key (`install_keys`, name `consent-token-hmac`). Nothing is stored per token: the
 * payload carries what the link acts on, the signature proves Dijk wrote it, and the expiry ends it. Payloads are
 * signed, not encrypted: the address in a confirmation link is the recipient's own (or their child's, in the
 * parent's mail).
 */

/** The confirmation link of a sign-up (double opt-in): holds the pending sign-up until it is confirmed. */
export interface ConfirmTokenPayload {
  kind: 'confirm';
  organisationId: string;
  purposeId: string;
  /** The material hash of the purpose at sign-up: a purpose changed since then is not confirmed blindly. */
  purposeHash: string;
  /** The address that signs up (lower-cased). */
  email: string;
  language: 'nl' | 'fr' | 'en';
  /** The hash of the exact text next to the checkbox (stored in consent_notices at sign-up). */
  noticeHash: string;
  /** Present when a parent must confirm for a child below the age of digital consent (Art. 8(1)). */
  parentEmail?: string;
  expiresAt: Date;
}

/** An unsubscribe link: one subject, one purpose, no expiry (withdrawal must always work, Art. 7(3)). */
export interface UnsubscribeTokenPayload {
  kind: 'unsubscribe';
  organisationId: string;
  subjectId: string;
  purposeId: string;
}

/** A preference-centre link: one subject, every consent purpose, for a limited time. */
export interface PreferencesTokenPayload {
  kind: 'preferences';
  organisationId: string;
  subjectId: string;
  expiresAt: Date;
}

export type ConsentTokenPayload = ConfirmTokenPayload | UnsubscribeTokenPayload | PreferencesTokenPayload;
export type ConsentTokenKind = ConsentTokenPayload['kind'];

/** Why a token was refused: the holder may be told (they hold the link), but nothing more. */
export type ConsentTokenFailure = 'malformed' | 'bad_signature' | 'wrong_kind' | 'expired';

export type ConsentTokenResult<K extends ConsentTokenKind> =
  | { ok: true; payload: Extract<ConsentTokenPayload, { kind: K }> }
  | { ok: false; reason: ConsentTokenFailure };

/** How long a confirmation link works: a week, so a parent who reads mail on weekends can still confirm. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;
/** How long a preference-centre link works. */
export const PREFERENCES_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;

/** Binds every signature to this use of the key (a key that ever signs anything else cannot be replayed here). */
const DOMAIN = 'dijk-consent-token-v1';
const uuid = z.uuid();

/** The wire shapes: short keys keep links short (a confirmation link stays around 500 characters). */
const Wire = z.discriminatedUnion('k', [
  z.strictObject({
    k: z.literal('c'),
    o: uuid,
    p: z.string().min(1).max(100),
    h: z.string().regex(/^[0-9a-f]{16}$/),
    m: z.string().min(3).max(254),
    l: z.enum(['nl', 'fr', 'en']),
    n: z.string().regex(/^[0-9a-f]{64}$/),
    g: z.string().min(3).max(254).optional(),
    e: z.number().int(),
  }),
  z.strictObject({ k: z.literal('u'), o: uuid, s: uuid, p: z.string().min(1).max(100) }),
  z.strictObject({ k: z.literal('p'), o: uuid, s: uuid, e: z.number().int() }),
]);
type Wire = z.infer<typeof Wire>;

function toWire(payload: ConsentTokenPayload): Wire {
  const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
  switch (payload.kind) {
    case 'confirm':
      return {
        k: 'c',
        o: payload.organisationId,
        p: payload.purposeId,
        h: payload.purposeHash,
        m: payload.email,
        l: payload.language,
        n: payload.noticeHash,
        ...(payload.parentEmail === undefined ? {} : { g: payload.parentEmail }),
        e: seconds(payload.expiresAt),
      };
    case 'unsubscribe':
      return { k: 'u', o: payload.organisationId, s: payload.subjectId, p: payload.purposeId };
    case 'preferences':
      return { k: 'p', o: payload.organisationId, s: payload.subjectId, e: seconds(payload.expiresAt) };
  }
}

function fromWire(wire: Wire): ConsentTokenPayload {
  switch (wire.k) {
    case 'c':
      return {
        kind: 'confirm',
        organisationId: wire.o,
        purposeId: wire.p,
        purposeHash: wire.h,
        email: wire.m,
        language: wire.l,
        noticeHash: wire.n,
        ...(wire.g === undefined ? {} : { parentEmail: wire.g }),
        expiresAt: new Date(wire.e * 1000),
      };
    case 'u':
      return { kind: 'unsubscribe', organisationId: wire.o, subjectId: wire.s, purposeId: wire.p };
    case 'p':
      return { kind: 'preferences', organisationId: wire.o, subjectId: wire.s, expiresAt: new Date(wire.e * 1000) };
  }
}

function mac(key: Uint8Array, encodedPayload: string): Buffer {
  return createHmac('sha256', key).update(`${DOMAIN}.${encodedPayload}`, 'utf8').digest();
}

/** Signs a payload under the install key; the token is URL-safe as it is. */
export function signConsentToken(payload: ConsentTokenPayload, key: Uint8Array): string {
  const encoded = Buffer.from(JSON.stringify(toWire(payload)), 'utf8').toString('base64url');
  return `${encoded}.${mac(key, encoded).toString('base64url')}`;
}

/**
 * Checks a token: its shape, its signature (constant-time), that it is of the expected kind (a preference link is
 * not an unsubscribe link, nor a confirmation), and its expiry. Answers the payload, or why it was refused.
 */
export function verifyConsentToken<K extends ConsentTokenKind>(
  token: string,
  key: Uint8Array,
  kind: K,
  now: Date,
): ConsentTokenResult<K> {
  const match = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) {
    return { ok: false, reason: 'malformed' };
  }
  const [, encoded = '', signature = ''] = match;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, encoded);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  let wire: Wire;
  try {
    const parsed = Wire.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    if (!parsed.success) {
      return { ok: false, reason: 'malformed' };
    }
    wire = parsed.data;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const payload = fromWire(wire);
  if (payload.kind !== kind) {
    return { ok: false, reason: 'wrong_kind' };
  }
  if ('expiresAt' in payload && payload.expiresAt.getTime() <= now.getTime()) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, payload: payload as Extract<ConsentTokenPayload, { kind: K }> };
}
