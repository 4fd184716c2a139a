import type { Span } from '../import.types.js';

// Abbreviations after which a full stop does not end a sentence (nl, fr, en; lowercase, without the dot).
const ABBREVIATIONS = new Set([
  'bv',
  'bijv',
  'o.a',
  'd.w.z',
  'i.e',
  'e.g',
  'eg',
  'ie',
  'art',
  'artt',
  'nr',
  'nrs',
  'no',
  'n°',
  'vs',
  'etc',
  'enz',
  'incl',
  'excl',
  'cfr',
  'cf',
  'ca',
  'resp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'min',
  'max',
  'tel',
  'tél',
  'ex',
  'al',
  'inc',
  'ltd',
  'co',
  'corp',
  'p',
  'pp',
  'blz',
  'mvr',
  'dhr',
  'mme',
  'mlle',
  'm',
  'jr',
  'sr',
  'ref',
  'par',
  'al',
  'fig',
  'approx',
  'ong',
  'b.v',
  'n.v',
  'bvba',
  'lid',
  'ger',
  'w',
  'b.w',
  'ger.w',
]);

// A candidate boundary: terminal punctuation, optional closing quotes or brackets, whitespace, then something that
// can start a sentence. Compiled once: the splitter runs on every paragraph.
const BOUNDARY = /([.!?…])(["'”’»)\]]*)(\s+)(?=["'“‘«(]?[\p{Lu}\p{N}•▪–-])/gu;
const TOKEN_BEFORE = /([\p{L}\p{N}.°]+)$/u;

/**
 * Splits a paragraph into sentences and returns their spans relative to the paragraph. Does not split after
 * abbreviations ("bv.", "e.g.", "art. 6", "nr."), inside decimals, e-mail addresses or URLs (no whitespace follows
 * their dots), nor before a lowercase word.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    const punct = m[1] ?? '';
    if (punct === '.') {
      const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
      const token = (before?.[1] ?? '').toLowerCase();
      // A single capital letter followed by a dot is an initial ("J. Peeters"), not a sentence end.
      if (ABBREVIATIONS.has(token) || /^\p{Lu}$/u.test(before?.[1] ?? '') || /^(?:\p{L}\.)+\p{L}$/u.test(token)) {
        continue;
      }
    }
    const end = at + punct.length + (m[2] ?? '').length;
    pushTrimmed(text, start, end, spans);
    start = end + (m[3] ?? '').length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) {
    s++;
  }
  while (e > s && /\s/.test(text[e - 1] ?? '')) {
    e--;
  }
  if (e > s) {
    spans.push({ start: s, end: e });
  }
}
