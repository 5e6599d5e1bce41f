import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, fromEpochDay, toEpochDay } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import {
  comparePeriods,
  nextPeriod,
  parsePeriod,
  parsePeriodKey,
  periodContaining,
  periodEnd,
  periodFromExpression,
  periodKey,
  periodLabel,
  periodStart,
  periodToExpression,
  period,
  parseYearToDate,
  periodStandsFor,
} from './period.js';
import type { Period, PeriodKind } from './period.js';
import { lastDayOf } from '../vi/dates.js';

const p = (kind: PeriodKind, year: number, index = 1): Period => ({ kind, year, index });
const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('periods', () => {
  it.each<[Period, PlainDate, PlainDate, string, string, string]>([
    [p('month', 2024, 5), d(2024, 5, 1), d(2024, 5, 31), '2024-05', 'tháng 5/2024', 'May 2024'],
    [
      p('month', 2024, 2),
      d(2024, 2, 1),
      d(2024, 2, 29),
      '2024-02',
      'tháng 2/2024',
      'February 2024',
    ],
    [p('quarter', 2024, 2), d(2024, 4, 1), d(2024, 6, 30), '2024-Q2', 'quý II/2024', 'Q2 2024'],
    [p('quarter', 2021, 1), d(2021, 1, 1), d(2021, 3, 31), '2021-Q1', 'quý I/2021', 'Q1 2021'],
    [
      p('half', 2024, 1),
      d(2024, 1, 1),
      d(2024, 6, 30),
      '2024-H1',
      '6 tháng đầu năm 2024',
      'first half of 2024',
    ],
    [
      p('half', 2024, 2),
      d(2024, 7, 1),
      d(2024, 12, 31),
      '2024-H2',
      '6 tháng cuối năm 2024',
      'second half of 2024',
    ],
    [p('year', 2024), d(2024, 1, 1), d(2024, 12, 31), '2024', 'năm 2024', 'year 2024'],
    // ISO weeks, Monday to Sunday; the week-year is the year of the week's Thursday
    [
      p('week', 2025, 12),
      d(2025, 3, 17),
      d(2025, 3, 23),
      '2025-W12',
      'tuần 12 năm 2025',
      'week 12 of 2025',
    ],
    [
      p('week', 2026, 1),
      d(2025, 12, 29),
      d(2026, 1, 4),
      '2026-W01',
      'tuần 1 năm 2026',
      'week 1 of 2026',
    ],
    [
      p('week', 2020, 53),
      d(2020, 12, 28),
      d(2021, 1, 3),
      '2020-W53',
      'tuần 53 năm 2020',
      'week 53 of 2020',
    ],
  ])('%j', (period, start, end, key, vi, en) => {
    expect(periodStart(period)).toEqual(start);
    expect(periodEnd(period)).toEqual(end);
    expect(periodKey(period)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(period);
    expect(periodLabel(period)).toEqual({ vi, en });
    expect(parsePeriod(vi)).toEqual(period);
  });

  it.each<[string, Period]>([
    ['Tháng 5/2024', p('month', 2024, 5)],
    ['T5/2024', p('month', 2024, 5)],
    ['tháng 4-2021', p('month', 2021, 4)], // seed 003: "Chương trình chỉ đạo tháng 4-2021"
    ['Quý II/2024', p('quarter', 2024, 2)],
    ['quý I-2021', p('quarter', 2021, 1)], // seed 003: "Sơ kết quý I-2021"
    ['Q2/2024', p('quarter', 2024, 2)],
    ['6 tháng đầu năm 2024', p('half', 2024, 1)],
    ['6 tháng 2024', p('half', 2024, 1)],
    ['6 tháng cuối năm 2024', p('half', 2024, 2)],
    ['Năm 2024', p('year', 2024)],
    ['Cả năm 2024', p('year', 2024)],
    ['2024', p('year', 2024)],
    ['2024-Q2', p('quarter', 2024, 2)],
    ['Kỳ báo cáo: Quý II/2024', p('quarter', 2024, 2)],
    ['Báo cáo tháng 5/2024', p('month', 2024, 5)],
    ['QUÝ II/2024'.normalize('NFD'), p('quarter', 2024, 2)],
  ])('parsePeriod(%j)', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(['25/6/2024', '', 'abc', 'tháng 13/2024', '2024-13', '9 tháng 2024', '0999'])(
    'parsePeriod(%j) is undefined',
    (text) => {
      expect(parsePeriod(text)).toBeUndefined();
    },
  );

  it('reads a period without its year from the context', () => {
    expect(parsePeriod('Quý II', { defaultYear: 2024 })).toEqual(p('quarter', 2024, 2));
  });

  // weeks as report logs write them: of the year, or the n-th week of a month (the n-th week whose
  // Thursday is in the month)
  it.each<[string, number | undefined, Period | undefined]>([
    ['Tuần 12/2025', undefined, p('week', 2025, 12)],
    ['Tuần 12', 2025, p('week', 2025, 12)],
    ['Kỳ báo cáo: tuần 52 năm 2025', undefined, p('week', 2025, 52)],
    ['BC tuần thứ 3', 2026, p('week', 2026, 3)],
    ['2025-W12', undefined, p('week', 2025, 12)],
    // 1/10/2025 is a Wednesday: the first Thursday is 2/10 (week 40), the second 9/10 (week 41)
    ['Tuần 2 tháng 10/2025', undefined, p('week', 2025, 41)],
    ['tuần 1 tháng 10', 2025, p('week', 2025, 40)],
    // 1/6/2026 is a Monday: its week (1–7/6) is week 23
    ['Tuần 1 tháng 6 năm 2026', undefined, p('week', 2026, 23)],
    ['Tuần 5 tháng 10/2025', undefined, p('week', 2025, 44)],
    // November 2025 has four Thursdays; 2025 has 52 weeks; no year, no week
    ['Tuần 5 tháng 11/2025', undefined, undefined],
    ['Tuần 53/2025', undefined, undefined],
    ['Tuần 12', undefined, undefined],
  ])('parsePeriod(%j) with the year %s', (text, defaultYear, expected) => {
    expect(parsePeriod(text, defaultYear !== undefined ? { defaultYear } : {})).toEqual(expected);
  });

  it.each<[PlainDate, PeriodKind, Period]>([
    [d(2024, 5, 19), 'month', p('month', 2024, 5)],
    [d(2024, 6, 30), 'quarter', p('quarter', 2024, 2)],
    [d(2024, 7, 1), 'quarter', p('quarter', 2024, 3)],
    [d(2024, 6, 30), 'half', p('half', 2024, 1)],
    [d(2024, 7, 1), 'half', p('half', 2024, 2)],
    [d(2024, 12, 31), 'year', p('year', 2024)],
    [d(2025, 3, 21), 'week', p('week', 2025, 12)],
    [d(2024, 12, 30), 'week', p('week', 2025, 1)],
    [d(2021, 1, 3), 'week', p('week', 2020, 53)],
  ])('periodContaining(%j, %s)', (date, kind, expected) => {
    expect(periodContaining(date, kind)).toEqual(expected);
  });

  it('steps across years', () => {
    expect(nextPeriod(p('month', 2024, 12))).toEqual(p('month', 2025, 1));
    expect(nextPeriod(p('quarter', 2024, 1), -1)).toEqual(p('quarter', 2023, 4));
    expect(nextPeriod(p('half', 2024, 2), 3)).toEqual(p('half', 2026, 1));
    expect(nextPeriod(p('week', 2020, 52))).toEqual(p('week', 2020, 53));
    expect(nextPeriod(p('week', 2020, 53))).toEqual(p('week', 2021, 1));
    expect(nextPeriod(p('week', 2025, 1), -1)).toEqual(p('week', 2024, 52));
  });

  it('orders periods by start, then length', () => {
    const list = [p('year', 2024), p('month', 2024, 4), p('quarter', 2024, 2), p('month', 2024, 1)];
    expect([...list].sort(comparePeriods).map(periodKey)).toEqual([
      '2024-01',
      '2024',
      '2024-04',
      '2024-Q2',
    ]);
  });
});

describe('properties', () => {
  const kinds = fc.constantFrom<PeriodKind>('week', 'month', 'quarter', 'half', 'year');
  // up to 28/12/2199, the last day always in a week of 2199 (29–31/12 may be in week 1 of 2200,
  // past the years dates are read in)
  const anyDate = fc
    .integer({ min: toEpochDay(d(1900, 1, 1)), max: toEpochDay(d(2199, 12, 28)) })
    .map(fromEpochDay);

  it('the period holding a day starts on or before it and ends on or after it; the next one starts the day after', () => {
    fc.assert(
      fc.property(anyDate, kinds, (date, kind) => {
        const period = periodContaining(date, kind);
        expect(compareDates(periodStart(period), date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, periodEnd(period))).toBeLessThanOrEqual(0);
        expect(periodStart(nextPeriod(period))).toEqual(addDays(periodEnd(period), 1));
      }),
    );
  });

  it('key, label and expression round-trip', () => {
    fc.assert(
      fc.property(anyDate, kinds, (date, kind) => {
        const period = periodContaining(date, kind);
        expect(parsePeriodKey(periodKey(period))).toEqual(period);
        expect(parsePeriod(periodLabel(period).vi)).toEqual(period);
        const expression = periodToExpression(period);
        // a week has no date expression; every other kind round-trips through one
        expect(expression === undefined).toBe(kind === 'week');
        if (!expression) return;
        expect(periodFromExpression(expression)).toEqual(period);
        expect(lastDayOf(expression)).toEqual(periodEnd(period));
      }),
    );
  });
});

describe('parseYearToDate: reports counted from the start of the year', () => {
  it.each([
    ['6 tháng', 2024, { year: 2024, lastMonth: 6 }],
    ['6 tháng đầu năm', 2024, { year: 2024, lastMonth: 6 }],
    ['9 tháng', 2024, { year: 2024, lastMonth: 9 }],
    ['Báo cáo 9 tháng năm 2023', 2024, { year: 2023, lastMonth: 9 }],
    ['Cả năm', 2024, { year: 2024, lastMonth: 12 }],
    ['Năm 2024', undefined, { year: 2024, lastMonth: 12 }],
    ['6 tháng', undefined, undefined],
    ['Quý III', 2024, undefined],
    ['5 tháng', 2024, undefined],
  ] as const)('%s (year %s) → %j', (text, defaultYear, read) => {
    expect(parseYearToDate(text, defaultYear !== undefined ? { defaultYear } : {})).toEqual(read);
  });
});

describe('periodStandsFor: which log period is which quarter', () => {
  const q = (index: number) => period('quarter', 2024, index)!;
  const context = { defaultYear: 2024 };
  it.each([
    ['Quý I', 1, true],
    ['Quý II/2024', 2, true],
    ['6 tháng', 2, true], // the six-month report is the second quarter's
    ['6 tháng đầu năm 2024', 2, true],
    ['9 tháng', 3, true],
    ['Năm 2024', 4, true],
    ['6 tháng', 3, false],
    ['9 tháng', 2, false],
    ['Quý II/2023', 2, false],
    ['Tháng 6', 2, false],
  ] as const)('"%s" stands for quarter %s: %s', (text, index, yes) => {
    expect(periodStandsFor(text, q(index), context)).toBe(yes);
  });

  it('reads "6 tháng" as the first half in the document year', () => {
    expect(parsePeriod('6 tháng', context)).toEqual(period('half', 2024, 1));
    expect(parsePeriod('6 tháng')).toBeUndefined();
  });
});
