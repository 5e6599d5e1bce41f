/**
 * Deadlines as directives and tracking sheets write them, turned into the last acceptable day.
 *
 * Rules (DESIGN.md, "Semantics that must be right"):
 * - A month, quarter, half-year or year means its last day: "tháng 5/2024" → 31/5/2024,
 *   "Quý II/2024" → 30/6/2024, "trong tháng 5/2024" → 31/5/2024.
 * - "trước ngày D" / "trước D" (before D): the last acceptable day is D − 1, or D itself when the
 *   pack sets `beforeIsInclusive`. `exclusive` says whether the day was moved back.
 * - "trước <period>" means before the period starts: "trước tháng 6/2024" → 31/5/2024,
 *   "trước năm 2025" → 31/12/2024. With `beforeIsInclusive` the boundary day itself (the period's
 *   first day, 1/6/2024) is still accepted, exactly as "trước ngày 1/6/2024" would be; it never
 *   stretches to the end of the period.
 * - "chậm nhất ngày D", "hạn chót D", "hoàn thành trong ngày D", "đến ngày D", "vào ngày D" and a plain
 *   "D" mean D itself.
 * - "từ ngày D", "sau ngày D" start something and are no deadline: invalid with a reason.
 * - Vague wordings ("đầu tháng 11/2024", "giữa năm 2024", "tuần 2 tháng 10", "nửa đầu tháng 11",
 *   "cuối năm" with no year, "sau Tết") are `not-evaluated` with a reason: they are no wrong date,
 *   and no day is guessed for them.
 * - A range of days is due on its last day: "15-20/10/2024" and "từ 28/10 - 02/11/2024" → the
 *   last day written.
 * - Tết: "trước Tết Nguyên đán Giáp Thìn", "trước Tết Nguyên đán 2025" are due the day before mùng
 *   1 Tết of that lunar year (calendar/lunar.ts), or on it with `beforeIsInclusive`; a Tết with no
 *   year or can chi name is `not-evaluated` (which Tết?).
 * - "trong N ngày làm việc kể từ ngày D" counts N working days after D (calendar/holidays.ts);
 *   "trong N ngày kể từ ngày D" counts N calendar days after D (Bộ luật Dân sự 2015, Điều 147:
 *   the day D itself is not counted). With no date after "kể từ" ("kể từ ngày nhận được văn bản"),
 *   `startDate` (the row's own start date) is used; without it the deadline is `not-evaluated`.
 * - A list of months or quarters with the year written once ("Tháng 5, 6/2024", "Quý II, III/2024")
 *   is due when the last of them ends.
 * - An extension replaces the deadline it extends: "Trước 30/6/2024 (đã gia hạn đến 15/7/2024)" →
 *   15/7/2024, quoting "gia hạn đến 15/7/2024".
 * - "Thường xuyên", "Hằng ngày", "Hằng tháng", "hằng quý", "trước ngày 10 hằng tháng", "định kỳ":
 *   recurring work with no single deadline.
 * - In a longer text, the date that a deadline word points at wins ("Chỉ thị … ngày 10/4/2024 …
 *   hoàn thành trước ngày 25/6/2024" → 24/6/2024); "từ D1 đến D2" gives D2; two different deadlines
 *   in one text are invalid (split the task) rather than a guess.
 */
import { addWorkingDays } from './holidays.js';
import {
  LUNAR_TABLE_FIRST_YEAR,
  LUNAR_TABLE_LAST_YEAR,
  lunarToGregorian,
  lunarYearName,
  tetDate,
  yearsOfLunarName,
} from './lunar.js';
import { addDays, compareDates, formatViDate } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';
import type { CellValue } from '../model/sheet.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  firstDayOf,
  foldWithOffsets,
  lastDayOf,
  nonDateValueReason,
  parseDateText,
  plausibleSerialDate,
  scanDates,
} from '../vi/dates.js';
import type { DateExpression, DateScan } from '../vi/dates.js';
import { foldText, normalizeText, writtenWithoutMarks } from '../vi/text.js';

export type RecurringFrequency =
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'quarterly'
  | 'half-yearly'
  | 'yearly'
  /** "thường xuyên", "liên tục": ongoing work. */
  | 'continuous'
  /** "định kỳ" with no frequency written. */
  | 'periodic';

export type DueParse =
  | {
      readonly kind: 'due';
      /** The last acceptable day. */
      readonly due: PlainDate;
      /** The deadline words as written, e.g. "hoàn thành trước ngày 25/6/2024". */
      readonly phrase: string;
      readonly expression: DateExpression;
      /** True when "trước" moved the last day before the written boundary (D − 1). */
      readonly exclusive: boolean;
    }
  | {
      readonly kind: 'recurring';
      readonly phrase: string;
      readonly frequency: RecurringFrequency;
      /** Day of the month written with it, e.g. 10 in "trước ngày 10 hằng tháng". */
      readonly day?: number;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly phrase: string; readonly reason: Message }
  /** A real deadline that cannot be pinned to one day (vague, or left to a decree): no finding. */
  | { readonly kind: 'not-evaluated'; readonly phrase: string; readonly reason: Message };

