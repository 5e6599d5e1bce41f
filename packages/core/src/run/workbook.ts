/**
 * One workbook: each sheet's first rows are buffered until a table header is found; every kind
 * whose header is there is scored on its header and the content under it (table/classify.ts), and
 * the rows go to the handler of the kind chosen (indicators, report log, roster, tasks). When two
 * kinds score too close to tell, the table is listed as not evaluated instead of guessed. A second
 * table under the first (after a gap or a section line, with its own header) is read with its own
 * columns; a header repeated on every printed page is skipped. Once every sheet is read, the
 * workbook-wide checks run: the pack's tasks against the rows that track them, and its report
 * obligations against the log.
 */
import type { Message, NotEvaluated } from '../model/findings.js';
import { columnLetter, type Cell, type Row, type SheetInfo } from '../model/sheet.js';
import { sheetMatches, withBoundLetters } from '../table/bindings.js';
import {
  classifyTable,
  mayBeHeaderRow,
  type HeaderReading,
  type KindScore,
} from '../table/classify.js';
import {
  detectTaskHeader,
  isColumnNumberingRow,
  tickColumnAt,
  type DetectedHeader,
} from '../table/headers.js';
import {
  detectIndicatorHeader,
  type IndicatorHeader,
  type ValueColumn,
} from '../table/indicator-headers.js';
import { describePeriod, readPeriodText } from '../table/periods.js';
import { looksLikeAgencyName, type AgencyMatcher } from '../vi/agencies.js';
import { tidyCellText } from '../vi/text.js';
import { parseDateCell } from '../vi/dates.js';
import { classifySimpleRow } from '../table/simple-rows.js';
import { filledCell, rowsBelow } from '../table/column-content.js';
import { matchHeaderAnyKind } from '../table/matcher.js';
import {
  detectSimpleHeader,
  LOG_ALIASES,
  withReceivedByPeriod,
  withStatusOnly,
  withStatusTicks,
  withReceivedByUnit,
  ROSTER_ALIASES,
  type SimpleHeader,
} from '../table/simple-headers.js';
import {
  TABLE_KIND_LABELS,
  TABLE_KINDS,
  type LogField,
  type RosterField,
  type TableKind,
} from '../table/vocabulary.js';
import { LEGACY_ENCODING_NAMES } from '../vi/legacy-encodings.js';
import type { BoundTable, CheckContext } from './context.js';
import { expectedTasks } from './expected.js';
import { indicatorTable } from './indicators.js';
import { reportLogTable } from './report-log.js';
import { checkReports } from './reports.js';
import {
  MAX_UPCOMING,
  type LegacyTextNote,
  type ReportStats,
  type SheetChecker,
  type SheetResult,
  type WorkbookChecker,
  type WorkbookResult,
} from './result.js';
import { rosterTable } from './roster.js';
import { taskTable } from './tasks.js';
import {
  bindingFor,
  columnRoles,
  headerTexts,
  SkipLog,
  type TableUnderstanding,
} from './understanding.js';
import { createWorkbookState, type TableHandler, type WorkbookState } from './workbook-state.js';

/** A header each kind's detector found in the same rows. */
type Detected =
  | { readonly kind: 'indicators'; readonly header: IndicatorHeader }
  | { readonly kind: 'reports'; readonly header: SimpleHeader<LogField> }
  | { readonly kind: 'roster'; readonly header: SimpleHeader<RosterField> }
  | { readonly kind: 'tasks'; readonly header: DetectedHeader };

const KIND_WORDS = TABLE_KIND_LABELS;

/** Header text of a column in the given rows (for a label bound by letter). */
function textAt(rows: readonly Row[], headerRows: readonly number[], col: number): string {
  return headerTexts(rows, headerRows).get(col) ?? columnLetter(col);
}

/** Fields bound by letter, with the header row: a table the binding alone describes. */
function boundOnly<F extends string>(
  bound: BoundTable<F>,
  required: readonly F[],
): { row: number; columns: Partial<Record<F, number>> } | undefined {
  const { headerRow, letters } = bound;
  if (headerRow === undefined || !required.every((f) => letters[f] !== undefined)) return undefined;
  return { row: headerRow, columns: { ...letters } };
}

function withLetters<F extends string>(
  header: SimpleHeader<F>,
  bound: BoundTable<F>,
): SimpleHeader<F> {
  return Object.keys(bound.letters).length === 0
    ? header
    : { row: header.row, columns: withBoundLetters(header.columns, bound.letters) };
}

/**
 * The figure columns with their periods once a binding names some by letter: a bound role (plan,
 * actual, assessment) is read from its bound column only, with the period its header names.
 */
function boundValues(
  values: readonly ValueColumn[],
  letters: Readonly<Partial<Record<string, number>>>,
  rows: readonly Row[],
  headerRows: readonly number[],
): ValueColumn[] {
  const roles = (['plan', 'actual', 'assessment'] as const).filter((r) => letters[r] !== undefined);
  const texts = headerTexts(rows, headerRows);
  return [
    ...values.filter((v) => !roles.includes(v.role) && !roles.some((r) => letters[r] === v.col)),
    ...roles.map((role) => {
      const col = letters[role]!;
      const label = texts.get(col) ?? columnLetter(col);
      return { col, role, period: readPeriodText(label), label };
    }),
  ].sort((a, b) => a.col - b.col);
}

