import { parseDuration } from '../register/duration.js';

/** Parsed durations by text: a register names a handful, and every consent event needs one. */
const parsedDurations = new Map<string, ReturnType<typeof parseDuration>>();

function parsed(duration: string): ReturnType<typeof parseDuration> {
  let p = parsedDurations.get(duration);
  if (p === undefined) {
    p = parseDuration(duration);
    if (parsedDurations.size >= 1000) {
      parsedDurations.clear();
    }
    parsedDurations.set(duration, p);
  }
  return p;
}

/**
 * Adds an ISO 8601 duration to a time with calendar arithmetic in UTC (P6M from 31 August is 28 February or
 * 29 February, never 3 March). Throws on a text that is not a duration.
 */
export function addDuration(from: Date, duration: string): Date {
  const p = parsed(duration);
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
