/**
 * The report log handler: the lines of a received-reports log ("Sổ nhận báo cáo": unit, report,
 * period, date received), kept for the workbook's report check, which matches them to the pack's
 * report obligations once every sheet is read. A log with no period column may give the period in
 * a section row above its lines ("KỲ BÁO CÁO THÁNG 10/2024", "Quý I/2024"): each line under it is
 * for that period.
 *
 * A log that keeps no day, only what each unit did (an "x" under "Đúng hạn | Chậm | Chưa gửi", or
 * a status in words: "Nộp chậm 3 ngày"), gives each line what it says of the report (`sending`);
 * its period is the one its caption, title or tick group names ("… QUÝ III NĂM 2024").
 */
import { parsePeriod, periodKey } from '../calendar/period.js';
import { cellAddress, type Row, type SheetInfo } from '../model/sheet.js';
import {
  cellsByField,
  sendingOfText,
  sendingOfTick,
  type LogField,
  type SendingState,
  type SimpleHeader,
} from '../table/simple-headers.js';
import { classifySimpleRow } from '../table/simple-rows.js';
import { tickWords } from '../vi/status.js';
import { foldText, writtenWithoutMarks } from '../vi/text.js';
import type { SheetResult } from './result.js';
import { titleYear } from './sheet-year.js';
import type { SkipLog } from './understanding.js';
import type { LogLine, TableHandler, WorkbookState } from './workbook-state.js';

