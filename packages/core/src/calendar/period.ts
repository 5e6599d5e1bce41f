/**
 * Reporting and target periods: an ISO week, a month, a quarter, a half-year or a year.
 *
 * A period has one key in packs and findings ("2024-W12", "2024-05", "2024-Q2", "2024-H1", "2024":
 * the month-based ones are the format the pack schema's `targets[].period` accepts) and is read
 * from what report logs write in a "Kỳ báo cáo" column ("Tuần 12/2024", "Tuần 2 tháng 10/2024",
 * "Tháng 5/2024", "T5/2024", "Quý II/2024", "Q2/2024", "6 tháng đầu năm 2024", "6 tháng 2024",
 * "Năm 2024", "2024").
 *
 * A week is an ISO week (Monday to Sunday); its year is the ISO week-year, the year of its
 * Thursday, so 29/12/2025 is in week 1 of 2026. "Tuần n tháng M" is the n-th week whose Thursday
 * falls in month M, the rule by which ISO weeks belong to a year.
 */
import { addDays, compareDates, lastDayOfMonth, toEpochDay } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  foldWithOffsets,
  monthNameEn,
  parseDateExpression,
} from '../vi/dates.js';
import type { DateContext, DateExpression } from '../vi/dates.js';
import { normalizeText } from '../vi/text.js';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  readonly kind: PeriodKind;
  /** For a week, its ISO week-year (the year of its Thursday). */
  readonly year: number;
  /** ISO week 1–53, month 1–12, quarter 1–4, half 1–2; always 1 for a year. */
  readonly index: number;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: PlainDate): number {
  // 1970-01-01, epoch day 0, was a Thursday
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week holding a day. */
function isoWeekOf(date: PlainDate): Period {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const dayOfYear = toEpochDay(thursday) - toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { kind: 'week', year: thursday.year, index: Math.floor(dayOfYear / 7) + 1 };
}

/** Monday of ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeekStart(year: number, week: number): PlainDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
}

/** 52 or 53: the ISO weeks of a year (28 December is always in its last week). */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).index;
}

/** Periods of each kind in a year (a week-year has 52 or 53: see isoWeeksInYear). */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  week: 53,
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};
/** Months in one period of each kind. */
export const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, number>> = {
  week: 0,
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** A period, or undefined when the index does not exist for the kind. */
export function period(kind: PeriodKind, year: number, index = 1): Period | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(index)) return undefined;
  if (year < 1 || year > 9999 || index < 1 || index > PERIODS_PER_YEAR[kind]) return undefined;
  if (kind === 'week' && index > isoWeeksInYear(year)) return undefined;
  return { kind, year, index };
}

/** First month (1–12) of the period (a week's: the month of its Monday). */
export function periodFirstMonth(p: Period): number {
  if (p.kind === 'week') return isoWeekStart(p.year, p.index).month;
  return (p.index - 1) * MONTHS_PER_PERIOD[p.kind] + 1;
}

/** Last month (1–12) of the period (a week's: the month of its Sunday). */
export function periodLastMonth(p: Period): number {
  if (p.kind === 'week') return periodEnd(p).month;
  return p.index * MONTHS_PER_PERIOD[p.kind];
}

export function periodStart(p: Period): PlainDate {
  if (p.kind === 'week') return isoWeekStart(p.year, p.index);
  return { year: p.year, month: periodFirstMonth(p), day: 1 };
}

export function periodEnd(p: Period): PlainDate {
  if (p.kind === 'week') return addDays(isoWeekStart(p.year, p.index), 6);
  return lastDayOfMonth(p.year, periodLastMonth(p));
}

export function periodContains(p: Period, date: PlainDate): boolean {
  return compareDates(periodStart(p), date) <= 0 && compareDates(date, periodEnd(p)) <= 0;
}

/** The period of the given kind that holds the date. */
export function periodContaining(date: PlainDate, kind: PeriodKind): Period {
  if (kind === 'week') return isoWeekOf(date);
  return { kind, year: date.year, index: Math.ceil(date.month / MONTHS_PER_PERIOD[kind]) };
}

