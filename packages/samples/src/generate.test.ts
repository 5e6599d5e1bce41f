import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { addDays, columnNumber } from '@dondoc/core';
import type { PlainDate } from '@dondoc/core';
import { CATALOG } from './catalog.js';
import { invalidDateTexts } from './deadlines.js';
import { generateTrackingWorkbook, resolveAsOf, writeSample } from './generate.js';
import type { GeneratedSample, SampleSpec } from './generate.js';
import {
  DATE_FORMAT,
  RESULT_GROUP,
  TABLE_TITLE,
  headerTexts,
  tableColumns,
  DEFAULT_LAYOUT,
} from './layout.js';
import type { LayoutSpec } from './layout.js';
import { NOT_DONE_WORDS, PLANT_RULES } from './plants.js';
import type { TaskSourceId } from './tasks.js';
import { cellText, dumpWorkbook, readBack } from './test-support/read-back.js';
import { expectedFindings } from './test-support/oracle.js';

const specOf = (file: string): SampleSpec => {
  const entry = CATALOG.find((e) => e.file === file);
  if (!entry) throw new Error(file);
  return entry.spec;
};
const CT32 = specOf('theo-doi-ke-hoach-ct32.xlsx');
const APRIL_2021 = specOf('chuong-trinh-thang-4-2021.xlsx');

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as { merges?: string[] }).merges ?? [];
}

/** The manifest the independent oracle derives from the planted rows. */
function oracleManifest(sample: GeneratedSample, asOf: PlainDate) {
  const { table } = sample;
  return sample.rows.flatMap((row) =>
    expectedFindings(row, asOf).map(([rule, field]) => ({
      rule,
      sheet: table.sheet,
      cell: `${table.columns[field]}${row.row}`,
    })),
  );
}

const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;

describe('the Directive 32 sample (seed 001): layout read back with exceljs', () => {
  let sample: GeneratedSample;
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    sample = generateTrackingWorkbook(CT32);
    wb = await readBack(sample.workbook);
    ws = sheetOf(wb, 'Theo dõi nhiệm vụ');
  });

  it.each([
    ['A1', 'ĐẢNG BỘ HUYỆN TAM ĐƯỜNG'],
    ['A2', 'BAN TUYÊN GIÁO HUYỆN ỦY'],
    ['E1', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['E3', 'Tam Đường, ngày 01 tháng 7 năm 2024'],
    ['A5', TABLE_TITLE],
    ['A6', '(Kèm theo Kế hoạch số 15-KH/HU, ngày 06/5/2024 của Ban Thường vụ Huyện ủy)'],
    ['A8', 'STT'],
    ['B8', 'Nội dung nhiệm vụ'],
    ['C8', 'Cơ quan chủ trì'],
    ['D8', 'Cơ quan phối hợp'],
    ['E8', 'Thời hạn'],
    ['F8', RESULT_GROUP],
    ['F9', 'Ngày hoàn thành'],
    ['G9', 'Tình trạng'],
    ['H8', 'Ghi chú'],
    ['A10', '(1)'],
    ['H10', '(8)'],
    ['A11', 'I'],
    ['B11', 'CÔNG TÁC QUÁN TRIỆT, HỌC TẬP'],
  ])('%s holds "%s"', (address, text) => {
    expect(cellText(ws, address)).toBe(text);
  });

  it('merges the title across the table, the header vertically and "Kết quả thực hiện" over two columns', () => {
    expect(merges(ws)).toEqual(
      expect.arrayContaining([
        'A1:C1',
        'E1:H1',
        'A5:H5',
        'A6:H6',
        'A8:A9',
        'B8:B9',
        'E8:E9',
        'F8:G8',
        'H8:H9',
        'B11:H11',
      ]),
    );
    expect(sample.table).toMatchObject({
      headerRows: [8, 9],
      numberRow: 10,
      firstRow: 11,
      firstColumn: 1,
      lastColumn: 8,
    });
  });

  it('writes date cells as dates formatted dd/mm/yyyy, and they read back as the planted day', () => {
    let dates = 0;
    for (const row of sample.rows) {
      for (const [col, textValue] of [
        ['E', row.dueText],
        ['F', row.completedText],
      ] as const) {
        const cell = ws.getCell(`${col}${row.row}`);
        if (cell.value instanceof Date) {
          dates += 1;
          expect(cell.numFmt).toBe(DATE_FORMAT);
          expect(cell.value.getUTCHours()).toBe(0);
        }
        expect(cellText(ws, `${col}${row.row}`)).toBe(textValue);
      }
    }
    expect(dates).toBeGreaterThan(3);
  });

  it("keeps the seed's own deadlines and agencies", () => {
    const dues = sample.rows.map((r) => r.dueText);
    expect(dues).toEqual(
      expect.arrayContaining([
        'trước ngày 25/6/2024',
        'tháng 5/2024',
        'trước ngày 30/6/2024',
        'Thường xuyên',
      ]),
    );
    expect(sample.rows.map((r) => r.owner)).toEqual(
      expect.arrayContaining([
        'Ban Tuyên giáo Huyện ủy',
        'Ủy ban nhân dân huyện',
        'Trung tâm Văn hóa thể thao và Truyền thông huyện',
      ]),
    );
  });

  it('puts the signature block under the table, and a text-only sheet and a hidden list sheet beside it', () => {
    const [from] = sample.table.footerRows ?? [0];
    expect(cellText(ws, `A${from}`)).toBe('Nơi nhận:');
    expect(cellText(ws, `E${from}`)).toBe('T/M BAN THƯỜNG VỤ');
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Theo dõi nhiệm vụ', 'visible'],
      ['Hướng dẫn', 'visible'],
      ['DanhMuc', 'hidden'],
    ]);
    expect(cellText(sheetOf(wb, 'DanhMuc'), 'A2')).toBe('Hoàn thành');
  });
});

