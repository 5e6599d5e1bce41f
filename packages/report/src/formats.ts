/**
 * Every output format dondoc writes, in one list: the id `--format` takes, the extension of the file
 * it is written to, its media type, what it is, and its writer. The text formats this package
 * renders carry their `render`; the others say who writes them (the XLSX report needs exceljs and
 * the checked files, the letters are a folder, the terminal text and the streamed JSON are the
 * command's own), so that a new format is added here once and every caller sees it.
 */
import type { Message } from '@dondoc/core';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderIcs } from './ics.js';
import type { Lang, ReportInput } from './input.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';

export interface RenderOptions {
  readonly lang: Lang;
  /** Extra HTML sections after the findings (the changes since the last check): HTML only. */
  readonly sections?: readonly string[];
  /** The version SARIF names the tool with. */
  readonly toolVersion?: string;
}

export interface OutputFormat {
  /** The name `--format` takes. */
  readonly id: string;
  /** The extension of its file ('' for a folder of files). */
  readonly extension: string;
  /** The media type of its file (of each letter, for the folder of letters). */
  readonly mediaType: string;
  readonly title: Message;
  /** Who writes it: `render` here, or the package or command named. */
  readonly writer:
    | {
        readonly by: '@dondoc/report';
        readonly render: (input: ReportInput, options: RenderOptions) => string;
      }
    | { readonly by: '@dondoc/xlsx' | 'folder' | 'command' };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const report = (render: (input: ReportInput, options: RenderOptions) => string) =>
  ({ by: '@dondoc/report', render }) as const;

export const FORMATS = {
  text: {
    id: 'text',
    extension: '.txt',
    mediaType: 'text/plain; charset=utf-8',
    title: { vi: 'văn bản trên màn hình', en: 'text for the terminal' },
    writer: { by: 'command' },
  },
  json: {
    id: 'json',
    extension: '.json',
    mediaType: 'application/json',
    title: {
      vi: 'kết quả dạng JSON (docs/findings.md)',
      en: 'the findings JSON (docs/findings.md)',
    },
    writer: { by: 'command' },
  },
  html: {
    id: 'html',
    extension: '.html',
    mediaType: 'text/html; charset=utf-8',
    title: { vi: 'báo cáo HTML in được', en: 'a printable HTML report' },
    writer: report((input, { lang, sections }) => renderHtml(input, { lang, sections })),
  },
  xlsx: {
    id: 'xlsx',
    extension: '.xlsx',
    mediaType: XLSX,
    title: {
      vi: 'báo cáo Excel có bản sao đánh dấu',
      en: 'an Excel report with annotated copies',
    },
    writer: { by: '@dondoc/xlsx' },
  },
  csv: {
    id: 'csv',
    extension: '.csv',
    mediaType: 'text/csv; charset=utf-8',
    title: { vi: 'bảng CSV, mỗi phát hiện một dòng', en: 'a CSV table, a row per finding' },
    writer: report((input, { lang }) => renderCsv(input, { lang })),
  },
  sarif: {
    id: 'sarif',
    extension: '.sarif',
    mediaType: 'application/sarif+json',
    title: { vi: 'SARIF 2.1.0 cho công cụ phân tích', en: 'SARIF 2.1.0 for analysis tools' },
    writer: report((input, { lang, toolVersion }) => renderSarif(input, { lang, toolVersion })),
  },
  junit: {
    id: 'junit',
    extension: '.xml',
    mediaType: 'application/xml',
    title: { vi: 'JUnit XML cho CI', en: 'JUnit XML for CI' },
    writer: report((input, { lang }) => renderJunit(input, { lang })),
  },
  ics: {
    id: 'ics',
    extension: '.ics',
    mediaType: 'text/calendar; charset=utf-8',
    title: { vi: 'lịch các hạn sắp tới', en: 'a calendar of coming deadlines' },
    writer: report((input) => renderIcs(input)),
  },
  reminders: {
    id: 'reminders',
    extension: '',
    mediaType: DOCX,
    title: {
      vi: 'thư đôn đốc .docx, mỗi đơn vị một thư',
      en: 'follow-up letters .docx, one per agency',
    },
    writer: { by: 'folder' },
  },
} as const satisfies Readonly<Record<string, OutputFormat>>;

export type FormatId = keyof typeof FORMATS;

/** The format ids in the order they are listed. */
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

export function isFormatId(name: string): name is FormatId {
  return Object.hasOwn(FORMATS, name);
}

/** The formats rendered as text by this package. */
export type RenderedFormatId = {
  [K in FormatId]: (typeof FORMATS)[K]['writer'] extends { by: '@dondoc/report' } ? K : never;
}[FormatId];

export function isRenderedFormat(id: FormatId): id is RenderedFormatId {
  return FORMATS[id].writer.by === '@dondoc/report';
}
