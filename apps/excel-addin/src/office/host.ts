/**
 * The task pane's workbook: Office.js calls, batched (queue loads and writes on proxies, one `sync`
 * per batch, never one per cell), behind the WorkbookHost seam. Works within ExcelApi 1.1 (Excel
 * 2016); what needs a later set (merges and widths 1.2, frozen panes 1.7, drop-down lists 1.8) is
 * gated with `isSetSupported` and reported as a note when skipped.
 */
import {
  listValidationFormula,
  trackingTemplate,
  type Finding,
  type FindingLocation,
  type FindingsReport,
  type Message,
  type Pack,
  type Severity,
  type Sheet,
  type TemplateSheet,
} from '@dondoc/core';
import {
  CELL_COLUMN,
  neutralizeFormula,
  resultsSheet,
  RESULTS_SHEET_MARK,
  RESULTS_SHEET_NAME,
  SEVERITY_FILLS,
  type Lang,
  type RowValue,
} from '@dondoc/report';
import type { ActionOutcome, HistoryPlace, WorkbookSheets, WorkbookHost } from '../host.js';
import { parseRangeAddress, rangeAddress, sheetCellReference } from './address.js';
import type {
  ExcelContextLike,
  OfficeEnvironment,
  RangeLike,
  WorksheetLike,
} from './office-api.js';
import { dateSystemFromText, rowsFromRangeData, type RangeData } from './range-data.js';

/** Fills by severity, the same as the XLSX report's annotated copy. */
export const HIGHLIGHT_FILL = SEVERITY_FILLS;
const NO_FILL = '#FFFFFF';
const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Settings keys (Office.context.document.settings, saved in the file). */
export const SETTING_PACK = 'dondoc.pack';
export const SETTING_FILLS = 'dondoc.highlights';
export const SETTING_HISTORY = 'dondoc.history';

/**
 * The most characters the history may take in the document settings. Microsoft publishes no figure
 * for Excel's settings; they are saved in the file with the stored pack and the remembered fills, so
 * the history keeps well under a megabyte (some 600 findings in each of the two checks it keeps in
 * full; beyond that it leaves out their messages, see @dondoc/history's local.ts).
 */
export const HISTORY_MAX_CHARS = 500_000;

/**
 * Cells read per round trip. Excel on the web refuses request or response payloads over 5 MB; a cell
 * comes back four times (value, number format, displayed text, value type), some 100–250 bytes of
 * JSON for a Vietnamese text cell, so 20,000 cells stay well under it.
 */
export const CELLS_PER_SYNC = 20_000;

/** A highlighted cell: the fill it had, and the fill dondoc gave it. */
interface SavedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly before: string;
  readonly applied: string;
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

