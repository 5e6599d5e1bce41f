/**
 * THE TEST ORACLE: the exceljs-based reader dondoc used before its single-pass reader, kept only so
 * the differential tests can compare the two (exported as "@dondoc/xlsx/exceljs-oracle", source only).
 *
 * Reading .xlsx files from disk into the core's table model, one sheet and one row at a time.
 *
 *   const workbook = await openWorkbook('theo-doi.xlsx');
 *   for await (const sheet of workbook) {
 *     sheet.info;                          // name, state, merges
 *     for await (const row of sheet.rows) … // Row, numbered as in the file
 *   }
 *
 * Files up to `fullReadMaxBytes` (1 MB) go through exceljs's full reader; larger ones through its
 * streaming reader plus our own scan for merges and hidden rows (see README). Both give the same model.
 */
import { createReadStream, promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { type Row, type SheetInfo } from '@dondoc/core';
import { MergeIndex } from '../../fast/sheet.js';
import {
  rowFromExcelJsRow,
  typedResultAdjuster,
  type DateSystem,
  type ExcelJsCellLike,
  type ExcelJsRowLike,
} from '../../cells.js';
import { errorDetail, readError, WorkbookReadError } from '../../errors.js';
import {
  inspectWorkbook,
  type InspectLimits,
  type Inspection,
  type WorksheetEntry,
} from './inspect.js';
import { sheetsFromExcelJsWorkbook, type WorkbookContent } from './memory.js';

/** Measured: a 4.9 MB file (100,000 rows × 8 columns) needs ~600 MB RSS through the full reader, ~250 MB streaming (see README). */
export const DEFAULT_FULL_READ_MAX_BYTES = 1024 * 1024;

export interface ReadOptions extends InspectLimits {
  /** 'auto' (default): the full reader up to `fullReadMaxBytes`, the streaming reader above. */
  readonly mode?: 'auto' | 'stream' | 'full';
  /** File size (bytes on disk) up to which 'auto' uses the full reader. Default 1 MB. */
  readonly fullReadMaxBytes?: number;
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
  readonly mode: 'stream' | 'full';
  /** Every worksheet, in tab order, known before any row is read. */
  readonly sheets: readonly SheetInfo[];
}

function infoOf(entry: WorksheetEntry): SheetInfo {
  return { name: entry.name, state: entry.state, merges: entry.scan.merges };
}

/** Opens a workbook for reading; bad input throws a WorkbookReadError before any sheet is read. */
export async function openWithExcelJs(
  file: string,
  options: ReadOptions = {},
): Promise<WorkbookReader> {
  const inspection = await inspectWorkbook(file, options);
  // exceljs's full reader crashes on some drawings (charts and shapes as openpyxl and others write
  // them: exceljs issue #2591); its streaming reader does not read drawings at all.
  const hasDrawings = inspection.parts.some((p) => p.startsWith('xl/drawings/'));
  const mode =
    options.mode === 'stream' || options.mode === 'full'
      ? options.mode
      : !hasDrawings && inspection.size <= (options.fullReadMaxBytes ?? DEFAULT_FULL_READ_MAX_BYTES)
        ? 'full'
        : 'stream';
  const system: DateSystem = {
    date1904: inspection.date1904,
    readerDate1904: inspection.exceljsDate1904,
  };
  const base = {
    file,
    fileName: inspection.fileName,
    date1904: inspection.date1904,
    sheets: inspection.worksheets.map(infoOf),
  };
  if (mode === 'full') {
    return { ...base, mode, [Symbol.asyncIterator]: () => fullSheets(inspection, system) };
  }
  return { ...base, mode, [Symbol.asyncIterator]: () => streamSheets(inspection, system) };
}

/** Reads every sheet into memory: for small workbooks, tests and callers that need random access. */
export async function readWithExcelJs(
  file: string,
  options: ReadOptions = {},
): Promise<WorkbookContent> {
  const workbook = await openWithExcelJs(file, options);
  const sheets = [];
  for await (const sheet of workbook) {
    const rows: Row[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ ...sheet.info, rows });
  }
  return { fileName: workbook.fileName, date1904: workbook.date1904, sheets };
}

// ---------------------------------------------------------------------------------------------
// Full reader

async function* fullSheets(
  inspection: Inspection,
  system: DateSystem,
): AsyncGenerator<SheetReader> {
  const { file } = inspection;
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    throw readError('unreadable', file, { detail: errorDetail(error) });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw await locateCorruption(inspection, system, error);
  }
  let sheets;
  // exceljs's full reader loses a formula's cached error (#N/A becomes a null result): the scan has it.
  const typedByName = new Map(inspection.worksheets.map((w) => [w.name, w.scan.typedResults]));
  try {
    sheets = sheetsFromExcelJsWorkbook(workbook, system, typedByName);
  } catch (error) {
    throw readError('corrupt', file, { detail: errorDetail(error) });
  }
  for (const sheet of sheets) {
    const { rows, ...info } = sheet;
    yield {
      info,
      rows: (async function* () {
        yield* rows;
      })(),
    };
  }
}

