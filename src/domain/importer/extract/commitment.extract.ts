import type { Element, ImportExtraction } from '../import.types.js';
import { parseDurations } from '../text/duration.parse.js';
import { type ExtractContext, elementAt, elementOf, inTopic, isNegatedAt } from './extract.context.js';

const CONTROLLER =
  /verwerkingsverantwoordelijke|verantwoordelijk(?:e)? voor de verwerking|responsable (?:du|de) traitement|(?:data )?controller/i;
const PROCESSOR_SELF =
  /(?:\b(?:wij|we|nous)\b|\bNAME\b)[^.;]{0,50}?(?:(?:als|as|en tant que|in (?:our|its) capacity as)\s+)?(?<![-\p{L}])(?:verwerker|processor|sous-traitant)(?![-\p{L}])/iu;
const NOT_CONTROLLER =
  /\bNAME\b[^.;]{0,40}\b(?:niet de|not the|pas le) (?:verwerkingsverantwoordelijke|controller|responsable)/i;

// "Wij sluiten verwerkersovereenkomsten met verwerkers" is the controller speaking: the processor must be the subject.
// So is "Wij maken gebruik van een derde partij (verwerker)": the processor is whoever is used.
const WITH_PROCESSORS =
  /(?:met|with|avec) (?:de |deze |onze |nos |our )?(?:verwerkers|processors|sous-traitants)|gebruik|\buse|utilis|inschakel|engage|fai(?:sons|t) appel|beroep op|derde|third|tiers/i;
// A processor agreement says so in its title or first lines.
const AGREEMENT =
  /verwerkersovereenkomst|verwerkingsovereenkomst|data processing (?:agreement|addendum)|\bDPA\b|(?:contrat|accord|convention) de sous-traitance|avenant (?:de|relatif au) traitement/i;
