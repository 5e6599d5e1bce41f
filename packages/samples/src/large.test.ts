import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DATE_FORMAT, RESULT_GROUP, TABLE_TITLE } from './layout.js';
import { FINDINGS_HEAVY_WEIGHTS, writeLargeTrackingWorkbook, toRoman } from './large.js';
import type { LargeWorkbookReport } from './large.js';
import { PLANT_RULES } from './plants.js';
import { coreFacts } from './test-support/core-parse.js';
import { expectedFindings } from './test-support/oracle.js';
import { cellText } from './test-support/read-back.js';

const ROWS = 2_000;
const ASOF = { year: 2024, month: 7, day: 1 };

describe('writeLargeTrackingWorkbook (2,000 rows)', () => {
  let dir: string;
  let report: LargeWorkbookReport;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dondoc-large-'));
    report = await writeLargeTrackingWorkbook(join(dir, 'large.xlsx'), ROWS, { seed: 5 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report.path);
    ws = wb.getWorksheet(report.sheet) as ExcelJS.Worksheet;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has the title rows and the two-row merged header of the samples', () => {
    expect(cellText(ws, 'A1')).toBe('ĐẢNG BỘ HUYỆN TAM ĐƯỜNG');
    expect(cellText(ws, 'A5')).toBe(TABLE_TITLE);
    expect(report.headerRows).toEqual([8, 9]);
    expect([
      cellText(ws, 'A8'),
      cellText(ws, 'F8'),
      cellText(ws, 'F9'),
      cellText(ws, 'G9'),
    ]).toEqual(['STT', RESULT_GROUP, 'Ngày hoàn thành', 'Tình trạng']);
    expect((ws.model as { merges?: string[] }).merges).toEqual(
      expect.arrayContaining(['A5:H5', 'A8:A9', 'F8:G8']),
    );
    expect(cellText(ws, `A${report.firstRow}`)).toBe('I');
  });

  it('writes every task row and section row it reports', () => {
    let tasks = 0;
    let sections = 0;
    for (let r = report.firstRow; r <= report.lastRow; r++) {
      const index = ws.getCell(`A${r}`).value;
      if (typeof index === 'number') tasks += 1;
      else if (typeof index === 'string' && /^[IVX]+$/.test(index)) sections += 1;
    }
    expect(tasks).toBe(ROWS);
    expect(sections).toBe(report.sectionRows);
    expect(Object.values(report.variants).reduce((a, b) => a + (b ?? 0), 0)).toBe(ROWS);
  });

  it('plants, by rule, exactly the findings the semantics derive from the cells read back', () => {
    const derived = Object.fromEntries(PLANT_RULES.map((rule) => [rule, 0])) as Record<
      string,
      number
    >;
    let dateCells = 0;
    for (let r = report.firstRow; r <= report.lastRow; r++) {
      if (typeof ws.getCell(`A${r}`).value !== 'number') continue;
      for (const c of ['E', 'F']) {
        const cell = ws.getCell(`${c}${r}`);
        if (cell.value instanceof Date) {
          dateCells += 1;
          expect(cell.numFmt).toBe(DATE_FORMAT);
        }
      }
      const value = (c: string) => {
        const v = ws.getCell(`${c}${r}`).value;
        if (v instanceof Date)
          return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
        return v === null || v === undefined ? null : String(v);
      };
      const status = cellText(ws, `G${r}`);
      const facts = coreFacts(ASOF, { due: value('E'), completedOn: value('F'), status });
      const found = expectedFindings(
        {
          dueText: cellText(ws, `E${r}`),
          ...(facts.due ? { due: facts.due } : {}),
          completedText: cellText(ws, `F${r}`),
          ...(facts.completedOn ? { completedOn: facts.completedOn } : {}),
          status,
        },
        ASOF,
      );
      for (const [rule] of found) derived[rule] = (derived[rule] ?? 0) + 1;
    }
    expect(derived).toEqual(report.counts);
    expect(report.findings).toBe(Object.values(report.counts).reduce((a, b) => a + b, 0));
    for (const rule of PLANT_RULES)
      expect(report.counts[rule as keyof typeof report.counts]).toBeGreaterThan(0);
    expect(dateCells).toBeGreaterThan(ROWS / 4);
  });

  it('is deterministic: the same seed gives the same counts', async () => {
    const again = await writeLargeTrackingWorkbook(join(dir, 'again.xlsx'), ROWS, {
      seed: 5,
      sharedStrings: false,
    });
    expect(again.counts).toEqual(report.counts);
    expect(again.variants).toEqual(report.variants);
  });

  it('refuses more rows than a sheet holds', async () => {
    await expect(writeLargeTrackingWorkbook(join(dir, 'too-big.xlsx'), 1_048_000)).rejects.toThrow(
      /do not fit/,
    );
    await expect(writeLargeTrackingWorkbook(join(dir, 'none.xlsx'), 0)).rejects.toThrow(
      /positive integer/,
    );
  });

  it.each([
    [1, 'I'],
    [4, 'IV'],
    [14, 'XIV'],
  ])('toRoman(%i) is %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
});

describe('writeLargeTrackingWorkbook with FINDINGS_HEAVY_WEIGHTS', () => {
  it('plants a finding in about three task rows of four, each by its variant', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dondoc-large-heavy-'));
    try {
      const heavy = await writeLargeTrackingWorkbook(join(dir, 'heavy.xlsx'), ROWS, {
        seed: 5,
        weights: FINDINGS_HEAVY_WEIGHTS,
      });
      const plain = await writeLargeTrackingWorkbook(join(dir, 'plain.xlsx'), ROWS, { seed: 5 });
      expect(heavy.tasks).toBe(ROWS);
      expect(heavy.findings / ROWS).toBeGreaterThan(0.65);
      expect(heavy.findings / ROWS).toBeLessThan(0.85);
      expect(plain.findings / ROWS).toBeLessThan(0.2);
      expect(heavy.variants['done-on-deadline-day'] ?? 0).toBe(0); // not in the heavy mix
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
