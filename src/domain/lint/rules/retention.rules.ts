import { statutoryRetentionFor } from '../../legal/legal.js';
import { compareDurations, isDuration } from '../../register/duration.js';
import { both, defineRule } from '../lint.types.js';

/** Art. 13(2)(a), Art. 30(1)(f): every purpose needs a retention period or the criteria for it. */
export const retentionUnspecified = defineRule({
  id: 'retention-unspecified',
  severity: 'warning',
  article: 'GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)',
  description: { nl: 'Geen bewaartermijn', en: 'No retention period' },
  message: {
    nl: 'Voor dit doel is geen bewaartermijn of criterium opgegeven',
    en: 'No retention period or criteria are given for this purpose',
  },
  fix: {
    nl: 'Voeg een retention-regel toe met duration en from, of met criteria.',
    en: 'Add a retention rule with duration and from, or with criteria.',
  },
  run({ register, index }, report) {
    register.purposes.forEach((purpose, i) => {
      const rules = index.retentionByPurpose.get(purpose.id) ?? [];
      if (!rules.some((r) => r.duration !== undefined || r.criteria !== undefined)) {
        report(`purposes[${i}]`, both(purpose.id));
      }
    });
    register.retention.forEach((rule, i) => {
      if (rule.duration === undefined && rule.criteria === undefined) {
        report(`retention[${i}]`, both(rule.id));
      }
    });
  },
});

/** Art. 5(1)(e): storage limitation — no personal data kept without any limit. */
export const retentionUnlimited = defineRule({
  id: 'retention-unlimited',
  severity: 'warning',
  article: 'GDPR Art. 5(1)(e)',
  description: { nl: 'Onbeperkte bewaring', en: 'Unlimited retention' },
  message: { nl: 'Gegevens worden onbeperkt bewaard', en: 'Data are kept without any limit' },
  fix: {
    nl: 'Geef een termijn (bv. P2Y vanaf last_activity) of koppel aan intrekking (until_withdrawn).',
    en: 'Give a period (e.g. P2Y from last_activity) or tie it to withdrawal (until_withdrawn).',
  },
  run({ register }, report) {
    register.retention.forEach((rule, i) => {
      if (rule.duration === 'unlimited') {
        report(`retention[${i}].duration`, both(rule.id));
      }
    });
  },
});

/** Belgian tax records: 10 years since 2023 (WIB 92 art. 315, BTW-Wetboek art. 60 §4; LEGAL.md §8). */
export const fiscalRetentionOutdated = defineRule({
  id: 'fiscal-retention-outdated',
  severity: 'warning',
  article: 'GDPR Art. 17(3)(b); WIB 92 art. 315; BTW-Wetboek art. 60 §4 (Wet van 20 november 2022)',
  description: { nl: 'Verouderde fiscale bewaartermijn', en: 'Outdated fiscal retention period' },
  message: {
    nl: 'De fiscale bewaartermijn is korter dan de wettelijke termijn die nu geldt',
    en: 'The fiscal retention period is shorter than the statutory period that now applies',
  },
  fix: {
    nl: 'Zet duration op de wettelijke termijn (België: P10Y).',
    en: 'Set duration to the statutory period (BE: P10Y).',
  },
  run({ register, now }, report) {
    const minimum = statutoryRetentionFor(register.organisation.country, 'tax', now);
    if (!minimum) {
      return;
    }
    register.retention.forEach((rule, i) => {
      if (rule.statutory?.kind === 'tax' && rule.duration && isDuration(rule.duration)) {
        if (compareDurations(rule.duration, minimum.minimum) < 0) {
          report(`retention[${i}].duration`, both(`${rule.duration} < ${minimum.minimum}`));
        }
      }
    });
  },
});

/** Art. 17(3)(b): a period shorter than the law imposes makes the organisation break that law. */
export const retentionBelowStatutoryMinimum = defineRule({
  id: 'retention-below-statutory-minimum',
  severity: 'warning',
  article: 'GDPR Art. 17(3)(b), Art. 6(1)(c)',
  description: { nl: 'Korter dan wettelijk minimum', en: 'Shorter than the statutory minimum' },
  message: {
    nl: 'De bewaartermijn is korter dan het wettelijk minimum van het land',
    en: 'The retention period is shorter than the country’s statutory minimum',
  },
  fix: { nl: 'Verleng duration tot het wettelijk minimum.', en: 'Extend duration to the statutory minimum.' },
  run({ register, now }, report) {
    register.retention.forEach((rule, i) => {
      const kind = rule.statutory?.kind;
      // Tax periods have their own rule (fiscal-retention-outdated); `other` has no table entry.
      if (kind === undefined || kind === 'tax' || kind === 'other' || !rule.duration || !isDuration(rule.duration)) {
        return;
      }
      const minimum = statutoryRetentionFor(register.organisation.country, kind, now);
      if (minimum && compareDurations(rule.duration, minimum.minimum) < 0) {
        report(`retention[${i}].duration`, both(`${rule.duration} < ${minimum.minimum}`));
      }
    });
  },
});

/** Art. 7(3), Art. 21(3): keeping data "until withdrawn" only fits consent or an objection to marketing. */
export const retentionUntilWithdrawnNotConsent = defineRule({
  id: 'retention-until-withdrawn-not-consent',
  severity: 'info',
  article: 'GDPR Art. 5(1)(e), Art. 7(3)',
  description: { nl: '"Tot intrekking" zonder toestemming', en: '"Until withdrawn" without consent' },
  message: {
    nl: 'Bewaren tot intrekking voor een doel dat niet op toestemming steunt',
    en: 'Kept until withdrawal for a purpose not based on consent',
  },
  fix: { nl: 'Geef een termijn met een begin (from).', en: 'Give a period with a start (from).' },
  run({ register, index }, report) {
    register.retention.forEach((rule, i) => {
      if (rule.duration !== 'until_withdrawn') {
        return;
      }
      for (const id of rule.purposes) {
        const purpose = index.purposeById.get(id);
        // A missing basis is reported by missing-legal-basis; only a known, non-consent basis is a mismatch.
        const basis = purpose?.legal_basis;
        if (basis !== undefined && basis !== 'consent' && purpose?.direct_marketing === undefined) {
          report(`retention[${i}].duration`, both(id));
        }
      }
    });
  },
});

export const retentionRules = [
  retentionUnspecified,
  retentionUnlimited,
  fiscalRetentionOutdated,
  retentionBelowStatutoryMinimum,
  retentionUntilWithdrawnNotConsent,
];
