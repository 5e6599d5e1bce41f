/**
 * The standalone page's workbook: an .xlsx the user opened or dropped, read in the browser with
 * exceljs. Nothing is uploaded anywhere; the file's bytes are only read. Results leave as downloads
 * the user saves: the XLSX report with the annotated copy, and the tracking template.
 */
import type { FindingLocation, Pack, Sheet } from '@dondoc/core';
import { FORMATS, type Lang, type ReportInput } from '@dondoc/report';
import {
  assertFitsInMemory,
  bytesSource,
  readWorkbookFromBuffer,
  writeReportWorkbook,
  writeTemplateWorkbook,
} from '@dondoc/xlsx/browser';
import type { ActionOutcome, HistoryPlace, WorkbookSheets, WorkbookHost } from '../host.js';

const XLSX_MIME = FORMATS.xlsx.mediaType;

/** Hands bytes to the user as a file (in the page: a download link). */
export type SaveFile = (name: string, bytes: Uint8Array, mime: string) => void;

export class NoWorkbookError extends Error {
  readonly messages = {
    vi: 'Chưa chọn sổ theo dõi: hãy mở hoặc kéo thả một tệp .xlsx.',
    en: 'No workbook yet: open or drop an .xlsx file.',
  };
  constructor() {
    super('No workbook opened');
  }
}

/** The part of the Web Storage API the page uses (window.localStorage). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser storage key of a workbook's history: by its file name. */
export const HISTORY_KEY_PREFIX = 'dondoc.history:';

/**
 * The most characters one workbook's history may take in the browser's storage. Browsers give a
 * page's origin about 5 million characters of localStorage, shared by every workbook checked from
 * this page (all pages opened from disk share one origin).
 */
export const BROWSER_HISTORY_MAX_CHARS = 1_000_000;

/** The checks of each workbook kept in the browser's storage, under its file name. */
export function browserHistory(storage: KeyValueStorage): HistoryPlace {
  return {
    where: { vi: 'trong trình duyệt này', en: 'in this browser' },
    maxChars: BROWSER_HISTORY_MAX_CHARS,
    load: (workbook) =>
      Promise.resolve(storage.getItem(HISTORY_KEY_PREFIX + workbook) ?? undefined),
    save: (workbook, text) => {
      storage.setItem(HISTORY_KEY_PREFIX + workbook, text);
      return Promise.resolve();
    },
  };
}

/** "so-theo-doi.xlsx" → "so-theo-doi". */
function stem(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

export class FileWorkbookHost implements WorkbookHost {
  readonly kind = 'file' as const;
  private file: { readonly name: string; readonly bytes: Uint8Array } | undefined;
  /** The sheets of the last read, to show the row a finding is about. */
  private sheets: readonly Sheet[] = [];

  /** Where the checks are remembered: the browser's storage, when the page may use it. */
  readonly history: HistoryPlace | undefined;

  constructor(
    private readonly save: SaveFile,
    storage?: KeyValueStorage,
  ) {
    this.history = storage ? browserHistory(storage) : undefined;
  }

  /** A file the page will not open, by its size: over what the in-memory reader may inflate. */
  checkSize(name: string, size: number): void {
    assertFitsInMemory(name, size);
  }

  /** The workbook to check from now on (the caller's bytes are never modified). */
  open(name: string, bytes: Uint8Array): void {
    this.file = { name, bytes };
    this.sheets = [];
  }

  get fileName(): string | undefined {
    return this.file?.name;
  }

  async read(): Promise<WorkbookSheets> {
    if (!this.file) throw new NoWorkbookError();
    const content = await readWorkbookFromBuffer(this.file.bytes, this.file.name);
    this.sheets = content.sheets;
    return { name: this.file.name, sheets: content.sheets };
  }

  /** A page cannot select a cell in a file: it shows the finding's row as the workbook has it. */
  async selectCell(location: FindingLocation): Promise<ActionOutcome> {
    const sheet = this.sheets.find((s) => s.name === location.sheet);
    const row = sheet?.rows.find((r) => r.number === location.row);
    if (!sheet || !row) {
      return { message: { vi: 'Không tìm thấy dòng này.', en: 'This row was not found.' } };
    }
    const cells = row.cells.map((c) => c.text).join(' │ ');
    const cell = location.cell ? `, ô ${location.cell}` : '';
    const cellEn = location.cell ? `, cell ${location.cell}` : '';
    return {
      message: {
        vi: `Trang "${sheet.name}", dòng ${row.number}${cell}: ${cells}`,
        en: `Sheet "${sheet.name}", row ${row.number}${cellEn}: ${cells}`,
      },
    };
  }

  async downloadReport(input: ReportInput, lang: Lang): Promise<ActionOutcome> {
    const sources = this.file ? [bytesSource(this.file.name, this.file.bytes)] : [];
    const bytes = await writeReportWorkbook(input, { lang, sources });
    const name = `ket-qua-kiem-tra-${stem(this.file?.name ?? 'so-theo-doi')}.xlsx`;
    this.save(name, bytes, XLSX_MIME);
    return {
      message: { vi: `Đã tạo báo cáo "${name}".`, en: `Made the report "${name}".` },
    };
  }

  async downloadTemplate(pack: Pack): Promise<ActionOutcome> {
    const bytes = await writeTemplateWorkbook(pack);
    const name = `mau-theo-doi-${pack.id}.xlsx`;
    this.save(name, bytes, XLSX_MIME);
    return {
      message: {
        vi: `Đã tạo sổ theo dõi mẫu "${name}".`,
        en: `Made the tracking template "${name}".`,
      },
    };
  }
}