function detectIndicators(ctx: CheckContext, rows: readonly Row[]): IndicatorHeader | undefined {
  const bound = ctx.bindings.indicators;
  const found = detectIndicatorHeader(rows, bound.names, bound.headerRow);
  const letters = bound.letters;
  if (found) {
    if (Object.keys(letters).length === 0) return found;
    const columns = withBoundLetters(found.columns, letters);
    const labels = { ...found.labels };
    for (const [field, col] of Object.entries(letters) as Array<[keyof typeof labels, number]>)
      labels[field] = textAt(rows, found.rows, col);
    return {
      ...found,
      columns,
      labels,
      values: boundValues(found.values, letters, rows, found.rows),
    };
  }
  const only = boundOnly(bound, ['title', 'actual']);
  if (!only) return undefined;
  const labels: Partial<Record<keyof typeof only.columns, string>> = {};
  for (const [field, col] of Object.entries(only.columns) as Array<[keyof typeof labels, number]>)
    labels[field] = textAt(rows, [only.row], col);
  const values = boundValues([], letters, rows, [only.row]);
  const years = values.flatMap((v) => (v.period.year !== undefined ? [v.period.year] : []));
  return {
    rows: [only.row],
    columns: only.columns,
    labels,
    ...(years.length > 0 ? { year: Math.max(...years) } : {}),
    lastHeaderRow: only.row,
    values,
  };
}

/**
 * A task header with the runs of tick columns a binding names ("due": "E:H", "status": "F:H"), read
 * from the row under the header row: periods the deadline is ticked under, or the status words a
 * tick stands for. A status run whose sub-headers are not status words is left out.
 */
function withBoundTicks(
  ctx: CheckContext,
  rows: readonly Row[],
  header: DetectedHeader,
): DetectedHeader {
  const ranges = ctx.bindings.tasks.ranges;
  if (ranges.due === undefined && ranges.status === undefined) return header;
  const top = header.rows[0]!;
  const lower = rows.find((r) => r.number === top + 1);
  const labelAt = (col: number) =>
    (lower ?? rows.find((r) => r.number === top))?.cells.find((c) => c.col === col)?.text.trim() ??
    '';
  const cols = ([from, to]: readonly [number, number]) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  let out: DetectedHeader = header;
  if (ranges.due) {
    const dueTicks = cols(ranges.due).map((col) => ({ col, label: labelAt(col) }));
    out = { ...out, columns: { ...out.columns, due: ranges.due[0] }, dueTicks };
  }
  if (ranges.status) {
    const ticks = cols(ranges.status).flatMap((col) => {
      const tick = tickColumnAt(col, labelAt(col), ctx.taskTable.aliases);
      return tick ? [tick] : [];
    });
    const { status: _status, ...columns } = out.columns;
    out = { ...out, columns, ticks };
  }
  const rowsOfHeader =
    lower && !out.rows.includes(lower.number) ? [...out.rows, lower.number] : out.rows;
  return {
    ...out,
    rows: rowsOfHeader,
    lastHeaderRow: Math.max(out.lastHeaderRow, rowsOfHeader[rowsOfHeader.length - 1]!),
  };
}

function detectTasks(ctx: CheckContext, rows: readonly Row[]): DetectedHeader | undefined {
  const header = detectTasksUnticked(ctx, rows);
  return header && withBoundTicks(ctx, rows, header);
}

function detectTasksUnticked(ctx: CheckContext, rows: readonly Row[]): DetectedHeader | undefined {
  const bound = ctx.bindings.tasks;
  const found = detectTaskHeader(rows, ctx.taskTable.aliases, bound.headerRow);
  const letters = bound.letters as DetectedHeader['columns'];
  if (found) {
    if (Object.keys(letters).length === 0) return found;
    const labels = { ...found.labels };
    for (const [field, col] of Object.entries(letters) as Array<[keyof typeof labels, number]>)
      labels[field] = textAt(rows, found.rows, col);
    return { ...found, columns: withBoundLetters(found.columns, letters), labels };
  }
  // The binding alone: a header row and letters for the content and one timing column.
  if (bound.headerRow === undefined || letters.title === undefined) return undefined;
  if ((letters.due ?? letters.status ?? letters.completedOn) === undefined) return undefined;
  const labels: Partial<Record<keyof typeof letters, string>> = {};
  for (const [field, col] of Object.entries(letters) as Array<[keyof typeof labels, number]>)
    labels[field] = textAt(rows, [bound.headerRow], col);
  const next = rows.find((r) => r.number === bound.headerRow! + 1);
  return {
    rows: [bound.headerRow],
    columns: letters,
    labels,
    lastHeaderRow: next && isColumnNumberingRow(next) ? next.number : bound.headerRow,
  };
}

function detectSimple<F extends string>(
  rows: readonly Row[],
  bound: BoundTable<F>,
  vocabulary: Parameters<typeof detectSimpleHeader<F>>[1],
  required: readonly F[],
): SimpleHeader<F> | undefined {
  const found = detectSimpleHeader(rows, vocabulary, required, bound.names, bound.headerRow);
  if (found) return withLetters(found, bound);
  const only = boundOnly(bound, required);
  return only ? { row: only.row, columns: only.columns } : undefined;
}

/**
 * The fields that make a column part of another table than a unit list: a task's title and dates,
 * an indicator's figures, a log's received date or period. A column that only says more about a
 * unit ("Đầu mối báo cáo" — a report's field word, "Ghi chú", "Số điện thoại") names none of them.
 */
