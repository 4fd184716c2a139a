import type { Element, Sentence } from '../import.types.js';
import { DATA_CATEGORY_LEXICON } from '../lexicon/data-category.lexicon.js';
import {
  compileAlternatives,
  type ExtractContext,
  elementOf,
  inTopic,
  introOf,
  isNegatedAt,
  topicsOf,
  uniqueByValue,
} from './extract.context.js';

// One compiled expression per DPV term, built at module load.
const TERM_PATTERNS = DATA_CATEGORY_LEXICON.map((e) => ({ term: e.term, regex: compileAlternatives(e.patterns) }));

/** Art. 9(1) special categories among the DPV terms the lexicon produces. */
export const SPECIAL_CATEGORY_TERMS = new Set([
  'Biometric',
  'Genetic',
  'Health',
  'PhysicalHealth',
  'MentalHealth',
  'MedicalHealth',
  'HealthRecord',
  'Prescription',
  'Sexual',
  'SexualHistory',
  'SexualPreference',
  'PoliticalOpinion',
  'PoliticalAffiliation',
  'TradeUnionMembership',
  'Religion',
  'ReligiousBelief',
  'PhilosophicalBelief',
  'EthnicOrigin',
  'Race',
]);

// Umbrella terms said in passing ("contactgegevens: e-mail, telefoon"): dropped when a narrower term is found,
// because the narrower one is what the statement commits to.
const UMBRELLAS: Record<string, string[]> = {
  Contact: ['EmailAddress', 'EmailAddressWork', 'TelephoneNumber'],
  Financial: ['BankAccount', 'PaymentCardNumber'],
  EmailAddress: ['EmailAddressWork'],
  Health: ['PhysicalHealth', 'MentalHealth'],
  PhilosophicalBelief: ['Religion'],
  Passport: ['OfficialID'],
  EmailContent: ['Communication'],
};

// Sections whose lists are never about the data the organisation processes, even after an introduction that says
// so: what is not collected, rights, cookies, recipients…
const NOT_DATA_LISTS = [
  'not_collected',
  'definitions',
  'cookies',
  'rights',
  'security',
  'authority',
  'changes',
  'recipients',
] as const;
// Sections whose sentences and lists are not read for data without such an introduction.
const EXCLUDED_TOPICS = [...NOT_DATA_LISTS, 'automated', 'transfers', 'identity', 'children', 'purposes'] as const;
const DATA_HEADER = /gegevens|donn[ée]es|\bdata\b|information|categor/i;
const DATA_WORD = /gegevens|donn[ée]es|\bdata\b|information/i;

// A column that holds only the data ("Data", "Persoonsgegevens", "Catégories de données"), wherever it stands.
const DATA_COLUMN =
  /^(?:(?:personal |persoons)?(?:data|gegevens|donn[ée]es(?: personnelles)?|information)|(?:categor\p{L}*|cat[ée]gories) (?:of |van |de )?(?:personal |persoons)?(?:data|gegevens|donn[ée]es))$/iu;
const EXAMPLES_COLUMN =
  /^(?:voorbeelden|bijvoorbeeld|exemples?|par exemple|examples?|e\.g\.|omschrijving|beschrijving|description|d[ée]tails?|inhoud|contenu|contents?)$/i;
// Outside a data section, a sentence lists data when it says they are collected or processed from the reader: "we
// collect your…", "we receive the name and message you provide", "vos données sont traitées".
const FROM_READER =
  '(?:\\b(?:uw|je|jouw|your|vos|votre|tes|ton|ta)\\b|\\b(?:you|u|je|jij|vous)\\s+(?:provide|enter|give|submit|share|send|fill|verstrekt|geeft|invult|opgeeft|doorgeeft|fournissez|saisissez|communiquez|indiquez|renseignez)\\b)';
const SENTENCE_DATA_CUE = new RegExp(
  [
    `(?:verwerk|verzamel|vragen|vraagt|registr|noteren|collect|process|gather|ask(?:s)? for|record|trait|recueill|demand)\\p{L}*[^.;]{0,80}?${FROM_READER}`,
    `\\b(?:we|wij|ik|nous)\\s+(?:\\p{L}+\\s+){0,2}?(?:receive|ontvangen|ontvang|krijgen|recevons|obtain|verkrijgen|obtenons)\\b[^.;]{0,100}?${FROM_READER}`,
    '\\b(?:uw|je|jouw|your|vos|votre)\\b[^.;]{0,40}\\b(?:worden|wordt|are|is|sont|est) (?:\\p{L}+ ){0,2}(?:verwerkt|verzameld|processed|collected|trait[ée]e?s|collect[ée]e?s)',
  ].join('|'),
  'iu',
);

// The sentence that introduces the controller names its own identifiers, not data about the reader.
const WHO_SENTENCE =
  /verantwoordelijk|responsable|responsible|controller|@|ondernemingsnummer|\bkvk\b|\bbce\b|\bkbo\b/i;

// The sentence before a list that says the list is data taken from the reader: "Hiervoor gebruiken wij jouw:",
// "Nous collectons les données suivantes :", "We process the following information:".
const LIST_VERB =
  '(?:gebruik|verwerk|verzamel|vrag|vraagt|vastleg|bewar|noteren|collect|process|use|gather|record|store|keep|utilis|trait|recueill|demand|conserv|enregistr)\\p{L}*';
