import { z } from 'zod';
import { ISO_DURATION_PATTERN } from './duration.js';

/** The languages Dijk writes statements in (and the banner's German). */
export const Language = z.enum(['nl', 'fr', 'en', 'de']);
export type Language = z.infer<typeof Language>;

/**
 * Text in one or more languages. A statement is generated per language (Art. 12(1): in the audience's language),
 * so descriptions are objects keyed by language rather than free strings.
 */
export const LocalizedText = z
  .strictObject({
    nl: z.string().min(1).optional(),
    fr: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    de: z.string().min(1).optional(),
  })
  .refine((t) => Object.values(t).some((v) => v !== undefined), { message: 'give the text in at least one language' })
  .describe('Text per language: nl, fr, en, de.');
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A stable, referable id: lower-case letters, digits, `-` and `_`. Purpose and category ids must never change. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id uses lower-case letters, digits, "-" and "_", e.g. "newsletter"')
  .describe('Stable id; other parts of the register (and the consent ledger) refer to it.');

/** ISO 3166-1 alpha-2 country code. */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a two-letter ISO 3166 country code in capitals, e.g. "BE"')
  .describe('ISO 3166-1 alpha-2 country code, e.g. BE, NL, US.');

/** An ISO 8601 duration (`P7Y`, `P1M`, `PT24H`). */
export const Duration = z
  .string()
  .regex(new RegExp(ISO_DURATION_PATTERN), 'an ISO 8601 duration such as "P7Y", "P6M" or "PT24H"')
  .describe('ISO 8601 duration, e.g. P7Y (7 years), P6M (6 months), PT24H (24 hours).');

export const Email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address such as "privacy@example.be"');
export const Url = z.string().regex(/^https?:\/\/\S+$/, 'a URL starting with https://');

/** The six lawful bases of Art. 6(1)(a)–(f), with the words the statement importer also uses. */
export const LegalBasis = z
  .enum(['consent', 'contract', 'legal_obligation', 'vital_interest', 'public_interest', 'legitimate_interest'])
  .describe(
    'GDPR Art. 6(1): a consent, b contract, c legal_obligation, d vital_interest, e public_interest, f legitimate_interest.',
  );
export type LegalBasis = z.infer<typeof LegalBasis>;

/** The Art. 9(2)(a)–(j) conditions for special-category data. */
export const Art9Condition = z
  .enum([
    'explicit_consent',
    'employment_social_security',
    'vital_interests',
    'not_for_profit_body',
    'made_public',
    'legal_claims',
    'substantial_public_interest',
    'health_care',
    'public_health',
    'archiving_research',
  ])
  .describe('GDPR Art. 9(2): a explicit_consent … j archiving_research.');
export type Art9Condition = z.infer<typeof Art9Condition>;

/** DPV term ids for the Art. 6(1) bases (LEGAL.md §11). */
export const LEGAL_BASIS_DPV: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  legal_obligation: 'eu-gdpr:A6-1-c',
  vital_interest: 'eu-gdpr:A6-1-d',
  public_interest: 'eu-gdpr:A6-1-e',
  legitimate_interest: 'eu-gdpr:A6-1-f',
};

/** DPV term ids for the Art. 9(2) conditions. */
export const ART9_DPV: Record<Art9Condition, string> = {
  explicit_consent: 'eu-gdpr:A9-2-a',
  employment_social_security: 'eu-gdpr:A9-2-b',
  vital_interests: 'eu-gdpr:A9-2-c',
  not_for_profit_body: 'eu-gdpr:A9-2-d',
  made_public: 'eu-gdpr:A9-2-e',
  legal_claims: 'eu-gdpr:A9-2-f',
  substantial_public_interest: 'eu-gdpr:A9-2-g',
  health_care: 'eu-gdpr:A9-2-h',
  public_health: 'eu-gdpr:A9-2-i',
  archiving_research: 'eu-gdpr:A9-2-j',
};