export function reportLogTable(
  wb: WorkbookState,
  info: SheetInfo,
  header: SimpleHeader<LogField>,
  pending: readonly Row[],
  /** Where skipped rows are counted, when the check explains itself. */
  skips?: SkipLog,
): TableHandler {
  let rows = 0;
  let ended = false;
  const year = titleYear(pending, header.row);
  wb.logFound = true;
  const periodFromSections = header.columns.period === undefined && !header.periodColumns;
  const periodUnit =
    header.columns.period !== undefined
      ? periodUnitOfHeader(pending, header, header.columns.period)
      : undefined;
  /** The period of the last section row that names one, for the lines under it. */
  // a log that keeps no day is a table of one period, named in its caption, its title or over
  // its ticks ("TÌNH HÌNH NỘP BÁO CÁO QUÝ III NĂM 2024", "Tình hình gửi báo cáo tháng 10/2024")
  const sending = header.statusTicks !== undefined || header.statusOnly === true;
  let sectionPeriod: string | undefined = periodFromSections
    ? (captionPeriodAbove(pending, header.row, year) ??
      (sending ? titlePeriodAbove(pending, header.lastRow ?? header.row, year) : undefined))
    : undefined;
  const statusIsMatrix =
    header.periodColumns?.some((p) => p.col === header.columns.status) === true;
  function push(row: Row): void {
    if (row.number <= (header.lastRow ?? header.row)) return;
    if (ended) {
      skips?.add(row, 'footer');
      return;
    }
    // a row per period, a column per unit: the period is the row's main cell
    const kind = classifySimpleRow(
      row,
      header.unitColumns ? { ...header.columns, unit: header.columns.period } : header.columns,
    );
    if (kind === 'footer') ended = true;
    if (kind !== 'record') {
      if (kind === 'section' && periodFromSections) {
        const text = sectionPeriodText(row, year);
        if (text !== undefined) sectionPeriod = text;
      }
      skips?.add(row, kind);
      return;
    }
    const cells = cellsByField(row, header);
    if (header.unitColumns && cells.period) {
      rows++;
      for (const u of header.unitColumns) {
        const cell = row.cells.find((c) => c.col === u.col);
        const received =
          cell && (cell.value !== null || cell.text.trim() !== '')
            ? { value: cell.value, text: cell.text.trim(), address: cellAddress(row.number, u.col) }
            : undefined;
        wb.log.push({
          unit: u.unit,
          report: '',
          period: cells.period.text,
          number: '',
          status: '',
          note: '',
          sheet: info.name,
          row: row.number,
          unitAddress: u.address,
          ...(year !== undefined ? { year } : {}),
          received,
          receivedAddress: cellAddress(row.number, u.col),
        });
      }
      return;
    }
    if (!cells.unit) return;
    rows++;
    const line = {
      unit: cells.unit.text,
      report: cells.report?.text ?? '',
      period:
        (cells.period ? withPeriodUnit(cells.period.text, periodUnit) : undefined) ??
        sectionPeriod ??
        periodInReportName(cells.report?.text) ??
        '',
      number: cells.number?.text ?? '',
      // (a status header over the periods heads a matrix of marks: its first cell is no status)
      status: statusIsMatrix ? '' : (cells.status?.text ?? ''),
      note: cells.note?.text ?? '',
      sheet: info.name,
      row: row.number,
      unitAddress: cells.unit.address,
      ...(year !== undefined ? { year } : {}),
    };
    const receivedAt = (col: number) => {
      const cell = row.cells.find((c) => c.col === col);
      return cell && (cell.value !== null || cell.text.trim() !== '')
        ? { value: cell.value, text: cell.text.trim(), address: cellAddress(row.number, col) }
        : undefined;
    };
    if (sending) {
      // a group of ticks per period ("Quý I", "Quý II" over "Đúng hạn | Chậm | Chưa gửi"): a line
      // per period, each read from its own ticks
      const periods = header.statusTicks
        ? [...new Set(header.statusTicks.map((t) => t.period))]
        : [undefined];
      for (const period of periods) {
        const own =
          period === undefined
            ? header
            : { ...header, statusTicks: header.statusTicks!.filter((t) => t.period === period) };
        wb.log.push({
          ...line,
          ...(period !== undefined ? { period } : {}),
          received: undefined,
          ...sendingLine(row, own, line.status),
        });
      }
      return;
    }
    if (header.periodColumns) {
      // A matrix row: one line per period. Its note or status speaks of the one period whose cell
      // is empty ("Chưa gửi"), when only one is; otherwise of none.
      const empty = header.periodColumns.filter((p) => receivedAt(p.col) === undefined);
      for (const p of header.periodColumns) {
        const received = receivedAt(p.col);
        const speaksOf = empty.length === 1 && empty[0] === p;
        // a mark instead of a day: "x" (sent; on time when the legend says so), "x (chậm)" (late)
        const words = received !== undefined ? tickWords(received.text) : undefined;
        const marked =
          words === undefined
            ? undefined
            : words !== ''
              ? // what is said of it read as typed: "x (cham)" with no marks is "Da gui (cham)"
                `${writtenWithoutMarks(words) ? 'Da gui' : 'Đã gửi'} (${words})`
              : header.tickMeans === 'onTime'
                ? 'Đã gửi đúng hạn'
                : 'Đã gửi';
        wb.log.push({
          ...line,
          period: p.period,
          status: marked ?? (speaksOf ? line.status : ''),
          note: speaksOf ? line.note : '',
          received: marked !== undefined ? undefined : received,
          receivedAddress: cellAddress(row.number, p.col),
        });
      }
      return;
    }
    wb.log.push({
      ...line,
      received:
        header.columns.received !== undefined ? receivedAt(header.columns.received) : undefined,
      ...(header.columns.received !== undefined
        ? { receivedAddress: cellAddress(row.number, header.columns.received) }
        : {}),
    });
  }
  function finish(): SheetResult {
    return { name: info.name, state: info.state, table: 'reports', tasks: rows };
  }
  for (const r of pending) push(r);
  return { push, finish };
}

/** A cell that marks a tick column: "x", "✓", "1", "x (3 ngày)"; not "0", "-" or "không". */
const NO_MARK = /^(?:0|-|–|—|khong|k)$/;

/**
 * What a line of a log that keeps no day says of its unit's report: the tick columns marked (one
 * meaning, or meanings that agree: "Đã nộp" and "Đúng hạn"), or its status in words; a line with no
 * mark, with marks that disagree or a status that says no sending is unread, with why.
 */
