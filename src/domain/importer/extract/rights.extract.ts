import type { Element, Right, Sentence } from '../import.types.js';
import { parseDurations } from '../text/duration.parse.js';
import { type ExtractContext, elementAt, elementOf, inTopic, introOf, wordsBefore } from './extract.context.js';

const RIGHT_PATTERNS: [Right, RegExp][] = [
  [
    'access',
    /\b(?:inzage|inzien|in te zien|(?:may|can|to) access\b|acc[ée]der (?:à|aux) (?:vos|tes|ses|leurs) |acc[èe]s (?:à|aux) (?:vos|tes|ses) donn|droit d['’]acc[èe]s|right (?:of|to) access|access to (?:your|the) (?:personal )?(?:data|information))|\baccess\b(?=[^.]{0,40}\bright)|(?<=right of )access|\bconsulter (?:vos|tes|ses|votre|ton|leurs?) |\b(?:obtenir|recevoir|demander) une copie|\b(?:a|ask (?:us )?for a) copy of (?:your|the|their) (?:personal )?(?:data|information|file|record)|\bwelke (?:persoons)?gegevens (?:wij|we) (?:van (?:je|jou|u) )?(?:hebben|verwerken|bewaren|vastleggen)|\b(?:een )?(?:kopie|overzicht) van (?:je|jouw|uw) (?:persoons)?gegevens|\bwhat (?:personal )?(?:data|information) we (?:hold|have|keep|process) (?:about|on) you|\b(?:persoons)?gegevens (?:\p{L}+ ){0,3}(?:inkijken|raadplegen|opvragen)\b|\b(?:inkijken|raadplegen|opvragen) van (?:je|jouw|uw) (?:persoons)?gegevens/iu,
  ],
  [
    'rectification',
    /\b(?:rectific\w*|correctie|corrigeren|te corrigeren|verbeter(?:en|ing)|aanpass(?:en|ing)|rectifier|corriger|mettre à jour|rectify|correct(?:ion|ed)?)\b/i,
  ],
  [
    'erasure',
    /\b(?:wissen|wissing|gegevenswissing|gewist|verwijder(?:en|ing)|te verwijderen|vergetelheid|effacement|effacer|suppression|erasure|erase|deletion|delete|be forgotten|oubli)\b/i,
  ],
  [
    'restriction',
    /\b(?:beperk\w*|limitation|restriction|restrict|limiter|geblokkeerd|blokkeren|(?:tijdelijk )?(?:stop te zetten|stopzetten|stilleggen|stil te leggen|bevriezen)|geler|suspend(?:re)?|suspension)\b/i,
  ],
  ['objection', /\b(?:bezwaar|opposition|opposer|object(?:ion)?|verzet(?:ten)?)\b/i],
  [
    'portability',
    /(?:overdraagbaarheid|portabiliteit|gegevensoverdracht|portabilit[ée]|portability)(?![\p{L}])|\bmee(?:nemen|te nemen) naar|\b(?:gangbaar|gestructureerd|machineleesbaar) (?:en \w+ )?(?:bestands)?formaat|\bformat (?:structur[ée]|lisible|couramment utilis[ée])|\bmachine-readable|\bstructured, commonly used|\b(?:transmettre|transfer|doorgeven|overdragen)\b[^.;]{0,50}?\b(?:à|to|aan) (?:une? autre|another|een andere)/iu,
  ],
  [
    'withdraw_consent',
    /(?:toestemming|consent(?:ement)?)\b[^.;]{0,40}\b(?:in te trekken|intrekken|intrekking|ingetrokken|retirer|retir[ée]e?|retrait|withdraw\w*|herroepen|revoked?|revocation|r[ée]voqu\p{L}*|r[ée]vocation)|(?:intrekken|intrekking|in te trekken|retirer|retrait|withdraw\w*|revoke|r[ée]voquer)\b[^.;]{0,30}\b(?:toestemming|consent(?:ement)?)/iu,
  ],
  // "Dan kan je steeds terecht bij de Gegevensbeschermingsautoriteit": turning to the authority is the complaint.
  [
    'complaint',
    /\b(?:klacht(?:en)?|r[ée]clamations?|plaintes?|complaints?|complain|terecht bij|wenden tot|vous adresser à|turn to)\b/i,
  ],
  [
    'automated_decision',
    /(?:niet (?:te )?(?:worden )?onderworpen aan|not to be subject(?:ed)? to|ne pas faire l['’]objet d['’]une d[ée]cision)[^.;]{0,40}(?:geautomatiseerd|automat)/i,
  ],
];
const RIGHT_CUE =
  /\brecht(?:en)?\b|\bdroits?\b|\brights?\b|kunt u|kun je|heeft u|heb je|\b(?:u|je|jij) (?:kunt|kan|mag|heeft)\b|you (?:may|can)|vous (?:pouvez|disposez)/i;
const COMPLAINT_TARGET =
  /privacycommissie|commission|toezicht|autoriteit|autorit[ée]|authority|\bgba\b|\bapd\b|\bap\b|\bcnil\b|gegevensbescherming/i;
const RESTRICTION_OBJECT =
  /verwerking|traitement|processing|beperking van|limitation du|restriction of|gebruik van|utilisation de|use of/i;

// A right named by its article of the GDPR ("Right to information in accordance with Art. 15 GDPR", "article 7(3)
// du RGPD"), the regulation named right after the number.
const ARTICLE_OF_RIGHT: Partial<Record<Right, string>> = {
  access: '15',
  rectification: '16',
  erasure: '17',
  restriction: '18',
  portability: '20',
  objection: '21',
  automated_decision: '22',
  complaint: '77',
  withdraw_consent: '7',
};
const ARTICLE =
  /\bart(?:icle|ikel|\.)?\s*(\d{1,2})(\s*(?:\(\d\)|,?\s*(?:para(?:graph)?|lid|al(?:in[ée]a)?|§)\.?\s*\d))?[^.;\d]{0,12}?\b(?:GDPR|AVG|RGPD|DSGVO|GDPR)\b/gi;

function articleOf(text: string, right: Right): RegExpExecArray | null {
  const number = ARTICLE_OF_RIGHT[right];
  for (const m of text.matchAll(ARTICLE)) {
    // Article 7 is about consent; only its paragraph 3 is the withdrawal.
    if (m[1] === number && (right !== 'withdraw_consent' || /3/.test(m[2] ?? ''))) {
      return m as RegExpExecArray;
    }
  }
  return null;
}

// "Vous pouvez le retirer quand vous le souhaitez", "Je kunt deze altijd intrekken", "You can withdraw it": consent
// named in the sentence before, or earlier in this one.
const WITHDRAW_PRONOUN =
  /\b(?:le|la|l['’]|deze|die|het)\s*(?:retirer|intrekken|in te trekken|herroepen)\b|\bwithdraw (?:it|this|that)\b|\btrek(?:t|ken)? (?:je|u|jij)? ?(?:deze|die|het) in\b/i;
const CONSENT_WORD = /toestemming|consent(?:ement)?/i;

function withdrawnByPronoun(ctx: ExtractContext, s: Sentence): RegExpExecArray | null {
  const m = WITHDRAW_PRONOUN.exec(s.text);
  if (!m) {
    return null;
  }
  const previous = ctx.doc.sentences[s.index - 1]?.text ?? '';
  return CONSENT_WORD.test(s.text.slice(0, m.index)) || CONSENT_WORD.test(previous) ? m : null;
}

const AT_ANY_TIME =
  /\b(?:te(?:n)? allen tijde|op elk moment|op ieder moment|altijd|steeds|at any time|à tout moment|en tout temps|quand vous le souhaitez)\b/i;

function isRightsSentence(ctx: ExtractContext, s: Sentence): boolean {
  return inTopic(ctx, s, 'rights') || RIGHT_CUE.test(s.text) || RIGHT_CUE.test(introOf(ctx, s));
}

/** Finds the data-subject rights the statement lists (Art. 15–22, withdrawal of consent, complaint). */
export function extractRights(ctx: ExtractContext): Element<Right>[] {
  const found = new Map<Right, Element<Right>>();
  const withdrawal = RIGHT_PATTERNS.find(([right]) => right === 'withdraw_consent')?.[1];
  for (const s of ctx.doc.sentences) {
    if (inTopic(ctx, s, 'cookies', 'definitions')) {
      continue;
    }
    if (!isRightsSentence(ctx, s)) {
      // "Deze toestemming kan ten allen tijde ingetrokken worden" under recipients: a withdrawal open at any time is
      // the right, wherever it is said.
      const m = found.has('withdraw_consent') || !AT_ANY_TIME.test(s.text) ? null : withdrawal?.exec(s.text);
      if (m) {
        found.set('withdraw_consent', elementOf(s, 'withdraw_consent', m, 0.65));
      }
      continue;
    }
    for (const [right, regex] of RIGHT_PATTERNS) {
      if (found.has(right)) {
        continue;
      }
      const m =
        regex.exec(s.text) ??
        articleOf(s.text, right) ??
        (right === 'withdraw_consent' ? withdrawnByPronoun(ctx, s) : null);
      if (!m) {
        continue;
      }
      if (right === 'complaint' && !COMPLAINT_TARGET.test(s.text) && !inTopic(ctx, s, 'authority')) {
        continue;
      }
      if (right === 'restriction' && !RESTRICTION_OBJECT.test(s.text)) {
        continue;
      }
      found.set(right, elementOf(s, right, m, inTopic(ctx, s, 'rights') ? 0.85 : 0.7));
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

const DEADLINE_LEAD =
  /(?:binnen|within|dans un d[ée]lai(?: maximum| maximal)?|dans les|sous|uiterlijk|at the latest|au plus tard|no later than)\W+(?:\p{L}+\W+){0,4}$/iu;
// "nous traitons la demande dans le mois", "binnen de maand": one month, without a number.
const WITHIN_THE_MONTH = /\b(?:dans le mois|end[ée]ans le mois|binnen de maand|within the month)\b/i;
const EXTENSION_LEAD = /(?:verleng\w*|extend\w*|extension|prolong\w*|prorog\w*)\W+(?:\p{L}+\W+){0,4}$/iu;
// The extension said after its duration: "kunnen wij die termijn met twee maanden verlengen", "deux mois
// supplémentaires", "two more months".
const EXTENSION_AFTER =
  /^\s*(?:(?:[a-zà-ÿ]+\s+){0,2}(?:verleng|prolong|extend)|(?:supplémentaires?|additionnels?|de plus|extra|more|additional|further|langer)\b)/i;
// "up to two further months", "twee bijkomende maanden": the extra time is inside the duration itself.
const FURTHER = /\b(?:further|additional|more|extra|bijkomende|aanvullende)\b/i;
const REQUEST_CUE =
  /verzoek|request|demande|reageren|antwoord|r[ée]ponse|r[ée]pond|respond|answer|repl(?:y|ies)|behandel/i;

/**
 * Finds the answer deadline for data-subject requests and its extension ("binnen één maand", "verlengd met twee
 * maanden"). Hours are ignored: a "reply within 48 h" is a courtesy, not the Art. 12(3) deadline.
 */
export function extractRequestDeadlines(ctx: ExtractContext): {
  deadline?: Element<string>;
  extension?: Element<string>;
} {
  const out: { deadline?: Element<string>; extension?: Element<string> } = {};
  for (const s of ctx.doc.sentences) {
    const previous = ctx.doc.sentences[s.index - 1]?.text ?? '';
    if (
      !(inTopic(ctx, s, 'rights') || REQUEST_CUE.test(s.text)) ||
      !(REQUEST_CUE.test(s.text) || REQUEST_CUE.test(previous))
    ) {
      continue;
    }
    const theMonth = out.deadline ? null : WITHIN_THE_MONTH.exec(s.text);
    if (theMonth) {
      out.deadline = elementOf(s, 'P1M', theMonth, 0.75);
    }
    for (const d of parseDurations(s.text)) {
      if (d.unit === 'H' || d.unit === 'Y') {
        continue;
      }
      const before = wordsBefore(s.text, d.start);
      const after = s.text.slice(d.end, d.end + 40);
      const extra = out.deadline && (EXTENSION_AFTER.test(after) || FURTHER.test(s.text.slice(d.start, d.end)));
      if (!out.extension && (EXTENSION_LEAD.test(before) || extra)) {
        out.extension = elementAt(s, d.iso, d.start, d.end, 0.8);
      } else if (!out.deadline && DEADLINE_LEAD.test(before)) {
        out.deadline = elementAt(s, d.iso, d.start, d.end, inTopic(ctx, s, 'rights') ? 0.85 : 0.7);
      }
    }
  }
  return out;
}

const ID_COPY =
  /(?:kopie|afschrift|copy|copie|scan)\b[^.]{0,40}\b(?:identiteitsbewijs|identiteitskaart|paspoort|id(?:-kaart)?|identity (?:document|card)|passport|pi[èe]ce d['’]identit[ée]|carte d['’]identit[ée]|passeport)/i;
const ID_COPY_NEGATED = /\b(?:geen|nooit|never|no|not|jamais|aucune?|pas)\b[^.]{0,30}(?:kopie|copy|copie)/i;
// "présenter votre carte d'identité ; nous n'en faisons pas de copie": the document is shown, not copied.
const ID_SHOWN_NOT_COPIED =
  /(?:identiteitsbewijs|identiteitskaart|paspoort|identity (?:document|card)|passport|pi[èe]ce d['’]identit[ée]|carte d['’]identit[ée]|passeport)[^.]{0,80}\b(?:geen|nooit|never|no|not|jamais|aucune?|pas)\b[^.]{0,30}(?:kopie|copy|copie)/i;

/** True (with its sentence) when exercising a right requires a copy of an identity document. */
export function extractIdCopyRequired(ctx: ExtractContext): Element<boolean> | undefined {
  for (const s of ctx.doc.sentences) {
    const m = ID_COPY.exec(s.text) ?? ID_SHOWN_NOT_COPIED.exec(s.text);
    if (!m || !(REQUEST_CUE.test(s.text) || inTopic(ctx, s, 'rights'))) {
      continue;
    }
    return elementOf(s, !ID_COPY_NEGATED.test(s.text), m, 0.85);
  }
  return undefined;
}
