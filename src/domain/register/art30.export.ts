import writeXlsxFile from 'write-excel-file/node';
import { writeCsv } from '../vocabulary/csv.parse.js';
import {
  categoryName,
  type ExportLang,
  legalBasisText,
  pick,
  recipientName,
  retentionText,
  subjectName,
} from './export.text.js';
import type { Register } from './register.schema.js';

const COLUMNS = [
  ['part', 'Deel', 'Partie', 'Part'],
  ['organisation', 'Naam en contactgegevens', 'Nom et coordonnées', 'Name and contact details'],
  ['dpo', 'Functionaris voor gegevensbescherming', 'Délégué à la protection des données', 'Data protection officer'],
  ['representative', 'Vertegenwoordiger', 'Représentant', 'Representative'],
  ['activity_id', 'Id', 'Id', 'Id'],
  ['activity', 'Verwerkingsactiviteit', 'Activité de traitement', 'Processing activity'],
  [
    'purpose',
    'Doel / categorieën van verwerkingen',
    'Finalité / catégories de traitements',
    'Purpose / categories of processing',
  ],
  [
    'controllers',
    'Verwerkingsverantwoordelijken (30.2.a)',
    'Responsables du traitement (30.2.a)',
    'Controllers acted for (30(2)(a))',
  ],
  ['legal_basis', 'Rechtsgrond', 'Base juridique', 'Legal basis'],
  ['data_subjects', 'Categorieën betrokkenen', 'Catégories de personnes concernées', 'Categories of data subjects'],
  ['data_categories', 'Categorieën persoonsgegevens', 'Catégories de données', 'Categories of personal data'],
  ['recipients', 'Categorieën ontvangers', 'Catégories de destinataires', 'Categories of recipients'],
  ['transfers', 'Doorgiften naar derde landen', 'Transferts vers des pays tiers', 'Transfers to third countries'],
  ['retention', 'Bewaartermijnen', 'Délais d’effacement', 'Time limits for erasure'],
  ['security', 'Beveiligingsmaatregelen (art. 32)', 'Mesures de sécurité (art. 32)', 'Security measures (Art. 32)'],
] as const;

type Column = (typeof COLUMNS)[number][0];
const LANG_INDEX: Record<ExportLang, 1 | 2 | 3> = { nl: 1, fr: 2, en: 3 };

/** Header labels in the export language. */
export function art30Header(lang: ExportLang): string[] {
  return COLUMNS.map((c) => c[LANG_INDEX[lang]]);
}

/**
 * The Art. 30 record as rows: one per processing activity, controller activities (30(1)) first, then processor
 * activities (30(2)), with every column the article lists.
 */
export function art30Rows(register: Register, lang: ExportLang): string[][] {
  const org = register.organisation;
  const organisation = [
    org.legal_name,
    `${org.address.street}, ${org.address.postal_code} ${org.address.city}`,
    org.email,
    org.phone,
  ]
    .filter(Boolean)
    .join(' · ');
  const dpo = org.dpo ? [org.dpo.function, org.dpo.email, org.dpo.phone].filter(Boolean).join(' · ') : '';
  const representative = org.representative
    ? [org.representative.name, org.representative.email].filter(Boolean).join(' · ')
    : '';
  const security = [
    pick(register.security?.summary, lang),
    ...(register.security?.measures ?? []).map((m) => pick(m, lang)),
  ]
    .filter(Boolean)
    .join('; ');
  const join = (items: string[]) => [...new Set(items.filter(Boolean))].join('; ');
  const transfer = (r: Register['recipients'][number]) =>
    r.country && r.transfer
      ? `${recipientName(r, lang)} → ${r.country} (${r.transfer.mechanism}${r.transfer.scc_module ? ` ${r.transfer.scc_module}` : ''})`
      : '';

  const rows: string[][] = [];
  for (const p of register.purposes) {
    const recipients = register.recipients.filter((r) => r.purposes.includes(p.id));
    const retention = register.retention.filter(
      (r) =>
        r.purposes.includes(p.id) ||
        (r.purposes.length === 0 && r.data_categories.some((c) => p.data_categories.includes(c))),
    );
    const basis = [
      legalBasisText(p.legal_basis, lang),
      p.art9_condition ? `Art. 9(2): ${p.art9_condition}` : '',
      p.art10_law ? `Art. 10: ${p.art10_law}` : '',
    ];
    const row: Record<Column, string> = {
      part: '30(1)',
      organisation,
      dpo,
      representative,
      activity_id: p.id,
      activity: pick(p.name, lang),
      purpose: pick(p.description, lang) || pick(p.name, lang),
      controllers: '',
      legal_basis: join(basis),
      data_subjects: join(p.data_subjects.map((s) => subjectName(register, s, lang))),
      data_categories: join(p.data_categories.map((c) => categoryName(register, c, lang))),
      recipients: join(recipients.map((r) => recipientName(r, lang))),
      transfers: join(recipients.map(transfer)),
      retention: join(retention.map((r) => retentionText(r, lang))),
      security,
    };
    rows.push(COLUMNS.map((c) => row[c[0]]));
  }
  for (const a of register.processor_activities) {
    const subs = register.recipients.filter((r) => a.sub_processors.includes(r.id));
    const row: Record<Column, string> = {
      part: '30(2)',
      organisation,
      dpo,
      representative,
      activity_id: a.id,
      activity: pick(a.name, lang),
      purpose: pick(a.categories_of_processing, lang),
      controllers: join(a.controllers),
      legal_basis: '',
      data_subjects: join(a.data_subjects.map((s) => subjectName(register, s, lang))),
      data_categories: join(a.data_categories.map((c) => categoryName(register, c, lang))),
      recipients: join(subs.map((r) => recipientName(r, lang))),
      transfers: join(subs.map(transfer)),
      retention: a.retention ? `${a.retention.duration} (${a.retention.from}, ${a.retention.action})` : '',
      security,
    };
    rows.push(COLUMNS.map((c) => row[c[0]]));
  }
  return rows;
}

/** The Art. 30 record as RFC 4180 CSV with a header line in `lang`. */
export function exportArt30Csv(register: Register, lang: ExportLang): string {
  return writeCsv([art30Header(lang), ...art30Rows(register, lang)]);
}

/** The Art. 30 record as an XLSX workbook: one sheet for 30(1), one for 30(2). */
export async function exportArt30Xlsx(register: Register, lang: ExportLang): Promise<Uint8Array> {
  const header = art30Header(lang).map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = art30Rows(register, lang);
  const sheet = (part: string) => [
    header,
    ...rows.filter((r) => r[0] === part).map((r) => r.map((value) => ({ value }))),
  ];
  const names = {
    nl: ['Verwerkingsverantwoordelijke', 'Verwerker'],
    fr: ['Responsable', 'Sous-traitant'],
    en: ['Controller', 'Processor'],
  }[lang];
  const buffer = await writeXlsxFile([
    { data: sheet('30(1)'), sheet: names[0] ?? 'Controller' },
    { data: sheet('30(2)'), sheet: names[1] ?? 'Processor' },
  ]).toBuffer();
  return new Uint8Array(buffer);
}
