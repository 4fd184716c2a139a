import { both, defineRule } from '../lint.types.js';

/** Art. 30(1)(c), Art. 14(1)(d): the record names the categories of personal data per purpose. */
export const purposeWithoutDataCategories = defineRule({
  id: 'purpose-without-data-categories',
  severity: 'warning',
  article: 'GDPR Art. 30(1)(c), Art. 14(1)(d)',
  description: { nl: 'Doel zonder gegevenscategorieën', en: 'Purpose without data categories' },
  message: { nl: 'Dit doel noemt geen categorieën persoonsgegevens', en: 'This purpose names no data categories' },
  fix: { nl: 'Vul data_categories in met ids uit data_categories.', en: 'Fill in data_categories with declared ids.' },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.data_categories.length === 0) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
  },
});

/** Art. 30(1)(c): the record names the categories of data subjects. */
export const purposeWithoutDataSubjects = defineRule({
  id: 'purpose-without-data-subjects',
  severity: 'warning',
  article: 'GDPR Art. 30(1)(c)',
  description: { nl: 'Doel zonder betrokkenen', en: 'Purpose without data subjects' },
  message: { nl: 'Dit doel noemt geen categorieën betrokkenen', en: 'This purpose names no data subjects' },
  fix: { nl: 'Vul data_subjects in.', en: 'Fill in data_subjects.' },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.data_subjects.length === 0) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
  },
});

/** Art. 13(2)(e): when providing data is required, say so and what happens if the person does not. */
export const provisionWithoutConsequence = defineRule({
  id: 'provision-without-consequence',
  severity: 'warning',
  article: 'GDPR Art. 13(2)(e)',
  description: { nl: 'Verplichte gegevens zonder gevolg', en: 'Required data without consequence' },
  message: {
    nl: 'Het verstrekken is verplicht, maar het gevolg van niet verstrekken ontbreekt',
    en: 'Providing the data is required, but the consequence of not providing it is missing',
  },
  fix: { nl: 'Vul provision.consequence in.', en: 'Fill in provision.consequence.' },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      const provision = purpose.provision;
      if (provision && provision.requirement !== 'voluntary' && provision.consequence === undefined) {
        report(`purposes[${i}].provision`, both(purpose.id));
      }
    });
  },
});

/** Art. 12(1): the statement must be in the audience's language; every served language needs the purpose name. */
export const purposeTranslationMissing = defineRule({
  id: 'purpose-translation-missing',
  severity: 'info',
  article: 'GDPR Art. 12(1)',
  description: { nl: 'Vertaling ontbreekt', en: 'Translation missing' },
  message: {
    nl: 'De naam van dit doel ontbreekt in een taal die de organisatie bedient',
    en: 'The name of this purpose is missing in a language the organisation serves',
  },
  fix: {
    nl: 'Vul name aan voor elke taal in organisation.languages.',
    en: 'Add name for every organisation language.',
  },
  run({ register }, report) {
    const languages = register.organisation.languages;
    register.purposes.forEach((purpose, i) => {
      const missing = languages.filter((lang) => purpose.name[lang] === undefined);
      if (missing.length > 0) {
        report(`purposes[${i}].name`, both(missing.join(', ')));
      }
    });
  },
});

/** Art. 22(3), Art. 13(2)(f): solely automated decisions need safeguards, and the logic must be explained. */
export const admWithoutSafeguards = defineRule({
  id: 'adm-without-safeguards',
  severity: 'error',
  article: 'GDPR Art. 22(3), Art. 13(2)(f)',
  description: { nl: 'Geautomatiseerd besluit zonder waarborgen', en: 'Automated decision without safeguards' },
  message: {
    nl: 'Volledig geautomatiseerde besluiten zonder menselijke tussenkomst, standpunt en betwisting, of zonder uitleg van de logica',
    en: 'Solely automated decisions without human intervention, a way to state a view and contest, or without the logic',
  },
  fix: {
    nl: 'Vul automated_decision.safeguards (human_intervention, express_view, contest), logic en significance in.',
    en: 'Fill in automated_decision.safeguards (human_intervention, express_view, contest), logic and significance.',
  },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      const adm = purpose.automated_decision;
      if (!adm?.solely_automated) {
        return;
      }
      const safeguards = new Set(adm.safeguards ?? []);
      const missing = (['human_intervention', 'express_view', 'contest'] as const).filter((s) => !safeguards.has(s));
      // Art. 22(3) safeguards are required for the contract and consent exceptions; a law brings its own.
      const needsSafeguards = adm.basis !== 'law';
      if ((needsSafeguards && missing.length > 0) || adm.logic === undefined || adm.significance === undefined) {
        report(`purposes[${i}].automated_decision`, both(purpose.id));
      }
    });
  },
});

/** Art. 22(2): solely automated decisions are allowed only for a contract, by law, or with explicit consent. */
export const admBasisInvalid = defineRule({
  id: 'adm-basis-invalid',
  severity: 'error',
  article: 'GDPR Art. 22(1)–(2)',
  description: { nl: 'Geautomatiseerd besluit zonder uitzondering', en: 'Automated decision without an exception' },
  message: {
    nl: 'Een volledig geautomatiseerd besluit heeft een grond van art. 22(2) nodig',
    en: 'A solely automated decision needs an Art. 22(2) ground',
  },
  fix: {
    nl: 'Vul automated_decision.basis in: contract, law of explicit_consent.',
    en: 'Set automated_decision.basis.',
  },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.automated_decision?.solely_automated && purpose.automated_decision.basis === undefined) {
        report(`purposes[${i}].automated_decision`, both(purpose.id));
      }
    });
  },
});

export const purposeRules = [
  purposeWithoutDataCategories,
  purposeWithoutDataSubjects,
  provisionWithoutConsequence,
  purposeTranslationMissing,
  admWithoutSafeguards,
  admBasisInvalid,
];
