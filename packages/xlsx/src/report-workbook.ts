/**
 * The XLSX report: a new workbook (the checked files are only ever read) with
 * - "Tổng hợp": what was checked, the counts and the narrative summary;
 * - "Kết quả kiểm tra": one row per finding, with filters, a frozen header, a fill by severity and a
 *   link to the cell in the annotated copy;
 * - "Bảng điểm": the scorecard per agency and, for several workbooks, per workbook (scorecard-sheet.ts);
 * - an annotated copy of each checked sheet that has findings: its values, number formats, widths
 *   and merges, the offending cells filled and a note on each.
 *
 * Before copying a workbook, what exceljs would not carry over is looked for (charts, pivot tables,
 * images, macros, slicers, external links, form controls). When any is there, that workbook gets no
 * copy, and "Tổng hợp" says why. Text from workbooks is written as string cells, exactly as it is
 * (a leading "=" or "-" stays; the formula-injection guard is for CSV only), without the characters
 * XML 1.0 forbids.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs-load.js';
import type { Finding, Message, Severity } from '@dondoc/core';
import {
  CELL_COLUMN,
  countBy,
  findingColumns,
  narrativeOf,
  resultsSheet,
  RESULTS_SHEET_NAME,
  SEVERITY_FILLS,
  SEVERITY_NAMES,
  xmlSafeText,
  type Lang,
  type ReportInput,
} from '@dondoc/report';
import { addScorecardSheet } from './scorecard-sheet.js';
import { zipEntryNames } from './zip-parts.js';

/** A checked workbook the report can copy and annotate, opened only when it has findings. */
export interface OpenableSource {
  /** The workbook name as it appears in the findings. */
  readonly workbook: string;
  open(): Promise<OpenedSource>;
}

export interface OpenedSource {
  /** Names of the parts in the .xlsx package (to see what a copy would lose). */
  readonly parts: readonly string[];
  /** Size of the file in bytes. */
  readonly size: number;
  /** Loads the workbook into an exceljs Workbook (called only when a copy is made). */
  load(workbook: ExcelJS.Workbook): Promise<void>;
}

/** A workbook already in memory: an upload in the browser. */
export function bytesSource(workbook: string, bytes: Uint8Array): OpenableSource {
  return {
    workbook,
    open: async () => ({
      parts: zipEntryNames(bytes),
      size: bytes.length,
      load: async (wb) => {
        // exceljs's typings want a Node Buffer; any ArrayBuffer view is accepted.
        await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      },
    }),
  };
}

export interface ReportWorkbookOptions {
  readonly lang?: Lang;
  /** Workbooks to copy and annotate; findings of other workbooks are listed without links. */
  readonly sources?: readonly OpenableSource[];
  /** Larger files get no annotated copy (reading them whole would take too much memory). */
  readonly maxCopyBytes?: number;
  /** Extra sheets after the findings (the changes since the last check): a sentence, then a table. */
  readonly extraSheets?: readonly ExtraSheet[];
}

