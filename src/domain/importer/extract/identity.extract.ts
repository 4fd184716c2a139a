import type { Element, ImportExtraction, Sentence } from '../import.types.js';
import { isValidBelgianEnterpriseNumber, isValidDutchKvkNumber } from './enterprise-number.validate.js';
import { type ExtractContext, elementAt, elementOf, inTopic, isNegatedAt } from './extract.context.js';

// Lower-case forms only where they cannot be an ordinary abbreviation ("bv." is also "bijvoorbeeld").
const LEGAL_FORMS =
  'BVBA|BV|NV|SRL|SPRL|SA|ASBL|VZW|vzw|asbl|bvba|VOF|V\\.O\\.F\\.|CommV|CV|B\\.V\\.|N\\.V\\.|Inc\\.?|LLC|Ltd\\.?|GmbH|eenmanszaak';
const CONNECTOR = '(?:of|the|van|de|den|der|du|des|la|le|&|and|en|et)';
const WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
const NAME_WITH_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}&'’.-])(${WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${WORD}){0,4})\\s*,?\\s+(${LEGAL_FORMS})(?![\\p{L}])`,
  'gu',
);
const NAME_PATTERNS: [RegExp, number][] = [
  [new RegExp(`(?:handelsnaam|trade name|nom commercial) (?:van|of|de) (${WORD}(?:\\s+${WORD}){0,4})`, 'u'), 0.9],
  [
    new RegExp(
      `(?:naam(?: van de organisatie)?|bedrijfsnaam|nom|name(?: of the company)?|company|raison sociale|d[ée]nomination)\\s*:\\s*(${WORD}(?:\\s+${WORD}){0,4})`,
      'iu',
    ),
    0.85,
  ],
  [
    new RegExp(
      `^(${WORD}(?:\\s+${WORD}){0,3}),\\s+(?:gevestigd|established|situ[ée]e?|located|met (?:maatschappelijke )?zetel)`,
      'u',
    ),
    0.8,
  ],
  [
    new RegExp(
      `^(${WORD}(?:\\s+${WORD}){0,3}) (?:is|est) (?:de |le |the )?(?:verwerkingsverantwoordelijke|verantwoordelijk voor de verwerking|responsable du traitement|(?:data )?controller)`,
      'u',
    ),
    0.8,
  ],
];
const GENERIC_NAMES =
  /^(?:de|het|the|le|la|les|wij|we|nous|deze|dit|onze|our|notre|avg|gdpr|rgpd|privacy|website|klant|client|customer|partij)$/i;
