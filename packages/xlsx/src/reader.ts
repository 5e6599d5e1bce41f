/**
 * Reading .xlsx files from disk into the core's table model, one sheet and one row at a time, in a
 * single pass (see fast/workbook.ts and the README):
 *
 *   const workbook = await openWorkbook('theo-doi.xlsx');
 *   for await (const sheet of workbook) {
 *     sheet.info;                          // name, state, merges
 *     for await (const row of sheet.rows) … // Row, numbered as in the file
 *   }
 */
import path from 'node:path';
import type { Row, SheetInfo } from '@dondoc/core';
import { errorDetail, readError, WorkbookReadError } from './errors.js';
import { fileBytes } from './fast/file-bytes.js';
import { DEFAULT_MAX_CELLS, openPackage, type FastReadLimits } from './fast/workbook.js';
import { checkSignature, statFile } from './file-checks.js';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES } from './limits.js';
import type { WorkbookContent } from './memory.js';

export interface ReadOptions {
  /** Refuse when the inflated parts add up to more than this. Default 1 GiB. */
  readonly maxUncompressedBytes?: number;
  /** Refuse an entry over 10 MB inflated that is more than this many times its compressed size. Default 200. */
  readonly maxCompressionRatio?: number;
  /** Refuse a workbook with more cells than this over all its sheets. Default 20,000,000. */
  readonly maxCells?: number;
}

export interface SheetReader {
  readonly info: SheetInfo;
  /** The sheet's non-blank rows in file order. Iterate once, before moving to the next sheet. */
  readonly rows: AsyncIterable<Row>;
}

export interface WorkbookReader extends AsyncIterable<SheetReader> {
  /** The path as given. */
  readonly file: string;
  /** The file's base name, e.g. "theo-doi.xlsx" (for finding locations). */
  readonly fileName: string;
  readonly date1904: boolean;
  /** Every worksheet, in tab order, known before any row is read (merges once its rows are read). */
  readonly sheets: readonly SheetInfo[];
  /** Every part name in the package, e.g. "xl/drawings/drawing1.xml". */
  readonly parts: readonly string[];
}

export function readLimits(options: ReadOptions, maxUncompressed: number): FastReadLimits {
  return {
    maxUncompressedBytes: options.maxUncompressedBytes ?? maxUncompressed,
    maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    ...(options.maxCompressionRatio === undefined
      ? {}
      : { maxCompressionRatio: options.maxCompressionRatio }),
  };
}

/** Opens a workbook for reading; bad input throws a WorkbookReadError before any row is read. */
export async function openWorkbook(
  file: string,
  options: ReadOptions = {},
): Promise<WorkbookReader> {
  const size = await statFile(file);
  await checkSignature(file, size);
  let workbook;
  try {
    workbook = await openPackage(
      fileBytes(file, size),
      file,
      readLimits(options, DEFAULT_MAX_UNCOMPRESSED_BYTES),
    );
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw readError('unreadable', file, { detail: errorDetail(error) });
  }
  return {
    file,
    fileName: path.basename(file),
    date1904: workbook.date1904,
    sheets: workbook.sheets,
    parts: workbook.parts,
    [Symbol.asyncIterator]: () => workbook[Symbol.asyncIterator](),
  };
}

/** Reads every sheet into memory: for small workbooks, tests and callers that need random access. */
export async function readWorkbook(
  file: string,
  options: ReadOptions = {},
): Promise<WorkbookContent> {
  const workbook = await openWorkbook(file, options);
  const sheets = [];
  for await (const sheet of workbook) {
    const rows: Row[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ ...sheet.info, rows });
  }
  return { fileName: workbook.fileName, date1904: workbook.date1904, sheets };
}
