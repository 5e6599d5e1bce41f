import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, fromEpochDay, toEpochDay } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import { nextPeriod, periodContaining, periodKey, periodStart } from './period.js';
import { expandSchedule, periodKindOf, scheduleDue, weeklyDueOf } from './schedule.js';
import type { Schedule, ScheduleDue, ScheduleEvery } from './schedule.js';
import { formatIsoDate } from '../model/plain-date.js';

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const rows = (list: ReturnType<typeof expandSchedule>) =>
  list.map((s) => [periodKey(s.period), formatIsoDate(s.due)]);

describe('expandSchedule', () => {
  it('monthly "trước ngày 10 hằng tháng": the report about a month is due before the 10th of the next one', () => {
    const schedule: Schedule = {
      every: 'month',
      due: { day: 10, before: true },
      from: d(2024, 4, 10),
    };
    expect(rows(expandSchedule(schedule, d(2024, 7, 1)))).toEqual([
      ['2024-04', '2024-05-09'],
      ['2024-05', '2024-06-09'],
      ['2024-06', '2024-07-09'],
      ['2024-07', '2024-08-09'],
    ]);
    expect(rows(expandSchedule(schedule, d(2024, 5, 31), { beforeIsInclusive: true }))).toEqual([
      ['2024-04', '2024-05-10'],
      ['2024-05', '2024-06-10'],
    ]);
  });

  it('quarterly within the last month of the quarter (monthOffset 0), clamping day 31', () => {
    const schedule: Schedule = {
      every: 'quarter',
      due: { day: 31, monthOffset: 0 },
      from: d(2024, 1, 1),
    };
    expect(rows(expandSchedule(schedule, d(2024, 12, 31)))).toEqual([
      ['2024-Q1', '2024-03-31'],
      ['2024-Q2', '2024-06-30'],
      ['2024-Q3', '2024-09-30'],
      ['2024-Q4', '2024-12-31'],
    ]);
  });

  it('half-yearly and yearly reports a number of days after the period ends', () => {
    expect(
      rows(
        expandSchedule(
          { every: 'half-year', due: { daysAfterPeriodEnd: 15 }, from: d(2024, 1, 1) },
          d(2025, 1, 1),
        ),
      ),
    ).toEqual([
      ['2024-H1', '2024-07-15'],
      ['2024-H2', '2025-01-15'],
      ['2025-H1', '2025-07-15'],
    ]);
    expect(
      rows(
        expandSchedule(
          { every: 'year', due: { day: 15, monthOffset: 1 }, from: d(2023, 6, 1) },
          d(2024, 6, 1),
        ),
      ),
    ).toEqual([
      ['2023', '2024-01-15'],
      ['2024', '2025-01-15'],
    ]);
  });

  it('weekly "vào thứ Sáu hằng tuần": the report about an ISO week is due on its Friday, across the year end', () => {
    const schedule: Schedule = { every: 'week', due: { weekday: 5 }, from: d(2025, 12, 17) };
    expect(rows(expandSchedule(schedule, d(2026, 1, 5)))).toEqual([
      ['2025-W51', '2025-12-19'],
      ['2025-W52', '2025-12-26'],
      ['2026-W01', '2026-01-02'],
      ['2026-W02', '2026-01-09'],
    ]);
  });

  it('weekly "trước thứ Sáu hằng tuần": Thursday, or Friday when "before" is inclusive', () => {
    const schedule: Schedule = {
      every: 'week',
      due: { weekday: 5, before: true },
      from: d(2025, 3, 17),
    };
    expect(rows(expandSchedule(schedule, d(2025, 3, 24)))).toEqual([
      ['2025-W12', '2025-03-20'],
      ['2025-W13', '2025-03-27'],
    ]);
    expect(rows(expandSchedule(schedule, d(2025, 3, 23), { beforeIsInclusive: true }))).toEqual([
      ['2025-W12', '2025-03-21'],
    ]);
  });

  it("stops at the schedule's own end and gives nothing before it starts", () => {
    const schedule: Schedule = {
      every: 'month',
      due: { day: 5 },
      from: d(2024, 1, 1),
      until: d(2024, 2, 29),
    };
    expect(rows(expandSchedule(schedule, d(2024, 12, 31)))).toEqual([
      ['2024-01', '2024-02-05'],
      ['2024-02', '2024-03-05'],
    ]);
    expect(expandSchedule(schedule, d(2023, 12, 31))).toEqual([]);
  });

  it('clamps a day past the end of the month', () => {
    expect(scheduleDue({ day: 31 }, { kind: 'month', year: 2024, index: 3 })).toEqual(
      d(2024, 4, 30),
    );
    expect(scheduleDue({ day: 30, before: true }, { kind: 'month', year: 2024, index: 1 })).toEqual(
      d(2024, 2, 28),
    );
    expect(scheduleDue({ day: 31 }, { kind: 'month', year: 2024, index: 12 })).toEqual(
      d(2025, 1, 31),
    );
  });
});

