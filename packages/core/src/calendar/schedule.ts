/**
 * Periodic obligations ("báo cáo định kỳ"): a report for every week, month, quarter, half-year or
 * year, each due on a day computed from its period.
 *
 * `due: { weekday, before? }` (weeks): the report about an ISO week is due on that weekday of the
 * same week (1 Monday … 7 Sunday): "báo cáo vào thứ Sáu hằng tuần", "trước 15 giờ thứ Sáu hằng
 * tuần" are `{ every: 'week', due: { weekday: 5 } }`; "trước thứ Sáu hằng tuần" adds `before: true`
 * (Thursday, or Friday with `beforeIsInclusive`).
 *
 * `due: { day, before?, monthOffset? }`: the report is due on `day` of a month counted from the
 * period's last month: `monthOffset` 0 is the period's last month itself, 1 (the default, for every
 * frequency) the month after it. So "báo cáo tháng trước ngày 10 hằng tháng" is
 * `{ every: 'month', due: { day: 10, before: true } }`: the May report is due before 10 June
 * (9/6, or 10/6 with `beforeIsInclusive`). The default is 1 because our periods are calendar periods
 * and a report about a period can only be written once it has ended; offices that close their
 * figures mid-month (Nghị định 09/2019/NĐ-CP: the monthly data run from the 15th to the 14th, and
 * the report is due within the month) write `monthOffset: 0`, e.g. "báo cáo quý trước ngày 20 tháng
 * cuối quý" is `{ every: 'quarter', due: { day: 20, before: true, monthOffset: 0 } }`.
 * A day past the end of the month is clamped (day 31 in April → 30/4).
 * `before` applies the "trước ngày D" rule: D − 1 unless `beforeIsInclusive`.
 *
 * `due: { daysAfterPeriodEnd: n }`: n days after the period's last day (0 = the last day itself).
 */
import { addDays, clampedDate, compareDates } from '../model/plain-date.js';
import { foldText } from '../vi/text.js';
import type { PlainDate } from '../model/plain-date.js';
import {
  isoWeekday,
  nextPeriod,
  periodContaining,
  periodEnd,
  periodLastMonth,
  periodStart,
} from './period.js';
import type { Period, PeriodKind } from './period.js';

export type ScheduleEvery = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export type ScheduleDue =
  | { readonly day: number; readonly before?: boolean; readonly monthOffset?: number }
  | { readonly weekday: number; readonly before?: boolean }
  | { readonly daysAfterPeriodEnd: number };

export interface Schedule {
  readonly every: ScheduleEvery;
  readonly due: ScheduleDue;
  /** The first period is the one holding this day. */
  readonly from: PlainDate;
  /** No period starting after this day. */
  readonly until?: PlainDate;
}

export interface ScheduleOptions {
  /** "trước ngày D" still accepts D (pack setting; default false). */
  readonly beforeIsInclusive?: boolean;
}

export interface ScheduledPeriod {
  readonly period: Period;
  /** The last acceptable day of the report about `period`. */
  readonly due: PlainDate;
}

export const DEFAULT_MONTH_OFFSET = 1;

const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  hai: 1,
  '2': 1,
  ba: 2,
  '3': 2,
  tu: 3,
  '4': 3,
  nam: 4,
  '5': 4,
  sau: 5,
  '6': 5,
  bay: 6,
  '7': 6,
};

/**
 * The due day of a weekly report as a text writes it: "vào thứ Sáu hằng tuần", "trước 15 giờ thứ
 * Sáu hằng tuần" (by Friday: an hour of the day keeps the day), "trước thứ Sáu hằng tuần" (before
 * Friday), "chiều thứ 5 hàng tuần", "Chủ nhật hằng tuần"; undefined when no weekday is written with
 * "hằng/hàng/mỗi tuần".
 */
export function weeklyDueOf(text: string): { weekday: number; before?: true } | undefined {
  const folded = foldText(text);
  const m =
    /(\btruoc\s+(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?\s+(?:ngay\s+)?)?)?(?:\b(?:sang|chieu|toi)\s+)?(?:\bthu\s+(hai|ba|tu|nam|sau|bay|[2-7])|\b(chu nhat))\b[^.;]{0,20}?\b(?:hang|moi)\s+tuan\b/.exec(
      folded,
    );
  if (!m) return undefined;
  const weekday = m[3] !== undefined ? 7 : WEEKDAY_WORDS[m[2] ?? ''];
  if (weekday === undefined) return undefined;
  // "trước thứ Sáu": the day before; "trước 15 giờ thứ Sáu": that day, by the hour
  const before = m[1] !== undefined && !/\d/.test(m[1]);
  return before ? { weekday, before: true } : { weekday };
}

export function periodKindOf(every: ScheduleEvery): PeriodKind {
  return every === 'half-year' ? 'half' : every;
}

/** The due day of the report about one period. */
export function scheduleDue(due: ScheduleDue, p: Period, options: ScheduleOptions = {}): PlainDate {
  if ('daysAfterPeriodEnd' in due) return addDays(periodEnd(p), due.daysAfterPeriodEnd);
  if ('weekday' in due) {
    // the weekday of the week the period ends in (a week's own)
    const end = periodEnd(p);
    const day = addDays(end, due.weekday - isoWeekday(end));
    return due.before && !options.beforeIsInclusive ? addDays(day, -1) : day;
  }
  const day = clampedDate(
    p.year,
    periodLastMonth(p) + (due.monthOffset ?? DEFAULT_MONTH_OFFSET),
    due.day,
  );
  return due.before && !options.beforeIsInclusive ? addDays(day, -1) : day;
}

/**
 * Every period of the schedule that has begun by `until` (and by the schedule's own `until`), in
 * order, each with its due day. Periods whose due day is still ahead are included: the caller
 * decides what is missing, late or upcoming.
 */
export function expandSchedule(
  schedule: Schedule,
  until: PlainDate,
  options: ScheduleOptions = {},
): ScheduledPeriod[] {
  const horizon =
    schedule.until && compareDates(schedule.until, until) < 0 ? schedule.until : until;
  const out: ScheduledPeriod[] = [];
  for (
    let p = periodContaining(schedule.from, periodKindOf(schedule.every));
    compareDates(periodStart(p), horizon) <= 0;
    p = nextPeriod(p)
  ) {
    out.push({ period: p, due: scheduleDue(schedule.due, p, options) });
  }
  return out;
}