/** The period `n` steps later (or earlier, for negative n), of the same kind. */
export function nextPeriod(p: Period, n = 1): Period {
  if (p.kind === 'week') return isoWeekOf(addDays(periodStart(p), 7 * n));
  const perYear = PERIODS_PER_YEAR[p.kind];
  const ordinal = p.year * perYear + (p.index - 1) + n;
  return { kind: p.kind, year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
}

/** Orders periods by start, then by length (a month before the quarter that starts with it). */
export function comparePeriods(a: Period, b: Period): number {
  return (
    compareDates(periodStart(a), periodStart(b)) ||
    MONTHS_PER_PERIOD[a.kind] - MONTHS_PER_PERIOD[b.kind]
  );
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(p: Period): Message {
  switch (p.kind) {
    case 'week':
      return { vi: `tuần ${p.index} năm ${p.year}`, en: `week ${p.index} of ${p.year}` };
    case 'month':
      return { vi: `tháng ${p.index}/${p.year}`, en: `${monthNameEn(p.index)} ${p.year}` };
    case 'quarter':
      return { vi: `quý ${ROMAN[p.index - 1]}/${p.year}`, en: `Q${p.index} ${p.year}` };
    case 'half':
      return p.index === 1
        ? { vi: `6 tháng đầu năm ${p.year}`, en: `first half of ${p.year}` }
        : { vi: `6 tháng cuối năm ${p.year}`, en: `second half of ${p.year}` };
    case 'year':
      return { vi: `năm ${p.year}`, en: `year ${p.year}` };
  }
}

/** "2024-W12", "2024-05", "2024-Q2", "2024-H1", "2024". */
export function periodKey(p: Period): string {
  const y = String(p.year).padStart(4, '0');
  switch (p.kind) {
    case 'week':
      return `${y}-W${String(p.index).padStart(2, '0')}`;
    case 'month':
      return `${y}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${p.index}`;
    case 'half':
      return `${y}-H${p.index}`;
    case 'year':
      return y;
  }
}

/** The inverse of periodKey (strict: exactly the key format). */
export function parsePeriodKey(key: string): Period | undefined {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|W(0[1-9]|[1-4]\d|5[0-3])))?$/.exec(
    key.trim(),
  );
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[5]) return period('week', year, Number(m[5]));
  if (m[2]) return period('month', year, Number(m[2]));
  if (m[3]) return period('quarter', year, Number(m[3]));
  if (m[4]) return period('half', year, Number(m[4]));
  return period('year', year);
}

export function periodFromExpression(expr: DateExpression): Period | undefined {
  switch (expr.kind) {
    case 'day':
      return undefined;
    case 'month':
      return { kind: 'month', year: expr.year, index: expr.month };
    case 'quarter':
      return { kind: 'quarter', year: expr.year, index: expr.quarter };
    case 'half':
      return { kind: 'half', year: expr.year, index: expr.half };
    case 'year':
      return { kind: 'year', year: expr.year, index: 1 };
  }
}

/** The date expression of a month-based period; a week has none (undefined). */
export function periodToExpression(p: Period): DateExpression | undefined {
  switch (p.kind) {
    case 'week':
      return undefined;
    case 'month':
      return { kind: 'month', year: p.year, month: p.index };
    case 'quarter':
      return { kind: 'quarter', year: p.year, quarter: p.index as 1 | 2 | 3 | 4 };
    case 'half':
      return { kind: 'half', year: p.year, half: p.index === 2 ? 2 : 1 };
    case 'year':
      return { kind: 'year', year: p.year };
  }
}

const LEAD = /^(?:ky bao cao|bao cao|ky|bc)\s*[:\-–]?\s*/;

function inYearRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Reads a period as report logs write it: "Tháng 5/2024", "T5/2024", "Quý II/2024", "Q2/2024",
 * "6 tháng đầu năm 2024", "6 tháng 2024" (the first half, as "báo cáo 6 tháng" means), "Năm 2024",
 * "Cả năm 2024", "2024", a key ("2024-Q2"), optionally after "Kỳ báo cáo:" or "Báo cáo". A single
 * day is not a period.
 */