describe('properties', () => {
  const anyDate = fc
    .integer({ min: toEpochDay(d(2000, 1, 1)), max: toEpochDay(d(2060, 12, 31)) })
    .map(fromEpochDay);
  const every = fc.constantFrom<ScheduleEvery>('month', 'quarter', 'half-year', 'year');
  const due: fc.Arbitrary<ScheduleDue> = fc.oneof(
    fc.record({
      day: fc.integer({ min: 1, max: 31 }),
      before: fc.boolean(),
      monthOffset: fc.integer({ min: 0, max: 12 }),
    }),
    fc.record({ daysAfterPeriodEnd: fc.integer({ min: 0, max: 366 }) }),
  );
  // a week is due on a weekday of its own (as the pack schema requires) or days after it
  const weekDue: fc.Arbitrary<ScheduleDue> = fc.oneof(
    fc.record({ weekday: fc.integer({ min: 1, max: 7 }), before: fc.boolean() }),
    fc.record({ daysAfterPeriodEnd: fc.integer({ min: 0, max: 366 }) }),
  );
  const schedule: fc.Arbitrary<Schedule> = fc.oneof(
    fc.record(
      { every, due, from: anyDate, until: anyDate },
      { requiredKeys: ['every', 'due', 'from'] },
    ),
    fc.record(
      { every: fc.constant<ScheduleEvery>('week'), due: weekDue, from: anyDate, until: anyDate },
      { requiredKeys: ['every', 'due', 'from'] },
    ),
  );

  it('dues are in order, periods consecutive and every period that began by the horizon is there', () => {
    fc.assert(
      fc.property(schedule, anyDate, fc.boolean(), (s, until, beforeIsInclusive) => {
        const list = expandSchedule(s, until, { beforeIsInclusive });
        const horizon = s.until && compareDates(s.until, until) < 0 ? s.until : until;
        const first = periodContaining(s.from, periodKindOf(s.every));
        if (compareDates(periodStart(first), horizon) > 0) {
          expect(list).toEqual([]);
          return;
        }
        expect(list[0]?.period).toEqual(first);
        list.forEach((item, i) => {
          expect(compareDates(periodStart(item.period), horizon)).toBeLessThanOrEqual(0);
          const next = list[i + 1];
          if (next) {
            expect(next.period).toEqual(nextPeriod(item.period));
            expect(compareDates(item.due, next.due)).toBeLessThan(0);
          }
          if ('day' in s.due && !s.due.before) expect(item.due.day).toBeLessThanOrEqual(s.due.day);
          // a weekday's due day is in the week it reports on (the day before it, with "before")
          if ('weekday' in s.due && !(s.due.before && s.due.weekday === 1 && !beforeIsInclusive))
            expect(periodKey(periodContaining(item.due, 'week'))).toBe(periodKey(item.period));
        });
        const last = list[list.length - 1];
        if (last)
          expect(compareDates(periodStart(nextPeriod(last.period)), horizon)).toBeGreaterThan(0);
      }),
    );
  });

  it('a due day without "before" is the written day, or the month\'s last day when the month is shorter', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 12 }),
        (from, day, monthOffset) => {
          const [item] = expandSchedule({ every: 'month', due: { day, monthOffset }, from }, from);
          expect(item).toBeDefined();
          if (!item) return;
          expect(item.due.day).toBe(Math.min(day, daysInMonth(item.due.year, item.due.month)));
        },
      ),
    );
  });
});

describe('weeklyDueOf: the weekday a weekly report is due', () => {
  it.each<[string, ReturnType<typeof weeklyDueOf>]>([
    ['Trưởng ấp báo cáo UBND xã vào thứ Sáu hằng tuần', { weekday: 5 }],
    ['báo cáo số ca mắc về Cục Phòng bệnh trước 15 giờ thứ Sáu hằng tuần', { weekday: 5 }],
    ['gửi báo cáo trước thứ Sáu hằng tuần', { weekday: 5, before: true }],
    ['giao ban vào chiều thứ 2 hàng tuần', { weekday: 1 }],
    ['tổng hợp, báo cáo vào Chủ nhật hằng tuần', { weekday: 7 }],
    ['thứ Bảy mỗi tuần', { weekday: 6 }],
    ['báo cáo hằng tuần', undefined],
    ['thứ Sáu, ngày 14/3/2025', undefined],
  ])('%s', (text, expected) => {
    expect(weeklyDueOf(text)).toEqual(expected);
  });
});
