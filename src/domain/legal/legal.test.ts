import { describe, expect, it } from 'vitest';
import { SUPERVISORY_AUTHORITIES } from './authorities.data.js';
import { ADEQUACY_DECISIONS, EEA_COUNTRIES } from './countries.data.js';
import {
  adequacyFor,
  authorityForCountry,
  childConsentAgeFor,
  isAnalyticsCookieExempt,
  isEeaCountry,
  outdatedReferences,
  statutoryRetentionFor,
} from './legal.js';
import { OUTDATED_REFERENCES } from './outdated-references.data.js';
import { STATUTORY_RETENTION } from './retention.data.js';

describe('legal facts', () => {
  it('carries a source and an ISO lastChecked date on every entry', () => {
    const all = [...SUPERVISORY_AUTHORITIES, ...ADEQUACY_DECISIONS, ...STATUTORY_RETENTION, ...OUTDATED_REFERENCES];
    for (const fact of [...all, EEA_COUNTRIES]) {
      expect(fact.source.length).toBeGreaterThan(3);
      expect(fact.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('knows the EEA: 27 EU states plus IS, LI, NO', () => {
    expect(EEA_COUNTRIES.countries).toHaveLength(30);
    expect(isEeaCountry('no')).toBe(true);
    expect(isEeaCountry('CH')).toBe(false);
  });

  it('derives the authority from the country', () => {
    expect(authorityForCountry('BE')?.email).toBe('contact@apd-gba.be');
    expect(authorityForCountry('NL')?.id).toBe('NL-AP');
    expect(authorityForCountry('XX')).toBeUndefined();
  });

  it('covers the US only from the Data Privacy Framework date on', () => {
    expect(adequacyFor('US', new Date('2023-07-09'))).toBeUndefined();
    expect(adequacyFor('US', new Date('2023-07-10'))?.scope).toBe('dpf');
    expect(adequacyFor('JP', new Date('2026-01-01'))).toBeDefined();
    expect(adequacyFor('CN', new Date('2026-01-01'))).toBeUndefined();
  });

  it('applies the Belgian 10-year tax period from 2023, the old 7 years before', () => {
    expect(statutoryRetentionFor('BE', 'tax', new Date('2026-01-01'))?.minimum).toBe('P10Y');
    expect(statutoryRetentionFor('BE', 'tax', new Date('2022-06-01'))).toBeUndefined();
    expect(statutoryRetentionFor('NL', 'tax', new Date('2026-01-01'))?.minimum).toBe('P7Y');
  });

  it('knows the digital-consent ages and the analytics exemption', () => {
    expect(childConsentAgeFor('BE')?.age).toBe(13);
    expect(childConsentAgeFor('nl')?.age).toBe(16);
    expect(isAnalyticsCookieExempt('NL')).toBe(true);
    expect(isAnalyticsCookieExempt('BE')).toBe(false);
  });

  it('only reports references outdated on the given date', () => {
    expect(outdatedReferences(new Date('2025-07-19')).map((r) => r.findingId)).not.toContain(
      'odr-platform-discontinued',
    );
    expect(outdatedReferences(new Date('2025-07-20')).map((r) => r.findingId)).toContain('odr-platform-discontinued');
  });
});
