import { slugify } from '../organisations/organisation.js';
import { ART9_DPV, LEGAL_BASIS_DPV, type LocalizedText } from './common.schema.js';
import type { Register } from './register.schema.js';

/**
 * Dijk's own JSON-LD context for DPV 2.3 (LEGAL.md §11): DPV ships none. Object properties are typed `@id` so
 * compact IRIs such as `eu-gdpr:A6-1-a` expand to IRIs, and texts are language maps.
 */
export const DIJK_DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  hasPurpose: { '@id': 'dpv:hasPurpose', '@type': '@id' },
  hasLegalBasis: { '@id': 'dpv:hasLegalBasis', '@type': '@id' },
  hasPersonalData: { '@id': 'dpv:hasPersonalData', '@type': '@id' },
  hasDataSubject: { '@id': 'dpv:hasDataSubject', '@type': '@id' },
  hasRecipient: { '@id': 'dpv:hasRecipient', '@type': '@id' },
  hasDataController: { '@id': 'dpv:hasDataController', '@type': '@id' },
  hasDataProcessor: { '@id': 'dpv:hasDataProcessor', '@type': '@id' },
  hasStorageCondition: { '@id': 'dpv:hasStorageCondition', '@type': '@id' },
  hasJurisdiction: { '@id': 'dpv:hasJurisdiction', '@type': '@id' },
  hasCountry: { '@id': 'dpv:hasCountry', '@type': '@id' },
  hasName: { '@id': 'dpv:hasName' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  label: { '@id': 'rdfs:label', '@container': '@language' },
  description: { '@id': 'dct:description', '@container': '@language' },
  value: { '@id': 'rdf:value' },
} as const;

function languageMap(text: LocalizedText | undefined): Record<string, string> | undefined {
  if (!text) {
    return undefined;
  }
  return Object.fromEntries(Object.entries(text).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

const ROLE_TYPE: Record<string, string> = {
  processor: 'dpv:DataProcessor',
  sub_processor: 'dpv:DataSubProcessor',
  independent_controller: 'dpv:DataController',
  joint_controller: 'dpv:JointDataControllers',
  authority: 'dpv:Authority',
  other: 'dpv:Recipient',
};

/**
 * The register as DPV JSON-LD: one `dpv:PersonalDataProcess` per purpose with its purpose, legal bases (Art. 6 and
 * Art. 9 as `eu-gdpr:` terms), personal data (`pd:` terms; custom categories as nodes with `skos:broader`),
 * data subjects, recipients and storage durations. Node ids are URNs under the organisation's slug.
 */
export function exportDpvJsonLd(register: Register): Record<string, unknown> {
  const base = `urn:dijk:${slugify(register.organisation.legal_name)}:`;
  const org = `${base}organisation`;
  const categoryIri = new Map(
    register.data_categories.map((c) => [c.id, c.term ? `pd:${c.term}` : `${base}data-category/${c.id}`]),
  );
  const subjectIri = new Map(
    register.data_subjects.map((s) => [s.id, s.term && !s.label ? `dpv:${s.term}` : `${base}data-subject/${s.id}`]),
  );
  const graph: Record<string, unknown>[] = [
    {
      '@id': org,
      '@type': 'dpv:DataController',
      hasName: register.organisation.legal_name,
      hasJurisdiction: `loc:${register.organisation.country}`,
    },
  ];
  for (const c of register.data_categories.filter((c) => !c.term)) {
    graph.push({
      '@id': categoryIri.get(c.id),
      '@type': 'dpv:PersonalData',
      broader: `pd:${c.parent}`,
      label: languageMap(c.label),
    });
  }
  for (const s of register.data_subjects.filter((s) => s.label)) {
    graph.push({
      '@id': subjectIri.get(s.id),
      '@type': s.term ? ['dpv:DataSubject', `dpv:${s.term}`] : 'dpv:DataSubject',
      label: languageMap(s.label),
    });
  }
  for (const r of register.recipients) {
    graph.push({
      '@id': `${base}recipient/${r.id}`,
      '@type': ROLE_TYPE[r.role] ?? 'dpv:Recipient',
      ...(r.name ? { hasName: r.name } : {}),
      ...(r.category ? { label: languageMap(r.category) } : {}),
      ...(r.country ? { hasCountry: `loc:${r.country}` } : {}),
    });
  }
  for (const p of register.purposes) {
    const purposeIri = `${base}purpose/${p.id}`;
    graph.push({
      '@id': purposeIri,
      '@type': ['dpv:Purpose', ...(p.dpv ?? []).map((t) => `dpv:${t}`)],
      label: languageMap(p.name),
      ...(p.description ? { description: languageMap(p.description) } : {}),
    });
    const bases = [
      ...(p.legal_basis ? [LEGAL_BASIS_DPV[p.legal_basis]] : []),
      ...(p.art9_condition ? [ART9_DPV[p.art9_condition]] : []),
    ];
    const retention = register.retention.filter(
      (r) =>
        r.purposes.includes(p.id) ||
        (r.purposes.length === 0 && r.data_categories.some((c) => p.data_categories.includes(c))),
    );
    graph.push({
      '@id': `${base}process/${p.id}`,
      '@type': 'dpv:PersonalDataProcess',
      hasDataController: org,
      hasPurpose: purposeIri,
      hasLegalBasis: bases,
      hasPersonalData: p.data_categories.map((c) => categoryIri.get(c) ?? `${base}data-category/${c}`),
      hasDataSubject: p.data_subjects.map((s) => subjectIri.get(s) ?? `${base}data-subject/${s}`),
      hasRecipient: register.recipients.filter((r) => r.purposes.includes(p.id)).map((r) => `${base}recipient/${r.id}`),
      hasStorageCondition: retention.map((r) => ({
        '@id': `${base}retention/${r.id}`,
        '@type': 'dpv:StorageDuration',
        ...(r.duration ? { value: r.duration } : {}),
      })),
    });
  }
  return { '@context': DIJK_DPV_CONTEXT, '@graph': graph };
}
