/**
 * Awkward but readable workbooks: each gives the correct result, never a crash, and the input file
 * is left byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { dondoc, tempDir } from './test-support/run.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(tempDir(), 'so-theo-doi.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function check(file: string) {
  const before = createHash('sha256').update(readFileSync(file)).digest('hex');
  const result = await dondoc('check', file, '--as-of', '2024-07-01', '--format', 'json');
  expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  expect(result.err).toBe('');
  return findingsReportSchema.parse(JSON.parse(result.out));
}

describe('awkward workbooks', () => {
  it('reads error values in date cells as invalid dates naming the error', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('Theo dõi');
      ws.addRow(HEADER);
      ws.addRow([1, 'Hội nghị cán bộ chủ chốt', 'Ban Tuyên giáo Huyện ủy', null, null, null]);
      ws.getCell('D2').value = {
        formula: 'Z99',
        result: { error: '#REF!' },
      } as ExcelJS.CellFormulaValue;
      ws.addRow([
        2,
        'Quán triệt ở cấp cơ sở',
        'Các chi, đảng bộ cơ sở',
        { error: '#VALUE!' },
        null,
        null,
      ]);
    });
    const report = await check(file);
    expect(report.findings.map((f) => [f.rule, f.location?.cell, f.actual])).toEqual([
      ['cell/invalid-date', 'D2', '#REF!'],
      ['cell/invalid-date', 'D3', '#VALUE!'],
    ]);
    expect(report.findings[0]!.message.vi).toContain('Ô bị lỗi #REF!');
  });

  it('drops control and zero-width characters from what it quotes', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('Theo dõi');
      ws.addRow(HEADER);
      ws.addRow([
        1,
        'Hội nghị\u200b cán bộ\ufeff chủ chốt',
        'Ban Tuyên giáo',
        'trước ngày\u00a020/5/2024',
        null,
        null,
      ]);
    });
    const [finding] = (await check(file)).findings;
    expect(finding?.rule).toBe('task/overdue');
    expect(finding?.subject.title).toBe('Hội nghị cán bộ chủ chốt');
    expect(finding?.quote).toBe('trước ngày 20/5/2024');
  });

  it('clips a very long cell in the message but keeps the finding', async () => {
    const long = 'Tuyên truyền sâu rộng nội dung Chỉ thị, Chương trình hành động, '.repeat(400);
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('Theo dõi');
      ws.addRow(HEADER);
      ws.addRow([1, long, 'Ban Tuyên giáo Huyện ủy', 'tháng 5/2024', null, 'Chưa thực hiện']);
    });
    const [finding] = (await check(file)).findings;
    expect(finding?.rule).toBe('task/overdue');
    expect(finding!.message.vi.length).toBeLessThan(400);
    expect(finding!.message.vi).toContain('…');
  });

  it('checks a task table on a hidden sheet and in hidden rows', async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Ghi ngày theo dạng ngày/tháng/năm.']);
      const ws = wb.addWorksheet('Theo dõi', { state: 'hidden' });
      ws.addRow(HEADER);
      ws.addRow([
        1,
        'Hội nghị cán bộ chủ chốt',
        'Ban Tuyên giáo Huyện ủy',
        '20/6/2024',
        null,
        null,
      ]);
      ws.getRow(2).hidden = true;
    });
    const report = await check(file);
    expect(
      report.findings.map((f) => `${f.rule} ${f.location?.sheet}!${f.location?.cell}`),
    ).toEqual(['task/overdue Theo dõi!D2']);
  });

  it('reads a 1904-date-system workbook (old Mac Excel) on the right days', async () => {
    const file = await workbook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Theo dõi');
      ws.addRow(HEADER);
      ws.addRow([
        1,
        'Hội nghị cán bộ chủ chốt',
        'Ban Tuyên giáo',
        new Date(Date.UTC(2024, 5, 20)),
        null,
        null,
      ]);
      ws.getCell('D2').numFmt = 'dd/mm/yyyy';
    });
    const [finding] = (await check(file)).findings;
    expect(finding?.message.vi).toContain('hạn cuối 20/06/2024');
    expect(finding?.message.vi).toContain('quá hạn 11 ngày');
  });
});