export interface ExtraSheet {
  readonly name: string;
  readonly intro?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** exceljs wants ARGB: the shared fills with an opaque alpha. */
const FILL: Readonly<Record<Severity, string>> = {
  error: `FF${SEVERITY_FILLS.error.slice(1)}`,
  warning: `FF${SEVERITY_FILLS.warning.slice(1)}`,
  info: `FF${SEVERITY_FILLS.info.slice(1)}`,
};
const SEVERITY = SEVERITY_NAMES;

/** What an annotated copy would lose, by the parts the file holds. */
const LOST_ON_COPY: ReadonlyArray<readonly [RegExp, Message]> = [
  [/^xl\/(?:charts|chartsheets)\//, { vi: 'biểu đồ', en: 'charts' }],
  [/^xl\/(?:pivotTables|pivotCache)\//, { vi: 'bảng tổng hợp (pivot)', en: 'pivot tables' }],
  [/^xl\/media\//, { vi: 'hình ảnh', en: 'images' }],
  [/vbaProject\.bin$/, { vi: 'macro', en: 'macros' }],
  [/^xl\/(?:slicers|slicerCaches|timelines)\//, { vi: 'slicer', en: 'slicers' }],
  [/^xl\/externalLinks\//, { vi: 'liên kết ngoài', en: 'external links' }],
  [/^xl\/(?:ctrlProps|activeX)\//, { vi: 'điều khiển biểu mẫu', en: 'form controls' }],
];

/** The kinds of content in these parts that a copy made with exceljs would drop. */
export function contentLostOnCopy(parts: readonly string[]): Message[] {
  return LOST_ON_COPY.filter(([re]) => parts.some((p) => re.test(p))).map(([, m]) => m);
}

const DEFAULT_MAX_COPY_BYTES = 20 * 1024 * 1024;

/**
 * Text as the XLSX report writes it: exactly the text, as a string cell (never a formula, whatever it
 * starts with), only without the characters XML 1.0 cannot hold.
 */
function text(value: string): string {
  return xmlSafeText(value);
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    xmlSafeText(wanted)
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A value as the copy holds it: the same value, formula, rich text or link, its text exactly as it
 * is (only what XML 1.0 cannot hold removed). A formula that refers to another sheet or workbook
 * would point elsewhere in the report, so it is copied as its cached result.
 */
function copiedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (typeof value === 'string') return text(value);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    const formula = cell.formula;
    if (formula && !/[![]/.test(formula)) {
      return {
        formula,
        ...(result !== undefined
          ? { result: typeof result === 'string' ? text(result) : result }
          : {}),
      } as ExcelJS.CellFormulaValue;
    }
    return result === undefined
      ? null
      : typeof result === 'string'
        ? text(result)
        : (result as ExcelJS.CellValue);
  }
  if ('richText' in value) {
    return { richText: value.richText.map((run) => ({ ...run, text: text(run.text) })) };
  }
  if ('hyperlink' in value) {
    const link = value as ExcelJS.CellHyperlinkValue;
    return { ...link, text: text(String(link.text ?? '')) };
  }
  return value;
}

/** A deep copy of a style, so that filling one cell never fills another sharing its style. */
function copiedStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
}

interface CopyResult {
  /** Source sheet name → copy sheet name. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly note?: Message;
}

async function annotatedCopy(
  out: ExcelJS.Workbook,
  source: OpenableSource,
  findings: readonly Finding[],
  taken: Set<string>,
  index: number,
  maxBytes: number,
): Promise<CopyResult> {
  const inspection = await source.open();
  const lost = contentLostOnCopy(inspection.parts);
  if (lost.length > 0) {
    return {
      sheets: new Map(),
      note: {
        vi: `Không tạo bản sao có đánh dấu của "${source.workbook}": tệp có ${lost.map((m) => m.vi).join(', ')} mà bản sao sẽ làm mất. Tệp gốc không bị thay đổi.`,
        en: `No annotated copy of "${source.workbook}": it holds ${lost.map((m) => m.en).join(', ')}, which a copy would lose. The original is unchanged.`,
      },
    };
  }
  if (inspection.size > maxBytes) {
    return {
      sheets: new Map(),
      note: {
        vi: `Không tạo bản sao có đánh dấu của "${source.workbook}": tệp quá lớn để sao chép.`,
        en: `No annotated copy of "${source.workbook}": the file is too large to copy.`,
      },
    };
  }
  const wb = await newWorkbook();
  await inspection.load(wb);
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const sheet = f.location?.sheet;
    if (sheet === undefined) continue;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), f]);
  }
  const names = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const sheetFindings = bySheet.get(ws.name);
    if (!sheetFindings) continue;
    const name = sheetName(`${index}. ${ws.name}`, taken);
    names.set(ws.name, name);
    // The sheet as the clerk set it up: freeze panes, print setup, widths, heights, styles.
    const copy = out.addWorksheet(name, {
      views: (ws.views ?? []).map((view) => ({ ...view })),
      pageSetup: { ...ws.pageSetup },
      ...(ws.properties ? { properties: { ...ws.properties } } : {}),
    });
    ws.columns?.forEach((column, i) => {
      const target = copy.getColumn(i + 1);
      if (column.width) target.width = column.width;
      if (column.hidden) target.hidden = true;
    });
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const target = copy.getRow(rowNumber);
      if (row.height) target.height = row.height;
      if (row.hidden) target.hidden = true;
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const targetCell = copy.getCell(rowNumber, col);
        targetCell.value = copiedValue(cell);
        targetCell.style = copiedStyle(cell.style);
        if (typeof cell.note === 'string') targetCell.note = text(cell.note);
      });
    });
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      try {
        copy.mergeCells(range);
      } catch {
        // an overlapping merge in a damaged file: the copy shows the cells unmerged
      }
    }
    for (const f of sheetFindings) {
      const address = f.location?.cell;
      if (!address) continue;
      const cell = copy.getCell(address);
      cell.style = {
        ...copiedStyle(cell.style),
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } },
      };
      const previous = typeof cell.note === 'string' ? `${cell.note}\n\n` : '';
      cell.note = text(`${previous}[${f.rule}] ${f.message.vi}\n${f.message.en}`);
    }
  }
  return { sheets: names };
}

export async function writeReportWorkbook(
  input: ReportInput,
  options: ReportWorkbookOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const { report } = input;
  const out = await newWorkbook();
  out.creator = 'dondoc';
  const taken = new Set<string>(['tổng hợp', 'kết quả kiểm tra', 'bảng điểm']);
  const summary = out.addWorksheet('Tổng hợp');
  const results = out.addWorksheet(RESULTS_SHEET_NAME);
  addScorecardSheet(out, input, lang);

  // Annotated copies first: the findings rows link into them.
  const copies = new Map<string, ReadonlyMap<string, string>>();
  const notes: Message[] = [];
  let index = 1;
  for (const source of options.sources ?? []) {
    const workbookFindings = report.findings.filter(
      (f) => f.location?.workbook === source.workbook,
    );
    if (workbookFindings.length === 0) continue;
    try {
      const copy = await annotatedCopy(
        out,
        source,
        workbookFindings,
        taken,
        index++,
        options.maxCopyBytes ?? DEFAULT_MAX_COPY_BYTES,
      );
      copies.set(source.workbook, copy.sheets);
      if (copy.note) notes.push(copy.note);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notes.push({
        vi: `Không tạo được bản sao có đánh dấu của "${source.workbook}": ${reason}`,
        en: `Could not make an annotated copy of "${source.workbook}": ${reason}`,
      });
    }
  }

  // "Kết quả kiểm tra": the sheet the add-in writes into a workbook, with links into the copies.
  const layout = resultsSheet(report, lang);
  const width = layout.header.length;
  layout.intro.forEach((line) => results.addRow([text(line)]));
  results.getRow(1).font = { bold: true };
  const top = layout.intro.length + 1;
  const headerRow = results.addRow([...layout.header]);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  layout.widths.forEach((w, i) => (results.getColumn(i + 1).width = w));
  const severityColumn = findingColumns(lang).findIndex((c) => c.key === 'severity') + 1;
  for (const { values, finding: f } of layout.rows) {
    const row = results.addRow(values.map((v) => (typeof v === 'string' ? text(v) : v)));
    row.alignment = { vertical: 'top', wrapText: true };
    // Spreadsheet programs do not grow rows for wrapped text they did not lay out: say how tall.
    let lines = 1;
    row.eachCell((cell, col) => {
      const columnWidth = results.getColumn(col).width ?? 10;
      const length = typeof cell.value === 'string' ? cell.value.length : 0;
      lines = Math.max(lines, Math.ceil(length / Math.max(1, columnWidth * 1.1)));
    });
    row.height = 15 * Math.min(lines, 12);
    row.getCell(severityColumn).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: FILL[f.severity] },
    };
    const address = f.location?.cell ?? '';
    const copyName = copies.get(f.location?.workbook ?? '')?.get(f.location?.sheet ?? '');
    if (copyName && address) {
      const link = row.getCell(CELL_COLUMN + 1);
      link.value = { text: address, hyperlink: `#'${copyName.replace(/'/g, "''")}'!${address}` };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
  results.views = [{ state: 'frozen', ySplit: top }];
  results.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: width } };

  // "Tổng hợp"
  summary.getColumn(1).width = 30;
  summary.getColumn(2).width = 80;
  summary.pageSetup = {
    paperSize: 9, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  results.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${top}`,
  };
  const title = summary.addRow([lang === 'vi' ? 'KẾT QUẢ KIỂM TRA' : 'CHECK RESULT']);
  title.font = { bold: true, size: 14 };
  summary
    .addRow([
      lang === 'vi' ? 'Bộ quy tắc' : 'Rule pack',
      text(`${report.pack.title} (${report.pack.id} ${report.pack.version})`),
    ])
    .getCell(2).alignment = { wrapText: true, vertical: 'top' };
  summary.addRow([lang === 'vi' ? 'Tính đến ngày' : 'As of', report.asOf]);
  summary.addRow([lang === 'vi' ? 'Số sổ theo dõi' : 'Workbooks', input.workbooks.length]);
  summary.addRow([]);
  for (const s of ['error', 'warning', 'info'] as const) {
    summary.addRow([`${SEVERITY[s][lang]} / ${SEVERITY[s][other]}`, report.summary[s]]);
  }
  summary.addRow([]);
  const byRuleTitle = summary.addRow([lang === 'vi' ? 'Theo quy tắc' : 'By rule']);
  byRuleTitle.font = { bold: true };
  for (const [rule, n] of countBy(report.findings, (f) => f.rule)) summary.addRow([rule, n]);
  summary.addRow([]);
  const narrativeTitle = summary.addRow([lang === 'vi' ? 'Tóm tắt' : 'Summary']);
  narrativeTitle.font = { bold: true };
  const paragraph = (value: string) => {
    const row = summary.addRow([text(value)]);
    summary.mergeCells(row.number, 1, row.number, 2);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.max(1, Math.ceil(value.length / 100));
  };
  for (const m of narrativeOf(input)) paragraph(m[lang]);
  const unreadable = input.workbooks.filter((w) => w.status === 'unreadable');
  for (const w of unreadable) paragraph(`${w.workbook}: ${w.error?.[lang] ?? ''}`);
  for (const note of notes) paragraph(note[lang]);

  for (const extra of options.extraSheets ?? []) {
    const sheet = out.addWorksheet(extra.name);
    if (extra.intro !== undefined) {
      sheet.addRow([text(extra.intro)]).font = { italic: true };
    }
    const header = sheet.addRow([...extra.header]);
    header.font = { bold: true };
    for (const row of extra.rows) {
      sheet.addRow(row.map((v) => (typeof v === 'string' ? text(v) : v)));
    }
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 6 : 28));
  }

  const buffer = await out.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
