/**
 * Sample tracking workbooks with planted problems and a manifest of the findings the checker must
 * report, exactly those and no others (see plants.ts for the semantics each plant follows).
 */
import { rename } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { columnLetter, formatIsoDate, formatViDate, parseIsoDate } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import { isPlainDate } from './deadlines.js';
import type { DeadlineForm, SampleValue } from './deadlines.js';
import {
  BOUNDARY_VARIANTS,
  CLEAN_VARIANTS,
  DEFAULT_CLEAN_WEIGHTS,
  PLANT_RULES,
  PLANT_VARIANTS,
  fitsFixedDue,
  planTiming,
} from './plants.js';
import type { CleanVariant, PlannedTiming, PlantRule, RowVariant } from './plants.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';
import {
  DEFAULT_LAYOUT,
  cellRef,
  col,
  setColumnWidths,
  tableColumns,
  toJsDate,
  writeFooter,
  writeHeader,
  writeSectionRow,
  writeTaskRow,
  writeTitleBlock,
} from './layout.js';
import type { ColumnKey, LayoutSpec, TableColumns } from './layout.js';
import { TASK_SOURCES, pickTasks } from './tasks.js';
import type { TaskPick, TaskSource, TaskSourceId } from './tasks.js';

/** One finding the checker must report: its rule id and the cell it points at. */
export interface ExpectedFinding {
  readonly rule: string;
  readonly sheet: string;
  /** A1 address, e.g. "E12". */
  readonly cell: string;
}

export type GuideSheet = 'before' | 'after' | 'none';

export interface SampleSpec {
  /** Which seed document the tasks come from. */
  readonly source: TaskSourceId;
  /** The as-of date the plants are built for: a PlainDate or ISO text ("2024-07-01"). */
  readonly asOf: PlainDate | string;
  /** Number of task rows (section rows not counted). */
  readonly tasks: number;
  readonly seed: number;
  readonly layout?: Partial<LayoutSpec>;
  /** Rules to plant (each with its variants, see PLANT_VARIANTS); default: all of them. */
  readonly plants?: readonly PlantRule[];
  /** Also place the clean boundary rows (done on the deadline day, due in 8 days); default true. */
  readonly boundaryRows?: boolean;
  /** Clean variants that may fill the remaining rows; default: all. */
  readonly cleanVariants?: readonly CleanVariant[];
  /** Weights of the deadline forms; default DEFAULT_FORM_WEIGHTS. */
  readonly formWeights?: Readonly<Record<DeadlineForm, number>>;
  /** Name of the task sheet; default "Theo dõi nhiệm vụ". */
  readonly sheetName?: string;
  /** A "Hướng dẫn" sheet of plain text with no table; default 'none'. */
  readonly guideSheet?: GuideSheet;
  /** A hidden "DanhMuc" sheet holding the status list the status column validates against; default false. */
  readonly hiddenSheet?: boolean;
  /** Share of rows with a note in "Ghi chú"; default 0.2. */
  readonly noteShare?: number;
}

/** One task row as planted. */
export interface PlantedRow {
  readonly row: number;
  readonly variant: RowVariant;
  readonly title: string;
  readonly owner: string;
  /** The deadline cell as displayed ("trước ngày 25/6/2024", "24/06/2024" for a date cell), '' when empty. */
  readonly dueText: string;
  /** Last acceptable day (ISO) when the deadline is one valid day. */
  readonly due?: string;
  /** Completion date (ISO) when the row holds a valid one. */
  readonly completedOn?: string;
  readonly completedText: string;
  readonly status: string;
  readonly expected: readonly ExpectedFinding[];
}

/** Where the table sits, for tests and for the lead's checker tests. */
export interface TablePlacement {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  readonly numberRow?: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Column letter of each field. */
  readonly columns: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly sectionRows: readonly number[];
  /** First and last row of the signature block, when there is one. */
  readonly footerRows?: readonly [number, number];
}

