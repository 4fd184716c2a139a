import type { ExtractContext } from '../extract/extract.context.js';
import { inTopic, isNegatedAt } from '../extract/extract.context.js';
import type { ImportExtraction, ImportFinding, Sentence } from '../import.types.js';

/** A finding rule over single sentences: the first sentence that matches raises the finding. */
interface SentenceRule {
  id: ImportFinding['id'];
  message: string;
  test: (s: Sentence, ctx: ExtractContext) => RegExpExecArray | null;
  confidence: number;
}

const PRIVACY_SHIELD = /privacy[- ]shield/i;
const PRIVACY_SHIELD_HISTORY =
  /ongeldig|invalid|niet langer|no longer|n['’]est plus|schrems|vervangen|replaced|successor|opvolger|data privacy framework/i;
const ODR =
  /\bodr\b|ec\.europa\.eu\/consumers\/odr|online ?dispute resolution|onlinegeschillenbeslechting|plateforme (?:de r[èe]glement en ligne des litiges|rll)|platform voor online geschillenbeslechting/i;
// "Als u ervoor kiest om onze Service te gebruiken, stemt u in met …", "Continued use … constitutes acceptance".
const USE_AS_CONSENT =
  /\bals (?:u|je|jij) (?:ervoor kiest om )?(?:onze|deze|de) (?:service|dienst|diensten|website|site|app|applicatie) te gebruiken\b[^.]{0,40}\b(?:stemt|ga(?:at)?)\b[^.]{0,20}\b(?:in|akkoord)\b|\bcontinued use of\b[^.]{0,60}\b(?:constitutes|means|signifies|implies)\b[^.]{0,10}\b(?:acceptance|consent|agreement)\b/i;
// "L'utilisation de ce site vaut acceptation de notre politique", "Use of this site constitutes acceptance".
const USE_IS_ACCEPTANCE =
  /\b(?:l['’]utilisation|het gebruik|(?:the )?use) (?:de ce|du|de notre|van deze|van de|van onze|of this|of the|of our) (?:web)?site\b[^.]{0,40}\b(?:vaut|implique|emporte|geldt als|impliceert|betekent|constitutes|implies|means|signifies) (?:(?:une|l['’]|de|an?|the|your|votre|uw|je|jouw) )?(?:acceptation|accord|consentement|aanvaarding|akkoord|instemming|toestemming|acceptance|consent|agreement)/iu;
const BROWSING_CONSENT =
  /(?:door (?:het )?(?:gebruik (?:te maken )?van|(?:verder )?te surfen op|deze website te (?:gebruiken|bezoeken))|bij (?:het )?gebruik van (?:deze|onze) (?:website|site)|by (?:continuing to )?(?:using|browsing|visiting) (?:this|our|the) (?:web)?site|en (?:poursuivant (?:votre|la) navigation|(?:utilisant|visitant|consultant) (?:ce|notre|le) site|naviguant sur))[^.]{0,100}(?:toestemming|akkoord|stemt\s+\S*\s*in|instemt|instemming|aanvaardt|accepteert|gaat u akkoord|ga je akkoord|consent|agree|accept|acceptez|consentez|accord)/i;
const MARKETING = /marketing|nieuwsbrie[fv]|newsletter|reclame|promoti|prospect|publicit|mailing/i;
const WITHOUT_CONSENT =
  /zonder (?:(?:uw|je|jouw|hun|voorafgaande) )*toestemming|without (?:(?:your|their|prior) )*consent|sans (?:(?:votre|leur|consentement) )*(?:pr[ée]alable )?consentement|sans votre accord/i;
const NON_CUSTOMERS =
  /prospect|niet-klant|non-client|non-customer|geen klant|contacts? (?:die|who|qui)|iedereen|everyone|tous les contacts|gekochte|purchased|achet[ée]es?|openbare bronnen|public sources/i;
