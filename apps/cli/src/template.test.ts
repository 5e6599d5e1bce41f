import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { dondoc, tempDir } from './test-support/run.js';

describe('dondoc template', () => {
  it.each([
    ['quan-triet-ct32-ctr48', '2024-05-01', ['Nhiệm vụ', 'Đơn vị', 'Sổ nhận báo cáo', 'Chỉ tiêu']],
    ['quang-ngai-kl14-2024', '2024-06-01', ['Nhiệm vụ', 'Đơn vị', 'Sổ nhận báo cáo', 'Chỉ tiêu']],
    ['tinh-uy-thang-4-2021', '2021-04-01', ['Nhiệm vụ', 'Đơn vị', 'Sổ nhận báo cáo']],
    ['generic', '2024-06-01', ['Nhiệm vụ']],
  ])('makes a workbook from %s that the checker reads back cleanly', async (pack, asOf, sheets) => {
    const out = path.join(tempDir(), 'theo-doi.xlsx');
    const made = await dondoc('template', '--pack', pack, '--out', out);
    expect(made.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
    const first = wb.worksheets[0]!;
    expect(first.views[0]).toMatchObject({ state: 'frozen' });
    expect(first.pageSetup.paperSize).toBe(9);

    const json = await dondoc('check', out, '--pack', pack, '--as-of', asOf, '--format', 'json');
    const report = findingsReportSchema.parse(JSON.parse(json.out));
    // Every sheet is recognised, and a fresh template has nothing wrong in it yet.
    const workbook = (
      JSON.parse(json.out) as { workbooks: Array<{ sheets: Array<{ table: string }> }> }
    ).workbooks[0]!;
    expect(workbook.sheets.every((s) => s.table !== 'none')).toBe(true);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('gives the task sheet a status drop-down and a date format', async () => {
    const out = path.join(tempDir(), 'theo-doi.xlsx');
    await dondoc('template', '--pack', 'quan-triet-ct32-ctr48', '--out', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    expect(ws.getCell('C4').value).toBe('Nội dung nhiệm vụ');
    expect(ws.getCell('G5').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('F5').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('E5').value).toBe('tháng 5/2024');
  });

  it('lists the report instances the pack knows the units of, ready for the received date', async () => {
    const out = path.join(tempDir(), 'theo-doi.xlsx');
    await dondoc('template', '--pack', 'quan-triet-ct32-ctr48', '--out', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const log = wb.getWorksheet('Sổ nhận báo cáo')!;
    expect([2, 3, 4].map((c) => log.getCell(5, c).value)).toEqual([
      'Ban Tuyên giáo Huyện ủy',
      'Báo cáo kết quả triển khai thực hiện',
      '6 tháng đầu năm 2024',
    ]);
    // Past the due day with the date still empty, the checker points at that very cell.
    const json = await dondoc(
      'check',
      out,
      '--pack',
      'quan-triet-ct32-ctr48',
      '--as-of',
      '2024-07-15',
      '--format',
      'json',
    );
    const report = findingsReportSchema.parse(JSON.parse(json.out));
    expect(
      report.findings
        .filter((f) => f.rule === 'report/missing')
        .map((f) => `${f.location?.sheet}!${f.location?.cell}`),
    ).toEqual(['Sổ nhận báo cáo!E5', 'Sổ nhận báo cáo!E7', 'Sổ nhận báo cáo!E8']);
  });

  it('needs --out', async () => {
    const result = await dondoc('template', '--pack', 'generic');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out');
  });
});
