/**
 * The facts of one task row, as built-in checks and custom pack rules see them. Every date is an
 * ISO string ("2024-05-19") and every day count is relative to the as-of date, so rules never need
 * the clock. `dondoc pack docs` and the pack author's guide list these names.
 */
import {
  dueAfterDayCount,
  lastDayOfDayRange,
  parseDueCell,
  type DueParse,
} from '../../calendar/due.js';
import { isDocumentNumber } from '../../vi/document-kind.js';
import { daysBetween, formatIsoDate, type PlainDate } from '../../model/plain-date.js';
import type { Message } from '../../model/findings.js';
import type { TaskCells } from '../../table/task-rows.js';
import type { Cell } from '../../model/sheet.js';
import { memoizeText, textPool } from '../../util/memo.js';
import {
  completionDateInDoneClause,
  completionDateInText,
  type CompletionInText,
} from '../../vi/completion.js';
import { parseDateCell, type DateCellParse } from '../../vi/dates.js';
import { classifyStatus, classifyStatusCell, timelinessOf } from '../../vi/status.js';
import { foldText, removeDiacritics } from '../../vi/text.js';
import { schoolYearDayYear } from '../../table/periods.js';

/** The texts a check keeps for every task (title, unit), one string per distinct text. */
const sharedText = textPool();

/** One ISO string per day: every row's deadline, completion and as-of date. */
const isoDates = new Map<number, string>();
function isoOf(date: PlainDate): string {
  const key = date.year * 10000 + date.month * 100 + date.day;
  let iso = isoDates.get(key);
  if (iso === undefined) {
    if (isoDates.size >= 4096) isoDates.clear();
    iso = formatIsoDate(date);
    isoDates.set(key, iso);
  }
  return iso;
}

/** The built-in status vocabulary only (no pack words): memoised per distinct status text. */
const classifyBuiltInStatus = memoizeText((t) => classifyStatus(t));
const timelinessOfStatus = memoizeText((t) => timelinessOf(t) ?? null);

export type TaskStatusState =
  'done' | 'in-progress' | 'not-started' | 'not-done' | 'unknown' | 'empty';

export interface TaskFacts {
  readonly [fact: string]: unknown;
  readonly kind: 'task';
  readonly sheet: string;
  readonly row: number;
  readonly code: string;
  readonly title: string;
  readonly owner: string;
  readonly coordinators: string;
  readonly note: string;
  /** The deadline as written in the sheet ("trước ngày 20/5/2024"), or the displayed date. */
  readonly dueText: string;
  /** True when the deadline is one day (not "Thường xuyên", not empty, not unreadable). */
  readonly hasDue: boolean;
  /** Last acceptable day, ISO. */
  readonly due: string | null;
  /** "Thường xuyên", "Hằng tháng" …: work with no single deadline. */
  readonly recurring: boolean;
  readonly dueInvalid: boolean;
  /** A deadline that names no single day ("đầu tháng 11/2024", "trước Tết"): not evaluated. */
  readonly dueUnresolved: boolean;
  readonly completedOn: string | null;
  /**
   * Where the completion date came from: its own column, or the words of the status or notes cell
   * ("Hoàn thành ngày 30/10/2024", "đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024").
   */
  readonly completionFrom: 'column' | 'status' | 'note' | 'resultDocument' | null;
  /** The words the completion date was read from, when it came from a text. */
  readonly completionText: string;
  readonly hasCompletion: boolean;
  readonly completionInvalid: boolean;
  /** The status cell's words as written ('' when the row has none, even if a note gave one). */
  readonly status: string;
  readonly statusState: TaskStatusState;
  /**
   * Where the status was read: its own column (text, ticks or progress), or the notes of a table
   * with no status column ("Đã trình UBND huyện"); null when the row says none.
   */
  readonly statusFrom: 'column' | 'note' | null;
  /** The words the status was read from: the status cell's, or the note's when it gave the status. */
  readonly statusText: string;
  /**
   * What the status says of the deadline, when it says it: late ("Quá hạn", "Hoàn thành (chậm)")
   * or on time ("Đã xong - Đúng hạn"); null when it says neither.
   */
  readonly statusTimeliness: 'late' | 'on-time' | null;
  /** A completion date, or a status word that says done. */
  readonly isDone: boolean;
  /** asOf − due (positive: the deadline has passed). */
  readonly daysPastDue: number | null;
  /** due − asOf (positive: days left). */
  readonly daysUntilDue: number | null;
  /** completedOn − due (positive: completed late). */
  readonly daysLate: number | null;
  /** completedOn − asOf (positive: a completion date in the future). */
  readonly daysCompletedAfterAsOf: number | null;
  readonly dueSoonDays: number;
  readonly asOf: string;
}

