import type { Art9Condition, LegalBasis } from '../register/common.schema.js';
import type { StatementLang } from './statement.types.js';

/** Duration units of an ISO 8601 duration, largest first. */
export type DurationUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';
export type RetentionTrigger =
  | 'collected'
  | 'last_activity'
  | 'contract_end'
  | 'consent_withdrawn'
  | 'unsubscribed'
  | 'account_closed'
  | 'event_end'
  | 'request_closed';
export type DataSource = 'data_subject' | 'third_party' | 'public' | 'observed';
export type ProvisionRequirement = 'statutory' | 'contractual' | 'contract_precondition' | 'voluntary';
export type WithdrawalMethod =
  | 'unsubscribe_link'
  | 'preference_centre'
  | 'cookie_settings'
  | 'account_settings'
  | 'email'
  | 'web_form'
  | 'phone'
  | 'post';
export type RecipientRole =
  | 'processor'
  | 'sub_processor'
  | 'independent_controller'
  | 'joint_controller'
  | 'authority'
  | 'other';
export type TransferMechanism = 'adequacy' | 'dpf' | 'scc' | 'bcr' | 'art49' | 'privacy_shield' | 'none';
export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdrawal'
  | 'complaint';
export type CookieCategory = 'strictly_necessary' | 'functional' | 'analytics' | 'marketing';
export type IdentityMethod = 'account' | 'email_match' | 'id_check_without_copy' | 'id_copy' | 'other';
export type IdRedaction = 'photo' | 'mrz' | 'document_number' | 'bsn' | 'national_number';
export type StatutoryKind = 'tax' | 'accounting' | 'immovable_property_vat' | 'other';

/** Section headings of both statements; the keys are the section ids. */
export interface SectionHeadings {
  readonly controller: string;
  readonly dpo: string;
  readonly purposes: string;
  readonly recipients: string;
  readonly transfers: string;
  readonly 'automated-decisions': string;
  readonly children: string;
  readonly rights: string;
  readonly complaint: string;
  readonly security: string;
  readonly cookies: string;
  readonly processor: string;
  readonly version: string;
  readonly 'cookie-intro': string;
  readonly 'cookie-consent': string;
  readonly 'cookie-more': string;
}

/**
 * Every sentence a statement can contain, in one language. Each language implements this interface by hand
 * (`texts.en.ts`, `texts.nl.ts`, `texts.fr.ts`): a missing text is a type error, and no language is assembled from
 * another. Legal terms follow the language's official version of the GDPR (AVG, RGPD).
 */