export interface GeneratedSample {
  readonly workbook: ExcelJS.Workbook;
  /** The manifest: every finding the checker must report, sorted by sheet, row, column. */
  readonly expected: ExpectedFinding[];
  readonly rows: readonly PlantedRow[];
  readonly table: TablePlacement;
}

export const DEFAULT_SHEET_NAME = 'Theo dõi nhiệm vụ';
export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const HIDDEN_SHEET_NAME = 'DanhMuc';

export function resolveAsOf(asOf: PlainDate | string): PlainDate {
  if (typeof asOf !== 'string') return asOf;
  const date = parseIsoDate(asOf);
  if (!date) throw new Error(`asOf must be an ISO date like 2024-07-01, got "${asOf}"`);
  return date;
}

/** The variants a spec places for sure: each planted rule's variants, then the boundary rows. */
export function requiredVariants(spec: Pick<SampleSpec, 'plants' | 'boundaryRows'>): RowVariant[] {
  const rules = spec.plants ?? PLANT_RULES;
  const variants: RowVariant[] = rules.flatMap((rule) => PLANT_VARIANTS[rule]);
  if (spec.boundaryRows ?? true) variants.push(...BOUNDARY_VARIANTS);
  return variants;
}

/**
 * Gives each required variant a row: the most constrained variant first, preferring tasks whose
 * document deadline fits it (so real deadlines carry the plants), then tasks with no deadline in
 * the document, then any task (its deadline replaced). Returns the variant per task index.
 */
function assignVariants(
  picks: readonly TaskPick[],
  required: readonly RowVariant[],
  asOf: PlainDate,
  rng: Rng,
): Map<number, RowVariant> {
  const assigned = new Map<number, RowVariant>();
  const pending = [...required];
  const candidates = (variant: RowVariant) => {
    const free = picks.map((_, i) => i).filter((i) => !assigned.has(i));
    const fixed = free.filter(
      (i) =>
        picks[i]?.template.due !== undefined && fitsFixedDue(variant, picks[i]?.template.due, asOf),
    );
    const flexible = free.filter((i) => picks[i]?.template.due === undefined);
    // An invalid deadline replaces the written one: keep the document's real deadlines for the rest.
    const preferred = variant === 'invalid-due' ? [flexible, fixed] : [fixed, flexible];
    // Last resort: any free row, its document deadline replaced by one that fits the plant.
    return [...preferred, free].find((rows) => rows.length > 0) ?? [];
  };
  while (pending.length > 0) {
    let best = 0;
    let bestCount = Infinity;
    pending.forEach((variant, i) => {
      const n = candidates(variant).length;
      if (n < bestCount) {
        best = i;
        bestCount = n;
      }
    });
    const [variant] = pending.splice(best, 1) as [RowVariant];
    const options = candidates(variant);
    if (options.length === 0)
      throw new Error(`no task row left for the planted variant "${variant}"`);
    assigned.set(rng.pick(options), variant);
  }
  return assigned;
}

function cleanVariantFor(
  pick: TaskPick,
  allowed: readonly CleanVariant[],
  asOf: PlainDate,
  rng: Rng,
): CleanVariant {
  const fitting = allowed.filter((v) => fitsFixedDue(v, pick.template.due, asOf));
  const pool = fitting.length > 0 ? fitting : allowed; // none fits: the generator overrides the document's deadline
  return rng.weighted(pool.map((v) => [v, DEFAULT_CLEAN_WEIGHTS[v]] as const));
}

function displayText(value: SampleValue): string {
  if (value === null) return '';
  if (isPlainDate(value)) return formatViDate(value);
  return String(value);
}

