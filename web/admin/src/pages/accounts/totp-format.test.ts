import { describe, expect, it } from 'vitest';
import { groupSecret } from './totp-format';

describe('groupSecret', () => {
  it('shows the secret in groups of 4', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupSecret('')).toBe('');
  });
});
