import { describe, expect, it } from 'vitest';
import {
  acceptAllShare,
  choiceTotals,
  dayTotal,
  emptyDay,
  fillDays,
  isLabelledDay,
  niceStep,
  purposeShare,
  stackDay,
  valueAxis,
} from './consent-chart';

describe('fillDays', () => {
  it('fills every UTC day of the range, keeping the figures the API gave', () => {
    const days = fillDays('2026-11-20T10:00:00.000Z', '2026-11-23T09:00:00.000Z', [
      { ...emptyDay('2026-11-21'), acceptAll: 3 },
    ]);
    expect(days.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(days[1]?.acceptAll).toBe(3);
    expect(days[0]).toEqual(emptyDay('2026-11-20'));
  });

  it('crosses month and year ends', () => {
    const days = fillDays('2026-12-30T00:00:00Z', '2027-01-02T00:00:00Z', []);
    expect(days.map((d) => d.day)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('gives back what it got for a range it cannot read', () => {
    const given = [{ ...emptyDay('2026-11-21'), gpc: 1 }];
    expect(fillDays('nonsense', '2026-11-21T00:00:00Z', given)).toEqual(given);
  });
});

describe('totals and shares', () => {
  const days = [
    { day: '2026-11-20', acceptAll: 2, rejectAll: 1, custom: 1, gpc: 0, withdraw: 0 },
    { day: '2026-11-21', acceptAll: 1, rejectAll: 0, custom: 0, gpc: 2, withdraw: 1 },
  ];

  it('adds the choices of a day and of the period', () => {
    expect(dayTotal(days[0] ?? emptyDay('x'))).toBe(4);
    expect(choiceTotals(days)).toEqual({ acceptAll: 3, rejectAll: 1, custom: 1, gpc: 2, withdraw: 1, all: 8 });
  });

  it('gives the share accepting all, or null without choices', () => {
    expect(acceptAllShare(days)).toBeCloseTo(3 / 8);
    expect(acceptAllShare([])).toBeNull();
    expect(acceptAllShare([emptyDay('2026-11-20')])).toBeNull();
  });

  it('computes the share granted per purpose over given, refused and withdrawn', () => {
    expect(purposeShare({ purposeId: 'analytics', given: 3, refused: 1, withdrawn: 0 })).toMatchObject({
      total: 4,
      share: 0.75,
    });
    expect(purposeShare({ purposeId: 'ads', given: 0, refused: 1, withdrawn: 1 }).share).toBe(0);
    expect(purposeShare({ purposeId: 'none', given: 0, refused: 0, withdrawn: 0 })).toMatchObject({
      total: 0,
      share: null,
    });
  });
});

describe('scale', () => {
  it('rounds a step up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.5, 1, 2, 3, 7, 10, 11, 24, 51, 99, 101, 480].map(niceStep)).toEqual([
      1, 1, 1, 2, 5, 10, 10, 20, 50, 100, 100, 200, 500,
    ]);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it('tops the axis with a whole-number gridline at or above the highest bar', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis(1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(valueAxis(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(valueAxis(5)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(valueAxis(11)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(valueAxis(24)).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(valueAxis(100)).toEqual({ max: 100, ticks: [0, 50, 100] });
    expect(valueAxis(480)).toEqual({ max: 600, ticks: [0, 200, 400, 600] });
    expect(valueAxis(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('stacks the non-empty kinds of a day bottom to top', () => {
    expect(stackDay({ day: 'd', acceptAll: 2, rejectAll: 0, custom: 1, gpc: 0, withdraw: 3 })).toEqual([
      { series: 'acceptAll', count: 2, from: 0, to: 2 },
      { series: 'custom', count: 1, from: 2, to: 3 },
      { series: 'withdraw', count: 3, from: 3, to: 6 },
    ]);
    expect(stackDay(emptyDay('d'))).toEqual([]);
  });

  it('labels every day of a week, and about seven days of a longer period including the last', () => {
    expect([...Array(8).keys()].every((i) => isLabelledDay(i, 8))).toBe(true);
    const month = [...Array(31).keys()].filter((i) => isLabelledDay(i, 31));
    expect(month.length).toBeGreaterThanOrEqual(6);
    expect(month.length).toBeLessThanOrEqual(8);
    expect(month).toContain(30);
    const quarter = [...Array(91).keys()].filter((i) => isLabelledDay(i, 91));
    expect(quarter.length).toBeLessThanOrEqual(8);
    expect(quarter).toContain(90);
  });
});
