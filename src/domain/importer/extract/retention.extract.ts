import type { Element, Retention, Sentence } from '../import.types.js';
import { parseDurations } from '../text/duration.parse.js';
import {
  compileAlternatives,
  type ExtractContext,
  elementAt,
  elementOf,
  inTopic,
  rowTextOf,
  wordsBefore,
} from './extract.context.js';

export const RETENTION_VERB =
  /(?<![\p{L}])(?:bewaar\p{L}*|bewaren|bewaart|bewaring|bewaard|opgeslagen|gearchiveerd|conserv\p{L}+|archiv\p{L}+|retain\p{L}*|retention|kept|keep|stored|store|verwijderd|gewist|vernietigd|deleted|erased|destroyed|supprim[ée]e?s?|effac[ée]e?s?|d[ée]truite?s?|anonymis\p{L}+|geanonimiseerd|delete\p{L}* (?:\p{L}+ ){0,3}\d)/iu;
const RETENTION_HEADER = /termijn|bewaar|dur[ée]e|conservation|retention|period|p[ée]riode/i;
// "automatically deleted within 7 days", "we delete your data within 90 days": a deadline for deleting is how long
// data are kept.
const DELETED_WITHIN =
  /(?:verwijder\p{L}*|gewist|wissen|vernietig\p{L}*|geanonimiseerd|delete[sd]?|erase[sd]?|destroy(?:ed)?|purged?|anonymi[sz]ed?|supprim\p{L}*|effa[cç]\p{L}*|d[ée]trui\p{L}*|anonymis\p{L}*)\W+(?:\p{L}+\W+){0,3}(?:binnen|within|dans un d[ée]lai(?: maximum| maximal)? de|dans les)\W+(?:\p{L}+\W+){0,2}$/iu;