const OTHER_TABLES_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'start',
  'due',
  'completedOn',
  'status',
  'plan',
  'actual',
  'received',
  'period',
  'docDate',
  'incomingNumber',
  'tickSent',
  'tickOnTime',
  'tickLate',
  'tickNotSent',
]);

/** Data rows a unit list must have under its header, and the share of them that read as units. */
const UNIT_LIST_MIN_ROWS = 2;
const UNIT_LIST_SHARE = 0.8;

/**
 * A roster with no group column ("STT | Tên đơn vị"): accepted only when its other columns name no
 * field of any table and hold no dates ("Đầu mối báo cáo", "Số điện thoại", "Số lớp"), and the
 * names under it, group rows ("I | KHỐI XÃ, THỊ TRẤN") and totals left out, read as agencies or
 * units ("UBND xã Kỳ Tân", "Chi bộ thôn 3"). A unit column inside any other table has a deadline,
 * a received date or a task beside it.
 */
function unitList(
  rows: readonly Row[],
  header: SimpleHeader<RosterField> | undefined,
  packUnits?: AgencyMatcher,
): SimpleHeader<RosterField> | undefined {
  if (!header) return undefined;
  const headerRow = rows.find((r) => r.number === header.row);
  const named = new Set(Object.values(header.columns));
  const sample = rowsBelow(rows, header.row).filter(
    (r) => classifySimpleRow(r, header.columns) === 'record',
  );
  // Other columns only say more about each unit ("Số chi bộ trực thuộc", "Đầu mối báo cáo", "Số
  // điện thoại"): a header naming no field of any table, over no dates.
  const aboutUnit = (col: number, text: string) =>
    !Object.values(matchHeaderAnyKind(text)).some((m) => OTHER_TABLES_FIELDS.has(m.field)) &&
    sample.every((r) => {
      const cell = r.cells.find((c) => c.col === col);
      return !cell || parseDateCell(cell.value, cell.text).kind !== 'date';
    });
  const others = (headerRow?.cells ?? []).filter(
    (c) => c.text.trim() !== '' && !named.has(c.col) && !aboutUnit(c.col, c.text.trim()),
  );
  if (others.length > 0) return undefined;
  const unitCol = header.columns.unit!;
  const names = sample.flatMap((r) => filledCell(r, unitCol)?.text.trim() ?? []);
  if (names.length < UNIT_LIST_MIN_ROWS) return undefined;
  // a name reads as a unit by its opening word ("UBND xã …", "Chi bộ …"), or by being one of the
  // pack's own units, whatever kind of unit it is ("Khách sạn Sông Son", "Hợp tác xã … Tiên Phong")
  const isUnit = (name: string) => {
    if (looksLikeAgencyName(name)) return true;
    const m = packUnits?.match(name);
    return m !== undefined && m.how !== 'member' && m.how !== 'fuzzy';
  };
  const units = names.filter(isUnit).length;
  return units / names.length >= UNIT_LIST_SHARE ? header : undefined;
}

/** Every kind's header in the rows, in the order a tie falls back to. */
function detectAll(
  ctx: CheckContext,
  kinds: ReadonlySet<TableKind>,
  rows: readonly Row[],
): Detected[] {
  const out: Detected[] = [];
  if (kinds.has('indicators')) {
    const header = detectIndicators(ctx, rows);
    if (header) out.push({ kind: 'indicators', header });
  }
  if (kinds.has('reports')) {
    const header = detectSimple(rows, ctx.bindings.reports, LOG_ALIASES, ['unit', 'received']);
    if (header) out.push({ kind: 'reports', header: withReceivedByPeriod(header, rows) });
    else {
      // a matrix of marks: a status header over the periods, a tick under each one sent
      const marks = detectSimple(rows, ctx.bindings.reports, LOG_ALIASES, ['unit', 'status']);
      const matrix = marks && withReceivedByPeriod(marks, rows);
      if (matrix?.periodColumns) out.push({ kind: 'reports', header: matrix });
      else {
        // a log of ticks or statuses with no day ("Đúng hạn | Chậm | Chưa gửi", "Đã nộp đúng hạn")
        const sending = sendingLog(rows, ctx.bindings.reports, marks);
        if (sending) out.push({ kind: 'reports', header: sending });
        else {
          // the matrix turned the other way: a row per period, a received-date column per unit
          const byPeriod = detectSimple(rows, ctx.bindings.reports, LOG_ALIASES, [
            'period',
            'received',
          ]);
          const turned = byPeriod && withReceivedByUnit(byPeriod, rows);
          if (turned?.unitColumns) out.push({ kind: 'reports', header: turned });
        }
      }
    }
  }
  if (kinds.has('roster')) {
    const header =
      detectSimple(rows, ctx.bindings.roster, ROSTER_ALIASES, ['unit', 'group']) ??
      unitList(
        rows,
        detectSimple(rows, ctx.bindings.roster, ROSTER_ALIASES, ['unit']),
        ctx.agencyMatcher,
      );
    if (header) out.push({ kind: 'roster', header });
  }
  if (kinds.has('tasks')) {
    const header = detectTasks(ctx, rows);
    if (header) out.push({ kind: 'tasks', header });
  }
  return out.filter((d) => !sendingLogOfWorks(d, out));
}

