export { hasErrors, lintRegister, lintRules } from './lint.engine.js';
export { type FormatOptions, formatFindings } from './lint.format.js';
export type { Bilingual, LintContext, LintFinding, LintRule, Severity } from './lint.types.js';
export { indexRegister, type RegisterIndex } from './register-index.js';
