import { createHash, hash, randomUUID } from 'node:crypto';
import { CHILD_CONSENT_AGES, CONSENT_RENEWAL } from '../legal/index.js';
import { canonicalJson } from '../register/register.hash.js';
import type { Register } from '../register/register.schema.js';
import { addDuration } from './add-duration.js';

/** What happened to a consent (ISO/IEC TS 27560 consent states, plus `renewed` for a confirmed renewal). */
export const CONSENT_EVENTS = ['given', 'refused', 'withdrawn', 'expired', 'renewed'] as const;
export type ConsentEventType = (typeof CONSENT_EVENTS)[number];

/** Where a consent was expressed. */
export const CONSENT_CHANNELS = ['banner', 'form', 'api', 'preference_centre', 'admin', 'mail', 'system'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** How a consent was expressed, for the proof (Art. 7(1)): the act, not only its result. */
export const CONSENT_METHODS = [
  'accept_all',
  'reject_all',
  'custom',
  'gpc',
  'withdraw',
  'double_opt_in',
  'one_click_unsubscribe',
  'unsubscribe_link',
  'preference_centre',
  'on_behalf',
  'form',
  'parental_confirmation',
  'expiry',
] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The state a consent is in, derived from its events (never stored). */
export type ConsentState = 'given' | 'refused' | 'withdrawn' | 'expired' | 'none';

/** One event of the append-only ledger. */
export interface ConsentEvent {
  id: string;
  organisationId: string;
  /** The consent record (subject × purpose) the event belongs to: see {@link consentRecordId}. */
  recordId: string;
  subjectType: 'visitor' | 'subject';
  /** A pseudonymous visitor id (banner) or the id of a consent subject (forms, by e-mail). */
  subjectKey: string;
  purposeId: string;
  /** The purpose's material hash at the time ({@link purposeMaterialHash}). */
  purposeHash: string;
  event: ConsentEventType;
  channel: ConsentChannel;
  method: ConsentMethod;
  /** SHA-256 of the exact notice shown (stored once in consent_notices). */
  noticeHash: string | null;
  registerVersion: number;
  language: string | null;
  siteId: string | null;
  /** The client address cut to its network (IPv4 /24, IPv6 /48): enough to spot abuse, not to find a person. */
  ipPrefix: string | null;
  userAgentHash: string | null;
  /** Who recorded it on the person's behalf (an admin user id, `api_key:<id>`, `parent`), null for the person. */
  actor: string | null;
  expiresAt: Date | null;
  at: Date;
}

/** The purposes of a register whose legal basis is consent: the only ones the ledger accepts. */
export function consentPurposeIds(register: Register): string[] {
  return register.purposes.filter((p) => p.legal_basis === 'consent').map((p) => p.id);
}

/**
 * The material hash of a consent purpose: what a person agreed to, without the wording. Changing what is
 * collected, from whom, for what kind of purpose, who receives it, where it goes, how long it is kept, or which
 * cookies serve it changes the hash, and earlier consents for the purpose stop counting (consent must be specific
 * and informed, Art. 4(11) and 7; EDPB 05/2020 §§ 55–62). Rewording a name or description does not.
 */
export function purposeMaterialHash(register: Register, purposeId: string): string {
  const purpose = register.purposes.find((p) => p.id === purposeId);
  if (!purpose) {
    throw new Error(`Unknown purpose ${purposeId}`);
  }
  const material = {
    id: purpose.id,
    basis: purpose.legal_basis,
    dpv: [...(purpose.dpv ?? [])].sort(),
    subjects: [...purpose.data_subjects].sort(),
    categories: [...purpose.data_categories].sort(),
    children: purpose.children ?? false,
    marketing: purpose.direct_marketing ?? null,
    recipients: register.recipients
      .filter((r) => r.purposes.includes(purposeId))
      .map((r) => ({ id: r.id, role: r.role, country: r.country ?? null, transfer: r.transfer ?? null }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    retention: register.retention
      .filter((r) => r.purposes.includes(purposeId))
      .map((r) => ({ duration: r.duration ?? null, from: r.from ?? null }))
      .sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b))),
    cookies: register.cookies
      .filter((c) => c.consent_purpose === purposeId)
      .map((c) => ({ name: c.name, provider: c.provider, party: c.party, duration: c.duration }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex').slice(0, 16);
}

/** The material hash of every consent purpose of a register. */
export function consentPurposeHashes(register: Register): Record<string, string> {
  // Without a prototype: purpose ids arrive in requests, and `"constructor" in hashes` must be false.
  const hashes: Record<string, string> = Object.create(null);
  for (const id of consentPurposeIds(register)) {
    hashes[id] = purposeMaterialHash(register, id);
  }
  return hashes;
}

/**
 * How long a consent (and a refusal: LEGAL.md §5, kept as long) lasts before it is asked again: the purpose's
 * `consent.renewal`, else 6 months for a purpose served by cookies (CNIL good practice), else no fixed period (a
 * newsletter consent holds until it is withdrawn).
 */
export function renewalPeriod(register: Register, purposeId: string): string | null {
  const renewal = register.purposes.find((p) => p.id === purposeId)?.consent?.renewal;
  if (renewal) {
    return renewal;
  }
  return register.cookies.some((c) => c.consent_purpose === purposeId) ? CONSENT_RENEWAL.duration : null;
}

/** When a choice made at `at` expires; null when the purpose has no renewal period. */
export function expiryOf(at: Date, period: string | null): Date | null {
  return period === null ? null : addDuration(at, period);
}

/**
 * The consent record id of a subject × purpose in an organisation: a stable UUID derived from the three, so every
 * event of the same consent shares it without a lookup (the ISO/IEC TS 27560 record identifier).
 */
export function consentRecordId(organisationId: string, subjectKey: string, purposeId: string): string {
  const h = hash('sha256', `${organisationId}\u0000${subjectKey}\u0000${purposeId}`, 'hex');
  // Shaped as a version-8 (custom) UUID, RFC 9562 §5.8.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A new consent event id: a time-ordered UUID (version 7, RFC 9562 §5.7) whose first 48 bits are the event's time
 * in ms and the other 74 bits random. The ledger's primary key then grows at its end instead of at random places,
 * which costs the database ~10 µs less per event (docs/benchmarks.md, `consent`), and ids sort with their time.
 * The random bits are those of `randomUUID()` (Node's pooled CSPRNG); the `uuid` package's v7 costs ~4 µs a call.
 */
export function consentEventId(at: Date): string {
  const ms = at.getTime().toString(16).padStart(12, '0');
  // randomUUID(): xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx; its version nibble (index 14) becomes 7, the variant stays.
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${randomUUID().slice(15)}`;
}

/**
 * Cuts a client address to its network: IPv4 to /24, IPv6 to /48 (IPv4-mapped IPv6 is treated as IPv4).
 * Undefined for anything that is not an address.
 */
export function truncateIp(ip: string | undefined): string | null {
  if (!ip) {
    return null;
  }
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) {
    return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  }
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(':')) {
    const [head = ''] = ip.split('::');
    const groups = head.split(':').filter((g) => g !== '');
    const kept = [...groups.slice(0, 3)];
    while (kept.length < 3) {
      kept.push('0');
    }
    return `${kept.map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/48`;
  }
  return null;
}

/** A short hash of a user-agent string: shows whether two events came from the same browser build, nothing more. */
export function hashUserAgent(userAgent: string | undefined): string | null {
  if (!userAgent) {
    return null;
  }
  return hash('sha256', userAgent.slice(0, 512), 'hex').slice(0, 16);
}

/** What the ledger says about one consent now. */
export interface DerivedConsent {
  state: ConsentState;
  /** True only for a given (or renewed) consent that has not expired and whose purpose has not changed. */
  counts: boolean;
  /** The purpose changed materially since the last choice: ask again. */
  outdated: boolean;
  at: Date | null;
  expiresAt: Date | null;
  lastEvent: ConsentEvent | null;
}

/**
 * Derives the current state of one consent from its events (any order), the purpose's current material hash, and
 * the time. A choice past its expiry counts as `expired` even before an `expired` event is written.
 */
export function deriveConsent(
  events: readonly ConsentEvent[],
  currentPurposeHash: string | undefined,
  now: Date,
): DerivedConsent {
  const last = [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id)).at(-1);
  if (!last) {
    return { state: 'none', counts: false, outdated: false, at: null, expiresAt: null, lastEvent: null };
  }
  const outdated = currentPurposeHash === undefined || last.purposeHash !== currentPurposeHash;
  const expired = last.expiresAt !== null && last.expiresAt.getTime() <= now.getTime();
  let state: ConsentState;
  if (last.event === 'given' || last.event === 'renewed') {
    state = expired ? 'expired' : 'given';
  } else if (last.event === 'refused') {
    state = expired ? 'expired' : 'refused';
  } else {
    state = last.event;
  }
  return {
    state,
    counts: state === 'given' && !outdated,
    outdated,
    at: last.at,
    expiresAt: last.expiresAt,
    lastEvent: last,
  };
}

/**
 * The age below which a child's consent needs a parent's (GDPR Art. 8(1)): the organisation's country (BE 13,
 * NL 16), else the GDPR default of 16.
 */
export function childConsentAge(country: string | undefined): number {
  return CHILD_CONSENT_AGES.find((a) => a.country === country)?.age ?? 16;
}
