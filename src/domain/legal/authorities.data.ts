import type { SupervisoryAuthority } from './legal.types.js';

/**
 * Supervisory authorities (GDPR Art. 51, 77) with the contact data a statement must give for the complaint right
 * (Art. 13(2)(d)). Source: LEGAL.md §10. Only the countries Dijk serves today carry contact data.
 */
export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthority[] = [
  {
    id: 'BE-GBA',
    country: 'BE',
    name: {
      nl: 'Gegevensbeschermingsautoriteit',
      fr: 'Autorité de protection des données',
      en: 'Data Protection Authority',
      de: 'Datenschutzbehörde',
    },
    abbreviation: 'GBA/APD',
    address: 'Drukpersstraat 35, 1000 Brussel',
    phone: '+32 2 274 48 00',
    email: 'contact@apd-gba.be',
    website: 'https://www.gegevensbeschermingsautoriteit.be',
    source: 'Wet van 3 december 2017 tot oprichting van de Gegevensbeschermingsautoriteit',
    url: 'https://www.gegevensbeschermingsautoriteit.be',
    lastChecked: '2026-11-21',
  },
  {
    id: 'NL-AP',
    country: 'NL',
    name: { nl: 'Autoriteit Persoonsgegevens', en: 'Dutch Data Protection Authority' },
    abbreviation: 'AP',
    address: 'Postbus 93374, 2509 AJ Den Haag',
    phone: '088 1805 250',
    website: 'https://autoriteitpersoonsgegevens.nl',
    source: 'Uitvoeringswet AVG (UAVG) art. 6',
    url: 'https://autoriteitpersoonsgegevens.nl',
    lastChecked: '2026-11-21',
  },
];