function sameColor(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

function visibilityState(visibility: string): Sheet['state'] {
  if (visibility === 'Hidden') return 'hidden';
  if (visibility === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

/** Row chunks of a used range, each at most CELLS_PER_SYNC cells. */
function chunksOf(address: string): string[] {
  const range = parseRangeAddress(address);
  if (!range) return [];
  const width = range.right - range.left + 1;
  const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  const chunks: string[] = [];
  for (let top = range.top; top <= range.bottom; top += rowsPerChunk) {
    const bottom = Math.min(range.bottom, top + rowsPerChunk - 1);
    chunks.push(rangeAddress({ ...range, top, bottom }));
  }
  return chunks;
}

/** A 2-D block of the same value (Office.js wants arrays the size of the range). */
function block<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/** Excel column widths in Office.js are points; a template's are characters. */
function pointsForChars(chars: number): number {
  return Math.round(chars * 6.2);
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** Fills remembered when the workbook has no settings store (kept for the session only). */
  private memoryFills: SavedFill[] = [];

  /**
   * The checks of this workbook, in its document settings: whoever opens the file next sees what
   * changed since the last check, whatever computer it was checked on.
   */
  readonly history: HistoryPlace | undefined;

  constructor(private readonly env: OfficeEnvironment) {
    const settings = env.settings;
    this.history = settings
      ? {
          where: { vi: 'trong tệp này', en: 'in this workbook' },
          maxChars: HISTORY_MAX_CHARS,
          load: () => Promise.resolve(settings.get(SETTING_HISTORY) ?? undefined),
          save: async (_workbook, text) => {
            settings.set(SETTING_HISTORY, text);
            await saveSettings(settings);
          },
        }
      : undefined;
  }

  private supports(version: string): boolean {
    try {
      return this.env.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  }

  async read(): Promise<WorkbookSheets> {
    return this.env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/visibility');
      await context.sync();
      const used = worksheets.items.map((ws) => {
        const range = ws.getUsedRange();
        range.load('address');
        return { ws, range };
      });
      await context.sync();

      // Every chunk of every sheet, read in as few round trips as the payload limit allows.
      const plan = used.flatMap(({ ws }, index) =>
        chunksOf(used[index]!.range.address).map((address) => ({ ws, index, address })),
      );
      const data: { index: number; range: RangeData }[] = [];
      let batch: { index: number; range: RangeLike }[] = [];
      let cells = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await context.sync();
        for (const { index, range } of batch) {
          data.push({
            index,
            range: {
              address: range.address,
              values: range.values,
              numberFormat: range.numberFormat,
              text: range.text,
              valueTypes: range.valueTypes,
            },
          });
        }
        batch = [];
        cells = 0;
      };
      for (const part of plan) {
        const bounds = parseRangeAddress(part.address)!;
        const size = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
        // One round trip per CELLS_PER_SYNC cells, not per chunk or per cell.
        if (cells + size > CELLS_PER_SYNC) await flush();
        const range = part.ws.getRange(part.address);
        range.load('address,values,numberFormat,text,valueTypes');
        batch.push({ index: part.index, range });
        cells += size;
      }
      await flush();

      const date1904 = dateSystemFromText(data.map((d) => d.range)) ?? false;
      const sheets: Sheet[] = used.map(({ ws }, index) => ({
        name: ws.name,
        state: visibilityState(ws.visibility),
        rows: data
          .filter((d) => d.index === index)
          .flatMap((d) => rowsFromRangeData(d.range, { date1904 })),
      }));
      return { name: this.env.workbookName ?? 'Sổ đang mở.xlsx', sheets };
    });
  }

  async selectCell(location: FindingLocation): Promise<ActionOutcome> {
    if (!location.sheet) {
      return {
        message: { vi: 'Phát hiện này không gắn với ô nào.', en: 'This finding has no cell.' },
      };
    }
    const sheet = location.sheet;
    const cell = location.cell ?? (location.row ? `A${location.row}` : 'A1');
    await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
    return {
      message: {
        vi: `Đã chọn ô ${sheetCellReference(sheet, cell)}.`,
        en: `Selected ${sheetCellReference(sheet, cell)}.`,
      },
    };
  }

  private async savedFills(): Promise<SavedFill[]> {
    const settings = this.env.settings;
    if (!settings) return this.memoryFills;
    const raw = settings.get(SETTING_FILLS);
    if (typeof raw !== 'string') return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as SavedFill[]) : [];
    } catch {
      return [];
    }
  }

  private async saveFills(fills: SavedFill[]): Promise<void> {
    const settings = this.env.settings;
    if (!settings) {
      this.memoryFills = fills;
      return;
    }
    if (fills.length === 0) settings.remove(SETTING_FILLS);
    else settings.set(SETTING_FILLS, JSON.stringify(fills));
    await saveSettings(settings);
  }

  async highlight(findings: readonly Finding[]): Promise<ActionOutcome> {
    const wanted = new Map<string, { sheet: string; cell: string; severity: Severity }>();
    for (const f of findings) {
      const sheet = f.location?.sheet;
      const cell = f.location?.cell;
      if (!sheet || !cell) continue;
      const k = key(sheet, cell);
      const seen = wanted.get(k);
      if (!seen || RANK[f.severity] > RANK[seen.severity])
        wanted.set(k, { sheet, cell, severity: f.severity });
    }
    if (wanted.size === 0) {
      return { message: { vi: 'Không có ô nào cần tô màu.', en: 'No cell to highlight.' } };
    }
    const saved = await this.savedFills();
    const known = new Map(saved.map((s) => [key(s.sheet, s.cell), s]));
    const next = await this.env.run(async (context) => {
      const sheets = new Map<string, WorksheetLike>();
      const sheetOf = (name: string) => {
        let ws = sheets.get(name);
        if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
        return ws;
      };
      // Read the fills of the cells not highlighted yet (a cell highlighted earlier keeps its original).
      const fresh = [...wanted.entries()]
        .filter(([k]) => !known.has(k))
        .map(([k, w]) => {
          const range = sheetOf(w.sheet).getRange(w.cell);
          range.format.fill.load('color');
          return { k, w, range };
        });
      await context.sync();
      const result: SavedFill[] = [...saved];
      for (const { w, range } of fresh) {
        result.push({
          sheet: w.sheet,
          cell: w.cell,
          before: range.format.fill.color ?? NO_FILL,
          applied: HIGHLIGHT_FILL[w.severity],
        });
      }
      for (const [k, w] of wanted) {
        const applied = HIGHLIGHT_FILL[w.severity];
        sheetOf(w.sheet).getRange(w.cell).format.fill.color = applied;
        const index = result.findIndex((s) => key(s.sheet, s.cell) === k);
        if (index >= 0) result[index] = { ...result[index]!, applied };
      }
      await context.sync();
      return result;
    });
    await this.saveFills(next);
    return {
      message: {
        vi: `Đã tô màu ${wanted.size} ô. Bấm "Xóa tô màu" để trả lại màu cũ.`,
        en: `Highlighted ${wanted.size} cells. "Clear highlights" puts the old fills back.`,
      },
    };
  }

  async clearHighlights(): Promise<ActionOutcome> {
    const saved = await this.savedFills();
    if (saved.length === 0) {
      return { message: { vi: 'Không có ô nào đang được tô màu.', en: 'No highlighted cells.' } };
    }
    const { restored, changed, missing } = await this.env.run(async (context) => {
      // Sheets renamed or deleted since: their cells cannot be restored (nor do they need to be).
      const { worksheets, names: present } = await sheetNames(context);
      const live = saved.filter((s) => present.has(s.sheet));
      const ranges = live.map((s) => {
        const range = worksheets.getItem(s.sheet).getRange(s.cell);
        range.format.fill.load('color');
        return { s, range };
      });
      await context.sync();
      let restored = 0;
      let changed = 0;
      for (const { s, range } of ranges) {
        // A fill the user changed after highlighting is theirs now: leave it.
        if (!sameColor(range.format.fill.color ?? '', s.applied)) {
          changed++;
          continue;
        }
        if (sameColor(s.before, NO_FILL)) range.format.fill.clear();
        else range.format.fill.color = s.before;
        restored++;
      }
      await context.sync();
      return { restored, changed, missing: saved.length - live.length };
    });
    await this.saveFills([]);
    const notes: Message[] = [];
    if (changed > 0) {
      notes.push({
        vi: `${changed} ô đã được đổi màu sau khi tô nên được giữ nguyên.`,
        en: `${changed} cells were refilled after highlighting and were left as they are.`,
      });
    }
    if (missing > 0) {
      notes.push({
        vi: `${missing} ô thuộc trang đã đổi tên hoặc bị xóa.`,
        en: `${missing} cells are on sheets renamed or deleted since.`,
      });
    }
    return {
      message: {
        vi: `Đã trả lại màu cũ cho ${restored} ô.`,
        en: `Restored the fills of ${restored} cells.`,
      },
      notes,
    };
  }

  /** A sheet name not taken yet ("Kết quả kiểm tra (2)"). */
  private static freeName(wanted: string, taken: ReadonlySet<string>): string {
    const lower = new Set([...taken].map((t) => t.toLowerCase()));
    if (!lower.has(wanted.toLowerCase())) return wanted;
    for (let i = 2; ; i++) {
      const suffix = ` (${i})`;
      const name = wanted.slice(0, 31 - suffix.length) + suffix;
      if (!lower.has(name.toLowerCase())) return name;
    }
  }

  async writeResults(report: FindingsReport, lang: Lang): Promise<ActionOutcome> {
    const notes: Message[] = [];
    const name = await this.env.run(async (context) => {
      const { worksheets, names } = await sheetNames(context);
      // Refresh our own sheet (found by its first line); a user's sheet of that name is never touched.
      const pattern = /^kết quả kiểm tra(?: \(\d+\))?$/;
      const candidates = worksheets.items
        .filter((w) => pattern.test(w.name.normalize('NFC').toLowerCase()))
        .map((w) => {
          const a1 = w.getRange('A1');
          a1.load('text');
          return { w, a1 };
        });
      if (candidates.length > 0) await context.sync();
      for (const { w, a1 } of candidates) {
        if (a1.text[0]?.[0] !== RESULTS_SHEET_MARK) continue;
        w.delete();
        names.delete(w.name);
      }
      const sheetName = OfficeWorkbookHost.freeName(RESULTS_SHEET_NAME, names);
      const ws = worksheets.add(sheetName);
      // The same sheet as the XLSX report's (the standalone page's download), written here.
      const layout = resultsSheet(report, lang);
      const width = layout.header.length;
      const top = layout.intro.length + 1;
      const text = (v: RowValue) => (typeof v === 'string' ? neutralizeFormula(v) : v);
      const all = [
        ...layout.intro.map((line) => [text(line), ...Array<string>(width - 1).fill('')]),
        [...layout.header],
        ...layout.rows.map((r) => r.values.map(text)),
      ];
      const block = ws.getRange(
        rangeAddress({ top: 1, left: 1, bottom: all.length, right: width }),
      );
      // Text stays text: Excel would otherwise turn "30/6/2024" into a date or "- Tỷ lệ" into a formula.
      const formats = textFormats(all);
      // The link column holds formulas: a Text format would show them as text.
      for (let r = top; r < all.length; r++) formats[r]![CELL_COLUMN] = 'General';
      block.numberFormat = formats;
      block.values = all;
      ws.getRange(rangeAddress({ top, left: 1, bottom: top, right: width })).format.font.bold =
        true;
      ws.getRange(rangeAddress({ top, left: 1, bottom: top, right: width })).format.fill.color =
        '#F3EEE6';
      ws.getRange('A1').format.font.bold = true;
      if (layout.rows.length > 0) {
        // Links to the cells: HYPERLINK formulas work in every Excel (Range.hyperlink needs 1.7).
        const column = CELL_COLUMN + 1;
        ws.getRange(
          rangeAddress({
            top: top + 1,
            left: column,
            bottom: top + layout.rows.length,
            right: column,
          }),
        ).formulas = layout.rows.map((r) => [cellLink(r.finding.location)]);
      }
      if (this.supports('1.2')) {
        layout.widths.forEach((chars, i) => {
          ws.getRange(
            rangeAddress({ top: 1, left: i + 1, bottom: 1, right: i + 1 }),
          ).format.columnWidth = pointsForChars(chars);
        });
      } else {
        notes.push(NEEDS('1.2', { vi: 'độ rộng cột', en: 'column widths' }));
      }
      if (this.supports('1.7')) ws.freezePanes.freezeRows(top);
      else notes.push(NEEDS('1.7', { vi: 'cố định dòng tiêu đề', en: 'frozen header row' }));
      ws.activate();
      await context.sync();
      return sheetName;
    });
    return {
      message: {
        vi: `Đã ghi ${report.findings.length} phát hiện vào trang "${name}".`,
        en: `Wrote ${report.findings.length} findings to the sheet "${name}".`,
      },
      notes,
    };
  }

  async insertTemplate(pack: Pack): Promise<ActionOutcome> {
    const template = trackingTemplate(pack);
    const notes: Message[] = [];
    const added = await this.env.run(async (context) => {
      const { worksheets, names } = await sheetNames(context);
      const added: string[] = [];
      for (const sheet of template.sheets) {
        const name = OfficeWorkbookHost.freeName(sheet.name, names);
        names.add(name);
        added.push(name);
        this.renderTemplateSheet(worksheets.add(name), sheet, notes);
      }
      // One round trip for every sheet: all the calls above are queued.
      await context.sync();
      const first = added[0];
      if (first !== undefined) {
        worksheets.getItem(first).activate();
        await context.sync();
      }
      return added;
    });
    return {
      message: {
        vi: `Đã thêm ${added.length} trang theo dõi: ${added.join(', ')}.`,
        en: `Added ${added.length} tracking sheets: ${added.join(', ')}.`,
      },
      notes: dedupe(notes),
    };
  }

  private renderTemplateSheet(ws: WorksheetLike, sheet: TemplateSheet, notes: Message[]): void {
    const width = sheet.columns.length;
    const h = sheet.headerRow;
    const blank = (): (string | number)[] => Array<string>(width).fill('');
    const grid: (string | number)[][] = [];
    for (let r = 1; r < h; r++) grid.push(blank());
    grid[0]![0] = sheet.title;
    grid[1]![0] = sheet.subtitle;
    grid.push(sheet.columns.map((c) => c.label));
    for (const row of sheet.rows) {
      grid.push(
        row.map((v) => (v === null ? '' : typeof v === 'string' ? neutralizeFormula(v) : v)),
      );
    }
    const last = grid.length;
    // Number formats first, so a date typed later shows as a date; text columns stay "General".
    const formats = textFormats(grid);
    ws.getRange(rangeAddress({ top: 1, left: 1, bottom: last, right: width })).numberFormat =
      formats;
    ws.getRange(rangeAddress({ top: 1, left: 1, bottom: last, right: width })).values = grid;
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.size = 14;
    ws.getRange('A2').format.font.italic = true;
    const header = ws.getRange(rangeAddress({ top: h, left: 1, bottom: h, right: width }));
    header.format.font.bold = true;
    header.format.fill.color = '#F3EEE6';

    sheet.columns.forEach((column, i) => {
      const body = rangeAddress({
        top: h + 1,
        left: i + 1,
        bottom: sheet.lastFormattedRow,
        right: i + 1,
      });
      const rows = sheet.lastFormattedRow - h;
      if (column.numFmt && rows > 0) ws.getRange(body).numberFormat = block(rows, 1, column.numFmt);
      const list = column.list ? listValidationFormula(column.list) : undefined;
      if (list && column.list && rows > 0) {
        if (this.supports('1.8')) {
          const range = ws.getRange(body);
          range.dataValidation.rule = {
            list: {
              inCellDropDown: true,
              source: column.list.map((v) => v.replace(/,/g, ';')).join(','),
            },
          };
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: 'Stop',
            title: 'Giá trị không có trong danh sách',
            message: `Chọn một trong: ${column.list.join('; ')}`,
          };
        } else {
          notes.push(
            NEEDS('1.8', {
              vi: 'danh sách chọn (Tình trạng, Khối, Báo cáo)',
              en: 'drop-down lists (status, group, report)',
            }),
          );
        }
      }
    });
    if (this.supports('1.2')) {
      for (const row of [1, 2]) {
        const range = ws.getRange(rangeAddress({ top: row, left: 1, bottom: row, right: width }));
        range.merge(false);
        range.format.horizontalAlignment = 'Center';
      }
      sheet.columns.forEach((column, i) => {
        ws.getRange(
          rangeAddress({ top: h, left: i + 1, bottom: h, right: i + 1 }),
        ).format.columnWidth = pointsForChars(column.width);
      });
      const body = ws.getRange(
        rangeAddress({ top: h, left: 1, bottom: Math.max(h, last), right: width }),
      );
      body.format.wrapText = true;
      body.format.verticalAlignment = 'Top';
    } else {
      notes.push(
        NEEDS('1.2', { vi: 'gộp ô tiêu đề và độ rộng cột', en: 'merged titles and column widths' }),
      );
    }
    if (this.supports('1.7')) ws.freezePanes.freezeRows(h);
    else notes.push(NEEDS('1.7', { vi: 'cố định dòng tiêu đề', en: 'frozen header row' }));
  }

  async storePack(pack: Pack): Promise<ActionOutcome> {
    const settings = this.env.settings;
    if (!settings) {
      return {
        message: {
          vi: 'Excel này không cho lưu dữ liệu của phần bổ trợ vào tệp.',
          en: 'This Excel does not let add-ins store data in the file.',
        },
      };
    }
    settings.set(SETTING_PACK, JSON.stringify(pack));
    await saveSettings(settings);
    return {
      message: {
        vi: `Đã lưu bộ quy tắc "${pack.title}" vào tệp. Hãy lưu tệp (Ctrl+S); người mở tệp sau sẽ có cùng các quy tắc.`,
        en: `Stored the rule pack "${pack.title}" in the workbook. Save the file (Ctrl+S); whoever opens it next gets the same checks.`,
      },
    };
  }

  async storedPack(): Promise<unknown> {
    const raw = this.env.settings?.get(SETTING_PACK);
    if (typeof raw !== 'string') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }
}

