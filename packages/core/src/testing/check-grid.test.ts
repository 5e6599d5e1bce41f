/**
 * The test helper that runs the checker on inline grid sheets: a minimal pack, one or several
 * sheets, and the results in the string forms tests compare.
 */
import { describe, expect, it } from 'vitest';
import { checkGrid, testPack } from './check-grid.js';
import { gridSheet } from './grid.js';

const pack = testPack('theo-doi', 'Theo dõi nhiệm vụ (mẫu)');
const tasks = gridSheet('Nhiệm vụ', [
  ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
  [1, 'Rà soát hồ sơ địa chính', 'Phòng Tài nguyên và Môi trường', '15/3/2025', 'Chưa thực hiện'],
  [2, 'Tổng kết công tác dân vận', 'Văn phòng HĐND và UBND', '30/6/2025', 'Đang thực hiện'],
]);

describe('checkGrid', () => {
  it('builds a minimal pack, and says which field is wrong', () => {
    expect(pack.id).toBe('theo-doi');
    expect(pack.version).toBe('1.0.0');
    expect(() => testPack('', 'Không tên')).toThrow(/id/);
  });

  it('gives the tables, findings by cell and by sheet, and cells not evaluated', () => {
    const r = checkGrid(pack, { year: 2025, month: 4, day: 1 }, tasks, 'theo-doi.xlsx');
    expect(r.tables).toEqual(['tasks']);
    expect(r.findings).toEqual(['task/overdue D2']);
    expect(r.sheetFindings).toEqual(['task/overdue Nhiệm vụ!D2']);
    expect(r.notEvaluated).toEqual(r.result.notEvaluated.map((n) => n.location?.cell ?? ''));
  });

  it('checks several sheets as one workbook', () => {
    const other = gridSheet('Ghi chú', [['Ghi chú: số liệu tạm tính']]);
    const r = checkGrid(pack, { year: 2025, month: 4, day: 1 }, [other, tasks]);
    expect(r.result.sheets.map((s) => s.name)).toEqual(['Ghi chú', 'Nhiệm vụ']);
    expect(r.findings).toEqual(['task/overdue D2']);
  });
});
