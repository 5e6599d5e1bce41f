/**
 * Task tables inside a directive's text: the appendix of a plan ("PHỤ LỤC – DANH MỤC NHIỆM VỤ": TT |
 * Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành), a meeting
 * conclusion's table of assigned work, an election timetable. A page gives them in one of two
 * forms:
 *
 * - a row a line with "|" between the cells (as tables come out of a document converter);
 * - flattened, one cell a paragraph (as a web page's table comes out when its text is copied):
 *   the header cells one after another, then each row as its number ("1", "2", "II") followed by
 *   its cells, empty cells gone.
 *
 * The header is read with the checker's own vocabulary (`matchHeader` over the task table's
 * wordings in @dondoc/core), so a column the checker reads as the deadline in a workbook is the
 * deadline here too, and the deadline cell with the checker's due-cell parser (`parseDue`). Each
 * row is read for its own columns: the work from the content column, the owner from the lead
 * column (not guessed from the sentence), the deadline from the deadline column — where reading
 * the row as a sentence would take the coordinating agencies, or a month in the work's name, for
 * them.
 */
import {
  foldText,
  formatIsoDate,
  isPlaceDateLine,
  isSignatureText,
  matchHeader,
  vocabularyOf,
  type TaskField,
} from '@dondoc/core';
import type { BlockContext, DocumentContext } from './context.js';
import { parseDue } from './core-parsers.js';
import { isReportClause, isSubmitClause, timetableItems, type DueFound } from './duties.js';
import { subjectOf } from './owners.js';
import type { BareNumber, Block, Mapped, PreparedText } from './prepare.js';
import { isTableRow, originalSpan, sliceMapped, trimMapped } from './prepare.js';
import { EMPTY_ITEM, type ExtractItem, type ItemPeriod } from './types.js';

/** The fields of a task table a text table can give, in the checker's names. */
export type TableField = TaskField;

export interface TableCell extends Mapped {
  /** The block the cell was read from. */
  readonly block: number;
}

export interface TableRow {
  /** The row's number as written ("1", "2.1", "II"), or null in a "|" table that gives none. */
  readonly number: string | null;
  /** The row's cells by field; a field whose cell is empty is absent. */
  readonly cells: Partial<Readonly<Record<TableField, TableCell>>>;
  /**
   * The tasks of the row's work, each as the paragraphs that state it: one for a work cell of one
   * paragraph, or of a label and the sentences describing it; one a paragraph for a cell listing
   * several pieces of work.
   */
  readonly tasks: readonly (readonly TableCell[])[];
}

export interface TextTable {
  /** The header's cells as written, and the field each names (null: none). */
  readonly header: readonly { readonly text: string; readonly field: TableField | null }[];
  readonly rows: readonly TableRow[];
  /** Every block the table takes (header and rows): read here, not as running text. */
  readonly blocks: ReadonlySet<number>;
  /** The first block of the table. */
  readonly first: number;
  /**
   * Whether the deadline column also names who does the work ("Đơn vị/cá nhân/thời gian thực
   * hiện"): each of its cells gives the body, then the time ("Giáo viên chủ nhiệm 05/02/2026").
   */
  readonly ownerInDue?: boolean;
}

const TASK_VOCABULARY = vocabularyOf('tasks');

/** A header cell is a label: short, no sentence, no date. */
const MAX_HEADER_CELL = 80;
/** The number of a row, alone in its cell: "1", "1.2", "II", "A", "3." */
const ROW_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[A-ZĐ])\s*[.)]?\s*$/u;
/** The month column of a programme by month, and a row's month in it ("Tháng 1", "Tháng 12"). */
const MONTH_COLUMN = /^Tháng$/iu;
const MONTH_ROW = /^Tháng\s+(?:0?[1-9]|1[0-2])$/u;
/**
 * The bar a page leaves at the end of each cell when a table is copied one cell a line ("TT |",
 * "Nội dung |", "1 |"): no part of the cell.
 */
