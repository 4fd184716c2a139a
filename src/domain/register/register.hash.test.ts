import { describe, expect, it } from 'vitest';
import { cleanRegister } from '../../../test/fixtures/register/clean-register.js';
import { canonicalJson, hashRegister } from './register.hash.js';
import { parseRegister } from './register.parse.js';

describe('hashRegister', () => {
  it('is a sha256 hex digest', () => {
    expect(hashRegister(cleanRegister())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order or formatting of the source', () => {
    const a = parseRegister(
      'version: 1\nroles: [controller]\norganisation: {legal_name: A, address: {street: s, postal_code: "1", city: c, country: BE}, country: BE, languages: [nl]}\n',
      'a.yaml',
    );
    const b = parseRegister(
      '{"organisation": {"languages": ["nl"], "country": "BE", "address": {"country": "BE", "city": "c", "postal_code": "1", "street": "s"}, "legal_name": "A"}, "roles": ["controller"], "version": 1}',
      'b.json',
    );
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(hashRegister(a.register)).toBe(hashRegister(b.register));
    }
  });

  it('changes when the content changes', () => {
    const r = cleanRegister();
    const before = hashRegister(r);
    r.retention[0] = { ...(r.retention[0] as (typeof r.retention)[number]), duration: 'P11Y' };
    expect(hashRegister(r)).not.toBe(before);
  });

  it('sorts keys and drops undefined members in the canonical JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});
