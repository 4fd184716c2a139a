import { lintRegister } from '../../lint/index.js';
import type { LintFinding } from '../../lint/lint.types.js';
import { parseRegister, type RegisterProblem } from '../../register/index.js';
import { findPersonalDataTerm } from '../../vocabulary/vocabulary.js';
import { findDataTermsIn } from '../extract/data-category.extract.js';
import { sentenceAt } from '../extract/extract.context.js';
import { parseAddress, stripTitlePrefix } from '../extract/identity.extract.js';
import type { Element, ImportResult, Span } from '../import.types.js';
import { type DraftSource, type DraftTodo, renderDraftYaml } from './draft-yaml.js';

export type { DraftSource } from './draft-yaml.js';

/** A register drafted from an imported statement, every element traced to the sentence it came from. */
export interface DraftRegister {
  /** The draft as a register object in the format of src/domain/register (RegisterInput shape). */
  register: Record<string, unknown>;
  /**
   * YAML text of the draft, with a comment above each drafted element quoting (shortened) the sentence it came
   * from, and `# TODO:` comments where the statement says nothing that the register needs.
   */
  yaml: string;
  /** Register path (e.g. `purposes[2].legal_basis`) → the source span, sentence and confidence it was drafted from. */
  sources: DraftSource[];
  /** Schema problems of the draft (what is missing), from parseRegister. */
  problems: RegisterProblem[];
  /** Lint findings (what is wrong), from lintRegister on the draft (without the entries that fail the schema). */
  findings: LintFinding[];
}

type Obj = Record<string, unknown>;

// The importer's retention triggers → the register's RetentionTrigger. A customer relationship ends with its
// contract; the "last …" triggers all count from the person's last activity.
const TRIGGER_MAP: Record<string, string> = {
  contract_end: 'contract_end',
  relationship_end: 'contract_end',
  last_transaction: 'last_activity',
  last_login: 'last_activity',
  last_interaction: 'last_activity',
  last_contact: 'last_activity',
};
const TAX = /fiscal\w*|fiscaux|belasting\w*|\btax\w*|imp[ôo]ts?|btw|tva|\bvat\b/i;
const ACCOUNTING = /boekhoud\w*|accounting|comptab\w*|boekhouding/i;

/** Lower-case kebab id from any text: `EmailAddress` → `email-address`, `legal_obligation` → `legal-obligation`. */
export function kebabId(text: string): string {
  const id = text
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.length > 0 ? id : 'item';
}

/** A sentence shortened to at most `max` characters at a word boundary. */
export function shorten(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) {
    return t;
  }
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Gives a unique id within `used`, adding -2, -3 … when needed. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) {
    id = `${base}-${n}`;
  }
  used.add(id);
  return id;
}

/**
 * Drafts a register from an imported statement. Only what the statement supports is drafted, each element with its
 * source (span, sentence, confidence); what the register needs and the statement does not say stays out, with a
 * `# TODO:` in the YAML, so that the schema check and the lint report it as missing. Pure: the clock is injected.
 */