export interface StatementTexts {
  readonly lang: StatementLang;
  /** BCP 47 locale for `Intl` (plural rules, list joining, dates, country names). */
  readonly locale: string;
  /** The colon between a label and its text: ": ", in French "\u00a0: ". */
  readonly colon: string;
  /** Noun forms per plural category of `Intl.PluralRules` (`one`, `other`; `many` falls back to `other`). */
  readonly units: Readonly<Record<DurationUnit, { readonly one: string; readonly other: string }>>;
  /** "one month" written out, with the right article or gender. */
  readonly oneUnit: Readonly<Record<DurationUnit, string>>;
  /** Number words 2–12 at index n (deadlines are written in words). */
  readonly numberWords: readonly string[];
  readonly titles: { readonly privacy: (org: string) => string; readonly cookies: (org: string) => string };
  readonly headings: SectionHeadings;
  /** Shared labels (definition terms, table headers). */
  readonly labels: {
    readonly address: string;
    readonly enterpriseNumber: string;
    readonly vatNumber: string;
    readonly email: string;
    readonly phone: string;
    readonly website: string;
    readonly subjects: string;
    readonly data: string;
    readonly legalBasis: string;
    readonly interest: string;
    readonly retention: string;
    readonly source: string;
    readonly provision: string;
    readonly withdrawal: string;
    readonly logic: string;
    readonly significance: string;
    readonly yourRights: string;
  };
  readonly controller: {
    readonly intro: (org: string) => string;
    readonly tradeNames: (names: string) => string;
    readonly representative: (name: string) => string;
  };
  readonly dpo: { readonly intro: string; readonly external: string };
  readonly purposes: {
    readonly intro: string;
    readonly none: string;
    /** Sub-heading for retention rules about data no purpose above names (Art. 13(2)(a): every period is told). */
    readonly otherRetention: string;
    readonly legalBasis: Readonly<Record<LegalBasis, string>>;
    readonly art9: Readonly<Record<Art9Condition, string>>;
    readonly art9Prefix: string;
    readonly art10: (law: string) => string;
    readonly specialCategory: string;
    readonly source: Readonly<Record<DataSource, string>>;
    readonly provision: Readonly<Record<ProvisionRequirement, string>>;
    readonly withdrawal: (methods: string) => string;
    readonly withdrawalAnyTime: string;
    /** Text of the link to the preference centre. */
    readonly preferencesLink: string;
    readonly withdrawalMethods: Readonly<Record<WithdrawalMethod, string>>;
  };
  readonly retention: {
    readonly after: Readonly<Record<RetentionTrigger, string>>;
    /** `duration` in words followed by the trigger: "7 years after the end of the contract". */
    readonly period: (duration: string, after: string) => string;
    readonly untilWithdrawn: string;
    readonly untilUnsubscribed: string;
    readonly noFixedPeriod: string;
    /** What happens at expiry, with its leading punctuation ("; then we delete them"). */
    readonly action: { readonly delete: string; readonly anonymise: string };
    /** The law imposing the period, with the register's reference when given. */
    readonly statutory: (law: string, reference: string | undefined) => string;
    readonly statutoryKind: Readonly<Record<StatutoryKind, string>>;
  };
  readonly recipients: {
    readonly intro: string;
    readonly caption: string;
    readonly header: {
      readonly recipient: string;
      readonly role: string;
      readonly purposes: string;
      readonly where: string;
    };
    readonly roles: Readonly<Record<RecipientRole, string>>;
  };
  readonly transfers: {
    readonly intro: string;
    readonly mechanisms: Readonly<Record<TransferMechanism, string>>;
    readonly copy: string;
  };
  readonly automated: {
    readonly intro: string;
    readonly profiling: string;
    readonly basis: Readonly<Record<'contract' | 'law' | 'explicit_consent', string>>;
    readonly safeguards: (list: string) => string;
    readonly safeguard: Readonly<Record<'human_intervention' | 'express_view' | 'contest', string>>;
  };
  readonly children: {
    readonly age: (age: number) => string;
    readonly ageIn: (country: string, age: number) => string;
    readonly purposes: (list: string) => string;
  };
  readonly rights: {
    readonly intro: string;
    readonly names: Readonly<Record<RightId, string>>;
    readonly explanations: Readonly<Record<RightId, string>>;
    readonly marketingHeading: string;
    readonly marketing: string;
    readonly marketingUnsubscribe: string;
    readonly howHeading: string;
    readonly howIntro: string;
    readonly channels: {
      readonly email: string;
      readonly web_form: string;
      readonly post: (address: string) => string;
      readonly phone: (phone: string) => string;
      readonly account: string;
      readonly in_person: (address: string) => string;
    };
    readonly noChannel: string;
    readonly requestPage: string;
    readonly requestPageLink: string;
    readonly identity: Readonly<Record<IdentityMethod, string>>;
    readonly redactions: (list: string) => string;
    readonly redaction: Readonly<Record<IdRedaction, string>>;
    readonly deadline: (response: string, extension: string) => string;
  };
  readonly complaint: {
    readonly ownDesk: string;
    readonly authority: string;
    readonly unknownAuthority: string;
    readonly name: string;
  };
  readonly security: { readonly standards: (list: string) => string };
  readonly cookiesInPrivacy: { readonly text: string; readonly link: string };
  readonly processor: {
    readonly intro: string;
    readonly subProcessors: (list: string) => string;
    readonly storage: (list: string) => string;
  };
  readonly version: {
    readonly numbered: (n: number, date: string) => string;
    readonly dated: (date: string) => string;
    readonly earlier: string;
  };
  readonly cookies: {
    readonly intro: string;
    readonly none: string;
    readonly session: string;
    readonly headings: Readonly<Record<CookieCategory, string>>;
    readonly explanations: Readonly<Record<CookieCategory, string>>;
    readonly consentNeeded: string;
    readonly exempt: Readonly<Record<'strictly_necessary' | 'low_impact_analytics', string>>;
    readonly exemptExcept: (names: string) => string;
    readonly header: {
      readonly name: string;
      readonly provider: string;
      readonly purpose: string;
      readonly duration: string;
      readonly party: string;
    };
    readonly party: Readonly<Record<'first' | 'third', string>>;
    readonly change: string;
    readonly changeLink: string;
    readonly changeButton: string;
    readonly browser: string;
    /** When every cookie is exempt from consent: only the browser can remove them. */
    readonly browserOnly: string;
    readonly privacyLink: string;
    readonly privacyText: string;
  };
  /** Labels of the DPV terms the statement names (data categories, data subjects); English DPV labels otherwise. */
  readonly terms: {
    readonly personalData: Readonly<Record<string, string>>;
    readonly dataSubjects: Readonly<Record<string, string>>;
  };
}
