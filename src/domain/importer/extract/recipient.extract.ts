import type { Element, Sentence } from '../import.types.js';
import { PROVIDERS } from '../lexicon/provider.lexicon.js';
import { RECIPIENT_LEXICON } from '../lexicon/recipient.lexicon.js';
import {
  compileAlternatives,
  type ExtractContext,
  elementAt,
  inTopic,
  introOf,
  isNegatedAt,
  uniqueByValue,
} from './extract.context.js';

const TYPE_PATTERNS = RECIPIENT_LEXICON.map(([type, patterns]) => ({ type, regex: compileAlternatives(patterns) }));
const PROVIDER_PATTERNS = PROVIDERS.map((entry) => ({ entry, regex: compileAlternatives([entry.pattern]) }));
const SHARE_CUE =
  /\b(?:deel\w*|gedeeld|verstrek\w*|doorge\w+|ontvanger\w*|derden|verwerkers?|subverwerk\w*|ingeschakeld|destinataires?|tiers|sous-traitants?|partag\w*|transmi\w+|communiqu\w+|divulg\w+|recipients?|third[- ]part\w+|sub-?processors?|share[ds]?|sharing|disclos\w+|entrusted|service providers?|dienstverleners?|prestataires?|partenaires?|on (?:our|its) behalf|namens ons|in (?:onze )?opdracht|pour (?:notre|le) compte)\b/i;
// A named provider used for a service ("betalingen verlopen via Mollie", "we use Eventbrite for ticketing") is a
// recipient even outside a sharing sentence: the name itself is specific.
const USES_PROVIDER =
  /\b(?:via|bij|through|by|par|chez|use[sd]?|using|gebruik\p{L}*|utilis\p{L}*|draait|runs?|verlop\p{L}*|handled|hosted|geh?ost\p{L}*|h[ée]berg\p{L}*|stores?|opgeslagen|avec|with|met|gevestigd|established|[ée]tablie?s?|based|located|situ[ée]e?s?)\b/iu;
// In a cookie section only a sentence saying the organisation uses a provider names a recipient ("Wij gebruiken
// Google Analytics om …", "meten wij … met Matomo"); cookie tables and descriptions name providers whose cookies
// they are.
const WE_USE =
  /\b(?:(?:wij|we|ik) (?:gebruiken|gebruik|maken gebruik)|(?:we|I) use|nous utilisons|nous avons recours|(?:on|this) (?:site|website) uses)\b/i;
// Case-sensitive: the name after the preposition must be capitalised (under the i flag \p{Lu} matches any letter).
const WE_WITH_NAME = /\b(?:[Ww]ij|[Ww]e|[Nn]ous)\b[^.;]{0,120}?\b(?:met|with|via|avec|using|door middel van)\s+\p{Lu}/u;
const SUBPROCESSOR_CUE =
  /subverwerk|sub-?processor|sous-traitan|onderaannem|verwerker|processor|prestataire|h[ée]berg|hosted by|gehost|hosting|on (?:our|its) behalf|namens ons|pour (?:notre|le) compte/i;
// A capitalised preposition at the start of a sentence is not part of the name ("Namens Chef Data B.V.:").
const ORG_WITH_FORM =
  /(?<![\p{L}\p{N}&'’-])(?!(?:Namens|Door|Via|Bij|Met|Voor|Par|Pour|Chez|Avec|By|With|For|Through|On behalf of|Au nom de)\s)((?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){0,4}\p{Lu}[\p{L}\p{N}&'’-]*),?\s+(?:BVBA|BV|NV|SRL|SPRL|SA|ASBL|VZW|CommV|B\.V\.|N\.V\.|Inc\.?|LLC|Ltd\.?|Limited|GmbH)(?![\p{L}])/gu;

// A table column that names the parties data go to ("Sub-processor", "Subverwerker", "Partij", "Prestataire").
const PARTY_HEADER =
  /^(?:sub-?processors?|sub-?verwerkers?|sous-traitants?|(?:sub)?verwerkers?|processors?|partij(?:en)?|part(?:y|ies)|ontvangers?|recipients?|destinataires?|leveranciers?|vendors?|suppliers?|providers?|dienstverleners?|prestataires?|service providers?|naam|name|nom)$/i;
