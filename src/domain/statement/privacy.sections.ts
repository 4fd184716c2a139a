import type { Register } from '../register/register.schema.js';
import { countryName, fill, formatDate, joinAnd, joinInlines, link, localized, text } from './statement.format.js';
import { purposeName, type RenderContext, recipientLabel } from './statement.labels.js';
import type { Block, Inline, StatementSection } from './statement.types.js';

type Recipient = Register['recipients'][number];
type Address = { street: string; postal_code: string; city: string; country: string };

function addressText(ctx: RenderContext, a: Address): string {
  return `${a.street}, ${a.postal_code} ${a.city}, ${countryName(a.country, ctx.lang)}`;
}

function mail(address: string): Inline {
  return link(address, `mailto:${address}`);
}

function contactItems(
  ctx: RenderContext,
  c: { address?: Address | undefined; email?: string | undefined; phone?: string | undefined },
) {
  const l = ctx.t.labels;
  const items: { term: string; description: Inline[] }[] = [];
  if (c.address) {
    items.push({ term: l.address, description: [text(addressText(ctx, c.address))] });
  }
  if (c.email !== undefined) {
    items.push({ term: l.email, description: [mail(c.email)] });
  }
  if (c.phone !== undefined) {
    items.push({ term: l.phone, description: [text(c.phone)] });
  }
  return items;
}

/** Who the controller is and how to reach it (Art. 13(1)(a)), and its EU representative (Art. 27). */
export function controllerSection(ctx: RenderContext): StatementSection {
  const org = ctx.register.organisation;
  const t = ctx.t;
  const blocks: Block[] = [{ kind: 'paragraph', content: [text(t.controller.intro(org.legal_name))] }];
  const description = localized(org.description, ctx.lang);
  if (description) {
    blocks.push({ kind: 'paragraph', content: [description] });
  }
  if (org.trade_names && org.trade_names.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text(t.controller.tradeNames(joinAnd(org.trade_names, ctx.lang)))] });
  }
  const items = contactItems(ctx, org);
  if (org.enterprise_number !== undefined) {
    items.push({ term: t.labels.enterpriseNumber, description: [text(org.enterprise_number)] });
  }
  if (org.vat_number !== undefined) {
    items.push({ term: t.labels.vatNumber, description: [text(org.vat_number)] });
  }
  if (org.website !== undefined) {
    items.push({ term: t.labels.website, description: [link(org.website, org.website)] });
  }
  blocks.push({ kind: 'definitions', items });
  if (org.representative) {
    blocks.push({ kind: 'paragraph', content: [text(t.controller.representative(org.representative.name))] });
    const rep = contactItems(ctx, org.representative);
    if (rep.length > 0) {
      blocks.push({ kind: 'definitions', items: rep });
    }
  }
  return { id: 'controller', heading: t.headings.controller, blocks };
}

/** The DPO's contact details (Art. 13(1)(b)); only when the register names a DPO. */
export function dpoSection(ctx: RenderContext): StatementSection | undefined {
  const dpo = ctx.register.organisation.dpo;
  if (!dpo) {
    return undefined;
  }
  const intro = dpo.external ? `${ctx.t.dpo.intro} ${ctx.t.dpo.external}` : ctx.t.dpo.intro;
  const blocks: Block[] = [{ kind: 'paragraph', content: [text(intro)] }];
  const items = contactItems(ctx, dpo);
  if (items.length > 0) {
    blocks.push({ kind: 'definitions', items });
  }
  return { id: 'dpo', heading: ctx.t.headings.dpo, blocks };
}

/** Recipients serving the controller's purposes; sub-processors of processor activities are told there. */
export function controllerRecipients(register: Register): Recipient[] {
  const processorSide = new Set(register.processor_activities.flatMap((a) => a.sub_processors));
  return register.recipients.filter((r) => r.purposes.length > 0 || !processorSide.has(r.id));
}

