/**
 * Which rows under a task-table header are tasks. Section rows ("I" | "CÔNG TÁC TUYÊN GIÁO",
 * often merged across), total rows and the signature block under the table are not.
 */
import { isTick } from '../vi/status.js';
import { foldText } from '../vi/text.js';
import { TOTAL_ROW, closesTable } from './footer.js';
import type { DetectedHeader, TaskField } from './headers.js';
import type { Cell, Row } from '../model/sheet.js';

export { isPlaceDateLine } from './footer.js';

export type RowKind = 'task' | 'section' | 'total' | 'footer' | 'blank' | 'placeholder';

export type TaskCells = Partial<Record<TaskField, Cell>>;

const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/;

/** Column → field, per header (headers live for a whole sheet; rows are many). */
const FIELD_BY_COLUMN = new WeakMap<DetectedHeader, ReadonlyMap<number, TaskField>>();

function fieldsByColumn(header: DetectedHeader): ReadonlyMap<number, TaskField> {
  let map = FIELD_BY_COLUMN.get(header);
  if (!map) {
    const m = new Map<number, TaskField>();
    for (const [field, col] of Object.entries(header.columns) as Array<[TaskField, number]>) {
      m.set(col, field);
    }
    FIELD_BY_COLUMN.set(header, m);
    map = m;
  }
  return map;
}

/** What a tick column holds when it is not ticked: a dash, a zero, "không". */
const NO_MARK = /^(?:[-–—0]|không|khong)$/i;

/** The row's cells under the header's columns, by field (blank cells left out). */
export function taskCells(row: Row, header: DetectedHeader): TaskCells {
  const byColumn = fieldsByColumn(header);
  const cells: TaskCells = {};
  for (const cell of row.cells) {
    const field = byColumn.get(cell.col);
    if (field === undefined) continue;
    if (cell.value !== null || cell.formula === true || cell.text.trim() !== '')
      cells[field] = cell;
  }
  if (!cells.status && header.ticks) {
    // The status written as a tick: the ticked column's header is the status word, read at the tick.
    // A clerk may write the result in the column instead of a tick ("Đã giải quyết xong (ghi rõ kết
    // quả)" over "Đã hòa giải thành ngày 28/9/2024"): that marks it too, and its text is kept after
    // the status word, where a completion day is read.
    const marks = header.ticks.flatMap((t) => {
      const cell = row.cells.find((c) => c.col === t.col);
      const written = cell?.text.trim() ?? '';
      return written === '' || NO_MARK.test(written) ? [] : [{ tick: t, written }];
    });
    if (marks.length === 1) {
      const { tick, written } = marks[0]!;
      const text = isTick(written) ? tick.label : `${tick.label}: ${written}`;
      cells.status = { col: tick.col, value: text, text };
    }
  }
  // a deadline extended on this row replaces the first one, and findings point at it
  // (only a day, or a text with a figure: "Đang chờ ý kiến" there is no deadline)
  if (cells.extendedDue) {
    const extended = cells.extendedDue;
    if (typeof extended.value !== 'string' || /\d/.test(extended.text)) cells.due = extended;
    delete cells.extendedDue;
  }
  if (header.dueTicks) {
    // "x" under the periods the task spans: due at the end of the last one ticked, read there
    const ticked = header.dueTicks.filter((t) =>
      row.cells.some((c) => c.col === t.col && isTick(c.text)),
    );
    const last = ticked[ticked.length - 1];
    if (last) cells.due = { col: last.col, value: last.label, text: last.label };
    else delete cells.due;
  }
  return cells;
}

function isUpperCaseHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

/** A format mask left in a template: "dd/mm/yyyy", "ngày/tháng/năm", "…/…/2024". */
const DATE_MASK =
  /^(?:d{1,2}|ngay|…+|\.{2,}|_+)[/.-](?:m{1,2}|thang|…+|\.{2,}|_+)[/.-](?:y{2,4}|nam|\d{4}|…+|\.{2,}|_+)$/iu;
/** What a mask can begin with, spaces aside: d, ngày, …, .., _ (most texts fail here, cheaply). */
const MASK_START = /^\s*[dDnN….._]/;
export const isDateMask = (text: string): boolean =>
  MASK_START.test(text) &&
  DATE_MASK.test(
    text
      .replace(/\s+/g, '')
      .replace(/ngày/giu, 'ngay')
      .replace(/tháng/giu, 'thang')
      .replace(/năm/giu, 'nam'),
  );

/** An instruction in place of content: "(Ghi nội dung kiến nghị)", "(Tên đơn vị)", "…". */
function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  return /^\(.*\)$/s.test(t) || /^[.…_\s]+$/.test(t) || isDateMask(t);
}

/**
 * A template row a clerk has not filled: its title is an instruction in brackets, or its dates
 * are format masks. Not a task, and its masks are not invalid dates.
 */
function isPlaceholderRow(cells: TaskCells): boolean {
  const title = cells.title?.text ?? '';
  if (title !== '' && isPlaceholderText(title)) return true;
  const { due, completedOn } = cells;
  if (due === undefined && completedOn === undefined) return false;
  return (
    (due === undefined || isDateMask(due.text)) &&
    (completedOn === undefined || isDateMask(completedOn.text))
  );
}

/** Classifies a row below the header (pass `cells` when the caller has them already). */
export function classifyTaskRow(
  row: Row,
  header: DetectedHeader,
  cells: TaskCells = taskCells(row, header),
): RowKind {
  const nonEmpty = row.cells.filter(
    (c) => c.text.trim() !== '' || (c.value !== null && c.value !== ''),
  );
  if (nonEmpty.length === 0) return 'blank';
  const timing = cells.due ?? cells.completedOn ?? cells.status ?? cells.owner;
  const firstText = nonEmpty[0]!.text.trim();
  const titleText = cells.title?.text.trim() ?? '';
  const indexText = cells.index?.text.trim() ?? '';
  // The place-and-date line often lands in the deadline column and a role of the signature block
  // in the status column: timing cells do not make such a row a task.
  if (
    closesTable({
      cells: nonEmpty,
      numbered: /^\d/.test(indexText),
      main: titleText,
      ...(header.columns.note !== undefined ? { noteCol: header.columns.note } : {}),
    })
  )
    return 'footer';

  if (isPlaceholderRow(cells)) return 'placeholder';

  // A row with a deadline is no total row; otherwise only the opening words matter to the test:
  // a short prefix is folded, not a long title.
  if (
    !cells.due &&
    TOTAL_ROW.test(foldText((titleText !== '' ? titleText : firstText).slice(0, 80)))
  ) {
    return 'total';
  }

  if (indexText !== '' && ROMAN_OR_LETTER.test(indexText) && !timing) return 'section';
  if (!timing) {
    // A lone heading, in the title column or merged across from column A.
    if (nonEmpty.length <= 2 && nonEmpty.some((c) => isUpperCaseHeading(c.text))) return 'section';
    if (titleText === '')
      return nonEmpty.length === 1 && nonEmpty[0]!.col !== header.columns.index
        ? 'section'
        : 'blank';
  }
  // A row with no task in it is no task, whatever its other cells say (a sub-header of periods, a
  // signature laid over the deadline column): a finding about "" helps nobody.
  if (titleText === '' && (!cells.due || !/^\d/.test(indexText))) return 'blank';
  return 'task';
}