export interface DueOptions {
  /** "trước ngày D" still accepts D (pack setting; default false). */
  readonly beforeIsInclusive?: boolean;
  /** Year of deadlines written without one ("trước ngày 20/5"). */
  readonly defaultYear?: number;
  /**
   * The row's own start date (assigned or received), for "trong 10 ngày làm việc kể từ ngày nhận
   * được văn bản" where the text names the event but not its day.
   */
  readonly startDate?: PlainDate;
  /**
   * The Gregorian year of the Tết the sheet is about, when its title names one ("TIẾN ĐỘ … PHỤC
   * VỤ TẾT NGUYÊN ĐÁN GIÁP THÌN 2024" → 2024): "trước Tết" and a day of tháng Chạp or tháng Giêng
   * written with no year are of that Tết.
   */
  readonly tetYear?: number;
}

export interface DueCellOptions extends DueOptions {
  readonly date1904?: boolean;
}

type MarkerKind = 'before' | 'by' | 'start' | 'vague' | 'none';

/** Words right before a date that say what the date is to the work. */
const MARKER = new RegExp(
  '(?<![a-z0-9])' +
    '(?:(?:thoi gian hoan thanh|hoan thanh|xong|gui|nop|bao cao)[\\s*_:,]*)?' +
    '(cham nhat(?: la)?(?: vao)?(?: truoc)?|muon nhat(?: la)?(?: vao)?|han chot(?: la)?(?: vao)?|thoi han(?: la)?|' +
    'truoc|han|den(?: het)?|toi|trong(?: suot)?|vao|cuoi|het|tu|sau|dau|giua)' +
    '(?:\\s+(?:ngay|mung|mong))?[\\s*_:,]*$',
);

function markerBefore(text: string, start: number): { kind: MarkerKind; start: number } {
  const folded = foldWithOffsets(text.slice(0, start));
  const m = MARKER.exec(folded.text);
  if (!m) return { kind: 'none', start };
  const word = m[1] ?? '';
  const at = folded.starts[m.index] ?? start;
  if (/\btruoc\b/.test(word)) return { kind: 'before', start: at };
  if (word === 'tu' || word === 'sau') return { kind: 'start', start: at };
  if (word === 'dau' || word === 'giua') return { kind: 'vague', start: at };
  return { kind: 'by', start: at };
}

const RECURRING: ReadonlyArray<readonly [RegExp, RecurringFrequency]> = [
  [/\b(?:hang|moi) ngay\b/, 'daily'],
  [/\b(?:hang|moi) tuan\b/, 'weekly'],
  [
    /\b(?:hang|moi|dinh ky) (?:6|sau) thang\b|\b(?:6|sau) thang (?:mot|1) lan\b|\bhang nua nam\b/,
    'half-yearly',
  ],
  [/\b(?:hang|moi) thang\b|\bdinh ky thang\b/, 'monthly'],
  [/\b(?:hang|moi) quy\b|\bdinh ky quy\b/, 'quarterly'],
  [/\b(?:hang|moi) nam\b|\bdinh ky nam\b/, 'yearly'],
  [/\bthuong xuyen\b|\blien tuc\b/, 'continuous'],
  [/\bdinh ky\b/, 'periodic'],
];

function recurringOf(text: string): { frequency: RecurringFrequency; day?: number } | undefined {
  const folded = foldText(text);
  for (const [re, frequency] of RECURRING) {
    if (!re.test(folded)) continue;
    const day = /\b(?:ngay|mung|mong) ([0-9]{1,2})\b(?! [0-9]| thang [0-9])/.exec(folded);
    const n = day ? Number(day[1]) : undefined;
    return n !== undefined && n >= 1 && n <= 31 ? { frequency, day: n } : { frequency };
  }
  return undefined;
}

const EXPECTED_DUE: Message = {
  vi:
    'Cần một thời hạn như "25/6/2024", "trước ngày 20/5/2024", "chậm nhất ngày 30/6/2024", ' +
    '"tháng 5/2024", "quý II/2024", "6 tháng đầu năm 2024" hoặc "năm 2025".',
  en:
    'Expected a deadline such as "25/6/2024", "trước ngày 20/5/2024" (before 20/5/2024), ' +
    '"chậm nhất ngày 30/6/2024" (by 30/6/2024), "tháng 5/2024", "quý II/2024", ' +
    '"6 tháng đầu năm 2024" or "năm 2025".',
};

function reason(vi: string, en: string): Message {
  return { vi: `${vi} ${EXPECTED_DUE.vi}`, en: `${en} ${EXPECTED_DUE.en}` };
}

function dueOf(
  expression: DateExpression,
  marker: MarkerKind,
  inclusive: boolean,
): { due: PlainDate; exclusive: boolean } {
  if (marker !== 'before') return { due: lastDayOf(expression), exclusive: false };
  const boundary = firstDayOf(expression);
  return inclusive
    ? { due: boundary, exclusive: false }
    : { due: addDays(boundary, -1), exclusive: true };
}

