import { isDuration } from '../register/duration.js';
import type { Register } from '../register/register.schema.js';
import { capitalise, durationWords, joinInlines, joinOr, link, localized, text } from './statement.format.js';
import { categoryLabel, isSpecialCategory, purposeName, type RenderContext, subjectLabel } from './statement.labels.js';
import type { Block, Inline, StatementSection } from './statement.types.js';

type Purpose = Register['purposes'][number];
type RetentionRule = Register['retention'][number];

/** The retention rules that apply to a purpose: those naming it, and category-only rules for its categories. */
export function rulesForPurpose(register: Register, purpose: Purpose): RetentionRule[] {
  return register.retention.filter(
    (rule) =>
      rule.purposes.includes(purpose.id) ||
      (rule.purposes.length === 0 && rule.data_categories.some((id) => purpose.data_categories.includes(id))),
  );
}

/**
 * A retention rule in words (Art. 13(2)(a)): "7 years after the end of the contract; then we delete them",
 * "until you unsubscribe", or the criteria when there is no fixed period.
 */
export function retentionWords(ctx: RenderContext, rule: RetentionRule): Inline[] {
  const r = ctx.t.retention;
  const runs: Inline[] = [];
  if (rule.duration === 'until_withdrawn') {
    runs.push(text(rule.from === 'unsubscribed' ? r.untilUnsubscribed : r.untilWithdrawn));
  } else if (rule.duration !== undefined && isDuration(rule.duration)) {
    const period = durationWords(rule.duration, ctx.t);
    runs.push(text(rule.from ? r.period(period, r.after[rule.from]) : period));
    runs.push(text(r.action[rule.action]));
  } else {
    const criteria = localized(rule.criteria, ctx.lang);
    runs.push(criteria ?? text(r.noFixedPeriod));
  }
  if (rule.statutory) {
    const law = r.statutoryKind[rule.statutory.kind];
    // A reference that only repeats the kind of law ("Belastingwetgeving") adds nothing; the reader sees it once.
    const reference = rule.statutory.reference;
    const extra = reference && !law.toLowerCase().includes(reference.toLowerCase()) ? reference : undefined;
    runs.push(text(` (${r.statutory(law, extra)})`));
  }
  return runs;
}

function retentionDescription(ctx: RenderContext, purpose: Purpose, rules: RetentionRule[]): Inline[] {
  // A rule for certain categories only is prefixed with them, so the reader sees which data it governs.
  const items = rules.map((rule) => {
    const scoped =
      rule.purposes.length === 0 ? rule.data_categories.filter((id) => purpose.data_categories.includes(id)) : [];
    if (scoped.length === 0) {
      return retentionWords(ctx, rule);
    }
    const names = joinInlines(
      scoped.map((id) => categoryLabel(ctx, id)),
      ctx.lang,
    );
    return [...names, text(ctx.t.colon), ...retentionWords(ctx, rule)];
  });
  return items.flatMap((runs, i) => (i === 0 ? runs : [text(' · '), ...runs]));
}

function legalBasisDescription(ctx: RenderContext, purpose: Purpose): Inline[] {
  const p = ctx.t.purposes;
  const runs: Inline[] = [];
  if (purpose.legal_basis) {
    runs.push(text(`${p.legalBasis[purpose.legal_basis]}.`));
  }
  if (purpose.art9_condition) {
    runs.push(text(` ${p.art9Prefix}${p.art9[purpose.art9_condition]}.`));
  }
  if (purpose.art10_law) {
    runs.push(text(` ${p.art10(purpose.art10_law)}.`));
  }
  return runs;
}

function dataDescription(ctx: RenderContext, purpose: Purpose): Inline[] {
  const labels = purpose.data_categories.map((id) => {
    const label = categoryLabel(ctx, id);
    return isSpecialCategory(ctx, id) ? { ...label, text: `${label.text} ${ctx.t.purposes.specialCategory}` } : label;
  });
  return capitalised(joinInlines(labels, ctx.lang));
}

function capitalised(runs: Inline[]): Inline[] {
  const [first, ...rest] = runs;
  return first ? [{ ...first, text: capitalise(first.text) }, ...rest] : runs;
}

function withdrawalDescription(ctx: RenderContext, purpose: Purpose): Inline[] {
  const p = ctx.t.purposes;
  const methods = (purpose.consent?.withdrawal ?? []).map((m) => p.withdrawalMethods[m]);
  const runs = [text(methods.length > 0 ? p.withdrawal(joinOr(methods, ctx.lang)) : p.withdrawalAnyTime)];
  if (ctx.links.preferences) {
    runs.push(text(' '), link(ctx.t.purposes.preferencesLink, ctx.links.preferences));
  }
  return runs;
}

