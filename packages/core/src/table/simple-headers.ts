/**
 * Header detection for the small side tables of a tracking workbook: the roster of reporting units
 * ("STT | Tên đơn vị | Khối") and the log of received reports ("Đơn vị | Báo cáo | Kỳ báo cáo |
 * Ngày nhận | Số, ký hiệu | Ghi chú"). One header row; the most specific alias names a column.
 */
import { cellAddress, type Row } from '../model/sheet.js';
import { looksLikeAgencyName } from '../vi/agencies.js';
import { foldText } from '../vi/text.js';
import { matchHeader, vocabularyOf, type CompiledVocabulary } from './matcher.js';
import { isPeriodOnly } from './periods.js';
import { classifySimpleRow } from './simple-rows.js';
import { LOG_TICK_FIELDS, type LogField, type LogTickField } from './vocabulary.js';
import { timelinessOf } from '../vi/status.js';

export type { LogField, RosterField } from './vocabulary.js';

export interface SimpleHeader<F extends string> {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** The header's last row, when a row of sub-headers lies under `row`. */
  readonly lastRow?: number;
  /**
   * A log kept as a matrix: one received-date column per period, the periods written under a
   * "Ngày nhận báo cáo" merged across them ("Quý I | 6 tháng | Quý III").
   */
  readonly periodColumns?: readonly PeriodColumn[];
  /**
   * What a tick ("x") under those columns says, when the header's legend tells ("Tình hình gửi báo
   * cáo (x: đã gửi đúng hạn)"): 'onTime'; otherwise a tick says only that the report was sent.
   */
  readonly tickMeans?: 'sent' | 'onTime';
  /**
   * A matrix turned the other way: one row per period ("Tháng 7/2024"), one received-date column
   * per unit, the units written under a "Ngày nhận báo cáo" merged across them ("Xã Đức An | Xã
   * Đức Lâm | Thị trấn Đức Thọ").
   */
  readonly unitColumns?: readonly UnitColumn[];
  /**
   * A log that keeps no day, only what each unit did: an "x" under one of several sub-headers
   * ("Tình hình nộp báo cáo" over "Đúng hạn | Chậm | Chưa gửi", "Đã nộp | Chưa nộp").
   */
  readonly statusTicks?: readonly LogTickColumn[];
  /**
   * A log that keeps no day, only a status in words per unit ("Đã nộp đúng hạn", "Nộp chậm 3
   * ngày", "Chưa nộp"): its status column is all it says of each report.
   */
  readonly statusOnly?: true;
}

export interface LogTickColumn {
  readonly col: number;
  readonly field: LogTickField;
  /** The sub-header as written: what a tick in this column says ("Chậm", "Chưa gửi"). */
  readonly label: string;
  /**
   * The period written over the column's group, when the log keeps a group of ticks per period
   * ("Quý I" over "Đúng hạn | Chậm | Chưa gửi", "Quý II" over the same).
   */
  readonly period?: string;
}

/** What a sending log says of one unit's report, from a tick or a status in words. */
export type SendingState = 'sent' | 'on-time' | 'late' | 'not-sent';

const SENDING_OF: Readonly<Record<LogTickField, SendingState>> = {
  tickSent: 'sent',
  tickOnTime: 'on-time',
  tickLate: 'late',
  tickNotSent: 'not-sent',
};

export const isLogTickField = (field: string): field is LogTickField =>
  (LOG_TICK_FIELDS as readonly string[]).includes(field);

/** What a tick column's sub-header says of the report of a unit ticked there. */
export function sendingOfTick(field: LogTickField): SendingState {
  return SENDING_OF[field];
}

/**
 * What a sending status written in words says ("Đã nộp đúng hạn", "Nộp chậm 3 ngày", "Chưa gửi",
 * "Đã nộp (chậm 2 ngày)"), read with the log's tick wordings; undefined when it names none.
 */