const CELL_BAR = /\s*\|\s*$/u;
/** A flattened cell's text: trimmed, its closing bar gone. */
const flatText = (block: Block): string => block.text.trim().replace(CELL_BAR, '');
/** A cell that is a date or a number cannot be a header. */
const VALUE_CELL = /^\s*[\d(]/u;
/**
 * A cell that reads as a sentence of the work, not a label: it ends with a full stop, stands in
 * brackets ("(Điều 9 Luật Bầu cử …)"), or is longer than an agency's name ever is.
 */
function isSentenceCell(text: string): boolean {
  const t = text.trim();
  return t.length > 100 || /\.$/u.test(t) || /^\(.*\)\.?$/u.test(t);
}

/** The paragraph that closes a directive after its last table: "Trên đây là Kế hoạch …". */
const CLOSING_PARAGRAPH = /^Trên đây(?![\p{L}])/u;
/** A request after the table, once its last row is full: "Yêu cầu các đơn vị …". */
const AFTER_TABLE = /^(?:Yêu cầu|Đề nghị)\s/u;

/** A flattened row's cells: a content cell may be long, never a whole page. */
const MAX_FLAT_CELL = 1500;

/** The labels a header cell joins with "/", "," or "và": "Đơn vị/cá nhân/thời gian thực hiện". */
const headerParts = (text: string): string[] => text.split(/\s*[/,]\s*|\s+và\s+/u);

function fieldOf(text: string): TableField | 'tickDone' | null {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t === '' || t.length > MAX_HEADER_CELL || VALUE_CELL.test(t)) return null;
  const found = matchHeader(t, TASK_VOCABULARY);
  if (!found) return null;
  // "Đơn vị chủ trì, thời gian hoàn thành": the time's column, whose cells also name the body
  const parts = headerParts(t);
  if (found.field === 'owner' && parts.length > 1 && parts.some((p) => fieldOf(p) === 'due'))
    return 'due';
  const field: string = found.field;
  if (field === 'tickDone') return 'tickDone';
  // the other tick columns ("Đang thực hiện") are a tracker's, not a directive's
  return field.startsWith('tick') ? null : (field as TableField);
}

/**
 * A header names a task table when it has the work, its deadline, and a third field the checker
 * knows (the number, the owner, the coordinators, a note): three words that happen to stand on
 * their own lines are no table.
 */
function isTaskHeader(fields: readonly (TableField | null)[]): boolean {
  const known = fields.filter((f): f is TableField => f !== null);
  return known.includes('title') && known.includes('due') && new Set(known).size >= 3;
}

/**
 * The fields of a plan's header. A plan has no completion column and no ticks: its "Hoàn thành"
 * (under "Thời gian", beside "Bắt đầu") is the deadline when no other column is.
 */
function planFields(fields: readonly (TableField | 'tickDone' | null)[]): (TableField | null)[] {
  const hasDue = fields.includes('due');
  return fields.map((f) => (f === 'tickDone' || f === 'completedOn' ? (hasDue ? null : 'due') : f));
}

/**
 * Whether a table's deadline column also names who does the work: its header joins an agency's
 * label and the time's with "/", "," or "và" ("Đơn vị/cá nhân/thời gian thực hiện", "Đơn vị chủ
 * trì, thời gian hoàn thành"), and no other column is the owner's.
 */
function ownerInDue(
  header: readonly { readonly text: string; readonly field: TableField | null }[],
): boolean {
  if (header.some((h) => h.field === 'owner')) return false;
  const due = header.find((h) => h.field === 'due');
  if (!due) return false;
  const parts = headerParts(due.text);
  return parts.length > 1 && parts.some((part) => fieldOf(part) === 'owner');
}

/** The cells of a "|" row with their places, empty cells kept; none when the line is no row. */
function pipeCells(block: Block): TableCell[] | undefined {
  const text = block.text;
  if (!isTableRow(text)) return undefined;
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '|') continue;
    cells.push({ ...trimMapped(sliceMapped(block, start, i), ' \u00a0'), block: block.index });
    start = i + 1;
  }
  // "| a | b |": the empty pieces outside the first and last bar are no cells
  if (cells[0]?.text === '' && /^\s*\|/u.test(text)) cells.shift();
  if (cells[cells.length - 1]?.text === '' && /\|\s*$/u.test(text)) cells.pop();
  return cells;
}

/** A block as a cell: its full stop kept (it tells a sentence from a label), spaces trimmed. */
function cellOf(block: Block): TableCell {
  const cell = trimMapped(block, ' \u00a0');
  const bar = CELL_BAR.exec(cell.text);
  const kept = bar ? sliceMapped(cell, 0, bar.index) : cell;
  return { ...kept, block: block.index };
}

