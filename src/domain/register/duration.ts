/**
 * ISO 8601 durations as the register uses them (`P7Y`, `P52M`, `PT24H`). Comparisons are approximate (a month is
 * 30.44 days), which is enough to tell 7 years from 10 or a month from two; deadline arithmetic on calendar dates
 * (Reg. 1182/71) lives in the requests area, not here.
 */
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The regular expression every register duration must match. */
export const ISO_DURATION_PATTERN = DURATION.source;

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Parses an ISO 8601 duration; undefined when it is not one. */
export function parseDuration(text: string): DurationParts | undefined {
  const match = DURATION.exec(text);
  if (!match) {
    return undefined;
  }
  const n = (i: number) => Number(match[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** True when `text` is an ISO 8601 duration. */
export function isDuration(text: string): boolean {
  return DURATION.test(text);
}

/** Approximate length in days; NaN when `text` is not a duration. */
export function durationInDays(text: string): number {
  const p = parseDuration(text);
  if (!p) {
    return Number.NaN;
  }
  return (
    p.years * 365.25 + p.months * 30.4375 + p.weeks * 7 + p.days + p.hours / 24 + p.minutes / 1440 + p.seconds / 86400
  );
}

/** Compares two durations by approximate length: negative when `a` is shorter, 0 when about equal. */
export function compareDurations(a: string, b: string): number {
  const diff = durationInDays(a) - durationInDays(b);
  return Math.abs(diff) < 0.5 ? 0 : diff;
}

/** Formats a duration as words: `P7Y` → "7 jaar" / "7 years" / "7 ans". */
export function describeDuration(text: string, lang: 'nl' | 'en' | 'fr'): string {
  const p = parseDuration(text);
  if (!p) {
    return text;
  }
  const words = {
    nl: [
      ['jaar', 'jaar'],
      ['maand', 'maanden'],
      ['week', 'weken'],
      ['dag', 'dagen'],
      ['uur', 'uur'],
      ['minuut', 'minuten'],
      ['seconde', 'seconden'],
    ],
    en: [
      ['year', 'years'],
      ['month', 'months'],
      ['week', 'weeks'],
      ['day', 'days'],
      ['hour', 'hours'],
      ['minute', 'minutes'],
      ['second', 'seconds'],
    ],
    fr: [
      ['an', 'ans'],
      ['mois', 'mois'],
      ['semaine', 'semaines'],
      ['jour', 'jours'],
      ['heure', 'heures'],
      ['minute', 'minutes'],
      ['seconde', 'secondes'],
    ],
  }[lang];
  const values = [p.years, p.months, p.weeks, p.days, p.hours, p.minutes, p.seconds];
  const parts = values.flatMap((v, i) => (v > 0 ? [`${v} ${words[i]?.[v === 1 ? 0 : 1] ?? ''}`] : []));
  return parts.length > 0 ? parts.join(' ') : text;
}
