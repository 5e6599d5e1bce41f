/**
 * Everything checked before exceljs touches a file: that it exists and is a file, what kind of file
 * it is (zip, old .xls, encrypted, .ods, .docx, .xlsb …), that the zip is whole and not a bomb, and
 * the sheet list, date system and per-sheet extras (merges, hidden rows, typed formula results).
 *
 * Every zip entry is inflated once here through yauzl with `validateEntrySizes`, so an entry that
 * inflates to more than the central directory declares stops at once, before exceljs (which trusts
 * the local headers and spools sheets to temporary files) reads it. Files are opened read-only.
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { errorDetail, readError, WorkbookReadError } from '../../errors.js';
import { SheetXmlScanner, type SheetScan } from './sheet-scan.js';
import { checkSignature, statFile } from '../../file-checks.js';
import {
  isExcelJsSheetPart,
  parseWorkbookXml,
  type WorkbookSheetEntry,
} from '../../workbook-xml.js';
import {
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  RATIO_CHECK_MIN_BYTES,
} from '../../limits.js';

export interface InspectLimits {
  /** Refuse when the entries' uncompressed sizes add up to more than this. Default 1 GiB. */
  readonly maxUncompressedBytes?: number;
  /** Refuse an entry over 10 MB uncompressed that is more than this many times its compressed size. Default 200. */
  readonly maxCompressionRatio?: number;
}

export { DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_UNCOMPRESSED_BYTES };
const MAX_ENTRIES = 100_000;
const MAX_METADATA_PART_BYTES = 32 * 1024 * 1024;

export interface WorksheetEntry extends WorkbookSheetEntry {
  readonly part: string;
  readonly scan: SheetScan;
}

export interface Inspection {
  /** The path as the caller gave it. */
  readonly file: string;
  readonly fileName: string;
  readonly size: number;
  readonly date1904: boolean;
  readonly exceljsDate1904: boolean;
  /** Worksheets in tab order (chart sheets and other kinds left out). */
  readonly worksheets: readonly WorksheetEntry[];
  /** Every part (zip entry) name, e.g. "xl/charts/chart1.xml": what else the file holds. */
  readonly parts: readonly string[];
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      file,
      {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
        decodeStrings: true,
        strictFileNames: false,
      },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    );
  });
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) reject(new Error(`more than ${MAX_ENTRIES} entries`));
      else zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error ?? new Error('no stream')) : resolve(stream),
    );
  });
}

/** Inflates an entry, passing each latin1 chunk to `onChunk`; returns the byte count. */
async function inflateEntry(
  zip: ZipFile,
  entry: Entry,
  onChunk?: (chunk: string) => void,
): Promise<number> {
  const stream = await openEntry(zip, entry);
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    onChunk?.(buffer.toString('latin1'));
  }
  return bytes;
}

async function readEntryText(zip: ZipFile, entry: Entry): Promise<string> {
  const chunks: Buffer[] = [];
  const stream = await openEntry(zip, entry);
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

function checkSizes(file: string, entries: readonly Entry[], limits: InspectLimits): void {
  const maxTotal = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxRatio = limits.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > maxRatio) {
      throw readError('too-large', file, {
        extra: {
          vi: `Phần "${entry.fileName}" nén ${Math.round(ratio)} lần (giới hạn ${maxRatio}).`,
          en: `Part "${entry.fileName}" is compressed ${Math.round(ratio)} times (limit ${maxRatio}).`,
        },
      });
    }
  }
  if (total > maxTotal) {
    throw readError('too-large', file, {
      extra: {
        vi: `Dữ liệu giải nén ${formatBytes(total)}, vượt giới hạn ${formatBytes(maxTotal)}.`,
        en: `Uncompressed data ${formatBytes(total)}, over the ${formatBytes(maxTotal)} limit.`,
      },
    });
  }
}

