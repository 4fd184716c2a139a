import {
  CONSENT_COOKIE,
  chooseLanguage,
  consentPurposes,
  currentChoices,
  isCategoryGranted,
  isStoredChoiceValid,
  methodOf,
  readStoredChoice,
} from './choice.js';
import { setConsentDefaults, updateConsentMode } from './consent-mode.js';
import { cookieDeletions } from './cookies.js';
import { releaseElements } from './gate.js';
import type { BannerConfig, Choices, ConsentMethod, StoredChoice } from './types.js';
import { type BannerUi, createBannerUi } from './ui.js';

/**
 * The Dijk cookie banner. Embedded as `<script src="https://dijk.example/banner.js" data-site="KEY" async>`: it
 * talks only to the Dijk origin it was loaded from, reads its configuration (the register's cookies and consent
 * purposes), asks, records each choice in the consent ledger, and runs the page's blocked scripts only on consent.
 */
interface DijkWindow {
  dijk?: { open(): void; consent(category: string): boolean };
}

// As early as possible: before any tag on the page can read it.
setConsentDefaults();

const script = document.currentScript as HTMLScriptElement | null;
const w = window as unknown as DijkWindow;
if (script && !w.dijk) {
  start(script);
}

function start(tag: HTMLScriptElement): void {
  const api = (path: string) => new URL(`api/consent${path}`, tag.src).href;
  const site = tag.dataset.site || '';
  const granted: Record<string, boolean> = {};
  let ui: BannerUi | undefined;
  w.dijk = { open: () => ui?.showChoices(), consent: (category) => granted[category] === true };

  fetch(api(`/config?site=${encodeURIComponent(site)}`), { credentials: 'omit', mode: 'cors' })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((config: BannerConfig) => whenReady(() => run(config)))
    .catch((reason) => console.warn(`Dijk banner: no configuration for site "${site}" (${reason})`));

  function run(config: BannerConfig): void {
    const lang = chooseLanguage(document.documentElement.lang, navigator.languages || [], Object.keys(config.texts));
    const texts = config.texts[lang] as BannerConfig['texts'][string];
    const purposes = consentPurposes(config);
    const now = () => Math.floor(Date.now() / 1000);
    let stored = readStoredChoice(document.cookie);
    let isValid = isStoredChoiceValid(stored, config, now());

    /** Grants what the choices allow, runs what may run, deletes the cookies of what may not. */
    function apply(choices: Choices, method?: ConsentMethod | 'stored'): void {
      const patterns: string[] = [];
      for (const category of config.categories) {
        granted[category.id] = isCategoryGranted(category, choices);
        if (!granted[category.id]) {
          patterns.push(...category.cookies.map((c) => c.name));
        }
      }
      if (method) {
        updateConsentMode(granted);
      }
      releaseElements((category) => granted[category] === true);
      for (const deletion of cookieDeletions(document.cookie, patterns, location.hostname, location.pathname)) {
        setCookie(deletion);
      }
      if (method) {
        // Without a choice the Consent Mode defaults (all denied) stand, and there is nothing to tell.
        document.dispatchEvent(new CustomEvent('dijk:consent', { detail: { consent: { ...granted }, method } }));
      }
    }

    /** Keeps the choice in the first-party cookie, and sends it to the ledger with the notice shown (Art. 7(1)). */
    function record(method: ConsentMethod, choices: Choices, pending?: boolean): void {
      stored = {
        v: stored?.v || visitorId(),
        r: config.registerVersion,
        t: now(),
        c: choices,
        h: Object.fromEntries(purposes.map((p) => [p.id, p.hash])),
        ...(pending ? { g: 1 } : {}),
      } satisfies StoredChoice;
      const kept = stored;
      const keep = () =>
        setCookie(
          `${CONSENT_COOKIE}=${encodeURIComponent(JSON.stringify(kept))}; max-age=${config.renewalDays * 86400}; path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`,
        );
      keep();
      const body = {
        site,
        visitor: stored.v,
        registerVersion: config.registerVersion,
        noticeHash: texts.hash,
        language: lang,
        method,
        choices: Object.fromEntries(purposes.map((p) => [p.id, choices[p.id] === 1])),
      };
      fetch(api(''), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
        credentials: 'omit',
        mode: 'cors',
      })
        .then((response) => (response.ok ? undefined : Promise.reject(response.status)))
        .catch((reason) => {
          console.warn(`Dijk banner: the choice could not be recorded (${reason})`);
          // No proof, no consent (Art. 7(1)): a consent the ledger does not hold is asked again on the next page.
          // A refusal is still honoured here, and it will be asked again too.
          kept.t = 0;
          keep();
        });
    }

    function choose(pressed: 'accept_all' | 'reject_all' | 'custom', ticked?: Choices): void {
      const choices: Choices = {};
      for (const p of purposes) {
        choices[p.id] = pressed === 'accept_all' ? 1 : pressed === 'custom' ? (ticked?.[p.id] ?? 0) : 0;
      }
      const method = methodOf(pressed, choices, currentChoices(stored, config, now()));
      record(method, choices);
      isValid = true;
      apply(choices, method);
      ui?.close();
    }

    ui = createBannerUi({
      config,
      texts,
      lang,
      nonce: tag.dataset.nonce || tag.nonce || '',
      current: () => currentChoices(stored, config, now()),
      hasChoice: () => isValid,
      choose,
    });
    if (isValid && stored) {
      apply(stored.c, 'stored');
      ui.close();
      return;
    }
    const counting = currentChoices(stored, config, now());
    const marketing = purposes.filter((p) => p.category === 'marketing');
    const isGpc = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    if (isGpc && marketing.some((p) => counting[p.id] === undefined)) {
      // Global Privacy Control is the visitor's refusal of marketing, recorded as such at once. The answers that
      // still count are kept; purposes without one are still asked, and an explicit choice afterwards replaces all.
      const choices: Choices = {};
      for (const p of purposes) {
        choices[p.id] = p.category === 'marketing' ? 0 : (counting[p.id] ?? 0);
      }
      const isPending = purposes.some((p) => p.category !== 'marketing' && counting[p.id] === undefined);
      record('gpc', choices, isPending);
      isValid = !isPending;
      apply(choices, 'gpc');
      if (isValid) {
        ui.close();
        return;
      }
    } else {
      // Asked again: what still counts (unchanged purposes of an unexpired choice) keeps running meanwhile.
      apply(counting, Object.values(counting).includes(1) ? 'stored' : undefined);
    }
    ui.showNotice();
  }
}

/** Runs `fn` once the body exists (an async script may run before the page is parsed). */
function whenReady(fn: () => void): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fn);
  } else {
    fn();
  }
}

/** Sets or expires one cookie of the page (the Cookie Store API is not in every browser the banner serves). */
function setCookie(value: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the one place the banner writes cookies, for every browser
  document.cookie = value;
}

/** A pseudonymous visitor id: 128 random bits, base64url. */
function visitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
