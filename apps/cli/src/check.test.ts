import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { dondoc, PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

const asOf = ['--as-of', '2024-07-01'];

describe('dondoc check on a real workbook', () => {
  it('prints each finding with its cell, the deadline as written and the days missed', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const result = await dondoc('check', file, ...asOf);
    expect(result.err).toBe('');
    expect(result.code).toBe(1); // there are errors
    expect(result.out).toContain('Theo dõi!D6');
    expect(result.out).toContain(
      'quá hạn 7 ngày: thời hạn "trước ngày 25/6/2024" (hạn cuối 24/06/2024)',
    );
    expect(result.out).toContain('Theo dõi!E5');
    expect(result.out).toContain('hoàn thành chậm 4 ngày');
    expect(result.out).toContain('Theo dõi!D9');
    expect(result.out).toContain('1 nhiệm vụ ở trang "Theo dõi" thực hiện thường xuyên');
  });

  it('speaks English with --lang en', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const result = await dondoc('check', file, ...asOf, '--lang', 'en');
    expect(result.out).toContain('is 7 day(s) overdue');
  });

  it('writes JSON that follows the findings contract, and never touches the input', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const before = readFileSync(file);
    const out = path.join(dir, 'ket-qua.json');
    const result = await dondoc('check', file, ...asOf, '--format', 'json', '--out', out);
    expect(result.code).toBe(1);
    const report = findingsReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'cell/invalid-date D9',
      'task/late E5',
      'task/overdue D6',
    ]);
    expect(report.asOf).toBe('2024-07-01');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    expect((await dondoc('check', file, ...asOf, '--fail-on', 'never')).code).toBe(0);
  });

  it('refuses an --out that is one of the inputs, leaving the workbook as it was', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const before = readFileSync(file);
    const result = await dondoc('check', file, ...asOf, '--out', file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Lỗi: Tệp kết quả');
    expect(result.err).toContain('Error: The output');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('dondoc check on bad input: a message in both languages naming the file, exit 2', () => {
  it.each([
    ['a missing file', async (dir: string) => path.join(dir, 'khong-co.xlsx'), /khong-co\.xlsx/],
    [
      'a text file renamed .xlsx',
      async (dir: string) => {
        const file = path.join(dir, 'ghi-chu.xlsx');
        writeFileSync(file, 'Nội dung nhiệm vụ; Thời hạn');
        return file;
      },
      /ghi-chu\.xlsx/,
    ],
    [
      'an old .xls (OLE2) file',
      async (dir: string) => {
        const file = path.join(dir, 'so-cu.xls');
        writeFileSync(
          file,
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
        );
        return file;
      },
      /so-cu\.xls/,
    ],
    [
      'an empty (0-byte) file',
      async (dir: string) => {
        const file = path.join(dir, 'rong.xlsx');
        writeFileSync(file, '');
        return file;
      },
      /rong\.xlsx/,
    ],
    [
      'an empty workbook (one sheet, no cells)',
      async (dir: string) => writeWorkbook(dir, 'so-trong.xlsx', { Sheet1: [] }),
      /Không tìm thấy bảng theo dõi nhiệm vụ/,
    ],
    [
      'a workbook with no task table',
      async (dir: string) =>
        writeWorkbook(dir, 'bien-ban.xlsx', {
          Sheet1: [['Biên bản họp chi bộ'], ['Ngày 20/5/2024']],
        }),
      /Không tìm thấy bảng theo dõi nhiệm vụ/,
    ],
    [
      'a folder',
      async (dir: string) => {
        const sub = path.join(dir, 'thu-muc');
        mkdirSync(sub);
        return sub;
      },
      /Không tìm thấy sổ theo dõi \.xlsx nào/,
    ],
  ] as const)('%s', async (_name, make, pattern) => {
    const dir = tempDir();
    const file = await make(dir);
    const result = await dondoc('check', file, ...asOf);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Lỗi: /);
    expect(result.err).toContain('\nError: ');
    expect(result.err).toMatch(pattern);
  });

  it('goes on with the readable workbooks when one of several cannot be read', async () => {
    const dir = tempDir();
    const good = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const bad = path.join(dir, 'hong.xlsx');
    writeFileSync(bad, 'PK\u0003\u0004 hỏng');
    const result = await dondoc('check', good, bad, ...asOf, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as {
      workbooks: Array<{ workbook: string; status: string }>;
    };
    // sorted by path, whatever order they were given in
    expect(report.workbooks.map((w) => [path.basename(w.workbook), w.status])).toEqual([
      ['hong.xlsx', 'unreadable'],
      ['theo-doi.xlsx', 'checked'],
    ]);
  });

  it.each([
    [['check'], /Chưa chỉ ra sổ theo dõi/],
    [['check', 'a.xlsx', '--as-of', '31/02/2024'], /dd\/mm\/yyyy hoặc YYYY-MM-DD/],
    [['check', 'a.xlsx', '--format', 'pdf'], /Định dạng "pdf" không có/],
    [['check', 'a.xlsx', '--pack', 'khong-co'], /Không có bộ quy tắc "khong-co"/],
    [['lam-gi-do'], /Không có lệnh "lam-gi-do"/],
  ])('usage errors: %j', async (argv, pattern) => {
    const result = await dondoc(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
    expect(result.err).toContain('Error: ');
  });

  it('reports a bad pack file with the JSON path of the bad field', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const pack = path.join(dir, 'pack.json');
    writeFileSync(
      pack,
      JSON.stringify({
        id: 'huyen-duc-tho',
        version: '1.0.0',
        title: 'Huyện Đức Thọ',
        settings: { dueSoonDays: 'bảy' },
      }),
    );
    const result = await dondoc('check', file, ...asOf, '--pack', pack);
    expect(result.code).toBe(2);
    expect(result.err).toContain('/settings/dueSoonDays');
  });
});

describe('dondoc packs', () => {
  it('lists the bundled packs', async () => {
    const result = await dondoc('packs');
    expect(result.code).toBe(0);
    expect(result.out).toContain('generic');
  });
});

describe('an indicator sheet', () => {
  it('compares each figure with the plan, reading percent-formatted cells as percents', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu');
    ws.addRow(['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024']);
    ws.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024']);
    ws.addRow([1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Từ 95 trở lên', 0.932]);
    ws.getCell('E3').numFmt = '0.0%';
    ws.addRow([2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 1,5', 1.2]);
    const file = path.join(dir, 'chi-tieu.xlsx');
    await wb.xlsx.writeFile(file);
    const result = await dondoc('check', file, '--as-of', '2025-01-15');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /Chỉ tiêu!E3 +indicator\/unmet +Chỉ tiêu "Tỷ lệ người dân tham gia bảo hiểm y tế" không đạt: thực hiện 93,2%, mục tiêu ≥ 95% \(năm 2024\)\./,
    );
    // 1,2 % is strictly better than "Dưới 1,5" (docs/decisions/0010)
    expect(result.out).toMatch(
      /Chỉ tiêu!E4 +indicator\/exceeded +Chỉ tiêu "Tỷ lệ hộ nghèo" vượt mục tiêu/,
    );
  });
});
