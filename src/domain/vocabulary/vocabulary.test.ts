import { describe, expect, it } from 'vitest';
import {
  findDataSubjectTerm,
  findGdprTerm,
  findPersonalDataTerm,
  isCriminalTerm,
  isSpecialCategoryTerm,
  PERSONAL_DATA_TERMS,
  personalDataAncestors,
} from './vocabulary.js';

describe('vocabulary', () => {
  it('flags the Art. 9(1) categories as special, directly typed or inherited', () => {
    for (const term of ['Health', 'PhysicalHealth', 'MentalHealth', 'Biometric', 'FacialPrint', 'Religion']) {
      expect(isSpecialCategoryTerm(term), term).toBe(true);
    }
    for (const term of ['TradeUnionMembership', 'PoliticalOpinion', 'Race', 'EthnicOrigin', 'SexualPreference']) {
      expect(isSpecialCategoryTerm(`pd:${term}`), term).toBe(true);
    }
  });

  it('does not flag ordinary data, sensitive-but-not-special data or unknown terms', () => {
    for (const term of ['Name', 'EmailAddress', 'GroupMembership', 'Vulnerability', 'Criminal', 'NoSuchTerm']) {
      expect(isSpecialCategoryTerm(term), term).toBe(false);
    }
  });

  it('marks pd:Criminal and its children as Art. 10 data', () => {
    expect(isCriminalTerm('Criminal')).toBe(true);
    expect(isCriminalTerm('CriminalConviction')).toBe(true);
    expect(isCriminalTerm('Name')).toBe(false);
  });

  it('follows parents to the top of the hierarchy', () => {
    expect(personalDataAncestors('EmailAddressWork')).toEqual(['EmailAddress', 'Contact', 'Tracking']);
  });

  it('ships every special term with a special parent or a special DPV type', () => {
    const special = PERSONAL_DATA_TERMS.filter((t) => t.special);
    expect(special.length).toBeGreaterThan(20);
    for (const t of special) {
      const ok =
        t.parents.includes('dpv:SpecialCategoryPersonalData') ||
        t.parents.some((p) => p.startsWith('pd:') && findPersonalDataTerm(p)?.special);
      expect(ok, t.term).toBe(true);
    }
  });

  it('finds data-subject and GDPR terms', () => {
    expect(findDataSubjectTerm('dpv:Customer')?.label).toBe('Customer');
    expect(findGdprTerm('A6-1-f')?.label).toMatch(/legitimate interest/i);
  });
});