const LIST_OBJECT =
  '\\b(?:uw|je|jouw|your|vos|votre|de volgende|the following|suivantes?|(?:persoons)?gegevens|donn[ée]es|data|information)\\b';
const DATA_LIST_INTRO = new RegExp(
  `(?:${LIST_VERB}\\b[^.;]{0,60}${LIST_OBJECT}|${LIST_OBJECT}[^.;]{0,60}\\b${LIST_VERB})[^.;]{0,80}:\\s*$`,
  'iu',
);

function isDataSentence(ctx: ExtractContext, s: Sentence): boolean {
  if (
    s.kind === 'item' &&
    DATA_LIST_INTRO.test(introOf(ctx, s)) &&
    !NOT_DATA_LISTS.some((t) => topicsOf(ctx, s).includes(t))
  ) {
    return true;
  }
  if (s.cell) {
    const header = s.cell.header.trim();
    const isDataColumn =
      (DATA_HEADER.test(header) && (s.cell.col === 0 || DATA_COLUMN.test(header))) ||
      // "Categorie | Voorbeelden" in a data section: the examples are the data.
      (s.cell.col > 0 && EXAMPLES_COLUMN.test(header) && inTopic(ctx, s, 'data'));
    return isDataColumn && !inTopic(ctx, s, 'recipients', 'cookies', 'rights');
  }
  if (s.kind === 'heading' && s.text.split(/\s+/).length > 3) {
    return false;
  }
  const topics = topicsOf(ctx, s);
  if (topics.includes('data')) {
    if (s.kind === 'paragraph' && !COLLECT.test(s.text) && !startsWithDataTerm(s.text)) {
      return false;
    }
    return !topics.includes('not_collected') && !topics.includes('definitions') && !topics.includes('cookies');
  }
  if (
    topics.includes('cookies') &&
    !s.cell &&
    s.kind !== 'heading' &&
    EXCLUDED_TOPICS.every((t) => t === 'cookies' || !topics.includes(t))
  ) {
    // "FOD BOSA registreert bij een bezoek jouw IP-adres, je browser …" under a cookie heading: what the site itself
    // records is data all the same; cookie descriptions without such a verb are not.
    return RECORDS.test(s.text) && !isNegatedAt(s.text, s.text.search(RECORDS));
  }
  if (EXCLUDED_TOPICS.some((t) => topics.includes(t))) {
    return false;
  }
  // Retention lists name the data they keep ("Gegevens in de financiële administratie (naam, adres): 7 jaar").
  if (topics.includes('retention') && (s.kind === 'item' || DATA_WORD.test(s.text))) {
    return true;
  }
  return s.kind !== 'heading' && SENTENCE_DATA_CUE.test(s.text) && !WHO_SENTENCE.test(s.text);
}

/** "Name, email address, phone number — provided via …": a sentence of a data section that is a list of data. */
function startsWithDataTerm(text: string): boolean {
  return findDataTermsIn(text.slice(0, 40)).some((t) => t.start === 0);
}

// In running text of a data section only sentences that speak of data or of collecting them list categories.
const RECORDS =
  /registre\p{L}*|verzamel\p{L}*|collect\p{L}*|recueill\p{L}*|enregistr\p{L}*|noteren|noteert|vastgelegd|\blog(?:t|s|ged)\b/iu;
const COLLECT =
  /gegevens|donn[ée]es|\bdata\b|information|verzamel|verwerk|vragen|noteren|noteert|vastleg|leggen \w+ vast|registr|collect|process|recueill|traitons|demandons|notons|enregistr|\bask\b|\brecord/i;

/**
 * Finds the personal-data categories a statement says it processes, as DPV `pd:` terms, from sentences in data
 * sections, data columns of tables and retention lists; negated mentions ("wij verzamelen geen …") are skipped.
 */
export function extractDataCategories(ctx: ExtractContext): Element<string>[] {
  const found: Element<string>[] = [];
  for (const s of ctx.doc.sentences) {
    if (!isDataSentence(ctx, s)) {
      continue;
    }
    const confidence = inTopic(ctx, s, 'data') ? 0.8 : 0.6;
    for (const { term, regex } of TERM_PATTERNS) {
      for (const m of s.text.matchAll(regex)) {
        if (!isNegatedAt(s.text, m.index ?? 0)) {
          found.push(elementOf(s, term, m, s.kind === 'paragraph' ? confidence - 0.1 : confidence));
          break;
        }
      }
    }
  }
  const unique = uniqueByValue(found);
  const terms = new Set(unique.map((e) => e.value));
  return unique.filter((e) => !(UMBRELLAS[e.value] ?? []).some((narrower) => terms.has(narrower)));
}

/** The DPV terms mentioned in a text (not negated), each with its first position: to relate data to a sentence. */
export function findDataTermsIn(text: string): { term: string; start: number; end: number }[] {
  const out: { term: string; start: number; end: number }[] = [];
  for (const { term, regex } of TERM_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      if (!isNegatedAt(text, m.index ?? 0)) {
        out.push({ term, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
        break;
      }
    }
  }
  return out;
}

/** The special categories (Art. 9) among the extracted data categories. */
export function extractSpecialCategories(categories: Element<string>[]): Element<string>[] {
  return categories.filter((e) => SPECIAL_CATEGORY_TERMS.has(e.value));
}
