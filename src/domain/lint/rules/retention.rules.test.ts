import { describe, expect, it } from 'vitest';
import { cleanRegister } from '../../../../test/fixtures/register/clean-register.js';
import { purpose, testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';
import { lintRegister } from '../lint.engine.js';

describe('retention rules', () => {
  testRuleCases([
    {
      rule: 'retention-unspecified',
      fire: (r) => {
        r.retention = r.retention.filter((rule) => rule.id !== 'care');
        // Without `name`, no category-wide rule (accounting) covers the purpose any more.
        purpose(r, 'care').data_categories = ['health'];
      },
      path: 'purposes[3]',
      near: (r) => {
        r.retention = r.retention.filter((rule) => rule.id !== 'care');
        r.retention.push({
          id: 'care-criteria',
          purposes: ['care'],
          data_categories: [],
          action: 'delete',
          criteria: { en: 'As long as the treatment lasts, then the statutory medical-record period.' },
        });
      },
    },
    {
      rule: 'retention-unspecified',
      fire: (r) => {
        r.retention.push({ id: 'empty', purposes: ['care'], data_categories: [], action: 'delete' });
      },
      path: 'retention[5]',
    },
    {
      rule: 'retention-unlimited',
      fire: (r) => {
        const rule = r.retention.find((x) => x.id === 'support');
        if (rule) {
          rule.duration = 'unlimited';
        }
      },
      path: 'retention[2].duration',
    },
    {
      rule: 'fiscal-retention-outdated',
      fire: (r) => {
        const rule = r.retention.find((x) => x.id === 'orders');
        if (rule) {
          rule.duration = 'P7Y';
        }
      },
      path: 'retention[0].duration',
      near: (r) => {
        // Seven years is right for tax records in the Netherlands (AWR art. 52(4)).
        r.organisation.country = 'NL';
        r.organisation.enterprise_number = '54305446';
        r.children = { min_age: { NL: 16 } };
        const rule = r.retention.find((x) => x.id === 'orders');
        if (rule) {
          rule.duration = 'P7Y';
        }
      },
    },
    {
      rule: 'retention-below-statutory-minimum',
      fire: (r) => {
        const rule = r.retention.find((x) => x.id === 'accounting');
        if (rule) {
          rule.duration = 'P5Y';
        }
      },
      path: 'retention[4].duration',
      near: (r) => {
        const rule = r.retention.find((x) => x.id === 'accounting');
        if (rule) {
          rule.duration = 'P84M';
        }
      },
    },
    {
      rule: 'retention-until-withdrawn-not-consent',
      fire: (r) => {
        const rule = r.retention.find((x) => x.id === 'support');
        if (rule) {
          rule.duration = 'until_withdrawn';
        }
      },
      path: 'retention[2].duration',
    },
  ]);
});

describe('fiscal-retention-outdated and the clock', () => {
  it('does not apply the 2023 Belgian tax period to a date before it', () => {
    const r = cleanRegister();
    const rule = r.retention.find((x) => x.id === 'orders');
    if (rule) {
      rule.duration = 'P7Y';
    }
    const ids = (now: string) => lintRegister(r, { now: new Date(now) }).map((f) => f.ruleId);
    expect(ids('2022-06-01')).not.toContain('fiscal-retention-outdated');
    expect(ids('2023-06-01')).toContain('fiscal-retention-outdated');
  });
});