/**
 * A log that keeps no day, only a tick or a status per unit ("Đúng hạn | Chậm | Chưa gửi", "Đã nộp
 * đúng hạn"), when the header has no received-date column: the ticks first, then a status column
 * whose statuses read as reports sent or not.
 */
function sendingLog(
  rows: readonly Row[],
  bound: BoundTable<LogField>,
  marks: SimpleHeader<LogField> | undefined,
): SimpleHeader<LogField> | undefined {
  const units = detectSimple(rows, bound, LOG_ALIASES, ['unit']);
  const ticked = units && withStatusTicks(units, rows);
  if (ticked) return ticked;
  return marks && withStatusOnly(marks, rows);
}

/**
 * A sending log read on the header of a tracker of works: a task header on the same row that names
 * the work's deadline, its completion day or its own ticks says the rows are works, whatever their
 * status words ("Đơn vị thực hiện | Thời hạn | Đúng hạn | Chậm"): the log reading is dropped.
 */
function sendingLogOfWorks(d: Detected, all: readonly Detected[]): boolean {
  if (d.kind !== 'reports' || (!d.header.statusTicks && !d.header.statusOnly)) return false;
  return all.some(
    (t) =>
      t.kind === 'tasks' &&
      t.header.rows.includes(d.header.row) &&
      (t.header.columns.due !== undefined ||
        t.header.columns.completedOn !== undefined ||
        (t.header.ticks?.length ?? 0) > 0),
  );
}

function readingOf(d: Detected): HeaderReading {
  switch (d.kind) {
    case 'indicators':
      return {
        kind: d.kind,
        headerRows: d.header.rows,
        lastHeaderRow: d.header.lastHeaderRow,
        columns: d.header.columns as Record<string, number>,
      };
    case 'tasks': {
      const columns: Record<string, number> = { ...d.header.columns };
      for (const tick of d.header.ticks ?? []) columns[tick.field] ??= tick.col;
      return {
        kind: d.kind,
        headerRows: d.header.rows,
        lastHeaderRow: d.header.lastHeaderRow,
        columns,
      };
    }
    default: {
      const last = d.header.lastRow ?? d.header.row;
      const columns: Record<string, number> = { ...(d.header.columns as Record<string, number>) };
      if (d.kind === 'reports')
        for (const tick of d.header.statusTicks ?? []) columns[tick.field] ??= tick.col;
      return {
        kind: d.kind,
        headerRows: last > d.header.row ? [d.header.row, last] : [d.header.row],
        lastHeaderRow: last,
        columns,
      };
    }
  }
}

function handlerFor(
  ctx: CheckContext,
  wb: WorkbookState,
  info: SheetInfo,
  d: Detected,
  pending: readonly Row[],
  skips: SkipLog | undefined,
): TableHandler {
  switch (d.kind) {
    case 'indicators':
      return indicatorTable(ctx, wb, info, d.header, pending, skips);
    case 'reports':
      return reportLogTable(wb, info, d.header, pending, skips);
    case 'roster':
      return rosterTable(wb, info, d.header, pending, skips);
    case 'tasks':
      return taskTable(ctx, wb, info, d.header, pending, skips);
  }
}

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

function uncertainReason(info: SheetInfo, a: KindScore, b: KindScore, binding: string): Message {
  const row = a.headerRows[0];
  return {
    vi: `Trang "${info.name}": không chắc bảng có tiêu đề ở dòng ${row} là ${KIND_WORDS[a.kind].vi} (điểm ${fmt(a.score)}) hay ${KIND_WORDS[b.kind].vi} (điểm ${fmt(b.score)}), nên bảng này chưa được đánh giá. Có thể chỉ rõ trong "bindings" của bộ quy tắc, ví dụ ${binding}.`,
    en: `Sheet "${info.name}": the table whose header is on row ${row} could be a ${KIND_WORDS[a.kind].en} (score ${a.score}) or a ${KIND_WORDS[b.kind].en} (score ${b.score}), so it was not evaluated. Say which in the pack's "bindings", for example ${binding}.`,
  };
}

/** A table found in a sheet, with what was understood of it. */
interface FoundTable {
  readonly handler?: TableHandler;
  readonly kind: TableKind | 'none';
  readonly headerKeys: readonly string[];
  readonly understanding: TableUnderstanding;
  readonly skips: SkipLog;
}

const NO_TABLE_NOTE: Message = {
  vi: 'Không thấy dòng tiêu đề của bảng nhiệm vụ, bảng chỉ tiêu, sổ nhận báo cáo hay danh sách đơn vị.',
  en: 'No header of a task, indicator, report-log or roster table was found.',
};

/**
 * Splits the kinds found into tables: readings that share a header row compete for one table; a
 * reading whose header starts below another table's header, after a break (a gap or a title or
 * section line), is a second table. Returns the first table's readings and where the next starts.
 */
function firstTable(
  detected: readonly Detected[],
  rows: readonly Row[],
): { first: Detected[]; nextStart?: number } {
  const readings = detected.map((d) => ({ d, r: readingOf(d) }));
  if (readings.length === 0) return { first: [] };
  const top = Math.min(...readings.map((x) => x.r.headerRows[0]!));
  const first = readings.filter((x) => x.r.headerRows[0] === top);
  const firstEnd = Math.max(...first.map((x) => x.r.lastHeaderRow));
  const later = readings
    .map((x) => x.r.headerRows[0]!)
    .filter((start) => start > firstEnd && followsBreak(rows, start))
    .sort((a, b) => a - b);
  const overlapping = readings.filter(
    (x) => !first.includes(x) && (later[0] === undefined || x.r.headerRows[0]! < later[0]),
  );
  return {
    first: [...first, ...overlapping].map((x) => x.d),
    ...(later[0] !== undefined ? { nextStart: later[0] } : {}),
  };
}