export interface TaskFactOptions {
  readonly sheet: string;
  readonly row: number;
  readonly asOf: PlainDate;
  readonly beforeIsInclusive: boolean;
  readonly dueSoonDays: number;
  readonly defaultYear?: number;
  /**
   * The month the sheet's title names ("… THÁNG 11 NĂM 2024"): a deadline giving the day alone
   * ("Ngày 26", "Trước ngày 30", "Ngày 15 - 16") is a day of it.
   */
  readonly titleMonth?: { readonly year: number; readonly month: number };
  /**
   * The year the school year the sheet's title names ends in ("NĂM HỌC 2024 - 2025" → 2025): a
   * day written without a year ("30/9", "Trước 15/01") falls inside that school year.
   */
  readonly schoolYearEnd?: number;
  /** The Tết the sheet's title names (calendar/due.ts `DueOptions.tetYear`). */
  readonly tetYear?: number;
  /**
   * The deadline column counts days from the row's start ("Thời hạn (ngày làm việc)"): a bare
   * number there is due that many (working) days after the start date, never a date.
   */
  readonly dueDayCount?: 'working' | 'calendar';
  readonly statusWords?: {
    readonly done?: readonly string[];
    readonly notDone?: readonly string[];
  };
  /**
   * The table has no status column of any kind (text, ticks, progress): a status word in the
   * notes ("Đã trình UBND huyện", "Đang tổng hợp") is then the row's status. Where a status
   * column exists, an empty status cell means nothing was reported, whatever the notes say.
   */
  readonly statusInNotes?: boolean;
  /** The table has a completion-date column ("Ngày hoàn thành"), empty on this row or not. */
  readonly completionColumn?: boolean;
  /**
   * The status column's header says it holds a share of the work ("Tiến độ (%)", "Tỷ lệ hoàn
   * thành"): a bare number there (100, 60, "0") is that share, not a word or a status code.
   */
  readonly statusIsShare?: boolean;
  /**
   * The day the document the row's section names was signed ("I | Kết luận số 05/KL-TTr ngày
   * 12/8/2024 …"): a deadline counted "kể từ ngày ký kết luận" counts from it when the row gives
   * no start date of its own.
   */
  readonly signedOn?: PlainDate;
}

/**
 * A deadline counted from the signing or issuing of a document ("Trong 30 ngày kể từ ngày ký kết
 * luận", "kể từ ngày ban hành quyết định"), folded.
 */
const FROM_SIGNING = /\bke tu ngay (?:ky|ban hanh)\b/;

/** A cell the parser could not read, to be reported as `cell/invalid-date`. */
export interface InvalidCell {
  readonly field: 'due' | 'completedOn';
  readonly text: string;
  readonly reason: Message;
}

/** Something about the row that cannot be judged, with the reason, for `summary.notEvaluated`. */
export interface RowNotEvaluated {
  /** The rule that could not be applied: 'task/overdue' (no single deadline), 'task/late'. */
  readonly scope: string;
  readonly field: 'due' | 'completedOn' | 'status' | 'note';
  readonly reason: Message;
}

export interface TaskFactsResult {
  readonly facts: TaskFacts;
  readonly due: DueParse;
  readonly invalid: readonly InvalidCell[];
  readonly notEvaluated: readonly RowNotEvaluated[];
}

