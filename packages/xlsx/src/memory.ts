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
