import { escapeHtml } from '../../domain/statement/index.js';

export type PublicLang = 'nl' | 'fr' | 'en';
export const PUBLIC_LANGS: readonly PublicLang[] = ['nl', 'fr', 'en'];

/** The few words of the page around a statement, per language (the statement texts live in the domain). */
export const PAGE_TEXTS: Record<
  PublicLang,
  {
    language: string;
    skip: string;
    chooseLanguage: string;
    privacy: string;
    cookies: string;
    versions: string;
    versionsTitle: string;
    versionLine: (n: number, from: string) => string;
    changesLink: string;
    changesTitle: (from: number, to: number) => string;
    noChanges: string;
    material: string;
    notPublished: string;
    notFound: string;
    generated: (n: number) => string;
  }
> = {
  nl: {
    language: 'Nederlands',
    skip: 'Naar de inhoud',
    chooseLanguage: 'Taal',
    privacy: 'Privacyverklaring',
    cookies: 'Cookieverklaring',
    versions: 'Eerdere versies',
    versionsTitle: 'Alle versies van onze privacyverklaring',
    versionLine: (n, from) => `Versie ${n}, geldig vanaf ${from}`,
    changesLink: 'wat is er veranderd?',
    changesTitle: (from, to) => `Wat is er veranderd tussen versie ${from} en versie ${to}?`,
    noChanges: 'Er is niets veranderd dat je moet weten.',
    material: 'belangrijke wijziging',
    notPublished: 'Er is nog geen privacyverklaring gepubliceerd.',
    notFound: 'Deze pagina bestaat niet.',
    generated: (n) => `Versie ${n}. Deze verklaring wordt gemaakt uit ons register van verwerkingen.`,
  },
  fr: {
    language: 'Français',
    skip: 'Aller au contenu',
    chooseLanguage: 'Langue',
    privacy: 'Déclaration de confidentialité',
    cookies: 'Politique en matière de cookies',
    versions: 'Versions précédentes',
    versionsTitle: 'Toutes les versions de notre déclaration de confidentialité',
    versionLine: (n, from) => `Version ${n}, en vigueur à partir du ${from}`,
    changesLink: 'qu’est-ce qui a changé ?',
    changesTitle: (from, to) => `Qu’est-ce qui a changé entre la version ${from} et la version ${to} ?`,
    noChanges: 'Rien n’a changé que vous devez savoir.',
    material: 'modification importante',
    notPublished: 'Aucune déclaration de confidentialité n’a encore été publiée.',
    notFound: 'Cette page n’existe pas.',
    generated: (n) => `Version ${n}. Cette déclaration est établie à partir de notre registre des traitements.`,
  },
  en: {
    language: 'English',
    skip: 'Skip to content',
    chooseLanguage: 'Language',
    privacy: 'Privacy statement',
    cookies: 'Cookie statement',
    versions: 'Earlier versions',
    versionsTitle: 'All versions of our privacy statement',
    versionLine: (n, from) => `Version ${n}, in force from ${from}`,
    changesLink: 'what changed?',
    changesTitle: (from, to) => `What changed between version ${from} and version ${to}?`,
    noChanges: 'Nothing changed that you need to know about.',
    material: 'important change',
    notPublished: 'No privacy statement has been published yet.',
    notFound: 'This page does not exist.',
    generated: (n) => `Version ${n}. This statement is generated from our record of processing.`,
  },
};

/** The stylesheet of the public pages: readable, AA contrast, a visible focus, a print layout. */
export const PUBLIC_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5560; --link: #0b5394; --line: #c9d1d9; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
.skip-link { position: absolute; left: -999px; top: 0; background: #fff; color: var(--link); padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; border-bottom: 1px solid var(--line); }
header .org { font-weight: 600; }
nav ul { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; }
a { color: var(--link); }
a:focus-visible, mark:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1rem 0; }
h2 { font-size: 1.4rem; margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 1rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f5f8; }
footer { color: var(--muted); border-top: 1px solid var(--line); font-size: .95rem; }
.material { font-weight: 600; }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
@media print {
  header nav, .skip-link, footer nav { display: none; }
  body { font-size: 11pt; }
  a { color: var(--ink); }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  h2, h3 { break-after: avoid; }
  table { break-inside: avoid; }
}
`;

/** A whole public page: `lang`, a skip link, the organisation, a language switch, the content and a footer. */
export function renderPublicPage(page: {
  lang: PublicLang;
  title: string;
  organisation: string;
  body: string;
  /** The same page in other languages, for the switch (the current language included). */
  alternates: readonly { lang: PublicLang; href: string }[];
  nav: readonly { label: string; href: string; current?: boolean }[];
  footer?: string;
  /** A same-origin script the page runs (deferred); public pages have none unless they must act on their own. */
  script?: string;
}): string {
  const t = PAGE_TEXTS[page.lang];
  const switcher = page.alternates
    .map((a) =>
      a.lang === page.lang
        ? `<li><a href="${escapeHtml(a.href)}" aria-current="page" lang="${a.lang}">${PAGE_TEXTS[a.lang].language}</a></li>`
        : `<li><a href="${escapeHtml(a.href)}" hreflang="${a.lang}" lang="${a.lang}">${PAGE_TEXTS[a.lang].language}</a></li>`,
    )
    .join('');
  const nav = page.nav
    .map(
      (n) =>
        `<li><a href="${escapeHtml(n.href)}"${n.current ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.organisation)}</title>
<link rel="stylesheet" href="/assets/public.css">${page.script ? `\n<script src="${escapeHtml(page.script)}" defer></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${t.skip}</a>
<header>
<span class="org">${escapeHtml(page.organisation)}</span>
${switcher ? `<nav aria-label="${t.chooseLanguage}"><ul>${switcher}</ul></nav>` : ''}
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer>
${nav ? `<nav aria-label="${escapeHtml(page.title)}"><ul>${nav}</ul></nav>` : ''}
${page.footer ? `<p>${escapeHtml(page.footer)}</p>` : ''}
</footer>
</body>
</html>
`;
}