/**
 * The full reader does not say which sheet it choked on: read the file again through the streaming
 * path, which does, and fall back to a file-level error.
 */
async function locateCorruption(
  inspection: Inspection,
  system: DateSystem,
  cause: unknown,
): Promise<WorkbookReadError> {
  try {
    for await (const sheet of streamSheets(inspection, system)) {
      for await (const _row of sheet.rows) void _row;
    }
  } catch (error) {
    if (error instanceof WorkbookReadError && error.sheet !== undefined) return error;
  }
  return readError('corrupt', inspection.file, { detail: errorDetail(cause) });
}

// ---------------------------------------------------------------------------------------------
// Streaming reader

/** What exceljs's WorkbookReader is at run time (its typings say `extends Workbook`). */
interface StreamingWorkbookReader extends AsyncIterable<AsyncIterable<ExcelJsRowLike>> {
  on(event: 'entry', listener: (entry: { type: string; id?: string | number }) => void): void;
}

function streamRowConverter(
  entry: WorksheetEntry,
  system: DateSystem,
): (row: ExcelJsRowLike) => Row | undefined {
  const { scan } = entry;
  const merges = new MergeIndex(scan.merges);
  const typed = scan.typedResults;
  return (row) => {
    const spanning = merges.at(row.number);
    const covered =
      spanning.length === 0
        ? undefined
        : (cell: ExcelJsCellLike) =>
            spanning.some(
              (r) =>
                cell.col >= r.left &&
                cell.col <= r.right &&
                !(row.number === r.top && cell.col === r.left),
            );
    // The streaming reader reads a t="e" result as NaN and a t="b" one as 1/0: use the scan's type.
    const adjust = typedResultAdjuster(typed, row.number);
    return rowFromExcelJsRow(row, system, {
      hidden: scan.hiddenRows.has(row.number),
      ...(covered ? { skip: covered } : {}),
      ...(adjust ? { adjust } : {}),
    });
  };
}

async function* streamSheets(
  inspection: Inspection,
  system: DateSystem,
): AsyncGenerator<SheetReader> {
  const { file } = inspection;
  const input = createReadStream(file, { flags: 'r' });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  }) as unknown as StreamingWorkbookReader;
  let sheetNo: string | undefined;
  reader.on('entry', (entry) => {
    if (entry.type === 'worksheet') sheetNo = String(entry.id);
  });
  const byPart = new Map(inspection.worksheets.map((w) => [w.part, w]));
  let current: { name: string; drain: () => Promise<void> } | undefined;
  try {
    for await (const worksheet of reader) {
      const entry =
        sheetNo === undefined ? undefined : byPart.get(`xl/worksheets/sheet${sheetNo}.xml`);
      if (!entry) {
        // A worksheet part that workbook.xml does not list: nothing a user can see.
        for await (const _row of worksheet) void _row;
        continue;
      }
      const toRow = streamRowConverter(entry, system);
      const iterator = worksheet[Symbol.asyncIterator]();
      let exhausted = false;
      const pull = async (): Promise<IteratorResult<ExcelJsRowLike>> => {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        return next;
      };
      let started = false;
      const name = entry.name;
      const rows: AsyncIterable<Row> = {
        [Symbol.asyncIterator]: () => {
          if (started) throw new Error(`Rows of sheet "${name}" can be iterated only once.`);
          started = true;
          return (async function* () {
            try {
              for (let next = await pull(); !next.done; next = await pull()) {
                const row = toRow(next.value);
                if (row) yield row;
              }
            } catch (error) {
              throw error instanceof WorkbookReadError
                ? error
                : readError('corrupt', file, { sheet: name, detail: errorDetail(error) });
            }
          })();
        },
      };
      current = {
        name,
        // Rows the caller did not read are read and dropped, so exceljs can move on to the next part.
        drain: async () => {
          started = true;
          while (!exhausted) await pull();
        },
      };
      yield { info: infoOf(entry), rows };
      await current.drain();
      current = undefined;
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const sheet = current?.name;
    throw readError(
      'corrupt',
      file,
      sheet === undefined ? { detail: errorDetail(error) } : { sheet, detail: errorDetail(error) },
    );
  } finally {
    input.destroy();
  }
}

export { readBufferWithExcelJs } from './memory.js';
