import type { DetectedLanguage } from '../import.types.js';

// Frequent function words, chosen so that each list shares few entries with the others.
const STOPWORDS: Record<Exclude<DetectedLanguage, 'other'>, string[]> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'wij',
    'je',
    'jouw',
    'uw',
    'zijn',
    'niet',
    'voor',
    'worden',
    'deze',
    'met',
    'ons',
    'onze',
    'wordt',
    'bij',
    'ook',
    'naar',
    'dat',
    'als',
    'kunt',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'et',
    'vous',
    'votre',
    'vos',
    'nous',
    'notre',
    'est',
    'sont',
    'pour',
    'dans',
    'par',
    'sur',
    'une',
    'au',
    'aux',
    'qui',
    'ces',
    'pas',
    'être',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'you',
    'your',
    'we',
    'our',
    'is',
    'are',
    'for',
    'with',
    'this',
    'that',
    'by',
    'be',
    'not',
    'or',
    'which',
    'will',
    'us',
    'may',
    'any',
    'from',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'sie',
    'ihre',
    'wir',
    'unsere',
    'mit',
    'für',
    'auf',
    'werden',
    'eine',
    'einer',
    'dem',
    'den',
    'zu',
    'wird',
    'sind',
    'auch',
    'oder',
    'bei',
  ],
};
const LOOKUP = new Map<string, Exclude<DetectedLanguage, 'other'>[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Exclude<DetectedLanguage, 'other'>, string[]][]) {
  for (const w of words) {
    LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
  }
}
const WORD = /[a-zà-ÿäöüß]+/g;

export interface LanguageScore {
  language: DetectedLanguage;
  /** Share of counted words that are stopwords of the winning language. */
  confidence: number;
  scores: Record<string, number>;
}

/**
 * Detects the language of a statement by stopword frequency over its first 20,000 characters. Texts with too few
 * stopwords of any language are `other`.
 */
export function detectLanguage(text: string): LanguageScore {
  const scores: Record<string, number> = { nl: 0, fr: 0, en: 0, de: 0 };
  let words = 0;
  for (const m of text.slice(0, 20_000).toLowerCase().matchAll(WORD)) {
    words++;
    for (const lang of LOOKUP.get(m[0]) ?? []) {
      scores[lang] = (scores[lang] ?? 0) + 1;
    }
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || words === 0 || best[1] < 3 || best[1] / words < 0.08) {
    return { language: 'other', confidence: 0, scores };
  }
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  return { language: best[0] as DetectedLanguage, confidence: Math.min(1, 0.5 + margin / 2), scores };
}

/** English names of detected languages, for messages. */
export const LANGUAGE_NAMES: Record<DetectedLanguage, string> = {
  nl: 'Dutch',
  fr: 'French',
  en: 'English',
  de: 'German',
  other: 'This language',
};