const GUIDE_LINES = [
  'HƯỚNG DẪN CẬP NHẬT BẢNG THEO DÕI',
  '1. Cột "Thời hạn" ghi đúng thời hạn tại văn bản chỉ đạo, ví dụ: trước ngày 25/6/2024; tháng 5/2024; quý III/2024; Thường xuyên.',
  '2. Cột "Ngày hoàn thành" ghi ngày hoàn thành thực tế theo định dạng ngày/tháng/năm, ví dụ 20/5/2024.',
  '3. Cột "Tình trạng" chọn một trong các giá trị: Hoàn thành, Đang thực hiện, Chưa thực hiện, Chưa hoàn thành.',
  '4. Các cơ quan, đơn vị cập nhật và gửi bảng theo dõi về Ban Tuyên giáo Huyện ủy trước ngày 05 hằng tháng để tổng hợp, báo cáo Ban Thường vụ.',
];

const STATUS_LIST = [
  'Hoàn thành',
  'Đã hoàn thành',
  'Xong',
  'Đang thực hiện',
  'Chưa thực hiện',
  'Chưa hoàn thành',
];

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(GUIDE_SHEET_NAME);
  ws.getColumn(1).width = 110;
  GUIDE_LINES.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: 'Times New Roman', size: 12, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addHiddenSheet(workbook: ExcelJS.Workbook, owners: readonly string[]): void {
  const ws = workbook.addWorksheet(HIDDEN_SHEET_NAME, { state: 'hidden' });
  ws.getCell(1, 1).value = 'Tình trạng';
  ws.getCell(1, 2).value = 'Cơ quan';
  STATUS_LIST.forEach((word, i) => (ws.getCell(i + 2, 1).value = word));
  owners.forEach((owner, i) => (ws.getCell(i + 2, 2).value = owner));
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 50;
}

