import type { AdequacyDecision, CountryCode, LegalSource } from './legal.types.js';

/** The EEA: the 27 EU member states plus Iceland, Liechtenstein and Norway (EEA Agreement). */
export const EEA_COUNTRIES: { readonly countries: readonly CountryCode[] } & LegalSource = {
  countries: [
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'IS',
    'LI',
    'NO',
  ],
  source: 'Agreement on the European Economic Area; Treaty on European Union art. 52',
  lastChecked: '2026-11-21',
};

const ADEQUACY_SOURCE = {
  url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
  lastChecked: '2026-11-21',
  secondary: true,
} as const;

/**
 * Adequacy decisions under GDPR Art. 45(3), as of early 2026 (LEGAL.md §7, secondary source). A transfer to a
 * country listed here needs no further mechanism; the United States only for organisations certified under the
 * EU-US Data Privacy Framework.
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { country: 'AD', name: 'Andorra', source: 'Decision 2010/625/EU', ...ADEQUACY_SOURCE },
  { country: 'AR', name: 'Argentina', source: 'Decision 2003/490/EC', ...ADEQUACY_SOURCE },
  { country: 'CA', name: 'Canada', scope: 'commercial', source: 'Decision 2002/2/EC', ...ADEQUACY_SOURCE },
  { country: 'FO', name: 'Faroe Islands', source: 'Decision 2010/146/EU', ...ADEQUACY_SOURCE },
  { country: 'GG', name: 'Guernsey', source: 'Decision 2003/821/EC', ...ADEQUACY_SOURCE },
  { country: 'IL', name: 'Israel', source: 'Decision 2011/61/EU', ...ADEQUACY_SOURCE },
  { country: 'IM', name: 'Isle of Man', source: 'Decision 2004/411/EC', ...ADEQUACY_SOURCE },
  { country: 'JP', name: 'Japan', source: 'Decision (EU) 2019/419', ...ADEQUACY_SOURCE },
  { country: 'JE', name: 'Jersey', source: 'Decision 2008/393/EC', ...ADEQUACY_SOURCE },
  { country: 'NZ', name: 'New Zealand', source: 'Decision 2013/65/EU', ...ADEQUACY_SOURCE },
  { country: 'KR', name: 'Republic of Korea', source: 'Decision (EU) 2022/254', ...ADEQUACY_SOURCE },
  { country: 'CH', name: 'Switzerland', source: 'Decision 2000/518/EC', ...ADEQUACY_SOURCE },
  { country: 'GB', name: 'United Kingdom', source: 'Decision (EU) 2021/1772', ...ADEQUACY_SOURCE },
  { country: 'UY', name: 'Uruguay', source: 'Decision 2012/484/EU', ...ADEQUACY_SOURCE },
  { country: 'EPO', name: 'European Patent Organisation', source: 'Commission adequacy decision', ...ADEQUACY_SOURCE },
  {
    country: 'US',
    name: 'United States (EU-US Data Privacy Framework participants)',
    scope: 'dpf',
    since: '2023-07-10',
    source: 'Commission Implementing Decision (EU) 2023/1795',
    ...ADEQUACY_SOURCE,
  },
];
