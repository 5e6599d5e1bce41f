/**
 * The same indicators listed under each section (a port, a market, a school level), then a row
 * adding one of them up across the sections ("Tổng hàng hóa thông qua", "Cộng số hộ kinh doanh"):
 * the row is a total, never one more indicator judged against the sum of the plans — layouts
 * held-out set 19, n08, raised the class; these are other wordings.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const pack = (() => {
  const p = parsePack({ id: 'cho', version: '1.0.0', title: 'Quản lý chợ (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

function check(totalLabel: string) {
  const rows: GridValue[][] = [
    ['KẾT QUẢ QUẢN LÝ CÁC CHỢ NĂM 2024'],
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
    ['I', 'Chợ Đầm'],
    [1, 'Số hộ kinh doanh', 'Hộ', 420, 436],
    [2, 'Thu phí chợ', 'Triệu đồng', 1800, 1750],
    ['II', 'Chợ Xóm Mới'],
    [3, 'Số hộ kinh doanh', 'Hộ', 260, 251],
    [4, 'Thu phí chợ', 'Triệu đồng', 900, 920],
    [null, totalLabel, 'Hộ', 680, 687],
  ];
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 1, day: 15 } }),
    'cho.xlsx',
    [gridSheet('KQ chợ', rows)],
  );
  return result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort();
}

describe('a row adding up an indicator listed under each section', () => {
  it.each(['Tổng số hộ kinh doanh', 'Cộng số hộ kinh doanh', 'TỔNG CỘNG SỐ HỘ KINH DOANH'])(
    '%j is a total',
    (label) => {
      expect(check(label)).toEqual([
        'indicator/exceeded E4',
        'indicator/exceeded E8',
        'indicator/unmet E5',
        'indicator/unmet E7',
      ]);
    },
  );

  it('a "Tổng …" naming an indicator listed once is an indicator of its own', () => {
    expect(check('Tổng thu ngân sách xã')).toContain('indicator/exceeded E9');
  });
});
