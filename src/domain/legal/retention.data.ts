import type { StatutoryRetention } from './legal.types.js';

/**
 * Statutory retention minima (LEGAL.md §8): the periods during which erasure may be refused under Art. 17(3)(b)
 * and below which a register's retention rule is too short. Secondary sources unless noted.
 */
export const STATUTORY_RETENTION: readonly StatutoryRetention[] = [
  {
    country: 'BE',
    kind: 'accounting',
    minimum: 'P7Y',
    since: '2019-01-01',
    source: 'Wetboek van economisch recht art. III.86 and III.88',
    lastChecked: '2026-11-21',
    secondary: true,
  },
  {
    country: 'BE',
    kind: 'tax',
    minimum: 'P10Y',
    since: '2023-01-01',
    previous: 'P7Y',
    source: 'WIB 92 art. 315 and BTW-Wetboek art. 60 §4, as amended by the Law of 20 November 2022',
    lastChecked: '2026-11-21',
    secondary: true,
  },
  {
    country: 'NL',
    kind: 'tax',
    minimum: 'P7Y',
    since: '1998-01-01',
    source: 'Algemene wet inzake rijksbelastingen (AWR) art. 52(4)',
    lastChecked: '2026-11-21',
  },
  {
    country: 'NL',
    kind: 'immovable_property_vat',
    minimum: 'P10Y',
    since: '1998-01-01',
    source: 'Algemene wet inzake rijksbelastingen (AWR) art. 52(5)',
    lastChecked: '2026-11-21',
    secondary: true,
  },
];
