/** Issue 15, class 1, in the reader itself, from disk and from memory (the page): bounded work. */
import { afterAll, describe, expect, it } from 'vitest';
import { WorkbookReadError } from './errors.js';
import { readWorkbookFromBuffer } from './memory.js';
import { readWorkbook } from './reader.js';
import { TempDir } from './test-support/fixtures.js';
import { HOSTILE_CASES, hostileWorkbook } from './test-support/hostile.js';

const temp = new TempDir();
afterAll(() => temp.remove());

describe.each(HOSTILE_CASES)('$label', (c) => {
  let bytes: Buffer | undefined;
  const made = () => (bytes ??= c.make());
  it.each([
    ['from disk', () => readWorkbook(temp.file(c.file, made()))],
    ['in memory', () => readWorkbookFromBuffer(made(), c.file)],
  ])('%s', async (_how, read) => {
    const result = await read().then(
      (content) => content,
      (error: unknown) => error,
    );
    if (c.outcome === 'read') {
      expect(result).not.toBeInstanceOf(Error);
      return;
    }
    expect(result).toBeInstanceOf(WorkbookReadError);
    const error = result as WorkbookReadError;
    expect(error.code).toBe(c.code);
    for (const text of [error.messages.vi, error.messages.en]) expect(text).toContain(c.file);
    for (const name of c.names ?? []) expect(error.messages.vi).toContain(name);
  });
});

describe('many honest sheets in one small zip', () => {
  // Each sheet is plain (about 1.5 MB of cells, deflated to a few KB, stored once); together they
  // pass the workbook's cell budget, which counts over all sheets. The budget is lowered here so the
  // test stays quick; at the real 20,000,000 cells the same happens after some 300 MB inflated.
  const row = (r: number) => `<row r="${r}">${'<c><v>1</v></c>'.repeat(10)}</row>`;
  const rows = Array.from({ length: 10_000 }, (_x, i) => row(i + 1)).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const bytes = hostileWorkbook(
    Array.from({ length: 8 }, (_x, i) => ({ name: `Tuần ${i + 1}`, xml })),
  );
  const file = 'nhieu-trang.xlsx';
  // 8 sheets of 100,000 cells: over a budget of 750,000 in the eighth sheet, whatever one sheet holds.
  it.each([
    ['from disk', () => readWorkbook(temp.file(file, bytes), { maxCells: 750_000 })],
    ['in memory', () => readWorkbookFromBuffer(bytes, file, { maxCells: 750_000 })],
  ])(
    '%s: refused once all sheets together pass the budget, naming the sheet',
    async (_how, read) => {
      expect(bytes.length * 40).toBeLessThan(8 * xml.length); // a small zip for what it holds
      const error = await read().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkbookReadError);
      const e = error as WorkbookReadError;
      expect(e.code).toBe('too-large');
      expect(e.messages.vi).toContain(file);
      expect(e.messages.vi).toContain('Tuần 8');
      expect(e.messages.vi).toContain('vượt giới hạn đọc');
    },
  );
});