export function parsePeriod(text: string, context: DateContext = {}): Period | undefined {
  const source = normalizeText(text);
  const key = parsePeriodKey(source.toUpperCase());
  if (key) return inYearRange(key.year) ? key : undefined;

  const folded = foldWithOffsets(source);
  const lead = LEAD.exec(folded.text);
  const restStart = lead ? (folded.starts[lead[0].length] ?? source.length) : 0;
  const rest = source.slice(restStart).trim();
  const foldedRest = foldWithOffsets(rest).text.trim();

  const week = weekOf(foldedRest, context);
  if (week !== 'none') return week;
  const bare = /^(?:(?:ca\s+)?nam\s+)?(\d{4})$/.exec(foldedRest);
  if (bare) {
    const year = Number(bare[1]);
    return inYearRange(year) ? period('year', year) : undefined;
  }
  const half = /^(?:6|sau)\s+thang\s+(?:nam\s+)?(\d{4})$/.exec(foldedRest);
  if (half) {
    const year = Number(half[1]);
    return inYearRange(year) ? period('half', year, 1) : undefined;
  }
  // "6 tháng", "6 tháng đầu năm" with the year of the document
  if (/^(?:6|sau)\s+thang(?:\s+dau\s+nam)?$/.test(foldedRest) && context.defaultYear !== undefined)
    return inYearRange(context.defaultYear) ? period('half', context.defaultYear, 1) : undefined;
  const expr = parseDateExpression(rest, context);
  return expr ? periodFromExpression(expr) : undefined;
}

/**
 * A week as a log writes it (folded): "tuan 12", "tuan 12/2025", "tuan 12 nam 2025", "tuan thu 2
 * thang 10", "tuan 2 thang 10/2025"; 'none' when the text is no week, undefined when it is one that
 * does not exist or has no year.
 */
function weekOf(folded: string, context: DateContext): Period | undefined | 'none' {
  const ofMonth =
    /^tuan\s+(?:thu\s+)?(\d)\s+(?:cua\s+)?thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?$/.exec(
      folded,
    );
  const ofYear =
    ofMonth === null
      ? /^tuan\s+(?:thu\s+)?(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?$/.exec(folded)
      : null;
  if (!ofMonth && !ofYear) return 'none';
  const yearText = ofMonth ? ofMonth[3] : ofYear![2];
  const year = yearText !== undefined ? Number(yearText) : context.defaultYear;
  if (year === undefined || !inYearRange(year)) return undefined;
  if (ofYear) return period('week', year, Number(ofYear[1]));
  const month = Number(ofMonth![2]);
  const n = Number(ofMonth![1]);
  if (month < 1 || month > 12 || n < 1) return undefined;
  // the n-th Thursday of the month, and the ISO week it is in
  const first = { year, month, day: 1 };
  const thursday = addDays(first, ((4 - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  return thursday.month === month ? isoWeekOf(thursday) : undefined;
}

/**
 * A report period counted from the start of the year, as periodic reports are named: "6 tháng" (đầu
 * năm), "9 tháng 2024", "Năm 2024", "Cả năm": the year and the last month it covers. The year comes
 * from the text, else from the context.
 */
export function parseYearToDate(
  text: string,
  context: DateContext = {},
): { readonly year: number; readonly lastMonth: number } | undefined {
  const folded = foldWithOffsets(normalizeText(text)).text.trim();
  const lead = LEAD.exec(folded);
  const rest = lead ? folded.slice(lead[0].length).trim() : folded;
  const m =
    /^(?:(3|6|9|12|sau|chin)\s+thang(?:\s+dau\s+nam)?|(?:ca\s+)?nam)(?:\s+(?:nam\s+)?(\d{4}))?$/.exec(
      rest,
    );
  if (!m) return undefined;
  const year = m[2] !== undefined ? Number(m[2]) : context.defaultYear;
  if (year === undefined || !inYearRange(year)) return undefined;
  const words: Record<string, number> = { sau: 6, chin: 9 };
  const lastMonth = m[1] === undefined ? 12 : (words[m[1]] ?? Number(m[1]));
  return { year, lastMonth };
}

/**
 * Whether a log's period stands for a quarterly instance: the same period, or a report counted
 * from the start of the year that ends with the quarter. Periodic reports are named "quý I, 6
 * tháng, 9 tháng và năm": the six-month report is the second quarter's, the nine-month report the
 * third's, the year's report the fourth's.
 */
export function periodStandsFor(
  text: string,
  instance: Period,
  context: DateContext = {},
): boolean {
  const p = parsePeriod(text, context);
  if (p !== undefined && periodKey(p) === periodKey(instance)) return true;
  if (instance.kind !== 'quarter') return false;
  const toDate = parseYearToDate(text, context);
  return (
    toDate !== undefined &&
    toDate.year === instance.year &&
    toDate.lastMonth === periodLastMonth(instance)
  );
}
