import type { Element, Language, SegmentedDocument, Sentence, Span, Topic } from '../import.types.js';

/** What every extractor gets: the segmented document and its language. */
export interface ExtractContext {
  doc: SegmentedDocument;
  language: Language;
}

/** Topics of the section a sentence sits in. */
export function topicsOf(ctx: ExtractContext, s: Sentence): Topic[] {
  return ctx.doc.sections[s.section]?.topics ?? [];
}

/** True when the sentence's section is about any of the topics. */
export function inTopic(ctx: ExtractContext, s: Sentence, ...topics: Topic[]): boolean {
  const own = topicsOf(ctx, s);
  return topics.some((t) => own.includes(t));
}

/** The sentence a span starts in (sentences are in text order and do not overlap). */
export function sentenceAt(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => s.span.start <= span.start && span.start < s.span.end);
}

/** The sentence that introduces a list item, or ''. */
export function introOf(ctx: ExtractContext, s: Sentence): string {
  return s.intro === undefined ? '' : (ctx.doc.sentences[s.intro]?.text ?? '');
}

/** The full text of the table row a cell belongs to, or the sentence itself. */
export function rowTextOf(ctx: ExtractContext, s: Sentence): string {
  if (!s.cell) {
    return s.text;
  }
  const row = ctx.doc.tables[s.cell.table]?.rows[s.cell.row];
  return row ? row.cells.map((c) => c.text).join(' | ') : s.text;
}

/** Builds an element whose span is `start..end` relative to the sentence. */
export function elementAt<T>(s: Sentence, value: T, start: number, end: number, confidence: number): Element<T> {
  return {
    value,
    span: { start: s.span.start + start, end: s.span.start + end },
    sentence: s.text,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
  };
}

/** Builds an element for a regular-expression match in a sentence. */
export function elementOf<T>(s: Sentence, value: T, m: RegExpMatchArray, confidence: number): Element<T> {
  const start = m.index ?? 0;
  return elementAt(s, value, start, start + m[0].length, confidence);
}

/** Keeps the first element per value (by `key`), preferring higher confidence. */
export function uniqueByValue<T>(elements: Element<T>[], key: (v: T) => string = (v) => String(v)): Element<T>[] {
  const best = new Map<string, Element<T>>();
  for (const e of elements) {
    const k = key(e.value);
    const have = best.get(k);
    if (!have || e.confidence > have.confidence) {
      best.set(k, have && have.span.start < e.span.start && have.confidence >= e.confidence ? have : e);
    }
  }
  return [...best.values()].sort((a, b) => a.span.start - b.span.start);
}

// Negation cues shortly before a mention: "geen cookies", "aucun outil", "no analytics … cookies", "never sold".
const NEGATION_BEFORE =
  /(?:\b(?:geen|nooit|noch|aucun|aucune|jamais|ni|no|none|never|neither|nor|without|zonder|sans)\b(?!-)|\bn['’]\p{L}+|\bne\b|\bniet\b(?!-)|\bnot\b(?!-))[^.;:]{0,60}$/iu;

/** True when the text just before `index` in the sentence negates what follows. */
export function isNegatedAt(text: string, index: number): boolean {
  const m = NEGATION_BEFORE.exec(text.slice(Math.max(0, index - 70), index));
  // French "ne … que" / "n'… que" restricts, it does not negate: "nous n'utilisons que des cookies nécessaires".
  // An exception after the negation takes what follows out of it: "niet aan derden doorgeven tenzij dit wettelijk
  // verplicht is", "no cookies except strictly necessary ones".
  return m !== null && !(/^(?:ne\b|n['’])/i.test(m[0]) && RESTRICTIVE_QUE.test(m[0])) && !EXCEPTION_AFTER.test(m[0]);
}
const RESTRICTIVE_QUE = /\bqu(?:e\b|['’])/i;
const EXCEPTION_AFTER = /\b(?:tenzij|behalve|uitgezonderd|unless|except|sauf|hormis|à moins)\b/i;

/**
 * The words of a sentence just before `index`: at most `chars` characters, starting at a word. What a pattern
 * anchored at the end ("binnen … $", a cue and up to four words) can match; run on the whole sentence before it,
 * such a pattern tries every cue in it, which is quadratic on a long sentence with many durations.
 */
export function wordsBefore(text: string, index: number, chars = 160): string {
  const start = Math.max(0, index - chars);
  if (start === 0) {
    return text.slice(0, index);
  }
  const window = text.slice(start, index);
  const space = window.search(/\s/);
  return space < 0 ? '' : window.slice(space + 1);
}

// Letters and digits of the Latin, Greek and Cyrillic scripts. An explicit class instead of [\p{L}\p{N}]: with the
// `iu` flags V8 builds the case closure of every Unicode letter for each expression at its first use, about 0.5 ms
// per expression, which made the first import in a process ~150 ms slower than the next (the lexicons compile
// a few hundred expressions).
const WORD_CHAR =
  '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';

/** Compiles alternatives into one case-insensitive, word-bounded, global regular expression. */
export function compileAlternatives(patterns: string[]): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${patterns.join('|')})(?![${WORD_CHAR}])`, 'giu');
}
