/**
 * The single-pass workbook reader, the same in Node and in the browser: the zip's central directory,
 * then `xl/workbook.xml` and its relationships (sheet names, states, parts, the 1904 flag), the
 * styles and the shared strings, then each worksheet in tab order, inflated once and cut into rows
 * as its bytes arrive. No temporary file, nothing inflated twice.
 *
 * The platform gives only bytes: `PackageBytes` reads raw ranges of the file and inflates one entry
 * as a sequence of chunks (Node: native zlib; browser: fflate). Every inflated byte and every cell
 * counts against the workbook's budget; sizes the zip declares are never trusted.
 */
import type { CellRange, LegacyTextConversion, Row, SheetInfo } from '@dondoc/core';
import type { DateSystem } from '../cells.js';
import { errorDetail, readError, WorkbookReadError } from '../errors.js';
import { DEFAULT_MAX_COMPRESSION_RATIO, RATIO_CHECK_MIN_BYTES } from '../limits.js';
import { parseWorkbookXml, type WorkbookSheetEntry } from '../workbook-xml.js';
import { sharedStringsParser, stylesParser, type PartParser } from './parts.js';
import { SheetLimitError, SheetParser, type CellBudget } from './sheet.js';
import {
  XmlByteTokenizer,
  NameTable,
  XmlShapeError,
  forEachAttribute,
  bytesEqual,
  decodeBytes,
  xmlText,
} from './xml-bytes.js';
import { parseRange, sortRanges } from '../ranges.js';
import {
  dataOffset,
  EOCD_SEARCH_BYTES,
  locateCentralDirectory,
  parseCentralDirectory,
  parseZip64Record,
  ZipFormatError,
  type ZipDirectoryEntry,
} from './zip-directory.js';

/** What a platform gives the reader. */
export interface PackageBytes {
  readonly size: number;
  /** Raw bytes of the file (fewer at its end). */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** An entry's data from `offset` (`compressedSize` bytes), inflated when `method` is 8, in chunks. */
  inflate(
    entry: ZipDirectoryEntry,
    offset: number,
  ): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface FastReadLimits {
  /** Inflated bytes over all parts read (never what the zip declares). */
  readonly maxUncompressedBytes: number;
  readonly maxCompressionRatio?: number;
  /** Cells (`<c>` elements) over all sheets. */
  readonly maxCells?: number;
}

/** 1,048,576 rows × 20 columns: far past any tracking workbook, and a bound on work and findings. */
export const DEFAULT_MAX_CELLS = 20_000_000;
/** A sheet up to this size (inflated) is held in memory once, so its merged ranges are known before its rows. */
export const SHEET_BUFFER_BYTES = 32 * 1024 * 1024;
const MAX_METADATA_PART_BYTES = 64 * 1024 * 1024;
const MAX_SHARED_STRINGS = 5_000_000;
/** A package whose parts add up to more than this and more than TOTAL_RATIO × its size is refused. */
const TOTAL_RATIO_MIN_BYTES = 256 * 1024 * 1024;
const TOTAL_RATIO = 100;
/** Rows are handed over after every slice of this many inflated bytes. */
const SLICE_BYTES = 1024 * 1024;

export interface FastSheet {
  readonly info: SheetInfo;
  readonly rows: AsyncIterable<Row>;
}

export interface FastWorkbook extends AsyncIterable<FastSheet> {
  readonly fileName: string;
  readonly date1904: boolean;
  /** Every worksheet in tab order, before any row is read (merges filled in as they are read). */
  readonly sheets: readonly SheetInfo[];
  /** Every part name: what else the file holds (drawings, charts…). */
  readonly parts: readonly string[];
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

const cellsVi = (n: number) => n.toLocaleString('vi-VN');
const cellsEn = (n: number) => n.toLocaleString('en-US');

/** Inflated-byte accounting for one workbook. */
class ByteBudget {
  used = 0;
  constructor(
    private readonly file: string,
    private readonly max: number,
    private readonly maxRatio: number,
  ) {}

