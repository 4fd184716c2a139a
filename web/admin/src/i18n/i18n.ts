import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

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

/** Switches the UI language, remembers the choice and keeps `<html lang>` in step (WCAG 3.1.1). */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
  await i18next.changeLanguage(language);
}

/** Initialises i18next with the three bundled catalogs; synchronous, so the first render is translated. */
export function initI18n(): typeof i18next {
  const language = detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    showSupportNotice: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}
