import { both, defineRule } from '../lint.types.js';

/** Art. 6(1), Art. 13(1)(c): every purpose needs exactly one lawful basis, told to the person. */
export const missingLegalBasis = defineRule({
  id: 'missing-legal-basis',
  severity: 'error',
  article: 'GDPR Art. 6(1), Art. 13(1)(c)',
  description: { nl: 'Doel zonder rechtsgrond', en: 'Purpose without legal basis' },
  message: { nl: 'Dit doel heeft geen rechtsgrond', en: 'This purpose has no legal basis' },
  fix: {
    nl: 'Vul legal_basis in: consent, contract, legal_obligation, vital_interest, public_interest of legitimate_interest.',
    en: 'Set legal_basis: consent, contract, legal_obligation, vital_interest, public_interest or legitimate_interest.',
  },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.legal_basis === undefined) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
  },
});

/** Art. 9(1)–(2): special-category data need an Art. 9(2) condition on top of the Art. 6 basis. */
export const specialCategoryWithoutCondition = defineRule({
  id: 'special-category-without-condition',
  severity: 'error',
  article: 'GDPR Art. 9(2)',
  description: {
    nl: 'Bijzondere gegevens zonder Art. 9-uitzondering',
    en: 'Special-category data without Art. 9 condition',
  },
  message: {
    nl: 'Dit doel verwerkt bijzondere persoonsgegevens zonder uitzonderingsgrond van art. 9(2)',
    en: 'This purpose processes special-category data without an Art. 9(2) condition',
  },
  fix: { nl: 'Vul art9_condition in (bv. explicit_consent).', en: 'Set art9_condition (e.g. explicit_consent).' },
  run({ register, index }, report) {
    register.purposes.forEach((purpose, i) => {
      const special = purpose.data_categories.filter((c) => index.specialCategories.has(c));
      if (special.length > 0 && purpose.art9_condition === undefined) {
        report(`purposes[${i}]`, both(special.join(', ')));
      }
    });
  },
});

/** Art. 10: criminal-offence data only under official authority or a law that authorises it. */
export const criminalDataWithoutLaw = defineRule({
  id: 'criminal-data-without-law',
  severity: 'error',
  article: 'GDPR Art. 10',
  description: { nl: 'Strafrechtelijke gegevens zonder wet', en: 'Criminal data without a law' },
  message: {
    nl: 'Dit doel verwerkt strafrechtelijke gegevens zonder wettelijke grondslag',
    en: 'This purpose processes criminal-offence data without a legal reference',
  },
  fix: { nl: 'Vul art10_law in met de wet die de verwerking toestaat.', en: 'Set art10_law to the authorising law.' },
  run({ register, index }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.data_categories.some((c) => index.criminalCategories.has(c)) && !purpose.art10_law) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
  },
});

/** Art. 6(1)(f), Art. 13(1)(d): the legitimate interest must be named and balanced against the person's rights. */
export const legitimateInterestWithoutBalancing = defineRule({
  id: 'legitimate-interest-without-balancing',
  severity: 'warning',
  article: 'GDPR Art. 6(1)(f), Art. 13(1)(d)',
  description: { nl: 'Gerechtvaardigd belang zonder afweging', en: 'Legitimate interest without balancing' },
  message: {
    nl: 'Gerechtvaardigd belang zonder omschrijving van het belang en de afweging',
    en: 'Legitimate interest without the interest and the balancing test',
  },
  fix: { nl: 'Vul legitimate_interest in.', en: 'Fill in legitimate_interest.' },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      if (purpose.legal_basis === 'legitimate_interest' && purpose.legitimate_interest === undefined) {
        report(`purposes[${i}].legal_basis`, both(purpose.id));
      }
    });
  },
});

/** Art. 7(3): consent can be withdrawn at any time, as easily as it was given. */
export const consentWithoutWithdrawal = defineRule({
  id: 'consent-without-withdrawal',
  severity: 'error',
  article: 'GDPR Art. 7(3), Art. 13(2)(c)',
  description: { nl: 'Toestemming zonder intrekkingskanaal', en: 'Consent without withdrawal channel' },
  message: {
    nl: 'Dit doel steunt op toestemming maar zegt niet hoe je die intrekt',
    en: 'This purpose relies on consent but gives no way to withdraw it',
  },
  fix: {
    nl: 'Vul consent.withdrawal in (unsubscribe_link, preference_centre, cookie_settings, email…).',
    en: 'Set consent.withdrawal (unsubscribe_link, preference_centre, cookie_settings, email…).',
  },
  run({ register, index }, report) {
    register.purposes.forEach((purpose, i) => {
      // A purpose used only for cookies is withdrawn in the cookie settings the banner always offers.
      const viaBanner = index.cookiePurposes.has(purpose.id);
      if (purpose.legal_basis === 'consent' && !viaBanner && (purpose.consent?.withdrawal ?? []).length === 0) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
  },
});

/**
 * ePrivacy Directive art. 13: electronic direct marketing needs prior consent, except to existing customers for
 * similar products with an opt-out at collection and in every message (LEGAL.md §5).
 */
export const marketingWithoutConsent = defineRule({
  id: 'marketing-without-consent',
  severity: 'error',
  article: 'ePrivacy Directive 2002/58/EC art. 13; GDPR Art. 21(2)',
  description: { nl: 'Marketing zonder toestemming', en: 'Marketing without consent' },
  message: {
    nl: 'Elektronische direct marketing zonder toestemming aan wie geen klant is of niet voor soortgelijke producten',
    en: 'Electronic direct marketing without consent to non-customers or for non-similar products',
  },
  fix: {
    nl: 'Gebruik legal_basis: consent, of beperk tot bestaande klanten, soortgelijke producten en een opt-out in elk bericht.',
    en: 'Use legal_basis: consent, or limit to existing customers, similar products and an opt-out in every message.',
  },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      const dm = purpose.direct_marketing;
      if (!dm || purpose.legal_basis === 'consent' || !dm.channels.some((c) => c === 'email' || c === 'sms')) {
        return;
      }
      const softOptIn =
        dm.audience === 'existing_customers' &&
        dm.similar_products !== false &&
        dm.opt_out_at_collection !== false &&
        dm.opt_out_in_every_message !== false;
      if (!softOptIn) {
        report(`purposes[${i}].direct_marketing`, both(purpose.id));
      }
    });
  },
});

export const legalBasisRules = [
  missingLegalBasis,
  specialCategoryWithoutCondition,
  criminalDataWithoutLaw,
  legitimateInterestWithoutBalancing,
  consentWithoutWithdrawal,
  marketingWithoutConsent,
];
