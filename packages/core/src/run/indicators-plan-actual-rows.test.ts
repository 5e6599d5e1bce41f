/**
 * An indicator written on two rows, its name merged over both, a column of its own saying which
 * row is the plan ("Kế hoạch" / "KH") and which the actual ("Thực hiện" / "TH"), the periods as
 * columns ("Quý I" … "Quý IV", "Cả năm"): the plan row's figures are the plan of the actual row
 * under it, column by column, and only the year's column is judged — layouts held-out set 12, n08
 * (a district's job-creation results).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('kh-th', 'Kế hoạch, thực hiện (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2025, month: 1, day: 20 },
    [gridSheet('Tiêm chủng 2024', rows)],
    'kh-th.xlsx',
  );
  return checked.findings;
}

describe("a health centre's vaccination results, plan and actual on two rows", () => {
  const head: GridValue[][] = [
    ['TT', 'Chỉ tiêu', 'ĐVT', '', 'Năm 2024', null, null, null, null],
    [null, null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
  ];

  it('names written on both rows: each actual row against the plan row above it', () => {
    expect(
      check([
        ...head,
        [1, 'Số trẻ dưới 1 tuổi tiêm chủng đầy đủ', 'trẻ', 'KH', 120, 120, 130, 130, 500],
        [1, 'Số trẻ dưới 1 tuổi tiêm chủng đầy đủ', 'trẻ', 'TH', 118, 125, 126, 121, 490],
        [2, 'Số phụ nữ có thai tiêm vắc xin uốn ván', 'người', 'KH', 40, 40, 40, 40, 160],
        [2, 'Số phụ nữ có thai tiêm vắc xin uốn ván', 'người', 'TH', 42, 45, 41, 44, 172],
      ]),
    ).toEqual(['indicator/exceeded I6', 'indicator/unmet I4']);
  });

  it('a table with a plan column is read as before, whatever words stand in another column', () => {
    expect(
      check([
        ['TT', 'Chỉ tiêu', 'ĐVT', 'Ghi chép', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
        [1, 'Số trẻ dưới 1 tuổi tiêm chủng đầy đủ', 'trẻ', 'KH', 500, 490],
      ]),
    ).toEqual(['indicator/unmet F2']);
  });
});
