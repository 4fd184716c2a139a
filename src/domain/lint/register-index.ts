import type { Register } from '../register/register.schema.js';
import { isCriminalTerm, isSpecialCategoryTerm } from '../vocabulary/vocabulary.js';

type Purpose = Register['purposes'][number];
type RetentionRule = Register['retention'][number];
type Recipient = Register['recipients'][number];

/**
 * Lookups built once per lint run so every rule stays linear in the size of the register (500 purposes and
 * 2,000 cookies must lint in well under 200 ms): maps by id instead of nested scans.
 */
export interface RegisterIndex {
  purposeById: ReadonlyMap<string, Purpose>;
  purposeIndex: ReadonlyMap<string, number>;
  recipientById: ReadonlyMap<string, Recipient>;
  /** Retention rules per purpose id (rules naming the purpose, plus rules naming one of its categories). */
  retentionByPurpose: ReadonlyMap<string, RetentionRule[]>;
  specialCategories: ReadonlySet<string>;
  criminalCategories: ReadonlySet<string>;
  cookiePurposes: ReadonlySet<string>;
  /** Every string value with its path, lower-cased, for the outdated-reference scan (LEGAL.md §9). */
  texts: readonly { path: string; lower: string }[];
}

function collectTexts(value: unknown, path: string, out: { path: string; lower: string }[]): void {
  if (typeof value === 'string') {
    out.push({ path, lower: value.toLowerCase() });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectTexts(item, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      collectTexts(item, path ? `${path}.${key}` : key, out);
    }
  }
}

/** Builds the {@link RegisterIndex} of a register. */
export function indexRegister(register: Register): RegisterIndex {
  const purposeById = new Map(register.purposes.map((p) => [p.id, p]));
  const purposeIndex = new Map(register.purposes.map((p, i) => [p.id, i]));
  const recipientById = new Map(register.recipients.map((r) => [r.id, r]));

  const specialCategories = new Set<string>();
  const criminalCategories = new Set<string>();
  for (const c of register.data_categories) {
    const term = c.term ?? c.parent;
    if (c.special === true || (term !== undefined && isSpecialCategoryTerm(term))) {
      specialCategories.add(c.id);
    }
    if (term !== undefined && isCriminalTerm(term)) {
      criminalCategories.add(c.id);
    }
  }

  const retentionByCategory = new Map<string, RetentionRule[]>();
  const retentionByPurpose = new Map<string, RetentionRule[]>();
  const push = <K>(map: Map<K, RetentionRule[]>, key: K, rule: RetentionRule) => {
    const list = map.get(key);
    if (list) {
      list.push(rule);
    } else {
      map.set(key, [rule]);
    }
  };
  for (const rule of register.retention) {
    for (const id of rule.purposes) {
      push(retentionByPurpose, id, rule);
    }
    if (rule.purposes.length === 0) {
      for (const id of rule.data_categories) {
        push(retentionByCategory, id, rule);
      }
    }
  }
  for (const purpose of register.purposes) {
    for (const category of purpose.data_categories) {
      for (const rule of retentionByCategory.get(category) ?? []) {
        push(retentionByPurpose, purpose.id, rule);
      }
    }
  }
  const cookiePurposes = new Set(register.cookies.flatMap((c) => (c.consent_purpose ? [c.consent_purpose] : [])));
  const texts: { path: string; lower: string }[] = [];
  collectTexts(register, '', texts);
  return {
    texts,
    purposeById,
    purposeIndex,
    recipientById,
    retentionByPurpose,
    specialCategories,
    criminalCategories,
    cookiePurposes,
  };
}
