import type { Element, LegalBasis, Sentence } from '../import.types.js';
import {
  compileAlternatives,
  type ExtractContext,
  elementOf,
  inTopic,
  isNegatedAt,
  uniqueByValue,
} from './extract.context.js';

const BASIS_PATTERNS: [LegalBasis, RegExp][] = [
  [
    'consent',
    compileAlternatives([
      'toestemming',
      'instemming',
      'consent(?:s|ement)?',
      'consentez',
      'opt-in',
      'geeft toestemming',
    ]),
  ],
  [
    'contract',
    compileAlternatives([
      'overeenkomst(?:en)?',
      'huurovereenkomst',
      'contract(?:s|uele?)?',
      'contrat(?:s|uel(?:le)?)?',
      'pr[ée]-?contractuel(?:le)?s?',
      'pre-?contractual',
      'uitvoering van (?:de|een) (?:overeenkomst|dienstverlening|opdracht)',
      "ex[ée]cution (?:d['’]un|du) contrat",
    ]),
  ],
  [
    'legal_obligation',
    compileAlternatives([
      'wettelijke (?:verplichting(?:en)?|plicht(?:en)?|bewaarplicht)',
      'wettelijk verplicht',
      'obligations? l[ée]gales?',
      'legal obligations?',
      'legally (?:required|obliged)',
      'comply with (?:a |our )?legal',
    ]),
  ],
  [
    'legitimate_interest',
    compileAlternatives([
      'gerechtvaardigde? belang(?:en)?',
      'legitieme? belang(?:en)?',
      'int[ée]r[êe]ts? l[ée]gitimes?',
      'legitimate interests?',
    ]),
  ],
  [
    'vital_interest',
    compileAlternatives(['vita(?:le|al) belang(?:en)?', 'int[ée]r[êe]ts? vita(?:l|ux)', 'vital interests?']),
  ],
  [
    'public_interest',
    compileAlternatives([
      'algemeen belang',
      'openbaar gezag',
      'int[ée]r[êe]t public',
      "mission d['’]int[ée]r[êe]t public",
      'public (?:interest|task)',
      'official authority',
    ]),
  ],
];
const BASIS_CUE =
  /grondslag|rechtsgrond|base (?:l[ée]gale|juridique)|fondement|legal basis|lawful basis|art(?:icle|\.)?\s*6\b|6\.1\.|6\(1\)/i;
const BASIS_HEADER = /grondslag|rechtsgrond|base|basis|fondement/i;
// Consent of parents (Art. 8) and cookie consent are not the legal basis of a purpose.
const NOT_A_BASIS = /ouder|voogd|parent|tuteur|cookie|browser|navigateur/i;

function isBasisSentence(ctx: ExtractContext, s: Sentence): boolean {
  if (s.cell) {
    return BASIS_HEADER.test(s.cell.header) || (inTopic(ctx, s, 'legal_basis') && s.cell.col > 0);
  }
  return (
    inTopic(ctx, s, 'legal_basis', 'purposes', 'data') ||
    BASIS_CUE.test(s.text) ||
    BASIS_CUE.test(ctx.doc.sentences[s.intro ?? -1]?.text ?? '')
  );
}

/**
 * Finds the legal bases (Art. 6(1)) the statement relies on, from legal-basis and purpose sections, basis columns of
 * tables and sentences naming a basis. A list that explains all six bases of the law is skipped: it says what the
 * law allows, not what the organisation uses.
 */
export function extractLegalBases(ctx: ExtractContext): Element<LegalBasis>[] {
  const found: (Element<LegalBasis> & { intro?: number })[] = [];
  for (const s of ctx.doc.sentences) {
    const scoped = isBasisSentence(ctx, s);
    for (const [basis, regex] of BASIS_PATTERNS) {
      // Vital interests are named only when relied on; elsewhere the other bases need a basis context.
      if (!scoped && basis !== 'vital_interest') {
        continue;
      }
      for (const m of s.text.matchAll(regex)) {
        if (isNegatedAt(s.text, m.index ?? 0) || (basis === 'consent' && NOT_A_BASIS.test(s.text))) {
          continue;
        }
        const e: Element<LegalBasis> & { intro?: number } = elementOf(s, basis, m, scoped ? 0.8 : 0.6);
        if (s.kind === 'item' && s.intro !== undefined) {
          e.intro = s.intro;
        }
        found.push(e);
        break;
      }
    }
  }
  // Lists enumerating five or more bases under one intro are explanations of Art. 6, not commitments.
  const perIntro = new Map<number, Set<LegalBasis>>();
  for (const e of found) {
    if (e.intro !== undefined) {
      perIntro.set(e.intro, (perIntro.get(e.intro) ?? new Set()).add(e.value));
    }
  }
  const kept = found.filter((e) => e.intro === undefined || (perIntro.get(e.intro)?.size ?? 0) < 5);
  return uniqueByValue(kept.map(({ intro: _intro, ...e }) => e));
}
