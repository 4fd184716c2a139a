import { formatRetention } from '../extract/retention.extract.js';
import type { EvalDocument, ImportExtraction, ImportFinding, Language } from '../import.types.js';

const values = <T>(elements: { value: T }[]): T[] => [...new Set(elements.map((e) => e.value))];

/**
 * Maps an extraction to the evaluation format of /work/shared/eval/README.md. What the statement does not say is
 * `null` (scalars) or `[]` (lists): the format cannot tell "says nothing" from "says none" for lists, and a
 * prediction is never invented to fill a field.
 */
export function buildEvalDocument(
  x: ImportExtraction,
  findings: ImportFinding[],
  language: Language,
  documentName: string,
): EvalDocument {
  const dpo = x.dpo.name || x.dpo.email ? { name: x.dpo.name?.value ?? null, email: x.dpo.email?.value ?? null } : null;
  return {
    document: documentName,
    language,
    country: x.country?.value ?? null,
    roles: values(x.roles),
    controller: {
      name: x.organisation.name?.value ?? null,
      enterprise_number: x.organisation.enterpriseNumber?.value.number ?? null,
      email: x.organisation.email?.value ?? null,
      phone: x.organisation.phone?.value ?? null,
    },
    dpo,
    authority: x.authority?.value ?? null,
    data_categories: values(x.dataCategories),
    special_categories: values(x.specialCategories),
    legal_bases: values(x.legalBases),
    retention: [...new Set(x.retention.map((r) => formatRetention(r.value)))],
    recipient_types: values(x.recipientTypes),
    subprocessors: values(x.subprocessors),
    cookies: values(x.cookies),
    cookie_categories: values(x.cookieCategories),
    rights: values(x.rights),
    request_deadline: x.requestDeadline?.value ?? null,
    request_extension: x.requestExtension?.value ?? null,
    breach_notice_to_controller: x.breachNoticeToController?.value ?? null,
    id_copy_required: x.idCopyRequired?.value ?? null,
    children_min_age: x.childrenMinAge?.value ?? null,
    automated_decisions: x.automatedDecisions?.value ?? null,
    transfers_outside_eea: x.transfersOutsideEea?.value ?? null,
    findings: [...new Set(findings.map((f) => f.id))],
  };
}
