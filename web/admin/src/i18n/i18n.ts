import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages of the admin UI, in the order the switch shows them. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

const STORAGE_KEY = 'dijk.admin.language';

/** Whether a value is one of the admin UI's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one chosen earlier (localStorage), else the first of the browser's preferred
 * languages we have (`nl-BE` → `nl`), else English.
 */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) {
    return stored;
  }
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) {
      return primary;
    }
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode, policy): fall back to the browser's languages.
    return null;
  }
}

// Each catalog is its own chunk (~50 KB each), fetched when its language is first used: a page loads one, not three.
const CATALOGS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  nl: () => import('./nl.json'),
  fr: () => import('./fr.json'),
  en: () => import('./en.json'),
};

async function loadCatalog(language: Language): Promise<Record<string, unknown>> {
  return (await CATALOGS[language]()).default;
}

/**
 * Switches the UI language (fetching its catalog the first time), remembers the choice and keeps `<html lang>` in
 * step (WCAG 3.1.1).
 */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadCatalog(language));
  }
  await i18next.changeLanguage(language);
}

/**
 * Initialises i18next with the catalog of the language to start in. Await it before the first render, so that
 * render is translated. The catalogs have the same keys (catalogs.test.ts), so no fallback catalog is loaded.
 */
export async function initI18n(): Promise<typeof i18next> {
  const language = detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: await loadCatalog(language) } },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    showSupportNotice: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}