/** Recipients and categories of recipients, with their role and the purposes they serve (Art. 13(1)(e)). */
export function recipientsSection(ctx: RenderContext): StatementSection | undefined {
  const recipients = controllerRecipients(ctx.register);
  if (recipients.length === 0) {
    return undefined;
  }
  const h = ctx.t.recipients.header;
  const withCountry = recipients.some((r) => r.country !== undefined);
  const header = [h.recipient, h.role, h.purposes, ...(withCountry ? [h.where] : [])];
  const rows = recipients.map((r) => {
    const purposes = ctx.register.purposes.filter((p) => r.purposes.includes(p.id)).map((p) => purposeName(ctx, p));
    const cells: Inline[][] = [
      [recipientLabel(ctx, r)],
      [text(ctx.t.recipients.roles[r.role])],
      // Purpose names may contain commas, so a cell separates them with semicolons rather than "a, b and c".
      purposes.length > 0 ? purposes.flatMap((p, i) => (i === 0 ? [p] : [text('; '), p])) : [text('—')],
    ];
    if (withCountry) {
      cells.push([text(r.country === undefined ? '—' : countryName(r.country, ctx.lang))]);
    }
    return cells;
  });
  return {
    id: 'recipients',
    heading: ctx.t.headings.recipients,
    blocks: [
      { kind: 'paragraph', content: [text(ctx.t.recipients.intro)] },
      { kind: 'table', caption: ctx.t.recipients.caption, header, rows },
    ],
  };
}

/** A pointer to the cookie statement; only when the register declares cookies. */
export function cookiesPointerSection(ctx: RenderContext): StatementSection | undefined {
  if (ctx.register.cookies.length === 0) {
    return undefined;
  }
  const content: Inline[] = [text(ctx.t.cookiesInPrivacy.text)];
  if (ctx.links.cookies) {
    content.push(text(' '), link(ctx.t.cookiesInPrivacy.link, ctx.links.cookies));
  }
  return { id: 'cookies', heading: ctx.t.headings.cookies, blocks: [{ kind: 'paragraph', content }] };
}

/** Processing on behalf of customers (Art. 28): whose statement applies, sub-processors, storage. */
export function processorSection(ctx: RenderContext): StatementSection | undefined {
  const activities = ctx.register.processor_activities;
  if (!ctx.register.roles.includes('processor') || activities.length === 0) {
    return undefined;
  }
  const p = ctx.t.processor;
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(p.intro)] },
    { kind: 'list', items: activities.map((a) => [localized(a.name, ctx.lang) ?? text(a.id)]) },
  ];
  const subIds = [...new Set(activities.flatMap((a) => a.sub_processors))];
  const subs = ctx.register.recipients.filter((r) => subIds.includes(r.id)).map((r) => recipientLabel(ctx, r));
  if (subs.length > 0) {
    const names = joinInlines(subs, ctx.lang);
    blocks.push({ kind: 'paragraph', content: fill(p.subProcessors, names) });
  }
  const countries = [...new Set(activities.flatMap((a) => a.storage_countries ?? []))];
  if (countries.length > 0) {
    const names = countries.map((c) => countryName(c, ctx.lang));
    blocks.push({ kind: 'paragraph', content: [text(p.storage(joinAnd(names, ctx.lang)))] });
  }
  return { id: 'processor', heading: ctx.t.headings.processor, blocks };
}

/** The version, the date it applies from and the archive of earlier versions; `undefined` without a date. */
export function versionSection(ctx: RenderContext): StatementSection | undefined {
  const v = ctx.t.version;
  const date = ctx.version?.effectiveFrom ?? ctx.register.effective_from;
  const content: Inline[] = [];
  if (ctx.version) {
    content.push(text(v.numbered(ctx.version.number, formatDate(ctx.version.effectiveFrom, ctx.lang))));
  } else if (date !== undefined) {
    content.push(text(v.dated(formatDate(date, ctx.lang))));
  }
  if (ctx.links.versions) {
    content.push(...(content.length > 0 ? [text(' ')] : []), link(v.earlier, ctx.links.versions));
  }
  if (content.length === 0) {
    return undefined;
  }
  return { id: 'version', heading: ctx.t.headings.version, blocks: [{ kind: 'paragraph', content }] };
}