export function sendingOfText(text: string): SendingState | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const field = matchHeader(t, LOG_ALIASES)?.field;
  if (field === undefined || !isLogTickField(field)) return undefined;
  const state = SENDING_OF[field];
  // "Đã nộp (chậm 2 ngày)", "Đã gửi, đúng hạn": the words beside say when
  if (state === 'sent') {
    const how = timelinessOf(t);
    if (how === 'late') return 'late';
    if (how === 'on-time') return 'on-time';
  }
  return state;
}

/** A header naming the deadline of the sending ("Thời hạn gửi chậm nhất", "Hạn nộp"): no tick. */
const NAMES_SENDING_DEADLINE = /\b(?:cham nhat|thoi han|han (?:gui|nop|bao cao)|han chot)\b/;

/** The tick columns a row's cells name, in column order. */
function tickColumnsIn(row: Row | undefined): LogTickColumn[] {
  if (!row) return [];
  const out: LogTickColumn[] = [];
  for (const cell of row.cells) {
    if (typeof cell.value !== 'string') continue;
    const label = cell.text.trim();
    if (NAMES_SENDING_DEADLINE.test(foldText(label))) continue;
    const field = matchHeader(label, LOG_ALIASES)?.field;
    if (field !== undefined && isLogTickField(field)) out.push({ col: cell.col, field, label });
  }
  return out;
}

/**
 * A log that keeps a tick per unit instead of a day: the header (or the row of sub-headers under
 * it, labels only) names two kinds of tick at least ("Đúng hạn | Chậm | Chưa gửi", "Đã nộp | Chưa
 * nộp", "Đúng hạn | Không đúng hạn"). A log with a received-date column is read by its days, never
 * so; a tracker of works ticked "Đã hoàn thành | Chưa hoàn thành" names no sending tick.
 */
export function withStatusTicks(
  header: SimpleHeader<LogField>,
  rows: readonly Row[],
): SimpleHeader<LogField> | undefined {
  if (header.columns.received !== undefined || header.periodColumns || header.unitColumns)
    return undefined;
  const upper = rows.find((r) => r.number === header.row);
  const lower = rows.find((r) => r.number === header.row + 1);
  let ticks = tickColumnsIn(upper);
  let lastRow: number | undefined;
  const unit = header.columns.unit;
  const labelsOnly =
    lower !== undefined &&
    !lower.cells.some((c) => c.value !== null && typeof c.value !== 'string') &&
    (unit === undefined || !lower.cells.some((c) => c.col === unit && c.text.trim() !== ''));
  if (labelsOnly) {
    const under = tickColumnsIn(lower);
    if (new Set(under.map((t) => t.field)).size >= 2) {
      ticks = [...ticks.filter((t) => !under.some((u) => u.col === t.col)), ...under];
      lastRow = lower.number;
    }
  }
  if (new Set(ticks.map((t) => t.field)).size < 2) return undefined;
  ticks.sort((a, b) => a.col - b.col);
  // a group of ticks per period: the period written over each group (merged from its first cell)
  if (lastRow !== undefined && upper) {
    const over = (col: number): string | undefined => {
      for (let c = col; c >= ticks[0]!.col; c--) {
        const text = upper.cells.find((x) => x.col === c)?.text.trim() ?? '';
        if (text !== '') return isMatrixPeriod(text) ? text : undefined;
      }
      return undefined;
    };
    const periods = ticks.map((t) => over(t.col));
    if (periods.every((p) => p !== undefined) && new Set(periods).size >= 2)
      ticks = ticks.map((t, i) => ({ ...t, period: periods[i]! }));
  }
  // the same tick twice with no period to tell them apart: which one speaks cannot be told
  const keys = ticks.map((t) => `${t.period ?? ''}|${t.field}`);
  if (new Set(keys).size < keys.length) return undefined;
  const columns: Partial<Record<LogField, number>> = { ...header.columns };
  for (const f of LOG_TICK_FIELDS) delete columns[f];
  // the group over the ticks ("Tình hình nộp báo cáo") holds no status of its own
  const status = columns.status;
  if (status !== undefined && status >= ticks[0]!.col && status <= ticks[ticks.length - 1]!.col)
    delete columns.status;
  return {
    ...header,
    columns,
    statusTicks: ticks,
    ...(lastRow !== undefined ? { lastRow } : {}),
  };
}