const EMPTY = /^[\s\-–—.…/]*$/;

/**
 * "Tháng 5, 6/2024", "Quý II, III/2024", "tháng 5 và tháng 6/2024": one task spread over several
 * months or quarters of the year written once at the end. The work is due when the last of them
 * ends, so the list reads as its last item ("tháng 6/2024").
 */
const PERIOD_LIST =
  /\b(thang|quy)\s+([0-9]{1,2}|[ivx]{1,4})((?:\s*(?:,|;|va|&|-|–)\s*(?:(?:thang|quy)\s+)?(?:[0-9]{1,2}|[ivx]{1,4}))+)\s*([/-])\s*([0-9]{4})\b/;

function lastOfPeriodList(source: string): string | undefined {
  const folded = foldWithOffsets(source);
  const m = PERIOD_LIST.exec(folded.text);
  if (!m) return undefined;
  const items = m[3]!
    .split(/,|;|\bva\b|&|-|–/)
    .map((t) => t.replace(/^(?:\s|thang|quy)+/, '').trim());
  const last = items[items.length - 1];
  if (!last) return undefined;
  const start = folded.starts[m.index] ?? 0;
  const endUnit = m.index + m[0].length - 1;
  const end = folded.ends[endUnit] ?? source.length;
  const word = source.slice(start, start + m[1]!.length);
  return `${source.slice(0, start)}${word} ${last.toUpperCase()}${m[4]}${m[5]}${source.slice(end)}`;
}

/**
 * "Trước 30/6/2024 (đã gia hạn đến 15/7/2024)": an extension replaces the deadline it extends. The
 * text from "gia hạn" on is read as the deadline; the phrase quoted is that part.
 */
const EXTENSION = /\bgia han\b/;

/** Reads a deadline text (a "Thời hạn" cell, a pack's `due`, a sentence of a directive). */
export function parseDue(text: string, options: DueOptions = {}): DueParse {
  const source = normalizeText(text);
  if (EMPTY.test(source)) return { kind: 'empty' };
  const special =
    countedPeriod(source, options) ??
    tetDeadline(source, options) ??
    lunarDayDeadline(source, options) ??
    vagueWording(source);
  if (special) return special;
  const folded = foldWithOffsets(source);
  const extension = EXTENSION.exec(folded.text);
  if (extension) {
    const from = folded.starts[extension.index] ?? 0;
    const after = folded.ends[extension.index + extension[0].length - 1] ?? source.length;
    const extended = parseListOrSingleDue(source.slice(after).replace(/[)\]]+\s*$/, ''), options);
    if (extended.kind === 'due') {
      const phrase = source
        .slice(from)
        .replace(/[)\]]+\s*$/, '')
        .trim();
      return { ...extended, phrase };
    }
  }
  return parseListOrSingleDue(source, options);
}

function parseListOrSingleDue(source: string, options: DueOptions): DueParse {
  const lastYear = endOfYearSpan(source);
  if (lastYear) {
    const parsed = parseSingleDue(lastYear, options);
    if (parsed.kind === 'due') return { ...parsed, phrase: source.trim() };
  }
  const span = endOfSpan(source, options);
  if (span) {
    const parsed = parseSingleDue(normalizeText(span), options);
    if (parsed.kind === 'due') return parsed;
  }
  const range = lastDayOfRange(source);
  if (range) {
    const parsed = parseSingleDue(normalizeText(range.rewritten), options);
    if (parsed.kind === 'due') return { ...parsed, phrase: range.phrase };
  }
  const list = lastOfPeriodList(source);
  if (list !== undefined) {
    const parsed = parseSingleDue(normalizeText(list), options);
    if (parsed.kind === 'due') return { ...parsed, phrase: source };
  }
  return parseSingleDue(normalizeText(source), options);
}

/** A deadline that is a meeting: "Kỳ họp cuối năm 2024", "Trước Hội nghị Ban Chấp hành …". */
const MEETING = /^(?:(?:truoc|tai|trinh|vao) )*(?:ky hop|hoi nghi|dai hoi|phien hop)\b/;