/** Builds the workbook and its manifest. Deterministic: the same spec gives the same cells. */
export function generateTrackingWorkbook(spec: SampleSpec): GeneratedSample {
  const asOf = resolveAsOf(spec.asOf);
  const source: TaskSource = TASK_SOURCES[spec.source];
  const layout: LayoutSpec = { ...DEFAULT_LAYOUT, ...spec.layout };
  const sheetName = spec.sheetName ?? DEFAULT_SHEET_NAME;
  const rng = createRng(spec.seed);
  const required = requiredVariants(spec);
  if (spec.tasks < required.length) {
    throw new Error(
      `${spec.tasks} tasks cannot hold the ${required.length} planted rows; ask for more tasks`,
    );
  }

  const picks = pickTasks(source, spec.tasks);
  const assigned = assignVariants(picks, required, asOf, rng);
  const allowedClean = spec.cleanVariants ?? CLEAN_VARIANTS;
  const timings: PlannedTiming[] = picks.map((pick, i) => {
    const variant = assigned.get(i) ?? cleanVariantFor(pick, allowedClean, asOf, rng);
    return planTiming(variant, {
      rng,
      asOf,
      ...(pick.template.due ? { fixedDue: pick.template.due } : {}),
      ...(spec.formWeights ? { formWeights: spec.formWeights } : {}),
    });
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dondoc';
  workbook.lastModifiedBy = 'dondoc';
  workbook.created = toJsDate(asOf);
  workbook.modified = toJsDate(asOf);
  if (spec.guideSheet === 'before') addGuideSheet(workbook);

  const columns: TableColumns = tableColumns(layout);
  const ws = workbook.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  setColumnWidths(ws, columns);

  let row = 1;
  if (layout.titleRows) row = writeTitleBlock(ws, source.office, asOf, columns, row);
  const header = writeHeader(ws, layout, columns, row);
  row = header.next;
  const firstRow = row;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: firstRow - 1 }];
  ws.pageSetup.printTitlesRow = `${header.rows[0]}:${firstRow - 1}`;

  const letters: Partial<Record<ColumnKey, string>> = {};
  for (const key of columns.keys) letters[key] = columnLetter(col(columns, key));

  const planted: PlantedRow[] = [];
  const expected: ExpectedFinding[] = [];
  const sectionRows: number[] = [];
  let section: TaskPick['section'] | undefined;
  let sectionNumber = 0;
  let taskNumber = 0;
  const noteShare = spec.noteShare ?? 0.2;

  picks.forEach((pick, i) => {
    if (pick.section !== section) {
      section = pick.section;
      sectionNumber += 1;
      if (layout.numbering !== 'continuous') taskNumber = 0;
      writeSectionRow(ws, columns, row, section.roman, section.title);
      sectionRows.push(row);
      row += 1;
    }
    taskNumber += 1;
    const timing = timings[i] as PlannedTiming;
    const index: SampleValue =
      layout.numbering === 'dotted' ? `${sectionNumber}.${taskNumber}` : taskNumber;
    const note = rng.chance(noteShare) ? rng.pick(source.notes) : null;
    writeTaskRow(ws, columns, row, {
      index,
      title: pick.title,
      owner: pick.owner,
      coordinators: pick.template.coordinators ?? null,
      due: timing.due.value,
      completedOn: timing.completedOn,
      status: timing.status === '' ? null : timing.status,
      note,
    });
    if (spec.hiddenSheet) {
      ws.getCell(row, col(columns, 'status')).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`${HIDDEN_SHEET_NAME}!$A$2:$A$${STATUS_LIST.length + 1}`],
      };
    }
    const rowExpected = timing.expected.map((e) => ({
      rule: e.rule,
      sheet: sheetName,
      cell: cellRef(row, col(columns, e.field)),
    }));
    expected.push(...rowExpected);
    planted.push({
      row,
      variant: timing.variant,
      title: pick.title,
      owner: pick.owner,
      dueText: displayText(timing.due.value),
      ...(timing.due.kind === 'due' ? { due: formatIsoDate(timing.due.due) } : {}),
      ...(timing.completedDate ? { completedOn: formatIsoDate(timing.completedDate) } : {}),
      completedText: displayText(timing.completedOn),
      status: timing.status,
      expected: rowExpected,
    });
    row += 1;
  });
  const lastRow = row - 1;

  let footerRows: readonly [number, number] | undefined;
  if (layout.footer) {
    const from = row + 1;
    const end = writeFooter(ws, source.office, columns, from);
    footerRows = [from, end - 1];
  }

  if (spec.guideSheet === 'after') addGuideSheet(workbook);
  if (spec.hiddenSheet) addHiddenSheet(workbook, [...new Set(picks.map((p) => p.owner))]);

  return {
    workbook,
    expected: sortFindings(expected),
    rows: planted,
    table: {
      sheet: sheetName,
      headerRows: header.rows,
      ...(header.numberRow !== undefined ? { numberRow: header.numberRow } : {}),
      firstRow,
      lastRow,
      firstColumn: columns.first,
      lastColumn: columns.last,
      columns: letters,
      sectionRows,
      ...(footerRows ? { footerRows } : {}),
    },
  };
}

function splitAddress(cell: string): [string, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [m[1] as string, Number(m[2])] : [cell, 0];
}

/** Sorted by sheet, row, then column; the order the manifest is written in. */
export function sortFindings(findings: readonly ExpectedFinding[]): ExpectedFinding[] {
  return [...findings].sort((a, b) => {
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    const [ca, ra] = splitAddress(a.cell);
    const [cb, rb] = splitAddress(b.cell);
    if (ra !== rb) return ra - rb;
    if (ca.length !== cb.length) return ca.length - cb.length;
    return ca < cb ? -1 : ca > cb ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  });
}

/** Writes the sample to `path` (xlsx, through a temporary file) and returns its manifest. */
export async function writeSample(spec: SampleSpec, path: string): Promise<ExpectedFinding[]> {
  const { workbook, expected } = generateTrackingWorkbook(spec);
  const tmp = `${path}.tmp-${process.pid}`;
  await workbook.xlsx.writeFile(tmp);
  await rename(tmp, path);
  return expected;
}
