import { childConsentAgeFor, isEeaCountry } from '../legal/legal.js';
import { countryName, fill, joinAnd, joinInlines, localized, strong, text } from './statement.format.js';
import { purposeName, type RenderContext, recipientLabel } from './statement.labels.js';
import type { Block, Inline, StatementSection } from './statement.types.js';

/*
 * Sections a statement has only when the register holds their subject: third-country transfers, automated
 * decisions, children, security. Each returns undefined otherwise, so the statement never promises what the
 * register does not say.
 */

/** Third-country transfers and their safeguard (Art. 13(1)(f)); only for recipients outside the EEA. */
export function transfersSection(ctx: RenderContext): StatementSection | undefined {
  const outside = ctx.register.recipients.filter((r) => r.country !== undefined && !isEeaCountry(r.country));
  if (outside.length === 0) {
    return undefined;
  }
  const m = ctx.t.transfers.mechanisms;
  const items = outside.map((r) => {
    const country = countryName(r.country ?? '', ctx.lang);
    const runs: Inline[] = [
      strong(recipientLabel(ctx, r).text),
      text(` (${country}): ${r.transfer ? m[r.transfer.mechanism] : m.none}`),
    ];
    if (r.transfer?.art49_ground !== undefined) {
      runs.push(text(` (${r.transfer.art49_ground})`));
    }
    const safeguards = localized(r.transfer?.safeguards, ctx.lang);
    if (safeguards) {
      runs.push(text('. '), safeguards);
    }
    return runs;
  });
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(ctx.t.transfers.intro)] },
    { kind: 'list', items },
  ];
  if (outside.some((r) => r.transfer?.mechanism === 'scc' || r.transfer?.mechanism === 'bcr')) {
    blocks.push({ kind: 'paragraph', content: [text(ctx.t.transfers.copy)] });
  }
  return { id: 'transfers', heading: ctx.t.headings.transfers, blocks };
}

/** Automated decisions: logic, significance and consequences (Art. 13(2)(f), Art. 22). */
export function automatedSection(ctx: RenderContext): StatementSection | undefined {
  const a = ctx.t.automated;
  const purposes = ctx.register.purposes.filter(
    (p) => p.automated_decision && (p.automated_decision.solely_automated || p.automated_decision.profiling === true),
  );
  if (purposes.length === 0) {
    return undefined;
  }
  const blocks: Block[] = [{ kind: 'paragraph', content: [text(a.intro)] }];
  for (const purpose of purposes) {
    const decision = purpose.automated_decision;
    blocks.push({ kind: 'heading', content: [purposeName(ctx, purpose)] });
    const items: { term: string; description: Inline[] }[] = [];
    const logic = localized(decision?.logic, ctx.lang);
    if (logic) {
      items.push({ term: ctx.t.labels.logic, description: [logic] });
    }
    const significance = localized(decision?.significance, ctx.lang);
    if (significance) {
      items.push({ term: ctx.t.labels.significance, description: [significance] });
    }
    const rights: string[] = [];
    if (decision?.profiling) {
      rights.push(a.profiling);
    }
    if (decision?.basis) {
      rights.push(a.basis[decision.basis]);
    }
    const safeguards = (decision?.safeguards ?? []).map((s) => a.safeguard[s]);
    if (safeguards.length > 0) {
      rights.push(a.safeguards(joinAnd(safeguards, ctx.lang)));
    }
    if (rights.length > 0) {
      items.push({ term: ctx.t.labels.yourRights, description: [text(rights.join(' '))] });
    }
    if (items.length > 0) {
      blocks.push({ kind: 'definitions', items });
    }
  }
  return { id: 'automated-decisions', heading: ctx.t.headings['automated-decisions'], blocks };
}

/** Children: the age of digital consent and parental consent (Art. 8); only when the register involves children. */
export function childrenSection(ctx: RenderContext): StatementSection | undefined {
  const { register } = ctx;
  const purposes = register.purposes.filter((p) => p.children === true);
  if (!register.children && purposes.length === 0) {
    return undefined;
  }
  const c = ctx.t.children;
  const blocks: Block[] = [];
  const country = register.organisation.country;
  const ages = Object.entries(register.children?.min_age ?? {});
  const ownAge = register.children?.min_age[country] ?? childConsentAgeFor(country)?.age;
  if (ages.length > 1) {
    blocks.push({ kind: 'list', items: ages.map(([code, age]) => [text(c.ageIn(countryName(code, ctx.lang), age))]) });
  } else if (ownAge !== undefined || ages[0]) {
    blocks.push({ kind: 'paragraph', content: [text(c.age(ownAge ?? ages[0]?.[1] ?? 16))] });
  }
  const parental = localized(register.children?.parental_consent, ctx.lang);
  if (parental) {
    blocks.push({ kind: 'paragraph', content: [parental] });
  }
  if (purposes.length > 0) {
    const names = joinInlines(
      purposes.map((p) => purposeName(ctx, p)),
      ctx.lang,
    );
    blocks.push({ kind: 'paragraph', content: fill(c.purposes, names) });
  }
  return { id: 'children', heading: ctx.t.headings.children, blocks };
}

/** Security measures in a few lines (Art. 32); only what the register states. */
export function securitySection(ctx: RenderContext): StatementSection | undefined {
  const security = ctx.register.security;
  if (!security) {
    return undefined;
  }
  const blocks: Block[] = [];
  const summary = localized(security.summary, ctx.lang);
  if (summary) {
    blocks.push({ kind: 'paragraph', content: [summary] });
  }
  const measures = security.measures.flatMap((m) => {
    const run = localized(m, ctx.lang);
    return run ? [[run]] : [];
  });
  if (measures.length > 0) {
    blocks.push({ kind: 'list', items: measures });
  }
  if (security.standards && security.standards.length > 0) {
    blocks.push({
      kind: 'paragraph',
      content: [text(ctx.t.security.standards(joinAnd(security.standards, ctx.lang)))],
    });
  }
  return blocks.length > 0 ? { id: 'security', heading: ctx.t.headings.security, blocks } : undefined;
}
