import type { OutdatedReference } from './legal.types.js';

/** References that were once valid and no longer are (LEGAL.md §9). */
export const OUTDATED_REFERENCES: readonly OutdatedReference[] = [
  {
    findingId: 'privacy-shield-invalid',
    patterns: ['privacy shield', 'privacy-shield', 'privacyshield'],
    outdatedSince: '2020-07-16',
    replacement: {
      nl: 'het EU-US Data Privacy Framework (sinds 10 juli 2023) of standaardcontractbepalingen',
      en: 'the EU-US Data Privacy Framework (since 10 July 2023) or standard contractual clauses',
    },
    source: 'CJEU 16 July 2020, C-311/18 (Schrems II)',
    url: 'https://curia.europa.eu/juris/liste.jsf?num=C-311/18',
    lastChecked: '2026-11-21',
  },
  {
    findingId: 'authority-outdated-name',
    patterns: [
      'privacycommission.be',
      'commissie voor de bescherming van de persoonlijke levenssfeer',
      'privacycommissie',
      'commission de la protection de la vie privée',
      'cbpl',
    ],
    outdatedSince: '2018-05-25',
    replacement: {
      nl: 'de Gegevensbeschermingsautoriteit (GBA), contact@apd-gba.be',
      en: 'the Data Protection Authority (GBA/APD), contact@apd-gba.be',
    },
    source: 'Wet van 3 december 2017 tot oprichting van de Gegevensbeschermingsautoriteit',
    lastChecked: '2026-11-21',
  },
  {
    findingId: 'odr-platform-discontinued',
    patterns: ['ec.europa.eu/consumers/odr', 'odr platform', 'odr-platform', 'odr-platform'],
    outdatedSince: '2025-07-20',
    replacement: {
      nl: 'een erkende geschillencommissie of de Consumentenombudsdienst',
      en: 'a recognised alternative dispute resolution body',
    },
    source: 'Regulation (EU) 2024/3228 repealing Regulation (EU) No 524/2013',
    lastChecked: '2026-11-21',
  },
];
