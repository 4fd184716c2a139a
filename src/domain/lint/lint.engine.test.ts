import { describe, expect, it } from 'vitest';
import lintRulesDoc from '../../../docs/lint-rules.md?raw';
import bpart from '../../../examples/bpart.yaml?raw';
import bsmart from '../../../examples/bsmart.yaml?raw';
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { cleanRegister } from '../../../test/fixtures/register/clean-register.js';
import { parseRegister } from '../register/register.parse.js';
import { hasErrors, lintRegister, lintRules } from './lint.engine.js';

const NOW = new Date('2026-11-21T12:00:00Z');

/** The `findings` of /work/shared/eval/gold/*.json, copied here (the tests must not need /work/shared). */
const GOLD: Record<string, { text: string; findings: string[] }> = {
  bpart: { text: bpart, findings: ['fiscal-retention-outdated'] },
  bsmart: { text: bsmart, findings: ['privacy-shield-invalid', 'id-copy-required', 'retention-unlimited'] },
  vandenbroele: {
    text: vandenbroele,
    findings: ['odr-platform-discontinued', 'subprocessor-change-notice-incomplete'],
  },
};

const CANONICAL_REGISTER_IDS = [
  'privacy-shield-invalid',
  'authority-outdated-name',
  'fiscal-retention-outdated',
  'retention-unspecified',
  'retention-unlimited',
  'children-age-mismatch',
  'adm-without-safeguards',
  'dpo-conflict-of-interest',
  'missing-legal-basis',
  'marketing-without-consent',
  'subprocessor-change-notice-incomplete',
  'id-copy-required',
  'bsn-outside-netherlands',
  'odr-platform-discontinued',
  'placeholder-text',
  'consent-by-browsing',
];

describe('lint rules table', () => {
  it('has at least 30 rules with unique ids, an article and bilingual descriptions', () => {
    expect(lintRules.length).toBeGreaterThanOrEqual(30);
    expect(new Set(lintRules.map((r) => r.id)).size).toBe(lintRules.length);
    for (const rule of lintRules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.article.length).toBeGreaterThan(5);
      expect(rule.description.nl.length).toBeGreaterThan(3);
      expect(rule.description.en.length).toBeGreaterThan(3);
    }
  });

  it('is documented rule by rule in docs/lint-rules.md', () => {
    for (const rule of lintRules) {
      expect(lintRulesDoc, rule.id).toContain(`\`${rule.id}\``);
    }
  });

  it('uses the canonical finding ids of the evaluation', () => {
    const ids = new Set(lintRules.map((r) => r.id));
    for (const id of CANONICAL_REGISTER_IDS) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('finds nothing on the clean register, and errors first when several fire', () => {
    expect(lintRegister(cleanRegister(), { now: NOW })).toEqual([]);
    const r = cleanRegister();
    r.rights.identity_verification = { method: 'id_copy' };
    delete r.purposes[0]?.legal_basis;
    const findings = lintRegister(r, { now: NOW });
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(hasErrors(findings)).toBe(true);
  });
});

describe('example registers', () => {
  for (const [name, gold] of Object.entries(GOLD)) {
    it(`${name}: validates, has no lint error, and its warnings are the gold findings`, () => {
      const parsed = parseRegister(gold.text, `examples/${name}.yaml`);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) {
        return;
      }
      const findings = lintRegister(parsed.register, { now: NOW });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      const warnings = new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId));
      expect([...warnings].sort()).toEqual([...gold.findings].sort());
    });
  }
});
