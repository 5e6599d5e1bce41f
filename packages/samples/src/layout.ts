/**
 * The sheet layout of a Vietnamese tracking workbook ("bảng theo dõi tiến độ thực hiện nhiệm vụ"):
 * the two header blocks and the date line, the merged table title, a one- or two-row header (the
 * two-row one with "Kết quả thực hiện" merged over "Ngày hoàn thành" and "Tình trạng"), an
 * optional column-number row "(1) (2) …", section rows, task rows and the signature block.
 * Shared by the in-memory generator and the streaming large-file writer (both write through
 * exceljs's Worksheet interface).
 */
import type ExcelJS from 'exceljs';
import { columnLetter, formatViLongDate } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import { isPlainDate } from './deadlines.js';
import type { SampleValue } from './deadlines.js';
import type { Office } from './tasks.js';

export type HeaderStyle = 'one-row' | 'two-row';
/**
 * Header wordings seen in real offices:
 * - `ke-hoach`: STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Ngày hoàn thành | Tình trạng | Ghi chú
 * - `cong-viec`: TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ngày hoàn thành | Tiến độ | Ghi chú
 * - `ngan-gon`: STT | Nội dung | Chủ trì | Phối hợp | Hạn hoàn thành | Ngày hoàn thành | Kết quả thực hiện (one-row) | Ghi chú
 */
export type HeaderWording = 'ke-hoach' | 'cong-viec' | 'ngan-gon';
/** Task numbers: 1, 2, 3 … across the table; restarting in each section; or "1.1", "1.2", "2.1". */
export type Numbering = 'continuous' | 'per-section' | 'dotted';

export interface LayoutSpec {
  readonly header: HeaderStyle;
  readonly wording: HeaderWording;
  /** The two header blocks, the date line, the table title and "(Kèm theo …)" above the table. */
  readonly titleRows: boolean;
  /** A row "(1) (2) (3) …" under the header. */
  readonly columnNumbers: boolean;
  /** A "Cơ quan phối hợp" column. */
  readonly coordinators: boolean;
  /** Column of STT (1 = A); a table may start at B with a narrow empty column A. */
  readonly firstColumn: number;
  readonly numbering: Numbering;
  /** The signature block under the table ("Nơi nhận:", "T/M BAN THƯỜNG VỤ", a name). */
  readonly footer: boolean;
}

export const DEFAULT_LAYOUT: LayoutSpec = {
  header: 'two-row',
  wording: 'ke-hoach',
  titleRows: true,
  columnNumbers: false,
  coordinators: true,
  firstColumn: 1,
  numbering: 'continuous',
  footer: true,
};

export type ColumnKey =
  'index' | 'title' | 'owner' | 'coordinators' | 'due' | 'completedOn' | 'status' | 'note';

export const TABLE_TITLE = 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ';
export const RESULT_GROUP = 'Kết quả thực hiện';
export const DATE_FORMAT = 'dd/mm/yyyy';

const WORDINGS: Readonly<Record<HeaderWording, Readonly<Record<ColumnKey, string>>>> = {
  'ke-hoach': {
    index: 'STT',
    title: 'Nội dung nhiệm vụ',
    owner: 'Cơ quan chủ trì',
    coordinators: 'Cơ quan phối hợp',
    due: 'Thời hạn',
    completedOn: 'Ngày hoàn thành',
    status: 'Tình trạng',
    note: 'Ghi chú',
  },
  'cong-viec': {
    index: 'TT',
    title: 'Nội dung công việc',
    owner: 'Đơn vị chủ trì',
    coordinators: 'Đơn vị phối hợp',
    due: 'Thời gian hoàn thành',
    completedOn: 'Ngày hoàn thành',
    status: 'Tiến độ',
    note: 'Ghi chú',
  },
  'ngan-gon': {
    index: 'STT',
    title: 'Nội dung',
    owner: 'Chủ trì',
    coordinators: 'Phối hợp',
    due: 'Hạn hoàn thành',
    completedOn: 'Ngày hoàn thành',
    status: RESULT_GROUP,
    note: 'Ghi chú',
  },
};

/** The header text of each column for a layout (under a two-row header, the status sub-header never repeats the group). */
export function headerTexts(layout: LayoutSpec): Readonly<Record<ColumnKey, string>> {
  const texts = WORDINGS[layout.wording];
  if (layout.header === 'two-row' && texts.status === RESULT_GROUP)
    return { ...texts, status: 'Tình trạng' };
  return texts;
}

