import type { Register } from '../register/register.schema.js';
import type { RegisterIndex } from './register-index.js';

export type Severity = 'error' | 'warning' | 'info';
export interface Bilingual {
  nl: string;
  en: string;
}

/** One finding: which rule, how bad, on what legal ground, what is wrong, how to fix it, and where. */
export interface LintFinding {
  ruleId: string;
  severity: Severity;
  /** The GDPR article or guideline the rule rests on, e.g. "GDPR Art. 6(1)". */
  article: string;
  message: Bilingual;
  fix: Bilingual;
  /** Register path, e.g. `purposes[2].legal_basis`; map it to a line with `locateRegisterPath`. */
  path: string;
}

/** What a rule sees: the register, an index built once, and the injected clock. */
export interface LintContext {
  register: Register;
  index: RegisterIndex;
  now: Date;
}

export interface LintRule {
  id: string;
  severity: Severity;
  article: string;
  description: Bilingual;
  check(ctx: LintContext): LintFinding[];
}

/** Reports a finding at `path`; `detail` is appended to the rule's message (e.g. the offending value). */
export type Report = (path: string, detail?: Bilingual) => void;

export interface RuleDefinition {
  id: string;
  severity: Severity;
  article: string;
  description: Bilingual;
  message: Bilingual;
  fix: Bilingual;
  run(ctx: LintContext, report: Report): void;
}

/** Builds a {@link LintRule} from a definition: the rule's message and fix are filled in for every report. */
export function defineRule(def: RuleDefinition): LintRule {
  return {
    id: def.id,
    severity: def.severity,
    article: def.article,
    description: def.description,
    check(ctx) {
      const findings: LintFinding[] = [];
      def.run(ctx, (path, detail) => {
        findings.push({
          ruleId: def.id,
          severity: def.severity,
          article: def.article,
          message: detail
            ? { nl: `${def.message.nl} (${detail.nl})`, en: `${def.message.en} (${detail.en})` }
            : def.message,
          fix: def.fix,
          path,
        });
      });
      return findings;
    },
  };
}

/** The same text in both lint languages (for values such as ids and durations). */
export function both(text: string): Bilingual {
  return { nl: text, en: text };
}
