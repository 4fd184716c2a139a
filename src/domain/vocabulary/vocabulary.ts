import { DATA_SUBJECT_TERMS } from './dpv-data-subjects.data.js';
import { LEGAL_BASIS_TERMS } from './dpv-legal-bases.data.js';
import { PERSONAL_DATA_TERMS } from './dpv-personal-data.data.js';
import { PURPOSE_TERMS } from './dpv-purposes.data.js';
import { RIGHT_TERMS } from './dpv-rights.data.js';
import { EU_GDPR_TERMS } from './eu-gdpr-terms.data.js';
import type { PersonalDataTerm, VocabularyTerm } from './vocabulary.types.js';

function indexTerms<T extends VocabularyTerm>(terms: readonly T[]): ReadonlyMap<string, T> {
  return new Map(terms.map((t) => [t.term, t]));
}

const personalData = indexTerms(PERSONAL_DATA_TERMS);
const dataSubjects = indexTerms(DATA_SUBJECT_TERMS);
const purposes = indexTerms(PURPOSE_TERMS);
const gdprTerms = indexTerms(EU_GDPR_TERMS);

/** The `pd:` term names, sorted; used as the enum of `data_categories[].term` so editors can autocomplete it. */
export const PERSONAL_DATA_TERM_NAMES = PERSONAL_DATA_TERMS.map((t) => t.term) as [string, ...string[]];
/** The DPV data-subject term names (`dpv:Customer`, …). */
export const DATA_SUBJECT_TERM_NAMES = DATA_SUBJECT_TERMS.map((t) => t.term) as [string, ...string[]];
/** The DPV purpose term names (`dpv:ServiceProvision`, …). */
export const PURPOSE_TERM_NAMES = PURPOSE_TERMS.map((t) => t.term) as [string, ...string[]];

/** Looks up a `pd:` term by name (`EmailAddress`; a `pd:` prefix is accepted). */
export function findPersonalDataTerm(name: string): PersonalDataTerm | undefined {
  return personalData.get(name.startsWith('pd:') ? name.slice(3) : name);
}

/** Looks up a DPV data-subject term (`Customer`, `dpv:Customer`). */
export function findDataSubjectTerm(name: string): VocabularyTerm | undefined {
  return dataSubjects.get(name.startsWith('dpv:') ? name.slice(4) : name);
}

/** Looks up a DPV purpose term (`ServiceProvision`, `dpv:ServiceProvision`). */
export function findPurposeTerm(name: string): VocabularyTerm | undefined {
  return purposes.get(name.startsWith('dpv:') ? name.slice(4) : name);
}

/** Looks up an EU GDPR term (`A6-1-a`, `eu-gdpr:A9-2-h`, `SCCByCommission`). */
export function findGdprTerm(name: string): VocabularyTerm | undefined {
  return gdprTerms.get(name.startsWith('eu-gdpr:') ? name.slice(8) : name);
}

/** True when the `pd:` term is a special category under GDPR Art. 9(1) (derived from the DPV hierarchy). */
export function isSpecialCategoryTerm(name: string): boolean {
  return findPersonalDataTerm(name)?.special ?? false;
}

/** True when the `pd:` term is criminal-offence data under GDPR Art. 10 (`pd:Criminal` and below). */
export function isCriminalTerm(name: string): boolean {
  return findPersonalDataTerm(name)?.criminal ?? false;
}

/** The `pd:` ancestors of a term, nearest first, without duplicates. */
export function personalDataAncestors(name: string): string[] {
  const result: string[] = [];
  const queue = [...(findPersonalDataTerm(name)?.parents ?? [])];
  while (queue.length > 0) {
    const parent = queue.shift() as string;
    if (!parent.startsWith('pd:') || result.includes(parent.slice(3))) {
      continue;
    }
    result.push(parent.slice(3));
    queue.push(...(findPersonalDataTerm(parent)?.parents ?? []));
  }
  return result;
}

export { DATA_SUBJECT_TERMS, EU_GDPR_TERMS, LEGAL_BASIS_TERMS, PERSONAL_DATA_TERMS, PURPOSE_TERMS, RIGHT_TERMS };
