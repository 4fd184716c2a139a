import { describe } from 'vitest';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';
import type { Register } from '../../register/register.schema.js';

function mailer(r: Register): Register['recipients'][number] {
  const found = r.recipients.find((x) => x.id === 'mailer');
  if (!found) {
    throw new Error('no mailer');
  }
  return found;
}

describe('transfer rules', () => {
  testRuleCases([
    {
      rule: 'transfer-without-mechanism',
      fire: (r) => {
        delete mailer(r).transfer;
      },
      path: 'recipients[1]',
      near: (r) => {
        delete mailer(r).transfer;
        mailer(r).country = 'IE';
      },
    },
    {
      rule: 'adequacy-not-listed',
      fire: (r) => {
        mailer(r).transfer = { mechanism: 'adequacy' };
      },
      path: 'recipients[1].transfer.mechanism',
      near: (r) => {
        mailer(r).country = 'JP';
        mailer(r).transfer = { mechanism: 'adequacy' };
      },
    },
    {
      rule: 'adequacy-not-listed',
      fire: (r) => {
        mailer(r).country = 'IN';
      },
      path: 'recipients[1].transfer.mechanism',
    },
    {
      rule: 'art49-without-ground',
      fire: (r) => {
        mailer(r).transfer = { mechanism: 'art49' };
      },
      path: 'recipients[1].transfer',
      near: (r) => {
        mailer(r).transfer = {
          mechanism: 'art49',
          art49_ground: 'Art. 49(1)(b): necessary for the contract',
          safeguards: { en: 'Only the booking data, encrypted in transit.' },
        };
      },
    },
    {
      rule: 'scc-module-missing',
      fire: (r) => {
        mailer(r).transfer = { mechanism: 'scc' };
      },
      path: 'recipients[1].transfer',
      near: (r) => {
        mailer(r).transfer = { mechanism: 'scc', scc_module: 2 };
      },
    },
    {
      rule: 'recipient-country-unknown',
      fire: (r) => {
        delete mailer(r).country;
      },
      path: 'recipients[1]',
    },
  ]);
});
