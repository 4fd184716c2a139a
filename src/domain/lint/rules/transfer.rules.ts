import { adequacyFor, isEeaCountry } from '../../legal/legal.js';
import { both, defineRule } from '../lint.types.js';

/** Art. 44–46: a transfer outside the EEA needs adequacy, appropriate safeguards or an Art. 49 derogation. */
export const transferWithoutMechanism = defineRule({
  id: 'transfer-without-mechanism',
  severity: 'error',
  article: 'GDPR Art. 44–46, Art. 13(1)(f)',
  description: { nl: 'Doorgifte zonder mechanisme', en: 'Transfer without mechanism' },
  message: {
    nl: 'Doorgifte buiten de EER zonder doorgiftemechanisme',
    en: 'Transfer outside the EEA without a transfer mechanism',
  },
  fix: {
    nl: 'Vul transfer.mechanism in: adequacy, dpf, scc (met scc_module), bcr of art49.',
    en: 'Set transfer.mechanism: adequacy, dpf, scc (with scc_module), bcr or art49.',
  },
  run({ register }, report) {
    register.recipients.forEach((r, i) => {
      if (r.country !== undefined && !isEeaCountry(r.country)) {
        const mechanism = r.transfer?.mechanism;
        if (mechanism === undefined || mechanism === 'none') {
          report(`recipients[${i}]`, both(`${r.id} → ${r.country}`));
        }
      }
    });
  },
});

/** Art. 45: "adequacy" only for countries on the Commission's list; the US only via the DPF. */
export const adequacyNotListed = defineRule({
  id: 'adequacy-not-listed',
  severity: 'error',
  article: 'GDPR Art. 45(3); Implementing Decision (EU) 2023/1795',
  description: { nl: 'Geen adequaatheidsbesluit', en: 'No adequacy decision' },
  message: {
    nl: 'Voor dit land bestaat geen (algemeen) adequaatheidsbesluit',
    en: 'There is no (general) adequacy decision for this country',
  },
  fix: {
    nl: 'Gebruik scc of bcr; voor de VS: dpf als de ontvanger gecertificeerd is.',
    en: 'Use scc or bcr; for the US: dpf when the recipient is certified.',
  },
  run({ register, now }, report) {
    register.recipients.forEach((r, i) => {
      const mechanism = r.transfer?.mechanism;
      if (r.country === undefined || isEeaCountry(r.country) || (mechanism !== 'adequacy' && mechanism !== 'dpf')) {
        return;
      }
      const decision = adequacyFor(r.country, now);
      const ok = decision !== undefined && (decision.scope === 'dpf') === (mechanism === 'dpf');
      if (!ok) {
        report(`recipients[${i}].transfer.mechanism`, both(`${mechanism} → ${r.country}`));
      }
    });
  },
});

/** Art. 49(1), Art. 30(1)(e): derogations are exceptional and the record names the ground and safeguards. */
export const art49WithoutGround = defineRule({
  id: 'art49-without-ground',
  severity: 'warning',
  article: 'GDPR Art. 49(1), Art. 30(1)(e); EDPB Guidelines 2/2018',
  description: { nl: 'Art. 49 zonder grond', en: 'Art. 49 without ground' },
  message: {
    nl: 'Doorgifte op basis van art. 49 zonder de afwijkingsgrond en waarborgen',
    en: 'Art. 49 transfer without the derogation and safeguards',
  },
  fix: {
    nl: 'Vul transfer.art49_ground en transfer.safeguards in.',
    en: 'Fill in transfer.art49_ground and safeguards.',
  },
  run({ register }, report) {
    register.recipients.forEach((r, i) => {
      if (r.transfer?.mechanism === 'art49' && (!r.transfer.art49_ground || !r.transfer.safeguards)) {
        report(`recipients[${i}].transfer`, both(r.id));
      }
    });
  },
});

/** Decision (EU) 2021/914: the SCCs come in four modules; the right one depends on the roles. */
export const sccModuleMissing = defineRule({
  id: 'scc-module-missing',
  severity: 'info',
  article: 'GDPR Art. 46(2)(c); Decision (EU) 2021/914',
  description: { nl: 'SCC-module ontbreekt', en: 'SCC module missing' },
  message: { nl: 'Welke SCC-module (1–4) is gebruikt?', en: 'Which SCC module (1–4) is used?' },
  fix: { nl: 'Vul transfer.scc_module in.', en: 'Set transfer.scc_module.' },
  run({ register }, report) {
    register.recipients.forEach((r, i) => {
      if (r.transfer?.mechanism === 'scc' && r.transfer.scc_module === undefined) {
        report(`recipients[${i}].transfer`, both(r.id));
      }
    });
  },
});

/** Art. 13(1)(f): to tell whether data leave the EEA, the recipient's country must be known. */
export const recipientCountryUnknown = defineRule({
  id: 'recipient-country-unknown',
  severity: 'info',
  article: 'GDPR Art. 13(1)(f), Art. 30(1)(e)',
  description: { nl: 'Land van ontvanger onbekend', en: 'Recipient country unknown' },
  message: { nl: 'Het land van deze verwerker is niet opgegeven', en: 'The country of this processor is not given' },
  fix: { nl: 'Vul country in.', en: 'Set country.' },
  run({ register }, report) {
    register.recipients.forEach((r, i) => {
      if ((r.role === 'processor' || r.role === 'sub_processor') && r.country === undefined) {
        report(`recipients[${i}]`, both(r.id));
      }
    });
  },
});

export const transferRules = [
  transferWithoutMechanism,
  adequacyNotListed,
  art49WithoutGround,
  sccModuleMissing,
  recipientCountryUnknown,
];