// A cell that names one company ("Datahaven Noord", "PostNL"), not a kind of recipient ("Een hostingprovider",
// "Ons boekhoudkantoor", "our hosting partner").
const GENERIC_START =
  /^(?:een|de|het|ons|onze|mijn|alle|diverse|andere|un|une|le|la|les|l['’]|notre|nos|des|divers|autres?|a|an|the|our|all|various|other|n\/a|-)(?:\s|$)/i;
const COMPANY_CELL = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,3}$/u;

function namedPartyCell(s: Sentence): string | undefined {
  if (!s.cell || !PARTY_HEADER.test(s.cell.header.trim()) || s.cell.row === 0) {
    return undefined;
  }
  const text = s.text
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[.;:,]+$/, '')
    .trim();
  return COMPANY_CELL.test(text) && !GENERIC_START.test(text) ? text : undefined;
}

function isRecipientSentence(ctx: ExtractContext, s: Sentence): boolean {
  if (inTopic(ctx, s, 'cookies', 'definitions', 'not_collected')) {
    return false;
  }
  if (s.cell) {
    return inTopic(ctx, s, 'recipients', 'transfers') && !/gegevens|donn[ée]es|\bdata\b/i.test(s.cell.header);
  }
  if (inTopic(ctx, s, 'rights', 'authority', 'identity') && !SHARE_CUE.test(s.text)) {
    return false;
  }
  return inTopic(ctx, s, 'recipients', 'transfers') || SHARE_CUE.test(s.text) || SHARE_CUE.test(introOf(ctx, s));
}

// "Your Instagram handle", "je LinkedIn-profiel": the person's account on a platform is data, not a recipient.
const OWN_ACCOUNT = /^[- ]?(?:handle|account|profiel|profile|gebruikersnaam|username|pseudo)/i;

// Data read from a provider ("informatie raadplegen via LinkedIn") do not go to it.
const SOURCE_CUE = /raadpleg|consult|verkrijg|afkomstig|obtain|receive|sourced?\b|\bbron|provien|recevons|re[çc]ues/i;

function mentionsProviderUse(ctx: ExtractContext, s: Sentence): boolean {
  return (
    !s.cell &&
    USES_PROVIDER.test(s.text) &&
    !SOURCE_CUE.test(s.text) &&
    !inTopic(ctx, s, 'definitions', 'not_collected', 'rights', 'authority', 'identity') &&
    (!inTopic(ctx, s, 'cookies') || WE_USE.test(s.text) || WE_WITH_NAME.test(s.text))
  );
}

// "hébergement (Vercel), téléphonie IA (Vapi), automatisation (n8n)": a service, then who provides it in brackets. A
// name is capitalised then lower case ("Vapi", "Airtable") or has a digit inside ("n8n"); abbreviations ("RGPD"),
// places and generic words are not providers.
const IN_PARENTHESES = /\(([^()]{2,80})\)/g;
const PROVIDER_NAME = /^(?:\p{Lu}\p{Ll}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,2}|\p{Ll}+\d[\p{L}\p{N}]*)$/u;
const NOT_A_PROVIDER =
  /^(?:Belgi\p{L}*|Nederland|Netherlands|Pays-Bas|France|Frankrijk|Duitsland|Germany|Allemagne|Irlande|Ierland|Ireland|Europe|Europa|Luxembourg|Verenigde Staten|United States|Frankfurt|Amsterdam|Dublin|Brussel|Bruxelles|Brussels|Art\p{L}*|Article|Artikel|Bijlage|Annexe|Annex|Zie|Voir|See|(?:[Ss]ub-?)?[Vv]erwerkers?|(?:[Ss]ub-?)?[Pp]rocessors?|Sous-traitants?|Prestataires?|Derden|Tiers|Partners?|Partenaires?|Leveranciers?|Suppliers?|Ontvangers?|Destinataires?|Recipients?|Hierna|Ci-apr\p{L}*|Hereinafter)\b/u;

const MAX_NAMED_IN_SENTENCE = 50;

interface NamedSpan {
  name: string;
  start: number;
  end: number;
}

// "Les rendez-vous en ligne passent par Agendadoc", "onze website wordt gehost door Versio", "payments are handled by
// Paywise": a service routed through a capitalised name is a provider even when no lexicon knows it. The verb is
// lower case mid-sentence and the name must be capitalised, so no i flag.
const ROUTED_THROUGH =
  /\b(?:passent|passe|verlopen|verloopt|lopen|loopt|gaan|gaat|go|goes|run|runs|handled|processed|verwerkt|hosted|gehost|h[ée]berg[ée]e?s?|g[ée]r[ée]e?s?|managed|beheerd|verzorgd|verstuurd|envoy[ée]e?s?|sent|delivered|bezorgd|livr[ée]e?s?|provided|geleverd|fournie?s?|assur[ée]e?s?)\s+(?:par|via|through|by|bij|door|chez)\s+(\p{Lu}[\p{L}\p{N}&'’-]+(?:\s+\p{Lu}[\p{L}\p{N}&'’-]+){0,2})/gu;

