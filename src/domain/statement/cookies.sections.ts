import type { Register } from '../register/register.schema.js';
import { durationWords, joinAnd, link, localized, text } from './statement.format.js';
import type { RenderContext } from './statement.labels.js';
import type { Block, Inline, StatementSection } from './statement.types.js';
import type { CookieCategory } from './texts.types.js';

type Cookie = Register['cookies'][number];

/** The cookie categories in the order the statement and the banner show them. */
export const COOKIE_CATEGORIES: readonly CookieCategory[] = [
  'strictly_necessary',
  'functional',
  'analytics',
  'marketing',
];

/** True when a cookie is placed without consent (ePrivacy art. 5(3): strictly necessary, or a national exemption). */
export function isConsentExempt(cookie: Cookie): boolean {
  return cookie.category === 'strictly_necessary' || cookie.consent_exempt !== undefined;
}

/** A cookie's lifetime in words: "2 years", "until you close your browser". */
export function cookieDuration(ctx: RenderContext, cookie: Cookie): string {
  return cookie.duration === 'session' ? ctx.t.cookies.session : durationWords(cookie.duration, ctx.t);
}

function consentSentence(ctx: RenderContext, cookies: readonly Cookie[]): string {
  const c = ctx.t.cookies;
  const exempt = cookies.filter(isConsentExempt);
  if (exempt.length === cookies.length) {
    // All exempt: say why; a national exemption (NL Telecommunicatiewet art. 11.7a) is named.
    const lowImpact = exempt.some(
      (k) => k.category !== 'strictly_necessary' && k.consent_exempt === 'low_impact_analytics',
    );
    return lowImpact ? c.exempt.low_impact_analytics : c.exempt.strictly_necessary;
  }
  if (exempt.length === 0) {
    return c.consentNeeded;
  }
  return `${c.consentNeeded} ${c.exemptExcept(
    joinAnd(
      exempt.map((k) => k.name),
      ctx.lang,
    ),
  )}`;
}

function categorySection(ctx: RenderContext, category: CookieCategory, cookies: readonly Cookie[]): StatementSection {
  const c = ctx.t.cookies;
  const h = c.header;
  const rows = cookies.map((cookie): Inline[][] => [
    [text(cookie.name)],
    [text(cookie.provider)],
    [localized(cookie.purpose, ctx.lang) ?? text('')],
    [text(cookieDuration(ctx, cookie))],
    [text(c.party[cookie.party])],
  ]);
  const blocks: Block[] = [
    { kind: 'paragraph', content: [text(`${c.explanations[category]} ${consentSentence(ctx, cookies)}`)] },
    {
      kind: 'table',
      caption: c.headings[category],
      header: [h.name, h.provider, h.purpose, h.duration, h.party],
      rows,
    },
  ];
  return { id: `cookies-${category.replaceAll('_', '-')}`, heading: c.headings[category], blocks };
}

/**
 * The cookie statement's sections: what cookies are, one table per category the register uses, how to change
 * consent (Art. 7(3): as easy as giving it) and where the privacy statement is.
 */
export function cookieSections(ctx: RenderContext): StatementSection[] {
  const c = ctx.t.cookies;
  const cookies = ctx.register.cookies;
  const sections: StatementSection[] = [
    {
      id: 'cookie-intro',
      heading: ctx.t.headings['cookie-intro'],
      blocks: [{ kind: 'paragraph', content: [text(cookies.length > 0 ? c.intro : c.none)] }],
    },
  ];
  for (const category of COOKIE_CATEGORIES) {
    const inCategory = cookies.filter((k) => k.category === category);
    if (inCategory.length > 0) {
      sections.push(categorySection(ctx, category, inCategory));
    }
  }
  if (cookies.length > 0) {
    const content: Inline[] = [];
    const asksConsent = cookies.some((k) => !isConsentExempt(k));
    if (asksConsent) {
      content.push(text(`${c.change} `));
      content.push(
        ...(ctx.links.preferences ? [link(c.changeLink, ctx.links.preferences), text('.')] : [text(c.changeButton)]),
      );
      content.push(text(' '));
    }
    content.push(text(asksConsent ? c.browser : c.browserOnly));
    sections.push({
      id: 'cookie-consent',
      heading: ctx.t.headings['cookie-consent'],
      blocks: [{ kind: 'paragraph', content }],
    });
  }
  const more: Inline[] = [text(c.privacyText)];
  if (ctx.links.privacy) {
    more.push(text(' '), link(c.privacyLink, ctx.links.privacy));
  }
  sections.push({
    id: 'cookie-more',
    heading: ctx.t.headings['cookie-more'],
    blocks: [{ kind: 'paragraph', content: more }],
  });
  return sections;
}
