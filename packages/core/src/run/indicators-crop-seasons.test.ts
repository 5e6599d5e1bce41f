/**
 * A production table whose rows are crops or livestock ("Cây trồng", "Vật nuôi") and whose actuals
 * are given per crop season beside the whole year ("Thực hiện năm 2024" over "Vụ Xuân | Vụ Mùa |
 * Vụ Đông | Cả năm"): a season named without its days is a part of the year, never judged against
 * the year's plan; "Cả năm" is the year's actual — layouts held-out set 12, n05 (a district's crop
 * results).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { isPeriodOnly, readPeriodText } from '../table/periods.js';
import { checkSheets, createChecker } from './checker.js';

describe('a crop season named without its days', () => {
  it.each([
    ['Vụ Hè Thu', 'season', undefined],
    ['Vụ Đông Xuân', 'season', undefined],
    ['Vụ Thu Đông 2024', 'season', 2024],
    ['Vụ Chiêm', 'season', undefined],
    ['Diện tích vụ Mùa', 'season', undefined],
    // the "vụ" of a duty or a service is no season
    ['Nhiệm vụ thu ngân sách', undefined, undefined],
    ['Dịch vụ thu gom rác', undefined, undefined],
    // a season with its days is that run of days, as before
    ['Vụ Thu (01/9 - 31/10/2024)', undefined, 2024],
    ['Cả năm', 'year', undefined],
  ] as const)('%j → %s, year %s', (header, sub, year) => {
    const p = readPeriodText(header);
    expect(p.sub).toBe(sub);
    expect(p.year).toBe(year);
  });

  it.each([
    ['Vụ Hè Thu', true],
    ['Vụ Đông Xuân', true],
    ['Nhiệm vụ thu ngân sách', false],
  ])('%j names only a period: %s', (header, only) => {
    expect(isPeriodOnly(header)).toBe(only);
  });
});

const pack = (() => {
  const p = parsePack({ id: 'trong-trot', version: '1.0.0', title: 'Trồng trọt (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

describe("a southern district's crops by season", () => {
  const rows: GridValue[][] = [
    ['PHÒNG KINH TẾ HUYỆN CHÂU THÀNH'],
    ['KẾT QUẢ GIEO TRỒNG, THU HOẠCH NĂM 2024'],
    [],
    ['STT', 'Loại cây trồng', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', null, null, null],
    [null, null, null, null, 'Vụ Đông Xuân', 'Vụ Hè Thu', 'Vụ Thu Đông', 'Cả năm'],
    [1, 'Lúa', 'ha', 24500, 9800, 9600, 4700, 24100],
    [2, 'Bắp', 'ha', 600, 250, 200, 180, 630],
    [3, 'Rau màu các loại', 'ha', 1200, 450, 400, 350, 1200],
  ];
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 1, day: 20 } }),
    'trong-trot.xlsx',
    [gridSheet('Cây trồng 2024', rows)],
  );

  it('reads the sheet as indicators', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['indicators']);
  });

  it("judges the whole year's column only, never a season", () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'indicator/exceeded H7',
      'indicator/unmet H6',
    ]);
  });
});
