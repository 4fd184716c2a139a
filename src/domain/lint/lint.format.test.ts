import { describe, expect, it } from 'vitest';
import lintError from '../../../test/fixtures/register/lint-error.yaml?raw';
import schemaMismatch from '../../../test/fixtures/register/schema-mismatch.yaml?raw';
import unparsable from '../../../test/fixtures/register/unparsable.yaml?raw';
import { locateRegisterPath } from '../register/register.locate.js';
import { parseRegister } from '../register/register.parse.js';
import { hasErrors, lintRegister, lintRules } from './lint.engine.js';
import { formatFindings } from './lint.format.js';

const NOW = new Date('2026-11-21T12:00:00Z');

function lintFixture() {
  const parsed = parseRegister(lintError, 'lint-error.yaml');
  if (!parsed.ok) {
    throw new Error('fixture must parse');
  }
  return lintRegister(parsed.register, { now: NOW });
}

const options = { file: 'lint-error.yaml', locate: (path: string) => locateRegisterPath(lintError, path) };

describe('CLI fixtures', () => {
  it('lint-error.yaml parses and has lint errors (exit 1)', () => {
    const findings = lintFixture();
    expect(hasErrors(findings)).toBe(true);
    expect(findings.map((f) => f.ruleId)).toEqual(['missing-legal-basis']);
  });

  it('schema-mismatch.yaml and unparsable.yaml do not parse (exit 2)', () => {
    const mismatch = parseRegister(schemaMismatch, 'schema-mismatch.yaml');
    // Shape problems and id references are reported in one pass, sorted by line.
    expect(!mismatch.ok && mismatch.problems.map((p) => [p.line, p.suggestion])).toEqual([
      [15, 'legal_basis'],
      [16, 'email'],
      [19, 'contract'],
    ]);
    expect(parseRegister(unparsable, 'unparsable.yaml').ok).toBe(false);
  });
});

describe('formatFindings', () => {
  it('text: file:line:column, severity, rule id, message and fix, then a summary', () => {
    const text = formatFindings(lintFixture(), 'text', { ...options, lang: 'nl' });
    const [first, at, fix, summary] = text.split('\n');
    expect(first).toBe(
      'lint-error.yaml:15:5: error [missing-legal-basis] Dit doel heeft geen rechtsgrond (newsletter)',
    );
    expect(at).toBe('  at purposes[0] — GDPR Art. 6(1), Art. 13(1)(c)');
    expect(fix).toMatch(/^ {2}fix: Vul legal_basis in/);
    expect(summary).toBe('1 fouten, 0 waarschuwingen, 0 opmerkingen');
  });

  it('json: the findings with file, line and column', () => {
    const json = JSON.parse(formatFindings(lintFixture(), 'json', options));
    expect(json).toEqual([
      expect.objectContaining({ ruleId: 'missing-legal-basis', file: 'lint-error.yaml', line: 15, column: 5 }),
    ]);
  });

  it('sarif: a SARIF 2.1.0 log with the rule table, levels and regions', () => {
    const findings = lintFixture();
    findings.push({
      ...findings[0],
      ruleId: 'id-copy-required',
      severity: 'warning',
      path: 'rights',
    } as (typeof findings)[number]);
    const sarif = JSON.parse(formatFindings(findings, 'sarif', options));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(lintRules.map((r) => r.id));
    const [error, warning] = run.results;
    expect(run.tool.driver.rules[error.ruleIndex].id).toBe('missing-legal-basis');
    expect(error.level).toBe('error');
    expect(warning.level).toBe('warning');
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'lint-error.yaml' },
      region: { startLine: 15, startColumn: 5 },
    });
    expect(warning.locations[0].physicalLocation.region.startLine).toBe(21);
    expect(typeof error.message.text).toBe('string');
  });
});
