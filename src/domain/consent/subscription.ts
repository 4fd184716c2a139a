import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { AuditEvent } from '../audit/audit-chain.js';
import type { OutgoingMail } from '../mail/mail.js';
import type { Purpose } from '../register/purpose.schema.js';
import type { Register } from '../register/register.schema.js';
import { pickText } from './banner-config.js';
import { type ConsentEvent, childConsentAge } from './consent.js';
import type { ConsentPorts, ConsentService } from './consent.service.js';
import type { ConsentTokenFailure } from './consent-token.js';

/** The languages of sign-up forms, their mails and the consent pages. */
export const FORM_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** True for one of {@link FORM_LANGUAGES}. */
export function isFormLanguage(value: unknown): value is FormLanguage {
  return typeof value === 'string' && (FORM_LANGUAGES as readonly string[]).includes(value);
}

/** A person who consents by e-mail address (consent_subjects). */
export interface ConsentSubject {
  id: string;
  email: string;
  language: string | null;
  /** The parent who confirmed for a child below the age of digital consent (Art. 8(1)). */
  parentEmail: string | null;
}

/** What sign-ups, the preference centre and mailings need from the store, besides the ledger itself. */
export interface SubscriptionPorts
  extends Pick<ConsentPorts, 'saveNotices' | 'findNotices' | 'findEvents' | 'findSubjectByEmail'> {
  findSubject(organisationId: string, subjectId: string): Promise<ConsentSubject | undefined>;
  setParentEmail(organisationId: string, subjectId: string, parentEmail: string): Promise<void>;
  /** The latest event of every consent subject for one purpose, with the subject. */
  listLastSubjectEvents(
    organisationId: string,
    purposeId: string,
  ): Promise<{ subject: ConsentSubject; last: ConsentEvent }[]>;
  enqueueMail(mail: OutgoingMail): Promise<void>;
  /** Enqueues every mail and writes the audit entry in one transaction. */
  enqueueMailing(mails: readonly OutgoingMail[], audit: AuditEvent): Promise<void>;
}

/** The part of the consent ledger these use cases call. */
export type LedgerPort = Pick<
  ConsentService,
  'requireSite' | 'recordSubjectConsent' | 'subjectState' | 'consentPurposes' | 'ensureSubject'
>;

/** The consent purpose `purposeId` of a register, or the ledger's 422 for anything else. */
export function requireConsentPurpose(register: Register, purposeId: string): Purpose {
  const purpose = register.purposes.find((p) => p.id === purposeId && p.legal_basis === 'consent');
  if (!purpose) {
    throw new AppError('unprocessable', {
      message: `"${purposeId.slice(0, 60)}" is not a purpose with legal basis consent in the register.`,
    });
  }
  return purpose;
}

/** A purpose's name in a language (falling back as the banner does). */
export function purposeName(purpose: Purpose, language: FormLanguage): string {
  return pickText(purpose.name, language) ?? purpose.id;
}

/** A purpose's description in a language, or an empty string. */
export function purposeDescription(purpose: Purpose, language: FormLanguage): string {
  return pickText(purpose.description, language) ?? '';
}

/** The age below which a child's consent needs a parent's: the law of the organisation's country, or the register's
 * own stricter age for that country (Art. 8(1); BE 13, NL 16). */
export function consentAgeOf(register: Register): number {
  const country = register.organisation.country;
  return Math.max(childConsentAge(country), register.children?.min_age[country] ?? 0);
}

/**
 * Who must confirm a sign-up (GDPR Art. 8): where the purpose may involve children the form must say the age; below
 * the age of digital consent a parent confirms, at an address of their own. An age given for another purpose is
 * applied too: once the organisation knows the person is a child, Art. 8 applies.
 */
export function confirmerOf(input: {
  purpose: Purpose;
  age: number | undefined;
  consentAge: number;
  email: string;
  parentEmail: string | undefined;
}): { parentEmail: string | undefined } {
  if (input.purpose.children === true && input.age === undefined) {
    throw new AppError('unprocessable', {
      message: 'This purpose may involve children: the form must send the age of the person signing up (GDPR Art. 8).',
      details: [{ path: '/age', reason: 'age_required' }],
    });
  }
  if (input.age === undefined || input.age >= input.consentAge) {
    return { parentEmail: undefined };
  }
  if (!input.parentEmail) {
    throw new AppError('unprocessable', {
      message: `Below ${input.consentAge} a parent must consent: the form must send the parent's e-mail address as parentEmail (GDPR Art. 8(1)).`,
      details: [{ path: '/parentEmail', reason: 'parent_email_required' }],
    });
  }
  if (normaliseEmail(input.parentEmail) === normaliseEmail(input.email)) {
    throw new AppError('unprocessable', {
      message: "The parent's e-mail address must be another address than the child's.",
      details: [{ path: '/parentEmail', reason: 'parent_email_same' }],
    });
  }
  return { parentEmail: normaliseEmail(input.parentEmail) };
}

/** Addresses are compared and stored lower-cased and trimmed (consent_subjects is unique per address). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The error for a consent link that cannot be used; `reason` tells the page what to say. */
export function tokenError(reason: ConsentTokenFailure): AppError {
  return new AppError('validation_failed', {
    message: reason === 'expired' ? 'This link has expired.' : 'This link is not valid.',
    details: [{ path: '/token', reason: `token_${reason}` }],
  });
}

/** The reason of a {@link tokenError}, or undefined for any other error. */
export function tokenFailureOf(error: unknown): ConsentTokenFailure | undefined {
  if (!(error instanceof AppError) || !Array.isArray(error.details)) {
    return undefined;
  }
  const reason = (error.details[0] as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' && reason.startsWith('token_')
    ? (reason.slice(6) as ConsentTokenFailure)
    : undefined;
}

/** The text of a stored notice as a person reads it: a form's sentence as given, anything else as JSON. */
export function noticeText(content: unknown): string {
  if (typeof content === 'string') {
    return content;
  }
  if (typeof content === 'object' && content !== null && typeof (content as { text?: unknown }).text === 'string') {
    return (content as { text: string }).text;
  }
  return JSON.stringify(content, null, 2);
}

/**
 * At most `perHour` mails of a kind to one address per hour (in memory, per process): a public form must not be a
 * way to flood someone's mailbox. Addresses are kept only as hashes.
 */
export function createRecipientThrottle(perHour: number, now: () => Date) {
  const sent = new Map<string, number[]>();
  return {
    /** True when another mail may go to this address now (and counts it). */
    allow(scope: string, address: string): boolean {
      const key = createHash('sha256')
        .update(`${scope}\u0000${normaliseEmail(address)}`)
        .digest('base64url');
      const at = now().getTime();
      const recent = (sent.get(key) ?? []).filter((t) => at - t < 60 * 60_000);
      if (recent.length >= perHour) {
        sent.set(key, recent);
        return false;
      }
      if (sent.size > 50_000) {
        sent.clear();
      }
      sent.set(key, [...recent, at]);
      return true;
    },
  };
}