function sendingLine(
  row: Row,
  header: SimpleHeader<LogField>,
  status: string,
): Pick<LogLine, 'sending' | 'status' | 'receivedAddress'> {
  const ticks = header.statusTicks;
  if (!ticks) {
    const col = header.columns.status!;
    const at = { receivedAddress: cellAddress(row.number, col) };
    const state = sendingOfText(status);
    if (state !== undefined) return { ...at, status, sending: { state } };
    return {
      ...at,
      status,
      sending: {
        state: 'unread',
        why:
          status === ''
            ? {
                vi: 'cột tình hình gửi báo cáo để trống',
                en: 'the sending-status column is blank',
              }
            : {
                vi: `tình hình ghi "${status}", không rõ đã gửi hay chưa`,
                en: `the status says "${status}", which tells neither sent nor not sent`,
              },
      },
    };
  }
  const marked = ticks.filter((t) => {
    const text = row.cells.find((c) => c.col === t.col)?.text.trim() ?? '';
    return text !== '' && !NO_MARK.test(foldText(text));
  });
  const labels = ticks.map((t) => `"${t.label}"`).join(', ');
  const first = marked[0] ?? ticks[0]!;
  const at = { receivedAddress: cellAddress(row.number, first.col) };
  if (marked.length === 0)
    return {
      ...at,
      status: '',
      sending: {
        state: 'unread',
        why: {
          vi: `không đánh dấu ở cột nào (${labels})`,
          en: `no mark in any of the columns ${labels}`,
        },
      },
    };
  const state = agreeing(marked.map((t) => sendingOfTick(t.field)));
  const said = marked.map((t) => t.label).join(', ');
  if (state === undefined) {
    const both = marked.map((t) => `"${t.label}"`).join(' và ');
    return {
      ...at,
      status: said,
      sending: {
        state: 'unread',
        why: { vi: `đánh dấu cả ${both}`, en: `marked under both ${both}` },
      },
    };
  }
  return { ...at, status: said, sending: { state } };
}

/** One meaning of several marks: "Đã nộp" with "Chậm" is late; "Đúng hạn" with "Chậm" is none. */
function agreeing(states: readonly SendingState[]): SendingState | undefined {
  const set = new Set(states);
  if (set.size > 1) set.delete('sent');
  if (set.size !== 1) return undefined;
  return [...set][0];
}

/**
 * The one period finer than a year the title block above a log's rows names, its header included
 * ("TÌNH HÌNH NỘP BÁO CÁO QUÝ III NĂM 2024", "Tháng 10 năm 2024", "Tình hình gửi báo cáo tháng
 * 10/2024" over the ticks); a line giving a day ("Đức Thọ, ngày 15 tháng 11 năm 2024", "… ngày
 * 05/10/2024") names none. Several periods named: none.
 */