const UNLABELLED_BE_NUMBER = /(?<![\p{L}\p{N}])BE\s?([01]\d{3}[.\s]?\d{3}[.\s]?\d{3})(?![\p{N}])/u;
const KBO =
  /(?:ondernemingsnummer|onderneming(?:s)?nr\.?|kbo|btw|tva|vat|num[ée]ro d['’]entreprise|enterprise number|company number|rpr|rpm|bce|crossroads bank for enterprises|registered)[^\d\n]{0,40}((?:BE\s?)?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3})/i;
const KVK = /(?:kvk|kamer van koophandel|handelsregister|chamber of commerce)[^\d\n]{0,30}(\d{8})(?!\d)/i;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
// An address written against harvesters: "admin(at)example.be", "info [at] example.nl".
const EMAIL_WRITTEN =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})\s?[([]at[)\]]\s?([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.[a-z]{2,})/giu;
/** Addresses as written, then written against harvesters; the second pattern runs only if the first gave none taken. */
function* addressesIn(text: string): Generator<RegExpExecArray> {
  yield* text.matchAll(EMAIL);
  yield* text.matchAll(EMAIL_WRITTEN);
}
const PHONE =
  /(?:\b(?:tel|tél|telefoon(?:nummer)?|telefonisch(?: op)?|t[ée]l[ée]phone|phone|gsm|mobiel|mobile|bel|call|appelez|t)\b\.?\s*:?\s*)((?:\+|00)?\d[\d\s()./–-]{7,18}\d)/iu;
// An unlabelled number in a contact line ("… of 0182 44 55 66", "Contact : x@y.be – 02 375 20 10"): a national
// (0…) or international (+…) number in groups, never an enterprise number (0712.345.601), a date or a postcode.
const PHONE_BARE =
  /(?<![\w.+/-])((?:\+|00)\d{2}[\s.]?(?:\(0\)\s?)?\d{1,3}(?:[\s.-]\d{2,4}){2,4}|0\d{1,3}(?:[\s/-]\d{2,4}){2,4}|0\d{2,3}(?:\.\d{2,3}){2,3})(?![\w.-]?\d)/u;
const PHONE_BARE_CONTEXT = /@|\bcontact|bereik|joindre|reach|\bbel\b|\bcall\b/i;
// "Telephone:" on a line of its own, the number on the next.
const PHONE_LABEL = /^(?:tel|tél|telefoon(?:nummer)?|t[ée]l[ée]phone|phone|gsm|mobiel|mobile)\.?\s*:$/i;
const NOT_PHONE_BEFORE =
  /(?:ondernemingsnummer|kbo|bce|btw|tva|vat|kvk|handelsregister|num[ée]ro d['’]entreprise|company number|enterprise number|iban|rekening|compte|account|postbus|bus)\W{0,12}$/i;
// Contact details of the supervisory authority are not those of the organisation.
const AUTHORITY_CONTACT =
  /apd-gba|gegevensbeschermingsautoriteit|autoriteitpersoonsgegevens|autorit[ée] de protection|cnil|privacycommission|274 ?48 ?00|1805 ?250|toezichthouder|data protection authority/i;
const DPO_CUE =
  /\b(?:dpo|data protection officer|functionaris (?:voor )?gegevensbescherming|d[ée]l[ée]gu[ée] (?:à|a) la protection des donn[ée]es|\bfg\b)/i;
const LEAD_WORDS = /^(?:voor|de|het|onze|our|notre|le|la|wij|we|contact|e-?mail|dpo|privacy|the|this|deze|dit)$/i;
// "Ines Vermeulen", "Jan van der Berg", "J. de Wit" (initials, then an optional particle and a surname).
const PERSON =
  /(\p{Lu}\p{Ll}+(?:[- ](?:van |de |der |den |le |la )?\p{Lu}\p{Ll}+){1,2}|(?<![\p{L}.])(?:\p{Lu}\.\s?){1,3}(?:(?:van|de|der|den|le|la) ){0,2}\p{Lu}\p{Ll}+)/gu;
// Document titles that precede the name in a heading: "Privacyverklaring van Voorbeeld BV" names Voorbeeld BV.
const TITLE_PREFIX =
  /^(?:(?:privacy|cookie)[-\s]?(?:verklaring|beleid|statement|policy|notice|reglement)|privacybeleid|privacyverklaring|cookieverklaring|(?:d[ée]claration|politique|charte|avis|notice)(?: de| relative à la)? (?:confidentialit[ée]|protection des donn[ée]es|vie priv[ée]e)|data protection (?:policy|notice|statement)|disclaimer)\s+(?:van|voor|of|for|de|du|d['’]|pour)\s*/iu;
// A postal address: street and number, then a Belgian (4 digits) or Dutch (4 digits, 2 letters) postcode and a city.
// The street is up to 7 words joined by spaces or hyphens; a hyphen is only a joint, never inside a word, or the
// ways to cut "-B-e-N-…" into words would grow with the 5th power of its length (a hang on a crafted text).
const ADDRESS =
  /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.]*(?:[ -][\p{L}'’.]+){0,6}) (\d{1,4}(?: ?[a-zA-Z])?(?:,? (?:bus|box|bte|boîte) ?\w{1,4})?),? (?:[BL]-|NL-)?(\d{4}(?: ?[A-Z]{2})?) (\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)/u;
const AUTHORITY_ADDRESS = /drukpers|rue de la presse|postbus 93374|bezuidenhoutseweg|hoge nieuwstraat/i;

/** The name without a leading document title ("Privacyverklaring van …", "Politique de confidentialité de …"). */
export function stripTitlePrefix(name: string): string {
  const stripped = name.replace(TITLE_PREFIX, '').trim();
  return stripped.length > 0 ? stripped : name;
}

/** Splits an address as the importer extracts it ("Molenstraat 12, 9000 Gent") into its parts. */
export function parseAddress(text: string): { street: string; postal_code: string; city: string } | undefined {
  const m = ADDRESS.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) {
    return undefined;
  }
  return { street: `${m[1]} ${m[2]}`, postal_code: m[3], city: m[4] };
}

function bestContactSentences(ctx: ExtractContext): Sentence[] {
  // Identity sections first, then the rest of the document in order.
  const sentences = ctx.doc.sentences.filter((s) => !inTopic(ctx, s, 'authority'));
  return [
    ...sentences.filter((s) => inTopic(ctx, s, 'identity')),
    ...sentences.filter((s) => !inTopic(ctx, s, 'identity')),
  ];
}

/** An unlabelled phone number in a sentence that gives contact details, at lower confidence. */
function bareContactPhone(ctx: ExtractContext): Element<string> | undefined {
  for (const s of bestContactSentences(ctx)) {
    const labelled = PHONE_LABEL.test(ctx.doc.sentences[s.index - 1]?.text ?? '');
    if (!(PHONE_BARE_CONTEXT.test(s.text) || labelled) || AUTHORITY_CONTACT.test(s.text) || DPO_CUE.test(s.text)) {
      continue;
    }
    const m = PHONE_BARE.exec(s.text);
    if (!m?.[1] || NOT_PHONE_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) {
      continue;
    }
    const digits = m[1].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 13) {
      return elementOf(s, m[1].trim(), m, inTopic(ctx, s, 'identity') ? 0.7 : 0.5);
    }
  }
  return undefined;
}

// "Le responsable du traitement de vos données est :" or "Le traitement … est effectué par :" with the name on the
// next line.
const CONTROLLER_INTRO =
  /(?:(?:responsable du traitement|verwerkingsverantwoordelijke|verantwoordelijke voor de verwerking|(?:data )?controller)\b[^.]{0,80}\b(?:est|is)|(?:effectu[ée]|r[ée]alis[ée]|assur[ée]|carried out|performed|uitgevoerd|verricht)\s+(?:par|by|door))\s*:$/i;
const NAME_LINE = new RegExp(`^${WORD}(?:\\s+(?:${CONNECTOR}\\s+|by\\s+|par\\s+|door\\s+)?${WORD}){0,5}$`, 'u');
// The organisation as the subject of what a statement says of itself, where it gives no legal form: "DWH vindt het
// belangrijk …", "Chez BE WEB, nous …", "… door D-EscapeRoom, gevestigd aan …", "Nous sommes Grisar & Co",
// "the privacy conditions of Study Association Thalia", "Starred can be considered as a processor".
const SELF_NAME = `(${WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${WORD}){0,4})`;
const NAMED_SELF: [RegExp, number][] = [
  new RegExp(
    `^${SELF_NAME},? (?:hecht|vindt|houdt zich|verwerkt|respecteert|neemt (?:je|uw|jouw) privacy|is verantwoordelijk|values|respects|takes (?:your )?privacy|is committed|attache|accorde|respecte|s['’]engage)\\b`,
    'u',
  ),
  new RegExp(`^(?:Chez|Bij|At) ${SELF_NAME},`, 'u'),
  new RegExp(
    `\\b(?:door|by|par) ${SELF_NAME},? (?:gevestigd|established|situ[ée]e?|located|met (?:maatschappelijke )?zetel|dont le si[èe]ge)`,
    'u',
  ),
  new RegExp(`^(?:Nous sommes|Wij zijn|We are) ${SELF_NAME}(?:[,.]|$)`, 'u'),
  new RegExp(
    // Case-sensitive: with the i flag, \\p{Lu} would match a lower-case word ("the privacy policy of each provider").
    `\\b(?:[Pp]rivacy (?:conditions|policy|statement|notice)|[Pp]rivacyverklaring|[Pp]rivacybeleid|[Pp]olitique de (?:confidentialit[ée]|vie priv[ée]e)) (?:of|van|de) ${SELF_NAME}`,
    'u',
  ),
  new RegExp(
    `^(?:\\P{L}*\\s)?${SELF_NAME} (?:can be considered as|acts as|is|treedt op als|is te beschouwen als|agit en tant que|est) (?:a |the |de |le )?(?:processor|verwerker|sous-traitant)\\b`,
    'u',
  ),
].map((regex): [RegExp, number] => [regex, 0.75]);

/**
 * The name the first pattern that matches anywhere captures (patterns in order of strength, each over all sentences).
 * A pattern with the i flag lets \p{Lu} match lower case too: a name starts with a capital all the same.
 */
function firstName(ctx: ExtractContext, patterns: [RegExp, number][], reject?: RegExp): Element<string> | undefined {
  for (const [regex, confidence] of patterns) {
    for (const s of ctx.doc.sentences) {
      if (s.kind === 'item' && inTopic(ctx, s, 'data')) {
        // "- Naam: Voor identificatie binnen het platform": an item of a data list names a kind of data.
        continue;
      }
      const m = regex.exec(s.text);
      const name = m?.[1]?.trim();
      if (m && name && /^\p{Lu}/u.test(name) && !GENERIC_NAMES.test(name) && !reject?.test(name)) {
        const at = (m.index ?? 0) + m[0].indexOf(name);
        return elementAt(s, name, at, at + name.length, confidence);
      }
    }
  }
  return undefined;
}

function nameAfterIntro(ctx: ExtractContext): Element<string> | undefined {
  for (const s of ctx.doc.sentences) {
    const next = ctx.doc.sentences[s.index + 1];
    if (next && CONTROLLER_INTRO.test(s.text) && NAME_LINE.test(next.text) && !GENERIC_NAMES.test(next.text)) {
      return elementAt(next, next.text, 0, next.text.length, 0.8);
    }
  }
  return undefined;
}

/** Finds the organisation's identity: name, legal form, enterprise number (validated), e-mail and phone. */
export function extractIdentity(ctx: ExtractContext): ImportExtraction['organisation'] {
  const out: ImportExtraction['organisation'] = {};
  const sentences = ctx.doc.sentences;
  // A label or a stated role first, then a name on the line after its introduction, then the name the statement
  // uses for itself as a subject (where it gives no legal form and no label).
  const name = firstName(ctx, NAME_PATTERNS) ?? nameAfterIntro(ctx) ?? firstName(ctx, NAMED_SELF, LEAD_WORDS);
  if (name) {
    out.name = name;
  }
  const counts = new Map<string, { count: number; first: Element<string>; form: Element<string> }>();
  for (const s of sentences.slice(0, 400)) {
    for (const m of s.text.matchAll(NAME_WITH_FORM)) {
      const full = m[0].replace(/^,|,$/g, '').trim();
      const key = full.toLowerCase();
      const have = counts.get(key);
      const at = m.index ?? 0;
      if (have) {
        have.count++;
      } else if (!GENERIC_NAMES.test(m[1] ?? '')) {
        counts.set(key, {
          count: 1,
          first: elementOf(s, full, m, 0.8),
          form: elementAt(s, m[2] ?? '', at + m[0].lastIndexOf(m[2] ?? ''), at + m[0].length, 0.8),
        });
      }
    }
  }
  // The organisation is named often and early; processors named with a legal form appear later and less often.
  const early = ctx.doc.text.length * 0.15;
  const score = (c: { count: number; first: Element<string> }) => c.count + (c.first.span.start < early ? 2 : 0);
  const withForm = [...counts.values()].sort(
    (a, b) => score(b) - score(a) || a.first.span.start - b.first.span.start,
  )[0];
  if (withForm) {
    out.legalForm = withForm.form;
    // A name with a legal form first named late ("Google LLC" in a list of processors) does not replace a name the
    // statement gives itself; one named early does, as does a fuller form of the same name.
    const prominent = withForm.first.span.start < early;
    const fuller = out.name !== undefined && withForm.first.value.toLowerCase().includes(out.name.value.toLowerCase());
    if (!out.name || (out.name.confidence < 0.9 && (prominent || fuller))) {
      out.name = withForm.first;
    }
  }
  if (out.name) {
    const clean = stripTitlePrefix(out.name.value);
    if (clean !== out.name.value) {
      const at = out.name.span.start + out.name.value.length - clean.length;
      out.name = { ...out.name, value: clean, span: { start: at, end: out.name.span.end } };
    }
  }
  for (const s of bestContactSentences(ctx)) {
    const m = ADDRESS.exec(s.text);
    if (m && !AUTHORITY_CONTACT.test(s.text) && !AUTHORITY_ADDRESS.test(m[0])) {
      out.address = elementOf(s, m[0], m, inTopic(ctx, s, 'identity') ? 0.8 : 0.65);
      break;
    }
  }
  for (const s of sentences) {
    // The label may stand on the line before ("Numéro d'entreprise (BCE)" then "BE 1040.653.711").
    const before = sentences[s.index - 1]?.text ?? '';
    const label = before.length <= 50 && !/\d/.test(before) ? `${before} ` : '';
    const text = `${label}${s.text}`;
    const kbo = KBO.exec(text);
    const kvk = KVK.exec(text);
    const m = kbo ?? kvk;
    const number = m?.[1];
    const at = m && number ? (m.index ?? 0) + m[0].lastIndexOf(number) - label.length : -1;
    if (m && number && at >= 0 && !AUTHORITY_CONTACT.test(text)) {
      const scheme = kbo ? 'BE-KBO' : 'NL-KvK';
      const valid = scheme === 'BE-KBO' ? isValidBelgianEnterpriseNumber(number) : isValidDutchKvkNumber(number);
      out.enterpriseNumber = elementAt(s, { number, scheme, valid }, at, at + number.length, valid ? 0.95 : 0.5);
      break;
    }
  }
  if (!out.enterpriseNumber) {
    // "SmartAgents BV, BE 1037.114.694, Mijnschoolstraat 18": a Belgian number without a label, taken only when its
    // check digits hold and the authority's own number is not meant.
    for (const s of sentences) {
      const m = UNLABELLED_BE_NUMBER.exec(s.text);
      const number = m?.[1];
      if (m && number && isValidBelgianEnterpriseNumber(number) && !AUTHORITY_CONTACT.test(s.text)) {
        const at = (m.index ?? 0) + m[0].lastIndexOf(number);
        out.enterpriseNumber = elementAt(s, { number, scheme: 'BE-KBO', valid: true }, at, at + number.length, 0.7);
        break;
      }
    }
  }
  for (const s of bestContactSentences(ctx)) {
    if (!out.email) {
      for (const m of addressesIn(s.text)) {
        const address = m[1] && m[2] ? `${m[1]}@${m[2]}` : m[0].replace(/\.$/, '');
        if (!AUTHORITY_CONTACT.test(address) && !/^(?:dpo|privacy-officer)@/i.test(address) && !DPO_CUE.test(s.text)) {
          out.email = elementOf(s, address, m, inTopic(ctx, s, 'identity') ? 0.85 : 0.6);
          break;
        }
      }
    }
    const phone = out.phone ? null : PHONE.exec(s.text);
    if (
      phone?.[1] &&
      !AUTHORITY_CONTACT.test(s.text) &&
      !/\bfax\b/i.test(s.text.slice(Math.max(0, (phone.index ?? 0) - 10), phone.index))
    ) {
      const at = (phone.index ?? 0) + phone[0].lastIndexOf(phone[1]);
      out.phone = elementAt(s, phone[1].trim(), at, at + phone[1].length, inTopic(ctx, s, 'identity') ? 0.85 : 0.6);
    }
  }
  const bare = out.phone ? undefined : bareContactPhone(ctx);
  if (bare) {
    out.phone = bare;
  }
  return out;
}

const DPO_REFERENCE =
  /\b(?:deze|die|onze|this|that|our|ce|cette|notre) (?:functionaris|officer|d[ée]l[ée]gu[ée]|dpo)\b/i;

/** Finds the data protection officer's name and e-mail, from sentences that name a DPO. */
export function extractDpo(ctx: ExtractContext, organisationName?: string): ImportExtraction['dpo'] {
  const out: ImportExtraction['dpo'] = {};
  for (const s of ctx.doc.sentences) {
    const cue = DPO_CUE.exec(s.text);
    if (!cue || isNegatedAt(s.text, cue.index ?? 0)) {
      continue;
    }
    // "FOD BOSA beschikt over een functionaris …" then "Je kan deze functionaris contacteren via DPO@…".
    const next = ctx.doc.sentences[s.index + 1];
    const own = [...s.text.matchAll(EMAIL)][0];
    const referred = !own && next && DPO_REFERENCE.test(next.text) ? [...next.text.matchAll(EMAIL)][0] : undefined;
    const email = own ?? referred;
    const emailSentence = referred && next ? next : s;
    const orgWords = new Set((organisationName ?? '').split(/\s+/));
    const person = [...s.text.matchAll(PERSON)]
      .map((m) => ({ m, words: (m[1] ?? '').split(/\s+/) }))
      // A lower-case particle inside a name ("Piet de Vries") is not a lead word ("De DPO").
      .find(
        ({ m, words }) =>
          !words.some((w) => orgWords.has(w) || (/^\p{Lu}/u.test(w) && LEAD_WORDS.test(w))) && !DPO_CUE.test(m[0]),
      )?.m;
    // "Mieke Roelandt is de Functionaris Gegevensbescherming van Mieke Roelandt": the controller named as its own DPO.
    const self =
      !person &&
      organisationName &&
      s.text.startsWith(organisationName) &&
      (cue.index ?? 0) - organisationName.length < 20 &&
      // "X is de Functionaris …", not "X beschikt over een functionaris …" (a DPO of its own).
      /^\s+(?:is|est|acts as|treedt op als|agit en tant que)\b/i.test(s.text.slice(organisationName.length))
        ? organisationName
        : undefined;
    if (!email && !person && !self) {
      continue;
    }
    if (email) {
      out.email = elementOf(emailSentence, email[0].replace(/\.$/, ''), email, referred ? 0.75 : 0.85);
    }
    if (person?.[1]) {
      out.name = elementOf(s, person[1], person, 0.7);
    } else if (self) {
      out.name = elementAt(s, self, 0, self.length, 0.6);
    }
    break;
  }
  return out;
}