function parseSingleDue(source: string, options: DueOptions): DueParse {
  if (EMPTY.test(source)) return { kind: 'empty' };
  const inclusive = options.beforeIsInclusive ?? false;
  const context = options.defaultYear === undefined ? {} : { defaultYear: options.defaultYear };

  const whole = parseDateText(source, context);
  if (whole.kind === 'invalid') return { kind: 'invalid', phrase: source, reason: whole.reason };

  if (whole.kind === 'date') {
    return {
      kind: 'due',
      phrase: whole.phrase,
      expression: whole.expression,
      exclusive: false,
      due: lastDayOf(whole.expression),
    };
  }

  const scans = scanDates(source, context).map((scan) => ({
    scan,
    marker: markerBefore(source, scan.start),
  }));
  const recurring = recurringOf(source);
  const explicitYear = scans.some((s) => s.scan.result.ok && s.scan.result.explicitYear);
  if (recurring && !explicitYear) return { kind: 'recurring', phrase: source, ...recurring };
  if (scans.length === 0) {
    const bare = bareDayMonth(source, options, inclusive);
    if (bare) return bare;
    // A day and month with no year to read them in: a date written incompletely.
    if (DAY_MONTH_SHAPE.test(source))
      return {
        kind: 'invalid',
        phrase: source,
        reason: reason(
          `Không tìm thấy thời hạn trong "${source}".`,
          `No deadline found in "${source}".`,
        ),
      };
    // No date at all: "sớm", or a deadline tied to an event whose day the sheet does not give
    // ("Trước Kỳ họp thứ 18 HĐND huyện"). Not a wrongly written date: not evaluated.
    return {
      kind: 'not-evaluated',
      phrase: source,
      reason: reason(
        `Thời hạn "${source}" không ghi ngày nào (gắn với một sự kiện hoặc việc thường xuyên); chưa đánh giá.`,
        `The deadline "${source}" names no day (it is tied to an event or a standing duty); not evaluated.`,
      ),
    };
  }

  // A meeting placed loosely in time ("Kỳ họp cuối năm 2024", "Hội nghị tháng 12/2024"): the
  // deadline is the meeting's day, which the sheet does not give; not the period's last day.
  if (
    MEETING.test(foldText(source)) &&
    !scans.some((s) => s.scan.result.ok && s.scan.result.expression.kind === 'day')
  ) {
    return {
      kind: 'not-evaluated',
      phrase: source,
      reason: reason(
        `Thời hạn "${source}" là một kỳ họp, hội nghị chưa ghi ngày tổ chức; chưa đánh giá.`,
        `The deadline "${source}" is a meeting whose day the sheet does not give; not evaluated.`,
      ),
    };
  }
  const marked = scans.filter((s) => s.marker.kind === 'before' || s.marker.kind === 'by');
  const chosen = marked.length > 0 ? marked : scans.filter((s) => s.marker.kind === 'none');
  if (chosen.length === 0)
    return notADeadline(source, scans[0]?.scan, scans[0]?.marker.kind ?? 'none');

  const bad = chosen.find((s) => !s.scan.result.ok);
  if (bad && !bad.scan.result.ok)
    return { kind: 'invalid', phrase: source, reason: bad.scan.result.reason };

  const dues = chosen.flatMap(({ scan, marker }) => {
    if (!scan.result.ok) return [];
    const { due, exclusive } = dueOf(scan.result.expression, marker.kind, inclusive);
    const phrase = source
      .slice(marker.start, scan.end)
      .replace(/[*_]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return [{ due, exclusive, expression: scan.result.expression, phrase }];
  });
  const first = dues[0];
  if (!first) return notADeadline(source, undefined, 'none');
  const distinct = new Set(dues.map((d) => formatViDate(d.due)));
  if (distinct.size > 1) {
    const list = [...distinct].join(', ');
    return {
      kind: 'invalid',
      phrase: source,
      reason: reason(
        `"${source}" có nhiều thời hạn khác nhau (${list}); mỗi nhiệm vụ cần một thời hạn.`,
        `"${source}" holds several different deadlines (${list}); each task needs one.`,
      ),
    };
  }
  return {
    kind: 'due',
    due: first.due,
    phrase: first.phrase,
    expression: first.expression,
    exclusive: first.exclusive,
  };
}

/**
 * "trước 25/6", "hạn 30/6": a day and month with no year at the end of the text, read in the
 * `defaultYear` (the document's or the sheet title's) when there is one. Inside longer texts a bare
 * "d/m" is not looked for (it could be a fraction or a count), only at the very end after a marker
 * or alone.
 */
/** Something written like a day and a month ("25/6", "25-6"). */
const DAY_MONTH_SHAPE = /(?<![0-9])[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?![0-9])/;

function bareDayMonth(
  source: string,
  options: DueOptions,
  inclusive: boolean,
): DueParse | undefined {
  if (options.defaultYear === undefined) return undefined;
  const m = /(?<![0-9/.-])([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})[\s.;,)]*$/.exec(source);
  if (!m) return undefined;
  const marker = markerBefore(source, m.index);
  if (marker.kind === 'start' || marker.kind === 'vague') return undefined;
  if (marker.kind === 'none' && source.slice(0, m.index).trim() !== '') return undefined;
  const parsed = parseDateText(`${m[1]}/${m[3]}`, { defaultYear: options.defaultYear });
  if (parsed.kind !== 'date') return undefined;
  const { due, exclusive } = dueOf(parsed.expression, marker.kind, inclusive);
  const phrase = source
    .slice(marker.start)
    .replace(/[\s.;,)]+$/, '')
    .trim();
  return { kind: 'due', due, phrase, expression: parsed.expression, exclusive };
}