const text = (cells: TaskCells, field: keyof TaskCells): string => cells[field]?.text.trim() ?? '';

interface ParseOptions {
  readonly beforeIsInclusive: boolean;
  readonly defaultYear?: number;
  readonly tetYear?: number;
}

/**
 * A memo of a pure function of a text and the parse options, one memo per options (a check uses
 * one or two): the cell's text itself is the key, so no key string is built, joined and hashed for
 * every row.
 */
function memoizeByOptions<T>(
  fn: (text: string, options: ParseOptions) => T,
): (text: string, options: ParseOptions) => T {
  const memos = new Map<number, (text: string) => T>();
  return (text, options) => {
    const key =
      ((options.defaultYear ?? -1) + 1) * 8192 +
      ((options.tetYear ?? -1) + 1) * 2 +
      (options.beforeIsInclusive ? 1 : 0);
    let memo = memos.get(key);
    if (memo === undefined) {
      const fixed: ParseOptions = {
        beforeIsInclusive: options.beforeIsInclusive,
        ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
        ...(options.tetYear !== undefined ? { tetYear: options.tetYear } : {}),
      };
      memo = memoizeText((t) => fn(t, fixed));
      memos.set(key, memo);
    }
    return memo(text);
  };
}

/** Text cells are parsed once per distinct (text, options): results are immutable values. */
const dueOfText = memoizeByOptions((t, options) => parseDueCell(t, t, options));
const dateOfText = memoizeByOptions((t, options) => parseDateCell(t, t, options));

/** A completion day in a status or notes text, once per distinct (year, text): statuses repeat. */
const completionOfText = memoizeByOptions((text, { defaultYear }) =>
  completionDateInText(text, defaultYear !== undefined ? { defaultYear } : {}),
);
const doneClauseOfText = memoizeByOptions((text, { defaultYear }) =>
  completionDateInDoneClause(text, defaultYear !== undefined ? { defaultYear } : {}),
);
/** The same where the table has a completion-date column: notes must say "đã" (see completion.ts). */
const doneClauseWithColumnOfText = memoizeByOptions((text, { defaultYear }) =>
  completionDateInDoneClause(text, defaultYear !== undefined ? { defaultYear } : {}, false),
);

/**
 * A deadline giving a day of the month alone: "Ngày 26", "Trước ngày 30", "Ngày 15 - 16", and so
 * typed without marks ("Truoc ngay 30"). Read on the text without its marks: the whole text is
 * these few words and a day, so a mark changes nothing of what it says.
 */
const DAY_ALONE =
  /^\s*((?:truoc|cham nhat|han|han chot)\s+)?(?:ngay\s+)(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*$/iu;

/** The deadline text with the title's month written in, when it gives the day alone. */
export function withTitleMonth(
  text: string,
  month: { readonly year: number; readonly month: number } | undefined,
): string | undefined {
  if (month === undefined) return undefined;
  const written = text.normalize('NFC').trimStart();
  // without its marks the text keeps its length: the bound word is cut from the text as written
  const m = DAY_ALONE.exec(removeDiacritics(written));
  if (!m) return undefined;
  const tail = `/${month.month}/${month.year}`;
  const days = m[3] !== undefined ? `${m[2]}-${m[3]}` : m[2]!;
  const bound = m[1] !== undefined ? `${written.slice(0, m[1].trim().length)} ` : '';
  return `${bound}ngày ${days}${tail}`;
}

/** A day and month with no year: "30/9", "15/01" (not "2/3" inside "2/3 kíp", which has more after). */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/.-])/gu;

/**
 * The text with each day written without a year ("30/9", "Trước 15/01") given the year it has in
 * the school year ending in `endYear` (`schoolYearDayYear`: June to December in the first year,
 * January to May in the second). Undefined when there is no school year, a year is written, or no such day.
 */