function purposeBlocks(ctx: RenderContext, purpose: Purpose): Block[] {
  const l = ctx.t.labels;
  const p = ctx.t.purposes;
  const blocks: Block[] = [{ kind: 'heading', content: [purposeName(ctx, purpose)] }];
  const description = localized(purpose.description, ctx.lang);
  if (description) {
    blocks.push({ kind: 'paragraph', content: [description] });
  }
  const items: { term: string; description: Inline[] }[] = [];
  if (purpose.data_subjects.length > 0) {
    const subjects = joinInlines(
      purpose.data_subjects.map((id) => subjectLabel(ctx, id)),
      ctx.lang,
    );
    items.push({ term: l.subjects, description: capitalised(subjects) });
  }
  if (purpose.data_categories.length > 0) {
    items.push({ term: l.data, description: dataDescription(ctx, purpose) });
  }
  const basis = legalBasisDescription(ctx, purpose);
  if (basis.length > 0) {
    items.push({ term: l.legalBasis, description: basis });
  }
  // Art. 13(1)(d): the legitimate interest itself, not just the basis.
  const interest =
    purpose.legal_basis === 'legitimate_interest' ? localized(purpose.legitimate_interest, ctx.lang) : undefined;
  if (interest) {
    items.push({ term: l.interest, description: [interest] });
  }
  const rules = rulesForPurpose(ctx.register, purpose);
  if (rules.length > 0) {
    items.push({ term: l.retention, description: capitalised(retentionDescription(ctx, purpose, rules)) });
  }
  const sources = purpose.source ?? [];
  const detail = localized(purpose.source_detail, ctx.lang);
  if (sources.length > 0 || detail) {
    const runs: Inline[] = sources.map((s, i) => text(`${i > 0 ? ' ' : ''}${p.source[s]}`));
    items.push({ term: l.source, description: detail ? [...runs, text(runs.length > 0 ? ' ' : ''), detail] : runs });
  }
  if (purpose.provision) {
    const consequence = localized(purpose.provision.consequence, ctx.lang);
    const runs = [text(p.provision[purpose.provision.requirement])];
    items.push({ term: l.provision, description: consequence ? [...runs, text(' '), consequence] : runs });
  }
  // Art. 13(2)(c), Art. 7(3): the right to withdraw consent at any time, told where consent is asked.
  if (purpose.legal_basis === 'consent') {
    items.push({ term: l.withdrawal, description: withdrawalDescription(ctx, purpose) });
  }
  if (items.length > 0) {
    blocks.push({ kind: 'definitions', items });
  }
  return blocks;
}

/** The purposes section: per purpose its data, legal basis, retention, source and provision (Art. 13–14). */
export function purposesSection(ctx: RenderContext): StatementSection {
  const purposes = ctx.register.purposes;
  const blocks: Block[] =
    purposes.length === 0
      ? [{ kind: 'paragraph', content: [text(ctx.t.purposes.none)] }]
      : [
          { kind: 'paragraph', content: [text(ctx.t.purposes.intro)] },
          ...purposes.flatMap((p) => purposeBlocks(ctx, p)),
          ...otherRetentionBlocks(ctx),
        ];
  return { id: 'purposes', heading: ctx.t.headings.purposes, blocks };
}

/**
 * Retention rules that no purpose above shows (they name only data categories no purpose uses): the statement
 * still tells every period the register holds (Art. 13(2)(a)), each with the data it governs.
 */
function otherRetentionBlocks(ctx: RenderContext): Block[] {
  const shown = new Set(ctx.register.purposes.flatMap((p) => rulesForPurpose(ctx.register, p)));
  const others = ctx.register.retention.filter((rule) => !shown.has(rule));
  if (others.length === 0) {
    return [];
  }
  return [
    { kind: 'heading', content: [text(ctx.t.purposes.otherRetention)] },
    {
      kind: 'list',
      items: others.map((rule) => {
        const names = joinInlines(
          rule.data_categories.map((id) => categoryLabel(ctx, id)),
          ctx.lang,
        );
        return names.length > 0
          ? [...capitalised(names), text(ctx.t.colon), ...retentionWords(ctx, rule)]
          : capitalised(retentionWords(ctx, rule));
      }),
    },
  ];
}
