import { detectExtractionFindings } from '../findings/extraction.findings.js';
import { detectSentenceFindings } from '../findings/statement.findings.js';
import type { ImportExtraction, ImportFinding } from '../import.types.js';
import {
  extractAutomatedDecisions,
  extractBreachNotice,
  extractBsn,
  extractChildrenAge,
  extractRoles,
  extractTransfers,
} from './commitment.extract.js';
import { extractCookies } from './cookie.extract.js';
import { extractDataCategories, extractSpecialCategories } from './data-category.extract.js';
import type { ExtractContext } from './extract.context.js';
import { extractDpo, extractIdentity } from './identity.extract.js';
import { extractAuthority, extractCountry } from './jurisdiction.extract.js';
import { extractLegalBases } from './legal-basis.extract.js';
import { extractRecipients } from './recipient.extract.js';
import { extractRetention } from './retention.extract.js';
import { extractIdCopyRequired, extractRequestDeadlines, extractRights } from './rights.extract.js';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(?:bvba|bv|nv|srl|sa|asbl|vzw|inc|llc|ltd)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Runs every extractor over a segmented statement and the findings over the result. */
export function buildExtraction(ctx: ExtractContext): { extraction: ImportExtraction; findings: ImportFinding[] } {
  const organisation = extractIdentity(ctx);
  const orgName = organisation.name?.value;
  const { authority, outdated } = extractAuthority(ctx);
  const recipients = extractRecipients(ctx);
  const cookies = extractCookies(ctx);
  const dataCategories = extractDataCategories(ctx);
  const deadlines = extractRequestDeadlines(ctx);
  const x: ImportExtraction = {
    organisation,
    dpo: extractDpo(ctx, orgName),
    roles: extractRoles(ctx, orgName),
    dataCategories,
    specialCategories: extractSpecialCategories(dataCategories),
    legalBases: extractLegalBases(ctx),
    retention: extractRetention(ctx),
    recipientTypes: recipients.types,
    // The organisation itself is not its own sub-processor. Not containment: a sister company ("Vanden Broele
    // Productions" of "Vanden Broele") may well be one.
    subprocessors: recipients.subprocessors.filter((e) => !orgName || norm(e.value) !== norm(orgName)),
    cookies: cookies.names,
    cookieCategories: cookies.categories,
    rights: extractRights(ctx),
    transferMechanisms: [],
  };
  const optional = {
    authority,
    country: extractCountry(ctx, authority),
    noCookies: cookies.none,
    requestDeadline: deadlines.deadline,
    requestExtension: deadlines.extension,
    idCopyRequired: extractIdCopyRequired(ctx),
    childrenMinAge: extractChildrenAge(ctx),
    automatedDecisions: extractAutomatedDecisions(ctx),
    breachNoticeToController: extractBreachNotice(ctx),
    transfersOutsideEea: extractTransfers(ctx, recipients.foreignProviders),
    bsnInstructions: extractBsn(ctx),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) {
      (x as unknown as Record<string, unknown>)[key] = value;
    }
  }
  const findings = [...detectSentenceFindings(ctx), ...detectExtractionFindings(ctx, x, outdated)];
  return { extraction: x, findings };
}