/** Records looked at to tell a sending-status column from a work's status. */
const STATUS_SAMPLE_ROWS = 30;
/** The share of the statuses written that must read as a report sent or not. */
const SENDING_SHARE = 0.6;

/**
 * A log that keeps a status in words per unit and no day ("Đơn vị | Tình hình nộp báo cáo": "Đã
 * nộp đúng hạn", "Nộp chậm 3 ngày", "Chưa nộp"): the statuses written under it read, most of them,
 * as a report sent on time, late or not at all ("Đã hoàn thành", "Đang thực hiện" say nothing of a
 * report). A log with a received-date column is read by its days, never so.
 */
export function withStatusOnly(
  header: SimpleHeader<LogField>,
  rows: readonly Row[],
): SimpleHeader<LogField> | undefined {
  const status = header.columns.status;
  if (
    status === undefined ||
    header.columns.unit === undefined ||
    header.columns.received !== undefined ||
    header.periodColumns ||
    header.unitColumns
  )
    return undefined;
  const texts: string[] = [];
  for (const row of rows) {
    if (row.number <= (header.lastRow ?? header.row)) continue;
    const kind = classifySimpleRow(row, header.columns);
    if (kind === 'footer') break;
    if (kind !== 'record') continue;
    const text = row.cells.find((c) => c.col === status)?.text.trim() ?? '';
    if (text !== '') texts.push(text);
    if (texts.length >= STATUS_SAMPLE_ROWS) break;
  }
  if (texts.length < 2) return undefined;
  const read = texts.filter((t) => sendingOfText(t) !== undefined).length;
  return read / texts.length >= SENDING_SHARE ? { ...header, statusOnly: true } : undefined;
}

export interface UnitColumn {
  readonly col: number;
  /** The unit as written in the sub-header. */
  readonly unit: string;
  /** The sub-header cell, where a finding about the unit's name points. */
  readonly address: string;
}

export interface PeriodColumn {
  readonly col: number;
  /** The period as written in the sub-header: "Quý I", "6 tháng", "Tháng 10/2024". */
  readonly period: string;
}

/**
 * The row among `rows` whose cells name all `required` fields and the most fields, the first of
 * equals (`names`: a pack's own wordings, tried first; `headerRow`: only that row is looked at). A
 * title line that names a unit ("DANH SÁCH CÁC ĐẢNG BỘ CƠ SỞ") loses to the header under it
 * ("TT | Tên đảng bộ cơ sở").
 */
export function detectSimpleHeader<F extends string>(
  rows: readonly Row[],
  vocabulary: CompiledVocabulary<F>,
  required: readonly F[],
  names?: CompiledVocabulary<F>,
  headerRow?: number,
): SimpleHeader<F> | undefined {
  let best: { row: number; columns: Partial<Record<F, number>>; count: number } | undefined;
  for (const row of rows) {
    if (headerRow !== undefined && row.number !== headerRow) continue;
    const columns: Partial<Record<F, number>> = {};
    let count = 0;
    const wordings: Partial<Record<F, string>> = {};
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      const found = matchHeader(cell.text, vocabulary, names);
      if (found === undefined) continue;
      const field = found.field;
      if (columns[field] === undefined) {
        columns[field] = cell.col;
        wordings[field] = cell.text;
        count++;
      } else if (receivedOverSent(field, cell.text, wordings[field])) {
        columns[field] = cell.col;
        wordings[field] = cell.text;
      }
    }
    if (!required.every((f) => columns[f] !== undefined)) continue;
    if (!best || count > best.count) best = { row: row.number, columns, count };
  }
  return best && { row: best.row, columns: best.columns };
}

