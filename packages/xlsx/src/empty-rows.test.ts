/**
 * A sheet where someone formatted whole rows down to Excel's last row: a million <row> elements
 * with a style and no cells under a 3-task table. The read must stay streaming (bounded memory),
 * give only the rows that show something, and the check must find what the table holds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker, loadPackForTests, parseIsoDate } from './test-support/checking.js';
import { openWorkbook } from './reader.js';
import { rezip, TempDir } from './test-support/fixtures.js';

const temp = new TempDir();
afterAll(() => temp.remove());

const LAST_ROW = 1_048_576;

describe('a sheet with a million empty formatted rows', () => {
  it('is read row by row and checked, the empty rows costing nothing but time', async () => {
    const small = await temp.workbook('nho.xlsx', (wb) => {
      const ws = wb.addWorksheet('Theo dõi');
      ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng']);
      ws.addRow([
        1,
        'Hội nghị cán bộ chủ chốt',
        'Ban Tuyên giáo Huyện ủy',
        'tháng 5/2024',
        'Hoàn thành',
      ]);
      ws.addRow([
        2,
        'Quán triệt ở cấp cơ sở',
        'Các chi, đảng bộ cơ sở',
        'trước ngày 25/6/2024',
        null,
      ]);
      ws.addRow([3, 'Sơ kết việc thực hiện', 'Văn phòng Huyện ủy', 'quý IV/2024', null]);
    });
    const empty: string[] = [];
    for (let r = 5; r <= LAST_ROW; r++) empty.push(`<row r="${r}" s="1" customFormat="1"/>`);
    const big = await rezip(small, temp.file('mot-trieu-dong.xlsx'), (name, text) =>
      name === 'xl/worksheets/sheet1.xml'
        ? text.replace('</sheetData>', `${empty.join('')}</sheetData>`)
        : undefined,
    );
    empty.length = 0;

    const workbook = await openWorkbook(big);
    const checker = createChecker({ pack: loadPackForTests(), asOf: parseIsoDate('2024-07-01')! });
    const result = checker.workbook('mot-trieu-dong.xlsx');
    let rows = 0;
    for await (const sheet of workbook) {
      const sheetChecker = result.sheet(sheet.info);
      for await (const row of sheet.rows) {
        rows++;
        sheetChecker.push(row);
      }
      sheetChecker.finish();
    }
    const checked = result.finish();
    expect(rows).toBe(4);
    expect(checked.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`)).toEqual([
      'task/overdue D3',
    ]);
  }, 120_000);
});
