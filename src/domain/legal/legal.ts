import { SUPERVISORY_AUTHORITIES } from './authorities.data.js';
import { ANALYTICS_COOKIE_EXEMPTION, CHILD_CONSENT_AGES } from './consent.data.js';
import { ADEQUACY_DECISIONS, EEA_COUNTRIES } from './countries.data.js';
import type {
  AdequacyDecision,
  ChildConsentAge,
  CountryCode,
  OutdatedReference,
  StatutoryRetention,
  SupervisoryAuthority,
} from './legal.types.js';
import { OUTDATED_REFERENCES } from './outdated-references.data.js';
import { STATUTORY_RETENTION } from './retention.data.js';

const eea = new Set(EEA_COUNTRIES.countries);
const authorityByCountry = new Map(SUPERVISORY_AUTHORITIES.map((a) => [a.country, a]));
const authoritiesById = new Map(SUPERVISORY_AUTHORITIES.map((a) => [a.id, a]));

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True for the 30 EEA countries: transfers there are not third-country transfers (GDPR Ch. V). */
export function isEeaCountry(country: CountryCode): boolean {
  return eea.has(country.toUpperCase());
}

/** The competent supervisory authority for an organisation established in `country` (Art. 55–56). */
export function authorityForCountry(country: CountryCode): SupervisoryAuthority | undefined {
  return authorityByCountry.get(country.toUpperCase());
}

/** An authority by Dijk id (`BE-GBA`). */
export function authorityById(id: string): SupervisoryAuthority | undefined {
  return authoritiesById.get(id);
}

/** The adequacy decision covering `country` on `now`, if any (Art. 45). */
export function adequacyFor(country: CountryCode, now: Date): AdequacyDecision | undefined {
  const today = isoDate(now);
  return ADEQUACY_DECISIONS.find((d) => d.country === country.toUpperCase() && (d.since ?? '') <= today);
}

/** The statutory minimum retention for records of `kind` in `country` that applies on `now`. */
export function statutoryRetentionFor(
  country: CountryCode,
  kind: StatutoryRetention['kind'],
  now: Date,
): StatutoryRetention | undefined {
  const today = isoDate(now);
  return STATUTORY_RETENTION.filter((r) => r.country === country.toUpperCase() && r.kind === kind && r.since <= today)
    .sort((a, b) => b.since.localeCompare(a.since))
    .at(0);
}

/** The age of digital consent (Art. 8(1)) in `country`, when Dijk knows it. */
export function childConsentAgeFor(country: CountryCode): ChildConsentAge | undefined {
  return CHILD_CONSENT_AGES.find((c) => c.country === country.toUpperCase());
}

/** Whether low-impact analytics cookies are exempt from consent in `country` (false when unknown). */
export function isAnalyticsCookieExempt(country: CountryCode): boolean {
  return ANALYTICS_COOKIE_EXEMPTION.find((c) => c.country === country.toUpperCase())?.exempt ?? false;
}

/** The outdated references (LEGAL.md §9) already outdated on `now`. */
export function outdatedReferences(now: Date): readonly OutdatedReference[] {
  const today = isoDate(now);
  return OUTDATED_REFERENCES.filter((r) => r.outdatedSince <= today);
}
