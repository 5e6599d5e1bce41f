/**
 * The standalone page's workbook: an .xlsx the user opened or dropped, read in the browser with
 * exceljs. Nothing is uploaded anywhere; the file's bytes are only read. Results leave as downloads
 * the user saves: the XLSX report with the annotated copy, and the tracking template.
 */
import type { Pack } from '@dondoc/core';
import type { Lang, ReportInput } from '@dondoc/report';
import {
  bytesSource,
  readWorkbookFromBuffer,
  writeReportWorkbook,
  writeTemplateWorkbook,
} from '@dondoc/xlsx/browser';
import type { ActionOutcome, WorkbookContent, WorkbookHost } from '../host.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** "so-theo-doi.xlsx" → "so-theo-doi". */
function stem(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

export class FileWorkbookHost implements WorkbookHost {
  readonly kind = 'file' as const;
  private file: { readonly name: string; readonly bytes: Uint8Array } | undefined;

  constructor(private readonly save: SaveFile) {}

  /** The workbook to check from now on (the caller's bytes are never modified). */
  open(name: string, bytes: Uint8Array): void {
    this.file = { name, bytes };
  }

  get fileName(): string | undefined {
    return this.file?.name;
  }

  async read(): Promise<WorkbookContent> {
    if (!this.file) throw new NoWorkbookError();
    const content = await readWorkbookFromBuffer(this.file.bytes, this.file.name);
    return { name: this.file.name, sheets: content.sheets };
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
