import type { Register } from '../register/register.schema.js';
import { cookieSections } from './cookies.sections.js';
import { automatedSection, childrenSection, securitySection, transfersSection } from './privacy.optional.js';
import { purposesSection } from './privacy.purposes.js';
import { complaintSection, rightsSection } from './privacy.rights.js';
import {
  controllerSection,
  cookiesPointerSection,
  dpoSection,
  processorSection,
  recipientsSection,
  versionSection,
} from './privacy.sections.js';
import type { RenderContext } from './statement.labels.js';
import type { StatementDocument, StatementLang, StatementOptions, StatementSection } from './statement.types.js';
import { TEXTS_EN } from './texts.en.js';
import { TEXTS_FR } from './texts.fr.js';
import { TEXTS_NL } from './texts.nl.js';
import type { StatementTexts } from './texts.types.js';

/** The texts per language; adding a language means adding a `texts.<lang>.ts` and an entry here. */
export const STATEMENT_TEXTS: Readonly<Record<StatementLang, StatementTexts>> = {
  nl: TEXTS_NL,
  fr: TEXTS_FR,
  en: TEXTS_EN,
};

/** The statement languages. */
export const STATEMENT_LANGUAGES: readonly StatementLang[] = ['nl', 'fr', 'en'];

/**
 * Renders the privacy statement (Art. 13/14) or the cookie statement (ePrivacy art. 5(3)) of a validated register
 * as a structured document. Pure: the same register and options always give the same document. The statement says
 * what the register holds and nothing else: a section without data in the register is left out.
 */
export function renderStatement(register: Register, options: StatementOptions): StatementDocument {
  const t = STATEMENT_TEXTS[options.lang];
  const ctx: RenderContext = {
    register,
    lang: options.lang,
    t,
    links: options.links ?? {},
    ...(options.version ? { version: options.version } : {}),
  };
  const org = register.organisation.legal_name;
  if (options.kind === 'cookies') {
    const sections = [...cookieSections(ctx), ...present([versionSection(ctx)])];
    return { lang: options.lang, kind: 'cookies', title: t.titles.cookies(org), sections };
  }
  const sections = present([
    controllerSection(ctx),
    dpoSection(ctx),
    purposesSection(ctx),
    recipientsSection(ctx),
    transfersSection(ctx),
    automatedSection(ctx),
    childrenSection(ctx),
    rightsSection(ctx),
    complaintSection(ctx),
    securitySection(ctx),
    cookiesPointerSection(ctx),
    processorSection(ctx),
    versionSection(ctx),
  ]);
  return { lang: options.lang, kind: 'privacy', title: t.titles.privacy(org), sections };
}

function present(sections: readonly (StatementSection | undefined)[]): StatementSection[] {
  return sections.filter((s): s is StatementSection => s !== undefined);
}
