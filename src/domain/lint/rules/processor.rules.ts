import { compareDurations } from '../../register/duration.js';
import { both, defineRule } from '../lint.types.js';

/** Art. 28(3): processing by a processor is governed by a contract; the record points at it. */
export const processorWithoutAgreement = defineRule({
  id: 'processor-without-agreement',
  severity: 'error',
  article: 'GDPR Art. 28(3)',
  description: { nl: 'Verwerker zonder overeenkomst', en: 'Processor without agreement' },
  message: { nl: 'Verwerker zonder verwerkersovereenkomst', en: 'Processor without a processing agreement' },
  fix: { nl: 'Vul agreement in (referentie van de overeenkomst).', en: 'Set agreement (the contract reference).' },
  run({ register }, report) {
    register.recipients.forEach((r, i) => {
      if ((r.role === 'processor' || r.role === 'sub_processor') && !r.agreement) {
        report(`recipients[${i}]`, both(r.id));
      }
    });
  },
});

/** Art. 28(2): under a general authorisation, every intended change of sub-processor is notified. */
export const subprocessorChangeNoticeIncomplete = defineRule({
  id: 'subprocessor-change-notice-incomplete',
  severity: 'warning',
  article: 'GDPR Art. 28(2)',
  description: { nl: 'Onvolledige melding van subverwerkers', en: 'Incomplete sub-processor change notice' },
  message: {
    nl: 'Niet elke wijziging van subverwerkers wordt vooraf gemeld, dus de verwerkingsverantwoordelijke kan geen bezwaar maken',
    en: 'Not every change of sub-processors is notified in advance, so the controller cannot object',
  },
  fix: {
    nl: 'Meld elke beoogde toevoeging of vervanging (notice: all) en schrap de uitzonderingen.',
    en: 'Notify every intended addition or replacement (notice: all) and drop the exemptions.',
  },
  run({ register }, report) {
    register.processor_activities.forEach((a, i) => {
      const changes = a.sub_processor_changes;
      if (changes?.authorisation !== 'general') {
        return;
      }
      if (changes.notice !== 'all' || (changes.exemptions ?? []).length > 0) {
        report(`processor_activities[${i}].sub_processor_changes`, both(a.id));
      }
    });
  },
});

/** Art. 33(2), Art. 28(3)(f): a processor notifies the controller of breaches without undue delay. */
export const breachNoticeToControllerMissing = defineRule({
  id: 'breach-notice-to-controller-missing',
  // Art. 33(2) only says "without undue delay": a fixed period is good practice, not a legal requirement.
  severity: 'info',
  article: 'GDPR Art. 33(2), Art. 28(3)(f)',
  description: { nl: 'Geen meldtermijn voor datalekken', en: 'No breach notice period' },
  message: {
    nl: 'Geen termijn waarbinnen de verwerker datalekken aan de verwerkingsverantwoordelijke meldt (of langer dan 72 uur)',
    en: 'No period (or more than 72 hours) within which the processor reports breaches to the controller',
  },
  fix: { nl: 'Vul breach_notice_to_controller in, bv. PT24H.', en: 'Set breach_notice_to_controller, e.g. PT24H.' },
  run({ register }, report) {
    register.processor_activities.forEach((a, i) => {
      const notice = a.breach_notice_to_controller;
      if (notice === undefined || compareDurations(notice, 'PT72H') > 0) {
        report(`processor_activities[${i}]`, both(a.id));
      }
    });
  },
});

/** Art. 28(3)(g): at the end of the service the processor deletes or returns the data. */
export const processorActivityRetentionMissing = defineRule({
  id: 'processor-retention-missing',
  severity: 'info',
  article: 'GDPR Art. 28(3)(g)',
  description: { nl: 'Geen termijn voor wissen of teruggeven', en: 'No delete-or-return period' },
  message: {
    nl: 'Niet opgegeven wanneer de gegevens na het einde van de dienst gewist of teruggegeven worden',
    en: 'When the data are deleted or returned after the service ends is not stated',
  },
  fix: { nl: 'Vul retention in (duration, from: contract_end).', en: 'Set retention (duration, from: contract_end).' },
  run({ register }, report) {
    register.processor_activities.forEach((a, i) => {
      if (a.retention === undefined) {
        report(`processor_activities[${i}]`, both(a.id));
      }
    });
  },
});

/** Art. 28(2), Art. 30(2): the sub-processors listed must be declared as sub-processors. */
export const subprocessorRoleMismatch = defineRule({
  id: 'subprocessor-role-mismatch',
  severity: 'warning',
  article: 'GDPR Art. 28(2), Art. 28(4)',
  description: { nl: 'Subverwerker met verkeerde rol', en: 'Sub-processor with the wrong role' },
  message: {
    nl: 'Deze ontvanger staat als subverwerker vermeld maar heeft een andere rol',
    en: 'This recipient is listed as sub-processor but has another role',
  },
  fix: { nl: 'Zet role op sub_processor.', en: 'Set role to sub_processor.' },
  run({ register, index }, report) {
    register.processor_activities.forEach((a, i) => {
      a.sub_processors.forEach((id, j) => {
        const recipient = index.recipientById.get(id);
        if (recipient && recipient.role !== 'sub_processor') {
          report(`processor_activities[${i}].sub_processors[${j}]`, both(id));
        }
      });
    });
  },
});

export const processorRules = [
  processorWithoutAgreement,
  subprocessorChangeNoticeIncomplete,
  breachNoticeToControllerMissing,
  processorActivityRetentionMissing,
  subprocessorRoleMismatch,
];