/**
 * A second table of the same kind further down the rows ("A. Nhiệm vụ đã hoàn thành" then "B.
 * Nhiệm vụ đang thực hiện", each with its own header): detection gives one header per kind, so the
 * rows under the first table's header are searched again. A header found there after a break
 * starts the next table.
 */
function laterTable(
  ctx: CheckContext,
  kinds: ReadonlySet<TableKind>,
  rows: readonly Row[],
  split: { first: Detected[]; nextStart?: number },
): { first: Detected[]; nextStart?: number } {
  if (split.nextStart !== undefined || split.first.length === 0) return split;
  const firstEnd = Math.max(...split.first.map((d) => readingOf(d).lastHeaderRow));
  const below = rows.filter((r) => r.number > firstEnd);
  if (below.length === 0) return split;
  // the same header printed again on the next page is no new table
  const firstRows = new Set(split.first.flatMap((d) => readingOf(d).headerRows));
  const firstKeys = new Set(rows.filter((r) => firstRows.has(r.number)).map(rowKey));
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  const opensTable = (start: number): boolean => {
    const row = byNumber.get(start);
    const before = byNumber.get(start - 1);
    const afterBreak = before === undefined || isBreakRow(before);
    return row !== undefined && afterBreak && !firstKeys.has(rowKey(row));
  };
  // only a row after a break can start another table: with none, there is nothing to detect again
  if (!below.some((r) => opensTable(r.number))) return split;
  const starts = detectAll(ctx, kinds, below)
    .map((d) => readingOf(d).headerRows[0]!)
    // (a binding's header row is given whatever rows are searched: only a header below counts)
    .filter((start) => start > firstEnd && opensTable(start))
    .sort((a, b) => a - b);
  return starts[0] !== undefined ? { ...split, nextStart: starts[0] } : split;
}

/** Whether the row before `start` is a break: missing (a gap), or a title or section line. */
function followsBreak(rows: readonly Row[], start: number): boolean {
  const before = rows.find((r) => r.number === start - 1);
  return before === undefined || isBreakRow(before);
}

/**
 * The table whose header is in `rows`, if any, chosen by score among the kinds found there; and
 * where a second table starts, when `rows` hold the header of another table below the first.
 */
function findTable(
  ctx: CheckContext,
  wb: WorkbookState,
  info: SheetInfo,
  kinds: ReadonlySet<TableKind>,
  rows: readonly Row[],
): FoundTable & { readonly nextStart?: number } {
  const split = laterTable(ctx, kinds, rows, firstTable(detectAll(ctx, kinds, rows), rows));
  const detected = split.first;
  const mine =
    split.nextStart === undefined ? rows : rows.filter((r) => r.number < split.nextStart!);
  const classification = classifyTable(detected.map(readingOf), mine);
  const skips = new SkipLog();
  const chosen = classification.chosen;
  const picked = chosen ? detected.find((d) => d.kind === chosen.kind) : undefined;
  const next = split.nextStart !== undefined ? { nextStart: split.nextStart } : {};
  if (!chosen || !picked) {
    return {
      kind: 'none',
      headerKeys: [],
      skips,
      understanding: {
        kind: 'none',
        scores: [],
        headerRows: [],
        columns: [],
        skipped: {},
        skippedRows: [],
        note: NO_TABLE_NOTE,
      },
      ...next,
    };
  }
  const reading = readingOf(picked);
  const texts = headerTexts(rows, reading.headerRows);
  // runs of tick columns are pinned as a run ("due": "E:H"), not by their first column
  const ranges: Record<string, readonly [number, number]> = {};
  if (picked.kind === 'tasks') {
    const run = (cols: readonly { col: number }[]) =>
      [cols[0]!.col, cols[cols.length - 1]!.col] as const;
    if (picked.header.dueTicks?.length) ranges.due = run(picked.header.dueTicks);
    if (picked.header.ticks?.length) ranges.status = run(picked.header.ticks);
  }
  const binding = bindingFor(chosen.kind, info.name, reading.headerRows, reading.columns, ranges);
  const values = picked.kind === 'indicators' ? picked.header.values : [];
  const periods = new Map<number, Message>();
  for (const v of values) {
    const words = describePeriod(v.period);
    if (words) periods.set(v.col, words);
  }
  // a matrix log's received-date columns, one per period; a deadline ticked under periods
  const periodColumns =
    picked.kind === 'reports'
      ? (picked.header.periodColumns ?? [])
      : picked.kind === 'tasks'
        ? (picked.header.dueTicks ?? []).map((t) => ({ col: t.col, period: t.label }))
        : [];
  const periodField = picked.kind === 'reports' ? 'received' : 'due';
  for (const p of periodColumns) {
    periods.set(p.col, describePeriod(readPeriodText(p.period)) ?? { vi: p.period, en: p.period });
  }
  const understanding: TableUnderstanding = {
    kind: chosen.kind,
    scores: classification.scores,
    headerRows: reading.headerRows,
    columns: columnRoles(reading.columns, texts, periods, [
      ...values.map((v) => [v.role, v.col] as const),
      ...periodColumns.map((p) => [periodField, p.col] as const),
    ]),
    skipped: {},
    skippedRows: [],
    binding,
    ...(picked.kind === 'indicators' && picked.header.rowsAre === 'units'
      ? {
          note: {
            vi: `mỗi dòng là một đơn vị (cột ${columnLetter(picked.header.columns.title!)}), mỗi nhóm cột là một chỉ tiêu`,
            en: `each row is a unit (column ${columnLetter(picked.header.columns.title!)}), each column group an indicator`,
          },
        }
      : {}),
  };
  const headerKeys = rows
    .filter((r) => reading.headerRows.includes(r.number))
    .map((r) => rowKey(r));
  if (classification.uncertain && classification.runnerUp) {
    const reason = uncertainReason(
      info,
      chosen,
      classification.runnerUp,
      JSON.stringify({ bindings: binding }),
    );
    wb.notEvaluated.push({
      scope: 'table',
      location: { workbook: wb.name, sheet: info.name, row: reading.headerRows[0]! },
      reason,
    });
    return {
      kind: 'none',
      headerKeys,
      skips,
      understanding: { ...understanding, kind: 'none', uncertain: true, note: reason },
      ...next,
    };
  }
  // A header repeated on a later printed page, among the rows already buffered, is no record.
  const lastHeader = reading.headerRows[reading.headerRows.length - 1]!;
  const records = mine.filter((r) => {
    if (r.number <= lastHeader || !repeatsHeader(r, headerKeys)) return true;
    skips.add(r, 'repeated-header');
    return false;
  });
  return {
    handler: handlerFor(ctx, wb, info, picked, records, ctx.explain ? skips : undefined),
    kind: chosen.kind,
    headerKeys,
    skips,
    understanding,
    ...next,
  };
}

