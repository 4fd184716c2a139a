import { GDPR_DEADLINES } from '../../legal/gdpr-deadlines.data.js';
import { childConsentAgeFor } from '../../legal/legal.js';
import { compareDurations } from '../../register/duration.js';
import { both, defineRule } from '../lint.types.js';

/** Art. 12(2): the controller facilitates the exercise of rights — there must be a channel. */
export const rightsNoChannel = defineRule({
  id: 'rights-no-channel',
  severity: 'error',
  article: 'GDPR Art. 12(2)',
  description: { nl: 'Geen kanaal voor verzoeken', en: 'No channel for requests' },
  message: { nl: 'Er is geen kanaal om rechten uit te oefenen', en: 'There is no channel to exercise rights' },
  fix: { nl: 'Vul rights.channels in (bv. e-mail).', en: 'Fill in rights.channels (e.g. e-mail).' },
  run({ register }, report) {
    if (register.rights.channels.length === 0) {
      report('rights.channels');
    }
  },
});

/** Art. 12(3): answer within one month, extendable by two further months. */
export const rightsDeadlineTooLong = defineRule({
  id: 'rights-deadline-too-long',
  severity: 'error',
  article: 'GDPR Art. 12(3)',
  description: { nl: 'Antwoordtermijn te lang', en: 'Response deadline too long' },
  message: {
    nl: 'De antwoordtermijn is langer dan één maand of de verlenging langer dan twee maanden',
    en: 'The response deadline exceeds one month or the extension two months',
  },
  fix: { nl: 'Gebruik response_deadline: P1M en extension: P2M.', en: 'Use response_deadline: P1M, extension: P2M.' },
  run({ register }, report) {
    const { response_deadline: deadline, extension } = register.rights;
    if (compareDurations(deadline, GDPR_DEADLINES.requestResponse?.duration ?? 'P1M') > 0) {
      report('rights.response_deadline', both(deadline));
    }
    if (compareDurations(extension, GDPR_DEADLINES.requestExtension?.duration ?? 'P2M') > 0) {
      report('rights.extension', both(extension));
    }
  },
});

/** EDPB Guidelines 01/2022 §§73–79: an ID copy is generally disproportionate for verifying a requester. */
export const idCopyRequired = defineRule({
  id: 'id-copy-required',
  severity: 'warning',
  article: 'GDPR Art. 12(6), Art. 5(1)(c); EDPB Guidelines 01/2022 §§73–79',
  description: { nl: 'Kopie identiteitsbewijs vereist', en: 'ID copy required' },
  message: {
    nl: 'Een kopie van het identiteitsbewijs vragen is doorgaans onevenredig',
    en: 'Asking for a copy of an identity document is generally disproportionate',
  },
  fix: {
    nl: 'Verifieer via het account of het bekende e-mailadres (method: account of email_match); bewaar nooit een kopie.',
    en: 'Verify through the account or known e-mail (method: account or email_match); never keep a copy.',
  },
  run({ register }, report) {
    if (register.rights.identity_verification?.method === 'id_copy') {
      report('rights.identity_verification.method');
    }
  },
});

/** UAVG art. 46: the Dutch BSN is a Dutch matter; BSN instructions outside the Netherlands are copied text. */
export const bsnOutsideNetherlands = defineRule({
  id: 'bsn-outside-netherlands',
  severity: 'warning',
  article: 'UAVG art. 46',
  description: { nl: 'BSN buiten Nederland', en: 'BSN outside the Netherlands' },
  message: {
    nl: 'Instructies over het Nederlandse BSN bij een organisatie buiten Nederland',
    en: 'Instructions about the Dutch BSN for an organisation outside the Netherlands',
  },
  fix: { nl: 'Verwijder bsn of gebruik national_number.', en: 'Remove bsn or use national_number.' },
  run({ register }, report) {
    const redaction = register.rights.identity_verification?.id_copy_redaction ?? [];
    if (register.organisation.country !== 'NL' && redaction.includes('bsn')) {
      report('rights.identity_verification.id_copy_redaction');
    }
  },
});

/** Art. 33(1): notify the authority within 72 hours of becoming aware. */
export const breachAuthorityDeadlineTooLong = defineRule({
  id: 'breach-authority-deadline-too-long',
  severity: 'error',
  article: 'GDPR Art. 33(1)',
  description: { nl: 'Meldtermijn datalek te lang', en: 'Breach notice period too long' },
  message: { nl: 'Datalekken worden later dan 72 uur gemeld', en: 'Breaches are notified later than 72 hours' },
  fix: { nl: 'Gebruik notify_authority_within: PT72H of korter.', en: 'Use notify_authority_within: PT72H or less.' },
  run({ register }, report) {
    const within = register.breach?.notify_authority_within;
    if (within !== undefined && compareDurations(within, 'PT72H') > 0) {
      report('breach.notify_authority_within', both(within));
    }
  },
});

/** Art. 30(1)(g), Art. 30(2)(d), Art. 32: the record describes the security measures where possible. */
export const securityMeasuresMissing = defineRule({
  id: 'security-measures-missing',
  severity: 'warning',
  article: 'GDPR Art. 30(1)(g), Art. 32(1)',
  description: { nl: 'Geen beveiligingsmaatregelen', en: 'No security measures' },
  message: {
    nl: 'Het register beschrijft geen beveiligingsmaatregelen',
    en: 'The register describes no security measures',
  },
  fix: { nl: 'Vul security.summary of security.measures in.', en: 'Fill in security.summary or security.measures.' },
  run({ register }, report) {
    const security = register.security;
    if (!security || (security.summary === undefined && security.measures.length === 0)) {
      report('security');
    }
  },
});

/** Art. 8(1): the age of digital consent is set by each member state (BE 13, NL 16). */
export const childrenAgeMismatch = defineRule({
  id: 'children-age-mismatch',
  severity: 'warning',
  article: 'GDPR Art. 8(1); WGP art. 7 (BE); UAVG art. 5 (NL)',
  description: { nl: 'Verkeerde leeftijd digitale toestemming', en: 'Wrong age of digital consent' },
  message: {
    nl: 'De leeftijd voor digitale toestemming verschilt van de wet van het land',
    en: 'The age of digital consent differs from the law of the country',
  },
  fix: { nl: 'Gebruik de wettelijke leeftijd (BE 13, NL 16).', en: 'Use the statutory age (BE 13, NL 16).' },
  run({ register }, report) {
    for (const [country, age] of Object.entries(register.children?.min_age ?? {})) {
      const legal = childConsentAgeFor(country);
      if (legal && legal.age !== age) {
        report(`children.min_age.${country}`, both(`${country}: ${age} ≠ ${legal.age}`));
      }
    }
  },
});

export const rightsRules = [
  rightsNoChannel,
  rightsDeadlineTooLong,
  idCopyRequired,
  bsnOutsideNetherlands,
  breachAuthorityDeadlineTooLong,
  securityMeasuresMissing,
  childrenAgeMismatch,
];