// "Uiterlijk drie maanden na het einde van de overeenkomst … vernietigt": a deadline counted from the end of the
// relationship is how long data are kept after it.
const AFTER_THE_END =
  /^\W*(?:na (?:het einde|afloop|be[eë]indiging)|after (?:the end|termination|expiry)|apr[èe]s (?:la fin|l['’]expiration|la r[ée]siliation)|[àa] l['’]issue)\b/i;
const NOT_RIGHT_BEFORE = /\b(?:niet|not|pas|never|nooit|jamais)\b[^.;:,]{0,20}$/i;
// Durations that are ages, deadlines for answers or contract terms, not how long data is kept.
const NOT_RETENTION =
  /(?:jonger|ouder|younger|older|under|moins de|plus de|leeftijd|\bage\b|[âa]g[ée]s? de|binnen|within|dans un d[ée]lai|uiterlijk|reageren|r[ée]ponse|respond|answer|opzeg|geldigheidsduur|cookie)\W+(?:\p{L}+\W+){0,4}$/iu;

const UNTIL_WITHDRAWN = compileAlternatives([
  '(?:tot|totdat) (?:u|je|jij) (?:zich|je|uw toestemming|je toestemming)? ?(?:afmeldt|uitschrijft|intrekt|afmelden)',
  'tot (?:uw |je )?(?:afmelding|uitschrijving|intrekking)',
  'zolang (?:u|je|jij) (?:ingeschreven|geabonneerd|aangemeld) (?:staat|bent|blijft)',
  "jusqu['’](?:à|au) (?:votre |la )?(?:d[ée]sinscription|d[ée]sabonnement|retrait(?: de votre consentement)?|suppression (?:de votre|du) compte)",
  'until (?:you )?(?:unsubscribe|withdraw(?: your consent)?|opt[- ]out|delete your account)',
  'as long as you (?:are|remain) subscribed',
  'until (?:your )?(?:unsubscription|withdrawal)',
  'tot (?:u|je) (?:uw|je) account verwijdert',
]);
const UNLIMITED = compileAlternatives([
  'onbeperkt(?:e duur)?',
  'onbepaalde (?:tijd|duur)',
  'voor altijd',
  'zonder (?:tijds)?limiet',
  'indefinitely',
  'unlimited',
  'without (?:any )?(?:time )?limit',
  'ind[ée]finiment',
  'illimit[ée]e?',
  'sans limit(?:e|ation)(?: de dur[ée]e)?',
  'dur[ée]e ind[ée]termin[ée]e',
  // "… dewelke we blijven bewaren", "we continue to keep": kept with no end said.
  // … unless a condition or an end follows ("continue to retain your data where necessary for …").
  'blijven bewaren(?![^.;]{0,60}\\b(?:zolang|indien|wanneer|als|tot|voor zover|waar nodig)\\b)',
  'permanent (?:bewaard|bewaren|opgeslagen)',
  '(?:kept|stored|retained) permanently',
  'permanently (?:kept|stored|retained)',
  'continue to (?:keep|store|retain)(?![^.;]{0,60}\\b(?:where|if|when|as long as|insofar|to the extent|until|unless)\\b)',
  'conserv\\p{L}* (?:de mani[èe]re |de fa[çc]on )?permanente?',
]);
// "Durée de conservation : définie par Google", "determined by the provider": the period is someone else's to say.
export const RETENTION_DELEGATED =
  /(?:(?:d[ée]finie?s?|d[ée]termin[ée]e?s?|fix[ée]e?s?) par|(?:set|determined|defined) by|(?:bepaald|vastgesteld) door) (?!(?:la |le |the |de |your |votre |uw |je )?(?:loi|l[ée]gislateur|law|wet|browser|navigateur|preferences))/i;
const TRIGGERS: [string, RegExp][] = [
  [
    'relationship_end',
    /(?:einde|be[eë]indig\w*|stopzetting|afloop) van (?:de|onze|uw) (?:relatie|klantrelatie)|end of (?:the|our) relationship|fin de (?:la|notre) relation/i,
  ],
  [
    'contract_end',
    /(?:einde|be[eë]indig\w*|stopzet\w*|afloop|opzegging) van (?:de|het|deze|uw) (?:overeenkomst|contract|abonnement)|(?:end|termination) of (?:the|your) (?:contract|agreement)|fin (?:du|de votre) contrat|contract duration, then|dur[ée]e du contrat/i,
  ],
  [
    'last_transaction',
    /laatste (?:transactie|aankoop|bestelling)|last (?:transaction|purchase|order)|derni[èe]re (?:transaction|commande|achat)/i,
  ],
  ['last_login', /laatste (?:login|aanmelding)|last login|derni[èe]re connexion/i],
  ['last_interaction', /laatste (?:\p{L}+ )?interactie|last interaction|derni[èe]re interaction/iu],
  ['last_contact', /laatste contact|last contact|dernier contact/i],
];

function isRetentionSentence(ctx: ExtractContext, s: Sentence): boolean {
  if (inTopic(ctx, s, 'cookies')) {
    return false;
  }
  if (s.cell) {
    // A table without a header row ("Données comptables | 10 ans") in a retention section is a retention table.
    return RETENTION_HEADER.test(s.cell.header) || inTopic(ctx, s, 'retention');
  }
  if (inTopic(ctx, s, 'rights', 'authority', 'security', 'children')) {
    return RETENTION_VERB.test(s.text) && !/verzoek|request|demande/i.test(s.text);
  }
  return inTopic(ctx, s, 'retention') || RETENTION_VERB.test(s.text);
}

/**
 * Finds retention periods: durations in retention sections, retention columns and sentences about keeping data
 * (with their trigger, e.g. `P7Y@contract_end`), "until you unsubscribe" (`until_withdrawn`) and unlimited periods.
 */
export function extractRetention(ctx: ExtractContext): Element<Retention>[] {
  const found: Element<Retention>[] = [];
  for (const s of ctx.doc.sentences) {
    const scoped = isRetentionSentence(ctx, s);
    const soft = inTopic(ctx, s, 'data', 'purposes', 'retention') && !inTopic(ctx, s, 'cookies');
    if (scoped || soft) {
      for (const m of s.text.matchAll(UNTIL_WITHDRAWN)) {
        found.push(elementOf(s, { period: 'until_withdrawn' }, m, scoped ? 0.8 : 0.6));
      }
      for (const m of s.text.matchAll(UNLIMITED)) {
        // "Gegevens worden niet permanent opgeslagen": the contrary. Only a negation right before counts, not one of an
        // earlier clause ("niet langer dan nodig, behalve foto's die we onbeperkt bewaren").
        if (!NOT_RIGHT_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) {
          found.push(elementOf(s, { period: 'unlimited' }, m, scoped ? 0.8 : 0.6));
        }
      }
    }
    if (!scoped) {
      continue;
    }
    const durations = parseDurations(s.text).filter((d) => {
      const before = wordsBefore(s.text, d.start);
      // Hours count only under a retention heading ("disparaît deux heures après votre dernier message"); elsewhere
      // they are deadlines (a breach notice within 72 hours).
      return (
        (d.unit !== 'H' || inTopic(ctx, s, 'retention')) &&
        (!NOT_RETENTION.test(before) ||
          DELETED_WITHIN.test(before) ||
          AFTER_THE_END.test(s.text.slice(d.end, d.end + 40)))
      );
    });
    for (const d of durations) {
      const retention: Retention = { period: d.iso };
      // The trigger is what follows the duration, or anywhere in a sentence that states a single period.
      const window = durations.length === 1 ? rowTextOf(ctx, s) : s.text.slice(d.end, d.end + 80);
      const trigger = TRIGGERS.find(([, re]) => re.test(window))?.[0];
      if (trigger) {
        retention.trigger = trigger;
      }
      found.push(elementAt(s, retention, d.start, d.end, inTopic(ctx, s, 'retention') || s.cell ? 0.85 : 0.7));
    }
  }
  const seen = new Set<string>();
  return found.filter((e) => {
    const key = e.value.period;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** Formats a retention as in the evaluation format: `P7Y@contract_end`, `P52M`, `until_withdrawn`. */
export function formatRetention(r: Retention): string {
  return r.trigger ? `${r.period}@${r.trigger}` : r.period;
}