function notADeadline(source: string, scan: DateScan | undefined, kind: MarkerKind): DueParse {
  const phrase = scan?.phrase ?? source;
  // work that starts on a day and runs on ("Từ ngày 15/12/2024") has a real deadline nobody wrote:
  // it cannot be judged, and the cell is no mistake to correct
  if (kind === 'start') {
    return vague(source, {
      vi: `"${source}" chỉ nêu thời điểm bắt đầu (${phrase}), không nêu thời hạn hoàn thành; chưa đánh giá.`,
      en: `"${source}" only says when the work starts (${phrase}), not when it is due; not evaluated.`,
    });
  }
  if (kind === 'vague') return vague(source);
  return {
    kind: 'invalid',
    phrase: source,
    reason: reason(
      `Không tìm thấy thời hạn trong "${source}".`,
      `No deadline found in "${source}".`,
    ),
  };
}

/**
 * A deadline cell: a real date cell or a plausible Excel serial is a 'due' on that day (its phrase
 * is the displayed text); a whole number between 1900 and 2199 is that year; text goes to parseDue.
 */
export function parseDueCell(
  value: CellValue,
  text: string,
  options: DueCellOptions = {},
): DueParse {
  const shown = normalizeText(text);
  if (typeof value === 'object' && value !== null && value.kind === 'date') {
    return {
      kind: 'due',
      due: value.date,
      phrase: shown || formatViDate(value.date),
      expression: { kind: 'day', date: value.date },
      exclusive: false,
    };
  }
  if (typeof value === 'number') {
    const date = plausibleSerialDate(value, options.date1904 ?? false);
    if (date)
      return {
        kind: 'due',
        due: date,
        phrase: shown || formatViDate(date),
        expression: { kind: 'day', date },
        exclusive: false,
      };
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
      const expression: DateExpression = { kind: 'year', year: value };
      return {
        kind: 'due',
        due: lastDayOf(expression),
        phrase: shown || String(value),
        expression,
        exclusive: false,
      };
    }
  }
  const problem = nonDateValueReason(value, shown, options.date1904 ?? false);
  if (problem) return { kind: 'invalid', phrase: shown || String(value), reason: problem };
  return parseDue(typeof value === 'string' ? value : text, options);
}

// ---------------------------------------------------------------------------------------------
// Forms with no single written day: ranges, vague wordings, Tết, counted periods

function vague(source: string, why?: Message): DueParse {
  return {
    kind: 'not-evaluated',
    phrase: source,
    reason: why ?? {
      vi: `Thời hạn "${source}" không nêu rõ ngày nào là hạn cuối; chưa đánh giá.`,
      en: `The deadline "${source}" does not say which day is the last one; not evaluated.`,
    },
  };
}

/**
 * "15-20/10/2024", "từ ngày 15 đến 20/10/2024", "28/10 - 02/11/2024": a range of days written with
 * the month (and year) once, due on its last day. Returns the text with the range replaced by
 * "đến ngày <last day>" and the range as written, for the quote.
 */
const DAY_RANGE =
  /(?:(?<![\p{L}\p{N}])(?:từ|tu|Từ|TỪ)\s+(?:ngày\s+)?)?(?<![\p{N}/.\-–])([0-9]{1,2})(?:\s*[/.]\s*([0-9]{1,2}))?\s*(?:-|–|đến|tới|den|toi)\s*(?:ngày\s+)?([0-9]{1,2})\s*([/.])\s*([0-9]{1,2})\s*\4\s*([0-9]{4})(?![\p{N}])/u;

function lastDayOfRange(
  source: string,
): { rewritten: string; phrase: string; lastDay: string } | undefined {
  const m = DAY_RANGE.exec(source);
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = Number(m[3]);
  if (first < 1 || first > 31 || last < 1 || last > 31) return undefined;
  // the same month: the first day must come before the last ("20-15/10/2024" is no range)
  if (m[2] === undefined && first >= last) return undefined;
  const phrase = m[0].trim();
  const lastDay = `${m[3]}/${m[5]}/${m[6]}`;
  const rewritten = `${source.slice(0, m.index)} đến ngày ${lastDay}${source.slice(m.index + m[0].length)}`;
  return { rewritten, phrase, lastDay };
}

/**
 * The last day of a run of days written as one ("02-04/10/2024", "từ 28/10 - 02/11/2024"), as
 * "d/m/yyyy": work done over those days (an inspection, a conference) was done on the last one.
 * Undefined when the text holds no such run.
 */
export function lastDayOfDayRange(source: string): string | undefined {
  return lastDayOfRange(normalizeText(source))?.lastDay;
}

/**
 * A span of time whose two ends are each a whole date or month: "15/7/2024 - 10/12/2024", "03/2023
 * - 06/2024", "15/11/2024-20/11/2024" typed tight (a work's start and end, as progress tables write
 * them). Due at the end of its second end, when that comes after the first. Returns the second end
 * as written.
 */
const SPAN_SEPARATOR = /\s+-\s+|\s*[–—]\s*|(?<=[/.]\d{4})-(?=\d{1,2}[/.])/u;

/**
 * A run of whole years, with the word that names it or none ("Năm 2024 - 2025", "giai đoạn
 * 2021-2025", "nhiệm kỳ 2020 - 2025"); a school year ("Năm học 2024 - 2025") is not one.
 */
const YEAR_SPAN =
  /^(?:(?:từ |trong )?(?:năm|giai đoạn|gđ|nhiệm kỳ) )?((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})$/u;

