/**
 * A large tracking workbook for the benchmark: the same layout as the samples (title rows, two-row
 * merged header, section rows, signature block) and a realistic mix of deadline forms, written with
 * exceljs's streaming WorkbookWriter so that a million rows stay within bounded memory. No manifest;
 * it reports how many findings of each rule it planted so the benchmark can sanity-check a run.
 */
import { rename } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { formatIsoDate } from '@dondoc/core';
import { resolveAsOf } from './generate.js';
import {
  DEFAULT_LAYOUT,
  setColumnWidths,
  tableColumns,
  writeFooter,
  writeHeader,
  writeSectionRow,
  writeTaskRow,
  writeTitleBlock,
} from './layout.js';
import type { LayoutSpec } from './layout.js';
import { PLANT_RULES, planTiming } from './plants.js';
import type { PlantRule, RowVariant } from './plants.js';
import { createRng } from './prng.js';
import { TASK_SOURCES } from './tasks.js';
import type { TaskSection, TaskSourceId, TaskTemplate } from './tasks.js';

/** Excel's row limit. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Share of each row variant in the large workbook (plants about one row in eight). */
export const LARGE_VARIANT_WEIGHTS: ReadonlyArray<readonly [RowVariant, number]> = [
  ['overdue', 5],
  ['overdue-by-one-day', 0.4],
  ['late-date-cell', 2.5],
  ['late-text', 1.5],
  ['due-today', 0.4],
  ['due-in-7-days', 0.6],
  ['status-conflict', 1],
  ['invalid-due', 0.5],
  ['invalid-completion', 0.4],
  ['done-on-time', 40],
  ['done-on-deadline-day', 2],
  ['done-without-date', 8],
  ['pending-future', 27],
  ['pending-8-days', 0.5],
  ['recurring', 6],
  ['no-deadline', 3],
];

/**
 * A findings-heavy mix: the variants that plant a finding six times as often, the others cut down,
 * so that about three rows in four yield a finding (the bench's findings-heavy file, issue 16).
 */
export const FINDINGS_HEAVY_WEIGHTS: ReadonlyArray<readonly [RowVariant, number]> = [
  ['overdue', 30],
  ['overdue-by-one-day', 2.4],
  ['late-date-cell', 15],
  ['late-text', 9],
  ['due-today', 2.4],
  ['due-in-7-days', 3.6],
  ['status-conflict', 6],
  ['invalid-due', 3],
  ['invalid-completion', 2.4],
  ['done-on-time', 12],
  ['done-without-date', 2],
  ['pending-future', 8],
  ['pending-8-days', 3],
  ['recurring', 2],
  ['no-deadline', 1],
];

export interface LargeWorkbookOptions {
  /** Share of each row variant (default LARGE_VARIANT_WEIGHTS). */
  readonly weights?: ReadonlyArray<readonly [RowVariant, number]>;
  /** Default "2024-07-01". */
  readonly asOf?: string;
  /** Default 1. */
  readonly seed?: number;
  /** Default "ke-hoach-ct32". */
  readonly source?: TaskSourceId;
  /** Use a shared-string table as Excel does (default true); false writes inline strings. */
  readonly sharedStrings?: boolean;
  /** Default "Theo dõi nhiệm vụ". */
  readonly sheetName?: string;
}

export interface LargeWorkbookReport {
  readonly path: string;
  readonly sheet: string;
  readonly asOf: string;
  readonly tasks: number;
  readonly sectionRows: number;
  readonly headerRows: readonly number[];
  readonly firstRow: number;
  readonly lastRow: number;
  /** Findings planted, by rule (each planted row produces exactly one). */
  readonly counts: Readonly<Record<PlantRule, number>>;
  /** Total findings planted. */
  readonly findings: number;
  /** Task rows by variant. */
  readonly variants: Readonly<Partial<Record<RowVariant, number>>>;
}

interface PoolTask {
  readonly section: TaskSection;
  readonly template: TaskTemplate;
  readonly title: string;
  readonly owner: string;
}