function titlePeriodAbove(
  pending: readonly Row[],
  lastHeaderRow: number,
  year: number | undefined,
): string | undefined {
  const found = new Map<string, string>();
  const context = year !== undefined ? { defaultYear: year } : {};
  for (const row of pending) {
    if (row.number > lastHeaderRow) break;
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      const text = cell.text.trim();
      if (text === '' || text.length > 200 || /\bngay\s+\d/.test(foldText(text))) continue;
      const named = periodInReportName(text);
      const period = named !== undefined ? parsePeriod(named, context) : undefined;
      if (period && period.kind !== 'year') found.set(periodKey(period), named!);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The report's name when it says which period it covers ("BC tháng 9", "Báo cáo quý III/2024"): a
 * log with no period column tells a unit's monthly reports apart by their names.
 */
export function periodInReportName(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  // any year will do to ask whether a period is named; the line's own context reads it later
  const any = { defaultYear: 2000 };
  const whole = text.trim();
  if (parsePeriod(whole, any)) return whole;
  // a register's summary that ends with its period ("Báo cáo công tác QP, QSĐP tháng 9/2024",
  // "Báo cáo kết quả thực hiện nhiệm vụ quý III/2024"): the period, when the name gives one only
  const words = whole.split(/\s+/);
  const found = new Map<string, string>();
  for (let i = 1; i < words.length; i++) {
    const opening = foldText(words[i]!);
    const countOfMonths = /^(?:3|6|9|sau|chin)$/.test(opening);
    if (countOfMonths ? foldText(words[i + 1] ?? '') !== 'thang' : !PERIOD_OPENING.test(opening))
      continue;
    for (let j = Math.min(words.length, i + PERIOD_MAX_WORDS); j > i; j--) {
      const span = words
        .slice(i, j)
        .join(' ')
        .replace(/[,.;:)]+$/u, '');
      const p = parsePeriod(span, any);
      if (!p) continue;
      found.set(periodKey(p), span);
      i = j - 1;
      break;
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * Words a period opens with in a report's name: "tháng 9/2024", "quý III", "năm 2024", "T9/2024",
 * "Q3/2024" (and a count of months before "tháng": "6 tháng đầu năm 2024").
 */
const PERIOD_OPENING = /^(?:thang|quy|nam|t\d|q\d)/;
const PERIOD_MAX_WORDS = 6;

/**
 * The kind of period a log's period column counts in, when its header names one ("Quý", "Kỳ báo
 * cáo (tháng)", "Tháng báo cáo"): its cells may then hold the number alone ("I", "II", "3"), the
 * year being the title's ("SỔ NHẬN BÁO CÁO QUÝ NĂM 2024").
 */
function periodUnitOfHeader(
  pending: readonly Row[],
  header: SimpleHeader<LogField>,
  col: number,
): 'quarter' | 'month' | undefined {
  const words = new Set<string>();
  for (const row of pending) {
    if (row.number < header.row || row.number > (header.lastRow ?? header.row)) continue;
    const cell = row.cells.find((c) => c.col === col);
    if (cell) for (const w of foldText(cell.text).split(/\s+/)) words.add(w);
  }
  const quarter = words.has('quy');
  const month = words.has('thang');
  if (quarter === month) return undefined;
  return quarter ? 'quarter' : 'month';
}

/**
 * A period cell holding the number alone under a header that names the kind ("II" under "Quý",
 * "10" under "Tháng"): that quarter or month, the year left to the title; any other text as written.
 */
function withPeriodUnit(text: string, unit: 'quarter' | 'month' | undefined): string {
  const t = text.trim();
  if (unit === 'quarter' && /^(?:I{1,3}|IV|[1-4])$/iu.test(t)) return `Quý ${t.toUpperCase()}`;
  if (unit === 'month' && /^(?:[1-9]|1[0-2])$/u.test(t)) return `Tháng ${t}`;
  return text;
}

/** A section row's text when it names a period ("KỲ BÁO CÁO THÁNG 9/2024", "II. Quý II/2024"). */
function sectionPeriodText(row: Row, year: number | undefined): string | undefined {
  return sectionPeriodOf(row, year)?.text;
}

function sectionPeriodOf(
  row: Row,
  year: number | undefined,
): { text: string; period: NonNullable<ReturnType<typeof parsePeriod>> } | undefined {
  const text = row.cells
    .map((c) => c.text.trim())
    .filter((t) => t !== '')
    .join(' ')
    .replace(/^(?:[IVXLC]+|[A-ZĐ]|\d{1,2})[.)]\s+/u, '');
  const period = parsePeriod(text, year !== undefined ? { defaultYear: year } : {});
  return period ? { text, period } : undefined;
}

/**
 * The caption right above the header, on a line of its own, that names the period of the lines
 * under it ("1. Báo cáo quý II/2024" over the first of two tables, one per quarter): a period
 * finer than a year, as the title above names the year of the whole log.
 */
function captionPeriodAbove(
  pending: readonly Row[],
  headerRow: number,
  year: number | undefined,
): string | undefined {
  const above = pending.filter(
    (r) => r.number < headerRow && r.cells.some((c) => c.text.trim() !== ''),
  );
  const caption = above[above.length - 1];
  if (!caption || headerRow - caption.number > 2) return undefined;
  if (caption.cells.filter((c) => c.text.trim() !== '').length !== 1) return undefined;
  const found = sectionPeriodOf(caption, year);
  return found && found.period.kind !== 'year' ? found.text : undefined;
}