describe('the manifest', () => {
  it.each([
    ['theo-doi-ke-hoach-ct32.xlsx', CT32],
    ['chuong-trinh-thang-4-2021.xlsx', APRIL_2021],
  ])('%s plants every rule, two of each (one for status conflicts)', (_file, spec) => {
    const { expected } = generateTrackingWorkbook(spec);
    const byRule: Record<string, number> = {};
    for (const f of expected) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    expect(byRule).toEqual({
      'task/overdue': 2,
      'task/late': 2,
      'task/due-soon': 2,
      'task/status-conflict': 1,
      'cell/invalid-date': 2,
    });
  });

  it.each([
    ['theo-doi-ke-hoach-ct32.xlsx', CT32],
    ['chuong-trinh-thang-4-2021.xlsx', APRIL_2021],
  ])('%s: each listed cell holds what its plant says', async (_file, spec) => {
    const sample = generateTrackingWorkbook(spec);
    const ws = sheetOf(await readBack(sample.workbook), sample.table.sheet);
    const asOf = resolveAsOf(spec.asOf);
    const invalid = new Set([...invalidDateTexts(asOf.year), ...invalidDateTexts(asOf.year - 1)]);
    const { columns } = sample.table;
    for (const f of sample.expected) {
      const row = Number(f.cell.replace(/^[A-Z]+/, ''));
      const planted = sample.rows.find((r) => r.row === row);
      expect(planted, f.cell).toBeDefined();
      const text = cellText(ws, f.cell);
      switch (f.rule) {
        case 'cell/invalid-date':
          expect(invalid.has(text), `${f.cell} "${text}"`).toBe(true);
          break;
        case 'task/overdue':
        case 'task/due-soon':
          expect(f.cell).toBe(`${columns.due}${row}`);
          expect(text).toBe(planted?.dueText);
          expect(cellText(ws, `${columns.completedOn}${row}`)).toBe('');
          break;
        case 'task/late':
          expect(f.cell).toBe(`${columns.completedOn}${row}`);
          expect(text).not.toBe('');
          expect((planted?.completedOn ?? '') > (planted?.due ?? '9999')).toBe(true);
          break;
        case 'task/status-conflict':
          expect(f.cell).toBe(`${columns.status}${row}`);
          expect(NOT_DONE_WORDS as readonly string[]).toContain(text);
          expect(cellText(ws, `${columns.completedOn}${row}`)).not.toBe('');
          break;
        default:
          throw new Error(`unexpected rule ${f.rule}`);
      }
    }
  });

  it('plants "31/4/2024"-style texts where the invalid-date finding points', () => {
    const sample = generateTrackingWorkbook(CT32);
    const cells = sample.expected.filter((f) => f.rule === 'cell/invalid-date').map((f) => f.cell);
    const texts = sample.rows.flatMap((r) => [
      ...(cells.includes(`E${r.row}`) ? [r.dueText] : []),
      ...(cells.includes(`F${r.row}`) ? [r.completedText] : []),
    ]);
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(invalidDateTexts(2024)).toContain(t);
  });

  it('lists only what the spec plants', () => {
    const late = generateTrackingWorkbook({ ...CT32, plants: ['task/late'] });
    expect(new Set(late.expected.map((f) => f.rule))).toEqual(new Set(['task/late']));
    expect(generateTrackingWorkbook({ ...CT32, plants: [], boundaryRows: false }).expected).toEqual(
      [],
    );
    expect(generateTrackingWorkbook(specOf('so-theo-doi-sach.xlsx')).expected).toEqual([]);
  });

  it('refuses a spec that cannot hold its plants, or an as-of date that is no date', () => {
    expect(() => generateTrackingWorkbook({ ...CT32, tasks: 5 })).toThrow(
      /5 tasks cannot hold the 11 planted rows/,
    );
    expect(() => generateTrackingWorkbook({ ...CT32, asOf: '01/07/2024' })).toThrow(/ISO date/);
  });

  const arbLayout: fc.Arbitrary<Partial<LayoutSpec>> = fc.record({
    header: fc.constantFrom('one-row' as const, 'two-row' as const),
    wording: fc.constantFrom('ke-hoach' as const, 'cong-viec' as const, 'ngan-gon' as const),
    titleRows: fc.boolean(),
    columnNumbers: fc.boolean(),
    coordinators: fc.boolean(),
    firstColumn: fc.integer({ min: 1, max: 3 }),
    numbering: fc.constantFrom('continuous' as const, 'per-section' as const, 'dotted' as const),
    footer: fc.boolean(),
  });
  const arbSpec: fc.Arbitrary<SampleSpec> = fc.record({
    source: fc.constantFrom<TaskSourceId>(
      'ke-hoach-ct32',
      'chuong-trinh-thang-4-2021',
      'ke-hoach-nq26-thach-ha',
    ),
    asOf: fc
      .integer({ min: 0, max: 3000 })
      .map((n) => addDays({ year: 2020, month: 1, day: 1 }, n)),
    tasks: fc.integer({ min: 11, max: 70 }),
    seed: fc.integer(),
    layout: arbLayout,
    plants: fc.subarray([...PLANT_RULES]),
  });

  it('always equals what an independent reading of the semantics derives from the planted rows', () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const sample = generateTrackingWorkbook(spec);
        const asOf = resolveAsOf(spec.asOf);
        expect(sample.expected.map(key).sort()).toEqual(
          oracleManifest(sample, asOf).map(key).sort(),
        );
        expect(new Set(sample.expected.map((f) => f.rule))).toEqual(new Set(spec.plants));
      }),
      { numRuns: 60 },
    );
  });

  it('never points outside the task rows of the table (not at title, header, section or footer rows)', () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const { expected, table } = generateTrackingWorkbook(spec);
        for (const f of expected) {
          const m = /^([A-Z]+)(\d+)$/.exec(f.cell);
          expect(m).not.toBeNull();
          const row = Number(m?.[2]);
          const column = columnNumber(m?.[1] ?? '');
          expect(f.sheet).toBe(table.sheet);
          expect(row).toBeGreaterThanOrEqual(table.firstRow);
          expect(row).toBeLessThanOrEqual(table.lastRow);
          expect(table.sectionRows).not.toContain(row);
          expect(column).toBeGreaterThanOrEqual(table.firstColumn);
          expect(column).toBeLessThanOrEqual(table.lastColumn);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('layout variants', () => {
  const variants: Array<Partial<LayoutSpec>> = [
    { header: 'one-row', wording: 'ke-hoach', titleRows: false, columnNumbers: false },
    { header: 'one-row', wording: 'cong-viec', titleRows: true, columnNumbers: true },
    {
      header: 'one-row',
      wording: 'ngan-gon',
      titleRows: false,
      columnNumbers: true,
      coordinators: false,
      firstColumn: 2,
    },
    { header: 'two-row', wording: 'cong-viec', titleRows: false, columnNumbers: false },
    {
      header: 'two-row',
      wording: 'ngan-gon',
      titleRows: true,
      columnNumbers: true,
      firstColumn: 3,
    },
  ];

  it.each(variants)('%o: header texts sit where the layout says', async (partial) => {
    const layout = { ...DEFAULT_LAYOUT, ...partial };
    const sample = generateTrackingWorkbook({ ...CT32, layout: partial });
    const ws = sheetOf(await readBack(sample.workbook), sample.table.sheet);
    const columns = tableColumns(layout);
    const texts = headerTexts(layout);
    const [top, bottom] = sample.table.headerRows;
    const address = (k: keyof typeof texts, row: number | undefined) =>
      `${sample.table.columns[k]}${row}`;
    expect(sample.table.headerRows).toHaveLength(layout.header === 'two-row' ? 2 : 1);
    expect(top).toBe(layout.titleRows ? 8 : 1);
    for (const k of columns.keys) {
      if (layout.header === 'two-row' && (k === 'completedOn' || k === 'status')) {
        expect(cellText(ws, address(k, bottom))).toBe(texts[k]);
      } else {
        expect(cellText(ws, address(k, top))).toBe(texts[k]);
      }
    }
    if (layout.header === 'two-row') {
      expect(cellText(ws, address('completedOn', top))).toBe(RESULT_GROUP);
      expect(merges(ws)).toContain(`${address('completedOn', top)}:${address('status', top)}`);
    }
    expect(sample.table.numberRow !== undefined).toBe(layout.columnNumbers);
    if (layout.columnNumbers)
      expect(cellText(ws, address('index', sample.table.numberRow))).toBe('(1)');
    expect(cellText(ws, 'A1') === 'ĐẢNG BỘ HUYỆN TAM ĐƯỜNG').toBe(
      layout.titleRows && layout.firstColumn === 1,
    );
    expect(sample.table.columns.coordinators !== undefined).toBe(layout.coordinators);
  });

  it.each([
    ['continuous', [1, 2, 3]],
    ['dotted', ['1.1', '1.2', '1.3']],
  ] as const)('numbers tasks %s', (numbering, first) => {
    const sample = generateTrackingWorkbook({ ...CT32, layout: { numbering } });
    const ws = sample.workbook.getWorksheet(sample.table.sheet) as ExcelJS.Worksheet;
    const indexes = sample.rows.slice(0, 3).map((r) => ws.getCell(`A${r.row}`).value);
    expect(indexes).toEqual(first);
  });
});

describe('determinism', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dondoc-samples-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the same cells, merges and manifest for the same seed, written to files', async () => {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    const ea = await writeSample(CT32, a);
    const eb = await writeSample(CT32, b);
    expect(ea).toEqual(eb);
    const load = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      return dumpWorkbook(wb);
    };
    expect(await load(a)).toEqual(await load(b));
  });

  it('gives a different workbook for another seed', () => {
    const a = dumpWorkbook(generateTrackingWorkbook(CT32).workbook);
    const b = dumpWorkbook(generateTrackingWorkbook({ ...CT32, seed: CT32.seed + 1 }).workbook);
    expect(a).not.toEqual(b);
  });

  it('stamps the workbook with the as-of date, not the clock', () => {
    const { workbook } = generateTrackingWorkbook(CT32);
    expect(workbook.created.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2024-07-01T00:00:00.000Z');
  });
});
