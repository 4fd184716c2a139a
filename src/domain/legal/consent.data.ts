import type { ChildConsentAge, CountryCode, LegalSource } from './legal.types.js';

/** Age of digital consent for information-society services (GDPR Art. 8(1); LEGAL.md §2). */
export const CHILD_CONSENT_AGES: readonly ChildConsentAge[] = [
  {
    country: 'BE',
    age: 13,
    source: 'Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen, art. 7',
    lastChecked: '2026-11-21',
    secondary: true,
  },
  {
    country: 'NL',
    age: 16,
    source: 'Uitvoeringswet AVG (UAVG) art. 5',
    lastChecked: '2026-11-21',
    secondary: true,
  },
];

/** Where analytics cookies with little privacy impact are exempt from consent (ePrivacy art. 5(3); LEGAL.md §5). */
export const ANALYTICS_COOKIE_EXEMPTION: readonly ({ country: CountryCode; exempt: boolean } & LegalSource)[] = [
  {
    country: 'NL',
    exempt: true,
    source: 'Telecommunicatiewet art. 11.7a(3)(b)',
    lastChecked: '2026-11-21',
    secondary: true,
  },
  {
    country: 'BE',
    exempt: false,
    source: 'Wet van 30 juli 2018 art. 10/2; GBA cookie checklist October 2023',
    lastChecked: '2026-11-21',
    secondary: true,
  },
];

/** Longest cookie lifetime Dijk accepts without a warning: 13 months, the CNIL and EDPB good practice [S]. */
export const COOKIE_MAX_LIFETIME = {
  duration: 'P13M',
  source: 'CNIL délibération 2020-091; EDPB cookie-banner taskforce report 2023',
  lastChecked: '2026-11-21',
  secondary: true,
} as const;

/** Consent renewal default (LEGAL.md §5): no BE/NL period found; 6 months is the CNIL good practice. */
export const CONSENT_RENEWAL = {
  duration: 'P6M',
  source: 'CNIL recommendation on cookies (2020), good practice',
  lastChecked: '2026-11-21',
  secondary: true,
} as const;
