import { describe, expect, it } from 'vitest';
import { isValidBelgianEnterpriseNumber, isValidDutchKvkNumber } from './enterprise-number.validate.js';

describe('enterprise numbers', () => {
  it('accepts Belgian numbers whose mod-97 check holds, in any notation', () => {
    expect(isValidBelgianEnterpriseNumber('0712.345.630')).toBe(true);
    expect(isValidBelgianEnterpriseNumber('BE 0876 543 270')).toBe(true);
    expect(isValidBelgianEnterpriseNumber('712345630')).toBe(true);
  });

  it('rejects a wrong check digit or length', () => {
    expect(isValidBelgianEnterpriseNumber('0712.345.631')).toBe(false);
    expect(isValidBelgianEnterpriseNumber('2712.345.630')).toBe(false);
    expect(isValidBelgianEnterpriseNumber('0712.345')).toBe(false);
  });

  it('accepts eight-digit KvK numbers only', () => {
    expect(isValidDutchKvkNumber('8765 4321')).toBe(true);
    expect(isValidDutchKvkNumber('876543210')).toBe(false);
  });
});
