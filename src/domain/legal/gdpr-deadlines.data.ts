import type { LegalSource } from './legal.types.js';

/** The fixed periods of the GDPR itself, as ISO 8601 durations. */
export const GDPR_DEADLINES: Readonly<Record<string, { readonly duration: string } & LegalSource>> = {
  requestResponse: { duration: 'P1M', source: 'GDPR Art. 12(3)', lastChecked: '2026-11-21' },
  requestExtension: { duration: 'P2M', source: 'GDPR Art. 12(3)', lastChecked: '2026-11-21' },
  breachToAuthority: { duration: 'PT72H', source: 'GDPR Art. 33(1)', lastChecked: '2026-11-21' },
};