/**
 * A log that keeps both the day a report was sent and the day it came in ("Ngày gửi | Ngày nhận",
 * "Ngày nộp | Ngày tiếp nhận") is judged on the day it came in: a header of the receiving side
 * takes the received column from one of the sending side, whichever stands first.
 */
const SENDING_SIDE = /(?:^| )(?:gui|nop)(?: |$)/;
const RECEIVING_SIDE = /(?:^| )(?:nhan|tiep nhan|den)(?: |$)/;

function receivedOverSent(field: string, header: string, taken: string | undefined): boolean {
  if (field !== 'received' || taken === undefined) return false;
  const side = (text: string) => {
    const f = foldText(text);
    return RECEIVING_SIDE.test(f) ? 'in' : SENDING_SIDE.test(f) ? 'out' : undefined;
  };
  return side(header) === 'in' && side(taken) === 'out';
}

/** The roster of reporting units ("STT | Tên đơn vị | Khối"). */
export const ROSTER_ALIASES = vocabularyOf('roster');
/** The log of received reports, or an e-office register of incoming documents. */
export const LOG_ALIASES = vocabularyOf('reports');

/** A row's cells by field, under a simple header. */
export function cellsByField<F extends string>(
  row: Row,
  header: SimpleHeader<F>,
): Partial<Record<F, { text: string; value: Row['cells'][number]['value']; address: string }>> {
  const out: Partial<
    Record<F, { text: string; value: Row['cells'][number]['value']; address: string }>
  > = {};
  for (const [field, col] of Object.entries(header.columns) as Array<[F, number]>) {
    const cell = row.cells.find((c) => c.col === col);
    if (cell && (cell.value !== null || cell.text.trim() !== '')) {
      out[field] = {
        text: cell.text.trim(),
        value: cell.value,
        address: cellAddress(row.number, col),
      };
    }
  }
  return out;
}

/** Periods as the sub-headers of a matrix log write them, besides the dated forms. */
const MATRIX_PERIOD = /^(?:bao cao )?(?:(?:3|6|9|12) thang(?: dau nam| cuoi nam)?|nam|ca nam)$/;

/**
 * A report log kept as a matrix: the row under the header holds periods under the received-date
 * column and the empty cells a merge leaves right of it ("Ngày nhận báo cáo" over "Quý I | 6 tháng
 * | Quý III"). Each of those columns is then the received date of its period. The row under must be
 * labels only (no unit in the unit column, no number or date) and give at least two periods;
 * otherwise the header is returned as it was.
 */
export function withReceivedByPeriod(
  header: SimpleHeader<LogField>,
  rows: readonly Row[],
): SimpleHeader<LogField> {
  // the received days, or the status marks ("Tình hình gửi báo cáo" over the months, "x" under them)
  const received = header.columns.received ?? header.columns.status;
  const unit = header.columns.unit;
  const upper = rows.find((r) => r.number === header.row);
  const lower = rows.find((r) => r.number === header.row + 1);
  if (received === undefined || !upper || !lower) return header;
  if (lower.cells.some((c) => c.value !== null && typeof c.value !== 'string')) return header;
  const text = (row: Row, col: number) => row.cells.find((c) => c.col === col)?.text.trim() ?? '';
  if (unit !== undefined && text(lower, unit) !== '') return header;
  const groupText = text(upper, received);
  const periods: PeriodColumn[] = [];
  for (let col = received; col < received + 60; col++) {
    const over = text(upper, col);
    if (col > received && over !== '' && over !== groupText) break;
    const under = text(lower, col);
    if (!isMatrixPeriod(under)) break;
    periods.push({ col, period: under });
  }
  if (periods.length < 2) return header;
  // the legend of the marks: "(x: đã gửi đúng hạn)"
  const legend = /\(\s*x\s*[:=]\s*([^)]*)\)/i.exec(groupText)?.[1];
  const tickMeans =
    legend !== undefined && /\bdung han\b/.test(foldText(legend)) ? 'onTime' : 'sent';
  return { ...header, lastRow: lower.number, periodColumns: periods, tickMeans };
}

