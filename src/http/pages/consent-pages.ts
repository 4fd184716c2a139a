import type { PreferenceItem } from '../../domain/consent/preferences.service.js';
import { escapeHtml } from '../../domain/statement/index.js';
import { CONSENT_PAGE_TEXTS } from './consent-page-texts.js';
import { PUBLIC_LANGS, type PublicLang, renderPublicPage } from './public-page.js';

/**
 * The server-rendered consent pages (docs/consent.md): forms that post to Dijk itself, the public pages' stylesheet,
 * and no script but the unsubscribe page's own file ({@link UNSUBSCRIBE_SCRIPT}). Every value from the register, the
 * ledger or the request is escaped.
 */

const e = escapeHtml;

/** The same page in the three languages: the current URL with `lang` set. */
function alternates(url: string | undefined) {
  if (url === undefined) {
    return [];
  }
  return PUBLIC_LANGS.map((lang) => {
    const u = new URL(url, 'http://x');
    u.searchParams.set('lang', lang);
    return { lang, href: `${u.pathname}${u.search}` };
  });
}

function page(
  lang: PublicLang,
  title: string,
  organisation: string,
  body: string,
  options: { url?: string | undefined; script?: string } = {},
): string {
  return renderPublicPage({
    lang,
    title,
    organisation,
    body: `<h1>${e(title)}</h1>\n${body}`,
    alternates: alternates(options.url),
    nav: [],
    ...(options.script ? { script: options.script } : {}),
  });
}

const quote = (text: string) => `<blockquote><p>${e(text).replaceAll('\n', '<br>')}</p></blockquote>`;
const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${e(value)}">`;

/** The page of a confirmation link: what is agreed to, and the button that records it. */
export function confirmPage(v: {
  lang: PublicLang;
  organisation: string;
  purpose: string;
  notice: string;
  child: string | undefined;
  token: string;
  url: string;
}): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  const intro = v.child
    ? t.confirmIntroParent(v.organisation, v.purpose, v.child)
    : t.confirmIntro(v.organisation, v.purpose);
  return page(
    v.lang,
    t.confirmTitle,
    v.organisation,
    `<p>${e(intro)}</p>
<p>${e(t.textAgreed)}</p>
${quote(v.notice)}
<form method="post" action="/consent/confirm">
${hidden('token', v.token)}${hidden('lang', v.lang)}
<button type="submit">${e(t.confirmButton)}</button>
</form>
<p>${e(t.confirmIgnore)}</p>`,
    { url: v.url },
  );
}

/** After the button: the consent is recorded and a receipt is on its way. */
export function confirmedPage(v: {
  lang: PublicLang;
  organisation: string;
  purpose: string;
  alreadyConfirmed: boolean;
}): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  return page(
    v.lang,
    t.confirmedTitle,
    v.organisation,
    `<p>${e(t.confirmed(v.organisation, v.purpose))}</p>\n<p>${e(v.alreadyConfirmed ? t.alreadyConfirmed : t.receiptSent)}</p>`,
  );
}

/** The id of the unsubscribe page's form, which {@link UNSUBSCRIBE_SCRIPT} sends as soon as the page is read. */
const UNSUBSCRIBE_FORM_ID = 'dijk-unsubscribe';

/**
 * `/assets/unsubscribe.js`: sends the unsubscribe page's form at once, so the link in a mail unsubscribes with one
 * click in a browser, while a mail scanner that only fetches the link records nothing. A same-origin file, because
 * the pages' Content-Security-Policy allows no inline script.
 */
export const UNSUBSCRIBE_SCRIPT = `"use strict";
(function () {
  var form = document.getElementById(${JSON.stringify(UNSUBSCRIBE_FORM_ID)});
  if (form && !form.hasAttribute("data-sent")) {
    form.setAttribute("data-sent", "");
    form.submit();
  }
})();
`;

/**
 * The unsubscribe link of a mail (`GET /u/TOKEN`): records nothing itself. Its form posts the withdrawal, sent by
 * {@link UNSUBSCRIBE_SCRIPT} as soon as a browser shows the page; without script, its one button does it.
 */