export function withSchoolYear(text: string, endYear: number | undefined): string | undefined {
  if (endYear === undefined) return undefined;
  const t = text.normalize('NFC');
  if (/\b\d{4}\b/u.test(t)) return undefined;
  let changed = false;
  const out = t.replace(DAY_MONTH, (whole: string, d: string, m: string) => {
    const day = Number(d);
    const month = Number(m);
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    changed = true;
    return `${day}/${month}/${schoolYearDayYear(endYear, month)}`;
  });
  return changed ? out : undefined;
}

function parseDue(cell: Cell, options: ParseOptions): DueParse {
  return typeof cell.value === 'string' && cell.value === cell.text
    ? dueOfText(cell.text, options)
    : parseDueCell(cell.value, cell.text, options);
}

function parseCompletion(cell: Cell, options: ParseOptions): DateCellParse {
  return typeof cell.value === 'string' && cell.value === cell.text
    ? dateOfText(cell.text, options)
    : parseDateCell(cell.value, cell.text, options);
}

/**
 * A completion cell: a date, or a run of days the work took ("02-04/10/2024" under "Thời gian
 * kiểm tra thực tế"), done on its last day.
 */
function completionOfCell(cell: Cell, options: ParseOptions): DateCellParse {
  const parsed = parseCompletion(cell, options);
  if (parsed.kind !== 'invalid' || typeof cell.value !== 'string') return parsed;
  const lastDay = lastDayOfDayRange(cell.text);
  if (lastDay === undefined) return parsed;
  const end = dateOfText(lastDay, options);
  return end.kind === 'date' ? end : parsed;
}

