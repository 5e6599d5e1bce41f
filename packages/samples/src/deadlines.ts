/**
 * Deadline and completion-date cells in the forms Vietnamese tracking sheets use, each with the
 * last acceptable day the checker must derive (DESIGN.md, "Semantics that must be right"):
 * a month, quarter, half-year or year means its last day; "trước ngày D" means D − 1;
 * "chậm nhất ngày D" means D; "Thường xuyên", "Hằng tháng", "trước ngày 10 hằng tháng" have no
 * single deadline.
 */
import {
  addDays,
  compareDates,
  daysInMonth,
  isLeapYear,
  toEpochDay,
  fromEpochDay,
} from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import type { Rng } from './prng.js';

/** What a cell holds: text, a number, or a calendar date written as a real date cell ('dd/mm/yyyy'). */
export type SampleValue = string | number | PlainDate | null;

export function isPlainDate(value: SampleValue): value is PlainDate {
  return typeof value === 'object' && value !== null;
}

export type DeadlineForm =
  /** A real date cell. */
  | 'date-cell'
  /** "25/6/2024" */
  | 'dmy-slash'
  /** "01-8-2019" */
  | 'dmy-dash'
  /** "ngày 10 tháng 4 năm 2024" */
  | 'long'
  /** "tháng 5/2024" */
  | 'month-slash'
  /** "tháng 4-2021" */
  | 'month-dash'
  /** "quý I-2021" */
  | 'quarter-dash'
  /** "quý III/2024" */
  | 'quarter-slash'
  /** "6 tháng đầu năm 2024", "6 tháng cuối năm 2024" */
  | 'half-year'
  /** "năm 2025" */
  | 'year'
  /** "trước ngày 20/5/2024" (last day D − 1) */
  | 'before'
  /** "chậm nhất ngày 15/6/2024" */
  | 'no-later-than';

export const DEADLINE_FORMS: readonly DeadlineForm[] = [
  'date-cell',
  'dmy-slash',
  'dmy-dash',
  'long',
  'month-slash',
  'month-dash',
  'quarter-dash',
  'quarter-slash',
  'half-year',
  'year',
  'before',
  'no-later-than',
];

/** How often each form appears when the generator picks one. */
export const DEFAULT_FORM_WEIGHTS: Readonly<Record<DeadlineForm, number>> = {
  'date-cell': 26,
  'dmy-slash': 14,
  'dmy-dash': 5,
  long: 5,
  'month-slash': 7,
  'month-dash': 5,
  'quarter-dash': 4,
  'quarter-slash': 4,
  'half-year': 4,
  year: 4,
  before: 14,
  'no-later-than': 8,
};

export const RECURRING_TEXTS = ['Thường xuyên', 'Hằng tháng', 'trước ngày 10 hằng tháng'] as const;

export type DeadlineCell =
  | {
      readonly kind: 'due';
      readonly form: DeadlineForm | 'fixed';
      readonly value: SampleValue;
      /** The last acceptable day. */
      readonly due: PlainDate;
    }
  | { readonly kind: 'recurring'; readonly value: string }
  | { readonly kind: 'none'; readonly value: null }
  | { readonly kind: 'invalid'; readonly value: string };

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const DAY_FORMS: ReadonlySet<DeadlineForm> = new Set([
  'date-cell',
  'dmy-slash',
  'dmy-dash',
  'long',
  'before',
  'no-later-than',
]);

const isMonthEnd = (date: PlainDate) => date.day === daysInMonth(date.year, date.month);

