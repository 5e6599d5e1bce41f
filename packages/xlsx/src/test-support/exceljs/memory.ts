/**
 * Whole workbooks in memory through exceljs's full reader: the browser add-in's path (exceljs's
 * `Workbook` works in browsers) and the Node reader's path for small files. No Node imports.
 */
import ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import type { CellRange, Row, Sheet } from '@dondoc/core';
import {
  rowFromExcelJsRow,
  type DateSystem,
  type ExcelJsCellLike,
  type ExcelJsRowLike,
  typedResultAdjuster,
  type TypedResults,
} from '../../cells.js';
import { errorDetail, readError, WorkbookReadError } from '../../errors.js';
import { isSuspiciousRatio, MAX_IN_MEMORY_UNCOMPRESSED_BYTES } from '../../limits.js';
import { parseRange, sortRanges } from '../../ranges.js';
import { scanSheetXml } from './sheet-scan.js';
import { ole2Kind, sniffHead } from '../../sniff.js';
import { parseWorkbookXml } from '../../workbook-xml.js';
import { hasDrawings, withoutDrawings, zipEntries, zipParts } from '../../zip-parts.js';

/** A cell typed as an error or a boolean (t="e", t="b"), as the sheet scanner looks for them. */
const TYPED_ATTRIBUTE = /\bt\s*=\s*["'][be]["']/;

/**
 * What exceljs's full reader gets wrong and the package's own XML says: the date system as written
 * (date1904="true" too) and formulas' cached error and boolean results, per sheet.
 */
function packageFacts(
  bytes: Uint8Array,
  fileName: string,
): { system: DateSystem; typedByName: Map<string, TypedResults>; names: string[] } {
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    throw readError('corrupt', fileName, { detail: errorDetail(error) });
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  const bomb = entries.some((e) => isSuspiciousRatio(e.size, e.originalSize));
  if (total > MAX_IN_MEMORY_UNCOMPRESSED_BYTES || bomb) throw readError('too-large', fileName);
  let parts;
  try {
    parts = zipParts(
      bytes,
      (n) =>
        n === 'xl/workbook.xml' ||
        n === 'xl/_rels/workbook.xml.rels' ||
        n.startsWith('xl/worksheets/'),
    );
  } catch (error) {
    throw readError('corrupt', fileName, { detail: errorDetail(error) });
  }
  const workbookXml = parts['xl/workbook.xml'];
  const names = entries.map((e) => e.name);
  if (!workbookXml) return { system: { date1904: false }, typedByName: new Map(), names };
  const rels = parts['xl/_rels/workbook.xml.rels'];
  const info = parseWorkbookXml(strFromU8(workbookXml), rels ? strFromU8(rels) : undefined);
  const typedByName = new Map<string, TypedResults>();
  for (const sheet of info.sheets) {
    const xml = sheet.part ? parts[sheet.part] : undefined;
    if (!xml) continue;
    // Latin-1 decoding keeps offsets cheap; the scanner only reads ASCII markup and error codes.
    const text = strFromU8(xml, true);
    // Most sheets have no error or boolean cell at all: one quick pass spares the full scan.
    if (TYPED_ATTRIBUTE.test(text)) typedByName.set(sheet.name, scanSheetXml(text).typedResults);
  }
  return {
    system: { date1904: info.date1904, readerDate1904: info.exceljsDate1904 },
    typedByName,
    names,
  };
}

export interface WorkbookContent {
  readonly fileName: string;
  readonly date1904: boolean;
  readonly sheets: readonly Sheet[];
}

/** The parts of an exceljs Worksheet this module reads. */
interface ExcelJsWorksheetLike {
  readonly name: string;
  readonly state?: string;
  eachRow(
    options: { includeEmpty: boolean },
    callback: (row: ExcelJsRowLike, rowNumber: number) => void,
  ): void;
}

/**
 * exceljs keeps merged ranges in the private `_merges` map (the public `model` getter would copy
 * every cell of the sheet to build it). Read structurally, so a future exceljs without it gives [].
 */
function mergesOf(ws: ExcelJsWorksheetLike): CellRange[] {
  const merges: unknown = (ws as unknown as { _merges?: unknown })._merges;
  if (typeof merges !== 'object' || merges === null) return [];
  const ranges: CellRange[] = [];
  for (const merge of Object.values(merges as Record<string, unknown>)) {
    const ref =
      typeof merge === 'object' && merge !== null
        ? (merge as { range?: unknown }).range
        : undefined;
    const range = typeof ref === 'string' ? parseRange(ref) : undefined;
    if (range) ranges.push(range);
  }
  return sortRanges(ranges);
}

function sheetState(state: string | undefined): Sheet['state'] {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

/** A covered cell of a merged range: exceljs's full reader repeats the top-left value there. */
function isCoveredByMerge(cell: ExcelJsCellLike): boolean {
  const master = (cell as { master?: unknown }).master;
  return master !== undefined && master !== cell;
}

function toDateSystem(system: boolean | DateSystem): DateSystem {
  return typeof system === 'boolean' ? { date1904: system } : system;
}

/** One worksheet of a workbook loaded with exceljs's full reader → a model Sheet. */
export function sheetFromExcelJsWorksheet(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean | DateSystem,
  typed?: TypedResults,
): Sheet {
  const system = toDateSystem(date1904);
  // exceljs's Row and Cell classes have more overloads than the structural types cells.ts reads.
  const ws = worksheet as unknown as ExcelJsWorksheetLike;
  const rows: Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const adjust = typedResultAdjuster(typed, row.number);
    const converted = rowFromExcelJsRow(row, system, {
      skip: isCoveredByMerge,
      ...(adjust ? { adjust } : {}),
    });
    if (converted) rows.push(converted);
  });
  rows.sort((a, b) => a.number - b.number);
  return { name: ws.name, state: sheetState(ws.state), merges: mergesOf(ws), rows };
}

