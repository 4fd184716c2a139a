import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/** The parts of a register the reference check reads (structural, to avoid a cycle with the schema). */
interface Referable {
  data_subjects: { id: string; term?: string | undefined; label?: unknown }[];
  data_categories: { id: string; term?: string | undefined; parent?: string | undefined; label?: unknown }[];
  purposes: { id: string; data_subjects: string[]; data_categories: string[] }[];
  retention: {
    id: string;
    purposes: string[];
    data_categories: string[];
    duration?: string | undefined;
    from?: string | undefined;
  }[];
  recipients: { id: string; purposes: string[]; data_categories: string[] }[];
  processor_activities: { id: string; data_subjects: string[]; data_categories: string[]; sub_processors: string[] }[];
  cookies: { consent_purpose?: string | undefined; recipient?: string | undefined }[];
}

/** The closest candidate when it is a plausible misspelling (edit distance at most a third of the word, min 2). */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) {
    return undefined;
  }
  const best = closest(value, candidates as string[]);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : []);

/**
 * A safe view of possibly invalid input: the check also runs when other parts of the register have shape
 * problems, so every problem is reported in one pass. Positions are kept (bad items become empty placeholders).
 */
function referable(value: unknown): Referable {
  const root = isRecord(value) ? value : {};
  const list = (key: string) =>
    (Array.isArray(root[key]) ? (root[key] as unknown[]) : []).map((x) => (isRecord(x) ? x : {}));
  const common = (x: Record<string, unknown>) => ({
    id: str(x.id) ?? '',
    purposes: strings(x.purposes),
    data_subjects: strings(x.data_subjects),
    data_categories: strings(x.data_categories),
  });
  return {
    data_subjects: list('data_subjects').map((x) => ({ ...common(x), term: str(x.term), label: x.label })),
    data_categories: list('data_categories').map((x) => ({
      ...common(x),
      term: str(x.term),
      parent: str(x.parent),
      label: x.label,
    })),
    purposes: list('purposes').map(common),
    retention: list('retention').map((x) => ({ ...common(x), duration: str(x.duration), from: str(x.from) })),
    recipients: list('recipients').map(common),
    processor_activities: list('processor_activities').map((x) => ({
      ...common(x),
      sub_processors: strings(x.sub_processors),
    })),
    cookies: list('cookies').map((x) => ({ consent_purpose: str(x.consent_purpose), recipient: str(x.recipient) })),
  };
}

/**
 * Cross-checks ids: every reference must name a declared item and ids must be unique, because purposes and data
 * categories are what consent records, retention sweeps and the ingest API refer to. Issues carry `params`
 * (expected, suggestion) that the parser turns into a "did you mean".
 */
export function checkReferences(input: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const register = referable(input);
  const ids = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (item.id === '') {
        return;
      }
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate id "${item.id}" in ${key}` });
      }
      seen.add(item.id);
    });
    return [...seen];
  };
  const subjects = ids(register.data_subjects, 'data_subjects');
  const categories = ids(register.data_categories, 'data_categories');
  const purposes = ids(register.purposes, 'purposes');
  ids(register.retention, 'retention');
  const recipients = ids(register.recipients, 'recipients');
  ids(register.processor_activities, 'processor_activities');

  const sets = new Map([
    ['data_subjects', new Set(subjects)],
    ['data_categories', new Set(categories)],
    ['purposes', new Set(purposes)],
    ['recipients', new Set(recipients)],
  ]);
  const lists = new Map([
    ['data_subjects', subjects],
    ['data_categories', categories],
    ['purposes', purposes],
    ['recipients', recipients],
  ]);
  const check = (value: string | undefined, target: string, path: (string | number)[]) => {
    if (value === undefined || value === '' || sets.get(target)?.has(value)) {
      return;
    }
    const candidates = lists.get(target) ?? [];
    const suggestion = suggest(value, candidates);
    ctx.addIssue({
      code: 'custom',
      path,
      message: `"${value}" is not an id declared in ${target}`,
      params: { expected: `an id from ${target}`, ...(suggestion === undefined ? {} : { suggestion }) },
    });
  };
  const checkAll = (values: string[], target: string, path: (string | number)[]) => {
    values.forEach((value, index) => {
      check(value, target, [...path, index]);
    });
  };

  register.data_subjects.forEach((s, i) => {
    if (s.term === undefined && s.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['data_subjects', i], message: 'give a DPV term or a label' });
    }
  });
  register.data_categories.forEach((c, i) => {
    if (c.term === undefined && (c.parent === undefined || c.label === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['data_categories', i],
        message: 'give a DPV term, or a label with the DPV parent term of a custom category',
      });
    }
  });
  register.purposes.forEach((p, i) => {
    checkAll(p.data_subjects, 'data_subjects', ['purposes', i, 'data_subjects']);
    checkAll(p.data_categories, 'data_categories', ['purposes', i, 'data_categories']);
  });
  register.retention.forEach((r, i) => {
    checkAll(r.purposes, 'purposes', ['retention', i, 'purposes']);
    checkAll(r.data_categories, 'data_categories', ['retention', i, 'data_categories']);
    if (r.duration?.startsWith('P') && r.from === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retention', i, 'from'],
        message: 'a retention period needs the moment it counts from',
        params: { expected: 'collected, last_activity, contract_end, consent_withdrawn, unsubscribed, …' },
      });
    }
  });
  register.recipients.forEach((r, i) => {
    checkAll(r.purposes, 'purposes', ['recipients', i, 'purposes']);
    checkAll(r.data_categories, 'data_categories', ['recipients', i, 'data_categories']);
  });
  register.processor_activities.forEach((a, i) => {
    checkAll(a.data_subjects, 'data_subjects', ['processor_activities', i, 'data_subjects']);
    checkAll(a.data_categories, 'data_categories', ['processor_activities', i, 'data_categories']);
    checkAll(a.sub_processors, 'recipients', ['processor_activities', i, 'sub_processors']);
  });
  register.cookies.forEach((c, i) => {
    check(c.consent_purpose, 'purposes', ['cookies', i, 'consent_purpose']);
    check(c.recipient, 'recipients', ['cookies', i, 'recipient']);
  });
}