export interface TableColumns {
  /** Column number of each field present in the table. */
  readonly byKey: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Fields in column order. */
  readonly keys: readonly ColumnKey[];
  readonly first: number;
  readonly last: number;
}

export function tableColumns(layout: LayoutSpec): TableColumns {
  const keys: ColumnKey[] = ['index', 'title', 'owner'];
  if (layout.coordinators) keys.push('coordinators');
  keys.push('due', 'completedOn', 'status', 'note');
  const byKey: Partial<Record<ColumnKey, number>> = {};
  keys.forEach((key, i) => (byKey[key] = layout.firstColumn + i));
  return { byKey, keys, first: layout.firstColumn, last: layout.firstColumn + keys.length - 1 };
}

export function col(columns: TableColumns, key: ColumnKey): number {
  const c = columns.byKey[key];
  if (c === undefined) throw new Error(`layout has no ${key} column`);
  return c;
}

const WIDTHS: Readonly<Record<ColumnKey, number>> = {
  index: 6,
  title: 52,
  owner: 24,
  coordinators: 22,
  due: 18,
  completedOn: 14,
  status: 16,
  note: 20,
};

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A calendar date as exceljs stores it: UTC midnight, so the serial is a whole day in any time zone. */
export function toJsDate(date: PlainDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function setValue(cell: ExcelJS.Cell, value: SampleValue): void {
  if (value === null || value === '') return;
  if (isPlainDate(value)) {
    cell.value = toJsDate(value);
    cell.numFmt = DATE_FORMAT;
  } else {
    cell.value = value;
  }
}

export function setColumnWidths(ws: ExcelJS.Worksheet, columns: TableColumns): void {
  if (columns.first > 1) ws.getColumn(1).width = 3;
  for (const key of columns.keys) ws.getColumn(col(columns, key)).width = WIDTHS[key];
}

/** "Tam Đường, ngày 01 tháng 7 năm 2024" */
export function dateLine(place: string, date: PlainDate): string {
  return `${place}, ${formatViLongDate(date)}`;
}

function merge(ws: ExcelJS.Worksheet, row: number, from: number, to: number): void {
  if (to > from) ws.mergeCells(row, from, row, to);
}

/**
 * Writes the header blocks, the date line, the table title and "(Kèm theo …)" from `row` on; returns
 * the first free row (after one blank row).
 */
export function writeTitleBlock(
  ws: ExcelJS.Worksheet,
  office: Office,
  asOf: PlainDate,
  columns: TableColumns,
  row: number,
): number {
  const right =
    office.kind === 'party'
      ? ['ĐẢNG CỘNG SẢN VIỆT NAM', '', dateLine(office.place, asOf)]
      : [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          dateLine(office.place, asOf),
        ];
  const leftTo = columns.first + 2;
  const rightFrom = Math.max(leftTo + 1, columns.last - 3);
  const lines = Math.max(office.left.length, right.length);
  for (let i = 0; i < lines; i++) {
    const r = row + i;
    const left = office.left[i] ?? '';
    const rightText = right[i] ?? '';
    merge(ws, r, columns.first, leftTo);
    merge(ws, r, rightFrom, columns.last);
    const l = ws.getCell(r, columns.first);
    setValue(l, left);
    l.font = { name: FONT, size: 12, bold: i > 0 && left !== '*' };
    l.alignment = { horizontal: 'center' };
    const rc = ws.getCell(r, rightFrom);
    setValue(rc, rightText);
    const isDateLine = i === right.length - 1;
    rc.font = { name: FONT, size: 12, bold: !isDateLine, italic: isDateLine };
    rc.alignment = { horizontal: 'center' };
  }
  let r = row + lines + 1;
  for (const [text, size] of [
    [TABLE_TITLE, 14],
    [office.attachedTo, 12],
  ] as const) {
    merge(ws, r, columns.first, columns.last);
    const cell = ws.getCell(r, columns.first);
    setValue(cell, text);
    cell.font = { name: FONT, size, bold: size === 14, italic: size !== 14 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r += 1;
  }
  return r + 1;
}

function headerCell(ws: ExcelJS.Worksheet, row: number, column: number, text: string): void {
  const cell = ws.getCell(row, column);
  setValue(cell, text);
  cell.font = { name: FONT, size: 12, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BOX;
}

export interface HeaderPlacement {
  /** Row numbers of the header (one or two). */
  readonly rows: readonly number[];
  /** The column-number row, when there is one. */
  readonly numberRow?: number;
  /** The first row under the header (and the column-number row). */
  readonly next: number;
}

/** Writes the header (and the column-number row) at `row`. */
export function writeHeader(
  ws: ExcelJS.Worksheet,
  layout: LayoutSpec,
  columns: TableColumns,
  row: number,
): HeaderPlacement {
  const texts = headerTexts(layout);
  let next: number;
  let rows: number[];
  if (layout.header === 'one-row') {
    for (const key of columns.keys) headerCell(ws, row, col(columns, key), texts[key]);
    rows = [row];
    next = row + 1;
  } else {
    const done = col(columns, 'completedOn');
    const status = col(columns, 'status');
    for (const key of columns.keys) {
      const c = col(columns, key);
      if (key === 'completedOn' || key === 'status') continue;
      headerCell(ws, row, c, texts[key]);
      headerCell(ws, row + 1, c, '');
      ws.mergeCells(row, c, row + 1, c);
    }
    headerCell(ws, row, done, RESULT_GROUP);
    headerCell(ws, row, status, '');
    ws.mergeCells(row, done, row, status);
    headerCell(ws, row + 1, done, texts.completedOn);
    headerCell(ws, row + 1, status, texts.status);
    rows = [row, row + 1];
    next = row + 2;
  }
  if (!layout.columnNumbers) return { rows, next };
  columns.keys.forEach((key, i) => {
    const cell = ws.getCell(next, col(columns, key));
    setValue(cell, `(${i + 1})`);
    cell.font = { name: FONT, size: 11, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = BOX;
  });
  return { rows, numberRow: next, next: next + 1 };
}

/** A section row: "I" | "CÔNG TÁC TUYÊN TRUYỀN" merged across the remaining columns. */
export function writeSectionRow(
  ws: ExcelJS.Worksheet,
  columns: TableColumns,
  row: number,
  roman: string,
  title: string,
): void {
  const index = ws.getCell(row, col(columns, 'index'));
  setValue(index, roman);
  index.font = { name: FONT, size: 12, bold: true };
  index.alignment = { horizontal: 'center', vertical: 'middle' };
  index.border = BOX;
  const from = col(columns, 'title');
  merge(ws, row, from, columns.last);
  const cell = ws.getCell(row, from);
  setValue(cell, title);
  cell.font = { name: FONT, size: 12, bold: true };
  cell.alignment = { vertical: 'middle' };
  cell.border = BOX;
}

export type TaskRowValues = Readonly<Partial<Record<ColumnKey, SampleValue>>>;

/** A task row: every table column bordered, text wrapped, dates as 'dd/mm/yyyy' date cells. */
export function writeTaskRow(
  ws: ExcelJS.Worksheet,
  columns: TableColumns,
  row: number,
  values: TaskRowValues,
): void {
  for (const key of columns.keys) {
    const cell = ws.getCell(row, col(columns, key));
    setValue(cell, values[key] ?? null);
    cell.font = { name: FONT, size: 12 };
    cell.border = BOX;
    cell.alignment =
      key === 'title' || key === 'owner' || key === 'coordinators' || key === 'note'
        ? { vertical: 'middle', wrapText: true }
        : { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

/**
 * The signature block from `row` on: the left block ("Nơi nhận:", "- Như trên;", "- Lưu VP." or
 * "NGƯỜI LẬP BIỂU") merged over the first three columns, the right block ("T/M BAN THƯỜNG VỤ",
 * the rank, the name) over the last four. Returns the first free row.
 */
export function writeFooter(
  ws: ExcelJS.Worksheet,
  office: Office,
  columns: TableColumns,
  row: number,
): number {
  const leftTo = columns.first + 2;
  const rightFrom = Math.max(leftTo + 1, columns.last - 3);
  const lines = Math.max(office.footerLeft.length, office.footerRight.length);
  for (let i = 0; i < lines; i++) {
    const r = row + i;
    const left = office.footerLeft[i] ?? '';
    const right = office.footerRight[i] ?? '';
    merge(ws, r, columns.first, leftTo);
    merge(ws, r, rightFrom, columns.last);
    const l = ws.getCell(r, columns.first);
    setValue(l, left);
    l.font = {
      name: FONT,
      size: left.startsWith('-') ? 11 : 12,
      bold: !left.startsWith('-'),
      italic: left === 'Nơi nhận:',
    };
    const rc = ws.getCell(r, rightFrom);
    setValue(rc, right);
    rc.font = { name: FONT, size: 12, bold: true };
    rc.alignment = { horizontal: 'center' };
  }
  return row + lines;
}

export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
