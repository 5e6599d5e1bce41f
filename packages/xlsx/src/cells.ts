/**
 * exceljs cell values → the core's neutral CellValue. Pure: no Node imports, no exceljs runtime
 * import, so the browser add-in can run it on a workbook loaded with `workbook.xlsx.load(buffer)`.
 *
 * Both exceljs readers (streaming and full) and every date system reduce a date to an Excel serial
 * number first and then to a PlainDate, so the two readers give the same model and the local time
 * zone never matters.
 */
import {
  cellAddress,
  formatViDate,
  fromExcelSerial,
  type Cell,
  type CellValue,
  type Row,
} from '@dondoc/core';

/** Which date system the workbook uses, and which one exceljs assumed when it built Date values. */
export interface DateSystem {
  /** True for the 1904 date system (workbookPr date1904="1" or "true"). */
  readonly date1904: boolean;
  /**
   * The flag exceljs used to turn serials into JS Dates, when it differs from `date1904`
   * (exceljs only recognises date1904="1", not "true"). Defaults to `date1904`.
   */
  readonly readerDate1904?: boolean;
}

/** The parts of an exceljs Cell this module reads (both readers' cells have them). */
export interface ExcelJsCellLike {
  readonly col: number;
  readonly value: unknown;
  readonly numFmt?: string | undefined;
  /**
   * A formula's cached result. Read it from here, not from `value`: exceljs's `value` getter drops
   * falsy results, so a formula showing 0, FALSE or "" would look like one with no cached value.
   */
  readonly result?: unknown;
}

/** The parts of an exceljs Row this module reads. */
export interface ExcelJsRowLike {
  readonly number: number;
  readonly hidden?: boolean;
  eachCell(
    options: { includeEmpty: boolean },
    callback: (cell: ExcelJsCellLike, col: number) => void,
  ): void;
}

export interface ConvertedValue {
  readonly value: CellValue;
  readonly text: string;
  readonly formula?: boolean;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 system
const DAYS_1900_TO_1904 = 1_462;

// Same set as core's normalizeText, minus the whitespace collapsing: tabs and line breaks stay.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\ufeff]/g;

/**
 * Cell text as the user typed it: OOXML `_xHHHH_` escapes decoded, Unicode NFC (Vietnamese typed
 * with combining marks becomes precomposed), control and zero-width characters removed. Spaces and
 * line breaks inside the value are kept as they are.
 */
export function cleanText(input: string): string {
  if (isCleanText(input)) return input;
  return input
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFC')
    .replace(CONTROL, '');
}

/**
 * True when cleanText would give `input` back unchanged, known from one look at each code unit:
 * no "_" (no escape can start), no control or zero-width character, and only characters that
 * are NFC whatever follows them: below U+0300 (before the combining marks), precomposed Latin
 * letters (U+1E00–U+1EFF: every Vietnamese letter with its marks) and the dashes, quotes and
 * ellipsis of U+2010–U+2027. Most cells are such text, and skip the three passes.
 */
function isCleanText(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    } else if (c < 0x7f) {
      if (c === 0x5f) return false; // _
    } else if (c < 0xa0) return false;
    else if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2010 || c > 0x2027)) return false;
  }
  return true;
}

/** The first section of a number format with quoted text, [brackets] and escapes removed. */
function formatCodes(numFmt: string): string {
  const section = splitSections(numFmt)[0] ?? '';
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1') // elapsed time, e.g. [h]:mm
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
}

