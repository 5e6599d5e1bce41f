/**
 * Which rows under a task-table header are tasks. Section rows ("I" | "CÔNG TÁC TUYÊN GIÁO",
 * often merged across), total rows and the signature block under the table are not.
 */
import { foldText } from '../vi/text.js';
import type { DetectedHeader, TaskField } from './headers.js';
import type { Cell, Row } from './model.js';

export type RowKind = 'task' | 'section' | 'total' | 'footer' | 'blank';

export type TaskCells = Partial<Record<TaskField, Cell>>;

const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/;
/** Words that open the signature block of a Vietnamese administrative document. */
const FOOTER_STARTS = [
  'noi nhan',
  'nguoi lap',
  'nguoi lap bieu',
  'nguoi tong hop',
  't/m',
  'tm',
  'kt',
  'thu truong',
  'thu truong don vi',
  'xac nhan',
  'ky ten',
  'ky ghi ro ho ten',
  'lanh dao',
];
/**
 * Titles signed under a report ("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ"). They count as the signature block
 * only on a row whose task-title cell is empty, since an owner cell may well read "Chủ tịch UBND".
 */
const SIGNER_TITLES = [
  'chanh van phong',
  'pho chanh van phong',
  'bi thu',
  'pho bi thu',
  'chu tich',
  'pho chu tich',
  'truong ban',
  'pho truong ban',
  'truong phong',
  'pho truong phong',
  'giam doc',
  'pho giam doc',
  'thu truong co quan',
  'nguoi ky',
];
const TOTAL_STARTS = ['tong cong', 'tong so', 'tong'];
/** "Cộng" alone (or "Cộng:") closes a table; "CÔNG TÁC …" (the same letters, folded) does not. */
const TOTAL_ALONE = /^cong\s*:?$/;

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
  return cells;
}

function isUpperCaseHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

function startsWithAny(folded: string, starts: readonly string[]): boolean {
  return starts.some((s) => folded === s || folded.startsWith(s + ' '));
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
  // Only the opening words matter to the footer and total tests: fold a short prefix, not a long title.
  const firstFolded = foldText(firstText.slice(0, 80));

  if (/^noi nhan\b/.test(firstFolded)) return 'footer';
  if (!timing && firstText.length <= 60 && startsWithAny(firstFolded, FOOTER_STARTS))
    return 'footer';

  const titleText = cells.title?.text.trim() ?? '';
  const titleFolded = foldText(titleText.slice(0, 80));
  const indexText = cells.index?.text.trim() ?? '';
  // The signature block laid over the table's columns: a role or "NGƯỜI LẬP BIỂU" may sit in the
  // deadline or status column, so timing cells do not make it a task. The title cell is empty (or
  // holds the left block itself) and there is no task number.
  const titleIsFooter =
    titleText === '' || (titleText.length <= 60 && startsWithAny(titleFolded, FOOTER_STARTS));
  if (titleIsFooter && !/^\d/.test(indexText)) {
    const signs = nonEmpty.some((c) => {
      const t = c.text.trim();
      if (t.length > 60) return false;
      const folded = foldText(t);
      return startsWithAny(folded, FOOTER_STARTS) || startsWithAny(folded, SIGNER_TITLES);
    });
    if (signs) return 'footer';
  }

  const totalLabel = titleText !== '' ? titleFolded : firstFolded;
  if ((startsWithAny(totalLabel, TOTAL_STARTS) || TOTAL_ALONE.test(totalLabel)) && !cells.due) {
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
  if (titleText === '' && !cells.due) return 'blank';
  return 'task';
}