/** Tables written with "|" between the cells: a header row the vocabulary reads, then its rows. */
function pipeTables(blocks: readonly Block[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const headerCells = pipeCells(blocks[i] as Block);
    if (!headerCells) continue;
    const fields = planFields(headerCells.map((c) => fieldOf(c.text)));
    if (!isTaskHeader(fields)) continue;
    const rows: TableRow[] = [];
    const taken = new Set<number>([(blocks[i] as Block).index]);
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const cells = pipeCells(blocks[j] as Block);
      if (!cells) break;
      // a separator line of a Markdown table ("|---|---|")
      if (cells.every((c) => /^:?-{2,}:?$/u.test(c.text))) {
        taken.add((blocks[j] as Block).index);
        continue;
      }
      taken.add((blocks[j] as Block).index);
      const byField: Partial<Record<TableField, TableCell>> = {};
      cells.forEach((cell, k) => {
        const field = fields[k];
        if (cell.text !== '' && field && byField[field] === undefined) byField[field] = cell;
      });
      const number = byField.index?.text ?? null;
      rows.push({
        number,
        cells: byField,
        tasks: byField.title ? [[byField.title]] : [],
      });
    }
    const header = headerCells.map((c, k) => ({ text: c.text, field: fields[k] ?? null }));
    tables.push({
      header,
      rows,
      blocks: taken,
      first: (blocks[i] as Block).index,
      ownerInDue: ownerInDue(header),
    });
    i = j - 1;
  }
  return tables;
}

/**
 * The tasks of a work cell that runs over several paragraphs. A paragraph that reads as a
 * sentence (a full stop, a bracketed note) after a label-like one describes it ("Triển khai công
 * tác bầu cử ở tỉnh", then "Triệu tập … hội nghị."): one task. Paragraphs that are each a label
 * ("Thành lập Ủy ban bầu cử tỉnh", "Thành lập Ủy ban bầu cử cấp huyện") are tasks of their own,
 * due on the row's day.
 */
function tasksOfWork(work: readonly TableCell[]): TableCell[][] {
  const tasks: TableCell[][] = [];
  for (const cell of work) {
    const last = tasks[tasks.length - 1];
    // a sentence (a full stop, a bracketed note) goes on from the label before it; a label of its
    // own, however long, is another piece of work
    if (last && /\.\)?$|^\(.*\)\.?$/u.test(cell.text.trim())) last.push(cell);
    else tasks.push([cell]);
  }
  return tasks;
}

/**
 * Places the cells of a flattened row, whose empty cells are gone, under the header's fields. The
 * deadline cell anchors them (the first cell when the deadline is the first column, else the last
 * cell the due parser reads); a bracketed note right after it is part of it ("(105 ngày trước ngày
 * bầu cử)"). On each side of it, the cells fill the fields in order; the work's column takes every
 * cell more than the fields there, and the sentences that go on from its first paragraph.
 */
function placeFlatRow(
  fields: readonly (TableField | null)[],
  cells: readonly TableCell[],
  isDue: (text: string, block: number) => boolean,
): Pick<TableRow, 'cells' | 'tasks'> {
  const byField: Partial<Record<TableField, TableCell>> = {};
  // a cell under a column the header names no field for ("Số ngày trước ngày bầu cử") is passed
  const place = (cell: TableCell, field: TableField | null) => {
    if (field && byField[field] === undefined) byField[field] = cell;
  };
  const columns = fields.filter((f) => f !== 'index');
  const dueColumn = columns.indexOf('due');
  const dueCell = (k: number) => isDue((cells[k] as TableCell).text, (cells[k] as TableCell).block);
  let dueAt = -1;
  if (dueColumn === 0) dueAt = cells.length > 0 && dueCell(0) ? 0 : -1;
  else for (let k = cells.length - 1; k >= 1 && dueAt < 0; k--) if (dueCell(k)) dueAt = k;
  let tasks: TableCell[][] = [];
  const fill = (segment: readonly TableCell[], columns: readonly (TableField | null)[]) => {
    const titleAt = columns.indexOf('title');
    if (titleAt < 0) {
      segment.forEach((cell, k) => place(cell, columns[k] ?? null));
      return;
    }
    segment.slice(0, titleAt).forEach((cell, k) => place(cell, columns[k] ?? null));
    const rest = segment.slice(titleAt);
    const extra = Math.max(0, segment.length - columns.length);
    let end = Math.min(rest.length, extra + 1);
    while (end < rest.length && isSentenceCell((rest[end] as TableCell).text)) end++;
    const work = rest.slice(0, end);
    if (work.length > 0) {
      place(work[0] as TableCell, 'title');
      tasks = tasksOfWork(work);
    }
    rest.slice(end).forEach((cell, k) => place(cell, columns[titleAt + 1 + k] ?? null));
  };
  if (dueAt < 0) {
    fill(
      cells,
      columns.filter((f) => f !== 'due'),
    );
    return { cells: byField, tasks };
  }
  place(cells[dueAt] as TableCell, 'due');
  // a bracketed note right after the deadline ("(105 ngày trước ngày bầu cử)") is part of it
  let after = dueAt + 1;
  while (after < cells.length && /^\s*\([^()]*\)\s*$/u.test((cells[after] as TableCell).text))
    after++;
  fill(cells.slice(0, dueAt), columns.slice(0, dueColumn));
  fill(cells.slice(after), columns.slice(dueColumn + 1));
  return { cells: byField, tasks };
}

