/**
 * Types of the statement importer: the segmented document, the extraction with its provenance, the findings and the
 * evaluation format of /work/shared/eval/README.md.
 */

/** Languages the importer reads; `de` and `other` are detected only to be refused. */
export type Language = 'nl' | 'fr' | 'en';
export type DetectedLanguage = Language | 'de' | 'other';

/** Character offsets into the normalised text of the statement. */
export interface Span {
  start: number;
  end: number;
}

/** One extracted element, traced to the sentence it came from. */
export interface Element<T> {
  value: T;
  span: Span;
  sentence: string;
  /** 0..1: how sure the extractor is (pattern strength, section context, validation). */
  confidence: number;
}

/** What a section is about, from its heading. */
export type Topic =
  | 'identity'
  | 'data'
  | 'purposes'
  | 'legal_basis'
  | 'retention'
  | 'recipients'
  | 'transfers'
  | 'cookies'
  | 'rights'
  | 'security'
  | 'children'
  | 'automated'
  | 'authority'
  | 'definitions'
  | 'changes'
  | 'not_collected';

export interface Section {
  index: number;
  heading: string;
  span: Span;
  /** Topics of the heading itself, or inherited from the last heading that had some. */
  topics: Topic[];
}

export type SentenceKind = 'heading' | 'paragraph' | 'item' | 'cell';

export interface Sentence {
  index: number;
  text: string;
  span: Span;
  section: number;
  kind: SentenceKind;
  /** For list items: the sentence that introduces the list. */
  intro?: number;
  /** For table cells: where the cell sits and the header of its column. */
  cell?: { table: number; row: number; col: number; header: string };
}

export interface TableRow {
  cells: { text: string; span: Span }[];
}

export interface Table {
  index: number;
  span: Span;
  header: string[];
  rows: TableRow[];
}

/** The statement after reading and segmentation. */
export interface SegmentedDocument {
  text: string;
  sections: Section[];
  sentences: Sentence[];
  tables: Table[];
}

export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interest'
  | 'public_interest'
  | 'legitimate_interest';

export type Right =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdraw_consent'
  | 'complaint'
  | 'automated_decision';

export type CookieCategory = 'strictly_necessary' | 'functional' | 'analytics' | 'marketing';

/** A retention period: ISO 8601 duration, `until_withdrawn` or `unlimited`, with an optional trigger. */
export interface Retention {
  period: string;
  trigger?: string;
}

export interface ImportExtraction {
  organisation: {
    name?: Element<string>;
    legalForm?: Element<string>;
    address?: Element<string>;
    enterpriseNumber?: Element<{ number: string; scheme: 'BE-KBO' | 'NL-KvK'; valid: boolean }>;
    email?: Element<string>;
    phone?: Element<string>;
  };
  dpo: { name?: Element<string>; email?: Element<string> };
  country?: Element<string>;
  authority?: Element<string>;
  roles: Element<'controller' | 'processor'>[];
  dataCategories: Element<string>[];
  specialCategories: Element<string>[];
  legalBases: Element<LegalBasis>[];
  retention: Element<Retention>[];
  recipientTypes: Element<string>[];
  subprocessors: Element<string>[];
  cookies: Element<string>[];
  cookieCategories: Element<CookieCategory>[];
  /** True when the statement says it sets no cookies at all. */
  noCookies?: Element<boolean>;
  rights: Element<Right>[];
  requestDeadline?: Element<string>;
  requestExtension?: Element<string>;
  idCopyRequired?: Element<boolean>;
  childrenMinAge?: Element<number>;
  automatedDecisions?: Element<boolean>;
  breachNoticeToController?: Element<string>;
  transfersOutsideEea?: Element<boolean>;
  transferMechanisms: Element<string>[];
  bsnInstructions?: Element<boolean>;
}

export type FindingId =
  | 'privacy-shield-invalid'
  | 'authority-outdated-name'
  | 'odr-platform-discontinued'
  | 'fiscal-retention-outdated'
  | 'retention-unspecified'
  | 'retention-unlimited'
  | 'id-copy-required'
  | 'bsn-outside-netherlands'
  | 'children-age-mismatch'
  | 'adm-without-safeguards'
  | 'dpo-conflict-of-interest'
  | 'consent-by-browsing'
  | 'marketing-without-consent'
  | 'missing-legal-basis'
  | 'placeholder-text'
  | 'subprocessor-change-notice-incomplete';

export interface ImportFinding {
  id: FindingId;
  message: string;
  span?: Span;
  sentence?: string;
  confidence: number;
}

/** One document in the evaluation format of /work/shared/eval/README.md. */
export interface EvalDocument {
  document: string;
  language: string;
  country: string | null;
  roles: string[];
  controller: { name: string | null; enterprise_number: string | null; email: string | null; phone: string | null };
  dpo: { name: string | null; email: string | null } | null;
  authority: string | null;
  data_categories: string[];
  special_categories: string[];
  legal_bases: string[];
  retention: string[];
  recipient_types: string[];
  subprocessors: string[];
  cookies: string[];
  cookie_categories: string[];
  rights: string[];
  request_deadline: string | null;
  request_extension: string | null;
  breach_notice_to_controller: string | null;
  id_copy_required: boolean | null;
  children_min_age: number | null;
  automated_decisions: boolean | null;
  transfers_outside_eea: boolean | null;
  findings: string[];
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string;
  lang?: 'auto' | Language;
}

export interface ImportResult {
  language: Language;
  country: string | null;
  text: string;
  sections: Section[];
  sentences: Sentence[];
  tables: Table[];
  extraction: ImportExtraction;
  findings: ImportFinding[];
  eval: EvalDocument;
  timings?: Record<string, number>;
}
