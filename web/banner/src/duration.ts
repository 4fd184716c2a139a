/**
 * Unit words for the cookie table's durations, per language: year, month, week, day, hour (singular, plural),
 * then "session". Anything else is shown as the register has it (ISO 8601).
 */
const UNITS: Record<string, string[]> = {
  nl: ['jaar', 'jaar', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'uur', 'sessie'],
  fr: ['an', 'ans', 'mois', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'session'],
  en: ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'session'],
  de: ['Jahr', 'Jahre', 'Monat', 'Monate', 'Woche', 'Wochen', 'Tag', 'Tage', 'Stunde', 'Stunden', 'Sitzung'],
};

/** `P1Y` → "1 year", `P13M` → "13 months", `PT24H` → "24 hours", `session` → "session"; else the ISO value. */
export function formatDuration(duration: string, lang: string): string {
  const words = UNITS[lang] ?? (UNITS.en as string[]);
  if (duration === 'session') {
    return words[10] as string;
  }
  const match = /^P(?:(\d+)([YMWD])|T(\d+)H)$/.exec(duration);
  if (!match) {
    return duration;
  }
  const count = Number(match[1] ?? match[3]);
  const unit = match[2] ? 'YMWD'.indexOf(match[2]) : 4;
  return `${count} ${words[unit * 2 + (count === 1 ? 0 : 1)]}`;
}
