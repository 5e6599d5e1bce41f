/**
 * Workbooks written by other programs (fixtures/other-tools/make.py): openpyxl, which stores no
 * formula results, and LibreOffice Calc, which writes its own styles and shared strings. Both carry
 * title rows, a two-row merged header, section rows, NFD text, a hidden row, a hidden sheet, a very
 * long cell, a month-first text date and a signature block.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { dondoc } from './test-support/run.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/other-tools/${name}`, import.meta.url));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function check(name: string) {
  const file = fixture(name);
  const before = sha(file);
  const result = await dondoc('check', file, '--as-of', '2024-07-01', '--format', 'json');
  expect(sha(file)).toBe(before);
  const report = findingsReportSchema.parse(JSON.parse(result.out));
  return {
    result,
    report,
    keys: report.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`),
  };
}

const COMMON = [
  'task/late E10', // "tháng 5/2024", done 04/06/2024 (a real date cell)
  'task/overdue D11', // "hoàn thành trước ngày 25/6/2024"
  'task/overdue D12', // a real date cell 28/06/2024
  'task/overdue D14', // NFD text "trước ngày 20/6/2024"
  'cell/invalid-date D16', // "6/25/2024", month first
  'task/overdue D17', // a hidden row is still a task
];

describe('a workbook written by openpyxl', () => {
  it('gives the planted findings, and says the formula deadline has no stored result', async () => {
    const { keys, report } = await check('openpyxl-ke-hoach.xlsx');
    expect([...keys].sort()).toEqual([...COMMON].sort());
    const formula = report.summary.notEvaluated.find((n) => n.location?.cell === 'D18');
    expect(formula?.reason.vi).toContain(
      '2 nhiệm vụ ở trang "Theo dõi" có thời hạn tính bằng công thức',
    );
    expect(formula?.reason.vi).toContain('(D18, D20)');
    expect(formula?.reason.en).toContain(
      'Open it in Excel or LibreOffice, save it and check again',
    );
  });
});

describe('the same workbook saved by LibreOffice Calc', () => {
  it('gives the same findings plus the formula deadlines, now calculated (one to #N/A)', async () => {
    const { keys, report } = await check('libreoffice-ke-hoach.xlsx');
    expect([...keys].sort()).toEqual(
      [...COMMON, 'task/overdue D18', 'cell/invalid-date D20'].sort(),
    );
    const na = report.findings.find((f) => f.location?.cell === 'D20');
    expect(na?.message.vi).toContain('Ô bị lỗi #N/A');
    const overdue = report.findings.find((f) => f.location?.cell === 'D14');
    // NFD text in the cell is read as NFC: the quote is what a person sees.
    expect(overdue?.quote).toBe('trước ngày 20/6/2024'.normalize('NFC'));
    expect(overdue?.message.vi).toContain('quá hạn 12 ngày');
  });

  it.each([
    ['libreoffice-ke-hoach.ods', /OpenDocument \(\.ods\)/],
    ['libreoffice-ke-hoach.xls', /Excel 97-2003 \(\.xls\)/],
  ])('%s is refused with a message in both languages and exit 2', async (name, pattern) => {
    const result = await dondoc('check', fixture(name), '--as-of', '2024-07-01');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Lỗi: /);
    expect(result.err).toMatch(pattern);
    expect(result.err).toContain('\nError: ');
  });
});

describe('a workbook with a real chart (openpyxl)', () => {
  it('keeps its chart: the XLSX report has no annotated copy, and says why', async () => {
    const file = fixture('openpyxl-bieu-do.xlsx');
    const before = sha(file);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-chart-')), 'ket-qua.xlsx');
    const result = await dondoc(
      'check',
      file,
      '--as-of',
      '2024-07-01',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(sha(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Kết quả kiểm tra', 'Bảng điểm']);
    const lines: string[] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => lines.push(String(row.getCell(1).value)));
    expect(lines.join('\n')).toContain(
      'tệp có biểu đồ mà bản sao sẽ làm mất. Tệp gốc không bị thay đổi.',
    );
  });
});
