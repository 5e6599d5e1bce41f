/**
 * One indicator counted per unit and per round (a blood-donation drive, a vaccination campaign):
 * the units by row, each round merged over its target and what was done ("Đợt 1 (tháng 3)" over
 * "Chỉ tiêu | Tiếp nhận"), the line over the table naming what is counted, and a row for the whole
 * area that adds the units up. Each unit's figure of each round is judged on its own target once the
 * round is over — layouts held-out set 18, n10, raised the class; these are other wordings.
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

const pack = testPack('tiem-chung', 'Tiêm chủng (mẫu)');

function check(rounds: [string, string], done: string, total: string) {
  const rows: GridValue[][] = [
    ['KẾT QUẢ TIÊM VẮC XIN SỞI - RUBELLA NĂM 2025 THEO PHƯỜNG, XÃ'],
    [],
    ['STT', 'Phường, xã', rounds[0], null, rounds[1], null],
    [null, null, 'Chỉ tiêu', done, 'Chỉ tiêu', done],
    [1, 'Phường Đông Thọ', 320, 334, 300, 288],
    [2, 'Phường Quảng Hưng', 280, 262, 260, 271],
    [3, 'Xã Đông Vinh', 150, 150, 140, null],
    [null, total, 750, 746, 700, 559],
  ];
  const checked = checkGrid(
    pack,
    { year: 2025, month: 12, day: 10 },
    [gridSheet('KQ theo đợt', rows)],
    'tiem-chung.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
  };
}

describe('one indicator per unit and per round', () => {
  it.each<[[string, string], string, string]>([
    [['Đợt 1 (tháng 3)', 'Đợt 2 (tháng 9)'], 'Tiếp nhận', 'Cộng toàn thành phố'],
    [['Quý I', 'Quý III'], 'Thực hiện', 'Tổng cộng toàn thành phố'],
    [['Đợt I (tháng 5)', 'Đợt II (tháng 11)'], 'Kết quả', 'Toàn thành phố'],
  ])('%j over "Chỉ tiêu" | %j, the whole area as %j', (rounds, done, total) => {
    const r = check(rounds, done, total);
    expect(r.tables).toEqual(['indicators']);
    expect(r.findings).toEqual([
      'indicator/exceeded D5',
      'indicator/exceeded F6',
      'indicator/missing-value F7',
      'indicator/unmet D6',
      'indicator/unmet F5',
    ]);
  });
});