// "intérêt légitime ou consentement lorsque requis": consent is asked where the law requires it.
const CONSENT_ALTERNATIVE = /\b(?:ou|or|of)\s+(?:(?:le|your|uw|je|votre)\s+)?(?:consentement|consent|toestemming)\b/i;
const MARKETING_LI = /(?:gerechtvaardigd|legitiem) belang|legitimate interest|int[ée]r[êe]t l[ée]gitime/i;
const PLACEHOLDER =
  /\{\{[^}]{0,60}\}\}|\[(?:[A-Z][A-Z0-9 _/-]{2,}|[^\]]{0,20}(?:naam|name|nom|datum|date|adres|address|adresse|bedrijf|company|invullen|insert|vul in|à compléter|xxx)[^\]]{0,20})\](?!\()|lorem ipsum|\bx{3,}\b|\bTODO\b|\bTBD\b|<(?:naam|name|company|bedrijf)>/;
// "// AJOUTER UNE ADDRESSE", "INSERT COMPANY NAME", "VUL HIER IN": an instruction to whoever fills in the template.
const FILL_IN_INSTRUCTION =
  /^(?:\/\/|#|\*)?\s*(?:AJOUTER|COMPL[EÉ]TER|INS[EÉ]RER|REMPLIR|INSERT|ADD|FILL IN|TOEVOEGEN|INVULLEN|VUL (?:HIER )?IN)\b(?: [\p{Lu}\d'’]+)*$/u;
// "Mail :" or "Téléphone :" with no value after it: a field of the template left empty.
const EMPTY_FIELD = /^(?:e-?mail|mail|courriel|t[ée]l[ée]phone|telefoon|phone|tel|gsm|adres|adresse|address)\s*:$/i;
// "KvK-nummer: 12345678", "BTW BE 0123.456.789", "info@voorbeeld.nl": a template's sample values left in. Only for
// identifiers and addresses: a counting phone number ("02 123 45 67") is often real.
const SAMPLE_VALUE =
  /\b(?:kvk|kamer van koophandel|btw|vat|tva|bce|kbo|ondernemingsnummer|enterprise number|company number|registration number|num[ée]ro d['’]entreprise|siret|iban)\b[^\d\n]{0,40}?(?:0?1\.?2\.?3\.?4\.?5\.?6\.?7\.?8|(\d)(?:\.?\1){7,})|(?<![\w.+-])[\w.+-]{1,64}@(?:example|exemple|voorbeeld|domein|uwdomein|jouwdomein|yourdomain|your-domain|votredomaine|votre-domaine)\.(?:com|org|net|nl|be|fr|eu)\b/iu;
/** An empty template field, unless its value stands on the next line ("Telephone:" then "+32 …"). */
function emptyField(text: string, next: string): RegExpExecArray | null {
  const m = EMPTY_FIELD.exec(text);
  return m && !/[\d@]/.test(next) ? m : null;
}
const REASON_PLACEHOLDER = /(?:reden|reason|raison|motif|doel|purpose|finalit[ée]|grondslag|basis)\s*:\s*\?(?:\s|$)/i;
const SUBPROCESSOR = /subverwerk|sub-?processor|sous-traitan|onderaannem|onderaannemer/i;
const CHANGE_NOTICE =
  /informatieplicht|kennisgeving|melding|op de hoogte|informeren|notif\w*|notice|inform\w*|pr[ée]ven\w*/i;
const EXEMPTION =
  /niet van toepassing|geldt niet|is niet vereist|does not apply|shall not apply|not required|ne s['’]applique pas|n['’]est pas applicable|uitgezonderd|with the exception|à l['’]exception|except(?:ion)?/i;

const RULES: SentenceRule[] = [
  {
    id: 'privacy-shield-invalid',
    message:
      'Relies on the EU-US Privacy Shield, invalid since 16 July 2020 (CJEU C-311/18); use the Data Privacy Framework or SCCs.',
    test: (s) => (PRIVACY_SHIELD_HISTORY.test(s.text) ? null : PRIVACY_SHIELD.exec(s.text)),
    confidence: 0.9,
  },
  {
    id: 'odr-platform-discontinued',
    message: 'Refers consumers to the EU ODR platform, discontinued on 20 July 2025 (Regulation (EU) 2024/3228).',
    test: (s) => ODR.exec(s.text),
    confidence: 0.9,
  },
  {
    id: 'consent-by-browsing',
    message: 'Treats using the website as consent; consent needs a clear affirmative act (Art. 4(11), EDPB 05/2020).',
    test: (s) => {
      const m = BROWSING_CONSENT.exec(s.text) ?? USE_AS_CONSENT.exec(s.text) ?? USE_IS_ACCEPTANCE.exec(s.text);
      return m && !isNegatedAt(s.text, m.index) ? m : null;
    },
    confidence: 0.75,
  },
  {
    id: 'marketing-without-consent',
    message: 'Sends marketing to contacts who did not consent and are not customers (ePrivacy art. 13).',
    test: (s) => {
      if (!MARKETING.test(s.text) || !NON_CUSTOMERS.test(s.text)) {
        return null;
      }
      const m = WITHOUT_CONSENT.exec(s.text) ?? MARKETING_LI.exec(s.text);
      return m &&
        !isNegatedAt(s.text, m.index) &&
        !/\bgeen\b|\bnooit\b|\bnever\b|\bjamais\b|\bno\b/i.test(s.text) &&
        !CONSENT_ALTERNATIVE.test(s.text)
        ? m
        : null;
    },
    confidence: 0.6,
  },
  {
    id: 'placeholder-text',
    message: 'Contains template placeholders or unfinished text.',
    test: (s, ctx) =>
      PLACEHOLDER.exec(s.text) ??
      SAMPLE_VALUE.exec(s.text) ??
      REASON_PLACEHOLDER.exec(s.text) ??
      FILL_IN_INSTRUCTION.exec(s.text) ??
      emptyField(s.text, ctx.doc.sentences[s.index + 1]?.text ?? '') ??
      (s.cell && s.text === '?' && /reden|reason|raison|motif|doel|purpose/i.test(s.cell.header)
        ? /\?/.exec(s.text)
        : null),
    confidence: 0.7,
  },
  {
    id: 'subprocessor-change-notice-incomplete',
    message:
      'Exempts some sub-processor changes from the prior notice Art. 28(2) requires under a general authorisation.',
    test: (s, ctx) => {
      const context = `${ctx.doc.sentences[s.index - 1]?.text ?? ''} ${ctx.doc.sections[s.section]?.heading ?? ''} ${s.text}`;
      if (!SUBPROCESSOR.test(context) || !CHANGE_NOTICE.test(s.text)) {
        return null;
      }
      return EXEMPTION.exec(s.text);
    },
    confidence: 0.7,
  },
];

/** Findings that rest on one sentence of the statement (outdated references, unlawful wording, placeholders). */
export function detectSentenceFindings(ctx: ExtractContext): ImportFinding[] {
  const findings: ImportFinding[] = [];
  for (const rule of RULES) {
    for (const s of ctx.doc.sentences) {
      if (rule.id === 'consent-by-browsing' && inTopic(ctx, s, 'definitions')) {
        continue;
      }
      const m = rule.test(s, ctx);
      if (m) {
        findings.push({
          id: rule.id,
          message: rule.message,
          span: { start: s.span.start + m.index, end: s.span.start + m.index + m[0].length },
          sentence: s.text,
          confidence: rule.confidence,
        });
        break;
      }
    }
  }
  return findings;
}

export type { ImportExtraction };
