import type { Register } from '../register/register.schema.js';
import { durationWords, joinAnd, joinInlines, link, localized, strong, text } from './statement.format.js';
import { type RenderContext, supervisoryAuthority } from './statement.labels.js';
import type { Block, Inline, StatementSection } from './statement.types.js';
import type { RightId } from './texts.types.js';

type Purpose = Register['purposes'][number];

const MARKETING_TERMS = new Set(['DirectMarketing', 'TargetedAdvertising', 'Advertising', 'Marketing']);

/** True when a purpose is direct marketing: it has `direct_marketing`, or a DPV marketing purpose term. */
export function isMarketingPurpose(purpose: Purpose): boolean {
  return purpose.direct_marketing !== undefined || (purpose.dpv ?? []).some((term) => MARKETING_TERMS.has(term));
}

/**
 * The rights the statement names (Art. 13(2)(b)–(d)). Access, rectification, erasure, restriction and complaint
 * always; objection only with a basis it applies to (Art. 21(1): 6(1)(e) or (f)); portability only with consent or
 * contract (Art. 20(1)(a)); withdrawal only where consent is asked (Art. 13(2)(c)).
 */
export function rightsOffered(register: Register): RightId[] {
  const bases = new Set(register.purposes.map((p) => p.legal_basis));
  const rights: RightId[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (bases.has('legitimate_interest') || bases.has('public_interest')) {
    rights.push('objection');
  }
  if (bases.has('consent') || bases.has('contract')) {
    rights.push('portability');
  }
  if (bases.has('consent')) {
    rights.push('withdrawal');
  }
  rights.push('complaint');
  return rights;
}

type Channel = Register['rights']['channels'][number];

/** One way to send a request, in words; a channel without address uses the organisation's contact data. */
function channelRuns(ctx: RenderContext, channel: Channel): Inline[] {
  const c = ctx.t.rights.channels;
  const org = ctx.register.organisation;
  const postal = `${org.address.street}, ${org.address.postal_code} ${org.address.city}`;
  const address = channel.address;
  switch (channel.type) {
    case 'email': {
      const email = address ?? org.email;
      return email === undefined ? [text(c.email.trim())] : [text(c.email), link(email, `mailto:${email}`)];
    }
    case 'web_form':
      return address === undefined ? [text(c.web_form)] : [text(`${c.web_form}${ctx.t.colon}`), link(address, address)];
    case 'post':
      return [text(c.post(address ?? postal))];
    case 'phone':
      return [text(c.phone(address ?? org.phone ?? ''))];
    case 'account':
      return [text(c.account)];
    case 'in_person':
      return [text(c.in_person(address ?? postal))];
  }
}

function channelItems(ctx: RenderContext): Inline[][] {
  return ctx.register.rights.channels.map((channel) => channelRuns(ctx, channel));
}

function howBlocks(ctx: RenderContext): Block[] {
  const r = ctx.t.rights;
  const rights = ctx.register.rights;
  const blocks: Block[] = [{ kind: 'heading', content: [text(r.howHeading)] }];
  const channels = channelItems(ctx);
  if (channels.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text(r.howIntro)] }, { kind: 'list', items: channels });
  } else if (!ctx.links.requests) {
    blocks.push({ kind: 'paragraph', content: [text(r.noChannel)] });
  }
  if (ctx.links.requests) {
    blocks.push({ kind: 'paragraph', content: [text(r.requestPage), link(r.requestPageLink, ctx.links.requests)] });
  }
  // Identity checks (Art. 12(6)); the register says how, and whether an ID copy is asked (EDPB 01/2022).
  const verification = rights.identity_verification;
  if (verification) {
    const runs: Inline[] = [];
    const sentence = r.identity[verification.method];
    if (sentence) {
      runs.push(text(sentence));
    }
    const redactions = (verification.id_copy_redaction ?? []).map((x) => r.redaction[x]);
    if (verification.method === 'id_copy' && redactions.length > 0) {
      runs.push(text(`${runs.length > 0 ? ' ' : ''}${r.redactions(joinAnd(redactions, ctx.lang))}`));
    }
    const description = localized(verification.description, ctx.lang);
    if (description) {
      runs.push(text(runs.length > 0 ? ' ' : ''), description);
    }
    if (runs.length > 0) {
      blocks.push({ kind: 'paragraph', content: runs });
    }
  }
  // Art. 12(3): one month, extendable by two further months; written in words.
  const response = durationWords(rights.response_deadline, ctx.t, true);
  const extension = durationWords(rights.extension, ctx.t, true);
  blocks.push({ kind: 'paragraph', content: [text(r.deadline(response, extension))] });
  return blocks;
}

/** The rights, how to use them, the deadline, and the separate objection to direct marketing (Art. 21(4)). */
export function rightsSection(ctx: RenderContext): StatementSection {
  const r = ctx.t.rights;
  const items = rightsOffered(ctx.register).map((id) => [
    strong(r.names[id]),
    text(`${ctx.t.colon}${r.explanations[id]}`),
  ]);
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(r.intro)] },
    { kind: 'list', items },
  ];
  // Art. 21(4): the right to object to direct marketing is presented clearly and separately.
  const marketing = ctx.register.purposes.filter(isMarketingPurpose);
  if (marketing.length > 0) {
    const content: Inline[] = [text(r.marketing)];
    const unsubscribe = marketing.some(
      (p) => p.consent?.withdrawal?.includes('unsubscribe_link') || p.direct_marketing?.opt_out_in_every_message,
    );
    if (unsubscribe) {
      content.push(text(` ${r.marketingUnsubscribe}`));
    }
    blocks.push({ kind: 'heading', content: [text(r.marketingHeading)] }, { kind: 'paragraph', content });
  }
  blocks.push(...howBlocks(ctx));
  return { id: 'rights', heading: ctx.t.headings.rights, blocks };
}

/** The complaint: the organisation's own desk if any, and the supervisory authority's contact data (Art. 77). */
export function complaintSection(ctx: RenderContext): StatementSection {
  const c = ctx.t.complaint;
  const l = ctx.t.labels;
  const blocks: Block[] = [];
  const desk = ctx.register.rights.complaint_contact;
  const deskRuns: Inline[] = [];
  if (desk?.email !== undefined) {
    deskRuns.push(link(desk.email, `mailto:${desk.email}`));
  }
  if (desk?.url !== undefined) {
    deskRuns.push(link(desk.url, desk.url));
  }
  if (deskRuns.length > 0) {
    blocks.push({ kind: 'paragraph', content: [text(c.ownDesk), ...joinInlines(deskRuns, ctx.lang, 'or'), text('.')] });
  }
  const authority = supervisoryAuthority(ctx);
  if (!authority) {
    blocks.push({ kind: 'paragraph', content: [text(c.unknownAuthority)] });
    return { id: 'complaint', heading: ctx.t.headings.complaint, blocks };
  }
  const items: { term: string; description: Inline[] }[] = [{ term: c.name, description: [text(authority.name)] }];
  if (authority.address !== undefined) {
    items.push({ term: l.address, description: [text(authority.address)] });
  }
  if (authority.phone !== undefined) {
    items.push({ term: l.phone, description: [text(authority.phone)] });
  }
  if (authority.email !== undefined) {
    items.push({ term: l.email, description: [link(authority.email, `mailto:${authority.email}`)] });
  }
  if (authority.website !== undefined) {
    items.push({ term: l.website, description: [link(authority.website, authority.website)] });
  }
  blocks.push({ kind: 'paragraph', content: [text(c.authority)] }, { kind: 'definitions', items });
  return { id: 'complaint', heading: ctx.t.headings.complaint, blocks };
}
