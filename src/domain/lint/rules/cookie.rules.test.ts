import { describe } from 'vitest';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';
import type { Register } from '../../register/register.schema.js';

function stats(r: Register): Register['cookies'][number] {
  const found = r.cookies[1];
  if (!found) {
    throw new Error('no analytics cookie');
  }
  return found;
}

describe('cookie rules', () => {
  testRuleCases([
    {
      rule: 'cookie-without-consent-purpose',
      fire: (r) => {
        delete stats(r).consent_purpose;
      },
      path: 'cookies[1]',
      near: (r) => {
        delete stats(r).consent_purpose;
        stats(r).category = 'strictly_necessary';
      },
    },
    {
      rule: 'cookie-consent-purpose-not-consent',
      fire: (r) => {
        stats(r).consent_purpose = 'orders';
      },
      path: 'cookies[1].consent_purpose',
    },
    {
      rule: 'cookie-analytics-exemption-invalid',
      fire: (r) => {
        delete stats(r).consent_purpose;
        stats(r).consent_exempt = 'low_impact_analytics';
      },
      path: 'cookies[1].consent_exempt',
      near: (r) => {
        // The Netherlands exempts low-impact analytics (Telecommunicatiewet art. 11.7a).
        r.organisation.country = 'NL';
        r.organisation.enterprise_number = '54305446';
        r.children = { min_age: { NL: 16 } };
        delete stats(r).consent_purpose;
        stats(r).consent_exempt = 'low_impact_analytics';
      },
    },
    {
      rule: 'cookie-necessary-claim-mismatch',
      fire: (r) => {
        stats(r).consent_exempt = 'strictly_necessary';
      },
      path: 'cookies[1].consent_exempt',
    },
    {
      rule: 'cookie-duration-excessive',
      fire: (r) => {
        stats(r).duration = 'P2Y';
      },
      path: 'cookies[1].duration',
      near: (r) => {
        stats(r).duration = 'P13M';
      },
    },
  ]);
});
