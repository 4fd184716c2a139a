/**
 * Every legal fact Dijk relies on carries where it comes from and when someone last checked it. LEGAL.md marks
 * points known only from secondary sources with [S]; those are `secondary: true` here, so the UI can say so.
 */
export interface LegalSource {
  /** The primary source: an article, a decision, a judgment. */
  readonly source: string;
  readonly url?: string;
  /** ISO date (YYYY-MM-DD) on which the fact was last checked against the source. */
  readonly lastChecked: string;
  /** Known from secondary sources only (LEGAL.md [S]). */
  readonly secondary?: boolean;
}

/** ISO 3166-1 alpha-2 country code, upper case. */
export type CountryCode = string;

export interface SupervisoryAuthority extends LegalSource {
  /** Dijk's stable id, `BE-GBA`, `NL-AP`. */
  readonly id: string;
  readonly country: CountryCode;
  readonly name: { readonly nl?: string; readonly fr?: string; readonly en: string; readonly de?: string };
  readonly abbreviation?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
}

export interface AdequacyDecision extends LegalSource {
  /** Country code, or a pseudo-code for an organisation (`EPO`). */
  readonly country: CountryCode;
  readonly name: string;
  /** A limit on the scope: `commercial` for Canada, `dpf` for US organisations certified under the DPF. */
  readonly scope?: 'commercial' | 'dpf';
  readonly since?: string;
}

/** A statutory minimum retention period: erasure can be refused for it under Art. 17(3)(b). */
export interface StatutoryRetention extends LegalSource {
  readonly country: CountryCode;
  /** The kind of records, as used in `retention[].statutory.kind`. */
  readonly kind: 'tax' | 'accounting' | 'immovable_property_vat';
  /** ISO 8601 duration. */
  readonly minimum: string;
  /** The date from which this minimum applies; earlier minima are kept for history. */
  readonly since: string;
  /** The minimum that applied before `since`, when a statement still giving it is outdated. */
  readonly previous?: string;
}

export interface ChildConsentAge extends LegalSource {
  readonly country: CountryCode;
  /** Age from which a child may consent to information-society services (Art. 8(1)). */
  readonly age: number;
}

/** A reference that was once right and is now wrong: the lint looks for its patterns in the register. */
export interface OutdatedReference extends LegalSource {
  /** The lint finding id it raises. */
  readonly findingId: string;
  /** Lower-case substrings that identify the reference in free text. */
  readonly patterns: readonly string[];
  /** The date from which the reference is wrong. */
  readonly outdatedSince: string;
  readonly replacement: { readonly nl: string; readonly en: string };
}