/** The last year of a run of whole years, as "năm B". */
function endOfYearSpan(source: string): string | undefined {
  const years = YEAR_SPAN.exec(normalizeText(source).trim().toLowerCase());
  return years && Number(years[2]) > Number(years[1]) ? `năm ${years[2]}` : undefined;
}

function endOfSpan(source: string, options: DueOptions): string | undefined {
  const text = normalizeText(source).replace(/^(?:từ|Từ|TỪ)\s+/u, '');
  const parts = text.split(SPAN_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const context = options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {};
  const [a, b] = parts.map((p) => parseDateText(p.trim(), context));
  if (a?.kind !== 'date' || b?.kind !== 'date') return undefined;
  // both ends whole: the first written in full, the second with its year
  if (!b.explicitYear) return undefined;
  if (compareDates(lastDayOf(b.expression), firstDayOf(a.expression)) < 0) return undefined;
  return parts[1]!.trim();
}

/** "tuần 2 tháng 10", "nửa đầu tháng 11/2024", "cuối năm" with no year: no day can be named. */
const VAGUE_WORDINGS: readonly RegExp[] = [
  /\btuan (?:thu )?(?:[0-9]|mot|hai|ba|bon|dau|cuoi|cuoi cung|[ivx]{1,3})\b(?! ngay)/,
  /\bnua (?:dau|cuoi|sau|truoc) (?:thang|quy)\b/,
  /\b(?:dau|giua|cuoi) (?:nam|quy|thang)(?! (?:[0-9]|[ivx]{1,4}\b))/,
  // a season, whose start moves from year to year: "trước mùa mưa lũ", "đầu mùa khô", "mùa bão"
  /\bmua (?:mua|lu|bao|kho|han)\b/,
];

function vagueWording(source: string): DueParse | undefined {
  const folded = foldText(source);
  if (!VAGUE_WORDINGS.some((re) => re.test(folded))) return undefined;
  // a day written beside the vague words decides: "tuần 2 tháng 10, chậm nhất ngày 12/10/2024"
  if (scanDates(source).some((s) => s.result.ok && s.result.expression.kind === 'day'))
    return undefined;
  return vague(source);
}

/** "Tết", "Tết Nguyên đán", "Tết âm lịch", "Tết cổ truyền", with a can chi name or a year (folded). */
const TET =
  /(?<![a-z0-9])((?:(?:cham nhat|hoan thanh|xong)\s+)?(truoc\s+|sau\s+)?(?:(?:trong\s+)?dip\s+)?tet(?:\s+(?:nguyen dan|am lich|co truyen))?(?:\s+(giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+(ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi))?(?:\s+(?:nam\s+)?([0-9]{4}))?)(?![a-z0-9])/;

function tetDeadline(source: string, options: DueOptions): DueParse | undefined {
  const folded = foldWithOffsets(source);
  const m = TET.exec(folded.text);
  if (!m) return undefined;
  const at = m.index + (m[0].length - (m[1] ?? '').length);
  const start = folded.starts[at] ?? 0;
  const end = folded.ends[at + (m[1] ?? '').length - 1] ?? source.length;
  const phrase = source.slice(start, end).trim();
  // "Tết" itself, not a syllable that folds to "tet" ("bánh tét"); a text typed with no mark at
  // all says "Tet" for it
  if (!namesTet(phrase, source) && !/\btet (?:nguyen dan|am lich)\b/.test(m[1] ?? ''))
    return undefined;
  if (!m[2]?.startsWith('truoc')) return vague(source); // "sau Tết", "dịp Tết": a season, no day
  const name = m[3] && m[4] ? `${m[3]} ${m[4]}` : undefined;
  const written = m[5] !== undefined ? Number(m[5]) : undefined;
  const named = name ? yearsOfLunarName(name, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR) : [];
  if (name && named.length === 0 && written === undefined)
    return vague(source, {
      vi: `"${source}": năm âm lịch được nêu nằm ngoài bảng lịch âm (${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}); chưa đánh giá.`,
      en: `"${source}": the lunar year named is outside the lunar table (${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}); not evaluated.`,
    });
  if (name && written !== undefined && named[0] !== written)
    return vague(source, {
      vi: `"${source}": tên năm âm lịch không khớp với năm ${written}; chưa đánh giá.`,
      en: `"${source}": the lunar year's name does not match ${written}; not evaluated.`,
    });
  const year = written ?? named[0] ?? options.tetYear;
  if (year === undefined) return whichTet(source);
  const tet = tetDate(year);
  if (!tet)
    return vague(source, {
      vi: `"${source}": chưa có ngày Tết năm ${year} trong bảng lịch âm (${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}); chưa đánh giá.`,
      en: `"${source}": Tết of ${year} is not in the lunar table (${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}); not evaluated.`,
    });
  const inclusive = options.beforeIsInclusive ?? false;
  return {
    kind: 'due',
    due: inclusive ? tet : addDays(tet, -1),
    phrase,
    expression: { kind: 'day', date: tet },
    exclusive: !inclusive,
  };
}

/**
 * A day of the lunar calendar: "Trước 23 tháng Chạp", "mùng 10 tháng Giêng", "Rằm tháng Giêng",
 * "ngày 15/8 âm lịch", "chậm nhất 20 tháng Chạp năm Quý Mão". Lunar when the month is named Chạp
 * or Giêng, the day is "Rằm", or "âm lịch" / "AL" is written; a day and month of the solar calendar
 * are read elsewhere. The lunar year: a can chi name or a year written after it; else the Tết the
 * sheet is about (Chạp before it, the other months from it); else the one lunar year whose day
 * falls in the year of the sheet; else which year is unknown and the deadline not evaluated.
 */
const LUNAR_DAY =
  /(?<![a-z0-9])(?:(cham nhat|truoc|han|den|sau)\s+)?(?:(?:ngay|mung|mong)\s+)?(ram|[0-9]{1,2})(?:\s+thang\s+(chap|gieng|[0-9]{1,2})|\s*\/\s*([0-9]{1,2}))(\s+nhuan)?(\s+(?:am lich|al)(?![a-z0-9]))?(?:\s+(?:nam\s+)?(giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+(ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi))?(?:\s+(?:nam\s+)?([0-9]{4}))?(?![a-z0-9])/;

function lunarDayDeadline(source: string, options: DueOptions): DueParse | undefined {
  const folded = foldWithOffsets(source);
  const m = LUNAR_DAY.exec(folded.text);
  if (!m) return undefined;
  const [, marker, dayWord, monthWord, slashMonth, leapWord, lunarWords, stem, branch, written] = m;
  const named = monthWord === 'chap' || monthWord === 'gieng';
  if (!named && dayWord !== 'ram' && lunarWords === undefined) return undefined;
  if (monthWord === undefined && lunarWords === undefined) return undefined;
  const day = dayWord === 'ram' ? 15 : Number(dayWord);
  const month =
    monthWord === 'chap' ? 12 : monthWord === 'gieng' ? 1 : Number(monthWord ?? slashMonth);
  const start = folded.starts[m.index] ?? 0;
  const end = folded.ends[m.index + m[0].length - 1] ?? source.length;
  const phrase = source.slice(start, end).trim();
  if (marker === 'sau') return vague(source);
  const leap = leapWord !== undefined;
  const candidates: number[] =
    written !== undefined
      ? [Number(written)]
      : stem !== undefined && branch !== undefined
        ? (options.defaultYear ?? options.tetYear) !== undefined
          ? yearsOfLunarName(`${stem} ${branch}`, 1900, 2100)
          : yearsOfLunarName(`${stem} ${branch}`, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR)
        : options.tetYear !== undefined
          ? [month >= 11 ? options.tetYear - 1 : options.tetYear]
          : options.defaultYear !== undefined
            ? [options.defaultYear - 1, options.defaultYear].filter(
                (y) => lunarToGregorian(day, month, y, leap)?.year === options.defaultYear,
              )
            : [];
  // a can chi name recurs every sixty years: the one nearest the sheet's year (with no year of the
  // sheet, the one within the years the calendar tables cover)
  const near = options.defaultYear ?? options.tetYear;
  const lunarYear =
    candidates.length === 1 || (candidates.length > 1 && near !== undefined)
      ? [...candidates].sort((a, b) => Math.abs(a - (near ?? a)) - Math.abs(b - (near ?? b)))[0]
      : undefined;
  if (lunarYear === undefined)
    return vague(source, {
      vi: `"${source}" là ngày âm lịch nhưng không nêu năm nào (cần năm hoặc tên năm âm lịch, ví dụ "23 tháng Chạp năm Quý Mão"); chưa đánh giá.`,
      en: `"${source}" is a lunar-calendar day but does not say of which year (write the year or its lunar name, e.g. "23 tháng Chạp năm Quý Mão"); not evaluated.`,
    });
  const date = lunarToGregorian(day, month, lunarYear, leap);
  if (!date)
    return {
      kind: 'invalid',
      phrase,
      reason: {
        vi: `"${phrase}" không có trong lịch âm năm ${lunarYearName(lunarYear)} (${lunarYear}).`,
        en: `"${phrase}" does not exist in the lunar year ${lunarYearName(lunarYear)} (${lunarYear}).`,
      },
    };
  const before = marker === 'truoc' && !(options.beforeIsInclusive ?? false);
  return {
    kind: 'due',
    due: before ? addDays(date, -1) : date,
    phrase,
    expression: { kind: 'day', date },
    exclusive: before,
  };
}

/**
 * The Gregorian year of the Tết a text names with its year or can chi name ("TẾT NGUYÊN ĐÁN GIÁP
 * THÌN 2024" → 2024, "đón Tết Ất Tỵ" → 2025); undefined for a Tết with neither, or both disagreeing.
 */
/** Whether a phrase says "Tết": written so, or "Tet" in a text typed with no mark at all. */
function namesTet(phrase: string, text: string): boolean {
  return /t[ếẾ]t/iu.test(phrase) || (writtenWithoutMarks(text) && /\btet\b/iu.test(phrase));
}

export function yearOfTetNamed(text: string): number | undefined {
  const source = normalizeText(text);
  if (!namesTet(source, source)) return undefined;
  const m = TET.exec(foldText(source));
  if (!m) return undefined;
  const named =
    m[3] && m[4]
      ? yearsOfLunarName(`${m[3]} ${m[4]}`, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR)
      : [];
  const written = m[5] !== undefined ? Number(m[5]) : undefined;
  if (written !== undefined && named.length > 0 && named[0] !== written) return undefined;
  return written ?? (named.length === 1 ? named[0] : undefined);
}

function whichTet(source: string): DueParse {
  return vague(source, {
    vi: `"${source}" không nêu Tết năm nào (cần năm hoặc tên năm âm lịch, ví dụ "Tết Nguyên đán Giáp Thìn"); chưa đánh giá.`,
    en: `"${source}" does not say which year's Tết (write the year or its lunar name, e.g. "Tết Nguyên đán Giáp Thìn"); not evaluated.`,
  });
}

/**
 * "trong 10 ngày làm việc kể từ ngày 05/11/2024", "trong thời hạn 15 ngày, kể từ ngày nhận được
 * văn bản": a number of (working) days counted from an event.
 */
const COUNTED =
  /\b(?:(?:trong|sau)\s+(?:vong\s+|thoi\s+han\s+|thoi\s+gian\s+)?)?([0-9]{1,3})\s+ngay(\s+lam\s+viec)?[\s,]*(?:ke\s+)?tu\b/;

/** A bare count of days: 3, "5", "10 ngày", "7 ngày làm việc". */
const BARE_COUNT = /^\s*([0-9]{1,3})(?:\s*ngay(?:\s+lam\s+viec)?)?\s*\.?\s*$/;

/**
 * A cell under a header that counts days ("Thời hạn (ngày làm việc)", "Số ngày xử lý",
 * "Thời hạn giải quyết (ngày)") holding a bare count: due that many (working) days after the
 * row's start date, read as "trong N ngày làm việc kể từ ngày nhận" (one reading, countedPeriod).
 * Anything else in the cell (a real date, a sentence) is not a bare count: undefined.
 */
export function dueAfterDayCount(
  value: CellValue,
  text: string,
  working: boolean,
  options: DueOptions = {},
): DueParse | undefined {
  const count =
    typeof value === 'number'
      ? Number.isInteger(value) && value >= 0 && value < 1000
        ? value
        : undefined
      : typeof value === 'string'
        ? BARE_COUNT.exec(foldText(text))?.[1]
        : undefined;
  if (count === undefined) return undefined;
  const n = Number(count);
  if (n < 1) return undefined;
  const phrase = `${n} ngày${working ? ' làm việc' : ''} kể từ ngày nhận`;
  return countedPeriod(phrase, options);
}

/**
 * A count alone ("Trong 10 ngày làm việc", "Trong vòng 5 ngày", "7 ngày làm việc") in a row that
 * gives its start (the day the work was assigned or received): counted from that day.
 */
const COUNT_ONLY =
  /^(?:(?:trong|sau)\s+(?:vong\s+|thoi\s+han\s+|thoi\s+gian\s+)?)?([0-9]{1,3})\s+ngay(\s+lam\s+viec)?[\s.;,]*$/;

function countedPeriod(source: string, options: DueOptions): DueParse | undefined {
  const folded = foldWithOffsets(source);
  const m =
    COUNTED.exec(folded.text) ??
    (options.startDate !== undefined ? COUNT_ONLY.exec(folded.text.trim()) : null);
  if (!m) return undefined;
  const n = Number(m[1]);
  const working = m[2] !== undefined;
  const phraseStart = folded.starts[m.index] ?? 0;
  const afterFrom = folded.ends[m.index + m[0].length - 1] ?? source.length;
  const rest = source.slice(afterFrom);
  const context = options.defaultYear === undefined ? {} : { defaultYear: options.defaultYear };
  const written = scanDates(rest, context).find(
    (s) => s.result.ok && s.result.expression.kind === 'day',
  );
  const start =
    written?.result.ok && written.result.expression.kind === 'day'
      ? written.result.expression.date
      : options.startDate;
  const phrase = source
    .slice(phraseStart, written ? afterFrom + written.end : source.length)
    .replace(/[\s.;,)]+$/, '')
    .trim();
  if (!start) {
    return vague(source, {
      vi: `"${source}" tính hạn từ một sự kiện mà dòng này không ghi ngày; chưa đánh giá.`,
      en: `"${source}" counts the deadline from an event whose date this row does not give; not evaluated.`,
    });
  }
  if (!working) {
    const due = addDays(start, n);
    return { kind: 'due', due, phrase, expression: { kind: 'day', date: due }, exclusive: false };
  }
  const counted = addWorkingDays(start, n);
  if (counted.kind === 'unknown') return vague(source, counted.reason);
  return {
    kind: 'due',
    due: counted.date,
    phrase,
    expression: { kind: 'day', date: counted.date },
    exclusive: false,
  };
}
