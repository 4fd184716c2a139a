import { lintRules } from './lint.engine.js';
import type { LintFinding } from './lint.types.js';

export interface FormatOptions {
  file: string;
  /** Maps a finding path to a position (use `locateRegisterPath` with the file's text). */
  locate?: (path: string) => { line: number; column: number } | undefined;
  lang?: 'nl' | 'en';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function formatText(findings: LintFinding[], options: FormatOptions): string {
  const lang = options.lang ?? 'en';
  const lines = findings.map((f) => {
    const pos = options.locate?.(f.path);
    const where = pos ? `${options.file}:${pos.line}:${pos.column}` : options.file;
    return `${where}: ${f.severity} [${f.ruleId}] ${f.message[lang]}\n  at ${f.path || '(register)'} — ${f.article}\n  fix: ${f.fix[lang]}`;
  });
  const count = (s: LintFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const summary =
    lang === 'nl'
      ? `${count('error')} fouten, ${count('warning')} waarschuwingen, ${count('info')} opmerkingen`
      : `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`;
  return [...lines, summary].join('\n');
}

function formatSarif(findings: LintFinding[], options: FormatOptions): string {
  const lang = options.lang ?? 'en';
  const ruleIndex = new Map(lintRules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dijk-register-lint',
            informationUri: 'https://github.com/dijk-privacy/dijk/blob/main/docs/lint-rules.md',
            rules: lintRules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: `${rule.description[lang]} (${rule.article})` },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              properties: { article: rule.article },
            })),
          },
        },
        results: findings.map((f) => {
          const pos = options.locate?.(f.path);
          const index = ruleIndex.get(f.ruleId);
          return {
            ruleId: f.ruleId,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: SARIF_LEVEL[f.severity],
            message: { text: `${f.message[lang]} — ${f.fix[lang]}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: options.file },
                  ...(pos ? { region: { startLine: pos.line, startColumn: pos.column } } : {}),
                },
                logicalLocations: [{ fullyQualifiedName: f.path || 'register', kind: 'member' }],
              },
            ],
            properties: { article: f.article, path: f.path },
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/**
 * Formats findings for a terminal (`text`), for scripts (`json`: the findings with line and column added) or for
 * code-scanning tools (`sarif`: SARIF 2.1.0).
 */
export function formatFindings(
  findings: LintFinding[],
  format: 'text' | 'json' | 'sarif',
  options: FormatOptions,
): string {
  switch (format) {
    case 'text':
      return formatText(findings, options);
    case 'sarif':
      return formatSarif(findings, options);
    case 'json':
      return JSON.stringify(
        findings.map((f) => ({ ...f, file: options.file, ...(options.locate?.(f.path) ?? {}) })),
        null,
        2,
      );
  }
}
