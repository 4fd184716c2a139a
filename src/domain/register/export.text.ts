import { authorityForCountry } from '../legal/legal.js';
import { findPersonalDataTerm, isSpecialCategoryTerm } from '../vocabulary/vocabulary.js';
import type { LocalizedText } from './common.schema.js';
import { describeDuration, isDuration } from './duration.js';
import type { Register } from './register.schema.js';

export type ExportLang = 'nl' | 'fr' | 'en';

/** Text in `lang`, else the first language present (a register may be written in one language only). */
export function pick(text: LocalizedText | undefined, lang: ExportLang): string {
  if (!text) {
    return '';
  }
  return text[lang] ?? text.en ?? text.nl ?? text.fr ?? text.de ?? '';
}

const BASIS: Record<string, Record<ExportLang, string>> = {
  consent: {
    nl: 'Toestemming (art. 6.1.a AVG)',
    fr: 'Consentement (art. 6.1.a RGPD)',
    en: 'Consent (Art. 6(1)(a) GDPR)',
  },
  contract: {
    nl: 'Overeenkomst (art. 6.1.b AVG)',
    fr: 'Contrat (art. 6.1.b RGPD)',
    en: 'Contract (Art. 6(1)(b) GDPR)',
  },
  legal_obligation: {
    nl: 'Wettelijke verplichting (art. 6.1.c AVG)',
    fr: 'Obligation légale (art. 6.1.c RGPD)',
    en: 'Legal obligation (Art. 6(1)(c) GDPR)',
  },
  vital_interest: {
    nl: 'Vitaal belang (art. 6.1.d AVG)',
    fr: 'Intérêt vital (art. 6.1.d RGPD)',
    en: 'Vital interest (Art. 6(1)(d) GDPR)',
  },
  public_interest: {
    nl: 'Algemeen belang (art. 6.1.e AVG)',
    fr: 'Intérêt public (art. 6.1.e RGPD)',
    en: 'Public interest (Art. 6(1)(e) GDPR)',
  },
  legitimate_interest: {
    nl: 'Gerechtvaardigd belang (art. 6.1.f AVG)',
    fr: 'Intérêt légitime (art. 6.1.f RGPD)',
    en: 'Legitimate interest (Art. 6(1)(f) GDPR)',
  },
};

/** The legal basis in words, with the article. */
export function legalBasisText(basis: string | undefined, lang: ExportLang): string {
  return basis ? (BASIS[basis]?.[lang] ?? basis) : '';
}

const TRIGGERS: Record<string, Record<ExportLang, string>> = {
  collected: { nl: 'de verzameling', fr: 'la collecte', en: 'collection' },
  last_activity: { nl: 'de laatste activiteit', fr: 'la dernière activité', en: 'the last activity' },
  contract_end: { nl: 'het einde van de overeenkomst', fr: 'la fin du contrat', en: 'the end of the contract' },
  consent_withdrawn: {
    nl: 'de intrekking van de toestemming',
    fr: 'le retrait du consentement',
    en: 'withdrawal of consent',
  },
  unsubscribed: { nl: 'de uitschrijving', fr: 'la désinscription', en: 'unsubscribing' },
  account_closed: { nl: 'het sluiten van het account', fr: 'la clôture du compte', en: 'closing the account' },
  event_end: { nl: 'het einde van het evenement', fr: "la fin de l'événement", en: 'the end of the event' },
  request_closed: {
    nl: 'de afhandeling van het verzoek',
    fr: 'le traitement de la demande',
    en: 'closing the request',
  },
};

/** A retention duration in words: `P7Y` from `contract_end` → "7 years from contract_end". */
export function retentionText(rule: Register['retention'][number], lang: ExportLang): string {
  const words = {
    nl: ['vanaf', 'tot intrekking', 'onbeperkt'],
    fr: ['à partir de', "jusqu'au retrait", 'illimitée'],
    en: ['from', 'until withdrawn', 'unlimited'],
  }[lang];
  let text: string;
  if (rule.duration === 'until_withdrawn') {
    text = words[1] ?? '';
  } else if (rule.duration === 'unlimited') {
    text = words[2] ?? '';
  } else if (rule.duration && isDuration(rule.duration)) {
    const from = rule.from ? (TRIGGERS[rule.from]?.[lang] ?? rule.from) : undefined;
    text = `${describeDuration(rule.duration, lang)}${from ? ` ${words[0]} ${from}` : ''}`;
  } else {
    text = pick(rule.criteria, lang);
  }
  return rule.statutory?.reference ? `${text} (${rule.statutory.reference})` : text;
}

/** Display name of a data category, marked when it is special (Art. 9) — the reader must see it. */
export function categoryName(register: Register, id: string, lang: ExportLang): string {
  const category = register.data_categories.find((c) => c.id === id);
  if (!category) {
    return id;
  }
  const term = category.term ?? category.parent;
  const name = pick(category.label, lang) || (term ? (findPersonalDataTerm(term)?.label ?? term) : id);
  const special = category.special === true || (term !== undefined && isSpecialCategoryTerm(term));
  return special ? `${name} [Art. 9]` : name;
}

/** Display name of a data-subject category. */
export function subjectName(register: Register, id: string, lang: ExportLang): string {
  const subject = register.data_subjects.find((s) => s.id === id);
  return pick(subject?.label, lang) || subject?.term || id;
}

/** Display name of a recipient: its name, else its category. */
export function recipientName(recipient: Register['recipients'][number], lang: ExportLang): string {
  return recipient.name ?? (pick(recipient.category, lang) || recipient.id);
}

/** The supervisory authority: the override, else the one derived from the country. */
export function authorityName(register: Register, lang: ExportLang): string {
  const override = register.organisation.supervisory_authority;
  if (override?.name) {
    return override.name;
  }
  const authority = authorityForCountry(register.organisation.country);
  return authority ? (authority.name[lang] ?? authority.name.en) : '';
}