/**
 * A log whose rows are the periods ("Kỳ báo cáo": "Tháng 7/2024" …) and whose received dates stand
 * in one column per unit, the units' names under a group merged across them ("Ngày nhận báo cáo"
 * over "Xã Đức An | Xã Đức Lâm | Thị trấn Đức Thọ"). The row under must be labels only, giving at
 * least two names that read as units; otherwise the header is returned as it was.
 */
export function withReceivedByUnit(
  header: SimpleHeader<LogField>,
  rows: readonly Row[],
): SimpleHeader<LogField> {
  const received = header.columns.received;
  if (received === undefined || header.columns.period === undefined) return header;
  if (header.columns.unit !== undefined) return header;
  const upper = rows.find((r) => r.number === header.row);
  const lower = rows.find((r) => r.number === header.row + 1);
  if (!upper || !lower) return header;
  if (lower.cells.some((c) => c.value !== null && typeof c.value !== 'string')) return header;
  const text = (row: Row, col: number) => row.cells.find((c) => c.col === col)?.text.trim() ?? '';
  if (text(lower, header.columns.period) !== '') return header;
  const groupText = text(upper, received);
  const spelled = spelledOutBelow(
    rows,
    lower.number,
    lower.cells.filter((c) => c.col >= received).map((c) => c.text.trim()),
  );
  const units: UnitColumn[] = [];
  for (let col = received; col < received + 60; col++) {
    const over = text(upper, col);
    if (col > received && over !== '' && over !== groupText) break;
    const under = text(lower, col);
    // a unit written short ("H.Thành") is the one the note under the table spells out
    const unit =
      spelled.get(under) ?? (under !== '' && looksLikeAgencyName(under) ? under : undefined);
    if (unit === undefined) break;
    units.push({ col, unit, address: cellAddress(lower.number, col) });
  }
  if (units.length < 2) return header;
  return { ...header, lastRow: lower.number, unitColumns: units };
}

/** A label written short: a letter and a dot before a word ("H.Thành", "TT Y.Thành"), or initials. */
const SHORT_LABEL = /\p{L}\.\s*\p{Lu}|^\p{Lu}{2,6}$/u;
/** What a short label spells out as: a few words, no figure ("Hoa Thành", "thị trấn Yên Thành"). */
const SPELLED_OUT = /^[\p{L}][\p{L}\s.'-]{1,60}$/u;

/**
 * What a note under a table spells its short column labels out as ("Ghi chú: H.Thành - Hoa
 * Thành; L.Thành - Lăng Thành; TT Y.Thành - thị trấn Yên Thành."): each label written in a row
 * below `after`, followed by "-", "–", "=" or ":" and the words up to the next ";", "," or the end.
 */
function spelledOutBelow(
  rows: readonly Row[],
  after: number,
  labels: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = labels.filter((l) => SHORT_LABEL.test(l));
  if (wanted.length === 0) return out;
  const notes = rows
    .filter((r) => r.number > after)
    .flatMap((r) => r.cells.map((c) => c.text.normalize('NFC')))
    .filter((t) => t.length > 0);
  for (const label of wanted) {
    const escaped = label.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(
      `(?:^|[\\s;,:(])${escaped}\\s*[-–=:]\\s*(\\p{L}[^;,()\\n]*?)\\s*(?:[;,()\\n]|\\.?\\s*$)`,
      'u',
    );
    for (const note of notes) {
      const m = re.exec(note);
      const spelledOut = m?.[1]!.trim();
      if (spelledOut !== undefined && SPELLED_OUT.test(spelledOut)) {
        out.set(label, spelledOut);
        break;
      }
    }
  }
  return out;
}

function isMatrixPeriod(text: string): boolean {
  if (text === '') return false;
  return isPeriodOnly(text) || MATRIX_PERIOD.test(foldText(text));
}