/** A flattened table's pieces in text order: blocks, and numbers alone on their line. */
type Piece = { readonly block: Block } | { readonly number: string; readonly start: number };

const pieceStart = (p: Piece) => ('block' in p ? p.block.start : p.start);

/** The row number a piece is, if it is one: a bare number, or a block holding only a number. */
function rowNumberOf(p: Piece): string | undefined {
  if ('number' in p) return p.number;
  if (p.block.markerType !== null) return undefined;
  return ROW_NUMBER.exec(flatText(p.block))?.[1];
}

/**
 * Tables flattened one cell a paragraph: a run of header cells the vocabulary reads, opening with
 * the number column ("TT", "STT"), then rows each opened by its number (a number alone on its
 * line, as `prepareText` keeps it aside, or a block "II"). A row that gives no cell but its number
 * and a title in capitals is a section ("II", "NHIỆM VỤ TRỌNG TÂM"). The table ends at a block no
 * cell can be: a heading with a marker, a paragraph longer than any cell, or the next table's
 * header.
 */
function flattenedTables(
  blocks: readonly Block[],
  bareNumbers: readonly BareNumber[],
  isDue: (text: string, block: number) => boolean,
): TextTable[] {
  const pieces: Piece[] = [
    ...blocks.map((block) => ({ block })),
    ...bareNumbers.map((n) => ({ number: n.text, start: n.start })),
  ].sort((x, y) => pieceStart(x) - pieceStart(y));
  const tables: TextTable[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const openingPiece = pieces[i] as Piece;
    if (!('block' in openingPiece)) continue;
    const opening = openingPiece.block;
    // a programme by month ("Tháng | Nội dung | Cơ quan chuẩn bị | Thời gian hoàn thành"): the
    // month column numbers the rows, each opened by its month ("Tháng 1", "Tháng 3")
    const monthKeyed = opening.markerType === null && MONTH_COLUMN.test(flatText(opening));
    if (opening.markerType !== null || (!monthKeyed && fieldOf(flatText(opening)) !== 'index'))
      continue;
    const rowOf = (p: Piece): string | undefined =>
      rowNumberOf(p) ??
      (monthKeyed && 'block' in p && p.block.markerType === null
        ? MONTH_ROW.exec(flatText(p.block))?.[0]
        : undefined);
    // the header run: short label cells up to the first row number
    const header: { text: string; field: TableField | 'tickDone' | null }[] = [];
    let j = i;
    for (; j < pieces.length; j++) {
      const p = pieces[j] as Piece;
      if (j > i && rowOf(p) !== undefined) break;
      if (!('block' in p)) break;
      const text = flatText(p.block);
      if (p.block.markerType !== null || text.length > MAX_HEADER_CELL || pipeCells(p.block)) break;
      header.push({ text, field: j === i && monthKeyed ? 'index' : fieldOf(text) });
    }
    const fields = planFields(header.map((h) => h.field));
    if (!isTaskHeader(fields) || j >= pieces.length || rowOf(pieces[j] as Piece) === undefined)
      continue;
    const taken = new Set<number>();
    for (let k = i; k < j; k++) {
      const p = pieces[k] as Piece;
      if ('block' in p) taken.add(p.block.index);
    }
    const rows: TableRow[] = [];
    const columnCount = fields.filter((f) => f !== 'index').length;
    let current: { number: string; cells: TableCell[] } | null = null;
    const close = () => {
      if (!current) return;
      const placed = placeFlatRow(fields, current.cells, isDue);
      rows.push({ number: current.number, ...placed });
      current = null;
    };
    for (; j < pieces.length; j++) {
      const p = pieces[j] as Piece;
      const number = rowOf(p);
      if (number !== undefined) {
        close();
        current = { number, cells: [] };
        if ('block' in p) taken.add(p.block.index);
        continue;
      }
      if (!('block' in p)) break;
      const b = p.block;
      const text = flatText(b);
      if (
        current === null ||
        b.kind === 'footnote' ||
        text.length > MAX_FLAT_CELL ||
        pipeCells(b) ||
        (fieldOf(text) === 'index' && b.markerType === null)
      )
        break;
      // a heading of the text after the table ("IV. TỔ CHỨC THỰC HIỆN") ends it; a marker inside
      // a cell ("- Rà soát …") does not
      if (b.markerType === 'roman' && b.caps) break;
      // the closing lines ("Trên đây là …", "Nơi nhận:", "TM. …") end a table; so does, once the
      // last row has a cell for every column, a paragraph, a list or a request
      // the closing lines end a table, read as the checker reads them under a workbook's table
      // (table/footer.ts): "Nơi nhận", the place-and-date line, the closing paragraph; and, once
      // the last row has its deadline, the signature block ("TM. UBND", "KT. CHỦ TỊCH") — before
      // that, "Lãnh đạo UBND huyện" may be the row's owner cell
      if (
        /^noi nhan(?![\p{L}])/u.test(foldText(text.slice(0, 20))) ||
        isPlaceDateLine(text) ||
        CLOSING_PARAGRAPH.test(text)
      )
        break;
      if (isSignatureText(text) && current.cells.some((c) => isDue(c.text, c.block))) break;
      if (
        current.cells.length >= columnCount &&
        (text.length > 200 ||
          b.markerType !== null ||
          AFTER_TABLE.test(text) ||
          // a programme by month names its work in labels: a sentence after a full row is the
          // text after the table
          (monthKeyed && isSentenceCell(text)))
      )
        break;
      current.cells.push(cellOf(b));
      taken.add(b.index);
    }
    close();
    if (rows.length === 0) continue;
    tables.push({
      header: header.map((h, k) => ({ text: h.text, field: fields[k] ?? null })),
      rows,
      blocks: taken,
      first: opening.index,
      ownerInDue: ownerInDue(header.map((h, k) => ({ text: h.text, field: fields[k] ?? null }))),
    });
    i = j - 1;
  }
  return tables;
}

