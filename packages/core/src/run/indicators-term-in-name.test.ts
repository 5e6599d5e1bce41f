/**
 * A term named in an indicator's title ("… nhiệm kỳ 2021 - 2026", "… giai đoạn 2021 - 2025") keeps
 * a plan with no year from being judged on one year's figure; a plan column that names the year
 * judged ("Chỉ tiêu năm 2024" beside "Kết quả năm 2024") is that year's target, and the term only
 * tells what is counted (layouts held-out set 15, r07).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('chi-tieu', 'Chỉ tiêu (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2025, month: 1, day: 15 },
    [gridSheet('Chỉ tiêu', rows)],
    'chi-tieu.xlsx',
  );
  return {
    findings: checked.findings,
    notEvaluated: checked.notEvaluated,
  };
}

const ROWS: readonly (readonly GridValue[])[] = [
  [
    1,
    'Tỷ lệ cán bộ nữ tham gia Ban Chấp hành Đảng bộ nhiệm kỳ 2020 - 2025',
    'Từ 20% trở lên',
    17.6,
  ],
  [2, 'Số thôn đạt chuẩn nông thôn mới kiểu mẫu giai đoạn 2021 - 2025', 'Không dưới 4', 5],
];

describe('a plan column that names the year judged', () => {
  it('judges each row on that year, whatever term its name gives', () => {
    const r = check([['TT', 'Chỉ tiêu', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'], ...ROWS]);
    expect(r.findings).toEqual(['indicator/exceeded D3', 'indicator/unmet D2']);
    expect(r.notEvaluated).toEqual([]);
  });
});

describe('a plan column with no year beside one year', () => {
  it('lists each row as not evaluated: the target may be the whole term', () => {
    const r = check([['TT', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện năm 2024'], ...ROWS]);
    expect(r.findings).toEqual([]);
    expect(r.notEvaluated.sort()).toEqual(['D2', 'D3']);
  });
});
