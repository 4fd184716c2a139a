import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import bpart from '../../../examples/bpart.yaml?raw';
import bsmart from '../../../examples/bsmart.yaml?raw';
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { CLEAN_REGISTER_INPUT } from '../../../test/fixtures/register/clean-register.js';
import { locateRegisterPath } from './register.locate.js';
import { parseRegister, validateRegister } from './register.parse.js';

const MINIMAL = `version: 1
organisation:
  legal_name: Voorbeeld BV
  address: { street: Straat 1, postal_code: "1000", city: Brussel, country: BE }
  country: BE
  email: privacy@example.be
  languages: [nl]
roles: [controller]
data_categories:
  - { id: email, term: EmailAddress }
purposes:
  - id: newsletter
    name: { nl: Nieuwsbrief }
    legal_basis: consent
    data_categories: [email]
`;

function problemsOf(text: string) {
  const result = parseRegister(text, 'register.yaml');
  if (result.ok) {
    throw new Error('expected problems');
  }
  return result.problems;
}

describe('parseRegister', () => {
  it('accepts the three example registers', () => {
    for (const text of [bpart, bsmart, vandenbroele]) {
      expect(parseRegister(text, 'example.yaml').ok).toBe(true);
    }
  });

  it('fills defaults: the Art. 12(3) deadlines and empty lists', () => {
    const result = parseRegister(MINIMAL, 'register.yaml');
    expect(result.ok && result.register.rights).toEqual({ channels: [], response_deadline: 'P1M', extension: 'P2M' });
    expect(result.ok && result.register.cookies).toEqual([]);
  });

  it('reports a misspelt key at its line and column with a did-you-mean', () => {
    const [problem, ...rest] = problemsOf(MINIMAL.replace('    legal_basis: consent', '    legal_bassis: consent'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'register.yaml',
      line: 14,
      column: 5,
      path: 'purposes[0].legal_bassis',
      message: 'unknown field "legal_bassis"',
      suggestion: 'legal_basis',
    });
  });

  it('suggests the closest allowed value and DPV term', () => {
    const problems = problemsOf(
      MINIMAL.replace('legal_basis: consent', 'legal_basis: consnet').replace('EmailAddress', 'EmailAdress'),
    );
    expect(problems.map((p) => [p.path, p.line, p.column, p.suggestion])).toEqual([
      ['data_categories[0].term', 10, 24, 'EmailAddress'],
      ['purposes[0].legal_basis', 14, 18, 'consent'],
    ]);
    expect(problems[1]?.expected).toContain('legitimate_interest');
  });

  it('reports an unknown id reference with the declared id it probably means', () => {
    const [problem] = problemsOf(MINIMAL.replace('data_categories: [email]', 'data_categories: [emial]'));
    expect(problem).toMatchObject({ path: 'purposes[0].data_categories[0]', line: 15, suggestion: 'email' });
  });

  it('reports a missing required field at its parent', () => {
    const [problem] = problemsOf(MINIMAL.replace('  country: BE\n', ''));
    expect(problem).toMatchObject({
      path: 'organisation.country',
      line: 2,
      message: 'missing required field "country"',
    });
  });

  it('reports YAML syntax errors with a position and no path', () => {
    const [problem] = problemsOf('version: 1\norganisation: [unclosed\n');
    expect(problem?.path).toBe('');
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys as a syntax error', () => {
    const [problem] = problemsOf('version: 1\nversion: 1\n');
    expect(problem).toMatchObject({ line: 2, path: '' });
  });

  it('reads JSON as well, with positions', () => {
    const json = JSON.stringify(CLEAN_REGISTER_INPUT, null, 2);
    expect(parseRegister(json, 'register.json').ok).toBe(true);
    const broken = json.replace('"legal_basis": "contract"', '"legal_basis": "contrat"');
    const [problem] = problemsOf(broken);
    expect(problem?.suggestion).toBe('contract');
    expect(broken.split('\n')[(problem?.line ?? 0) - 1]).toContain('"contrat"');
  });

  it('refuses the NUL character where it is, even inside a valid register (it could not be stored)', () => {
    const lines = bpart.split('\n');
    const at = lines.findIndex((l) => l.includes('legal_name:'));
    lines[at] = `${lines[at]}\u0000`;
    const [problem, ...rest] = problemsOf(lines.join('\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: at + 1, column: lines[at]?.length ?? 0, path: '' });
    expect(problem?.message).toContain('NUL');
  });

  it('refuses NUL and lone surrogates written as escapes, at their line and path', () => {
    const lines = bpart.split('\n');
    const at = lines.findIndex((l) => l.includes('legal_name:'));
    for (const [written, words] of [
      ['\\0', 'NUL'],
      ['\\ud800', 'surrogate'],
    ]) {
      const changed = [...lines];
      changed[at] = changed[at]?.replace(/legal_name:.*/, `legal_name: "Voorbeeld ${written} BV"`) ?? '';
      const [problem, ...rest] = problemsOf(changed.join('\n'));
      expect(rest, written).toEqual([]);
      expect(problem, written).toMatchObject({ line: at + 1, path: 'organisation.legal_name' });
      expect(problem?.message, written).toContain(words);
    }
  });

  it('says a register nested thousands of levels deep is nested too deeply, not that a stack overflowed', () => {
    for (const text of [
      `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      '['.repeat(100_000) + ']'.repeat(100_000),
    ]) {
      const [problem] = problemsOf(text);
      expect(problem?.message).toMatch(/nested too deeply/);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseRegister(text, 'fuzz.yaml');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: a parsed register serialised to YAML parses to the same register', () => {
    const result = parseRegister(bsmart, 'bsmart.yaml');
    if (!result.ok) {
      throw new Error('bsmart must parse');
    }
    const again = parseRegister(stringify(result.register), 'again.yaml');
    expect(again.ok && again.register).toEqual(result.register);
  });

  it('round-trips registers with generated purposes and retention periods', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), fc.nat({ max: 40 }), (ids, years) => {
        const input = structuredClone(CLEAN_REGISTER_INPUT);
        input.purposes = ids.map((pid) => ({
          id: pid,
          name: { nl: pid },
          legal_basis: 'contract',
          data_categories: ['name'],
        }));
        input.retention = [{ id: 'r', purposes: ids, duration: `P${years + 1}Y`, from: 'collected' }];
        input.cookies = [];
        input.recipients = (input.recipients ?? []).map((r) => ({ ...r, purposes: [] }));
        const first = parseRegister(stringify(input), 'a.yaml');
        expect(first.ok).toBe(true);
        const second = first.ok ? parseRegister(JSON.stringify(first.register), 'b.json') : first;
        expect(second.ok && second.register).toEqual(first.ok && first.register);
      }),
      { numRuns: 50 },
    );
  });
});

describe('locateRegisterPath', () => {
  it('finds the line of a lint path, or of its nearest written ancestor', () => {
    expect(locateRegisterPath(MINIMAL, 'purposes[0].legal_basis')).toEqual({ line: 14, column: 18 });
    expect(locateRegisterPath(MINIMAL, 'purposes[0].art9_condition')).toEqual({ line: 12, column: 5 });
    expect(locateRegisterPath(MINIMAL, 'organisation.address.city')).toEqual({ line: 4, column: 59 });
    expect(locateRegisterPath('version: [', 'version')).toBeUndefined();
  });
});

describe('validateRegister', () => {
  it('validates parsed data and reports paths without positions', () => {
    const data = structuredClone(CLEAN_REGISTER_INPUT) as Record<string, unknown>;
    expect(validateRegister(data).ok).toBe(true);
    data.roles = ['controler'];
    const result = validateRegister(data, 'body');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'body',
      line: 0,
      column: 0,
      path: 'roles[0]',
      suggestion: 'controller',
    });
  });
});
