import { describe, expect, it } from 'vitest';
import { cleanRegister } from '../../../../test/fixtures/register/clean-register.js';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';
import { lintRegister } from '../lint.engine.js';

describe('outdated-reference rules', () => {
  testRuleCases([
    {
      rule: 'privacy-shield-invalid',
      fire: (r) => {
        const mailer = r.recipients[1];
        if (mailer) {
          mailer.transfer = { mechanism: 'privacy_shield' };
        }
      },
      path: 'recipients[1].transfer.mechanism',
    },
    {
      rule: 'privacy-shield-invalid',
      fire: (r) => {
        const mailer = r.recipients[1];
        if (mailer) {
          mailer.transfer = { mechanism: 'dpf', safeguards: { en: 'Certified under the EU-US Privacy Shield.' } };
        }
      },
      path: 'recipients[1].transfer.safeguards.en',
      near: (r) => {
        const mailer = r.recipients[1];
        if (mailer) {
          mailer.transfer = {
            mechanism: 'dpf',
            safeguards: { en: 'Certified under the EU-US Data Privacy Framework.' },
          };
        }
      },
    },
    {
      rule: 'authority-outdated-name',
      fire: (r) => {
        r.organisation.supervisory_authority = {
          name: 'Commissie voor de bescherming van de persoonlijke levenssfeer',
          email: 'commission@privacycommission.be',
        };
      },
      path: 'organisation.supervisory_authority.name',
      near: (r) => {
        r.organisation.supervisory_authority = { name: 'Gegevensbeschermingsautoriteit', email: 'contact@apd-gba.be' };
      },
    },
    {
      rule: 'odr-platform-discontinued',
      fire: (r) => {
        r.organisation.dispute_resolution = [{ name: 'ODR', url: 'https://ec.europa.eu/consumers/odr/' }];
      },
      path: 'organisation.dispute_resolution[0].url',
      near: (r) => {
        r.organisation.dispute_resolution = [
          { name: 'Consumentenombudsdienst', url: 'https://consumentenombudsdienst.be' },
        ];
      },
    },
  ]);
});

describe('odr-platform-discontinued and the clock', () => {
  it('only fires from 20 July 2025, when the platform closed', () => {
    const r = cleanRegister();
    r.organisation.dispute_resolution = [{ name: 'ODR', url: 'https://ec.europa.eu/consumers/odr/' }];
    const ids = (now: string) => lintRegister(r, { now: new Date(now) }).map((f) => f.ruleId);
    expect(ids('2025-07-19')).not.toContain('odr-platform-discontinued');
    expect(ids('2025-07-20')).toContain('odr-platform-discontinued');
  });
});
