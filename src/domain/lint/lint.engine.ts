import type { Register } from '../register/register.schema.js';
import type { LintFinding, LintRule } from './lint.types.js';
import { indexRegister } from './register-index.js';
import { cookieRules } from './rules/cookie.rules.js';
import { legalBasisRules } from './rules/legal-basis.rules.js';
import { organisationRules } from './rules/organisation.rules.js';
import { outdatedReferenceRules } from './rules/outdated-references.rules.js';
import { processorRules } from './rules/processor.rules.js';
import { purposeRules } from './rules/purpose.rules.js';
import { retentionRules } from './rules/retention.rules.js';
import { rightsRules } from './rules/rights.rules.js';
import { textRules } from './rules/text.rules.js';
import { transferRules } from './rules/transfer.rules.js';

/** Every lint rule, in the order findings are reported. */
export const lintRules: readonly LintRule[] = [
  ...organisationRules,
  ...legalBasisRules,
  ...purposeRules,
  ...retentionRules,
  ...transferRules,
  ...processorRules,
  ...cookieRules,
  ...rightsRules,
  ...outdatedReferenceRules,
  ...textRules,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Lints a validated register against the rules of LEGAL.md (completeness, lawfulness, outdated references).
 * Pure: the clock is injected because several legal facts depend on the date (adequacy, statutory periods).
 * Findings are sorted by severity, then rule order.
 */
export function lintRegister(register: Register, options: { now: Date }): LintFinding[] {
  const ctx = { register, index: indexRegister(register), now: options.now };
  const findings = lintRules.flatMap((rule) => rule.check(ctx));
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.order - b.order)
    .map(({ finding }) => finding);
}

/** True when any finding is an error (the CLI exits 1). */
export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
