/**
 * A received-reports log that keeps ticks and no day, as an office writes it in Excel (issue 13):
 * a title naming the quarter, "Tình hình gửi báo cáo" merged over "Đúng hạn | Chậm | Chưa gửi", an
 * "x" per unit. Written by exceljs, read back by the streaming reader and checked: the unit ticked
 * late is late, the one ticked not sent missing, the blank line not evaluated.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parsePack } from '@dondoc/core';
import { createChecker, parseIsoDate } from './test-support/checking.js';
import { openWorkbook } from './reader.js';
import { TempDir } from './test-support/fixtures.js';

const temp = new TempDir();
afterAll(() => temp.remove());

const UNITS = [
  ['thach-kenh', 'UBND xã Thạch Kênh'],
  ['thach-son', 'UBND xã Thạch Sơn'],
  ['thach-lien', 'UBND xã Thạch Liên'],
  ['thach-ngoc', 'UBND xã Thạch Ngọc'],
] as const;

function pack() {
  const p = parsePack({
    id: 'bao-cao-quy',
    version: '1.0.0',
    title: 'Báo cáo quý của UBND các xã (mẫu)',
    agencies: UNITS.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'cac-xa', name: 'UBND các xã', members: UNITS.map(([id]) => id) }],
    reports: [
      {
        id: 'bc-quy',
        title: 'Báo cáo công tác cải cách hành chính',
        from: ['cac-xa'],
        schedule: {
          every: 'quarter',
          due: { day: 12, before: false, monthOffset: 1 },
          from: '2024-04-01',
          until: '2024-09-30',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
}

describe('a tick log with no day, in a real workbook', () => {
  it('is read as the log of its quarter', async () => {
    const file = await temp.workbook('tinh-hinh-gui-bao-cao.xlsx', (wb) => {
      const ws = wb.addWorksheet('Quý III');
      ws.addRow(['UBND HUYỆN THẠCH HÀ']);
      ws.addRow(['TÌNH HÌNH GỬI BÁO CÁO CẢI CÁCH HÀNH CHÍNH CỦA CÁC XÃ QUÝ III NĂM 2024']);
      ws.addRow([]);
      ws.addRow(['TT', 'Tên đơn vị', 'Tình hình gửi báo cáo', null, null, 'Ghi chú']);
      ws.addRow([null, null, 'Đúng hạn', 'Chậm', 'Chưa gửi', null]);
      ws.mergeCells('C4:E4');
      ws.mergeCells('A4:A5');
      ws.mergeCells('B4:B5');
      ws.mergeCells('F4:F5');
      ws.addRow([1, 'UBND xã Thạch Kênh', 'x', null, null, null]);
      ws.addRow([2, 'UBND xã Thạch Sơn', null, 'x', null, 'Đã gửi ngày 20/10/2024 qua eOffice']);
      ws.addRow([3, 'UBND xã Thạch Liên', null, null, 'x', null]);
      ws.addRow([4, 'UBND xã Thạch Ngọc', null, null, null, null]);
      ws.addRow([]);
      ws.addRow([null, null, null, null, 'NGƯỜI LẬP BIỂU']);
    });
    const workbook = await openWorkbook(file);
    const checker = createChecker({ pack: pack(), asOf: parseIsoDate('2024-11-20')! });
    const result = checker.workbook('tinh-hinh-gui-bao-cao.xlsx');
    for await (const sheet of workbook) {
      const sheetChecker = result.sheet(sheet.info);
      for await (const row of sheet.rows) sheetChecker.push(row);
      sheetChecker.finish();
    }
    const checked = result.finish();
    const q3 = checked.findings.filter((f) => /quý III/i.test(f.message.vi));
    expect(q3.map((f) => `${f.rule} ${f.agency} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'report/late UBND xã Thạch Sơn D7',
      'report/missing UBND xã Thạch Liên E8',
    ]);
    // the note gives the day ("Đã gửi ngày 20/10/2024"): the lateness is counted from it
    expect(q3.find((f) => f.rule === 'report/late')?.message.vi).toContain('8 ngày');
    const blank = checked.notEvaluated.filter((n) => n.location?.row === 9);
    expect(blank.map((n) => n.scope)).toEqual(['report/missing']);
    expect(blank[0]!.reason.vi).toContain('không đánh dấu ở cột nào');
  }, 60_000);
});
