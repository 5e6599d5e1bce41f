/**
 * A sub-row's finding names the row it is part of, and the sub-row without its mark: "Tổng sản
 * lượng lương thực — Lúa", not "Trong đó: Lúa" nor a bare "Ngô" a clerk must look up.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const rows: GridValue[][] = [
  ['UBND XÃ HƯNG LỘC'],
  ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024'],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
  ['I', 'CHỈ TIÊU KINH TẾ', null, null, null],
  [1, 'Tổng sản lượng lương thực', 'Tấn', '4.500', '4.620,5'],
  [null, 'Trong đó: Lúa', 'Tấn', '4.000', '3.950'],
  [null, '- Ngô', 'Tấn', '500', '670,5'],
  ['II', 'CHỈ TIÊU XÃ HỘI', null, null, null],
  [2, 'Tỷ lệ hộ nghèo', '%', '2,5', '2,3'],
  ['a)', 'Hộ đồng bào dân tộc thiểu số', '%', '4', '4,6'],
];

describe("a commune's sub-rows", () => {
  const p = parsePack({ id: 'xa', version: '1.0.0', title: 'Chỉ tiêu của xã (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 20 } }),
    'hung-loc.xlsx',
    [gridSheet('Chỉ tiêu 2024', rows)],
  );
  const titles = Object.fromEntries(
    result.findings.map((f) => [f.location?.cell ?? '', `${f.rule} ${f.subject?.title ?? ''}`]),
  );

  it('names each with the row it is part of', () => {
    expect(titles).toEqual({
      E5: 'indicator/exceeded Tổng sản lượng lương thực',
      E6: 'indicator/unmet Tổng sản lượng lương thực — Lúa',
      E7: 'indicator/exceeded Tổng sản lượng lương thực — Ngô',
      E9: 'indicator/exceeded Tỷ lệ hộ nghèo',
      // the poverty rate of a part of the people goes down as the whole does
      E10: 'indicator/unmet Tỷ lệ hộ nghèo — Hộ đồng bào dân tộc thiểu số',
    });
  });
});