/** Sheets of a loaded exceljs workbook, in tab order. */
export function sheetsFromExcelJsWorkbook(
  workbook: ExcelJS.Workbook,
  system?: DateSystem,
  typedByName?: ReadonlyMap<string, TypedResults>,
): Sheet[] {
  const date1904 = system ?? { date1904: workbook.properties.date1904 === true };
  return workbook.worksheets.map((ws) =>
    sheetFromExcelJsWorksheet(ws, date1904, typedByName?.get(ws.name)),
  );
}

/**
 * Reads a whole .xlsx from bytes (an upload in the browser, a small file in Node). Bad input gives a
 * WorkbookReadError named after `fileName`.
 */
export async function readBufferWithExcelJs(
  buffer: ArrayBuffer | Uint8Array,
  fileName = 'workbook.xlsx',
): Promise<WorkbookContent> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.length === 0) throw readError('empty-file', fileName);
  const sniffed = sniffHead(bytes.subarray(0, 4096));
  if (sniffed.kind === 'ole2') throw readError(ole2Kind(bytes), fileName);
  if (sniffed.kind === 'other') {
    throw readError(
      'not-xlsx',
      fileName,
      sniffed.hint === undefined ? {} : { extra: sniffed.hint },
    );
  }
  const facts = packageFacts(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's full reader throws on some drawings (decision 0005): read a copy without them.
    const readable = hasDrawings(facts.names) ? withoutDrawings(bytes) : bytes;
    // exceljs's typings want a Node Buffer; in the browser build any ArrayBuffer view is accepted.
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw readError('corrupt', fileName, { detail: errorDetail(error) });
  }
  try {
    const sheets = sheetsFromExcelJsWorkbook(workbook, facts.system, facts.typedByName);
    if (sheets.length === 0) throw readError('no-sheets', fileName);
    return { fileName, date1904: facts.system.date1904, sheets };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw readError('corrupt', fileName, { detail: errorDetail(error) });
  }
}
