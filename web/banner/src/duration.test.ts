import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.js';

describe('formatDuration', () => {
  it('says years, months, weeks, days and hours in the banner language', () => {
    expect(formatDuration('P1Y', 'en')).toBe('1 year');
    expect(formatDuration('P2Y', 'nl')).toBe('2 jaar');
    expect(formatDuration('P6M', 'fr')).toBe('6 mois');
    expect(formatDuration('P1M', 'de')).toBe('1 Monat');
    expect(formatDuration('P30D', 'de')).toBe('30 Tage');
    expect(formatDuration('P2W', 'nl')).toBe('2 weken');
    expect(formatDuration('PT24H', 'fr')).toBe('24 heures');
    expect(formatDuration('session', 'nl')).toBe('sessie');
  });

  it('shows anything else as the register has it, and unknown languages in English', () => {
    expect(formatDuration('P1Y6M', 'en')).toBe('P1Y6M');
    expect(formatDuration('PT30M', 'en')).toBe('PT30M');
    expect(formatDuration('P3M', 'es')).toBe('3 months');
  });
});