export function unsubscribePage(v: { lang: PublicLang; organisation: string; purpose: string; token: string }): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  return page(
    v.lang,
    t.unsubscribeTitle,
    v.organisation,
    `<p>${e(t.unsubscribeIntro(v.organisation, v.purpose))}</p>
<form id="${UNSUBSCRIBE_FORM_ID}" method="post" action="/u/${e(v.token)}">
${hidden('List-Unsubscribe', 'One-Click')}${hidden('via', 'page')}${hidden('lang', v.lang)}
<button type="submit">${e(t.unsubscribeButton)}</button>
</form>`,
    { script: '/assets/unsubscribe.js' },
  );
}

/** After an unsubscribe link: withdrawn, and where to manage the rest. */
export function unsubscribedPage(v: {
  lang: PublicLang;
  organisation: string;
  purpose: string;
  preferences: string;
}): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  return page(
    v.lang,
    t.unsubscribedTitle,
    v.organisation,
    `<p>${e(t.unsubscribed(v.organisation, v.purpose))}</p>\n<p><a href="${e(v.preferences)}">${e(t.manage)}</a></p>`,
  );
}

/** A link that cannot be used, or an action that cannot be done now. */
export function problemPage(
  lang: PublicLang,
  reason: 'invalid' | 'expired' | 'purpose_changed' | 'unavailable',
): string {
  const t = CONSENT_PAGE_TEXTS[lang];
  const message = {
    invalid: t.linkInvalid,
    expired: t.linkExpired,
    purpose_changed: t.purposeChanged,
    unavailable: t.notAvailable,
  }[reason];
  return page(lang, message, '', '');
}

/** The preference centre without a link: ask for one by address. */
export function preferencesRequestPage(v: {
  lang: PublicLang;
  organisation: string;
  organisationSlug: string;
  sent: boolean;
  url: string | undefined;
}): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  const action = `/preferences?organisation=${encodeURIComponent(v.organisationSlug)}`;
  const body = v.sent
    ? `<p role="status">${e(t.linkSent)}</p>`
    : `<p>${e(t.preferencesIntro(v.organisation))}</p>
<form method="post" action="${e(action)}">
${hidden('lang', v.lang)}
<p><label for="email">${e(t.emailLabel)}</label><br>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254"></p>
<button type="submit">${e(t.sendLink)}</button>
</form>`;
  return page(v.lang, t.preferencesTitle, v.organisation, body, { url: v.url });
}

/** The preference centre of one person: every consent purpose, its state, the text agreed to, and one-click forms. */
export function preferencesPage(v: {
  lang: PublicLang;
  organisation: string;
  items: readonly PreferenceItem[];
  token: string;
  done: 'withdrawn' | 'given' | undefined;
  url: string;
}): string {
  const t = CONSENT_PAGE_TEXTS[v.lang];
  const form = (path: string, purposeId: string, label: string) =>
    `<form method="post" action="${path}">${hidden('token', v.token)}${hidden('purpose', purposeId)}${hidden('lang', v.lang)}<button type="submit">${e(label)}</button></form>`;
  const items = v.items.map((item) => {
    const state = item.asksAgain ? t.states.asksAgain : t.states[item.state];
    const parts = [
      `<h2>${e(item.name)}</h2>`,
      item.description ? `<p>${e(item.description)}</p>` : '',
      `<p><strong data-state="${item.asksAgain ? 'asks_again' : item.state}">${e(state)}</strong></p>`,
      item.asksAgain ? `<p>${e(t.asksAgainExplained)}</p>` : '',
      item.givenAt ? `<p>${e(t.givenOn(`${item.givenAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`))}</p>` : '',
      item.givenText ? `<p>${e(t.textAgreed)}</p>\n${quote(item.givenText)}` : '',
      item.reconsentText
        ? `${quote(item.reconsentText)}\n${form('/preferences/consent', item.purposeId, t.giveAgain)}`
        : '',
      item.canWithdraw ? form('/preferences/withdraw', item.purposeId, t.withdraw) : '',
    ];
    return `<section data-purpose="${e(item.purposeId)}">\n${parts.filter((p) => p !== '').join('\n')}\n</section>`;
  });
  const done = v.done ? `<p role="status">${e(v.done === 'withdrawn' ? t.doneWithdrawn : t.doneGiven)}</p>\n` : '';
  const hasAny = v.items.some((i) => i.state !== 'none');
  const body = `${done}${hasAny ? '' : `<p>${e(t.noConsents)}</p>\n`}${items.join('\n')}`;
  return page(v.lang, t.preferencesTitle, v.organisation, body, { url: v.url });
}
