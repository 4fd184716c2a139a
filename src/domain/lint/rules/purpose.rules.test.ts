import { describe } from 'vitest';
import { purpose, testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';

const logic = { en: 'A score from payment history.' };
const significance = { en: 'The order may be refused.' };

describe('purpose rules', () => {
  testRuleCases([
    {
      rule: 'purpose-without-data-categories',
      fire: (r) => {
        purpose(r, 'support').data_categories = [];
      },
      path: 'purposes[2]',
    },
    {
      rule: 'purpose-without-data-subjects',
      fire: (r) => {
        purpose(r, 'support').data_subjects = [];
      },
      path: 'purposes[2]',
    },
    {
      rule: 'provision-without-consequence',
      fire: (r) => {
        purpose(r, 'support').provision = { requirement: 'statutory' };
      },
      path: 'purposes[2].provision',
      near: (r) => {
        purpose(r, 'support').provision = { requirement: 'voluntary' };
      },
    },
    {
      rule: 'purpose-translation-missing',
      fire: (r) => {
        purpose(r, 'orders').name = { nl: 'Bestellingen' };
      },
      path: 'purposes[0].name',
      near: (r) => {
        purpose(r, 'orders').name = { nl: 'Bestellingen' };
        r.organisation.languages = ['nl'];
      },
    },
    {
      rule: 'adm-without-safeguards',
      fire: (r) => {
        purpose(r, 'orders').automated_decision = {
          solely_automated: true,
          basis: 'contract',
          logic,
          significance,
          safeguards: ['human_intervention'],
        };
      },
      path: 'purposes[0].automated_decision',
      near: (r) => {
        purpose(r, 'orders').automated_decision = {
          solely_automated: true,
          basis: 'contract',
          logic,
          significance,
          safeguards: ['human_intervention', 'express_view', 'contest'],
        };
      },
    },
    {
      rule: 'adm-without-safeguards',
      fire: (r) => {
        // Safeguards alone are not enough: the logic must be explained (Art. 13(2)(f)).
        purpose(r, 'orders').automated_decision = {
          solely_automated: true,
          basis: 'explicit_consent',
          significance,
          safeguards: ['human_intervention', 'express_view', 'contest'],
        };
      },
      path: 'purposes[0].automated_decision',
      near: (r) => {
        purpose(r, 'orders').automated_decision = { solely_automated: false };
      },
    },
    {
      rule: 'adm-basis-invalid',
      fire: (r) => {
        purpose(r, 'orders').automated_decision = { solely_automated: true, logic, significance };
      },
      path: 'purposes[0].automated_decision',
      near: (r) => {
        purpose(r, 'orders').automated_decision = { solely_automated: true, basis: 'law', logic, significance };
      },
    },
  ]);
});
