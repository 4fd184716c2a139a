/**
 * Formats a duration in seconds as its two largest units in words, localised with Intl
 * (`3 days, 4 hours`, `3 dagen en 4 uur`, `3 jours et 4 heures`). Below a minute it shows seconds.
 */
export function formatDuration(totalSeconds: number, locale: string): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const parts: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', Math.floor(seconds / 86_400)],
    ['hour', Math.floor((seconds % 86_400) / 3_600)],
    ['minute', Math.floor((seconds % 3_600) / 60)],
    ['second', seconds % 60],
  ];
  const firstNonZero = parts.findIndex(([, value]) => value > 0);
  if (firstNonZero === -1) {
    return formatUnit(0, 'second', locale);
  }
  const shown = parts
    .slice(firstNonZero, firstNonZero + 2)
    .filter(([, value]) => value > 0)
    .map(([unit, value]) => formatUnit(value, unit, locale));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(shown);
}

function formatUnit(value: number, unit: Intl.NumberFormatOptions['unit'], locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** Formats milliseconds with one decimal, localised (`0.8 ms`, `0,8 ms`). */
export function formatMilliseconds(ms: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'millisecond',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(ms);
}

/** Formats a date and time, localised, in the browser's time zone. */
export function formatDateTime(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** Formats a time of day with seconds, localised. */
export function formatTime(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(value);
}

/** Formats a whole number, localised (`12 345`, `12.345`). */
export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * The locale to format numbers and dates in: the browser's own variant of the UI language when it has one (so an
 * `en-GB` or `nl-BE` browser gets its date order and separators), else the UI language itself.
 */
export function formattingLocale(language: string, preferred: readonly string[] = navigator.languages ?? []): string {
  const variant = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language);
  try {
    return variant ? (Intl.getCanonicalLocales(variant)[0] ?? language) : language;
  } catch {
    // A malformed tag from the browser: the UI language is always valid.
    return language;
  }
}
