import { authorityForCountry, isEeaCountry } from '../../legal/legal.js';
import { isValidEnterpriseNumber } from '../../register/enterprise-number.js';
import { both, defineRule } from '../lint.types.js';

/** Art. 13(1)(a): the controller's identity must be verifiable; a wrong KBO/KvK number points at someone else. */
export const enterpriseNumberInvalid = defineRule({
  id: 'enterprise-number-invalid',
  severity: 'error',
  article: 'GDPR Art. 13(1)(a), Art. 30(1)(a)',
  description: { nl: 'Ondernemingsnummer is ongeldig', en: 'Enterprise number is invalid' },
  message: {
    nl: 'Het ondernemingsnummer klopt niet (KBO: mod-97-controle; KvK: 8 cijfers)',
    en: 'The enterprise number is invalid (KBO: mod-97 check; KvK: 8 digits)',
  },
  fix: { nl: 'Neem het nummer over uit de KBO of het Handelsregister.', en: 'Copy the number from the KBO or KvK.' },
  run({ register }, report) {
    const { enterprise_number: number, country } = register.organisation;
    if (number !== undefined && !isValidEnterpriseNumber(number, country)) {
      report('organisation.enterprise_number', both(number));
    }
  },
});

/** Art. 13(1)(a): the statement must say how to contact the controller. */
export const contactMissing = defineRule({
  id: 'contact-missing',
  severity: 'error',
  article: 'GDPR Art. 13(1)(a), Art. 30(1)(a)',
  description: { nl: 'Geen contactgegevens', en: 'No contact details' },
  message: {
    nl: 'De organisatie heeft geen e-mailadres of telefoonnummer',
    en: 'The organisation has no e-mail or phone',
  },
  fix: {
    nl: 'Voeg organisation.email of organisation.phone toe.',
    en: 'Add organisation.email or organisation.phone.',
  },
  run({ register }, report) {
    if (register.organisation.email === undefined && register.organisation.phone === undefined) {
      report('organisation');
    }
  },
});

/** Art. 38(6): the DPO's other tasks must not cause a conflict; deciding on the processing is the classic one. */
export const dpoConflictOfInterest = defineRule({
  id: 'dpo-conflict-of-interest',
  severity: 'warning',
  article: 'GDPR Art. 38(6); WP243 rev.01 §3.5',
  description: { nl: 'DPO is ook bestuurder', en: 'DPO is also the director' },
  message: {
    nl: 'De functionaris voor gegevensbescherming beslist zelf over de verwerking (belangenconflict)',
    en: 'The data protection officer decides on the processing (conflict of interest)',
  },
  fix: {
    nl: 'Wijs een DPO aan die niet over doeleinden en middelen beslist, of een externe DPO.',
    en: 'Appoint a DPO who does not decide on purposes and means, or an external DPO.',
  },
  run({ register }, report) {
    if (register.organisation.dpo?.is_director === true) {
      report('organisation.dpo.is_director');
    }
  },
});

/** Art. 37(7), Art. 13(1)(b): the DPO's contact details must be published. */
export const dpoContactMissing = defineRule({
  id: 'dpo-contact-missing',
  severity: 'warning',
  article: 'GDPR Art. 37(7), Art. 13(1)(b)',
  description: { nl: 'DPO zonder contactgegevens', en: 'DPO without contact details' },
  message: { nl: 'De DPO heeft geen e-mailadres of telefoonnummer', en: 'The DPO has no e-mail address or phone' },
  fix: { nl: 'Voeg een functioneel adres toe, bv. dpo@…', en: 'Add a functional address, e.g. dpo@…' },
  run({ register }, report) {
    const dpo = register.organisation.dpo;
    if (dpo && dpo.email === undefined && dpo.phone === undefined) {
      report('organisation.dpo');
    }
  },
});

/** Art. 27: a controller outside the EEA offering services here needs a representative in the Union. */
export const representativeMissing = defineRule({
  id: 'representative-missing',
  severity: 'warning',
  article: 'GDPR Art. 27, Art. 30(1)(a)',
  description: { nl: 'Geen vertegenwoordiger in de EU', en: 'No EU representative' },
  message: {
    nl: 'De organisatie is buiten de EER gevestigd maar heeft geen vertegenwoordiger in de Unie',
    en: 'The organisation is established outside the EEA but has no representative in the Union',
  },
  fix: { nl: 'Voeg organisation.representative toe.', en: 'Add organisation.representative.' },
  run({ register }, report) {
    if (!isEeaCountry(register.organisation.country) && register.organisation.representative === undefined) {
      report('organisation.country', both(register.organisation.country));
    }
  },
});

/** Art. 13(2)(d): the complaint right names an authority; Dijk derives it from the country when it can. */
export const authorityUnknown = defineRule({
  id: 'authority-unknown',
  severity: 'info',
  article: 'GDPR Art. 13(2)(d), Art. 77',
  description: { nl: 'Toezichthouder onbekend', en: 'Supervisory authority unknown' },
  message: {
    nl: 'Dijk kent de toezichthouder van dit land niet en er is er geen opgegeven',
    en: 'Dijk does not know the authority of this country and none is given',
  },
  fix: { nl: 'Vul organisation.supervisory_authority in.', en: 'Fill in organisation.supervisory_authority.' },
  run({ register }, report) {
    const override = register.organisation.supervisory_authority;
    if (authorityForCountry(register.organisation.country) === undefined && override?.name === undefined) {
      report('organisation.country', both(register.organisation.country));
    }
  },
});

/** Art. 30(1)/(2): the roles claimed must match the records kept. */
export const roleMismatch = defineRule({
  id: 'role-mismatch',
  severity: 'warning',
  article: 'GDPR Art. 30(1), Art. 30(2)',
  description: { nl: 'Rollen en activiteiten kloppen niet', en: 'Roles and activities disagree' },
  message: {
    nl: 'De opgegeven rol heeft geen activiteiten, of er zijn activiteiten voor een rol die niet is opgegeven',
    en: 'A declared role has no activities, or activities exist for an undeclared role',
  },
  fix: {
    nl: 'Pas roles aan, of vul purposes (verwerkingsverantwoordelijke) of processor_activities (verwerker) aan.',
    en: 'Adjust roles, or fill in purposes (controller) or processor_activities (processor).',
  },
  run({ register }, report) {
    const isController = register.roles.includes('controller');
    const isProcessor = register.roles.includes('processor');
    if (isController !== register.purposes.length > 0) {
      report('roles', both('controller'));
    }
    if (isProcessor !== register.processor_activities.length > 0) {
      report('roles', both('processor'));
    }
  },
});

export const organisationRules = [
  enterpriseNumberInvalid,
  contactMissing,
  dpoConflictOfInterest,
  dpoContactMissing,
  representativeMissing,
  authorityUnknown,
  roleMismatch,
];