function namesRoutedThrough(text: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const m of text.matchAll(ROUTED_THROUGH)) {
    const name = m[1] ?? '';
    if (out.length >= MAX_NAMED_IN_SENTENCE || NOT_A_PROVIDER.test(name) || GENERIC_START.test(name)) {
      continue;
    }
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

function namesInParentheses(text: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const m of text.matchAll(IN_PARENTHESES)) {
    if (out.length >= MAX_NAMED_IN_SENTENCE) {
      // A real list names a handful; a crafted one of thousands would make the overlap checks quadratic.
      break;
    }
    if (/\d{3,}/.test(m[1] ?? '')) {
      // "(2325 3rd Street, San Francisco, California 94107)": an address, not a list of providers.
      continue;
    }
    let at = (m.index ?? 0) + 1;
    for (const part of (m[1] ?? '').split(/(,|;|\s+(?:et|and|en|of|ou|or)\s+)/)) {
      const name = part.trim();
      if (PROVIDER_NAME.test(name) && !NOT_A_PROVIDER.test(name) && !GENERIC_START.test(name)) {
        const start = at + part.indexOf(name);
        out.push({ name, start, end: start + name.length });
      }
      at += part.length;
    }
  }
  return out;
}

export interface RecipientExtraction {
  types: Element<string>[];
  subprocessors: Element<string>[];
  /** Providers established outside the EEA that the statement says it uses. */
  foreignProviders: Element<string>[];
}

/**
 * Finds recipient types (closed list of the evaluation format) and named processors: generic nouns in sections and
 * sentences about sharing data, well-known providers mapped to their usual type, and companies named with a legal
 * form as sub-processors. Negated mentions ("aucun outil … Google Analytics") are skipped.
 */
export function extractRecipients(ctx: ExtractContext): RecipientExtraction {
  const types: Element<string>[] = [];
  const subprocessors: Element<string>[] = [];
  const foreignProviders: Element<string>[] = [];
  for (const s of ctx.doc.sentences) {
    const scoped = isRecipientSentence(ctx, s);
    if (!scoped && !mentionsProviderUse(ctx, s)) {
      continue;
    }
    const taken: [number, number][] = [];
    const overlapsTaken = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
    for (const { entry, regex } of PROVIDER_PATTERNS) {
      for (const m of s.text.matchAll(regex)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (overlapsTaken(start, end) || isNegatedAt(s.text, start) || OWN_ACCOUNT.test(s.text.slice(end, end + 20))) {
          continue;
        }
        taken.push([start, end]);
        subprocessors.push(elementAt(s, entry.name, start, end, scoped ? 0.8 : 0.65));
        if (entry.type) {
          types.push(elementAt(s, entry.type, start, end, scoped ? 0.75 : 0.6));
        }
        if (entry.outsideEea) {
          foreignProviders.push(elementAt(s, entry.name, start, end, 0.6));
        }
      }
    }
    for (const { type, regex } of scoped ? TYPE_PATTERNS : []) {
      for (const m of s.text.matchAll(regex)) {
        const start = m.index ?? 0;
        if (!isNegatedAt(s.text, start) && !taken.some(([a, b]) => start >= a && start < b)) {
          types.push(elementAt(s, type, start, start + m[0].length, inTopic(ctx, s, 'recipients') ? 0.8 : 0.65));
          break;
        }
      }
    }
    const party = scoped && taken.length === 0 ? namedPartyCell(s) : undefined;
    if (party) {
      subprocessors.push(elementAt(s, party, 0, party.length, 0.65));
    }
    const takeNamed = (names: NamedSpan[]) => {
      for (const named of names) {
        if (!overlapsTaken(named.start, named.end)) {
          taken.push([named.start, named.end]);
          subprocessors.push(elementAt(s, named.name, named.start, named.end, 0.6));
        }
      }
    };
    if (scoped) {
      takeNamed(namesRoutedThrough(s.text));
    }
    if (scoped && SUBPROCESSOR_CUE.test(s.text)) {
      takeNamed(namesInParentheses(s.text));
      for (const m of s.text.matchAll(ORG_WITH_FORM)) {
        const start = m.index ?? 0;
        if (!isNegatedAt(s.text, start) && !overlapsTaken(start, start + m[0].length)) {
          subprocessors.push(elementAt(s, m[0].trim(), start, start + m[0].length, 0.7));
        }
      }
    }
  }
  return {
    types: uniqueByValue(types),
    subprocessors: uniqueByValue(subprocessors, (v) => v.toLowerCase()),
    foreignProviders: uniqueByValue(foreignProviders),
  };
}
