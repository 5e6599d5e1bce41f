/**
 * Reporting and target periods: a month, a quarter, a half-year or a year.
 *
 * A period has one key in packs and findings ("2024-05", "2024-Q2", "2024-H1", "2024": the format
 * the pack schema's `targets[].period` accepts) and is read from what report logs write in a
 * "Kỳ báo cáo" column ("Tháng 5/2024", "T5/2024", "Quý II/2024", "Q2/2024", "6 tháng đầu năm 2024",
 * "6 tháng 2024", "Năm 2024", "2024").
 */
import { compareDates, lastDayOfMonth } from '../model/plain-date.js';
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

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** Month 1–12, quarter 1–4, half 1–2; always 1 for a year. */
  readonly index: number;
}

/** Periods of each kind in a year. */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};
/** Months in one period of each kind. */
export const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** A period, or undefined when the index does not exist for the kind. */
export function period(kind: PeriodKind, year: number, index = 1): Period | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(index)) return undefined;
  if (year < 1 || year > 9999 || index < 1 || index > PERIODS_PER_YEAR[kind]) return undefined;
  return { kind, year, index };
}

/** First month (1–12) of the period. */
export function periodFirstMonth(p: Period): number {
  return (p.index - 1) * MONTHS_PER_PERIOD[p.kind] + 1;
}

/** Last month (1–12) of the period. */
export function periodLastMonth(p: Period): number {
  return p.index * MONTHS_PER_PERIOD[p.kind];
}

export function periodStart(p: Period): PlainDate {
  return { year: p.year, month: periodFirstMonth(p), day: 1 };
}

export function periodEnd(p: Period): PlainDate {
  return lastDayOfMonth(p.year, periodLastMonth(p));
}

export function periodContains(p: Period, date: PlainDate): boolean {
  return compareDates(periodStart(p), date) <= 0 && compareDates(date, periodEnd(p)) <= 0;
}

/** The period of the given kind that holds the date. */
export function periodContaining(date: PlainDate, kind: PeriodKind): Period {
  return { kind, year: date.year, index: Math.ceil(date.month / MONTHS_PER_PERIOD[kind]) };
}

/** The period `n` steps later (or earlier, for negative n), of the same kind. */
export function nextPeriod(p: Period, n = 1): Period {
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

/** "2024-05", "2024-Q2", "2024-H1", "2024". */
export function periodKey(p: Period): string {
  const y = String(p.year).padStart(4, '0');
  switch (p.kind) {
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
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/.exec(key.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
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

export function periodToExpression(p: Period): DateExpression {
  switch (p.kind) {
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