const keyPiece = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** A row's texts as one key, to notice a header repeated on every printed page. */
function rowKey(row: Row): string {
  return row.cells
    .map((c) => keyPiece(c.text))
    .filter((t) => t !== '')
    .join('|');
}

/**
 * Whether the row's key is one of the header rows' keys. Most rows are records: the key is built
 * only when the row's first text could begin one of them (a key begins with its first piece).
 */
function repeatsHeader(row: Row, keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  let first: string | undefined;
  for (const cell of row.cells) {
    if (cell.text === '') continue;
    const piece = keyPiece(cell.text);
    if (piece !== '') {
      first = piece;
      break;
    }
  }
  if (first === undefined) return keys.includes('');
  const start = first;
  const possible = keys.some(
    (k) => k.startsWith(start) && (k.length === start.length || k[start.length] === '|'),
  );
  return possible && keys.includes(rowKey(row));
}

/** A title or section line, or nothing: what separates two tables on one sheet. */
function isBreakRow(row: Row): boolean {
  let filled = 0;
  for (const c of row.cells) if (c.text.trim() !== '') filled++;
  return filled <= 1;
}

/** How many fields of one table kind a row's cells name (the most over the kinds). */
function fieldsNamed(row: Row): number {
  const byKind = new Map<string, Set<string>>();
  for (const cell of row.cells) {
    const text = cell.text.trim();
    if (text === '') continue;
    for (const [kind, match] of Object.entries(matchHeaderAnyKind(text))) {
      if (!match) continue;
      const set = byKind.get(kind) ?? new Set<string>();
      set.add(match.field);
      byKind.set(kind, set);
    }
  }
  let most = 0;
  for (const set of byKind.values()) most = Math.max(most, set.size);
  return most;
}

/** Rows after a break within which a new header is looked for. */
const ROWS_AFTER_BREAK = 2;
/** Lines right above a later table's header read with it (its title or section line). */
const TITLE_LINES_ABOVE = 2;
/** Lines of a sheet's title block kept for its later tables. */
const TITLE_BLOCK_ROWS = 8;
/**
 * A row after a break may open a new table when it has this many labels and names this many fields
 * of one kind; the rows under it, read with it, decide (a header naming two fields, its other
 * columns known by their content, is one).
 */
const NEW_HEADER_FIELDS = 3;
const NEW_HEADER_NAMED_FIELDS = 2;
/** Rows held under a possible new header before it is judged: its header rows and content enough. */
const ROWS_HELD = 8;

/**
 * The row with every cell's text tidied (`tidyCellText`): every reader after this sees one kind of
 * space, so "Trong  đó:" or a name pasted with no-break spaces reads as typed. The same row when
 * no cell needed it.
 */
function tidyRow(row: Row): Row {
  let cells: Cell[] | undefined;
  row.cells.forEach((cell, i) => {
    const text = tidyCellText(cell.text);
    const value = typeof cell.value === 'string' ? tidyCellText(cell.value) : cell.value;
    if (text === cell.text && value === cell.value) return;
    cells ??= [...row.cells];
    cells[i] = { ...cell, text, value };
  });
  return cells ? { ...row, cells } : row;
}