function NEEDS(version: string, what: Message): Message {
  return {
    vi: `Bỏ qua ${what.vi}: cần Excel hỗ trợ ExcelApi ${version} (Excel 2019 trở lên hoặc Microsoft 365).`,
    en: `Skipped ${what.en}: needs ExcelApi ${version} (Excel 2019 or later, or Microsoft 365).`,
  };
}

/** "@" (Text) for the text cells of a block, "General" for numbers and blanks. */
function textFormats(grid: readonly (readonly unknown[])[]): string[][] {
  return grid.map((row) => row.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General')));
}

/** The workbook's sheets, listed (one round trip), and their names. */
async function sheetNames(context: ExcelContextLike) {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  return { worksheets, names: new Set(worksheets.items.map((w) => w.name)) };
}

function dedupe(notes: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.en) ? false : (seen.add(n.en), true)));
}

function saveSettings(settings: NonNullable<OfficeEnvironment['settings']>): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === 'failed')
        reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
      else resolve();
    });
  });
}

/** A link to the finding's cell in this workbook, or '' when it has none. */
function cellLink(location: FindingLocation | undefined): string {
  const sheet = location?.sheet ?? '';
  const cell = location?.cell ?? '';
  if (!sheet || !cell) return '';
  const target = `#${sheetCellReference(sheet, cell)}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}","${cell}")`;
}