/** Writes `rows` task rows (section rows and the title block come on top) to `path`. */
export async function writeLargeTrackingWorkbook(
  path: string,
  rows: number,
  options: LargeWorkbookOptions = {},
): Promise<LargeWorkbookReport> {
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`rows must be a positive integer, got ${rows}`);
  const asOf = resolveAsOf(options.asOf ?? '2024-07-01');
  const source = TASK_SOURCES[options.source ?? 'ke-hoach-ct32'];
  const sheetName = options.sheetName ?? 'Theo dõi nhiệm vụ';
  const rng = createRng(options.seed ?? 1);
  const layout: LayoutSpec = {
    ...DEFAULT_LAYOUT,
    header: 'two-row',
    titleRows: true,
    footer: true,
  };
  const columns = tableColumns(layout);

  // Sections average 60 tasks; check the row limit before writing anything.
  const maxSections = Math.ceil(rows / 30);
  const overhead = 12 + source.office.footerLeft.length + source.office.footerRight.length;
  if (rows + maxSections + overhead > MAX_SHEET_ROWS) {
    throw new Error(`${rows} tasks do not fit in one sheet (Excel holds ${MAX_SHEET_ROWS} rows)`);
  }

  const pool: PoolTask[] = [];
  for (const section of source.sections) {
    for (const template of section.tasks) {
      pool.push({ section, template, title: template.title, owner: template.owner });
      for (const unit of source.units) {
        if (template.perUnit) {
          pool.push({
            section,
            template,
            title: template.perUnit.title(unit),
            owner: template.perUnit.owner(unit),
          });
        }
      }
    }
  }

  const tmp = `${path}.tmp-${process.pid}`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useStyles: true,
    useSharedStrings: options.sharedStrings ?? true,
  });
  workbook.creator = 'dondoc';
  workbook.created = new Date(Date.UTC(asOf.year, asOf.month - 1, asOf.day));
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet(sheetName);
  setColumnWidths(ws, columns);

  let row = writeTitleBlock(ws, source.office, asOf, columns, 1);
  const header = writeHeader(ws, layout, columns, row);
  row = header.next;
  const firstRow = row;
  ws.getRow(firstRow - 1).commit();

  const counts = Object.fromEntries(PLANT_RULES.map((rule) => [rule, 0])) as Record<
    PlantRule,
    number
  >;
  const variants: Partial<Record<RowVariant, number>> = {};
  let findings = 0;
  let sectionRows = 0;
  let sectionIndex = 0;
  let left = 0;
  let taskNumber = 0;
  const sectionsCount = source.sections.length;

  for (let i = 0; i < rows; i++) {
    if (left === 0) {
      const section = source.sections[sectionIndex % sectionsCount] as TaskSection;
      const round = Math.floor(sectionIndex / sectionsCount);
      // Sections repeat I, II, III … in rounds, as a workbook that tracks the plan period after period.
      const roman = toRoman((sectionIndex % sectionsCount) + 1);
      writeSectionRow(
        ws,
        columns,
        row,
        roman,
        round === 0 ? section.title : `${section.title} (ĐỢT ${round + 1})`,
      );
      ws.getRow(row).commit();
      row += 1;
      sectionRows += 1;
      sectionIndex += 1;
      left = rng.int(30, 90);
    }
    left -= 1;
    taskNumber += 1;
    const task = rng.pick(pool);
    const variant = rng.weighted(options.weights ?? LARGE_VARIANT_WEIGHTS);
    const timing = planTiming(variant, {
      rng,
      asOf,
      ...(task.template.due ? { fixedDue: task.template.due } : {}),
    });
    writeTaskRow(ws, columns, row, {
      index: taskNumber,
      title: task.title,
      owner: task.owner,
      coordinators: task.template.coordinators ?? null,
      due: timing.due.value,
      completedOn: timing.completedOn,
      status: timing.status === '' ? null : timing.status,
      note: rng.chance(0.1) ? rng.pick(source.notes) : null,
    });
    ws.getRow(row).commit();
    row += 1;
    variants[variant] = (variants[variant] ?? 0) + 1;
    for (const e of timing.expected) {
      counts[e.rule] += 1;
      findings += 1;
    }
  }
  const lastRow = row - 1;
  writeFooter(ws, source.office, columns, row + 1);
  ws.commit();
  await workbook.commit();
  await rename(tmp, path);

  return {
    path,
    sheet: sheetName,
    asOf: formatIsoDate(asOf),
    tasks: rows,
    sectionRows,
    headerRows: header.rows,
    firstRow,
    lastRow,
    counts,
    findings,
    variants,
  };
}

const ROMAN_NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV". */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN_NUMERALS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