export function buildTaskFacts(cells: TaskCells, options: TaskFactOptions): TaskFactsResult {
  const invalid: InvalidCell[] = [];
  const parseOptions = {
    beforeIsInclusive: options.beforeIsInclusive,
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
    ...(options.tetYear !== undefined ? { tetYear: options.tetYear } : {}),
  };

  const dueCell = cells.due;
  // The row's start (received, assigned) date, for "trong 5 ngày làm việc kể từ ngày nhận".
  const startCell = cells.start;
  const start = startCell ? parseCompletion(startCell, parseOptions) : undefined;
  const startDate =
    start?.kind === 'date'
      ? start.date
      : options.signedOn !== undefined && dueCell && FROM_SIGNING.test(foldText(dueCell.text))
        ? options.signedOn
        : undefined;
  const dueInTitleMonth =
    dueCell && typeof dueCell.value === 'string'
      ? withTitleMonth(dueCell.text, options.titleMonth)
      : undefined;
  const dueInSchoolYear =
    dueCell && typeof dueCell.value === 'string'
      ? withSchoolYear(dueCell.text, options.schoolYearEnd)
      : undefined;
  const counted =
    dueCell && options.dueDayCount !== undefined
      ? dueAfterDayCount(dueCell.value, dueCell.text, options.dueDayCount === 'working', {
          ...parseOptions,
          ...(startDate !== undefined ? { startDate } : {}),
        })
      : undefined;
  const due: DueParse = !dueCell
    ? { kind: 'empty' }
    : counted !== undefined
      ? counted
      : startDate !== undefined
        ? parseDueCell(dueCell.value, dueCell.text, { ...parseOptions, startDate })
        : dueInTitleMonth !== undefined
          ? dueOfText(dueInTitleMonth, parseOptions)
          : dueInSchoolYear !== undefined
            ? dueOfText(dueInSchoolYear, parseOptions)
            : parseDue(dueCell, parseOptions);
  if (due.kind === 'invalid') invalid.push({ field: 'due', text: due.phrase, reason: due.reason });

  const completedText =
    cells.completedOn && typeof cells.completedOn.value === 'string'
      ? withSchoolYear(cells.completedOn.text, options.schoolYearEnd)
      : undefined;
  const completedCell =
    cells.completedOn && completedText !== undefined
      ? { ...cells.completedOn, value: completedText, text: completedText }
      : cells.completedOn;
  const completed = completedCell
    ? completionOfCell(completedCell, parseOptions)
    : ({ kind: 'empty' } as const);
  if (completed.kind === 'invalid')
    invalid.push({ field: 'completedOn', text: completed.text, reason: completed.reason });

  const ownStatusText = text(cells, 'status');
  const statusCell = cells.status;
  const classifyText = (t: string) =>
    options.statusWords ? classifyStatus(t, options.statusWords) : classifyBuiltInStatus(t);
  // A table with no status column may say it in the notes ("Đã trình UBND huyện", "Đang tổng
  // hợp"): a status word there counts, anything else leaves the status empty.
  const noteText = text(cells, 'note');
  const noteStatus =
    options.statusInNotes === true && ownStatusText === '' && noteText !== ''
      ? classifyText(noteText)
      : undefined;
  const statusFromNote = noteStatus !== undefined && noteStatus.state !== 'unknown';
  const statusText = statusFromNote ? noteText : ownStatusText;
  const status =
    ownStatusText === '' || !statusCell
      ? statusFromNote
        ? noteStatus
        : undefined
      : typeof statusCell.value === 'number' || options.statusIsShare === true
        ? classifyStatusCell(
            statusCell.value,
            ownStatusText,
            statusCell.numFmt,
            options.statusWords,
            options.statusIsShare === true,
          )
        : classifyText(ownStatusText);
  // "Chậm", "Quá hạn" beside a completion date: done, late (the dates say by how much)
  const statusState: TaskStatusState = status
    ? status.lateOnly && completed.kind === 'date'
      ? 'done'
      : status.state
    : 'empty';

  const dueDate = due.kind === 'due' ? due.due : undefined;
  // no completion column, or an empty one: the result or notes text may state the day
  let fromText: { found: CompletionInText; from: 'status' | 'note' | 'resultDocument' } | undefined;
  if (completed.kind === 'empty') {
    const inStatus = completionOfText(ownStatusText, parseOptions);
    const inNote = inStatus ? undefined : completionOfText(text(cells, 'note'), parseOptions);
    if (inStatus) fromText = { found: inStatus, from: 'status' };
    else if (inNote) fromText = { found: inNote, from: 'note' };
    else if (statusState === 'done') {
      // the row is done: a clause of what was done may give its day ("Đã tổ chức … ngày …")
      const clauseOf = options.completionColumn ? doneClauseWithColumnOfText : doneClauseOfText;
      const clauseStatus = clauseOf(ownStatusText, parseOptions);
      const clauseNote = clauseStatus ? undefined : clauseOf(text(cells, 'note'), parseOptions);
      if (clauseStatus) fromText = { found: clauseStatus, from: 'status' };
      else if (clauseNote) fromText = { found: clauseNote, from: 'note' };
    }
  }
  // with no status written, the number of the document that did the work says it is done
  const resultDocument = text(cells, 'resultDocument');
  // the document that reports or closes the work is dated the day it was done ("Báo cáo số
  // 38/BC-BQLDA ngày 28/10/2024" under "Văn bản báo cáo kết quả", "QĐ số 2610/QĐ-UBND ngày
  // 12/11/2024" under "Quyết định công nhận"), on a row done or with no status of its own
  if (
    completed.kind === 'empty' &&
    fromText === undefined &&
    (statusState === 'done' || statusState === 'empty') &&
    resultDocument !== ''
  ) {
    const dated = completionDateInDoneClause(resultDocument, parseOptions, true);
    if (dated) fromText = { found: dated, from: 'resultDocument' };
  }
  const completedDate = completed.kind === 'date' ? completed.date : fromText?.found.date;
  const documented = statusState === 'empty' && isDocumentNumber(resultDocument);
  const isDone = completedDate !== undefined || statusState === 'done' || documented;

  const notEvaluated: RowNotEvaluated[] = [];
  if (due.kind === 'not-evaluated') {
    notEvaluated.push({ scope: 'task/overdue', field: 'due', reason: due.reason });
  }
  if (
    isDone &&
    completedDate === undefined &&
    completed.kind !== 'invalid' &&
    dueDate !== undefined &&
    daysBetween(dueDate, options.asOf) > 0
  ) {
    notEvaluated.push({
      scope: 'task/late',
      field: cells.completedOn ? 'completedOn' : statusFromNote ? 'note' : 'status',
      reason: documented
        ? {
            vi: `Nhiệm vụ đã có văn bản "${resultDocument}" nhưng không ghi ngày hoàn thành, nên chưa đánh giá được có đúng hạn "${due.kind === 'due' ? due.phrase : ''}" hay không.`,
            en: `The task has its document "${resultDocument}" but no completion date is written, so whether it met its deadline "${due.kind === 'due' ? due.phrase : ''}" is not evaluated.`,
          }
        : {
            vi: `Nhiệm vụ đã hoàn thành ("${statusText}") nhưng không ghi ngày hoàn thành, nên chưa đánh giá được có đúng hạn "${due.kind === 'due' ? due.phrase : ''}" hay không.`,
            en: `The task is done ("${statusText}") but no completion date is written, so whether it met its deadline "${due.kind === 'due' ? due.phrase : ''}" is not evaluated.`,
          },
    });
  }

  const facts: TaskFacts = {
    kind: 'task',
    sheet: options.sheet,
    row: options.row,
    code: text(cells, 'code'),
    title: sharedText(text(cells, 'title')),
    owner: sharedText(text(cells, 'owner')),
    coordinators: text(cells, 'coordinators'),
    note: text(cells, 'note'),
    dueText:
      due.kind === 'due' ||
      due.kind === 'recurring' ||
      due.kind === 'invalid' ||
      due.kind === 'not-evaluated'
        ? due.phrase
        : text(cells, 'due'),
    hasDue: dueDate !== undefined,
    due: dueDate ? isoOf(dueDate) : null,
    recurring: due.kind === 'recurring',
    dueInvalid: due.kind === 'invalid',
    dueUnresolved: due.kind === 'not-evaluated',
    completedOn: completedDate ? isoOf(completedDate) : null,
    completionFrom: completed.kind === 'date' ? 'column' : fromText ? fromText.from : null,
    completionText: fromText?.found.phrase ?? '',
    hasCompletion: completedDate !== undefined,
    completionInvalid: completed.kind === 'invalid',
    status: ownStatusText,
    statusState,
    statusFrom: status === undefined ? null : statusFromNote ? 'note' : 'column',
    statusText: status === undefined ? '' : statusText,
    statusTimeliness: status === undefined ? null : timelinessOfStatus(statusText),
    isDone,
    daysPastDue: dueDate ? daysBetween(dueDate, options.asOf) : null,
    daysUntilDue: dueDate ? daysBetween(options.asOf, dueDate) : null,
    daysLate: dueDate && completedDate ? daysBetween(dueDate, completedDate) : null,
    daysCompletedAfterAsOf: completedDate ? daysBetween(options.asOf, completedDate) : null,
    dueSoonDays: options.dueSoonDays,
    asOf: isoOf(options.asOf),
  };
  return { facts, due, invalid, notEvaluated };
}

/** The names of a task row's facts: what a custom rule's conditions and message may use. */
export const TASK_FACT_NAMES: ReadonlySet<string> = new Set([
  'kind',
  'sheet',
  'row',
  'code',
  'title',
  'owner',
  'coordinators',
  'note',
  'dueText',
  'hasDue',
  'due',
  'recurring',
  'dueInvalid',
  'completedOn',
  'hasCompletion',
  'completionInvalid',
  'status',
  'statusState',
  'isDone',
  'daysPastDue',
  'daysUntilDue',
  'daysLate',
  'daysCompletedAfterAsOf',
  'dueSoonDays',
  'asOf',
  'dueUnresolved',
  'completionFrom',
  'completionText',
  'statusFrom',
  'statusText',
  'statusTimeliness',
]);
