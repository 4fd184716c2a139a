import { authorityById, authorityForCountry } from '../legal/legal.js';
import type { Register } from '../register/register.schema.js';
import { findDataSubjectTerm, findPersonalDataTerm, isSpecialCategoryTerm } from '../vocabulary/vocabulary.js';
import { inSentence, localized, text } from './statement.format.js';
import type { Inline, StatementLang } from './statement.types.js';
import type { StatementTexts } from './texts.types.js';

/** What a section builder needs: the register, the language's texts and the options' links. */
export interface RenderContext {
  readonly register: Register;
  readonly lang: StatementLang;
  readonly t: StatementTexts;
  readonly links: {
    readonly requests?: string;
    readonly preferences?: string;
    readonly versions?: string;
    readonly cookies?: string;
    readonly privacy?: string;
  };
  readonly version?: { readonly number: number; readonly effectiveFrom: string };
}

type Purpose = Register['purposes'][number];
type Recipient = Register['recipients'][number];

/** The label of a run, lowered for use inside a sentence. */
function lowered(run: Inline): Inline {
  return { ...run, text: inSentence(run.text) };
}

/**
 * A term's label: the register's own label in the language first, then Dijk's translation of the DPV term, then the
 * register's label in another language (marked), then the DPV English label (marked), then the id.
 */
function termLabel(
  ctx: RenderContext,
  label: Parameters<typeof localized>[0],
  term: string | undefined,
  dictionary: Readonly<Record<string, string>>,
  dpvLabel: string | undefined,
  id: string,
): Inline {
  const own = label?.[ctx.lang];
  if (own !== undefined) {
    return lowered(text(own));
  }
  const translated = term === undefined ? undefined : dictionary[term];
  if (translated !== undefined) {
    return text(translated);
  }
  const other = localized(label, ctx.lang);
  if (other) {
    return lowered(other);
  }
  if (dpvLabel !== undefined) {
    return ctx.lang === 'en' ? text(inSentence(dpvLabel)) : { kind: 'text', text: inSentence(dpvLabel), lang: 'en' };
  }
  return text(id);
}

/** True when a data category is special (Art. 9(1)) by its DPV term or parent, or marked so in the register. */
export function isSpecialCategory(ctx: RenderContext, id: string): boolean {
  const category = ctx.register.data_categories.find((c) => c.id === id);
  const term = category?.term ?? category?.parent;
  return category?.special === true || (term !== undefined && isSpecialCategoryTerm(term));
}

/** The name of a data category, as the statement writes it in running text. */
export function categoryLabel(ctx: RenderContext, id: string): Inline {
  const category = ctx.register.data_categories.find((c) => c.id === id);
  if (!category) {
    return text(id);
  }
  const term = category.term ?? category.parent;
  const dpv = term === undefined ? undefined : findPersonalDataTerm(term)?.label;
  const dictionary = ctx.t.terms.personalData;
  // A custom category (parent only) is named by its label; the parent's name would be too broad.
  return termLabel(ctx, category.label, category.term, dictionary, category.term === undefined ? undefined : dpv, id);
}

/** The name of a category of data subjects. */
export function subjectLabel(ctx: RenderContext, id: string): Inline {
  const subject = ctx.register.data_subjects.find((s) => s.id === id);
  if (!subject) {
    return text(id);
  }
  const dpv = subject.term === undefined ? undefined : findDataSubjectTerm(subject.term)?.label;
  return termLabel(ctx, subject.label, subject.term, ctx.t.terms.dataSubjects, dpv, id);
}

/** The name of a purpose in the language (marked when it falls back to another language). */
export function purposeName(ctx: RenderContext, purpose: Purpose): Inline {
  return localized(purpose.name, ctx.lang) ?? text(purpose.id);
}

/** A recipient by name, else by its category. */
export function recipientLabel(ctx: RenderContext, recipient: Recipient): Inline {
  if (recipient.name !== undefined) {
    return text(recipient.name);
  }
  return localized(recipient.category, ctx.lang) ?? text(recipient.id);
}

/** The organisation's public name: its legal name. */
export function organisationName(ctx: RenderContext): string {
  return ctx.register.organisation.legal_name;
}

/** The supervisory authority: Dijk's dated data for the country (Art. 77), with the register's override on top. */
export function supervisoryAuthority(
  ctx: RenderContext,
): { name: string; address?: string; phone?: string; email?: string; website?: string } | undefined {
  const override = ctx.register.organisation.supervisory_authority;
  // An override naming another authority replaces Dijk's data entirely: never mix one authority's name with
  // another's address. An override by id takes that authority's data, with the override's fields on top.
  const country = ctx.register.organisation.country;
  const known =
    override?.id !== undefined
      ? authorityById(override.id)
      : override?.name === undefined
        ? authorityForCountry(country)
        : undefined;
  const knownName = known
    ? `${known.name[ctx.lang] ?? known.name.en}${known.abbreviation ? ` (${known.abbreviation})` : ''}`
    : undefined;
  const name = override?.name ?? knownName;
  if (name === undefined) {
    return undefined;
  }
  const pickField = (field: 'address' | 'email' | 'website') => override?.[field] ?? known?.[field];
  const result: { name: string; address?: string; phone?: string; email?: string; website?: string } = { name };
  const address = pickField('address');
  const email = pickField('email');
  const website = pickField('website');
  if (address !== undefined) {
    result.address = address;
  }
  if (known?.phone !== undefined) {
    result.phone = known.phone;
  }
  if (email !== undefined) {
    result.email = email;
  }
  if (website !== undefined) {
    result.website = website;
  }
  return result;
}
