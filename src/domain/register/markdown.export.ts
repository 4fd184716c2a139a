import {
  authorityName,
  categoryName,
  type ExportLang,
  legalBasisText,
  pick,
  recipientName,
  retentionText,
  subjectName,
} from './export.text.js';
import type { Register } from './register.schema.js';

const WORDS = {
  nl: {
    title: 'Register van verwerkingsactiviteiten',
    controller: 'Als verwerkingsverantwoordelijke (art. 30.1)',
    processor: 'Als verwerker (art. 30.2)',
    basis: 'Rechtsgrond',
    subjects: 'Betrokkenen',
    data: 'Persoonsgegevens',
    recipients: 'Ontvangers',
    retention: 'Bewaartermijn',
    controllers: 'Voor',
    cookies: 'Cookies',
    authority: 'Toezichthouder',
    security: 'Beveiliging',
  },
  fr: {
    title: 'Registre des activités de traitement',
    controller: 'En tant que responsable du traitement (art. 30.1)',
    processor: 'En tant que sous-traitant (art. 30.2)',
    basis: 'Base juridique',
    subjects: 'Personnes concernées',
    data: 'Données',
    recipients: 'Destinataires',
    retention: 'Conservation',
    controllers: 'Pour',
    cookies: 'Cookies',
    authority: 'Autorité de contrôle',
    security: 'Sécurité',
  },
  en: {
    title: 'Record of processing activities',
    controller: 'As controller (Art. 30(1))',
    processor: 'As processor (Art. 30(2))',
    basis: 'Legal basis',
    subjects: 'Data subjects',
    data: 'Personal data',
    recipients: 'Recipients',
    retention: 'Retention',
    controllers: 'For',
    cookies: 'Cookies',
    authority: 'Supervisory authority',
    security: 'Security',
  },
} as const;

/** Escapes the characters Markdown would read as formatting in a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The register as a readable Markdown document in `lang` (for review, pull requests and archives). */
export function exportMarkdown(register: Register, lang: ExportLang): string {
  const w = WORDS[lang];
  const org = register.organisation;
  const lines: string[] = [`# ${w.title} — ${org.legal_name}`, ''];
  lines.push(`${org.address.street}, ${org.address.postal_code} ${org.address.city} (${org.country})`);
  if (org.enterprise_number) {
    lines.push(`${org.enterprise_number}`);
  }
  lines.push([org.email, org.phone, org.website].filter(Boolean).join(' · '));
  lines.push(`${w.authority}: ${authorityName(register, lang)}`, '');
  if (register.purposes.length > 0) {
    lines.push(`## ${w.controller}`, '');
    for (const p of register.purposes) {
      lines.push(`### ${pick(p.name, lang)} (\`${p.id}\`)`, '');
      const description = pick(p.description, lang);
      if (description) {
        lines.push(description, '');
      }
      const retention = register.retention.filter(
        (r) =>
          r.purposes.includes(p.id) ||
          (r.purposes.length === 0 && r.data_categories.some((c) => p.data_categories.includes(c))),
      );
      lines.push(`| | |`, `|---|---|`);
      lines.push(`| ${w.basis} | ${cell(legalBasisText(p.legal_basis, lang))} |`);
      lines.push(`| ${w.subjects} | ${cell(p.data_subjects.map((s) => subjectName(register, s, lang)).join(', '))} |`);
      lines.push(`| ${w.data} | ${cell(p.data_categories.map((c) => categoryName(register, c, lang)).join(', '))} |`);
      const recipients = register.recipients
        .filter((r) => r.purposes.includes(p.id))
        .map((r) => recipientName(r, lang));
      lines.push(`| ${w.recipients} | ${cell(recipients.join(', '))} |`);
      lines.push(`| ${w.retention} | ${cell(retention.map((r) => retentionText(r, lang)).join('; '))} |`, '');
    }
  }
  if (register.processor_activities.length > 0) {
    lines.push(`## ${w.processor}`, '');
    for (const a of register.processor_activities) {
      lines.push(`### ${pick(a.name, lang)} (\`${a.id}\`)`, '', pick(a.categories_of_processing, lang), '');
      lines.push(`- ${w.controllers}: ${a.controllers.join(', ')}`);
      lines.push(`- ${w.data}: ${a.data_categories.map((c) => categoryName(register, c, lang)).join(', ')}`, '');
    }
  }
  if (register.cookies.length > 0) {
    lines.push(`## ${w.cookies}`, '', '| | | | |', '|---|---|---|---|');
    for (const c of register.cookies) {
      lines.push(`| \`${cell(c.name)}\` | ${cell(c.provider)} | ${c.category} | ${c.duration} |`);
    }
    lines.push('');
  }
  const security = [
    pick(register.security?.summary, lang),
    ...(register.security?.measures ?? []).map((m) => pick(m, lang)),
  ];
  if (security.some(Boolean)) {
    lines.push(`## ${w.security}`, '', ...security.filter(Boolean).map((s) => `- ${s}`), '');
  }
  return lines.join('\n');
}