/** Whether `form` can express `due` as its last acceptable day. */
export function canExpress(form: DeadlineForm, due: PlainDate): boolean {
  switch (form) {
    case 'month-slash':
    case 'month-dash':
      return isMonthEnd(due);
    case 'quarter-dash':
    case 'quarter-slash':
      return isMonthEnd(due) && due.month % 3 === 0;
    case 'half-year':
      return isMonthEnd(due) && due.month % 6 === 0;
    case 'year':
      return due.month === 12 && due.day === 31;
    default:
      return true;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "25/6/2024" or, now and then, "05/07/2024". */
function dmy(date: PlainDate, rng: Rng, separator: '/' | '-'): string {
  const day = date.day < 10 && rng.chance(0.5) ? pad2(date.day) : String(date.day);
  const month = date.month < 10 && rng.chance(0.3) ? pad2(date.month) : String(date.month);
  return `${day}${separator}${month}${separator}${date.year}`;
}

/** The cell value that writes `due` in `form` (check `canExpress` first). */
export function writeDeadline(form: DeadlineForm, due: PlainDate, rng: Rng): SampleValue {
  if (!canExpress(form, due))
    throw new Error(`form ${form} cannot express ${due.day}/${due.month}/${due.year}`);
  switch (form) {
    case 'date-cell':
      return due;
    case 'dmy-slash':
      return dmy(due, rng, '/');
    case 'dmy-dash':
      return dmy(due, rng, '-');
    case 'long':
      return `ngày ${due.day < 10 && rng.chance(0.5) ? pad2(due.day) : due.day} tháng ${due.month} năm ${due.year}`;
    case 'month-slash':
      return `tháng ${due.month}/${due.year}`;
    case 'month-dash':
      return `tháng ${due.month}-${due.year}`;
    case 'quarter-dash':
      return `quý ${ROMAN[due.month / 3 - 1]}-${due.year}`;
    case 'quarter-slash':
      return `quý ${ROMAN[due.month / 3 - 1]}/${due.year}`;
    case 'half-year':
      return `6 tháng ${due.month === 6 ? 'đầu' : 'cuối'} năm ${due.year}`;
    case 'year':
      return `năm ${due.year}`;
    case 'before':
      return `trước ngày ${dmy(addDays(due, 1), rng, '/')}`;
    case 'no-later-than':
      return `chậm nhất ngày ${dmy(due, rng, '/')}`;
  }
}

/** Period ends (month ends) in [from, to]. */
function monthEnds(from: PlainDate, to: PlainDate): PlainDate[] {
  const out: PlainDate[] = [];
  let year = from.year;
  let month = from.month;
  while (year < to.year || (year === to.year && month <= to.month)) {
    const end = { year, month, day: daysInMonth(year, month) };
    if (compareDates(end, from) >= 0 && compareDates(end, to) <= 0) out.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/**
 * A deadline whose last acceptable day lies in [from, to] (inclusive), in a form picked by weight
 * among those that can express a day of that range.
 */
export function deadlineInRange(
  rng: Rng,
  from: PlainDate,
  to: PlainDate,
  weights: Readonly<Record<DeadlineForm, number>> = DEFAULT_FORM_WEIGHTS,
): DeadlineCell & { kind: 'due' } {
  if (compareDates(from, to) > 0) throw new Error('empty deadline range');
  const ends = monthEnds(from, to);
  const usable = DEADLINE_FORMS.filter((form) => {
    if ((weights[form] ?? 0) <= 0) return false;
    return DAY_FORMS.has(form) || ends.some((end) => canExpress(form, end));
  });
  const form = rng.weighted(usable.map((f) => [f, weights[f]] as const));
  // A period form takes one of the period ends in range; a day form any day of the range.
  const due = DAY_FORMS.has(form)
    ? fromEpochDay(rng.int(toEpochDay(from), toEpochDay(to)))
    : rng.pick(ends.filter((end) => canExpress(form, end)));
  return { kind: 'due', form, value: writeDeadline(form, due, rng), due };
}

/** A deadline for exactly this day, in a form picked among those that can express it. */
export function deadlineOn(
  rng: Rng,
  due: PlainDate,
  weights: Readonly<Record<DeadlineForm, number>> = DEFAULT_FORM_WEIGHTS,
): DeadlineCell & { kind: 'due' } {
  const usable = DEADLINE_FORMS.filter((form) => (weights[form] ?? 0) > 0 && canExpress(form, due));
  // Period forms are rarer among all days; when one fits, give it a fair chance.
  const form = rng.weighted(
    usable.map((f) => [f, DAY_FORMS.has(f) ? weights[f] : weights[f] * 3] as const),
  );
  return { kind: 'due', form, value: writeDeadline(form, due, rng), due };
}

/**
 * Date texts that cannot be a valid day-month date, for the year given: 31 April, 30 February,
 * a US-order "6/25/2024" and day 32 (DESIGN.md: never silently swapped).
 */
export function invalidDateTexts(year: number): string[] {
  const out = [
    `31/4/${year}`,
    `30/02/${year}`,
    `6/25/${year}`,
    `ngày 32 tháng 5 năm ${year}`,
    `31/6/${year}`,
    `31-9-${year}`,
  ];
  if (!isLeapYear(year)) out.push(`29/02/${year}`);
  return out;
}

/** A completion date as a real date cell or as text ("20/5/2024", "05-6-2024"). */
export function writeCompletion(date: PlainDate, rng: Rng, dateCellShare = 0.6): SampleValue {
  if (rng.chance(dateCellShare)) return date;
  return dmy(date, rng, rng.chance(0.8) ? '/' : '-');
}
