import type { Element } from '../import.types.js';
import { type ExtractContext, elementOf } from './extract.context.js';

// Supervisory authorities by the names statements use, current and outdated.
const AUTHORITIES: [string, RegExp][] = [
  [
    'BE-GBA',
    /gegevensbeschermingsautoriteit|autorit[ée] de protection des donn[ée]es|\b(?:apd|gba)\b|apd-gba|belgian data protection authority|data protection authority \((?:apd|gba)|privacycommissie|commissie (?:voor de )?bescherming van de persoonlijke levenssfeer|commission (?:de la )?protection de la vie priv[ée]e|\bcbpl\b|privacycommission\.be/i,
  ],
  [
    'NL-AP',
    /autoriteit persoonsgegevens|autoriteitpersoonsgegevens|dutch data protection authority|college bescherming persoonsgegevens/i,
  ],
  ['FR-CNIL', /\bcnil\b|commission nationale de l['’]informatique/i],
  ['LU-CNPD', /\bcnpd\b|commission nationale pour la protection des donn[ée]es/i],
  ['IE-DPC', /data protection commission(?:er)?\b(?! \()|\bdpc\b/i],
  ['DE-BfDI', /\bbfdi\b|bundesbeauftragte/i],
  ['UK-ICO', /\bico\b|information commissioner/i],
];
// The Belgian Privacy Commission only (replaced by the GBA/APD in 2018): the finding and its message are about it. The
// Dutch "College bescherming persoonsgegevens" still names NL-AP above.
const OUTDATED_AUTHORITY =
  /privacycommissie|commissie (?:voor de )?bescherming van de persoonlijke levenssfeer|commission (?:de la )?protection de la vie priv[ée]e|\bcbpl\b|privacycommission\.be/i;

/** Finds the competent supervisory authority the statement points to (under any name) and whether it is outdated. */
export function extractAuthority(ctx: ExtractContext): { authority?: Element<string>; outdated?: Element<string> } {
  const out: { authority?: Element<string>; outdated?: Element<string> } = {};
  const counts = new Map<string, { n: number; first: Element<string> }>();
  for (const s of ctx.doc.sentences) {
    const old = OUTDATED_AUTHORITY.exec(s.text);
    if (old && !out.outdated) {
      out.outdated = elementOf(s, old[0], old, 0.9);
    }
    for (const [code, regex] of AUTHORITIES) {
      const m = regex.exec(s.text);
      if (m) {
        const have = counts.get(code);
        counts.set(code, { n: (have?.n ?? 0) + 1, first: have?.first ?? elementOf(s, code, m, 0.85) });
      }
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (best) {
    out.authority = best.first;
  }
  return out;
}

const COUNTRY_SIGNALS: [string, RegExp, number][] = [
  ['BE', /\b(?:belgi[eë]|belgique|belgium|belgisch\w*|belge|belgian)\b/gi, 2],
  // The controller's own registration is where it is established, whatever template its text came from.
  ['BE', /\b(?:kbo|bce|ondernemingsnummer|num[ée]ro d['’]entreprise|crossroads bank)\b|\bBE\s?0\d{3}[.\s]?\d{3}/gi, 4],
  [
    'BE',
    /\+32\b|(?<![a-z0-9-])[a-z0-9-]+\.be\b|\b[1-9]\d{3} (?:brussel|bruxelles|antwerpen|gent|brugge|leuven|li[èe]ge|namur|mons|hasselt|rixensart|mechelen|kortrijk)/gi,
    1,
  ],
  ['NL', /\b(?:nederland|netherlands|pays-bas|nederlandse?)\b/gi, 2],
  ['NL', /\b(?:kvk|kamer van koophandel)\b/gi, 4],
  // Dutch templates tell readers to black out their BSN, also where they are used in Belgium.
  ['NL', /\b(?:burgerservicenummer|bsn)\b/gi, 1],
  ['NL', /\+31\b|(?<![a-z0-9-])[a-z0-9-]+\.nl\b|\b[1-9]\d{3} ?[A-Z]{2}\b/g, 1],
  ['FR', /\b(?:france|fran[çc]ais\w*|siren|siret)\b|\+33\b|(?<![a-z0-9-])[a-z0-9-]+\.fr\b/gi, 1],
  ['LU', /\b(?:luxembourg)\b|\+352\b/gi, 2],
];
const AUTHORITY_COUNTRY: Record<string, string> = {
  'BE-GBA': 'BE',
  'NL-AP': 'NL',
  'FR-CNIL': 'FR',
  'LU-CNPD': 'LU',
  'IE-DPC': 'IE',
  'DE-BfDI': 'DE',
  'UK-ICO': 'GB',
};

/**
 * Decides the country whose law the statement is written under: the authority it names weighs most, then enterprise
 * numbers, country names, phone prefixes, postcodes and domains.
 */
export function extractCountry(ctx: ExtractContext, authority?: Element<string>): Element<string> | undefined {
  const scores = new Map<string, { score: number; first?: Element<string> }>();
  const add = (country: string, weight: number, first?: Element<string>) => {
    const have: { score: number; first?: Element<string> } = scores.get(country) ?? { score: 0 };
    have.score += weight;
    if (!have.first && first) {
      have.first = first;
    }
    scores.set(country, have);
  };
  if (authority) {
    add(AUTHORITY_COUNTRY[authority.value] ?? 'other', 6, {
      ...authority,
      value: AUTHORITY_COUNTRY[authority.value] ?? '',
    });
  }
  for (const s of ctx.doc.sentences) {
    for (const [country, regex, weight] of COUNTRY_SIGNALS) {
      for (const m of s.text.matchAll(regex)) {
        add(country, weight, elementOf(s, country, m, 0.6));
      }
    }
  }
  const ranked = [...scores.entries()].filter(([c]) => c !== 'other').sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best?.[1].first) {
    return undefined;
  }
  const margin = second ? best[1].score / (best[1].score + second[1].score) : 1;
  return { ...best[1].first, value: best[0], confidence: Math.round(Math.min(0.95, 0.4 + margin / 2) * 100) / 100 };
}
