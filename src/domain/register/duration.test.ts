import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDurations, describeDuration, durationInDays, isDuration, parseDuration } from './duration.js';
import { isValidBelgianEnterpriseNumber, isValidDutchKvkNumber } from './enterprise-number.js';

describe('ISO 8601 durations', () => {
  it('accepts the forms the register uses and rejects the rest', () => {
    for (const ok of ['P7Y', 'P52M', 'PT24H', 'P1Y6M', 'P2W', 'P1DT12H']) {
      expect(isDuration(ok), ok).toBe(true);
    }
    for (const bad of ['P', 'PT', '7Y', 'P7', 'P1YT', 'unlimited', '']) {
      expect(isDuration(bad), bad).toBe(false);
    }
  });

  it('compares years and months by length', () => {
    expect(compareDurations('P7Y', 'P10Y')).toBeLessThan(0);
    expect(compareDurations('P84M', 'P7Y')).toBe(0);
    expect(compareDurations('P2M', 'P1M')).toBeGreaterThan(0);
    expect(durationInDays('PT72H')).toBe(3);
  });

  it('parses every generated duration back to its parts', () => {
    const n = fc.nat({ max: 500 });
    fc.assert(
      fc.property(n, n, n, (years, months, days) => {
        const text = `P${years}Y${months}M${days}D`;
        expect(parseDuration(text)).toMatchObject({ years, months, days });
      }),
    );
  });

  it('describes durations in words', () => {
    expect(describeDuration('P7Y', 'nl')).toBe('7 jaar');
    expect(describeDuration('P1M', 'en')).toBe('1 month');
    expect(describeDuration('P6M', 'fr')).toBe('6 mois');
  });
});

describe('enterprise numbers', () => {
  it('accepts the seed organisations’ numbers', () => {
    expect(isValidBelgianEnterpriseNumber('0736673725')).toBe(true);
    expect(isValidBelgianEnterpriseNumber('BE 0451.355.351')).toBe(true);
    expect(isValidDutchKvkNumber('54305446')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length or wrong first digit', () => {
    expect(isValidBelgianEnterpriseNumber('0736673726')).toBe(false);
    expect(isValidBelgianEnterpriseNumber('073667372')).toBe(false);
    expect(isValidBelgianEnterpriseNumber('2736673725')).toBe(false);
    expect(isValidDutchKvkNumber('5430544')).toBe(false);
  });

  it('accepts exactly one check value for every 8-digit base (mod 97)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 99 }), (base, check) => {
        const text = `${String(base).padStart(8, '0')}${String(check).padStart(2, '0')}`;
        expect(isValidBelgianEnterpriseNumber(text)).toBe(check === 97 - (base % 97));
      }),
    );
  });
});
