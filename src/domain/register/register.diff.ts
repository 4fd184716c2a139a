import { isEeaCountry } from '../legal/legal.js';
import type { LocalizedText } from './common.schema.js';
import { compareDurations, isDuration } from './duration.js';
import { categoryName, subjectName } from './export.text.js';
import { canonicalJson } from './register.hash.js';
import type { Register } from './register.schema.js';

/** One change between two register versions, in words, and whether people must be told (Art. 13(3), 14(4)). */
export interface RegisterChange {
  kind: string;
  path: string;
  material: boolean;
  summary: { nl: string; en: string; fr: string };
}

type Words = { nl: string; en: string; fr: string };

function label(text: LocalizedText | undefined, fallback: string): Words {
  return {
    nl: text?.nl ?? text?.en ?? text?.fr ?? fallback,
    en: text?.en ?? text?.nl ?? text?.fr ?? fallback,
    fr: text?.fr ?? text?.en ?? text?.nl ?? fallback,
  };
}

const BASIS_WORDS: Record<string, Words> = {
  consent: { nl: 'toestemming', en: 'consent', fr: 'consentement' },
  contract: { nl: 'overeenkomst', en: 'contract', fr: 'contrat' },
  legal_obligation: { nl: 'wettelijke verplichting', en: 'legal obligation', fr: 'obligation légale' },
  vital_interest: { nl: 'vitaal belang', en: 'vital interest', fr: 'intérêt vital' },
  public_interest: { nl: 'algemeen belang', en: 'public interest', fr: 'intérêt public' },
  legitimate_interest: { nl: 'gerechtvaardigd belang', en: 'legitimate interest', fr: 'intérêt légitime' },
};