/** Tells .ods, .xlsb, .docx and other zips apart from an .xlsx. */
async function classifyZip(
  file: string,
  zip: ZipFile,
  byName: ReadonlyMap<string, Entry>,
): Promise<void> {
  const mimetype = byName.get('mimetype');
  if (mimetype && mimetype.uncompressedSize < 1024) {
    const type = (await readEntryText(zip, mimetype)).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') throw readError('ods', file);
    if (type.startsWith('application/vnd.oasis.opendocument')) throw readError('not-xlsx', file);
  }
  if (byName.has('xl/workbook.xml')) return;
  if (byName.has('xl/workbook.bin')) throw readError('xlsb', file);
  if (byName.has('word/document.xml')) throw readError('docx', file);
  throw readError('not-xlsx', file);
}

function failure(file: string, error: unknown, sheet?: string): WorkbookReadError {
  if (error instanceof WorkbookReadError) return error;
  const detail = errorDetail(error);
  if (/too many bytes|more than \d+ entries/i.test(detail)) {
    const extra = {
      vi: 'Một phần của tệp giải nén ra nhiều hơn kích thước khai báo.',
      en: 'A part of the file inflates to more than its declared size.',
    };
    return readError(
      'too-large',
      file,
      sheet === undefined ? { detail, extra } : { detail, extra, sheet },
    );
  }
  if (/encrypted/i.test(detail)) return readError('encrypted', file, { detail });
  return readError('corrupt', file, sheet === undefined ? { detail } : { detail, sheet });
}

export async function inspectWorkbook(
  file: string,
  limits: InspectLimits = {},
): Promise<Inspection> {
  const size = await statFile(file);
  await checkSignature(file, size);
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw failure(file, error);
  }
  let currentSheet: string | undefined;
  try {
    const entries = await listEntries(zip);
    checkSizes(file, entries, limits);
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    await classifyZip(file, zip, byName);

    const workbookEntry = byName.get('xl/workbook.xml')!;
    const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
    for (const entry of [workbookEntry, relsEntry]) {
      if (entry && entry.uncompressedSize > MAX_METADATA_PART_BYTES)
        throw readError('too-large', file);
    }
    const workbook = parseWorkbookXml(
      await readEntryText(zip, workbookEntry),
      relsEntry ? await readEntryText(zip, relsEntry) : undefined,
    );
    const listed = workbook.sheets.filter((s) => s.kind === 'worksheet');
    if (listed.length === 0) throw readError('no-sheets', file);
    for (const sheet of listed) {
      if (sheet.part === undefined || !byName.has(sheet.part)) {
        throw readError('corrupt', file, {
          sheet: sheet.name,
          detail: `missing part ${sheet.part ?? '(no relationship)'}`,
        });
      }
      if (!isExcelJsSheetPart(sheet.part)) {
        throw readError('unsupported', file, {
          sheet: sheet.name,
          detail: `sheet part ${sheet.part}`,
        });
      }
    }

    // Inflate every entry once (sizes validated by yauzl); scan the worksheets on the way.
    const sheetByPart = new Map(listed.map((s) => [s.part!, s]));
    const scans = new Map<string, SheetScan>();
    const maxTotal = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
    let total = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const sheet = sheetByPart.get(entry.fileName);
      currentSheet = sheet?.name;
      const scanner = sheet ? new SheetXmlScanner() : undefined;
      total += await inflateEntry(zip, entry, scanner ? (chunk) => scanner.feed(chunk) : undefined);
      if (total > maxTotal) throw readError('too-large', file);
      if (scanner) scans.set(entry.fileName, scanner.finish());
    }
    currentSheet = undefined;

    return {
      file,
      fileName: path.basename(file),
      size,
      date1904: workbook.date1904,
      exceljsDate1904: workbook.exceljsDate1904,
      worksheets: listed.map((s) => ({ ...s, part: s.part!, scan: scans.get(s.part!)! })),
      parts: entries.map((e) => e.fileName).filter((name) => !name.endsWith('/')),
    };
  } catch (error) {
    throw failure(file, error, currentSheet);
  } finally {
    zip.close();
  }
}