  count(entry: ZipDirectoryEntry, entryBytes: number, chunk: number, sheet?: string): void {
    this.used += chunk;
    const where = sheet === undefined ? {} : { sheet };
    if (this.used > this.max) {
      throw readError('too-large', this.file, {
        ...where,
        extra: {
          vi: `Dữ liệu giải nén vượt giới hạn ${formatBytes(this.max)}.`,
          en: `Uncompressed data goes over the ${formatBytes(this.max)} limit.`,
        },
      });
    }
    if (entryBytes > entry.uncompressedSize) {
      throw readError('too-large', this.file, {
        ...where,
        extra: {
          vi: `Phần "${entry.name}" giải nén ra nhiều hơn kích thước khai báo.`,
          en: `Part "${entry.name}" inflates to more than its declared size.`,
        },
      });
    }
    if (
      entryBytes > RATIO_CHECK_MIN_BYTES &&
      entryBytes > Math.max(1, entry.compressedSize) * this.maxRatio
    ) {
      throw readError('too-large', this.file, {
        ...where,
        extra: {
          vi: `Phần "${entry.name}" nén hơn ${this.maxRatio} lần.`,
          en: `Part "${entry.name}" is compressed more than ${this.maxRatio} times.`,
        },
      });
    }
  }
}

/** Checks the declared sizes before anything is inflated. */
function checkDeclared(
  file: string,
  size: number,
  entries: readonly ZipDirectoryEntry[],
  limits: FastReadLimits,
): void {
  const maxRatio = limits.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > maxRatio) {
      throw readError('too-large', file, {
        extra: {
          vi: `Phần "${entry.name}" nén ${Math.round(ratio)} lần (giới hạn ${maxRatio}).`,
          en: `Part "${entry.name}" is compressed ${Math.round(ratio)} times (limit ${maxRatio}).`,
        },
      });
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw readError('too-large', file, {
      extra: {
        vi: `Dữ liệu giải nén ${formatBytes(total)}, vượt giới hạn ${formatBytes(limits.maxUncompressedBytes)}.`,
        en: `Uncompressed data ${formatBytes(total)}, over the ${formatBytes(limits.maxUncompressedBytes)} limit.`,
      },
    });
  }
  if (total > TOTAL_RATIO_MIN_BYTES && total > size * TOTAL_RATIO) {
    throw readError('too-large', file, {
      extra: {
        vi: `Tệp ${formatBytes(size)} giải nén ra ${formatBytes(total)} (hơn ${TOTAL_RATIO} lần).`,
        en: `A ${formatBytes(size)} file inflating to ${formatBytes(total)} (more than ${TOTAL_RATIO} times).`,
      },
    });
  }
}

const MERGE_NAMES = new NameTable(['mergeCell']);

/** A sheet's info as the reader fills it in while its rows are read. */
type ReadSheetInfo = SheetInfo & {
  merges: CellRange[];
  legacyText?: readonly LegacyTextConversion[];
};

/** Merged ranges in the bytes after a buffered sheet's <sheetData> (where OOXML puts them). */
function mergesAfterSheetData(bytes: Uint8Array): CellRange[] {
  const marker = [...'sheetData>'].map((c) => c.charCodeAt(0));
  let from = -1;
  search: for (let i = bytes.length - marker.length; i >= 0; i--) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue search;
    from = i + marker.length;
    break;
  }
  if (from < 0) return [];
  const merges: CellRange[] = [];
  const tokenizer = new XmlByteTokenizer(MERGE_NAMES, {
    open(name, buf, s, e) {
      if (name !== 1) return;
      forEachAttribute(buf, s, e, (ns, ne, vs, ve) => {
        if (!bytesEqual(buf, ns, ne, 'ref')) return false;
        const range = parseRange(xmlText(decodeBytes(buf, vs, ve)));
        if (range) merges.push(range);
        return true;
      });
    },
    close() {},
    text() {},
  });
  tokenizer.feed(bytes.subarray(from));
  return merges;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Opens a package: everything up to the first sheet's rows is read here, so bad input fails before
 * any row reaches the caller. `fileName` names the file in messages.
 */
export async function openPackage(
  bytes: PackageBytes,
  fileName: string,
  limits: FastReadLimits,
): Promise<FastWorkbook> {
  const file = fileName;
  let entries: ZipDirectoryEntry[];
  try {
    const tailStart = Math.max(0, bytes.size - EOCD_SEARCH_BYTES);
    let location = locateCentralDirectory(
      await bytes.read(tailStart, bytes.size - tailStart),
      tailStart,
    );
    if (location.zip64RecordOffset !== undefined)
      location = parseZip64Record(await bytes.read(location.zip64RecordOffset, 56));
    if (location.offset + location.size > bytes.size)
      throw new ZipFormatError('central directory past the end of the file');
    entries = parseCentralDirectory(
      await bytes.read(location.offset, location.size),
      location.entries,
    );
  } catch (error) {
    throw readError('corrupt', file, { detail: errorDetail(error) });
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const budget = new ByteBudget(
    file,
    limits.maxUncompressedBytes,
    limits.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
  );

  /** Feeds an entry's inflated bytes to `sink`, counting them. */
  async function* chunksOf(entry: ZipDirectoryEntry, sheet?: string): AsyncGenerator<Uint8Array> {
    if (entry.encrypted) throw readError('encrypted', file);
    if (entry.method !== 0 && entry.method !== 8) {
      throw readError('unsupported', file, {
        detail: `compression method ${entry.method} in ${entry.name}`,
      });
    }
    let offset: number;
    try {
      offset = dataOffset(entry, await bytes.read(entry.localHeaderOffset, 30));
      if (offset + entry.compressedSize > bytes.size)
        throw new ZipFormatError(`${entry.name} runs past the end of the file`);
    } catch (error) {
      throw readError('corrupt', file, { detail: errorDetail(error) });
    }
    let seen = 0;
    try {
      for await (const chunk of bytes.inflate(entry, offset)) {
        seen += chunk.length;
        budget.count(entry, seen, chunk.length, sheet);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw readError(
        'corrupt',
        file,
        sheet === undefined
          ? { detail: errorDetail(error) }
          : { sheet, detail: errorDetail(error) },
      );
    }
  }

  async function readPart<T>(entry: ZipDirectoryEntry, parser: PartParser<T>): Promise<T> {
    if (entry.uncompressedSize > MAX_METADATA_PART_BYTES) throw readError('too-large', file);
    try {
      for await (const chunk of chunksOf(entry)) parser.feed(chunk);
      return parser.finish();
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw readError('corrupt', file, { detail: `${entry.name}: ${errorDetail(error)}` });
    }
  }

  async function readText(entry: ZipDirectoryEntry): Promise<string> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const parser: PartParser<string> = {
      feed: (c) => {
        chunks.push(c);
        size += c.length;
      },
      finish: () => utf8.decode(concat(chunks, size)),
    };
    return readPart(entry, parser);
  }

  // What kind of zip this is.
  const mimetype = byName.get('mimetype');
  if (mimetype && mimetype.uncompressedSize < 1024) {
    const type = (await readText(mimetype)).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') throw readError('ods', file);
    if (type.startsWith('application/vnd.oasis.opendocument')) throw readError('not-xlsx', file);
  }
  const workbookEntry = byName.get('xl/workbook.xml');
  if (!workbookEntry) {
    if (byName.has('xl/workbook.bin')) throw readError('xlsb', file);
    if (byName.has('word/document.xml')) throw readError('docx', file);
    throw readError('not-xlsx', file);
  }
  checkDeclared(file, bytes.size, entries, limits);

  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  let workbook;
  try {
    const workbookXml = await readText(workbookEntry);
    if (/<!DOCTYPE/i.test(workbookXml)) throw new XmlShapeError('a DOCTYPE in xl/workbook.xml');
    const relsXml = relsEntry ? await readText(relsEntry) : undefined;
    if (relsXml && /<!DOCTYPE/i.test(relsXml))
      throw new XmlShapeError('a DOCTYPE in the relationships');
    workbook = parseWorkbookXml(workbookXml, relsXml);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw readError('corrupt', file, { detail: errorDetail(error) });
  }
  const listed = workbook.sheets.filter((s) => s.kind === 'worksheet');
  if (listed.length === 0) throw readError('no-sheets', file);
  for (const sheet of listed) {
    if (sheet.part === undefined || !byName.has(sheet.part)) {
      throw readError('corrupt', file, {
        sheet: sheet.name,
        detail: `missing part ${sheet.part ?? '(no relationship)'}`,
      });
    }
  }

  // Styles and shared strings, wherever the relationships put them (the usual names otherwise).
  const relTarget = (type: string, fallback: string): ZipDirectoryEntry | undefined => {
    const part = workbook.related.find((r) => r.type.endsWith(`/${type}`))?.part ?? fallback;
    return byName.get(part);
  };
  const stylesEntry = relTarget('styles', 'xl/styles.xml');
  const stringsEntry = relTarget('sharedStrings', 'xl/sharedStrings.xml');
  const system: DateSystem = { date1904: workbook.date1904 };
  const cellBudget: CellBudget = {
    limit: limits.maxCells ?? DEFAULT_MAX_CELLS,
    remaining: limits.maxCells ?? DEFAULT_MAX_CELLS,
  };
  const styles = stylesEntry
    ? await readPart(stylesEntry, stylesParser())
    : { numFmts: [], legacyFonts: undefined };
  const strings = stringsEntry
    ? await readPart(stringsEntry, sharedStringsParser(MAX_SHARED_STRINGS))
    : { strings: [], runs: new Map() };
  const parserOptions = {
    system,
    sharedStrings: strings.strings,
    numFmts: styles.numFmts,
    budget: cellBudget,
    legacyFonts: styles.legacyFonts,
    sharedRuns: strings.runs,
  };

  const infos = listed.map((s): { entry: WorkbookSheetEntry; info: ReadSheetInfo } => ({
    entry: s,
    info: { name: s.name, state: s.state, merges: [] },
  }));

  function sheetError(sheet: string, parser: SheetParser | undefined, error: unknown): Error {
    if (error instanceof WorkbookReadError) return error;
    const at = parser?.position();
    if (error instanceof SheetLimitError) {
      const where = {
        vi: `Trang tính "${sheet}"${error.kind === 'row' ? '' : `, ô ${error.at}`}: `,
        en: `Sheet "${sheet}"${error.kind === 'row' ? '' : `, cell ${error.at}`}: `,
      };
      if (error.kind === 'cells') {
        return readError('too-large', file, {
          sheet,
          detail: error.message,
          extra: {
            vi: `${where.vi}sổ có hơn ${cellsVi(cellBudget.limit)} ô, vượt giới hạn đọc.`,
            en: `${where.en}the workbook has more than ${cellsEn(cellBudget.limit)} cells, over the reading limit.`,
          },
        });
      }
      const text =
        error.kind === 'row'
          ? {
              vi: `dòng ${error.at} nằm ngoài giới hạn 1.048.576 dòng của Excel.`,
              en: `row ${error.at} is outside Excel's 1,048,576 rows.`,
            }
          : {
              vi: `có ô vượt quá cột cuối cùng của Excel (XFD, 16.384 cột) ở dòng ${error.at}.`,
              en: `a cell lies past Excel's last column (XFD, 16,384 columns) in row ${error.at}.`,
            };
      return readError('corrupt', file, {
        sheet,
        detail: error.message,
        extra: { vi: `${where.vi}${text.vi}`, en: `${where.en}${text.en}` },
      });
    }
    const detail = `${errorDetail(error)}${at === undefined ? '' : ` (at ${at})`}`;
    return readError('corrupt', file, {
      sheet,
      detail,
      ...(error instanceof XmlShapeError && at !== undefined
        ? {
            extra: {
              vi: `Lỗi XML gần ${/^\d+$/.test(at) ? 'dòng' : 'ô'} ${at}.`,
              en: `Broken XML near ${/^\d+$/.test(at) ? 'row' : 'cell'} ${at}.`,
            },
          }
        : {}),
    });
  }

  async function* rowsOf(entry: ZipDirectoryEntry, info: ReadSheetInfo): AsyncGenerator<Row> {
    const name = info.name;
    let parser: SheetParser | undefined;
    try {
      const chunks = chunksOf(entry, name);
      // A sheet that fits the buffer is held once, so merges are known before its rows.
      let buffered: Uint8Array[] | undefined =
        entry.uncompressedSize <= SHEET_BUFFER_BYTES ? [] : undefined;
      let size = 0;
      if (buffered) {
        for await (const chunk of chunks) {
          buffered.push(chunk);
          size += chunk.length;
        }
        const all = concat(buffered, size);
        buffered = undefined;
        const merges = mergesAfterSheetData(all);
        // known before the rows: a checker can apply a value merged down to the rows it covers
        info.merges.splice(0, info.merges.length, ...sortRanges(merges));
        parser = new SheetParser({ ...parserOptions, merges });
        for (let at = 0; at < all.length; at += SLICE_BYTES) {
          parser.feed(all.subarray(at, Math.min(all.length, at + SLICE_BYTES)));
          yield* parser.rows.splice(0);
        }
      } else {
        parser = new SheetParser(parserOptions);
        for await (const chunk of chunks) {
          parser.feed(chunk);
          if (parser.rows.length > 0) yield* parser.rows.splice(0);
        }
      }
      parser.finish();
      yield* parser.rows.splice(0);
      info.merges.splice(0, info.merges.length, ...sortRanges(parser.merges));
      const legacy = parser.legacyConversions();
      if (legacy.length > 0) info.legacyText = legacy;
    } catch (error) {
      throw sheetError(name, parser, error);
    }
  }

  return {
    fileName,
    date1904: workbook.date1904,
    sheets: infos.map((s) => s.info),
    parts: entries.map((e) => e.name).filter((n) => !n.endsWith('/')),
    async *[Symbol.asyncIterator]() {
      for (const { entry, info } of infos) {
        const zipEntry = byName.get(entry.part!)!;
        let started = false;
        let done = false;
        const iterator = rowsOf(zipEntry, info);
        const rows: AsyncIterable<Row> = {
          [Symbol.asyncIterator]: () => {
            if (started) throw new Error(`Rows of sheet "${info.name}" can be iterated only once.`);
            started = true;
            return {
              next: async () => {
                const next = await iterator.next();
                if (next.done) done = true;
                return next;
              },
              return: async (value?: unknown) => {
                done = true;
                await iterator.return(undefined);
                return { done: true, value: value as Row };
              },
            };
          },
        };
        yield { info, rows };
        // Rows the caller did not read are not read at all: the next sheet is its own entry.
        if (!done) await iterator.return(undefined);
      }
    },
  };
}
