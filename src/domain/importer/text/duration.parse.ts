/**
 * Durations written in Dutch, French or English ("7 jaar", "zeven (7) dagen", "52 maanden", "deux mois", "one
 * month", "24 uur", "48 h") as ISO 8601 durations.
 */

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  eén: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  achttien: 18,
  twintig: 20,
  vierentwintig: 24,
  dertig: 30,
  zesendertig: 36,
  veertig: 40,
  zestig: 60,
  negentig: 90,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  seize: 16,
  'dix-huit': 18,
  vingt: 20,
  'vingt-quatre': 24,
  trente: 30,
  'trente-six': 36,
  soixante: 60,
  'quatre-vingt-dix': 90,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  'thirty-six': 36,
  forty: 40,
  sixty: 60,
  ninety: 90,
};

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H';
const UNIT_WORDS: [Unit, string][] = [
  ['Y', 'jaar|jaren|years?|yrs?|ans?|ann[ée]es?'],
  ['M', 'maand(?:en)?|months?|mois'],
  ['W', 'weken|week|weeks|semaines?'],
  ['D', '(?:kalender|werk)?dag(?:en)?|(?:calendar |working |business )?days?|jours?(?: (?:calendrier|ouvrables))?'],
  ['H', 'uur|uren|hours?|hrs?|heures?|h'],
];
const WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .filter((w) => w.length > 1 || w === 'a')
  .sort((a, b) => b.length - a.length)
  .join('|');
const UNIT_ALTERNATION = UNIT_WORDS.map(([u, w]) => `(?<${u}>${w})`).join('|');

// Built once: "7 jaar", "zeven (7) jaar", "één maand", "d'un mois", "a month", "1 an", "24u". A number word ends at a
// word's end: "aan" is not "a" + "an".
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(?<digits>\\d{1,3})|(?<word>${WORD_ALTERNATION})(?![\\p{L}]))(?:\\s*\\(\\d{1,3}\\))?(?:\\s+(?:further|additional|more|extra|bijkomende|aanvullende))?[\\s-]*(?:${UNIT_ALTERNATION})(?![\\p{L}])`,
  'giu',
);

// Ranges name the unit once: "between 3 and 12 months", "3 tot 6 maanden", "de 2 à 5 ans"; the lower bound counts too.
const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?<low>\\d{1,3})\\s*(?:and|en|et|to|tot|à|a|-|–)\\s*\\d{1,3}[\\s-]*(?:${UNIT_ALTERNATION})(?![\\p{L}])`,
  'giu',
);

export interface ParsedDuration {
  iso: string;
  amount: number;
  unit: Unit;
  start: number;
  end: number;
}

/** Formats an amount and unit as ISO 8601 (`P7Y`, `P52M`, `P4W`, `P30D`, `PT24H`). */
export function toIsoDuration(amount: number, unit: Unit): string {
  return unit === 'H' ? `PT${amount}H` : `P${amount}${unit}`;
}

/** Finds every duration in a text, with offsets relative to it. */
export function parseDurations(text: string): ParsedDuration[] {
  const found: ParsedDuration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    const word = g.word?.toLowerCase();
    const amount = g.digits ? Number(g.digits) : word ? (NUMBER_WORDS[word] ?? Number.NaN) : Number.NaN;
    const unit = (['Y', 'M', 'W', 'D', 'H'] as Unit[]).find((u) => g[u] !== undefined);
    if (!unit || !Number.isFinite(amount) || amount <= 0) {
      continue;
    }
    // "a" and "an" only count before a unit word spelled out ("a month"), never "a h".
    if ((word === 'a' || word === 'an') && unit === 'H') {
      continue;
    }
    found.push({
      iso: toIsoDuration(amount, unit),
      amount,
      unit,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  for (const m of text.matchAll(RANGE)) {
    const g = m.groups ?? {};
    const unit = (['Y', 'M', 'W', 'D', 'H'] as Unit[]).find((u) => g[u] !== undefined);
    const amount = Number(g.low);
    const start = m.index ?? 0;
    if (unit && amount > 0) {
      found.push({ iso: toIsoDuration(amount, unit), amount, unit, start, end: start + (g.low ?? '').length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
