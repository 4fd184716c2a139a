import { both, defineRule } from '../lint.types.js';

/** Template markers and unfinished text that would end up in a published statement. */
const PLACEHOLDERS = [
  /\{\{[^}]*\}\}/,
  /\[(?:naam|name|nom|bedrijf|company|datum|date)[^\]]*\]/i,
  /\blorem ipsum\b/i,
  /\b(?:TODO|TBD|XXX)\b/,
  /^\s*\?+\s*$/,
];

/** Art. 12(1): information must be concise, intelligible and complete; a placeholder is none of these. */
export const placeholderText = defineRule({
  id: 'placeholder-text',
  severity: 'warning',
  article: 'GDPR Art. 12(1)',
  description: { nl: 'Sjabloontekst of onafgewerkte tekst', en: 'Template or unfinished text' },
  message: {
    nl: 'Deze tekst bevat een sjabloonveld of is onafgewerkt',
    en: 'This text contains a template placeholder or is unfinished',
  },
  fix: { nl: 'Vervang de tekst door de echte inhoud.', en: 'Replace it with the real content.' },
  run({ index }, report) {
    for (const text of index.texts) {
      const match = PLACEHOLDERS.find((pattern) => pattern.test(text.lower) || pattern.test(text.lower.toUpperCase()));
      if (match) {
        report(text.path);
      }
    }
  },
});

/** Art. 4(11), Art. 7; EDPB Guidelines 05/2020 §§79–86: browsing, pre-ticked boxes or a cookie wall are not consent. */
export const consentByBrowsing = defineRule({
  id: 'consent-by-browsing',
  severity: 'error',
  article: 'GDPR Art. 4(11), Art. 7; EDPB Guidelines 05/2020; CJEU C-673/17 (Planet49)',
  description: { nl: 'Geen geldige toestemming', en: 'No valid consent' },
  message: {
    nl: 'Verder surfen, een vooraf aangevinkt vakje of een cookiemuur is geen toestemming',
    en: 'Browsing on, a pre-ticked box or a cookie wall is not consent',
  },
  fix: {
    nl: 'Vraag toestemming met een duidelijke handeling (given_by: clear_action of double_opt_in).',
    en: 'Ask consent by a clear affirmative act (given_by: clear_action or double_opt_in).',
  },
  run({ register }, report) {
    register.purposes.forEach((purpose, i) => {
      const given = purpose.consent?.given_by;
      if (given === 'browsing' || given === 'pre_ticked_box' || given === 'cookie_wall') {
        report(`purposes[${i}].consent.given_by`, both(given));
      }
    });
  },
});

export const textRules = [placeholderText, consentByBrowsing];