function sheetChecker(ctx: CheckContext, wb: WorkbookState, info: SheetInfo): SheetChecker {
  const kinds = ctx.kindsFor(info.name);
  const results: SheetResult[] = [];
  let pending: Row[] = [];
  let table: FoundTable | undefined;
  let searching = kinds.size > 0;
  /** A row that may be a later table's header, and the rows under it, waiting to be judged. */
  let held: Row[] = [];
  let lastRow = 0;
  let sinceBreak = Number.POSITIVE_INFINITY;
  /** The lines above the sheet's first table (its title block, "… NĂM 2024"): every later table is read under them. */
  let titleBlock: Row[] | undefined;
  /** The last rows streamed to a table: a later header's title or section line is among them. */
  const recent: Row[] = [];

  const close = () => {
    if (!table) return;
    const done: SheetResult = table.handler?.finish() ?? {
      name: info.name,
      state: info.state,
      table: 'none',
      tasks: 0,
    };
    results.push(
      ctx.explain
        ? {
            ...done,
            understanding: {
              ...table.understanding,
              skipped: { ...table.skips.counts },
              skippedRows: [...table.skips.rows],
            },
          }
        : done,
    );
    table = undefined;
  };
  const search = () => {
    let rows = pending;
    searching = false;
    pending = [];
    for (;;) {
      const found = findTable(ctx, wb, info, kinds, rows);
      const top = found.understanding.headerRows[0];
      titleBlock ??=
        top === undefined ? [] : rows.filter((r) => r.number < top).slice(-TITLE_BLOCK_ROWS);
      if (
        found.kind === 'none' &&
        !found.understanding.uncertain &&
        found.nextStart === undefined
      ) {
        if (ctx.explain) {
          results.push({
            name: info.name,
            state: info.state,
            table: 'none',
            tasks: 0,
            understanding: found.understanding,
          });
        }
        return;
      }
      table = found;
      if (found.nextStart === undefined) return;
      // A second table's header is among the rows buffered: the first table has had its rows.
      close();
      const start = found.nextStart;
      // the title or section line right above the next header names what it holds ("II. GIẢM
      // NGHÈO" over a table of communes): it goes with that table
      rows = [
        ...titleBlock,
        ...rows.filter(
          (r) => r.number >= start || (r.number >= start - TITLE_LINES_ABOVE && isBreakRow(r)),
        ),
      ];
    }
  };
  /**
   * Reads the rows held as a new table when they open one; true when so. They are read as a later
   * table found among the rows buffered is: under the sheet's title block and the title or section
   * line right above its header, its columns judged on their content as well as their header.
   */
  const startsNewTable = (candidate: readonly Row[]): boolean => {
    const first = candidate[0]!;
    const above = recent.filter(
      (r) =>
        r.number < first.number && r.number >= first.number - TITLE_LINES_ABOVE && isBreakRow(r),
    );
    const found = findTable(ctx, wb, info, kinds, [...(titleBlock ?? []), ...above, ...candidate]);
    if (found.kind === 'none' && !found.understanding.uncertain) return false;
    close();
    table = found;
    return true;
  };
  const toTable = (row: Row) => {
    if (!table) return;
    if (repeatsHeader(row, table.headerKeys)) {
      table.skips.add(row, 'repeated-header');
      return;
    }
    table.handler?.push(row);
  };
  /** The rows held open a new table, or go to the table they are under. */
  const judgeHeld = () => {
    const rows = held;
    held = [];
    if (rows.length === 0 || startsNewTable(rows)) return;
    for (const r of rows) toTable(r);
  };

  return {
    push(written: Row) {
      const row = tidyRow(written);
      if (table) {
        recent.push(row);
        if (recent.length > TITLE_LINES_ABOVE + 2) recent.shift();
        const gap = row.number > lastRow + 1 || isBreakRow(row);
        sinceBreak = gap ? 0 : sinceBreak + 1;
        lastRow = row.number;
        if (held.length > 0) {
          held.push(row);
          if (held.length >= ROWS_HELD) judgeHeld();
          return;
        }
        if (
          sinceBreak <= ROWS_AFTER_BREAK &&
          !isBreakRow(row) &&
          mayBeHeaderRow(row, NEW_HEADER_FIELDS) &&
          !repeatsHeader(row, table.headerKeys) &&
          fieldsNamed(row) >= NEW_HEADER_NAMED_FIELDS
        ) {
          held = [row];
          return;
        }
        toTable(row);
        return;
      }
      if (!searching) return;
      lastRow = row.number;
      pending.push(row);
      if (pending.length >= ctx.searchRows) search();
    },
    finish(): SheetResult {
      judgeHeld();
      if (!table && searching && pending.length > 0) search();
      close();
      const [first, ...rest] = results;
      const found: SheetResult = first ?? {
        name: info.name,
        state: info.state,
        table: 'none',
        tasks: 0,
      };
      const legacy = legacyTextNotes(info);
      const result = legacy.length > 0 ? { ...found, legacyText: legacy } : found;
      return rest.length > 0 ? { ...result, more: rest } : result;
    },
  };
}

/** What the reader converted from a legacy font on this sheet, said to the clerk. */
function legacyTextNotes(info: SheetInfo): LegacyTextNote[] {
  return (info.legacyText ?? [])
    .filter((c) => c.cells > 0)
    .map((c) => {
      const encoding = LEGACY_ENCODING_NAMES[c.encoding];
      const fonts = c.fonts.join(', ');
      return {
        ...c,
        message: {
          vi: `Văn bản trong trang "${info.name}" gõ bằng phông ${encoding} (${fonts}) đã được chuyển sang Unicode để đọc (${c.cells} ô).`,
          en: `Text in sheet "${info.name}" typed in a ${encoding} font (${fonts}) was converted to Unicode for reading (${c.cells} ${c.cells === 1 ? 'cell' : 'cells'}).`,
        },
      };
    });
}

