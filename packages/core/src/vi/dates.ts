/**
 * Vietnamese date expressions: days, months, quarters, half-years and years as directives and
 * tracking sheets write them.
 *
 * - Day-month order always: `25/6/2024`, `01-8-2019`, `1.8.2019`, `15 - 11 - 2025`, `ngày 10 tháng 4 năm 2024`,
 *   `11-4-24` (two-digit years: 00–69 → 20xx, 70–99 → 19xx; never with dots, which number sections).
 * - Months `tháng 5/2024`, `tháng 4-2021`, `tháng 5 năm 2024`, `T5/2024`, a whole cell `T9`; quarters `quý I-2021`,
 *   `quý III/2024`, `quý 2 năm 2024`, `Q2/2024`; halves `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`;
 *   years `năm 2025`.
 * - Forms without a year (`10/4`, `ngày 10 tháng 4`, `tháng 5`, `quý II`) need `defaultYear`.
 * - A text that has the shape of a date but is not a real day-month date (`31/4/2024`, `6/25/2024`)
 *   is reported as invalid with a reason, never swapped or rolled over.
 *
 * Matching runs on a folded copy of the text (lower case, no diacritics) that keeps a map back to
 * the original, so NFD input works and every match carries its span in the text as given.
 */
import {
  daysInMonth,
  formatIsoDate,
  formatViDate,
  fromExcelSerial,
  isValidDate,
  lastDayOfMonth,
  toExcelSerial,
} from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';
import type { CellValue } from '../model/sheet.js';
import { foldChar, normalizeText } from './text.js';

export type DateExpression =
  | { readonly kind: 'day'; readonly date: PlainDate }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'half'; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: 'year'; readonly year: number };

export interface DateContext {
  /** Year of forms written without one (`10/4`, `tháng 5`, `quý II`): usually the document's year. */
  readonly defaultYear?: number;
}

/** Years a date in a directive or tracking sheet can plausibly have. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** One date-shaped piece of text, valid or not. Offsets are UTF-16 indices into the text given. */
export interface DateScan {
  readonly start: number;
  readonly end: number;
  /** The words as written: `text.slice(start, end)`. */
  readonly phrase: string;
  readonly result:
    | { readonly ok: true; readonly expression: DateExpression; readonly explicitYear: boolean }
    | { readonly ok: false; readonly reason: Message };
}

/** A valid date expression found inside a longer text. */
export interface DateMatch {
  readonly expression: DateExpression;
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  /** False when the year came from `defaultYear`. */
  readonly explicitYear: boolean;
}

export type DateTextResult =
  | {
      readonly kind: 'date';
      readonly expression: DateExpression;
      readonly phrase: string;
      readonly explicitYear: boolean;
    }
  | { readonly kind: 'invalid'; readonly phrase: string; readonly reason: Message }
  | { readonly kind: 'none' };

// ---------------------------------------------------------------------------------------------
// Folding with a map back to the original text

export interface FoldedText {
  /** Lower case, no diacritics (đ → d), every whitespace character a single space; punctuation kept. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: where its source character starts in the original. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `text`: where its source character (with its combining marks) ends. */
  readonly ends: readonly number[];
}

const COMBINING = /[\u0300-\u036f]/;
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const INVISIBLE = /[\u200b-\u200d\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Folds text for matching and remembers where each folded character came from. */
export function foldWithOffsets(input: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0);
    let j = i + ch.length;
    while (j < input.length && COMBINING.test(input[j] ?? '')) j += 1;
    let folded: string;
    if (COMBINING.test(ch))
      folded = ''; // a stray mark at the very start
    else if (/[\s\u00a0]/.test(ch)) folded = ' ';
    else if (INVISIBLE.test(ch)) folded = '';
    else folded = foldChar(ch);
    for (let k = 0; k < folded.length; k += 1) {
      starts.push(i);
      ends.push(j);
    }
    text += folded;
    i = j;
  }
  return { text, starts, ends };
}

function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.starts[start] ?? 0, folded.ends[end - 1] ?? folded.starts[start] ?? 0];
}

// ---------------------------------------------------------------------------------------------
// Messages