/**
 * The task tables of a text, in the order they come. `isDue` says whether a cell is a deadline as
 * the checker reads a deadline cell (a day, a month, a quarter, "trước ngày …", a recurring day).
 */
export function textTables(
  prepared: Pick<PreparedText, 'blocks' | 'bareNumbers'>,
  isDue: (text: string, block: number) => boolean,
): TextTable[] {
  const { blocks, bareNumbers } = prepared;
  return [...pipeTables(blocks), ...flattenedTables(blocks, bareNumbers, isDue)].sort(
    (a, b) => a.first - b.first,
  );
}

/** The periods a deadline cell may recur with, as the items format names them. */
const PERIOD_OF: Partial<Record<string, ItemPeriod>> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  'half-yearly': 'half-yearly',
  yearly: 'yearly',
};

/** A time cell written as a span, "Từ 16/03/2026 Đến 20/03/2026", "Từ ngày 01/9 đến ngày 15/9". */
const TIME_SPAN = /^\s*Từ\s+(?:ngày\s+)?\d[\d/.-]*\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d/iu;

/** Where a cell's time may start: a digit, or a word that opens a time ("Trước", "Chậm nhất"). */
const TIME_START =
  /^(?:\d|(?:trước|chậm nhất|từ|đến|trong|hạn|hoàn thành|xong|thường xuyên|hằng|hàng|tháng|quý|ngày|tuần)(?![\p{L}]))/iu;

/**
 * A cell that names the body and then its time ("Giáo viên chủ nhiệm 05/02/2026", "Hội đồng đánh
 * giá cấp khoa Chậm nhất 13/03/2026", "Sinh viên Từ 23/02/2026 Đến 01/03/2026"), split where the
 * time starts; none when the cell opens with its time or holds none.
 */
export function splitOwnerAndTime(
  text: string,
  year: number | undefined,
): { readonly body: string; readonly time: string } | null {
  const words = /\s+/gu;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    if (!TIME_START.test(rest)) continue;
    if (!TIME_SPAN.test(rest) && !isDueCell(rest, year)) continue;
    const body = text.slice(0, m.index).trim();
    return body === '' ? null : { body, time: rest.trim() };
  }
  return null;
}

