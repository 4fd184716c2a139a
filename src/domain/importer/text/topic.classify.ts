import type { Topic } from '../import.types.js';

// Heading vocabulary per topic (nl, fr, en). Matched against the lowercased heading without its numbering.
const TOPIC_PATTERNS: [Topic, RegExp][] = [
  [
    'definitions',
    /^(?:wat (?:zijn|is|bedoelen)|qu['’]est-ce|what (?:are|is)\b|begrippen|definities|définitions|definitions|glossar)/,
  ],
  ['not_collected', /(?:niet (?:verzameld|verwerkt)|non collect|not collect|ne collect|pas collect)/],
  [
    'identity',
    /(?:^contact\b(?!\s*form)|contactgegevens|contact (?:details|us|information)|nous contacter|wie (?:zijn|is) (?:wij|we)|who (?:we are|is)|qui sommes|identit|responsable d(?:u|e) traitement|verwerkingsverantwoordelijke|data controller|\bcontroller\b|over ons|about us|coordonn[ée]es|mentions l[ée]gales|qui est responsable|who is responsible|wie is (?:er )?verantwoordelijk)/,
  ],
  [
    'purposes',
    /(?:\bdoel(?:einden|en|einde|stelling)?\b|doeleind|finalit|purpose|waarom|why we|^pourquoi\b|\bgebruik(?:en)? (?:wij|we)|how (?:do )?we use|utilisons|\buse of (?:your )?(?:personal )?(?:data|information)|utilisation (?:de vos|des) donn)/,
  ],
  [
    'legal_basis',
    /(?:grondslag|rechtsgrond|rechtsbasis|(?:wettelijke|juridische) basis|bases? (?:l[ée]gales?|juridiques?)|legal bas[ie]s|lawful bas[ie]s|fondement|(?:quelle|which|what|welke) (?:\p{L}+ )?(?:base|basis|grond(?:slag)?)\b)/u,
  ],
  [
    'retention',
    /(?:bewaar|bewaring|conservation|conserv|retention|retain|how long|hoe lang|dur[ée]e|combien de temps|gardons|keep (?:it|your|them))/,
  ],
  [
    'recipients',
    /(?:derden|ontvanger|verwerkers|\bdelen\b|\bdeelt\b|gedeeld|destinataire|\btiers\b|sous-traitan|recipient|third part|sub-?processor|sharing|\bshare|partag|h[ée]bergement|outils|onderaanneming|subverwerk|verstrek|disclos|communication (?:à|des donn)|qui (?:re[çc]oit|a acc[èe]s|voit)|wie (?:krijgt|ontvangt|heeft toegang|ziet)|who (?:receives|has access|gets|sees)|met wie|avec qui|with whom)/,
  ],
  [
    'transfers',
    /(?:doorgifte|buiten de (?:eer|eu|europese)|derde landen|transfert|hors (?:de l['’])?(?:ue|eee|union|espace)|transfers?\b|outside the (?:eu|eea|european)|pays tiers|third countr|internationa)/,
  ],
  [
    'rights',
    /(?:rechten|\brecht (?:op|om|van)|\bdroits?\b|\brights?\b|inzage|inzien|verzoek|exercer|klacht|r[ée]clamation|plainte|complaint)/,
  ],
  [
    'authority',
    /(?:toezichthoud|autoriteit|autorit[ée]|authority|klacht|r[ée]clamation|plainte|complaint|\bcnil\b|\bgba\b|\bapd\b)/,
  ],
  ['security', /(?:beveilig|s[ée]curit[ée]|security|veiligheid|datalek|incident|breach|violation)/],
  ['children', /(?:kinderen|minderjarig|children|\bkids?\b|enfants|mineurs|minors)/],
  ['automated', /(?:geautomatiseerde|automated|automatis[ée]|profilering|profilage|profiling)/],
  ['changes', /(?:wijziging|modification|changes? to|^changes?$|updates?\b|mise à jour|amendments?)/],
];

// Data headings: strong patterns always count; the bare word "personal data" counts only without another topic,
// because "Beveiliging van persoonsgegevens" is about security, not about which data.
const DATA_STRONG =
  /(?:welke (?:persoons)?gegevens|(?:soorten|type[ns]?|aard) (?:van )?(?:persoons)?gegevens|(?:types?|kinds?|sorts?) of (?:personal )?(?:data|information)|types? de donn[ée]es|categorie\w* (?:van |de |of )?(?:persoons)?(?:gegevens|donn[ée]es|personal data)|cat[ée]gories de donn[ée]es|donn[ée]es (?:personnelles )?(?:collect|trait)|(?:personal )?data (?:we |that we )?(?:collect|process)|information (?:we|that we) collect|(?:persoons)?gegevens (?:die (?:wij|we) )?(?:verzamel|verwerk)|gegevens die \w+ (?:kan |)?(?:verzamel|verwerk)|personal (?:data|information) collected|verzamelde gegevens|collected data|^donn[ée]es collect|^what (?:do )?we collect|^(?:the )?(?:personal )?(?:data|information) we (?:collect|hold|process|use)|^ce que nous (?:collectons|recueillons)|^wat (?:wij|we) (?:verzamelen|vastleggen|bijhouden)|^(?:which|what) (?:personal )?(?:data|information)\b)/;
const DATA_WEAK = /(?:persoonsgegevens|gegevens|donn[ée]es|personal data|personal information|\bdata\b)/;
// "Informations d'identité", "Identiteitsgegevens", "Identification data": a kind of data, not who the controller is.
const IDENTITY_DATA =
  /(?:donn[ée]es|informations?|gegevens|data|details) d['’]identi|identi\p{L}*gegevens|identi(?:ty|fication) (?:data|details|information)/u;
const COOKIE_HEADING = /cookie|traceur|tracker/;
const AGREEMENT_TITLE =
  /^(?:(?:de |the |le |la )?(?:verwerkersovereenkomst|verwerkingsovereenkomst|(?:data )?processing (?:agreement|addendum)|contrat de sous-traitance|accord de (?:sous-traitance|traitement des donn[ée]es)|convention de sous-traitance)|dpa)(?:\s*\(dpa\))?\W*$/;
const PRIVACY_TOO =
  /(?:privacy|vie priv[ée]e|confidentialit|gegevensbescherming|protection des donn|data protection|persoonsgegevens|donn[ée]es personnelles|personal (?:data|information))/;
const COOKIE_LEAD =
  /^(?:\W*)(?:cookie|cookies|cookieverklaring|cookiebeleid|cookiewet|les cookies|des cookies|the cookies|our cookies|use of cookies|gebruik van cookies|utilisation des cookies|cookies? (?:et|and|en) )/;

/**
 * Classifies a heading into the topics it announces. Cookie headings count only when cookies are their subject
 * (short, leading with the word, or a question), so a table cell like "Het gebruik van noodzakelijke cookies" inside
 * a data table does not end the data section. `weakData` says that "data" rests only on the bare word ("Gegevens
 * inkijken", "Données de navigation"): under a parent heading with a topic of its own, such a sub-heading belongs to
 * its parent's topic.
 */
export function classifyHeading(heading: string): { topics: Topic[]; weakData: boolean } {
  const h = heading
    .toLowerCase()
    .replace(/^#+\s*/, '')
    .replace(/^(?:article|artikel|art\.?)\s*\d+\s*[—–:.-]*\s*/, '')
    .replace(/^[\d.]+\s*/, '')
    .trim();
  if (AGREEMENT_TITLE.test(h)) {
    // "Verwerkersovereenkomst", "Data Processing Agreement (DPA)": the title of the whole agreement, not a section
    // about processors or data; its articles would otherwise inherit that topic.
    return { topics: [], weakData: false };
  }
  const topics: Topic[] = [];
  for (const [topic, pattern] of TOPIC_PATTERNS) {
    if (pattern.test(h)) {
      topics.push(topic);
    }
  }
  if (topics.includes('definitions')) {
    return { topics: ['definitions'], weakData: false };
  }
  if (topics.includes('not_collected')) {
    return { topics: ['not_collected'], weakData: false };
  }
  if (IDENTITY_DATA.test(h)) {
    return { topics: ['data'], weakData: false };
  }
  const words = h.split(/\s+/).length;
  if (COOKIE_HEADING.test(h) && PRIVACY_TOO.test(h)) {
    // "Privacy- en cookieverklaring", "Privacy & Cookie Policy": the title of the whole statement, not a cookie
    // section; the sections under it without a topic of their own would otherwise inherit "cookies".
    return { topics, weakData: false };
  }
  if (COOKIE_HEADING.test(h) && (words <= 4 || COOKIE_LEAD.test(h) || h.endsWith('?'))) {
    // "Cookies van derden" is about cookies, not about recipients.
    return { topics: ['cookies'], weakData: false };
  }
  if (DATA_STRONG.test(h)) {
    return { topics: [...topics, 'data'], weakData: false };
  }
  if (DATA_WEAK.test(h) && topics.length === 0) {
    return { topics: ['data'], weakData: true };
  }
  return { topics, weakData: false };
}
