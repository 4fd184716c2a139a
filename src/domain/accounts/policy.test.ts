import { describe, expect, it } from 'vitest';
import { can, isAction, POLICY, ROLES } from './policy.js';

describe('policy', () => {
  it('gives the owner every action', () => {
    for (const action of Object.keys(POLICY)) {
      expect(isAction(action)).toBe(true);
      expect(can('owner', action as keyof typeof POLICY)).toBe(true);
    }
  });

  it('separates duties: the auditor changes nothing, the operator sees no register', () => {
    expect(can('auditor', 'register:read')).toBe(true);
    expect(can('auditor', 'audit:read')).toBe(true);
    expect(Object.keys(POLICY).filter((a) => a.endsWith(':write') && can('auditor', a as keyof typeof POLICY))).toEqual(
      [],
    );
    expect(can('operator', 'register:read')).toBe(false);
    expect(can('editor', 'audit:read')).toBe(false);
  });

  it('names only known roles', () => {
    for (const roles of Object.values(POLICY)) {
      for (const role of roles) {
        expect(ROLES).toContain(role);
      }
    }
  });
});
