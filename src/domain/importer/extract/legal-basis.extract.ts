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
      'opted[- ]in',
      'geeft toestemming',
    ]),
  ],
  [
    'contract',
    compileAlternatives([
      'overeenkomst(?:en)?',
      // Compounds such as lidmaatschapsovereenkomst; a processing agreement is not the contract basis.
      '(?!verwerkers|samenwerkings)\\p{L}{3,}overeenkomst(?:en)?',
      'huurovereenkomst',
      'contract(?:s|uele?)?',
      'contrat(?:s|uel(?:le)?)?',
      'pr[ée]-?contractuel(?:le)?s?',
      'pre-?contractual',
      'uitvoering van (?:de|een) (?:overeenkomst|dienstverlening|opdracht)',
      "ex[ée]cution (?:d['’]un|du) contrat",
      // Art. 6(1)(b)'s second half: steps taken at the person's request before a contract.
      'take (?:the )?steps? (?:\\p{L}+ ){0,6}(?:request|asked)',
      'op (?:uw|jouw|je) verzoek (?:\\p{L}+ ){0,6}maatregelen',
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
      // "because the law requires us to keep", "as required by law", "omdat de wet ons dat verplicht", "imposée par la loi".
      'the law requires',
      'required by (?:the )?law',
      'de wet (?:ons |mij )?(?:dat |dit )?(?:verplicht|voorschrijft|vereist)',
      'wettelijk (?:vereist|voorgeschreven)',
      "la loi (?:nous |m['’])?(?:impose|oblige)",
      '(?:impos|exig)[ée]e?s? par la loi',
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
// Outside a basis section a basis counts only in a construction that states it as the ground of processing:
// "op basis van uw toestemming", "with your consent", "necessary to perform our contract", "sur la base de
// l'exécution du contrat". Section context raises the confidence; it does not gate.
const LOCAL_BASIS: Partial<Record<LegalBasis, RegExp>> = {
  consent: new RegExp(
    [
      '(?:op (?:de )?(?:basis|grond) van|met|mits|na|door middel van|with|upon|on the basis of|based on|avec|sur la base d[eu]|moyennant|au moyen d[eu])\\s+(?:\\p{L}+\\s+){0,2}(?:toestemming|consent(?:ement)?|accord)',
      '\\brely on (?:\\p{L}+\\s+){0,2}consent',
      '(?:uw|je|jouw|your|votre|ton) (?:uitdrukkelijke |expliciete |explicit |prior |voorafgaande |pr[ée]alable )?(?:toestemming|consent|consentement)',
      '\\b(?:if|when) you (?:agree|consent|(?:have )?opted[- ]in)',
    ].join('|'),
    'iu',
  ),
  contract: new RegExp(
    [
      '(?:uitvoering|nakoming) van (?:de|een|het|uw|je|onze|ons|mijn) \\p{L}*(?:overeenkomst|contract)',
      "ex[ée]cution (?:du|d['’]un|de (?:votre|notre|ce)) contrat",
      '(?:perform|performance of|fulfil|fulfill|execute|execution of) (?:a |the |our |your |this )?contract',
      '(?:op (?:basis|grond) van|based on|on the basis of|sur la base d[eu]) (?:de |het |the |a |our |your |du |l[ae]? )?(?:\\p{L}+ )?(?:overeenkomst|contract|contrat)',
    ].join('|'),
    'iu',
  ),
  legal_obligation:
    /wettelijke (?:verplichting|plicht|bewaarplicht)|obligations? l[ée]gales?|legal obligations?|legally (?:required|obliged)|comply with (?:a |our )?legal|the law requires|required by (?:the )?law|de wet (?:ons |mij )?(?:dat |dit )?(?:verplicht|voorschrijft|vereist)|(?:impos|exig)[ée]e?s? par la loi/iu,
  legitimate_interest:
    /gerechtvaardigd\p{L}* belang|legitiem\p{L}* belang|int[ée]r[êe]ts? l[ée]gitimes?|legitimate interests?/iu,
};
const PROCESSING =
  /nodig|noodzakelijk|necessary|need|n[ée]cessaire|verwerk|verzamel|gebruik|bewar|stur|verstuur|process|collect|use|send|keep|store|trait|utilis|envo|conserv|collect|recueill/i;
// "Dit doen wij op basis van jouw toestemming", "Hier hebben wij een legitiem belang bij": the sentence after a
// list of data states the basis of what the paragraph before it described, without a processing verb of its own.
const BASIS_STATEMENT =
  /\b(?:dit|dat|this|that|cela|ceci) (?:doen|do|faisons)\b|(?:op (?:de )?(?:basis|grond) van|on the basis of|based on|sur (?:la )?(?:base|le fondement) d)\s+(?:\p{L}+\s+){0,2}(?:toestemming|consent|consentement|overeenkomst|contract|contrat)|\bbelang bij\b|\binterest in (?:this|that|doing)/iu;

// A parent's consent for a child (Art. 8) and cookie consent are not the legal basis of a purpose; a section on bases
// or purposes that names cookie consent ("For analytics cookies we rely on your consent") states one all the same.
const PARENTAL = /ouder|voogd|parent|tuteur/i;
const CHILD = /jonger|younger|\bunder (?:the age|\d)|moins de \d|minderjarig|\bkind(?:eren)?\b|\bchild|enfant|mineur/i;
const COOKIE_CONSENT = /cookie|browser|navigateur/i;
// In a rights section only a plain statement of what the organisation does counts ("Een aantal gegevens verwerken we
// op basis van het gerechtvaardigd belang"), not the conditions of a right ("if we process on the basis of…").
const WE_PROCESS =
  /\b(?:verwerken|gebruiken) (?:we|wij)\b|\b(?:we|wij) (?:verwerken|gebruiken)\b|\bwe (?:process|use)\b|\bnous (?:traitons|utilisons)\b/i;
const CONDITIONAL = /\b(?:indien|wanneer|als|tenzij|if|where|when|unless|lorsque|si|dans la mesure)\b/i;

function isNotABasis(ctx: ExtractContext, s: Sentence): boolean {
  return (
    (PARENTAL.test(s.text) && CHILD.test(`${ctx.doc.sentences[s.index - 1]?.text ?? ''} ${s.text}`)) ||
    (COOKIE_CONSENT.test(s.text) && !inTopic(ctx, s, 'legal_basis', 'purposes'))
  );
}

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
    const local =
      !scoped &&
      !s.cell &&
      (PROCESSING.test(s.text) || BASIS_STATEMENT.test(s.text)) &&
      !inTopic(ctx, s, 'authority', 'definitions', 'cookies', 'children', 'changes') &&
      (!inTopic(ctx, s, 'rights') || (WE_PROCESS.test(s.text) && !CONDITIONAL.test(s.text)));
    for (const [basis, regex] of BASIS_PATTERNS) {
      // Vital interests are named only when relied on; elsewhere the other bases need a basis construction.
      if (!scoped && basis !== 'vital_interest' && !(local && LOCAL_BASIS[basis]?.test(s.text))) {
        continue;
      }
      for (const m of s.text.matchAll(regex)) {
        if (isNegatedAt(s.text, m.index ?? 0) || (basis === 'consent' && isNotABasis(ctx, s))) {
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
