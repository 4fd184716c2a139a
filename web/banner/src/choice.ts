import type { BannerCategory, BannerConfig, Choices, ConsentMethod, StoredChoice } from './types.js';

/** The banner's own cookie (declared as strictly necessary in every banner configuration). */
export const CONSENT_COOKIE = 'dijk_consent';

/** Every consent purpose of the configuration, with its category. */
export function consentPurposes(config: BannerConfig): { id: string; hash: string; category: string }[] {
  return config.categories.flatMap((c) => c.purposes.map((p) => ({ ...p, category: c.id })));
}

/** Reads the stored choice from a `document.cookie` string; undefined when absent or unreadable. */
export function readStoredChoice(cookieHeader: string): StoredChoice | undefined {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.split('=');
    if (name?.trim() === CONSENT_COOKIE) {
      try {
        const value = JSON.parse(decodeURIComponent(rest.join('='))) as StoredChoice;
        return typeof value.v === 'string' && typeof value.t === 'number' && value.c && value.h ? value : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The part of a stored choice that still counts: nothing once it is `renewalDays` old (a refusal is kept as long as
 * a consent, LEGAL.md §5), and only the purposes whose material hash is the one stored with the choice (consent must
 * be specific and informed, Art. 4(11): a changed purpose is asked again, the others keep their answer).
 */
export function currentChoices(stored: StoredChoice | undefined, config: BannerConfig, nowSeconds: number): Choices {
  const choices: Choices = {};
  if (stored && nowSeconds < stored.t + config.renewalDays * 86400) {
    for (const p of consentPurposes(config)) {
      const value = stored.c[p.id];
      if (stored.h[p.id] === p.hash && value !== undefined) {
        choices[p.id] = value;
      }
    }
  }
  return choices;
}

/**
 * Whether a stored choice still answers every consent purpose, so the banner need not ask (see currentChoices). A
 * choice that only Global Privacy Control made (`g`: marketing refused, the rest not asked yet) is not an answer.
 */
export function isStoredChoiceValid(stored: StoredChoice | undefined, config: BannerConfig, nowSeconds: number) {
  const choices = currentChoices(stored, config, nowSeconds);
  return !!stored && !stored.g && consentPurposes(config).every((p) => choices[p.id] !== undefined);
}

/** A category runs when it needs no consent, or when every consent purpose it serves is given. */
export function isCategoryGranted(category: BannerCategory, choices: Choices): boolean {
  return category.required || category.purposes.every((p) => choices[p.id] === 1);
}

/**
 * How to name a choice in the ledger: a withdrawal when an earlier valid choice gave a purpose that is now taken
 * away and nothing new is given (Art. 7(3)); otherwise what the visitor pressed.
 */
export function methodOf(pressed: ConsentMethod, next: Choices, previous: Choices | undefined): ConsentMethod {
  if (!previous) {
    return pressed;
  }
  const ids = Object.keys(next);
  const isTakenAway = ids.some((id) => previous[id] === 1 && next[id] === 0);
  const isNewlyGiven = ids.some((id) => previous[id] !== 1 && next[id] === 1);
  return isTakenAway && !isNewlyGiven ? 'withdraw' : pressed;
}

/** The banner language: `<html lang>`, then the browser's languages, then English, then the first available. */
export function chooseLanguage(htmlLang: string, browserLanguages: readonly string[], available: string[]): string {
  for (const tag of [htmlLang, ...browserLanguages]) {
    const primary = (tag || '').toLowerCase().split('-')[0] as string;
    if (available.includes(primary)) {
      return primary;
    }
  }
  return available.includes('en') ? 'en' : (available[0] as string);
}

/** A text in the chosen language, else English, else the first available. */
export function pickText(texts: Record<string, string>, lang: string): string {
  return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
