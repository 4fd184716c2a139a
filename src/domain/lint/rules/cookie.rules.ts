import { COOKIE_MAX_LIFETIME } from '../../legal/consent.data.js';
import { isAnalyticsCookieExempt } from '../../legal/legal.js';
import { compareDurations } from '../../register/duration.js';
import { both, defineRule } from '../lint.types.js';

/** ePrivacy art. 5(3): storage that is not strictly necessary needs consent, tied to a consent purpose. */
export const cookieWithoutConsentPurpose = defineRule({
  id: 'cookie-without-consent-purpose',
  severity: 'error',
  article: 'ePrivacy Directive 2002/58/EC art. 5(3); EDPB Guidelines 05/2020',
  description: { nl: 'Cookie zonder toestemmingsdoel', en: 'Cookie without consent purpose' },
  message: {
    nl: 'Deze cookie is niet strikt noodzakelijk maar hangt aan geen toestemmingsdoel',
    en: 'This cookie is not strictly necessary but has no consent purpose',
  },
  fix: {
    nl: 'Vul consent_purpose in met een doel met legal_basis: consent.',
    en: 'Set consent_purpose to a purpose with legal_basis: consent.',
  },
  run({ register }, report) {
    register.cookies.forEach((cookie, i) => {
      if (cookie.category === 'strictly_necessary' || cookie.consent_purpose !== undefined) {
        return;
      }
      // The low-impact analytics exemption is checked by its own rule.
      if (cookie.consent_exempt === 'low_impact_analytics' && cookie.category === 'analytics') {
        return;
      }
      report(`cookies[${i}]`, both(cookie.name));
    });
  },
});

/** Art. 6(1)(a), ePrivacy 5(3): the purpose a cookie's consent is recorded under must be a consent purpose. */
export const cookieConsentPurposeNotConsent = defineRule({
  id: 'cookie-consent-purpose-not-consent',
  severity: 'error',
  article: 'ePrivacy Directive 2002/58/EC art. 5(3); GDPR Art. 6(1)(a)',
  description: { nl: 'Cookiedoel zonder toestemming', en: 'Cookie purpose without consent' },
  message: {
    nl: 'Het consent_purpose van deze cookie steunt niet op toestemming',
    en: 'The consent_purpose of this cookie is not based on consent',
  },
  fix: { nl: 'Kies een doel met legal_basis: consent.', en: 'Choose a purpose with legal_basis: consent.' },
  run({ register, index }, report) {
    register.cookies.forEach((cookie, i) => {
      const purpose = cookie.consent_purpose ? index.purposeById.get(cookie.consent_purpose) : undefined;
      if (purpose && purpose.legal_basis !== 'consent') {
        report(`cookies[${i}].consent_purpose`, both(`${cookie.name} → ${purpose.id}`));
      }
    });
  },
});

/** Telecommunicatiewet art. 11.7a exempts low-impact analytics in NL; Belgium has no such exemption [S]. */
export const cookieAnalyticsExemptionInvalid = defineRule({
  id: 'cookie-analytics-exemption-invalid',
  severity: 'error',
  article: 'ePrivacy Directive 2002/58/EC art. 5(3); Telecommunicatiewet art. 11.7a; WGP art. 10/2',
  description: { nl: 'Ongeldige vrijstelling voor analytische cookies', en: 'Invalid analytics-cookie exemption' },
  message: {
    nl: 'De vrijstelling voor analytische cookies geldt niet in dit land of niet voor deze categorie',
    en: 'The analytics-cookie exemption does not apply in this country or to this category',
  },
  fix: { nl: 'Vraag toestemming: vul consent_purpose in.', en: 'Ask consent: set consent_purpose.' },
  run({ register }, report) {
    const exempt = isAnalyticsCookieExempt(register.organisation.country);
    register.cookies.forEach((cookie, i) => {
      if (cookie.consent_exempt === 'low_impact_analytics' && (!exempt || cookie.category !== 'analytics')) {
        report(`cookies[${i}].consent_exempt`, both(`${cookie.name}, ${register.organisation.country}`));
      }
    });
  },
});

/** A strictly-necessary claim on a cookie of another category is a contradiction. */
export const cookieNecessaryClaimMismatch = defineRule({
  id: 'cookie-necessary-claim-mismatch',
  severity: 'error',
  article: 'ePrivacy Directive 2002/58/EC art. 5(3)',
  description: { nl: 'Onterecht "strikt noodzakelijk"', en: 'Wrong "strictly necessary" claim' },
  message: {
    nl: 'Deze cookie is vrijgesteld als strikt noodzakelijk maar valt in een andere categorie',
    en: 'This cookie is exempted as strictly necessary but is in another category',
  },
  fix: { nl: 'Pas category of consent_exempt aan.', en: 'Fix category or consent_exempt.' },
  run({ register }, report) {
    register.cookies.forEach((cookie, i) => {
      if (cookie.consent_exempt === 'strictly_necessary' && cookie.category !== 'strictly_necessary') {
        report(`cookies[${i}].consent_exempt`, both(cookie.name));
      }
    });
  },
});

/** EDPB/CNIL good practice: cookie lifetimes proportionate, at most 13 months [S]. */
export const cookieDurationExcessive = defineRule({
  id: 'cookie-duration-excessive',
  // Good practice from secondary sources, not a statutory limit: a note, not a warning.
  severity: 'info',
  article: 'GDPR Art. 5(1)(e); CNIL délibération 2020-091',
  description: { nl: 'Cookie leeft te lang', en: 'Cookie lifetime too long' },
  message: { nl: 'Deze cookie leeft langer dan 13 maanden', en: 'This cookie lives longer than 13 months' },
  fix: { nl: 'Beperk de levensduur tot P13M of korter.', en: 'Limit the lifetime to P13M or less.' },
  run({ register }, report) {
    register.cookies.forEach((cookie, i) => {
      if (cookie.duration !== 'session' && compareDurations(cookie.duration, COOKIE_MAX_LIFETIME.duration) > 0) {
        report(`cookies[${i}].duration`, both(`${cookie.name}: ${cookie.duration}`));
      }
    });
  },
});

export const cookieRules = [
  cookieWithoutConsentPurpose,
  cookieConsentPurposeNotConsent,
  cookieAnalyticsExemptionInvalid,
  cookieNecessaryClaimMismatch,
  cookieDurationExcessive,
];
