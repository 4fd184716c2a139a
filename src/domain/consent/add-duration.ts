import { parseDuration } from '../register/duration.js';

/**
 * Adds an ISO 8601 duration to a time with calendar arithmetic in UTC (P6M from 31 August is 28 February or
 * 29 February, never 3 March). Throws on a text that is not a duration.
 */
export function addDuration(from: Date, duration: string): Date {
  const p = parseDuration(duration);
  if (!p) {
    throw new Error(`Not an ISO 8601 duration: ${duration}`);
  }
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCFullYear(d.getUTCFullYear() + p.years);
  d.setUTCMonth(d.getUTCMonth() + p.months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  const ms = ((p.weeks * 7 + p.days) * 24 * 3600 + p.hours * 3600 + p.minutes * 60 + p.seconds) * 1000;
  return new Date(d.getTime() + ms);
}