const EXPECTED: Message = {
  vi: 'Cần ngày theo thứ tự ngày/tháng/năm, ví dụ 25/6/2024 hoặc ngày 25 tháng 6 năm 2024.',
  en: 'Expected a day/month/year date such as 25/6/2024 or "ngày 25 tháng 6 năm 2024".',
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English month name, 1 → January. */
export function monthNameEn(month: number): string {
  return MONTHS_EN[month - 1] ?? String(month);
}

function withExpected(vi: string, en: string): Message {
  return { vi: `${vi} ${EXPECTED.vi}`, en: `${en} ${EXPECTED.en}` };
}

function invalidDayReason(phrase: string, year: number, month: number, day: number): Message {
  if (month < 1 || month > 12) {
    const swapped = month <= 31 && day >= 1 && day <= 12 && isValidDate(year, day, month);
    return withExpected(
      `"${phrase}" không phải ngày hợp lệ: không có tháng ${month}` +
        (swapped ? ' (có thể đã ghi theo thứ tự tháng/ngày kiểu Mỹ).' : '.'),
      `"${phrase}" is not a valid date: there is no month ${month}` +
        (swapped ? ' (it may be written month first, US style).' : '.'),
    );
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return withExpected(
      `"${phrase}" không phải ngày hợp lệ: năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
      `"${phrase}" is not a valid date: the year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  return withExpected(
    `"${phrase}" không phải ngày hợp lệ: tháng ${month}/${year} chỉ có ${daysInMonth(year, month)} ngày.`,
    `"${phrase}" is not a valid date: ${monthNameEn(month)} ${year} has only ${daysInMonth(year, month)} days.`,
  );
}

function missingYearReason(phrase: string): Message {
  return withExpected(`"${phrase}" thiếu năm.`, `"${phrase}" has no year.`);
}

function invalidMonthReason(phrase: string, month: number): Message {
  return {
    vi: `"${phrase}" không hợp lệ: không có tháng ${month}. Cần tháng từ 1 đến 12, ví dụ tháng 5/2024.`,
    en: `"${phrase}" is not valid: there is no month ${month}. Expected a month from 1 to 12, e.g. "tháng 5/2024".`,
  };
}

function invalidYearReason(phrase: string, year: number): Message {
  return {
    vi: `"${phrase}" không hợp lệ: năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
    en: `"${phrase}" is not valid: the year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Grammar

type Candidate = DateScan['result'];
type Build = (m: RegExpExecArray, context: DateContext, phrase: string) => Candidate | undefined;

interface Pattern {
  readonly re: RegExp;
  readonly build: Build;
  /** Only when the whole text is the date (bare `10/4`, `5/2024`): too ambiguous inside sentences. */
  readonly wholeOnly?: boolean;
}

const NOT_AFTER = '(?<![a-z0-9])';
const DAY_WORD = '(?:ngay|mung|mong)';
const SEP = '[/.\\-\u2013]';

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function yearOf(text: string | undefined, context: DateContext): number | undefined {
  return text === undefined ? context.defaultYear : expandYear(text);
}

function dayResult(
  phrase: string,
  dayText: string | undefined,
  monthText: string | undefined,
  yearText: string | undefined,
  context: DateContext,
): Candidate {
  const year = yearOf(yearText, context);
  if (year === undefined) return { ok: false, reason: missingYearReason(phrase) };
  const day = Number(dayText);
  const month = Number(monthText);
  if (!isValidDate(year, month, day) || year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: invalidDayReason(phrase, year, month, day) };
  }
  return {
    ok: true,
    expression: { kind: 'day', date: { year, month, day } },
    explicitYear: yearText !== undefined,
  };
}

function yearChecked(
  phrase: string,
  yearText: string | undefined,
  context: DateContext,
  make: (year: number) => DateExpression,
): Candidate {
  const year = yearOf(yearText, context);
  if (year === undefined) return { ok: false, reason: missingYearReason(phrase) };
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, reason: invalidYearReason(phrase, year) };
  return { ok: true, expression: make(year), explicitYear: yearText !== undefined };
}

function monthResult(
  phrase: string,
  monthText: string | undefined,
  yearText: string | undefined,
  context: DateContext,
): Candidate {
  const month = Number(monthText);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return { ok: false, reason: invalidMonthReason(phrase, month) };
  return yearChecked(phrase, yearText, context, (year) => ({ kind: 'month', year, month }));
}

const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

function quarterResult(
  phrase: string,
  quarterText: string | undefined,
  yearText: string | undefined,
  context: DateContext,
): Candidate | undefined {
  const quarter = ROMAN[quarterText ?? ''];
  if (quarter === undefined) return undefined;
  return yearChecked(phrase, yearText, context, (year) => ({ kind: 'quarter', year, quarter }));
}

function halfResult(
  phrase: string,
  which: string | undefined,
  yearText: string | undefined,
  context: DateContext,
): Candidate {
  const half = which === 'cuoi' ? 2 : 1;
  return yearChecked(phrase, yearText, context, (year) => ({ kind: 'half', year, half }));
}

/** What may follow a form that has no year, so that it is not the start of a longer form. */
const NO_YEAR_FOLLOWS = `(?![0-9]|\\s*${SEP}\\s*[0-9]|\\s*,?\\s*nam\\s+[0-9])`;

const PATTERNS: readonly Pattern[] = [
  // ngày 10 tháng 4 năm 2024 · ngày 10 tháng 4/2024 · mùng 5 tháng 4
  {
    re: new RegExp(
      `${NOT_AFTER}${DAY_WORD}\\s+([0-9]{1,2})\\s+thang\\s+([0-9]{1,2})(?:(?:\\s*,?\\s*nam\\s+|\\s*${SEP}\\s*)([0-9]{4}))?(?![0-9])`,
      'g',
    ),
    build: (m, c, p) => dayResult(p, m[1], m[2], m[3], c),
  },
  // 15 tháng 8 năm 2024 · trước 30 tháng 9/2024: with no "ngày", a day when it opens the text or
  // follows a mark or a deadline word; never a count ("trong 15 tháng …") nor a week or a round of a
  // month ("Tuần 3 tháng 10/2024", "đợt 2 tháng 5 năm 2025")
  {
    re: new RegExp(
      `${NOT_AFTER}(?<=^\\s*|[^a-z0-9\\s]\\s*|(?:truoc|han|den|toi|vao|sau|tu|nhat|la|xong|thanh|chot|het)\\s+)([0-9]{1,2})\\s+thang\\s+([0-9]{1,2})(?:\\s*,?\\s*nam\\s+|\\s*${SEP}\\s*)([0-9]{4})(?![0-9])`,
      'g',
    ),
    build: (m, c, p) => dayResult(p, m[1], m[2], m[3], c),
  },
  // 25/6/2024 · 01-8-2019 · 1.8.2019 · 11-4-24 · ngày 10/4/2024
  {
    re: /(?<![a-z0-9/.-])(?:(?:ngay|mung|mong)\s*:?\s*)?([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9]|[/.-][0-9])/g,
    build: (m, c, p) =>
      m[2] === '.' && m[4]?.length === 2 ? undefined : dayResult(p, m[1], m[3], m[4], c),
  },
  // 15 - 11 - 2025 · ngày 3 – 2 – 2026 (a dash with a space each side, twice, and a four-digit year:
  // news pages space their dates so; a range such as "9,5 - 10%" or "2021 - 2025" is not this shape)
  {
    re: /(?<![a-z0-9/.,-])(?<![-\u2013] )(?:(?:ngay|mung|mong)\s*:?\s*)?([0-9]{1,2}) ([-\u2013]) ([0-9]{1,2}) \2 ([0-9]{4})(?![0-9]|\s*[-\u2013/.]\s*[0-9])/g,
    build: (m, c, p) => dayResult(p, m[1], m[3], m[4], c),
  },
  // 2024-06-25 (ISO, unambiguous) · 2024/11/12 · 2024.11.12 (year first, as some software writes it)
  {
    re: /(?<![0-9/.-])([0-9]{4})([/.-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9]|[/.-][0-9])/g,
    build: (m, c, p) => dayResult(p, m[4], m[3], m[1], c),
  },
  // ngày 10/4 (year from the context)
  {
    re: new RegExp(
      `${NOT_AFTER}${DAY_WORD}\\s*:?\\s*([0-9]{1,2})([/.\\-])([0-9]{1,2})(?![0-9]|[/.\\-][0-9])`,
      'g',
    ),
    build: (m, c, p) => dayResult(p, m[1], m[3], undefined, c),
  },
  // ngày 22 - 10 · mùng 5 – 3 (a day and month spaced around one dash, year from the context; not a
  // span of days before its month, "ngày 2 - 3 tháng 5", nor one running on, "ngày 14 - 16 - 10")
  {
    re: new RegExp(
      `${NOT_AFTER}${DAY_WORD}\\s*:?\\s*([0-9]{1,2}) ([\\-\u2013]) ([0-9]{1,2})(?![0-9]|\\s*[/.\\-\u2013]\\s*[0-9]|\\s*,?\\s*(?:thang|nam)(?![a-z]))`,
      'g',
    ),
    build: (m, c, p) => dayResult(p, m[1], m[3], undefined, c),
  },
  // trước 28/8 · chậm nhất 15/3 (a bound word before a day and month; year from the context)
  {
    // (not a share: "chậm nhất là 2/3 số đơn vị")
    re: /(?<=(?:truoc|cham nhat(?: la)?|han chot(?: la)?|muon nhat)\s+)([0-9]{1,2})([/.-])([0-9]{1,2})(?![0-9]|[/.-][0-9])(?!\s*(?:so|tong|cac|don vi|%)(?![a-z]))/g,
    build: (m, c, p) => dayResult(p, m[1], m[3], undefined, c),
  },
  // 10/4 as a whole cell
  {
    re: /^([0-9]{1,2})([/.-])([0-9]{1,2})$/g,
    build: (m, c, p) => dayResult(p, m[1], m[3], undefined, c),
    wholeOnly: true,
  },
  // tháng 5/2024 · tháng 4-2021 · tháng 5 năm 2024
  {
    re: new RegExp(
      `${NOT_AFTER}thang\\s*([0-9]{1,2})(?:\\s*${SEP}\\s*|\\s*,?\\s*nam\\s+)([0-9]{4})(?![0-9])`,
      'g',
    ),
    build: (m, c, p) => monthResult(p, m[1], m[2], c),
  },
  // tháng 5 (year from the context)
  {
    re: new RegExp(`${NOT_AFTER}thang\\s*([0-9]{1,2})${NO_YEAR_FOLLOWS}`, 'g'),
    build: (m, c, p) => monthResult(p, m[1], undefined, c),
  },
  // T5/2024 · T.5-2024
  {
    re: new RegExp(`${NOT_AFTER}t\\.?\\s?([0-9]{1,2})\\s*${SEP}\\s*([0-9]{4})(?![0-9])`, 'g'),
    build: (m, c, p) => monthResult(p, m[1], m[2], c),
  },
  // T9 · T.10 · Th9 as a whole cell (a log's month column; year from the context)
  {
    re: /^th?\.?\s?([0-9]{1,2})$/g,
    build: (m, c, p) => monthResult(p, m[1], undefined, c),
    wholeOnly: true,
  },
  // 5/2024 as a whole cell
  {
    re: new RegExp(`^([0-9]{1,2})\\s*${SEP}\\s*([0-9]{4})$`, 'g'),
    build: (m, c, p) => monthResult(p, m[1], m[2], c),
    wholeOnly: true,
  },
  // quý I-2021 · quý III/2024 · quý 2 năm 2024 · quý II 2024
  {
    re: new RegExp(
      `${NOT_AFTER}quy\\s*(iv|i{1,3}|[1-4])(?:\\s*${SEP}\\s*|\\s*,?\\s*nam\\s+|\\s+)([0-9]{4})(?![0-9])`,
      'g',
    ),
    build: (m, c, p) => quarterResult(p, m[1], m[2], c),
  },
  // quý II (year from the context)
  {
    re: new RegExp(
      `${NOT_AFTER}quy\\s*(iv|i{1,3}|[1-4])(?![a-z0-9])(?!\\s+[0-9])${NO_YEAR_FOLLOWS}`,
      'g',
    ),
    build: (m, c, p) => quarterResult(p, m[1], undefined, c),
  },
  // Q3 · Q.III as a whole cell (year from the context)
  {
    re: /^q\.?\s?(iv|i{1,3}|[1-4])$/g,
    build: (m, c, p) => quarterResult(p, m[1], undefined, c),
    wholeOnly: true,
  },
  // Q2/2024 · Q2 2024
  {
    re: new RegExp(`${NOT_AFTER}q\\.?\\s?([1-4])(?:\\s*${SEP}\\s*|\\s+)([0-9]{4})(?![0-9])`, 'g'),
    build: (m, c, p) => quarterResult(p, m[1], m[2], c),
  },
  // 6 tháng đầu năm 2024 · sáu tháng cuối năm 2024 · nửa đầu năm 2024
  {
    re: new RegExp(
      `${NOT_AFTER}(?:(?:6|sau)\\s+thang|nua)\\s+(dau|cuoi)(?:\\s+nam)?(?:\\s*${SEP}\\s*|\\s+)([0-9]{4})(?![0-9])`,
      'g',
    ),
    build: (m, c, p) => halfResult(p, m[1], m[2], c),
  },
  // 6 tháng đầu năm (year from the context)
  {
    re: new RegExp(
      `${NOT_AFTER}(?:(?:6|sau)\\s+thang|nua)\\s+(dau|cuoi)(?:\\s+nam)?(?![a-z0-9])${NO_YEAR_FOLLOWS}(?!\\s+[0-9])`,
      'g',
    ),
    build: (m, c, p) => halfResult(p, m[1], undefined, c),
  },
  // năm 2025 (not a range such as "năm 2024-2025")
  {
    re: new RegExp(`${NOT_AFTER}nam\\s+([0-9]{4})(?![0-9]|\\s*[\\-\u2013]\\s*[0-9])`, 'g'),
    build: (m, c, p) => yearChecked(p, m[1], c, (year) => ({ kind: 'year', year })),
  },
];

interface RawScan extends DateScan {
  readonly foldedStart: number;
  readonly foldedEnd: number;
}

function scanFolded(
  text: string,
  folded: FoldedText,
  context: DateContext,
  whole: boolean,
): RawScan[] {
  const found: RawScan[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.wholeOnly && !whole) continue;
    for (const m of folded.text.matchAll(pattern.re)) {
      const fs = m.index;
      const fe = fs + m[0].length;
      const [start, end] = originalSpan(folded, fs, fe);
      const phrase = text.slice(start, end);
      const result = pattern.build(m, context, phrase);
      if (result) found.push({ start, end, phrase, result, foldedStart: fs, foldedEnd: fe });
    }
  }
  // Longest first, then leftmost; keep the ones that do not overlap a kept one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawScan[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every date-shaped piece of `text`, valid or not, in reading order. Overlaps are resolved in
 * favour of the longest form (`ngày 10 tháng 4 năm 2024` wins over `năm 2024` inside it).
 */
export function scanDates(text: string, context: DateContext = {}): DateScan[] {
  return scanFolded(text, foldWithOffsets(text), context, false).map(
    ({ start, end, phrase, result }) => ({ start, end, phrase, result }),
  );
}

/** Every valid date expression inside a longer text, with its span and the words as written. */
export function findDateExpressions(text: string, context: DateContext = {}): DateMatch[] {
  const out: DateMatch[] = [];
  for (const s of scanDates(text, context)) {
    if (s.result.ok) {
      out.push({
        expression: s.result.expression,
        start: s.start,
        end: s.end,
        phrase: s.phrase,
        explicitYear: s.result.explicitYear,
      });
    }
  }
  return out;
}

const TRAILING_TIME =
  /\s+(?:luc\s+)?[0-9]{1,2}(?::[0-9]{2}){1,2}(?:\s*(?:am|pm|sa|ch))?(?:\s*[+-][0-9]{2}:?[0-9]{2})?$/;
const WRAPPING = /^[\s*_"'“”‘’([\]]+|[\s*_"'“”‘’()[\].,;:]+$/g;

/**
 * Reads a text that is nothing but a date (a cell, a pack field): the forms of the module comment,
 * plus bare `10/4` (with `defaultYear`) and `5/2024`. A trailing time (`12-04-2024 14:36:43 +07:00`)
 * and wrapping punctuation are ignored.
 */
export function parseDateText(text: string, context: DateContext = {}): DateTextResult {
  const stripped = normalizeText(text).replace(WRAPPING, '');
  const folded0 = foldWithOffsets(stripped);
  const time = TRAILING_TIME.exec(folded0.text);
  const body = time ? stripped.slice(0, folded0.starts[time.index] ?? stripped.length) : stripped;
  if (body === '') return { kind: 'none' };
  const folded = foldWithOffsets(body);
  const scans = scanFolded(body, folded, context, true);
  const whole = scans.find((s) => s.foldedStart === 0 && s.foldedEnd === folded.text.length);
  if (!whole) return { kind: 'none' };
  if (!whole.result.ok) return { kind: 'invalid', phrase: body, reason: whole.result.reason };
  return {
    kind: 'date',
    expression: whole.result.expression,
    phrase: body,
    explicitYear: whole.result.explicitYear,
  };
}

/** The date expression a whole text stands for, or undefined (also when it is date-shaped but invalid). */
export function parseDateExpression(
  text: string,
  context: DateContext = {},
): DateExpression | undefined {
  const r = parseDateText(text, context);
  return r.kind === 'date' ? r.expression : undefined;
}

// ---------------------------------------------------------------------------------------------
// Expressions as days

/** The first day an expression covers. */
export function firstDayOf(expr: DateExpression): PlainDate {
  switch (expr.kind) {
    case 'day':
      return expr.date;
    case 'month':
      return { year: expr.year, month: expr.month, day: 1 };
    case 'quarter':
      return { year: expr.year, month: expr.quarter * 3 - 2, day: 1 };
    case 'half':
      return { year: expr.year, month: expr.half === 1 ? 1 : 7, day: 1 };
    case 'year':
      return { year: expr.year, month: 1, day: 1 };
  }
}

/** The last day an expression covers: a month, quarter, half-year or year means its last day. */
export function lastDayOf(expr: DateExpression): PlainDate {
  switch (expr.kind) {
    case 'day':
      return expr.date;
    case 'month':
      return lastDayOfMonth(expr.year, expr.month);
    case 'quarter':
      return lastDayOfMonth(expr.year, expr.quarter * 3);
    case 'half':
      return lastDayOfMonth(expr.year, expr.half * 6);
    case 'year':
      return lastDayOfMonth(expr.year, 12);
  }
}

const ROMAN_OUT = ['I', 'II', 'III', 'IV'];

/** How the expression is written in Vietnamese and in English. */
export function describeDateExpression(expr: DateExpression): Message {
  switch (expr.kind) {
    case 'day':
      return { vi: formatViDate(expr.date), en: formatIsoDate(expr.date) };
    case 'month':
      return {
        vi: `tháng ${expr.month}/${expr.year}`,
        en: `${monthNameEn(expr.month)} ${expr.year}`,
      };
    case 'quarter':
      return {
        vi: `quý ${ROMAN_OUT[expr.quarter - 1]}/${expr.year}`,
        en: `Q${expr.quarter} ${expr.year}`,
      };
    case 'half':
      return expr.half === 1
        ? { vi: `6 tháng đầu năm ${expr.year}`, en: `first half of ${expr.year}` }
        : { vi: `6 tháng cuối năm ${expr.year}`, en: `second half of ${expr.year}` };
    case 'year':
      return { vi: `năm ${expr.year}`, en: `year ${expr.year}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Cells

export type DateCellParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly date: PlainDate; readonly text: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: Message };

export interface DateCellOptions extends DateContext {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
}

/** Oldest and newest day a number in a date column is taken to be (as an Excel serial). */
export const SERIAL_MIN_YEAR = 1950;
export const SERIAL_MAX_YEAR = 2100;

/** A number read as an Excel serial day, when it lands in 1950–2100; otherwise undefined. */
export function plausibleSerialDate(serial: number, date1904 = false): PlainDate | undefined {
  const min = toExcelSerial({ year: SERIAL_MIN_YEAR, month: 1, day: 1 }, date1904);
  const max = toExcelSerial({ year: SERIAL_MAX_YEAR, month: 12, day: 31 }, date1904);
  if (!Number.isFinite(serial) || serial < min || serial >= max + 1) return undefined;
  return fromExcelSerial(serial, date1904);
}

function notADayReason(phrase: string, expr: DateExpression): Message {
  const what = describeDateExpression(expr);
  const kindVi = {
    day: 'ngày',
    month: 'một tháng',
    quarter: 'một quý',
    half: 'nửa năm',
    year: 'một năm',
  }[expr.kind];
  const kindEn = {
    day: 'a day',
    month: 'a month',
    quarter: 'a quarter',
    half: 'a half-year',
    year: 'a year',
  }[expr.kind];
  return {
    vi: `Ngày hoàn thành phải là một ngày cụ thể (ví dụ 25/6/2024), không phải ${kindVi} ("${phrase}" là ${what.vi}).`,
    en: `A completion date must be a single day (e.g. 25/6/2024), not ${kindEn} ("${phrase}" is ${what.en}).`,
  };
}

/**
 * Why a cell value cannot be a date, for values that are neither text nor a date cell: a boolean,
 * an error, or a number outside the plausible Excel-serial range. Undefined for anything else.
 */
export function nonDateValueReason(
  value: CellValue,
  text: string,
  date1904 = false,
): Message | undefined {
  if (typeof value === 'boolean') {
    return withExpected(
      `Ô chứa giá trị đúng/sai ("${text}"), không phải ngày.`,
      `The cell holds a true/false value ("${text}"), not a date.`,
    );
  }
  if (typeof value === 'object' && value !== null && value.kind === 'error') {
    return withExpected(
      `Ô bị lỗi ${value.code}, không có ngày.`,
      `The cell shows the error ${value.code}, not a date.`,
    );
  }
  if (typeof value === 'number' && plausibleSerialDate(value, date1904) === undefined) {
    const min = toExcelSerial({ year: SERIAL_MIN_YEAR, month: 1, day: 1 }, date1904);
    const max = toExcelSerial({ year: SERIAL_MAX_YEAR, month: 12, day: 31 }, date1904);
    return withExpected(
      `Số ${text || String(value)} không phải ngày: một ngày lưu dạng số trong Excel phải nằm trong khoảng ${min}–${max} (năm ${SERIAL_MIN_YEAR}–${SERIAL_MAX_YEAR}).`,
      `The number ${text || String(value)} is not a date: an Excel date stored as a number lies between ${min} and ${max} (years ${SERIAL_MIN_YEAR}–${SERIAL_MAX_YEAR}).`,
    );
  }
  return undefined;
}

/**
 * Reads a completion-date cell. Real date cells and plausible Excel serials are days; text is read
 * with the Vietnamese forms (a single day inside a short note such as "Đã gửi ngày 20/5/2024" is
 * accepted). A month, quarter, half-year or year is not a completion date, and a text that cannot
 * be a day-month date is invalid: the reason says what was expected.
 */
export function parseDateCell(
  value: CellValue,
  text: string,
  options: DateCellOptions = {},
): DateCellParse {
  const shown = normalizeText(text);
  if (value === null && shown === '') return { kind: 'empty' };
  if (typeof value === 'object' && value !== null && value.kind === 'date') {
    return { kind: 'date', date: value.date, text: shown || formatViDate(value.date) };
  }
  const date1904 = options.date1904 ?? false;
  if (typeof value === 'number') {
    const date = plausibleSerialDate(value, date1904);
    if (date) return { kind: 'date', date, text: shown || formatViDate(date) };
  }
  const nonText = nonDateValueReason(value, shown, date1904);
  if (nonText) return { kind: 'invalid', text: shown || String(value), reason: nonText };

  const raw = normalizeText(typeof value === 'string' ? value : text);
  if (raw === '' || /^[-–—.\s]+$/.test(raw)) return { kind: 'empty' };
  const whole = parseDateText(raw, options);
  if (whole.kind === 'date') {
    return whole.expression.kind === 'day'
      ? { kind: 'date', date: whole.expression.date, text: raw }
      : { kind: 'invalid', text: raw, reason: notADayReason(whole.phrase, whole.expression) };
  }
  if (whole.kind === 'invalid') return { kind: 'invalid', text: raw, reason: whole.reason };

  const scans = scanDates(raw, options);
  const bad = scans.find((s) => !s.result.ok);
  if (bad && !bad.result.ok) return { kind: 'invalid', text: raw, reason: bad.result.reason };
  const days = scans.flatMap((s) =>
    s.result.ok && s.result.expression.kind === 'day' ? [s.result.expression.date] : [],
  );
  if (scans.length === 1 && days.length === 1 && days[0])
    return { kind: 'date', date: days[0], text: raw };
  if (scans.length > 1) {
    return {
      kind: 'invalid',
      text: raw,
      reason: withExpected(
        `"${raw}" có ${scans.length} ngày; ô ngày hoàn thành chỉ ghi một ngày.`,
        `"${raw}" holds ${scans.length} dates; a completion date cell holds one.`,
      ),
    };
  }
  const only = scans[0];
  if (only && only.result.ok)
    return {
      kind: 'invalid',
      text: raw,
      reason: notADayReason(only.phrase, only.result.expression),
    };
  return {
    kind: 'invalid',
    text: raw,
    reason: withExpected(
      `Không đọc được "${raw}" thành ngày.`,
      `Could not read "${raw}" as a date.`,
    ),
  };
}