function basis(value: string | undefined): Words {
  return value ? (BASIS_WORDS[value] ?? { nl: value, en: value, fr: value }) : { nl: 'geen', en: 'none', fr: 'aucune' };
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, { item: T; index: number }> {
  return new Map(list.map((item, index) => [item.id, { item, index }]));
}

function added<T>(from: readonly T[], to: readonly T[]): T[] {
  const before = new Set(from);
  return to.filter((x) => !before.has(x));
}

function retentionWords(duration: string | undefined): string {
  return duration ?? '—';
}

/** Purposes: the heart of what a statement promises. */
function diffPurposes(from: Register, to: Register, out: RegisterChange[]): void {
  // Names come from the new version: that is what the notice describes.
  const before = byId(from.purposes);
  const after = byId(to.purposes);
  for (const [id, { item, index }] of after) {
    const name = label(item.name, id);
    const path = `purposes[${index}]`;
    const old = before.get(id)?.item;
    if (!old) {
      out.push({
        kind: 'purpose-added',
        path,
        material: true,
        summary: {
          nl: `Nieuw doel: ${name.nl} (rechtsgrond: ${basis(item.legal_basis).nl})`,
          en: `New purpose: ${name.en} (legal basis: ${basis(item.legal_basis).en})`,
          fr: `Nouvelle finalité : ${name.fr} (base juridique : ${basis(item.legal_basis).fr})`,
        },
      });
      continue;
    }
    if (old.legal_basis !== item.legal_basis) {
      const [a, b] = [basis(old.legal_basis), basis(item.legal_basis)];
      out.push({
        kind: 'legal-basis-changed',
        path: `${path}.legal_basis`,
        material: true,
        summary: {
          nl: `Andere rechtsgrond voor ${name.nl}: ${a.nl} → ${b.nl}`,
          en: `Changed legal basis for ${name.en}: ${a.en} → ${b.en}`,
          fr: `Base juridique modifiée pour ${name.fr} : ${a.fr} → ${b.fr}`,
        },
      });
    }
    for (const id of added(old.data_categories, item.data_categories)) {
      const category = (lang: 'nl' | 'en' | 'fr') => categoryName(to, id, lang);
      out.push({
        kind: 'data-category-added',
        path: `${path}.data_categories`,
        material: true,
        summary: {
          nl: `${name.nl} gebruikt nu ook: ${category('nl')}`,
          en: `${name.en} now also uses: ${category('en')}`,
          fr: `${name.fr} utilise désormais aussi : ${category('fr')}`,
        },
      });
    }
    for (const id of added(old.data_subjects, item.data_subjects)) {
      const subject = (lang: 'nl' | 'en' | 'fr') => subjectName(to, id, lang);
      out.push({
        kind: 'data-subject-added',
        path: `${path}.data_subjects`,
        material: true,
        summary: {
          nl: `${name.nl} betreft nu ook: ${subject('nl')}`,
          en: `${name.en} now also concerns: ${subject('en')}`,
          fr: `${name.fr} concerne désormais aussi : ${subject('fr')}`,
        },
      });
    }
    if (!old.automated_decision?.solely_automated && item.automated_decision?.solely_automated) {
      out.push({
        kind: 'automated-decision-added',
        path: `${path}.automated_decision`,
        material: true,
        summary: {
          nl: `${name.nl} gebruikt nu geautomatiseerde besluitvorming`,
          en: `${name.en} now uses automated decision-making`,
          fr: `${name.fr} recourt désormais à une décision automatisée`,
        },
      });
    }
    if (
      // Key order is not meaning: a register read back from the database (jsonb) has its keys reordered.
      canonicalJson(old.description) !== canonicalJson(item.description) ||
      canonicalJson(old.name) !== canonicalJson(item.name)
    ) {
      out.push({
        kind: 'purpose-wording-changed',
        path,
        material: false,
        summary: {
          nl: `Andere omschrijving van ${name.nl}`,
          en: `Reworded purpose ${name.en}`,
          fr: `Finalité reformulée : ${name.fr}`,
        },
      });
    }
  }
  for (const [id, { item, index }] of before) {
    if (!after.has(id)) {
      const name = label(item.name, id);
      out.push({
        kind: 'purpose-removed',
        path: `purposes[${index}]`,
        material: false,
        summary: {
          nl: `Doel geschrapt: ${name.nl}`,
          en: `Purpose removed: ${name.en}`,
          fr: `Finalité supprimée : ${name.fr}`,
        },
      });
    }
  }
}

/** Retention: a longer period is material (Art. 13(2)(a)); a shorter one is good news. */
function diffRetention(from: Register, to: Register, out: RegisterChange[]): void {
  const before = byId(from.retention);
  for (const [id, { item, index }] of byId(to.retention)) {
    const old = before.get(id)?.item;
    if (!old || old.duration === item.duration) {
      continue;
    }
    const [a, b] = [retentionWords(old.duration), retentionWords(item.duration)];
    const longer =
      item.duration === 'unlimited' ||
      (item.duration === 'until_withdrawn' && old.duration !== 'unlimited') ||
      (old.duration !== undefined &&
        item.duration !== undefined &&
        isDuration(old.duration) &&
        isDuration(item.duration) &&
        compareDurations(item.duration, old.duration) > 0);
    out.push({
      kind: longer ? 'retention-longer' : 'retention-changed',
      path: `retention[${index}].duration`,
      material: longer,
      summary: longer
        ? {
            nl: `Langere bewaartermijn (${id}): ${a} → ${b}`,
            en: `Longer retention (${id}): ${a} → ${b}`,
            fr: `Conservation plus longue (${id}) : ${a} → ${b}`,
          }
        : {
            nl: `Bewaartermijn gewijzigd (${id}): ${a} → ${b}`,
            en: `Retention changed (${id}): ${a} → ${b}`,
            fr: `Durée de conservation modifiée (${id}) : ${a} → ${b}`,
          },
    });
  }
}

/** Recipients and transfers (Art. 13(1)(e)–(f)): new ones and new third countries must be told. */
function diffRecipients(from: Register, to: Register, out: RegisterChange[]): void {
  const before = byId(from.recipients);
  for (const [id, { item, index }] of byId(to.recipients)) {
    const name = item.name ?? label(item.category, id).en;
    const old = before.get(id)?.item;
    const outside = item.country !== undefined && !isEeaCountry(item.country);
    if (!old) {
      out.push({
        kind: 'recipient-added',
        path: `recipients[${index}]`,
        material: true,
        summary: {
          nl: `Nieuwe ontvanger: ${name}`,
          en: `New recipient: ${name}`,
          fr: `Nouveau destinataire : ${name}`,
        },
      });
    }
    const wasOutside = old?.country !== undefined && !isEeaCountry(old.country);
    if (outside && (!old || !wasOutside || old.country !== item.country)) {
      out.push({
        kind: 'transfer-added',
        path: `recipients[${index}].country`,
        material: true,
        summary: {
          nl: `Nieuwe doorgifte buiten de EER: ${name} (${item.country})`,
          en: `New transfer outside the EEA: ${name} (${item.country})`,
          fr: `Nouveau transfert hors EEE : ${name} (${item.country})`,
        },
      });
    } else if (old && old.transfer?.mechanism !== item.transfer?.mechanism && outside) {
      out.push({
        kind: 'transfer-mechanism-changed',
        path: `recipients[${index}].transfer.mechanism`,
        material: true,
        summary: {
          nl: `Ander doorgiftemechanisme voor ${name}: ${old.transfer?.mechanism ?? '—'} → ${item.transfer?.mechanism ?? '—'}`,
          en: `Changed transfer mechanism for ${name}: ${old.transfer?.mechanism ?? '—'} → ${item.transfer?.mechanism ?? '—'}`,
          fr: `Mécanisme de transfert modifié pour ${name} : ${old.transfer?.mechanism ?? '—'} → ${item.transfer?.mechanism ?? '—'}`,
        },
      });
    }
    for (const purpose of old ? added(old.purposes, item.purposes) : []) {
      out.push({
        kind: 'recipient-purpose-added',
        path: `recipients[${index}].purposes`,
        material: true,
        summary: {
          nl: `${name} ontvangt nu ook gegevens voor: ${purpose}`,
          en: `${name} now also receives data for: ${purpose}`,
          fr: `${name} reçoit désormais aussi des données pour : ${purpose}`,
        },
      });
    }
  }
  for (const [id, { item, index }] of before) {
    if (!to.recipients.some((r) => r.id === id)) {
      const name = item.name ?? label(item.category, id).en;
      out.push({
        kind: 'recipient-removed',
        path: `recipients[${index}]`,
        material: false,
        summary: {
          nl: `Ontvanger geschrapt: ${name}`,
          en: `Recipient removed: ${name}`,
          fr: `Destinataire supprimé : ${name}`,
        },
      });
    }
  }
}

/** Cookies, sub-processors, organisation identity and children's age. */
function diffOther(from: Register, to: Register, out: RegisterChange[]): void {
  const oldCookies = new Set(from.cookies.map((c) => c.name));
  to.cookies.forEach((cookie, index) => {
    if (!oldCookies.has(cookie.name)) {
      // A new non-essential cookie needs fresh consent (the banner asks again); a necessary one is only listed.
      const material = cookie.category !== 'strictly_necessary';
      out.push({
        kind: 'cookie-added',
        path: `cookies[${index}]`,
        material,
        summary: {
          nl: `Nieuwe cookie: ${cookie.name} (${cookie.category})`,
          en: `New cookie: ${cookie.name} (${cookie.category})`,
          fr: `Nouveau cookie : ${cookie.name} (${cookie.category})`,
        },
      });
    }
  });
  const oldActivities = byId(from.processor_activities);
  for (const [id, { item, index }] of byId(to.processor_activities)) {
    // Art. 28(2): every added sub-processor is announced to the controllers.
    for (const sub of added(oldActivities.get(id)?.item.sub_processors ?? [], item.sub_processors)) {
      out.push({
        kind: 'sub-processor-added',
        path: `processor_activities[${index}].sub_processors`,
        material: true,
        summary: {
          nl: `Nieuwe subverwerker: ${sub}`,
          en: `New sub-processor: ${sub}`,
          fr: `Nouveau sous-traitant ultérieur : ${sub}`,
        },
      });
    }
  }
  if (from.organisation.legal_name !== to.organisation.legal_name) {
    out.push({
      kind: 'controller-changed',
      path: 'organisation.legal_name',
      material: true,
      summary: {
        nl: `Andere verwerkingsverantwoordelijke: ${to.organisation.legal_name}`,
        en: `Different controller: ${to.organisation.legal_name}`,
        fr: `Autre responsable du traitement : ${to.organisation.legal_name}`,
      },
    });
  }
  if (
    from.organisation.email !== to.organisation.email ||
    from.organisation.dpo?.email !== to.organisation.dpo?.email
  ) {
    out.push({
      kind: 'contact-changed',
      path: 'organisation',
      material: false,
      summary: { nl: 'Contactgegevens gewijzigd', en: 'Contact details changed', fr: 'Coordonnées modifiées' },
    });
  }
}

/**
 * Compares two register versions and describes each change in NL, EN and FR. `material` marks what people must be
 * told before it takes effect: a new purpose, recipient or third-country transfer, a longer retention period, a
 * changed legal basis, a new data category or data subject for a purpose, new automated decisions, a new
 * non-essential cookie, a new sub-processor (for the controllers), another controller.
 */
export function diffRegisters(from: Register, to: Register): RegisterChange[] {
  const out: RegisterChange[] = [];
  diffPurposes(from, to, out);
  diffRetention(from, to, out);
  diffRecipients(from, to, out);
  diffOther(from, to, out);
  return out;
}
