import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Register } from '../register/register.schema.js';
import { escapeHtml, isSafeHref, toHtml } from './statement.html.js';
import { toMarkdown } from './statement.markdown.js';
import { renderStatement, STATEMENT_LANGUAGES } from './statement.render.js';
import { EXAMPLE_TEXTS, exampleRegister, GOLDEN_LINKS } from './statement.test-fixtures.js';
import { toPlainText } from './statement.text.js';
import type { StatementKind } from './statement.types.js';

const KINDS: readonly StatementKind[] = ['privacy', 'cookies'];

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

/** The markup left after removing every tag Dijk writes: any `<` or `>` in it was injected. */
const OWN_TAGS =
  /<\/?(article|section|h[1-3]|p|ul|li|dl|dt|dd|table|caption|thead|tbody|tr|th|td|strong|span|a)(\s[^<>]*)?>/g;

describe('statement HTML', () => {
  for (const name of Object.keys(EXAMPLE_TEXTS)) {
    for (const lang of STATEMENT_LANGUAGES) {
      for (const kind of KINDS) {
        it(`${name} ${kind} ${lang}: headings in order, tables with caption and scoped headers, no styles or scripts`, () => {
          const html = toHtml(renderStatement(exampleRegister(name), { lang, kind, links: GOLDEN_LINKS }));
          const levels = headingLevels(html);
          expect(levels[0]).toBe(1);
          for (let i = 1; i < levels.length; i++) {
            // WCAG 1.3.1: a heading is at most one level deeper than the one before it.
            expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
          }
          expect(html.match(/<table>/g)?.length ?? 0).toBe(html.match(/<caption>/g)?.length ?? 0);
          expect(html).not.toMatch(/<th>|style=|<script|on\w+=/);
          expect(html.startsWith(`<article lang="${lang}"`)).toBe(true);
        });
      }
    }
  }

  it('marks a register text that falls back to another language with lang', () => {
    const html = toHtml(renderStatement(exampleRegister('vandenbroele'), { lang: 'fr', kind: 'privacy' }));
    expect(html).toContain('<span lang="en">Need-to-know access');
    const bsmart = toHtml(renderStatement(exampleRegister('bsmart'), { lang: 'fr', kind: 'privacy' }));
    expect(bsmart).toContain('<h3><span lang="nl">Afhandelen van je betaling</span></h3>');
  });

  it('leaves the title out when the page shows it', () => {
    const html = toHtml(renderStatement(exampleRegister('bpart'), { lang: 'nl', kind: 'privacy' }), {
      withTitle: false,
    });
    expect(headingLevels(html)[0]).toBe(2);
  });

  it('renders unsafe link targets as text', () => {
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('https://example.org/a b')).toBe(false);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('/privacy/versions')).toBe(true);
    const doc = renderStatement(exampleRegister('bpart'), {
      lang: 'en',
      kind: 'privacy',
      links: { requests: 'javascript:alert(1)' },
    });
    expect(toHtml(doc)).not.toContain('href="javascript:');
  });

  it('never lets register text produce markup (property)', () => {
    const base = exampleRegister('bsmart');
    const nasty = fc.stringMatching(/^[a-z<>&"' /=]{1,30}$/).map((s) => `${s}<script>"'&</script>`);
    fc.assert(
      fc.property(nasty, nasty, nasty, fc.constantFrom(...STATEMENT_LANGUAGES), (a, b, c, lang) => {
        const [first, ...rest] = base.purposes;
        const [cookie, ...cookies] = base.cookies;
        if (!first || !cookie) {
          throw new Error('bsmart has purposes and cookies');
        }
        const register: Register = {
          ...base,
          organisation: { ...base.organisation, legal_name: a, trade_names: [b] },
          purposes: [{ ...first, name: { nl: b, fr: c }, description: { en: c } }, ...rest],
          cookies: [{ ...cookie, name: a, provider: b, purpose: { nl: c } }, ...cookies],
          recipients: base.recipients.map((r) => ({ ...r, name: c })),
        };
        for (const kind of KINDS) {
          const html = toHtml(renderStatement(register, { lang, kind }));
          const rest = html.replace(OWN_TAGS, '');
          expect(rest).not.toMatch(/[<>]/);
          expect(html).not.toContain('<script');
          expect(html).toContain(escapeHtml(a));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('escapes Markdown syntax in register text', () => {
    const md = toMarkdown(renderStatement(exampleRegister('bsmart'), { lang: 'nl', kind: 'cookies' }));
    expect(md).toContain('\\_ga\\_\\*');
    expect(toPlainText(renderStatement(exampleRegister('bsmart'), { lang: 'nl', kind: 'cookies' }))).toContain('_ga_*');
  });
});
