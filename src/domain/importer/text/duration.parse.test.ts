import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDurations } from './duration.parse.js';

const isos = (text: string) => parseDurations(text).map((d) => d.iso);

describe('parseDurations', () => {
  it('reads digits and number words in Dutch, French and English', () => {
    expect(isos('7 jaar na beëindiging')).toEqual(['P7Y']);
    expect(isos('nog voor zeven jaar bewaard')).toEqual(['P7Y']);
    expect(isos('52 maanden')).toEqual(['P52M']);
    expect(isos('binnen één maand, verlengd met twee maanden')).toEqual(['P1M', 'P2M']);
    expect(isos("dans un délai d'un mois, 3 ans après")).toEqual(['P1M', 'P3Y']);
    expect(isos('within one month, extended by two further months')).toEqual(['P1M', 'P2M']);
    expect(isos('ten laatste 24 uur, réponse sous 48 h')).toEqual(['PT24H', 'PT48H']);
    expect(isos('zeven (7) dagen, vier weken')).toEqual(['P7D', 'P4W']);
  });

  it('reads ranges with the unit written once', () => {
    expect(isos('between 3 and 12 months')).toEqual(['P3M', 'P12M']);
  });

  it('ignores numbers without a unit and units inside words', () => {
    expect(isos('artikel 30 en 10 MB, jaarlijks, maandelijks')).toEqual([]);
  });

  it('turns any amount and unit into the matching ISO duration', () => {
    const units: [string, string][] = [
      ['jaar', 'Y'],
      ['ans', 'Y'],
      ['years', 'Y'],
      ['maanden', 'M'],
      ['mois', 'M'],
      ['months', 'M'],
      ['weken', 'W'],
      ['dagen', 'D'],
      ['jours', 'D'],
      ['days', 'D'],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(...units), (n, [word, unit]) => {
        expect(isos(`bewaard gedurende ${n} ${word}.`)).toEqual([`P${n}${unit}`]);
      }),
    );
  });
});