function splitSections(numFmt: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (numFmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/**
 * formatCodes(numFmt) in lower case, once per distinct format: a workbook has a handful of
 * formats and every number cell asks what its format shows.
 */
const LOWER_CODES = new Map<string, string>();
function lowerCodes(numFmt: string): string {
  let codes = LOWER_CODES.get(numFmt);
  if (codes === undefined) {
    codes = formatCodes(numFmt).toLowerCase();
    if (LOWER_CODES.size >= 1024) LOWER_CODES.clear();
    LOWER_CODES.set(numFmt, codes);
  }
  return codes;
}

/** True for formats that show a calendar date (d, y, or months without a time), e.g. "dd/mm/yyyy", "mmm-yy". */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = lowerCodes(numFmt);
  if (/[dy]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}

/** True for time-only formats such as "hh:mm" or "[h]:mm:ss". */
export function isTimeFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return !isDateFormat(numFmt) && hasTime(numFmt);
}

function hasTime(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /[hs]/.test(lowerCodes(numFmt));
}

function hasSeconds(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /s/.test(lowerCodes(numFmt));
}

/** Decimal places of a percent format: "0.0%" → 1, "0%" → 0; undefined when not a percent format. */
function percentDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const codes = (splitSections(numFmt)[0] ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (!codes.includes('%')) return undefined;
  const m = /\.([0#?]+)/.exec(codes);
  return m ? m[1]!.length : 0;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function timeText(serial: number, withSeconds: boolean): string {
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  const hh = pad2(Math.floor(seconds / 3600));
  const mm = pad2(Math.floor((seconds % 3600) / 60));
  return withSeconds ? `${hh}:${mm}:${pad2(seconds % 60)}` : `${hh}:${mm}`;
}

/** A number as Excel's "General" shows it: at most 15 significant digits (0.1+0.2 → "0.3"). */
function generalText(n: number): string {
  // an integer of at most 15 digits is already as Excel shows it
  if (Number.isInteger(n) && n < 1e15 && n > -1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** What the user sees for a number: percent formats in Vietnamese style ("84,3%"), otherwise the plain number. */
export function numberText(n: number, numFmt: string | undefined): string {
  const decimals = percentDecimals(numFmt);
  if (decimals !== undefined) return `${(n * 100).toFixed(decimals).replace('.', ',')}%`;
  return generalText(n);
}

/**
 * A serial number in a date or time format. Rounded to the second first, so a serial a hair
 * below midnight (floating-point noise from a JS Date) still lands on the right day.
 */
function serialValue(
  serial: number,
  numFmt: string | undefined,
  date1904: boolean,
): ConvertedValue {
  const rounded = Math.round(serial * 86_400) / 86_400;
  if (isTimeFormat(numFmt) || rounded < 1) {
    return {
      value: serial,
      text: isTimeFormat(numFmt) ? timeText(rounded, hasSeconds(numFmt)) : generalText(serial),
    };
  }
  const date = fromExcelSerial(rounded, date1904);
  if (!date) return { value: serial, text: generalText(serial) };
  const fraction = rounded - Math.floor(rounded);
  const text =
    hasTime(numFmt) && fraction > 0
      ? `${formatViDate(date)} ${timeText(rounded, hasSeconds(numFmt))}`
      : formatViDate(date);
  return { value: { kind: 'date', date }, text };
}

/** A JS Date made by exceljs → the serial it came from (exceljs builds Dates in UTC from the serial). */
function dateToSerial(d: Date, readerDate1904: boolean): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (readerDate1904 ? DAYS_1900_TO_1904 : 0);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richTextOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isRecord(v) && Array.isArray(v.richText)) {
    return v.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return undefined;
}

function stringValue(s: string): ConvertedValue | undefined {
  const text = cleanText(s);
  if (text.trim() === '') return undefined;
  return { value: text, text };
}

/**
 * Converts one exceljs cell value. Returns undefined for a cell that shows nothing (no value, an
 * empty or blank string, a formula whose cached result is the empty string).
 */
export function convertValue(
  raw: unknown,
  numFmt: string | undefined,
  system: DateSystem,
): ConvertedValue | undefined {
  const readerDate1904 = system.readerDate1904 ?? system.date1904;
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return stringValue(raw);
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (typeof raw === 'number') {
    // NaN is what the streaming reader makes of an error result it could not read (see stream.ts).
    if (!Number.isFinite(raw))
      return { value: { kind: 'error', code: '#VALUE!' }, text: '#VALUE!' };
    if (isDateFormat(numFmt) || isTimeFormat(numFmt))
      return serialValue(raw, numFmt, system.date1904);
    return { value: raw, text: numberText(raw, numFmt) };
  }
  if (raw instanceof Date) {
    const serial = dateToSerial(raw, readerDate1904);
    if (!Number.isFinite(serial)) return undefined;
    return serialValue(serial, numFmt ?? 'dd/mm/yyyy', system.date1904);
  }
  if (!isRecord(raw)) return { value: String(raw), text: String(raw) };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = raw.result;
    if (result === undefined || result === null) return { value: null, text: '', formula: true };
    const converted = convertValue(result, numFmt, system);
    return converted ? { ...converted, formula: true } : undefined;
  }
  if (typeof raw.error === 'string')
    return { value: { kind: 'error', code: raw.error }, text: raw.error };
  if ('richText' in raw) {
    const text = richTextOf(raw);
    return text === undefined ? undefined : stringValue(text);
  }
  if ('hyperlink' in raw) {
    const text = richTextOf(raw.text);
    if (text !== undefined && text.trim() !== '') return stringValue(text);
    return typeof raw.hyperlink === 'string' ? stringValue(raw.hyperlink) : undefined;
  }
  return undefined;
}

/** Number formats worth keeping on a cell ("General" says nothing). */
function keptNumFmt(numFmt: string | undefined): string | undefined {
  return numFmt && numFmt !== 'General' ? numFmt : undefined;
}

/** One exceljs cell → a model Cell, or undefined when it shows nothing. */
export function convertCell(cell: ExcelJsCellLike, system: DateSystem): Cell | undefined {
  const numFmt = keptNumFmt(cell.numFmt);
  let raw = cell.value;
  if (isRecord(raw) && ('formula' in raw || 'sharedFormula' in raw) && cell.result !== undefined) {
    // (the streaming reader's shared-formula dependents are plain objects: their result stays in value)
    raw = { ...raw, result: cell.result };
  }
  const converted = convertValue(raw, numFmt, system);
  if (!converted) return undefined;
  return {
    col: cell.col,
    value: converted.value,
    text: converted.text,
    ...(numFmt === undefined ? {} : { numFmt }),
    ...(converted.formula ? { formula: true } : {}),
  };
}

/**
 * One exceljs row → a model Row (cells sorted by column, empty ones left out), or undefined when
 * nothing in it shows. `skip` leaves out cells, e.g. the covered cells of a merged range.
 */
export function rowFromExcelJsRow(
  row: ExcelJsRowLike,
  system: DateSystem,
  options: {
    hidden?: boolean;
    skip?: (cell: ExcelJsCellLike) => boolean;
    /** Replaces a cell before conversion (the streaming reader's typed formula results). */
    adjust?: (cell: ExcelJsCellLike) => ExcelJsCellLike;
  } = {},
): Row | undefined {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (options.skip?.(cell)) return;
    const converted = convertCell(options.adjust ? options.adjust(cell) : cell, system);
    if (converted) cells.push(converted);
  });
  if (cells.length === 0) return undefined;
  cells.sort((a, b) => a.col - b.col);
  const hidden = options.hidden ?? row.hidden ?? false;
  return hidden ? { number: row.number, cells, hidden: true } : { number: row.number, cells };
}

/** Cached formula results whose type exceljs loses: cell address → 'e' (error) or 'b' (boolean). */
export type TypedResults = ReadonlyMap<string, { readonly type: 'b' | 'e'; readonly text: string }>;

/**
 * For one row, a cell adjuster that puts back the typed cached result of a formula (an error such
 * as #N/A, or TRUE/FALSE) where exceljs read it as NaN, 1/0 or nothing; undefined when none apply.
 */
export function typedResultAdjuster(
  typed: TypedResults | undefined,
  rowNumber: number,
): ((cell: ExcelJsCellLike) => ExcelJsCellLike) | undefined {
  if (!typed || typed.size === 0) return undefined;
  return (cell) => {
    const t = typed.get(cellAddress(rowNumber, cell.col));
    if (!t) return cell;
    const result = t.type === 'e' ? { error: t.text } : t.text.trim() !== '0';
    return { col: cell.col, numFmt: cell.numFmt, value: cell.value, result };
  };
}
