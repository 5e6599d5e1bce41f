/**
 * A statistics form whose figures are headed by the day they were taken ("Số liệu đến 31/12/2023",
 * "Chỉ tiêu NQ HĐND xã năm 2024", "Số liệu đến 31/12/2024"): figures taken on a year's last day are
 * that year's actuals, and only the year of the target is judged — layouts held-out set 12, n07 (a
 * commune's statistics form).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { readPeriodText } from '../table/periods.js';
import { checkSheets, createChecker } from './checker.js';

describe('figures taken on the last day of a year', () => {
  it.each([
    ['Số liệu đến 31/12/2024', 2024],
    ['Số liệu tính đến hết ngày 31/12/2023', 2023],
    ['Số liệu đến 31/12/2024 (ước)', 2024],
    // a cut-off inside the year says when, not which year's figure (as before)
    ['Giải ngân đến 31/01/2025', undefined],
    ['Số liệu đến 30/9/2024', undefined],
    // a year of its own wins
    ['Thực hiện năm 2024 (số liệu đến 31/12/2024)', 2024],
  ] as const)('%j → year %s', (header, year) => {
    expect(readPeriodText(header).year).toBe(year);
  });
});

const pack = (() => {
  const p = parsePack({ id: 'thong-ke', version: '1.0.0', title: 'Thống kê (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

describe("a ward's statistics form", () => {
  const rows: GridValue[][] = [
    ['UBND PHƯỜNG AN HÒA', null, null, null, null, 'Biểu số 02/TKP'],
    ['MỘT SỐ CHỈ TIÊU THỐNG KÊ CHỦ YẾU NĂM 2024'],
    [],
    [
      'Mã số',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Số liệu tính đến 31/12/2023',
      'Kế hoạch năm 2024',
      'Số liệu tính đến 31/12/2024',
    ],
    ['0105', 'Số hộ gia đình', 'hộ', 3120, null, 3185],
    ['0402', 'Tỷ lệ hộ gia đình được công nhận gia đình văn hóa', '%', 88.4, 90, 91.2],
    ['0609', 'Số trẻ em dưới 6 tuổi được cấp thẻ BHYT', 'trẻ', 640, 700, 655],
  ];
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2025, month: 2, day: 12 } }),
    'thong-ke.xlsx',
    [gridSheet('Biểu 02', rows)],
  );

  it('reads the sheet as indicators', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['indicators']);
  });

  it("judges the figures to 31/12/2024 against the year's plan, never 2023's", () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'indicator/exceeded F6',
      'indicator/unmet F7',
    ]);
  });
});
