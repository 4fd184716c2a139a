import { z } from 'zod';
import { RegisterVersionParam } from './common.schemas.js';

export const OrganisationQuery = z.object({
  organisation: z.string().max(63).optional().describe('Organisation slug (default: the only one of the install)'),
});

export const Bilingual = z.object({ nl: z.string(), en: z.string() });

export const LintFindingView = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    article: z.string(),
    message: Bilingual,
    fix: Bilingual,
    path: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .meta({ id: 'LintFinding' });

export const RegisterProblemView = z
  .object({
    file: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    path: z.string(),
    message: z.string(),
    expected: z.string().optional(),
    suggestion: z.string().optional(),
  })
  .meta({ id: 'RegisterProblem' });

export const RegisterChangeView = z
  .object({
    kind: z.string(),
    path: z.string(),
    material: z.boolean(),
    summary: z.object({ nl: z.string(), en: z.string(), fr: z.string() }),
  })
  .meta({ id: 'RegisterChange' });

export const RegisterVersionSummaryView = z
  .object({
    version: z.number().int(),
    hash: z.string(),
    author: z.string(),
    message: z.string(),
    sourceFormat: z.enum(['yaml', 'json']),
    createdAt: z.string(),
  })
  .meta({ id: 'RegisterVersionSummary' });

export const RegisterVersionView = RegisterVersionSummaryView.extend({
  source: z.string().describe('The register as its author wrote it'),
  register: z.record(z.string(), z.unknown()).describe('The validated register (see GET /api/register/schema)'),
  findings: z.array(LintFindingView),
}).meta({ id: 'RegisterVersion' });

export const PutRegisterBody = z.object({
  source: z.string().min(1).max(5_000_000).describe('The register as YAML or JSON text'),
  message: z.string().max(500).optional().describe('What this version changes'),
});

export const ApplyResultView = z
  .object({
    stored: z.boolean().describe('False when the register equals the active version: nothing was stored'),
    version: RegisterVersionSummaryView,
    changes: z.array(RegisterChangeView),
    findings: z.array(LintFindingView),
  })
  .meta({ id: 'RegisterApplyResult' });

export const LintBody = z.object({ source: z.string().max(5_000_000) });

export const LintResultView = z
  .object({
    ok: z.boolean().describe('True when the text parses and matches the schema'),
    problems: z.array(RegisterProblemView),
    findings: z.array(LintFindingView),
  })
  .meta({ id: 'RegisterLintResult' });

export const ExportQuery = OrganisationQuery.extend({
  format: z.enum(['art30-csv', 'art30-xlsx', 'json', 'dpv-jsonld', 'fides-yaml', 'markdown']),
  lang: z.enum(['nl', 'fr', 'en']).default('en'),
  version: RegisterVersionParam.optional(),
});