/**
 * A binding's sheet that the workbook lacks, or where no table of the bound kind was found: said,
 * never silently passed.
 */
function unmetBindings(
  ctx: CheckContext,
  workbook: string,
  sheetNames: readonly string[],
  tables: readonly SheetResult[],
): NotEvaluated[] {
  const out: NotEvaluated[] = [];
  for (const kind of TABLE_KINDS) {
    const sheet = ctx.bindings[kind].sheet;
    if (sheet === undefined) continue;
    if ((kind === 'reports' || kind === 'roster') && !ctx.expectsReports) continue;
    if (tables.some((t) => t.table === kind && sheetMatches(sheet, t.name))) continue;
    const what = KIND_WORDS[kind];
    const present = sheetNames.some((n) => sheetMatches(sheet, n));
    out.push({
      scope: 'binding',
      location: { workbook },
      reason: present
        ? {
            vi: `Bộ quy tắc chỉ định ${what.vi} ở trang "${sheet}" nhưng không tìm thấy bảng đó trong trang (xem dòng tiêu đề và các cột trong "bindings").`,
            en: `The pack binds the ${what.en} to sheet "${sheet}" but no such table was found there (check the header row and columns in "bindings").`,
          }
        : {
            vi: `Bộ quy tắc chỉ định ${what.vi} ở trang "${sheet}" nhưng tệp không có trang nào như vậy.`,
            en: `The pack binds the ${what.en} to sheet "${sheet}" but the workbook has no such sheet.`,
          },
    });
  }
  return out;
}

export function workbookChecker(ctx: CheckContext, name: string): WorkbookChecker {
  const wb = createWorkbookState(name);
  const sheets: SheetResult[] = [];
  return {
    sheet(info: SheetInfo): SheetChecker {
      const checker = sheetChecker(ctx, wb, info);
      return {
        push: checker.push,
        finish() {
          const result = checker.finish();
          sheets.push(result);
          return result;
        },
      };
    },
    finish(): WorkbookResult {
      for (const [id, failure] of wb.ruleFailures) {
        wb.notEvaluated.push({
          scope: id,
          location: { workbook: name },
          reason: {
            vi: `Quy tắc "${id}" không đánh giá được trên ${failure.rows} dòng: ${failure.error}`,
            en: `Rule "${id}" could not be evaluated on ${failure.rows} row(s): ${failure.error}`,
          },
        });
      }
      if (ctx.expectsTasks) {
        const expected = expectedTasks(ctx, name, wb.trackedRows);
        wb.findings.push(...expected.findings);
        wb.notEvaluated.push(...expected.notEvaluated);
        // the deadlines of the rows paired with a task of the pack name it (the calendar's ids)
        const taskOf = new Map(
          [...expected.tracks].map(([row, id]) => [`${row.sheet}\u0000${row.row}`, id]),
        );
        wb.upcoming.forEach((u, i) => {
          const id = taskOf.get(`${u.location.sheet ?? ''}\u0000${u.location.row ?? 0}`);
          if (id !== undefined && u.item === undefined)
            wb.upcoming[i] = { ...u, item: { kind: 'task', id } };
        });
      }
      let reportStats: ReportStats = { units: 0, sent: 0, lateUnits: [], missingUnits: [] };
      if (ctx.expectsReports) {
        const outcome = checkReports({
          check: ctx,
          workbook: name,
          roster: wb.roster,
          log: wb.log,
          logFound: wb.logFound,
        });
        wb.findings.push(...outcome.findings);
        wb.notEvaluated.push(...outcome.notEvaluated);
        reportStats = outcome.units;
        wb.reports.push(...outcome.evaluated);
        for (const u of outcome.upcoming) {
          if (wb.upcoming.length < MAX_UPCOMING) wb.upcoming.push(u);
        }
      }
      const tables = sheets.flatMap((s) => [s, ...(s.more ?? [])]);
      wb.notEvaluated.push(
        ...unmetBindings(
          ctx,
          name,
          sheets.map((s) => s.name),
          tables,
        ),
      );
      const checked = tables.some((s) => s.table !== 'none');
      const uncertain = wb.notEvaluated.some((n) => n.scope === 'table');
      if (!checked && !uncertain) {
        wb.notEvaluated.push({
          scope: 'workbook',
          location: { workbook: name },
          reason: {
            vi: `Không tìm thấy bảng theo dõi nhiệm vụ nào trong tệp "${name}" (cần dòng tiêu đề có cột "Nội dung" và cột "Thời hạn", "Ngày hoàn thành" hoặc "Tình trạng").`,
            en: `No task-tracking table was found in "${name}" (a header row with a "Nội dung" column and a "Thời hạn", "Ngày hoàn thành" or "Tình trạng" column is needed).`,
          },
        });
      }
      return {
        workbook: name,
        status: checked ? 'checked' : 'no-table',
        sheets,
        findings: wb.findings,
        notEvaluated: wb.notEvaluated,
        upcoming: wb.upcoming,
        tasks: wb.tasks,
        reports: wb.reports,
        indicators: wb.indicators,
        stats: { indicators: wb.indicatorStats, reports: reportStats },
      };
    },
  };
}
