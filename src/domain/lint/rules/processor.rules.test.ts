import { describe } from 'vitest';
import { testRuleCases } from '../../../../test/fixtures/register/lint-cases.js';
import type { Register } from '../../register/register.schema.js';

function hosting(r: Register): Register['processor_activities'][number] {
  const found = r.processor_activities[0];
  if (!found) {
    throw new Error('no processor activity');
  }
  return found;
}

describe('processor rules', () => {
  testRuleCases([
    {
      rule: 'processor-without-agreement',
      fire: (r) => {
        delete r.recipients[0]?.agreement;
      },
      path: 'recipients[0]',
      near: (r) => {
        const recipient = r.recipients[0];
        if (recipient) {
          recipient.role = 'independent_controller';
          delete recipient.agreement;
        }
      },
    },
    {
      rule: 'subprocessor-change-notice-incomplete',
      fire: (r) => {
        hosting(r).sub_processor_changes = {
          authorisation: 'general',
          notice: 'partial',
          exemptions: [{ nl: 'Freelanceconsultants' }],
        };
      },
      path: 'processor_activities[0].sub_processor_changes',
      near: (r) => {
        // Specific prior authorisation of each sub-processor needs no change notice.
        hosting(r).sub_processor_changes = { authorisation: 'specific', notice: 'none' };
      },
    },
    {
      rule: 'breach-notice-to-controller-missing',
      fire: (r) => {
        hosting(r).breach_notice_to_controller = 'P5D';
      },
      path: 'processor_activities[0]',
      near: (r) => {
        hosting(r).breach_notice_to_controller = 'PT48H';
      },
    },
    {
      rule: 'processor-retention-missing',
      fire: (r) => {
        delete hosting(r).retention;
      },
      path: 'processor_activities[0]',
    },
    {
      rule: 'subprocessor-role-mismatch',
      fire: (r) => {
        hosting(r).sub_processors = ['host'];
      },
      path: 'processor_activities[0].sub_processors[0]',
    },
  ]);
});
