/**
 * A finding as a table row: the one layout of the CSV, the XLSX report's "Kết quả kiểm tra" sheet
 * and the sheet the add-in writes into the open workbook (the task pane and the standalone page
 * therefore give the same sheet). Values are the raw text; each writer escapes it for its medium
 * (CSV neutralises formulas, XLSX drops what XML cannot hold, Office.js stores text as text).
 */
import { formatIsoDate, formatViDate, parseIsoDate } from '@dondoc/core';
import type { Finding, FindingsReport, Message } from '@dondoc/core';
import type { Lang } from './input.js';
import { SEVERITY_NAMES } from './severity.js';

export type RowValue = string | number;

export interface FindingColumn {
  /** The column's name for programs: the CSV header. */
  readonly key: string;
  /** The column's name for people: a sheet's header. */
  readonly header: Message;
  /** Width in characters in a sheet. */
  readonly width: number;
  /** The cell as a person reads it in `lang` (the finding's number counts from 1). */
  readonly value: (finding: Finding, number: number, lang: Lang) => RowValue;
  /** The cell as a program reads it, where that differs (the severity's id, not its name). */
  readonly data?: (finding: Finding) => RowValue;
}

const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** The message in one language, named for that language whichever language the sheet is in. */
function messageColumn(lang: Lang, main: boolean): FindingColumn {
  const header: Message = main
    ? { vi: 'Phát hiện', en: 'Finding' }
    : lang === 'en'
      ? { vi: 'Phát hiện (English)', en: 'Finding (English)' }
      : { vi: 'Phát hiện (Tiếng Việt)', en: 'Finding (Tiếng Việt)' };
  return {
    key: `message_${lang}`,
    header,
    width: main ? 70 : 60,
    value: (f) => f.message[lang],
  };
}

/**
 * The columns of a finding row, in order; the message in the sheet's language comes after the
 * agency, the other language's last.
 */
export function findingColumns(lang: Lang): readonly FindingColumn[] {
  return [
    { key: 'no', header: { vi: 'STT', en: 'No.' }, width: 6, value: (_f, n) => n },
    {
      key: 'workbook',
      header: { vi: 'Sổ theo dõi', en: 'Workbook' },
      width: 24,
      value: (f) => f.location?.workbook ?? '',
    },
    {
      key: 'sheet',
      header: { vi: 'Trang', en: 'Sheet' },
      width: 18,
      value: (f) => f.location?.sheet ?? '',
    },
    {
      key: 'row',
      header: { vi: 'Dòng', en: 'Row' },
      width: 7,
      value: (f) => f.location?.row ?? '',
    },
    {
      key: 'cell',
      header: { vi: 'Ô', en: 'Cell' },
      width: 8,
      value: (f) => f.location?.cell ?? '',
    },
    {
      key: 'severity',
      header: { vi: 'Mức độ', en: 'Severity' },
      width: 11,
      value: (f, _n, l) => SEVERITY_NAMES[f.severity][l],
      data: (f) => f.severity,
    },
    { key: 'rule', header: { vi: 'Quy tắc', en: 'Rule' }, width: 20, value: (f) => f.rule },
    {
      key: 'subject',
      header: { vi: 'Nội dung theo dõi', en: 'Tracked item' },
      width: 40,
      value: (f) => f.subject.title ?? f.subject.id ?? '',
    },
    {
      key: 'agency',
      header: { vi: 'Đơn vị', en: 'Agency' },
      width: 26,
      value: (f) => f.agency ?? '',
    },
    messageColumn(lang, true),
    {
      key: 'expected',
      header: { vi: 'Yêu cầu', en: 'Expected' },
      width: 18,
      value: (f) => f.expected ?? '',
    },
    {
      key: 'actual',
      header: { vi: 'Thực tế', en: 'Actual' },
      width: 18,
      value: (f) => f.actual ?? '',
    },
    {
      key: 'quote',
      header: { vi: 'Căn cứ', en: 'Source' },
      width: 40,
      value: (f) => f.quote ?? '',
    },
    messageColumn(other(lang), false),
  ];
}

/** The index (from 0) of the column holding the cell address: where a sheet puts its links. */
export const CELL_COLUMN = 4;

/** The findings as rows for people (a sheet) or for programs (CSV: severity ids). */
export function findingRows(
  findings: readonly Finding[],
  lang: Lang,
  reader: 'people' | 'programs' = 'people',
): RowValue[][] {
  const columns = findingColumns(lang);
  return findings.map((f, i) =>
    columns.map((c) => (reader === 'programs' && c.data ? c.data(f) : c.value(f, i + 1, lang))),
  );
}

/** The first line of the sheet dondoc writes, so that checks skip it and refreshes recognise it. */
export const RESULTS_SHEET_MARK = 'KẾT QUẢ KIỂM TRA (dondoc)';
export const RESULTS_SHEET_NAME = 'Kết quả kiểm tra';

/** The "Kết quả kiểm tra" sheet as values: intro lines, the header, one row per finding. */
export interface ResultsSheet {
  readonly name: string;
  /** Lines above the table: the mark, the pack and date, the counts, the narrative, a blank. */
  readonly intro: readonly string[];
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly { readonly values: readonly RowValue[]; readonly finding: Finding }[];
}

export function resultsSheet(report: FindingsReport, lang: Lang): ResultsSheet {
  const asOf = parseIsoDate(report.asOf);
  const { summary, pack } = report;
  const intro = [
    RESULTS_SHEET_MARK,
    lang === 'vi'
      ? `Bộ quy tắc: ${pack.title} (${pack.id} ${pack.version}); ngày kiểm tra: ${asOf ? formatViDate(asOf) : report.asOf}`
      : `Rule pack: ${pack.title} (${pack.id} ${pack.version}); as of ${asOf ? formatIsoDate(asOf) : report.asOf}`,
    lang === 'vi'
      ? `${summary.error} lỗi, ${summary.warning} cảnh báo, ${summary.info} thông tin; ${summary.notEvaluated.length} mục không kiểm tra được.`
      : `${summary.error} errors, ${summary.warning} warnings, ${summary.info} info; ${summary.notEvaluated.length} items not evaluated.`,
    ...(summary.narrative ?? []).map((m) => m[lang]),
    '',
  ];
  const columns = findingColumns(lang);
  const values = findingRows(report.findings, lang);
  return {
    name: RESULTS_SHEET_NAME,
    intro,
    header: columns.map((c) => c.header[lang]),
    widths: columns.map((c) => c.width),
    rows: report.findings.map((finding, i) => ({ values: values[i]!, finding })),
  };
}