/** Whether a cell is a deadline as the checker reads a deadline cell. */
export function isDueCell(text: string, year: number | undefined): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  const kind = parseDue(t, year === undefined ? {} : { defaultYear: year }).kind;
  return kind === 'due' || kind === 'recurring';
}

export interface TableItemsContext {
  readonly original: string;
  readonly document: DocumentContext;
  /** The context of a block by its index (the cell's section and document). */
  readonly blockAt: (index: number) => BlockContext | undefined;
}

/** An agency cell as the owner field writes it: several agencies one after another with "; ". */
function agencyOfCell(text: string): string | null {
  const t = text
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•]\s*/u, '')
    .replace(/[.;,\s]+$/u, '')
    .trim();
  return t === '' ? null : t;
}

/**
 * The deadlines and reports of a task table's rows. A row whose work is to send or submit
 * something ("Báo cáo kết quả về UBND huyện", "Trình UBND tỉnh dự thảo Kế hoạch") is a report,
 * read as the report words of its work cell are read elsewhere, due on its deadline cell, from the
 * lead column's agency; any other row with a deadline is a deadline of the lead column's agency
 * (or, with no such column, of the agency its work names first). A row with no deadline, or one
 * that recurs with no period the items format has ("Thường xuyên"), gives nothing: it has no day
 * to miss.
 */
export function tableItems(table: TextTable, ctx: TableItemsContext): ExtractItem[] {
  const items: ExtractItem[] = [];
  const dueHeader = table.header.find((h) => h.field === 'due')?.text ?? '';
  const note = `bảng / table «${dueHeader}»`;
  const doc = ctx.document;
  for (const row of table.rows) {
    if (!row.cells.due || row.tasks.length === 0) continue;
    const shared =
      table.ownerInDue && !row.cells.owner ? splitOwnerAndTime(row.cells.due.text, doc.year) : null;
    const dueText = shared ? shared.time : row.cells.due.text;
    // "Từ 23/02/2026 Đến 01/03/2026": the span the work runs over, no day to finish by
    if (TIME_SPAN.test(dueText)) continue;
    const parsed = parseDue(dueText, doc.year === undefined ? {} : { defaultYear: doc.year });
    const period = parsed.kind === 'recurring' ? PERIOD_OF[parsed.frequency] : undefined;
    if (parsed.kind !== 'due' && period === undefined) continue;
    const due = parsed.kind === 'due' ? formatIsoDate(parsed.due) : null;
    const owner = row.cells.owner
      ? agencyOfCell(row.cells.owner.text)
      : shared
        ? agencyOfCell(shared.body)
        : null;
    for (const task of row.tasks) {
      const first = task[0] as TableCell;
      const last = task[task.length - 1] as TableCell;
      const [start] = originalSpan(first, 0, first.text.length);
      const [, end] = originalSpan(last, 0, last.text.length);
      const span: [number, number] = [start, end];
      const quote = ctx.original.slice(start, end);
      const work = task.map((c) => c.text.replace(/[.;,:\s]+$/u, '')).join('. ');
      if (due !== null && (isReportClause(first.text) || isSubmitClause(first.text, '', true))) {
        const host = ctx.blockAt(first.block);
        if (host) {
          const block: Block = { ...host.block, text: first.text, map: first.map, bodyStart: 0 };
          const cell: DueFound = {
            due,
            dueText: dueText.trim(),
            start: 0,
            end: 0,
            marked: true,
            yearless: false,
          };
          const reports = timetableItems(
            { original: ctx.original, block: { ...host, block }, document: doc },
            cell,
            owner,
          ).filter((i) => i.kind === 'report');
          if (reports.length > 0) {
            items.push(
              ...reports.map((r) => ({
                ...r,
                from: r.from ?? owner,
                span,
                quote,
                context: `${note} · ${r.context ?? ''}`,
              })),
            );
            continue;
          }
        }
      }
      items.push({
        ...EMPTY_ITEM,
        kind: 'deadline',
        confidence: owner ? 0.8 : 0.6,
        owner: owner ?? subjectOf(first.text),
        task: work.length > 200 ? `${work.slice(0, 197).replace(/\s+\S*$/u, '')} …` : work,
        due,
        dueText: dueText.trim(),
        period: period ?? null,
        quote,
        span,
        context: note,
      });
    }
  }
  return items;
}
