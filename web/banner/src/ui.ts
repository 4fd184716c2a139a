import css from './banner.css';
import { pickText } from './choice.js';
import { button, focusables, h, trapFocus } from './dom.js';
import { formatDuration } from './duration.js';
import type { BannerCategory, BannerConfig, BannerTexts, Choices } from './types.js';

export interface BannerUiOptions {
  config: BannerConfig;
  texts: BannerTexts;
  lang: string;
  /** The page's CSP nonce for the one `<style>` element (`data-nonce` on the script tag). */
  nonce: string;
  /** The visitor's current consents, to show in the second layer. */
  current(): Choices;
  /** Whether a valid choice is stored (closing the second layer then closes the banner). */
  hasChoice(): boolean;
  /** A choice: `accept_all` and `reject_all` set every purpose, `custom` passes the ticked ones. */
  choose(pressed: 'accept_all' | 'reject_all' | 'custom', choices?: Choices): void;
}

export interface BannerUi {
  /** Shows the first layer (no valid choice yet). */
  showNotice(): void;
  /** Shows the second layer, per category, with the current consents ticked. */
  showChoices(): void;
  /** Hides both layers and shows the button that reopens them. */
  close(): void;
}

/**
 * The banner's markup, in a shadow root so the page's styles cannot change it (equal prominence must hold on any
 * site) and it cannot change the page's. The host is fixed and out of the flow: no layout shift.
 */
export function createBannerUi(options: BannerUiOptions): BannerUi {
  const { config, texts: t, lang } = options;
  // A custom element: no page rule written for div or section reaches the host (a page style on the host would win
  // over :host, and e.g. a transform there would pin the fixed layers to it).
  const host = h('dijk-banner', null);
  const root = host.attachShadow({ mode: 'open' });
  const style = h('style', options.nonce ? { nonce: options.nonce } : null, css);
  const links = h(
    'p',
    { class: 'l' },
    h('a', { href: config.links.privacy }, t.privacyLink),
    h('a', { href: config.links.cookies }, t.cookiesLink),
  );
  const chooseButton = button(t.choose, () => showChoices());
  const notice = h(
    'div',
    { role: 'dialog', 'aria-labelledby': 'dijk-t1', 'aria-describedby': 'dijk-b1', class: 'd n', lang },
    h('h2', { id: 'dijk-t1' }, t.title),
    h('p', { id: 'dijk-b1' }, t.body),
    links,
    h(
      'div',
      { class: 'a' },
      button(t.acceptAll, () => options.choose('accept_all')),
      button(t.rejectAll, () => options.choose('reject_all')),
      chooseButton,
    ),
  );
  const reopen = button(t.reopen, () => showChoices(), 'b r');
  const backdrop = h('div', { class: 'k' });
  root.append(style, notice, backdrop, reopen);
  let dialog: HTMLElement | undefined;

  function setView(view: 'notice' | 'choices' | 'closed'): void {
    notice.hidden = view !== 'notice';
    backdrop.hidden = view !== 'choices';
    reopen.hidden = view !== 'closed';
    if (view !== 'choices') {
      dialog?.remove();
      dialog = undefined;
    }
    if (!host.isConnected) {
      // First in the body, so the banner comes first in the Tab order; fixed, so the page does not move.
      document.body.prepend(host);
    }
  }

  function category(c: BannerCategory, current: Choices): HTMLElement {
    const words = t.categories[c.id] ?? { name: c.id, description: '' };
    const id = `dijk-c-${c.id}`;
    const control = c.required
      ? h('span', { class: 'o' }, t.alwaysOn)
      : h('input', {
          type: 'checkbox',
          id,
          'data-category': c.id,
          // Nothing is pre-ticked: only an earlier consent of the visitor shows as ticked (EDPB 05/2020 §§ 85–87).
          ...(c.purposes.every((p) => current[p.id] === 1) ? { checked: '' } : {}),
        });
    const th = (text: string) => h('th', { scope: 'col' }, text);
    return h(
      'section',
      null,
      h('h3', null, c.required ? words.name : h('label', { for: id }, words.name), control),
      h('p', null, words.description),
      c.purposes.length > 0 &&
        h(
          'dl',
          null,
          ...c.purposes.flatMap((p) => {
            const purpose = t.purposes[p.id];
            return purpose ? [h('dt', null, purpose.name), h('dd', null, purpose.description)] : [];
          }),
        ),
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            th(t.cookieTable.name),
            th(t.cookieTable.provider),
            th(t.cookieTable.duration),
            th(t.cookieTable.purpose),
          ),
        ),
        h(
          'tbody',
          null,
          ...c.cookies.map((k) =>
            h(
              'tr',
              null,
              h('td', null, k.name),
              h('td', null, k.provider),
              h('td', null, formatDuration(k.duration, lang)),
              h('td', null, pickText(k.purpose, lang)),
            ),
          ),
        ),
      ),
    );
  }

  function ticked(): Choices {
    const choices: Choices = {};
    for (const c of config.categories) {
      const box = dialog?.querySelector<HTMLInputElement>(`input[data-category="${c.id}"]`);
      for (const p of c.purposes) {
        choices[p.id] = box?.checked ? 1 : 0;
      }
    }
    return choices;
  }

  function showChoices(): void {
    setView('choices');
    const current = options.current();
    dialog = h(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dijk-t2', class: 'd m', lang, tabindex: '-1' },
      h('div', { class: 'h' }, h('h2', { id: 'dijk-t2' }, t.title), button(t.close, closeChoices, 'b x')),
      ...config.categories.map((c) => category(c, current)),
      links.cloneNode(true),
      h(
        'div',
        { class: 'a' },
        button(t.acceptAll, () => options.choose('accept_all')),
        button(t.rejectAll, () => options.choose('reject_all')),
        button(t.save, () => options.choose('custom', ticked())),
      ),
    );
    trapFocus(dialog, () => root.activeElement, closeChoices);
    root.append(dialog);
    (focusables(dialog)[0] ?? dialog).focus();
  }

  /** Escape or Close: back to the first layer when nothing is chosen yet (closing is not a choice). */
  function closeChoices(): void {
    if (options.hasChoice()) {
      close();
    } else {
      setView('notice');
      chooseButton.focus();
    }
  }

  function close(): void {
    const hadFocus = root.activeElement !== null;
    setView('closed');
    if (hadFocus) {
      reopen.focus();
    }
  }

  return { showNotice: () => setView('notice'), showChoices, close };
}