// A party defined as the processor: "Verwerker ("Rekenhulp"):", "(Verwerker)", "hierna te noemen “Verwerker”",
// "(the “Processor”)".
const PROCESSOR_PARTY =
  /^(?:de |the |le )?(?:verwerker|processor|sous-traitant)\s*[(:]|[(“"«]\s*(?:de |the |le )?(?:verwerker|processor|sous-traitant)\s*[)”"»]|(?:hierna(?: te noemen)?|hereinafter|ci-apr[èe]s)[^.;]{0,20}?[“"«]?\s*(?:de |the |le )?(?:verwerker|processor|sous-traitant)\b/i;

/**
 * The organisation's own roles: controller of its statement by default (the statement exists because it decides on
 * processing), processor when it says it processes on behalf of others or that it is not the controller there. In a
 * processor agreement where the organisation is the processor party, naming the controller is naming the other
 * party: the organisation is controller there only where it says so of itself.
 */
export function extractRoles(ctx: ExtractContext, organisationName?: string): Element<'controller' | 'processor'>[] {
  const name = organisationName
    ? organisationName
        .replace(/\s*,?\s*(?:BVBA|BV|NV|SRL|SA|ASBL|VZW|B\.V\.|N\.V\.|Inc\.?|LLC)$/i, '')
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    : '';
  const agreement = name ? processorPartyOf(ctx, name) : undefined;
  if (agreement) {
    const selfController = new RegExp(`(?:\\b(?:wij|we|nous)\\b|${name})[^.;]{0,50}?(?:${CONTROLLER.source})`, 'iu');
    for (const s of ctx.doc.sentences) {
      const m = selfController.exec(s.text);
      if (m) {
        return [elementOf(s, 'controller', m, 0.7), agreement];
      }
    }
    return [agreement];
  }
  return rolesOfStatement(ctx, name);
}

/** In a processor agreement, the sentence that defines the organisation as the processor party. */
function processorPartyOf(ctx: ExtractContext, name: string): Element<'processor'> | undefined {
  if (!isAgreementTitled(ctx.doc.text)) {
    return undefined;
  }
  const named = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu');
  const self = new RegExp(PROCESSOR_SELF.source.replace('NAME', name), 'iu');
  for (const s of ctx.doc.sentences) {
    const party = PROCESSOR_PARTY.exec(s.text);
    if (party && named.test(s.text)) {
      return elementOf(s, 'processor', party, 0.8);
    }
    const m = self.exec(s.text);
    if (m && !WITH_PROCESSORS.test(m[0])) {
      return elementOf(s, 'processor', m, 0.75);
    }
  }
  return undefined;
}

/**
 * Whether one of the first lines that read as a title (short, no full stop at the end) names a processor agreement;
 * a statement that mentions "our Data Processing Agreement" in its text is not one.
 */
function isAgreementTitled(text: string): boolean {
  const lines = text.slice(0, 1500).split('\n');
  let seen = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') {
      continue;
    }
    if (t.length <= 150 && !/[.;:]$/.test(t) && AGREEMENT.test(t)) {
      return true;
    }
    if (++seen === 3) {
      return false;
    }
  }
  return false;
}

function rolesOfStatement(ctx: ExtractContext, name: string): Element<'controller' | 'processor'>[] {
  const roles: Element<'controller' | 'processor'>[] = [];
  const self = name ? new RegExp(PROCESSOR_SELF.source.replace('NAME', name), 'iu') : PROCESSOR_SELF;
  const notController = name ? new RegExp(NOT_CONTROLLER.source.replace('NAME', name), 'i') : undefined;
  for (const s of ctx.doc.sentences) {
    if (!roles.some((r) => r.value === 'controller')) {
      const m = CONTROLLER.exec(s.text);
      if (m) {
        roles.push(elementOf(s, 'controller', m, 0.8));
      }
    }
    if (!roles.some((r) => r.value === 'processor')) {
      const m = (name ? self.exec(s.text) : null) ?? notController?.exec(s.text);
      if (m && !WITH_PROCESSORS.test(m[0])) {
        roles.push(elementOf(s, 'processor', m, 0.7));
      }
    }
  }
  if (!roles.some((r) => r.value === 'controller')) {
    const first = ctx.doc.sentences[0];
    if (first) {
      roles.unshift(elementAt(first, 'controller', 0, first.text.length, 0.5));
    }
  }
  return roles;
}

const CHILD_CUE =
  /kinderen|kind\b|minderjarig|jongeren|ouders?|voogd|children|child|minors?|parent|guardian|enfants?|mineurs?|tuteur|moins de|under the age|younger than|jonger dan/i;
const AGE =
  /(?:jonger (?:zijn |is )?dan|ouder (?:zijn |is )?dan|onder de|beneden|younger than|older than|under(?: the age of)?|below|over|moins de|plus de|[âa]g[ée]e?s? de|minimum age of|minimumleeftijd (?:van|is)|at least|minstens)\s+(\d{1,2})\s*(?:jaar|years?|ans)?|(\d{1,2})\s*(?:jaar|years?|ans)\s*(?:of ouder|or older|et plus|ou plus)/i;

/**
 * The minimum age for children's consent or use the statement states. Where it gives both an age of majority
 * ("our services are for adults of 18 and over") and a younger one ("we do not knowingly collect data of children
 * under 16"), the younger one is the age of digital consent (Art. 8 allows 13 to 16).
 */
export function extractChildrenAge(ctx: ExtractContext): Element<number> | undefined {
  let adult: Element<number> | undefined;
  for (const s of ctx.doc.sentences) {
    if (!(inTopic(ctx, s, 'children') || CHILD_CUE.test(s.text))) {
      continue;
    }
    const m = AGE.exec(s.text);
    const age = Number(m?.[1] ?? m?.[2]);
    if (m && age >= 12 && age <= 18) {
      const e = elementOf(s, age, m, inTopic(ctx, s, 'children') ? 0.85 : 0.7);
      if (age < 18) {
        return e;
      }
      adult ??= e;
    }
  }
  return adult;
}

const ADM =
  /geautomatiseerde? (?:besluit\w*|verwerking\w*|systee?m\w*|beslissing\w*)|volledig automatisch|automatically decide\w*|enti[èe]rement automatis[ée]e?|automated (?:decision|individual decision|processing)|d[ée]cisions? (?:individuelle )?automatis[ée]e?s?|profilering|profiling|profilage/i;
const WE_USE_ALGORITHMS =
  /\b(?:wij|we|nous)\s+(?:gebruiken|zetten|use|employ|utilisons)\b[^.;]{0,30}\b(?:algoritm\p{L}*|algorithm\p{L}*|algorithmes?|kunstmatige intelligentie|artificial intelligence|intelligence artificielle|AI|IA)\b/iu;
const ADM_NEGATED = /\b(?:geen|niet|no|not|never|nooit|aucune?|pas)\b/i;
const ADM_RIGHT = /recht|right|droit/i;

/** Whether the statement says it takes solely automated decisions (false when it says it does not). */
export function extractAutomatedDecisions(ctx: ExtractContext): Element<boolean> | undefined {
  let positive: Element<boolean> | undefined;
  for (const s of ctx.doc.sentences) {
    const m = ADM.exec(s.text);
    if (!m || (ADM_RIGHT.test(s.text) && !inTopic(ctx, s, 'automated'))) {
      continue;
    }
    if (ADM_NEGATED.test(s.text)) {
      return elementOf(s, false, m, 0.8);
    }
    if (
      /\b(?:wij|we|nous|gebruik|use|utilis|maakt)\b/i.test(s.text) &&
      !/\b(?:indien|if|si|als|wanneer|when)\b/i.test(s.text)
    ) {
      positive ??= elementOf(s, true, m, 0.6);
    }
  }
  if (positive) {
    return positive;
  }
  // "Geautomatiseerde besluitvorming" then "Wij gebruiken algoritmes voor: …": the section's heading says what the
  // algorithms do.
  for (const s of ctx.doc.sentences) {
    if ((s.kind === 'heading' && !s.text.endsWith(':')) || !inTopic(ctx, s, 'automated')) {
      continue;
    }
    const m = WE_USE_ALGORITHMS.exec(s.text);
    if (m) {
      return ADM_NEGATED.test(s.text) ? undefined : elementOf(s, true, m, 0.55);
    }
  }
  return undefined;
}

// The names an agreement gives the controller party: "Chef Data informeert Klant …", "notify the Client".
const CONTROLLER_PARTY =
  /\b(?:klant|opdrachtgever|verantwoordelijke|cli[eë]nt|customer|client|le client|responsable)\b/i;
const BREACH =
  /datalek|incident|inbreuk|beveiligingsinbreuk|breach|violation de (?:donn[ée]es|s[ée]curit[ée])|fuite de donn/i;
const NOTIFY = /meld\w*|notif\w*|inform\w*|op de hoogte|verwittig\w*|pr[ée]ven\w*/i;

/** The time within which the processor tells the controller of a breach ("ten laatste 24 uur na …" → PT24H). */
export function extractBreachNotice(ctx: ExtractContext): Element<string> | undefined {
  for (const s of ctx.doc.sentences) {
    const previous = ctx.doc.sentences[s.index - 1]?.text ?? '';
    if (
      !(BREACH.test(s.text) || (inTopic(ctx, s, 'security') && BREACH.test(previous))) ||
      !NOTIFY.test(s.text) ||
      !(CONTROLLER.test(s.text) || CONTROLLER_PARTY.test(s.text))
    ) {
      continue;
    }
    const d = parseDurations(s.text).find((x) => x.unit === 'H' || x.unit === 'D');
    if (d) {
      return elementAt(s, d.iso, d.start, d.end, 0.8);
    }
  }
  return undefined;
}

const FOREIGN =
  /buiten de (?:eer|eu|europese (?:economische ruimte|unie))|derde landen?|hors (?:de l['’])?(?:ue|eee|union europ[ée]enne|espace [ée]conomique europ[ée]en)|outside (?:the )?(?:eea|eu|european (?:economic area|union))|third countr\w+|pays tiers|verenigde staten|[ée]tats-unis|united states|\busa\b|amerikaans\w*|am[ée]ricain\w*/i;
const TRANSFER_VERB =
  /doorgifte|doorge\w+|overgebracht|opgeslagen|opslaan|transf[eé]r\w*|stock\w*|h[ée]berg\w*|servers?|serveurs?|gevestigd|located|established|situ[ée]s?|si[èe]ges?|verwerk\w*|process\w*|diensten|services|in te zetten|operate|op[ée]rent|sub-?processors|\bge(?:ven|eft)\b[^.]*\bdoor\b|verstrek\w*|\bshare[ds]?\b|\bsharing\b|partag\w*/i;
/** "Uitsluitend binnen de EER", "only within the EU", "exclusivement au sein de l'UE": data stay in the EEA. */
const ONLY_WITHIN_EEA =
  /\b(?:uitsluitend|alleen|enkel|steeds|only|exclusively|solely|uniquement|exclusivement)\s+(?:binnen|in|within|au sein|dans)\s+(?:de |het |the |l['’]|la |de l['’])?(?:eer|eea|eee|eu|ue|europese (?:economische ruimte|unie)|european (?:economic area|union)|espace [ée]conomique europ[ée]en|union europ[ée]enne)\b/i;
const HYPOTHETICAL = /\b(?:indien|mocht|zou|zouden|if|should|in case|si|au cas|kunnen|could|may|pourr\w+)\b/i;
const EXCEPTION = /uitzondering|behalve|except|sauf|à l['’]exception/i;

/**
 * Whether personal data leave the EEA: true on a stated transfer or a service established in a third country, false
 * when the statement says data never leave the EEA, unknown when it only says what it would do if they did.
 */
export function extractTransfers(
  ctx: ExtractContext,
  foreignProviders: Element<string>[],
): Element<boolean> | undefined {
  let negative: Element<boolean> | undefined;
  for (const s of ctx.doc.sentences) {
    const m = FOREIGN.exec(s.text);
    if (!m || !TRANSFER_VERB.test(s.text) || inTopic(ctx, s, 'definitions', 'rights')) {
      continue;
    }
    if (HYPOTHETICAL.test(s.text) && !EXCEPTION.test(s.text)) {
      continue;
    }
    if (isNegatedAt(s.text, m.index ?? 0) && !EXCEPTION.test(s.text)) {
      negative ??= elementOf(s, false, m, 0.75);
      continue;
    }
    return elementOf(s, true, m, 0.8);
  }
  if (negative) {
    return negative;
  }
  const provider = foreignProviders[0];
  if (provider) {
    return { ...provider, value: true, confidence: 0.5 };
  }
  for (const s of ctx.doc.sentences) {
    const m = ONLY_WITHIN_EEA.exec(s.text);
    if (m && !inTopic(ctx, s, 'definitions', 'rights')) {
      return elementOf(s, false, m, 0.7);
    }
  }
  return undefined;
}

const BSN = /burgerservicenummer|\bbsn\b/i;

/** Whether the statement gives instructions about the Dutch citizen service number (BSN). */
export function extractBsn(ctx: ExtractContext): ImportExtraction['bsnInstructions'] {
  for (const s of ctx.doc.sentences) {
    const m = BSN.exec(s.text);
    if (m) {
      return elementOf(s, true, m, 0.9);
    }
  }
  return undefined;
}
