import { describe } from 'vitest';
import { purpose, testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';

describe('text rules', () => {
  testRuleCases([
    {
      rule: 'placeholder-text',
      fire: (r) => {
        purpose(r, 'orders').description = { nl: 'Wij verwerken {{ gegevens }} voor {{ doel }}.' };
      },
      path: 'purposes[0].description.nl',
      near: (r) => {
        purpose(r, 'orders').description = { nl: 'Wij verwerken je bestelling (naam en adres).' };
      },
    },
    {
      rule: 'placeholder-text',
      fire: (r) => {
        r.retention[0] = { ...(r.retention[0] as (typeof r.retention)[number]), criteria: { nl: '?' } };
      },
      path: 'retention[0].criteria.nl',
      near: (r) => {
        r.retention[0] = {
          ...(r.retention[0] as (typeof r.retention)[number]),
          criteria: { nl: 'Hoe lang? Tien jaar.' },
        };
      },
    },
    {
      rule: 'consent-by-browsing',
      fire: (r) => {
        purpose(r, 'newsletter').consent = { withdrawal: ['unsubscribe_link'], given_by: 'browsing' };
      },
      path: 'purposes[1].consent.given_by',
      near: (r) => {
        purpose(r, 'newsletter').consent = { withdrawal: ['unsubscribe_link'], given_by: 'double_opt_in' };
      },
    },
  ]);
});
