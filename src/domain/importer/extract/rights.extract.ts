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
    /\b(?:rectific\w*|correctie|corrigeren|te corrigeren|verbeter(?:en|ing)|aanpassen|rectifier|corriger|mettre à jour|rectify|correct(?:ion|ed)?)\b/i,
  ],
  [
    'erasure',
    /\b(?:wissen|wissing|gegevenswissing|verwijder(?:en|ing)|te verwijderen|vergetelheid|effacement|effacer|suppression|erasure|erase|deletion|delete|be forgotten|oubli)\b/i,
  ],
  [
    'restriction',
    /\b(?:beperk\w*|limitation|restriction|restrict|limiter|geblokkeerd|blokkeren|(?:tijdelijk )?(?:stop te zetten|stopzetten|stilleggen|stil te leggen|bevriezen)|geler|suspend(?:re)?|suspension)\b/i,
  ],
  ['objection', /\b(?:bezwaar|opposition|opposer|object(?:ion)?|verzet(?:ten)?)\b/i],
  [
    'portability',
    /(?:overdraagbaarheid|portabiliteit|gegevensoverdracht|portabilit[ée]|portability)(?![\p{L}])|\bmee(?:nemen|te nemen) naar|\b(?:gangbaar|gestructureerd|machineleesbaar) (?:en \w+ )?(?:bestands)?formaat|\bformat (?:structur[ée]|lisible par (?:une )?machine|couramment utilis[ée])|\bmachine-readable|\bstructured, commonly used|\b(?:transmettre|transfer|doorgeven|overdragen) (?:à|to|aan) (?:une? autre|another|een andere)/iu,
  ],
  [
    'withdraw_consent',
    /(?:toestemming|consent(?:ement)?)\b[^.;]{0,40}\b(?:in te trekken|intrekken|intrekking|retirer|retrait|withdraw\w*|herroepen)|(?:intrekken|intrekking|in te trekken|retirer|retrait|withdraw\w*)\b[^.;]{0,30}\b(?:toestemming|consent(?:ement)?)/i,
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

function isRightsSentence(ctx: ExtractContext, s: Sentence): boolean {
  return inTopic(ctx, s, 'rights') || RIGHT_CUE.test(s.text) || RIGHT_CUE.test(introOf(ctx, s));
}

/** Finds the data-subject rights the statement lists (Art. 15–22, withdrawal of consent, complaint). */
export function extractRights(ctx: ExtractContext): Element<Right>[] {
  const found = new Map<Right, Element<Right>>();
  for (const s of ctx.doc.sentences) {
    if (!isRightsSentence(ctx, s) || inTopic(ctx, s, 'cookies', 'definitions')) {
      continue;
    }
    for (const [right, regex] of RIGHT_PATTERNS) {
      if (found.has(right)) {
        continue;
      }
      const m = regex.exec(s.text);
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
