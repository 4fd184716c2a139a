import { describe } from 'vitest';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';

describe('organisation rules', () => {
  testRuleCases([
    {
      rule: 'enterprise-number-invalid',
      fire: (r) => {
        r.organisation.enterprise_number = '0736673726';
      },
      path: 'organisation.enterprise_number',
      near: (r) => {
        r.organisation.enterprise_number = 'BE 0451.355.351';
      },
    },
    {
      rule: 'contact-missing',
      fire: (r) => {
        delete r.organisation.email;
      },
      path: 'organisation',
      near: (r) => {
        delete r.organisation.email;
        r.organisation.phone = '+32 2 000 00 00';
      },
    },
    {
      rule: 'dpo-conflict-of-interest',
      fire: (r) => {
        if (r.organisation.dpo) {
          r.organisation.dpo.is_director = true;
        }
      },
      path: 'organisation.dpo.is_director',
      near: (r) => {
        delete r.organisation.dpo;
      },
    },
    {
      rule: 'dpo-contact-missing',
      fire: (r) => {
        delete r.organisation.dpo?.email;
      },
      path: 'organisation.dpo',
    },
    {
      rule: 'representative-missing',
      fire: (r) => {
        r.organisation.country = 'US';
      },
      path: 'organisation.country',
      near: (r) => {
        r.organisation.country = 'US';
        r.organisation.representative = { name: 'EU Rep BV' };
      },
    },
    {
      rule: 'authority-unknown',
      fire: (r) => {
        r.organisation.country = 'FR';
      },
      path: 'organisation.country',
      near: (r) => {
        r.organisation.country = 'FR';
        r.organisation.supervisory_authority = { name: 'CNIL' };
      },
    },
    {
      rule: 'role-mismatch',
      fire: (r) => {
        r.processor_activities = [];
      },
      path: 'roles',
      near: (r) => {
        r.processor_activities = [];
        r.roles = ['controller'];
      },
    },
  ]);
});
