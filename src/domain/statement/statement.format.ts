import type { LocalizedText } from '../register/common.schema.js';
import { parseDuration } from '../register/duration.js';
import type { Inline, StatementLang } from './statement.types.js';
import type { DurationUnit, StatementTexts } from './texts.types.js';

/*
 * Formatting helpers over `Intl`: plural forms, list joining, dates and country names. The `Intl` objects are
 * created once per language at module level, so rendering a statement creates none (a render must stay under 10 ms).
 */

const LANGS: readonly StatementLang[] = ['nl', 'fr', 'en'];
const LOCALES: Readonly<Record<StatementLang, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

function perLang<T>(make: (locale: string) => T): Readonly<Record<StatementLang, T>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(LOCALES[lang])])) as Record<StatementLang, T>;
}

const PLURALS = perLang((l) => new Intl.PluralRules(l));
const AND_LISTS = perLang((l) => new Intl.ListFormat(l, { type: 'conjunction' }));
const OR_LISTS = perLang((l) => new Intl.ListFormat(l, { type: 'disjunction' }));
const DATES = perLang((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
const REGIONS = perLang((l) => new Intl.DisplayNames(l, { type: 'region', fallback: 'code' }));

const UNITS: readonly DurationUnit[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
const FALLBACK_ORDER: readonly (keyof LocalizedText)[] = ['en', 'nl', 'fr', 'de'];

/** A plain text run. */
export function text(value: string): Inline {
  return { kind: 'text', text: value };
}

/** A strong (bold) run. */
export function strong(value: string): Inline {
  return { kind: 'strong', text: value };
}

/** A link run. */
export function link(value: string, href: string): Inline {
  return { kind: 'link', text: value, href };
}

/**
 * A register text in `lang`, else in another language, marked with that language so HTML can say `lang="…"`
 * (WCAG 3.1.2). Undefined when the register holds no text at all.
 */
export function localized(value: LocalizedText | undefined, lang: StatementLang): Inline | undefined {
  if (!value) {
    return undefined;
  }
  const own = value[lang];
  if (own !== undefined) {
    return text(own);
  }
  for (const other of FALLBACK_ORDER) {
    const found = value[other];
    if (found !== undefined) {
      return { kind: 'text', text: found, lang: other };
    }
  }
  return undefined;
}

/** Joins strings: "a, b and c" (`Intl.ListFormat`). */
export function joinAnd(items: readonly string[], lang: StatementLang): string {
  return AND_LISTS[lang].format(items);
}

/** Joins strings as alternatives: "a, b or c". */
export function joinOr(items: readonly string[], lang: StatementLang): string {
  return OR_LISTS[lang].format(items);
}

/** Joins runs with the language's list punctuation, keeping each run's marks: "name, email and phone". */
export function joinInlines(items: readonly Inline[], lang: StatementLang, type: 'and' | 'or' = 'and'): Inline[] {
  const format = type === 'and' ? AND_LISTS[lang] : OR_LISTS[lang];
  const parts = format.formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
  return parts.map((part) => {
    const index = part.type === 'element' ? Number(part.value.slice(1, -1)) : -1;
    return items[index] ?? text(part.value);
  });
}

/** A date (YYYY-MM-DD) in words: "1 March 2026", "1 maart 2026", "1 mars 2026". */
export function formatDate(iso: string, lang: StatementLang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const words = DATES[lang].format(date);
  // French writes the first of the month as an ordinal: « 1er mars 2026 ».
  return lang === 'fr' ? words.replace(/^1 /, '1er ') : words;
}

/** A country name from its ISO code, in the statement's language. */
export function countryName(code: string, lang: StatementLang): string {
  return REGIONS[lang].of(code.toUpperCase()) ?? code;
}

/**
 * An ISO 8601 duration in words with the right plural forms (`Intl.PluralRules`): `P7Y` → "7 years", `P1Y6M` →
 * "1 year and 6 months". With `spelled`, small numbers are written out ("one month", "two months"), as deadlines are.
 */
export function durationWords(iso: string, texts: StatementTexts, spelled = false): string {
  const parts = parseDuration(iso);
  if (!parts) {
    return iso;
  }
  const words = UNITS.flatMap((unit) => {
    const n = parts[unit];
    if (n <= 0) {
      return [];
    }
    if (spelled && n === 1) {
      return [texts.oneUnit[unit]];
    }
    const forms = texts.units[unit];
    const noun = PLURALS[texts.lang].select(n) === 'one' ? forms.one : forms.other;
    const number = spelled ? (texts.numberWords[n] ?? String(n)) : String(n);
    return [`${number} ${noun}`];
  });
  return words.length > 0 ? joinAnd(words, texts.lang) : iso;
}

/** Lower-cases the first letter of a label used inside a sentence, unless it starts an acronym ("IP address"). */
export function inSentence(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** Upper-cases the first letter (a list item or table cell that starts with a label). */
export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * Fills a sentence template with runs (register texts keep their language marks): `fill(t.purposes, names)` renders
 * the template around a placeholder and splices the runs in.
 */
export function fill(template: (value: string) => string, runs: readonly Inline[]): Inline[] {
  const [before = '', after = ''] = template('\u0000').split('\u0000');
  return [...(before ? [text(before)] : []), ...runs, ...(after ? [text(after)] : [])];
}

/** The colon after a label in a serialised document: French puts a non-breaking space before it. */
export function labelColon(doc: { readonly lang: StatementLang }): string {
  return doc.lang === 'fr' ? '\u00a0:' : ':';
}
