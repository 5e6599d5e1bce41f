/**
 * Whole workbooks from bytes already in memory: the standalone page's reader (an upload in the
 * browser). The same single-pass reader as the file reader, over fflate's streaming inflate, with the
 * browser's smaller budget. No Node imports.
 */
import type { Row, Sheet } from '@dondoc/core';
import { readError, WorkbookReadError, errorDetail } from './errors.js';
import { memoryBytes } from './fast/memory-bytes.js';
import { DEFAULT_MAX_CELLS, openPackage } from './fast/workbook.js';
import { MAX_IN_MEMORY_UNCOMPRESSED_BYTES } from './limits.js';
import { ole2Kind, sniffHead } from './sniff.js';

/**
 * The largest file the in-memory reader takes (the page's budget of inflated bytes): the page would
 * hold a larger file whole before reading a byte of it, and its parts could not fit the budget.
 */
export const MAX_IN_MEMORY_FILE_BYTES = MAX_IN_MEMORY_UNCOMPRESSED_BYTES;

/**
 * Refuses a file too large for the in-memory reader, by its size on disk (a File's size in the
 * browser), before any of it is read into memory.
 */
export function assertFitsInMemory(fileName: string, size: number): void {
  if (size <= MAX_IN_MEMORY_FILE_BYTES) return;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  throw readError('too-large', fileName, {
    extra: {
      vi: `Tệp nặng ${mb(size)} MB, quá giới hạn ${mb(MAX_IN_MEMORY_FILE_BYTES)} MB của trang; hãy kiểm tra bằng lệnh dondoc check.`,
      en: `The file is ${mb(size)} MB, over the page's ${mb(MAX_IN_MEMORY_FILE_BYTES)} MB limit; check it with the dondoc check command.`,
    },
  });
}

export interface WorkbookContent {
  readonly fileName: string;
  readonly date1904: boolean;
  readonly sheets: readonly Sheet[];
}

export interface MemoryReadOptions {
  /** Default 512 MB: a browser tab has less room than a command line. */
  readonly maxUncompressedBytes?: number;
  readonly maxCells?: number;
}

/**
 * Reads a whole .xlsx from bytes (an upload in the browser, a small file in Node). Bad input gives a
 * WorkbookReadError named after `fileName`. The bytes are only read.
 */
export async function readWorkbookFromBuffer(
  buffer: ArrayBuffer | Uint8Array,
  fileName = 'workbook.xlsx',
  options: MemoryReadOptions = {},
): Promise<WorkbookContent> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.length === 0) throw readError('empty-file', fileName);
  assertFitsInMemory(fileName, bytes.length);
  const sniffed = sniffHead(bytes.subarray(0, 4096));
  if (sniffed.kind === 'ole2') throw readError(ole2Kind(bytes), fileName);
  if (sniffed.kind === 'other') {
    throw readError(
      'not-xlsx',
      fileName,
      sniffed.hint === undefined ? {} : { extra: sniffed.hint },
    );
  }
  try {
    const workbook = await openPackage(memoryBytes(bytes), fileName, {
      maxUncompressedBytes: options.maxUncompressedBytes ?? MAX_IN_MEMORY_UNCOMPRESSED_BYTES,
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    });
    const sheets: Sheet[] = [];
    for await (const sheet of workbook) {
      const rows: Row[] = [];
      for await (const row of sheet.rows) rows.push(row);
      sheets.push({ ...sheet.info, rows });
    }
    return { fileName, date1904: workbook.date1904, sheets };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw readError('corrupt', fileName, { detail: errorDetail(error) });
  }
}
