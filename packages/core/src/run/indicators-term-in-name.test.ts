/**
 * A term named in an indicator's title ("… nhiệm kỳ 2021 - 2026", "… giai đoạn 2021 - 2025") keeps
 * a plan with no year from being judged on one year's figure; a plan column that names the year
 * judged ("Chỉ tiêu năm 2024" beside "Kết quả năm 2024") is that year's target, and the term only
 * tells what is counted (layouts held-out set 15, r07).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const pack = (() => {
  const p = parsePack({ id: 'chi-tieu', version: '1.0.0', title: 'Chỉ tiêu (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

function check(rows: readonly (readonly GridValue[])[]) {
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 1, day: 15 } }),
    'chi-tieu.xlsx',
    [gridSheet('Chỉ tiêu', rows)],
  );
  return {
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
    notEvaluated: result.notEvaluated.map((n) => n.location?.cell ?? ''),
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
