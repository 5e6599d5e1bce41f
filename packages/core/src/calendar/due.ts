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
 * - "từ ngày D", "sau ngày D" start something and are no deadline; "đầu tháng 6/2024", "giữa năm
 *   2024" are too vague: both are invalid with a reason, never guessed.
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
import { addDays, formatViDate } from '../model/plain-date.js';
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
import { foldText, normalizeText } from '../vi/text.js';

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
  | { readonly kind: 'invalid'; readonly phrase: string; readonly reason: Message };

export interface DueOptions {
  /** "trước ngày D" still accepts D (pack setting; default false). */
  readonly beforeIsInclusive?: boolean;
  /** Year of deadlines written without one ("trước ngày 20/5"). */
  readonly defaultYear?: number;
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
  const list = lastOfPeriodList(source);
  if (list !== undefined) {
    const parsed = parseSingleDue(normalizeText(list), options);
    if (parsed.kind === 'due') return { ...parsed, phrase: source };
  }
  return parseSingleDue(normalizeText(source), options);
}

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
    return {
      kind: 'invalid',
      phrase: source,
      reason: reason(
        `Không tìm thấy thời hạn trong "${source}".`,
        `No deadline found in "${source}".`,
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
  if (kind === 'start') {
    return {
      kind: 'invalid',
      phrase: source,
      reason: reason(
        `"${source}" chỉ nêu thời điểm bắt đầu (${phrase}), không nêu thời hạn hoàn thành.`,
        `"${source}" only says when the work starts (${phrase}), not when it is due.`,
      ),
    };
  }
  if (kind === 'vague') {
    return {
      kind: 'invalid',
      phrase: source,
      reason: reason(
        `"${source}" không nêu rõ ngày nào là hạn cuối.`,
        `"${source}" does not say which day is the last one.`,
      ),
    };
  }
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
