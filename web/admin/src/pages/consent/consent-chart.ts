import type { DayChoices, PurposeFigures } from '../../api/consent.api';

/** The kinds of banner choice, bottom to top in a stacked bar and in the legend. */
export const CHOICE_SERIES = ['acceptAll', 'rejectAll', 'custom', 'gpc', 'withdraw'] as const;
export type ChoiceSeries = (typeof CHOICE_SERIES)[number];

const DAY_MS = 86_400_000;

/** A day without choices. */
export function emptyDay(day: string): DayChoices {
  return { day, acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0, withdraw: 0 };
}

/**
 * Every UTC day from `from` to `to` (ISO instants, both days included), with the figures of `days` where the API
 * has some: the API leaves out days without choices, and a chart must show them as empty, not skip them.
 */
export function fillDays(from: string, to: string, days: readonly DayChoices[]): DayChoices[] {
  const start = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) {
    return [...days];
  }
  const known = new Map(days.map((d) => [d.day, d]));
  const filled: DayChoices[] = [];
  for (let at = start; at <= end; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    filled.push(known.get(day) ?? emptyDay(day));
  }
  return filled;
}

/** All choices of a day. */
export function dayTotal(day: DayChoices): number {
  return CHOICE_SERIES.reduce((sum, series) => sum + day[series], 0);
}

/** The choices of each kind over all days, and their sum. */
export function choiceTotals(days: readonly DayChoices[]): Record<ChoiceSeries | 'all', number> {
  const totals = { acceptAll: 0, rejectAll: 0, custom: 0, gpc: 0, withdraw: 0, all: 0 };
  for (const day of days) {
    for (const series of CHOICE_SERIES) {
      totals[series] += day[series];
      totals.all += day[series];
    }
  }
  return totals;
}

/** The share of all choices that accepted everything (0–1), or null without any choice. */
export function acceptAllShare(days: readonly DayChoices[]): number | null {
  const totals = choiceTotals(days);
  return totals.all === 0 ? null : totals.acceptAll / totals.all;
}

/** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `value`; at least 1. */
export function niceStep(value: number): number {
  if (!(value > 1)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) {
      return step * power;
    }
  }
  return 10 * power;
}

/**
 * The value axis for bars up to `highest`: whole-number gridlines about four steps apart, each step a nice number,
 * and a top that is a gridline at or above the highest bar (at least 1, so an empty chart still has an axis).
 */
export function valueAxis(highest: number): { max: number; ticks: number[] } {
  const top = Number.isFinite(highest) && highest > 0 ? highest : 1;
  const step = niceStep(top / 4);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) {
    ticks.push(value);
  }
  return { max, ticks };
}

/** One coloured part of a stacked bar: its kind, its count, and where it starts and ends on the value axis. */
export interface Segment {
  series: ChoiceSeries;
  count: number;
  from: number;
  to: number;
}

/** The non-empty parts of a day's bar, bottom to top. */
export function stackDay(day: DayChoices): Segment[] {
  const segments: Segment[] = [];
  let base = 0;
  for (const series of CHOICE_SERIES) {
    const count = day[series];
    if (count > 0) {
      segments.push({ series, count, from: base, to: base + count });
      base += count;
    }
  }
  return segments;
}

/** Which days get a label under the axis: every day up to 10, else about seven evenly spaced, always the last. */
export function isLabelledDay(index: number, count: number): boolean {
  if (count <= 10) {
    return true;
  }
  const every = Math.ceil(count / 7);
  return index === count - 1 || (index % every === 0 && count - 1 - index >= every / 2);
}

/** How often a purpose was granted: given / (given + refused + withdrawn), null when nobody chose. */
export interface PurposeShare extends PurposeFigures {
  total: number;
  share: number | null;
}

export function purposeShare(figures: PurposeFigures): PurposeShare {
  const total = figures.given + figures.refused + figures.withdrawn;
  return { ...figures, total, share: total === 0 ? null : figures.given / total };
}
