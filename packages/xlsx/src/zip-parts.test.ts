/**
 * Drawings in the browser: exceljs's full reader throws on some drawings (exceljs#2591), so the
 * in-memory reader the add-in uses reads a copy without them. The real openpyxl chart workbook from
 * fixtures/other-tools must read the same in memory as through the streaming reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookFromBuffer } from './memory.js';
import { readWorkbook } from './reader.js';
import { zipSync } from 'fflate';
import { hasDrawings, withoutDrawings, zipEntryNames } from './zip-parts.js';

const chart = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/other-tools/openpyxl-bieu-do.xlsx',
);

describe('a workbook with a chart (openpyxl)', () => {
  const bytes = new Uint8Array(readFileSync(chart));

  it('is known to hold drawings, and exceljs alone cannot load it', async () => {
    expect(hasDrawings(zipEntryNames(bytes))).toBe(true);
    // If exceljs ever fixes #2591, this fails and the copy without drawings can go.
    await expect(
      new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer),
    ).rejects.toThrow(/anchors/);
  });

  it('reads in memory exactly as the streaming reader reads it from disk', async () => {
    const memory = await readWorkbookFromBuffer(bytes, 'openpyxl-bieu-do.xlsx');
    const stream = await readWorkbook(chart);
    expect(memory.sheets).toEqual(stream.sheets);
    expect(memory.sheets[0]!.rows.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves the caller’s bytes as they were', () => {
    const before = Buffer.from(bytes).toString('base64');
    const copy = withoutDrawings(bytes);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
    expect(hasDrawings(zipEntryNames(copy))).toBe(false);
    expect(zipEntryNames(copy)).toContain('xl/worksheets/sheet1.xml');
  });
});

describe('the in-memory reader (the browser’s) and the file reader', () => {
  it.each(['openpyxl-ke-hoach.xlsx', 'libreoffice-ke-hoach.xlsx', 'openpyxl-bieu-do.xlsx'])(
    'read %s (made by another tool) the same, cached formula errors included',
    async (name) => {
      const file = path.resolve(path.dirname(chart), name);
      const memory = await readWorkbookFromBuffer(new Uint8Array(readFileSync(file)), name);
      const disk = await readWorkbook(file);
      expect(memory.date1904).toBe(disk.date1904);
      expect(memory.sheets.map((s) => s.rows)).toEqual(disk.sheets.map((s) => s.rows));
    },
  );

  it('refuses a package that would inflate past what a browser tab can hold', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(80 * 1024 * 1024) });
    await expect(readWorkbookFromBuffer(bomb, 'bom-nen.xlsx')).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});
