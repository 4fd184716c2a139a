import { describe } from 'vitest';
import { purpose, testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';

describe('legal-basis rules', () => {
  testRuleCases([
    {
      rule: 'missing-legal-basis',
      fire: (r) => {
        delete purpose(r, 'orders').legal_basis;
      },
      path: 'purposes[0]',
    },
    {
      rule: 'special-category-without-condition',
      fire: (r) => {
        delete purpose(r, 'care').art9_condition;
      },
      path: 'purposes[3]',
      near: (r) => {
        // A custom category under a non-special DPV parent is ordinary data.
        r.data_categories.push({ id: 'fitness', parent: 'Behavioural', label: { en: 'Steps' } });
        purpose(r, 'orders').data_categories.push('fitness');
      },
    },
    {
      rule: 'special-category-without-condition',
      fire: (r) => {
        // A custom category below a special DPV term is special too (derived from the hierarchy).
        r.data_categories.push({ id: 'diagnosis', parent: 'MentalHealth', label: { en: 'Diagnosis' } });
        purpose(r, 'orders').data_categories.push('diagnosis');
      },
      path: 'purposes[0]',
    },
    {
      rule: 'criminal-data-without-law',
      fire: (r) => {
        r.data_categories.push({ id: 'record', term: 'CriminalConviction' });
        purpose(r, 'orders').data_categories.push('record');
      },
      path: 'purposes[0]',
      near: (r) => {
        r.data_categories.push({ id: 'record', term: 'CriminalConviction' });
        purpose(r, 'orders').data_categories.push('record');
        purpose(r, 'orders').art10_law = 'Wet van 8 december 1992, art. 8';
      },
    },
    {
      rule: 'legitimate-interest-without-balancing',
      fire: (r) => {
        delete purpose(r, 'support').legitimate_interest;
      },
      path: 'purposes[2].legal_basis',
    },
    {
      rule: 'consent-without-withdrawal',
      fire: (r) => {
        delete purpose(r, 'newsletter').consent;
      },
      path: 'purposes[1]',
      near: (r) => {
        // The analytics purpose is only used by a cookie: withdrawn in the banner's settings.
        delete purpose(r, 'analytics').consent;
      },
    },
    {
      rule: 'marketing-without-consent',
      fire: (r) => {
        const p = purpose(r, 'newsletter');
        p.legal_basis = 'legitimate_interest';
        p.legitimate_interest = { en: 'Selling more.' };
        p.direct_marketing = { channels: ['email'], audience: 'prospects' };
      },
      path: 'purposes[1].direct_marketing',
      near: (r) => {
        const p = purpose(r, 'newsletter');
        p.legal_basis = 'legitimate_interest';
        p.legitimate_interest = { en: 'Informing customers of similar products.' };
        p.direct_marketing = { channels: ['email'], audience: 'existing_customers', similar_products: true };
      },
    },
  ]);
});
