import { type ExtractContext, rowTextOf, sentenceAt } from '../extract/extract.context.js';
import { RETENTION_DELEGATED, RETENTION_VERB } from '../extract/retention.extract.js';
import type { Element, ImportExtraction, ImportFinding } from '../import.types.js';
import { parseDurations } from '../text/duration.parse.js';

// Digital-consent ages of Art. 8 GDPR as set by national law [S]: Belgium (Law of 30 July 2018, art. 7), the
// Netherlands (UAVG art. 5). Dated data: last checked 2026-01.
const CONSENT_AGE: Record<string, number> = { BE: 13, NL: 16 };
// Invoices are tax records as well as accounting ones: 7 years for them is the outdated tax period.
const FISCAL = /fiscal|fiscus|belasting|\btax|imp[ôo]t|\bbtw\b|\btva\b|\bvat\b|factu\p{L}*|invoice/iu;
// Art. 22(3) asks for human intervention and a way to contest; Art. 13(2)(f) for the logic involved. A statement that
// offers the one without the other still lacks what the law asks.
const SAFEGUARDS =
  /menselijke tussenkomst|tussenkomst van een mens|human (?:intervention|review)|intervention humaine|betwist|contest|contester|standpunt|point of view|point de vue/i;
const LOGIC =
  /logica|logic|logique|werking van (?:het|de) (?:systeem|algoritme)|how (?:the|our) (?:system|algorithm)s? works?|fonctionnement de l['’]algorithme|gevolgen|consequen\p{L}*|cons[ée]quences/iu;
const DIRECTOR =
  /zaakvoerder|bestuurder|directeur|director|g[ée]rant|\bceo\b|eigenaar|owner|oprichter|founder|administrateur|managing|bedrijfsleider|propri[ée]taire/i;

function finding(
  id: ImportFinding['id'],
  message: string,
  e: Element<unknown> | undefined,
  confidence: number,
): ImportFinding {
  const f: ImportFinding = { id, message, confidence };
  if (e) {
    f.span = e.span;
    f.sentence = e.sentence;
  }
  return f;
}

// "Grondslag", "Base légale", "on the basis of", Art. 6: words that tie a basis to processing.
const BASIS_WORDS =
  /grondslag|rechtsgrond|op (?:basis|grond) van|base (?:l[ée]gale|juridique)|sur (?:la )?base|fondement|legal basis|lawful basis|on the basis of|based on|art(?:icle|\.)?\s*6\b/i;

// "niet langer dan (strikt) noodzakelijk", "no longer than necessary", "le temps nécessaire": a criterion too vague
// to be a period by itself.
const AS_LONG_AS_NEEDED =
  /niet langer (?:dan|bewaard dan) (?:strikt )?(?:nodig|noodzakelijk)|no longer than (?:is )?(?:strictly )?necessary|(?:for )?as long as (?:is )?(?:strictly )?necessary|pas plus longtemps que (?:n[ée]cessaire|le temps)|(?:le )?temps (?:raisonnablement |strictement )?n[ée]cessaire|zo ?lang (?:als )?(?:nodig|noodzakelijk)|(?:de )?tijd die (?:nodig|noodzakelijk) is/i;
const CONDITIONAL = /\b(?:indien|wanneer|als|if|where|when|lorsque|si)\b/i;

/**
 * True when a basis is stated as the ground of processing: in a section on purposes, bases or data, in a table, or in
 * a sentence that says "on the basis of". A basis named only in passing ("we share data with third parties when the
 * law requires it", in a section on recipients) leaves the purposes without one.
 */
function statesBasis(ctx: ExtractContext, basis: Element<unknown>): boolean {
  const s = sentenceAt(ctx.doc.sentences, basis.span);
  if (!s) {
    return true;
  }
  const topics = ctx.doc.sections[s.section]?.topics ?? [];
  if (topics.includes('rights') && CONDITIONAL.test(s.text)) {
    // "Dit is alleen van toepassing als 'gerechtvaardigde belangen' de rechtsgrond is": the condition of a right.
    return false;
  }
  return (
    s.kind === 'cell' ||
    topics.some((t) => t === 'purposes' || t === 'legal_basis' || t === 'data') ||
    BASIS_WORDS.test(s.text) ||
    BASIS_WORDS.test(ctx.doc.sentences[s.intro ?? -1]?.text ?? '')
  );
}

/**
 * Findings that follow from what was extracted: outdated authority names, retention and identity defects, age
 * mismatches, automated decisions without safeguards, a director as DPO, purposes without a legal basis.
 */
export function detectExtractionFindings(
  ctx: ExtractContext,
  x: ImportExtraction,
  outdatedAuthority?: Element<string>,
): ImportFinding[] {
  const out: ImportFinding[] = [];
  const country = x.country?.value;
  if (outdatedAuthority) {
    out.push(
      finding(
        'authority-outdated-name',
        'Names the Belgian Privacy Commission, replaced on 25 May 2018 by the GBA/APD.',
        outdatedAuthority,
        0.9,
      ),
    );
  }
  // A period in a table cell ("Facturation | Obligation légale | 7 ans") says what it is for in its row.
  const rowOf = (e: Element<unknown>) => {
    const s = sentenceAt(ctx.doc.sentences, e.span);
    return s ? rowTextOf(ctx, s) : e.sentence;
  };
  const fiscalSeven = x.retention.find((r) => r.value.period === 'P7Y' && FISCAL.test(rowOf(r)));
  if (country === 'BE' && fiscalSeven) {
    out.push(
      finding(
        'fiscal-retention-outdated',
        'Gives 7 years as the Belgian fiscal retention period; it is 10 years since 2023 (Law of 20 November 2022).',
        fiscalSeven,
        0.8,
      ),
    );
  }
  const unlimited = x.retention.find((r) => r.value.period === 'unlimited');
  if (unlimited) {
    out.push(
      finding(
        'retention-unlimited',
        'Keeps some personal data without any time limit (Art. 5(1)(e)).',
        unlimited,
        0.85,
      ),
    );
  }
  const periods = new Set(x.retention.map((r) => r.value.period).filter((p) => p.startsWith('P')));
  const vague =
    periods.size <= 1
      ? ctx.doc.sentences.find((s) => AS_LONG_AS_NEEDED.test(s.text) && parseDurations(s.text).length === 0)
      : undefined;
  if (x.retention.length === 0 && x.dataCategories.length > 0) {
    out.push(
      finding(
        'retention-unspecified',
        'Gives no retention period or criteria for the data it processes (Art. 13(2)(a)).',
        undefined,
        0.6,
      ),
    );
  } else if (vague) {
    // "Ik bewaar uw gegevens niet langer dan strikt nodig", then one period for one file: the rest has none.
    out.push({
      id: 'retention-unspecified',
      message:
        'Gives a period for at most one kind of data and "no longer than necessary" for the rest (Art. 13(2)(a)).',
      span: vague.span,
      sentence: vague.text,
      confidence: 0.5,
    });
  } else {
    const delegated = ctx.doc.sentences.find(
      (s) =>
        (RETENTION_VERB.test(s.text) || ctx.doc.sections[s.section]?.topics.includes('retention')) &&
        !ctx.doc.sections[s.section]?.topics.includes('cookies') &&
        !/cookie/i.test(s.text) &&
        RETENTION_DELEGATED.test(s.text) &&
        parseDurations(s.text).length === 0,
    );
    if (delegated) {
      out.push({
        id: 'retention-unspecified',
        message: 'Leaves the retention period of some data to a third party to define (Art. 13(2)(a)).',
        span: delegated.span,
        sentence: delegated.text,
        confidence: 0.55,
      });
    }
  }
  if (x.idCopyRequired?.value === true) {
    out.push(
      finding(
        'id-copy-required',
        'Requires a copy of an identity document to exercise rights; generally disproportionate (EDPB 01/2022).',
        x.idCopyRequired,
        0.85,
      ),
    );
  }
  if (x.bsnInstructions && country && country !== 'NL') {
    out.push(
      finding(
        'bsn-outside-netherlands',
        'Gives Dutch BSN instructions in a statement that is not Dutch.',
        x.bsnInstructions,
        0.8,
      ),
    );
  }
  const age = x.childrenMinAge?.value;
  // 18 is the age of majority (who a service is for), not an age of digital consent.
  if (age !== undefined && age < 18 && country && CONSENT_AGE[country] !== undefined && CONSENT_AGE[country] !== age) {
    out.push(
      finding(
        'children-age-mismatch',
        `States ${age} as the age for children's consent; the law of ${country} sets ${CONSENT_AGE[country]} (Art. 8).`,
        x.childrenMinAge,
        0.75,
      ),
    );
  }
  const explained =
    ctx.doc.sentences.some((s) => SAFEGUARDS.test(s.text)) && ctx.doc.sentences.some((s) => LOGIC.test(s.text));
  if (x.automatedDecisions?.value === true && !explained) {
    out.push(
      finding(
        'adm-without-safeguards',
        'Takes solely automated decisions without the safeguards of Art. 22(3) or the logic involved.',
        x.automatedDecisions,
        0.7,
      ),
    );
  }
  const dpo = x.dpo.name?.value;
  if (dpo && dpo.toLowerCase() === x.organisation.name?.value.toLowerCase()) {
    out.push(
      finding(
        'dpo-conflict-of-interest',
        'Names the controller itself, who decides on the processing, as its DPO (Art. 38(6)).',
        x.dpo.name,
        0.7,
      ),
    );
  } else if (dpo) {
    const director = ctx.doc.sentences.find((s) => s.text.includes(dpo) && DIRECTOR.test(s.text));
    if (director) {
      out.push({
        id: 'dpo-conflict-of-interest',
        message: 'Names a director who decides on the processing as DPO (Art. 38(6)).',
        span: director.span,
        sentence: director.text,
        confidence: 0.7,
      });
    }
  }
  const isProcessorOnly = x.roles.every((r) => r.value === 'processor');
  const hasPurposes = ctx.doc.sections.some(
    (s) => (s.topics.includes('purposes') || s.topics.includes('legal_basis')) && s.heading !== '',
  );
  if (!x.legalBases.some((b) => statesBasis(ctx, b)) && hasPurposes && !isProcessorOnly) {
    out.push(
      finding('missing-legal-basis', 'Lists purposes without a legal basis for each (Art. 13(1)(c)).', undefined, 0.6),
    );
  }
  return out;
}
