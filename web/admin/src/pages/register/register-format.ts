import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n/i18n';
import { formattingLocale } from '../../lib/format';

/** The UI language and the locale to format numbers and dates in. */
export function useLanguage(): { lang: Language; locale: string } {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return { lang, locale: formattingLocale(lang) };
}

/** The order in which to fall back when a text has no version in the UI language. */
const FALLBACK: readonly string[] = ['en', 'nl', 'fr', 'de'];

/** A text of the register in `lang`: multilingual texts are `{ nl?, fr?, en?, de? }`, plain strings are as-is. */
export function pickText(value: unknown, lang: Language): { text: string; lang: string } | undefined {
  if (typeof value === 'string') {
    return value ? { text: value, lang } : undefined;
  }
  if (!isRecord(value)) {
    return undefined;
  }
  for (const key of [lang, ...FALLBACK]) {
    const text = value[key];
    if (typeof text === 'string' && text) {
      return { text, lang: key };
    }
  }
  return undefined;
}

/** Lint messages come in nl and en only: a French UI shows the English text. */
export function findingLanguage(lang: Language): 'nl' | 'en' {
  return lang === 'nl' ? 'nl' : 'en';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a list in the register (anything else is skipped). */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The strings of a list in the register. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A string or number field as text, or undefined. */
export function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** An ISO 8601 duration in words (`P7Y` → "7 years", "7 jaar", "7 ans"); undefined when it is not one. */
export function formatIsoDuration(value: string, locale: string): string | undefined {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) {
    return undefined;
  }
  const parts = UNITS.flatMap((unit, index) => {
    const amount = match[index + 1];
    return amount === undefined
      ? []
      : [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(amount))];
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** A country's name in the UI language (`BE` → "België", "Belgique", "Belgium"); the code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