export function draftRegister(result: ImportResult, options: { now: Date }): DraftRegister {
  const x = result.extraction;
  const lang = result.language;
  const text = (s: string) => ({ [lang]: s });
  const sources: DraftSource[] = [];
  const todos: DraftTodo[] = [];
  const from = (path: string, e: Element<unknown>) =>
    sources.push({ path, span: e.span, sentence: e.sentence, confidence: e.confidence });
  const todo = (path: string, message: string) => todos.push({ path, message });
  const quoted = (span: Span) => result.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // The sentence an element sits in, to relate elements said in the same sentence.
  const sentenceOf = (span: Span) => sentenceAt(result.sentences, span)?.index ?? -1;

  const register: Obj = { version: 1 };

  // Organisation (Art. 13(1)(a), 30(1)(a)).
  const org: Obj = {};
  const o = x.organisation;
  if (o.name) {
    org.legal_name = stripTitlePrefix(o.name.value);
    from('organisation.legal_name', o.name);
  } else {
    todo('organisation', 'legal_name: the statement does not name the organisation.');
  }
  const address = o.address ? parseAddress(o.address.value) : undefined;
  if (o.address && address && x.country) {
    org.address = { ...address, country: x.country.value };
    from('organisation.address', o.address);
    from('organisation.address.country', x.country);
  } else {
    todo('organisation', 'address: the statement gives no postal address of the organisation.');
  }
  if (x.country) {
    org.country = x.country.value;
    from('organisation.country', x.country);
  } else {
    todo('organisation', 'country: the statement does not show the country of establishment.');
  }
  if (o.enterpriseNumber?.value.valid) {
    org.enterprise_number = o.enterpriseNumber.value.number;
    from('organisation.enterprise_number', o.enterpriseNumber);
  } else if (o.enterpriseNumber) {
    todo('organisation', `enterprise_number: "${o.enterpriseNumber.value.number}" in the statement fails its check.`);
  }
  if (o.email) {
    org.email = o.email.value;
    from('organisation.email', o.email);
  }
  if (o.phone) {
    org.phone = o.phone.value;
    from('organisation.phone', o.phone);
  }
  if (!o.email && !o.phone) {
    todo('organisation', 'email / phone: the statement gives no contact for privacy matters.');
  }
  const first = result.sentences[0];
  org.languages = [lang];
  sources.push({
    path: 'organisation.languages',
    span: { start: 0, end: result.text.length },
    sentence: first?.text ?? '',
    confidence: 0.9,
  });
  if (x.dpo.email || x.dpo.name) {
    // The DPO is named by function: the register is published, never a person's name.
    const dpo: Obj = { function: 'DPO' };
    from('organisation.dpo', (x.dpo.email ?? x.dpo.name) as Element<string>);
    if (x.dpo.email) {
      dpo.email = x.dpo.email.value;
      from('organisation.dpo.email', x.dpo.email);
    }
    org.dpo = dpo;
  }
  register.organisation = org;

  const roles = [...new Set(x.roles.map((r) => r.value))];
  register.roles = roles;
  for (const r of x.roles) {
    from(`roles[${roles.indexOf(r.value)}]`, r);
  }

  // Data categories as DPV terms; their ids are referred to by purposes and retention rules.
  const usedIds = new Set<string>();
  const categories: { id: string; e: Element<string> }[] = [];
  const dataCategories: Obj[] = [];
  for (const e of x.dataCategories) {
    if (!findPersonalDataTerm(e.value)) {
      continue;
    }
    const id = uniqueId(kebabId(e.value), usedIds);
    from(`data_categories[${dataCategories.length}]`, e);
    dataCategories.push({ id, term: e.value, label: text(quoted(e.span)) });
    categories.push({ id, e });
  }
  if (dataCategories.length > 0) {
    register.data_categories = dataCategories;
  } else {
    todo('', 'data_categories: the statement lists no personal data.');
  }
  todo('', 'data_subjects: the statement does not group the people whose data it processes.');
  // The drafted categories a sentence mentions, each traced to its mention in that sentence.
  const categoriesIn = (sentence: number): { id: string; e: Element<string> }[] => {
    const s = result.sentences[sentence];
    if (!s) {
      return [];
    }
    return findDataTermsIn(s.text).flatMap((t) => {
      const c = categories.find((k) => k.e.value === t.term);
      const span = { start: s.span.start + t.start, end: s.span.start + t.end };
      return c ? [{ id: c.id, e: { ...c.e, span, sentence: s.text } }] : [];
    });
  };

  // One purpose per legal basis, named after the sentence that gives it.
  const purposes: Obj[] = [];
  const purposeSentences: { id: string; sentence: number }[] = [];
  for (const e of x.legalBases) {
    const path = `purposes[${purposes.length}]`;
    const id = uniqueId(kebabId(e.value), usedIds);
    const sentence = sentenceOf(e.span);
    const purpose: Obj = { id, name: text(shorten(e.sentence, 80)), description: text(e.sentence.trim()) };
    from(path, e);
    purpose.legal_basis = e.value;
    from(`${path}.legal_basis`, e);
    const used = categoriesIn(sentence);
    if (used.length > 0) {
      purpose.data_categories = used.map((c) => c.id);
      for (const [j, c] of used.entries()) {
        from(`${path}.data_categories[${j}]`, c.e);
      }
    } else {
      todo(path, 'data_categories: the sentence does not say which data this purpose uses.');
    }
    if (e.value === 'legitimate_interest') {
      todo(path, 'legitimate_interest: the interest pursued and the balancing (Art. 6(1)(f)).');
    }
    if (used.some((c) => x.specialCategories.some((s) => s.value === c.e.value))) {
      todo(path, 'art9_condition: the purpose uses special-category data (Art. 9(2)).');
    }
    purposes.push(purpose);
    purposeSentences.push({ id, sentence });
  }
  if (purposes.length > 0) {
    register.purposes = purposes;
  } else {
    todo('', 'purposes: the statement gives no legal basis, so no purpose could be drafted (Art. 13(1)(c)).');
  }

  // Retention rules (Art. 13(2)(a), 30(1)(f)).
  const retention: Obj[] = [];
  for (const e of x.retention) {
    const path = `retention[${retention.length}]`;
    const { period, trigger } = e.value;
    const rule: Obj = { id: uniqueId(kebabId(`retention-${period}${trigger ? `-${trigger}` : ''}`), usedIds) };
    from(path, e);
    const sentence = sentenceOf(e.span);
    const forPurposes = purposeSentences.filter((p) => p.sentence === sentence).map((p) => p.id);
    if (forPurposes.length > 0) {
      rule.purposes = forPurposes;
      from(`${path}.purposes`, e);
    }
    const forCategories = categoriesIn(sentence);
    if (forCategories.length > 0) {
      rule.data_categories = forCategories.map((c) => c.id);
      for (const [j, c] of forCategories.entries()) {
        from(`${path}.data_categories[${j}]`, c.e);
      }
    }
    if (forPurposes.length === 0 && forCategories.length === 0) {
      todo(path, 'purposes / data_categories: the sentence does not say which data or purpose this period is for.');
    }
    rule.duration = period;
    from(`${path}.duration`, e);
    const mapped = trigger ? TRIGGER_MAP[trigger] : undefined;
    if (mapped) {
      rule.from = mapped;
      from(`${path}.from`, e);
    } else if (period.startsWith('P')) {
      todo(path, 'from: the statement does not say from when the period counts.');
    }
    const kind = TAX.test(e.sentence) ? 'tax' : ACCOUNTING.test(e.sentence) ? 'accounting' : undefined;
    if (kind && period.startsWith('P')) {
      rule.statutory = { kind };
      from(`${path}.statutory`, { ...e, confidence: Math.min(e.confidence, 0.6) });
    }
    retention.push(rule);
  }
  if (retention.length > 0) {
    register.retention = retention;
  } else {
    todo('', 'retention: the statement gives no retention period (Art. 13(2)(a)).');
  }

  // Recipients: named processors, then the categories the statement names without a company.
  const recipients: Obj[] = [];
  const namedSpans = x.subprocessors.map((e) => e.span.start);
  for (const e of x.subprocessors) {
    const path = `recipients[${recipients.length}]`;
    const recipient: Obj = { id: uniqueId(kebabId(e.value), usedIds), name: e.value };
    const type = x.recipientTypes.find((t) => t.span.start === e.span.start);
    if (type) {
      recipient.type = type.value;
    }
    recipient.role = 'processor';
    from(path, e);
    todo(path, 'agreement: the processing agreement (Art. 28(3)); country: where it processes the data.');
    recipients.push(recipient);
  }
  for (const e of x.recipientTypes) {
    if (namedSpans.includes(e.span.start)) {
      continue;
    }
    const path = `recipients[${recipients.length}]`;
    const isAuthority = e.value === 'legal_authority';
    recipients.push({
      id: uniqueId(kebabId(e.value), usedIds),
      category: text(quoted(e.span)),
      type: e.value,
      role: isAuthority ? 'authority' : 'other',
    });
    from(path, e);
    if (!isAuthority) {
      todo(path, 'role: the statement does not say whether this recipient is a processor or a controller.');
    }
  }
  if (recipients.length > 0) {
    register.recipients = recipients;
  }
  if (x.transfersOutsideEea?.value) {
    todo('', 'recipients[].country / transfer: the statement says data leave the EEA; name where and how (Ch. V).');
  }

  // Processor activities (Art. 30(2)): only the commitments the statement states.
  if (roles.includes('processor')) {
    if (x.breachNoticeToController) {
      const activity: Obj = { id: uniqueId('processing-for-customers', usedIds) };
      activity.breach_notice_to_controller = x.breachNoticeToController.value;
      from('processor_activities[0].breach_notice_to_controller', x.breachNoticeToController);
      register.processor_activities = [activity];
      todo('processor_activities[0]', 'name, controllers, categories_of_processing: Art. 30(2)(a)–(b).');
    } else {
      todo('', 'processor_activities: the statement says it acts as processor but not for what (Art. 30(2)).');
    }
  }

  // Cookies: names and categories; provider, party, duration and purpose are rarely in a privacy statement.
  const cookies: Obj[] = [];
  for (const e of x.cookies) {
    const path = `cookies[${cookies.length}]`;
    const cookie: Obj = { name: e.value };
    from(path, e);
    const sameSentence = x.cookieCategories.filter((c) => sentenceOf(c.span) === sentenceOf(e.span));
    const category =
      sameSentence.length === 1 ? sameSentence[0] : x.cookieCategories.length === 1 ? x.cookieCategories[0] : undefined;
    if (category) {
      cookie.category = category.value;
      from(`${path}.category`, category);
    }
    todo(path, `provider, party, duration, purpose${category ? '' : ', category'}: not in the statement.`);
    cookies.push(cookie);
  }
  if (cookies.length > 0) {
    register.cookies = cookies;
  } else if (x.cookieCategories.length > 0) {
    const named = [...new Set(x.cookieCategories.map((c) => c.value))].join(', ');
    todo('', `cookies: the statement names cookie categories (${named}) but no cookies; list them from a scan.`);
  }

  // Rights handling (Art. 12).
  const rights: Obj = {};
  if (x.requestDeadline) {
    rights.response_deadline = x.requestDeadline.value;
    from('rights.response_deadline', x.requestDeadline);
  }
  if (x.requestExtension) {
    rights.extension = x.requestExtension.value;
    from('rights.extension', x.requestExtension);
  }
  if (x.idCopyRequired?.value) {
    rights.identity_verification = { method: 'id_copy' };
    from('rights.identity_verification.method', x.idCopyRequired);
  }
  if (Object.keys(rights).length > 0) {
    register.rights = rights;
  }
  todo(Object.keys(rights).length > 0 ? 'rights' : '', 'rights.channels: how requests reach the organisation.');

  // Age of digital consent (Art. 8), for the country the statement is written for.
  if (x.childrenMinAge && x.country) {
    register.children = { min_age: { [x.country.value]: x.childrenMinAge.value } };
    from(`children.min_age.${x.country.value}`, x.childrenMinAge);
  }

  const day = options.now.toISOString().slice(0, 10);
  const yaml = renderDraftYaml(register, sources, todos, {
    title: `Register drafted by the Dijk importer on ${day} from a statement in ${lang.toUpperCase()}. Review every element and TODO.`,
    notes: { 'organisation.languages': 'the language the statement is written in' },
  });
  return { register, yaml, sources, ...checkDraft(register, yaml, options.now) };
}

/**
 * Validates the draft and lints it. When entries fail the schema (a cookie without provider or duration), the lint
 * runs on the draft without them, so the findings still say what is wrong with the rest.
 */
function checkDraft(register: Obj, yaml: string, now: Date): { problems: RegisterProblem[]; findings: LintFinding[] } {
  const parsed = parseRegister(yaml, 'draft.yaml');
  if (parsed.ok) {
    return { problems: [], findings: lintRegister(parsed.register, { now }) };
  }
  const pruned = structuredClone(register);
  for (const problem of parsed.problems) {
    const m = /^(\w+)\[(\d+)\]/.exec(problem.path);
    const list = m?.[1] ? pruned[m[1]] : undefined;
    if (m && Array.isArray(list)) {
      list[Number(m[2])] = undefined;
    }
  }
  for (const [key, value] of Object.entries(pruned)) {
    if (Array.isArray(value)) {
      pruned[key] = value.filter((v) => v !== undefined);
    }
  }
  const retry = parseRegister(JSON.stringify(pruned), 'draft.json');
  return { problems: parsed.problems, findings: retry.ok ? lintRegister(retry.register, { now }) : [] };
}
