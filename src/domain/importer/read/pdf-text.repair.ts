/**
 * Repairs of text extracted from PDF: page furniture, hyphenation, broken lines and ligatures that the font's
 * character map decoded as other letters ("verplichfingen" for "verplichtingen").
 */

const PAGE_NUMBER = /^(?:(?:page|pagina|p\.|blz\.?)\s*)?\d{1,4}(?:\s*(?:\/|of|van|sur|de|-)\s*\d{1,4})?$/i;

/** Removes lines that repeat at the top or bottom of most pages, and bare page numbers. */
export function removePageFurniture(pages: string[]): string[] {
  const split = pages.map((p) => p.split('\n'));
  const edgeCounts = new Map<string, number>();
  for (const lines of split) {
    const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
    // Only the outermost lines: body text that differs just by a number must survive.
    const edges = new Set([...nonEmpty.slice(0, 1), ...nonEmpty.slice(-1)]);
    for (const line of edges) {
      // Digits vary between pages ("Page 3 of 9"); compare lines with the digits masked.
      const key = line.replace(/\d+/g, '#');
      edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.5));
  const repeated = new Set([...edgeCounts].filter(([, n]) => pages.length >= 3 && n >= threshold).map(([k]) => k));
  return split.map((lines) =>
    lines
      .filter((line) => {
        const t = line.trim();
        return !(t && (PAGE_NUMBER.test(t) || repeated.has(t.replace(/\d+/g, '#'))));
      })
      .join('\n'),
  );
}

/** Joins words hyphenated across line ends and lines broken inside a sentence. */
export function joinBrokenLines(text: string): string {
  return text
    .replace(/([a-zà-ÿ])-\n\s*([a-zà-ÿ])/g, '$1$2')
    .replace(/([^\n.:;!?•])\n(?![\s\n]{0,16}(?:[-•*▪◦]|\d+[.)]\s))[ \t]*([a-zà-ÿ(])/g, '$1 $2');
}

// Mis-decoded ligatures seen in PDF extraction: "ti"/"tt"/"ft" ligatures come out as "fi", "f" or "ff".
const LIGATURE_SWAPS: [RegExp, string][] = [
  [/fi/g, 'ti'],
  [/f/g, 't'],
  [/ff/g, 'tt'],
  [/fi/g, 'fti'],
  [/fl/g, 'tl'],
];

// Words of privacy statements that extraction commonly garbles; the document's own vocabulary is added at run time.
const BASE_VOCABULARY = [
  'verplichtingen',
  'verplichting',
  'informatie',
  'identiteit',
  'activiteiten',
  'rechtmatigheid',
  'toestemming',
  'betrokkenen',
  'gerechtvaardigd',
  'beveiliging',
  'notification',
  'information',
  'obligations',
  'identification',
  'finalités',
  'activités',
  'rectification',
  'portabilité',
  'portability',
  'legitimate',
  'statistiques',
];

/**
 * Replaces words that are not in the document's vocabulary but become a known word when a mis-decoded ligature is
 * swapped back. Only unknown words are touched, so correct text stays as it is.
 */
export function repairLigatures(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[a-zà-ÿ]{4,}/gi)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const known = (w: string) => BASE_VOCABULARY.includes(w) || (counts.get(w) ?? 0) >= 2;
  return text.replace(/(?<![a-zà-ÿ])[a-zà-ÿ]*f[a-zà-ÿ]*/gi, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 5 || known(lower)) {
      return word;
    }
    for (const [from, to] of LIGATURE_SWAPS) {
      // Try each occurrence on its own: only one ligature is usually broken.
      const positions = [...lower.matchAll(from)].map((m) => m.index ?? 0);
      for (const at of positions) {
        const source = from.source;
        const candidate = lower.slice(0, at) + to + lower.slice(at + source.length);
        if (known(candidate)) {
          const fixed = word.slice(0, at) + to + word.slice(at + source.length);
          return word[0] === word[0]?.toUpperCase() ? fixed[0]?.toUpperCase() + fixed.slice(1) : fixed;
        }
      }
    }
    return word;
  });
}

/** All PDF repairs in order. */
export function repairPdfText(pages: string[]): string {
  const text = removePageFurniture(pages).join('\n\n');
  return repairLigatures(joinBrokenLines(text));
}
