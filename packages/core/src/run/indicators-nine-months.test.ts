/**
 * A month's results beside the first nine months' ("Tháng 9/2025" and "9 tháng đầu năm 2025", each
 * over "Kế hoạch" | "Thực hiện"): both periods have ended by mid-October, and each actual is judged
 * on its own period's plan. A pack cannot name nine months, but the table's own plan can — layouts
 * held-out set 18, n06 (a bus centre's month and nine months).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import { testPack } from '../testing/check-grid.js';

const pack = testPack('thu-ngan-sach', 'Thu ngân sách (mẫu)');

function check(
  nineMonths: string,
  asOf: { year: number; month: number; day: number },
  pair: [string, string] = ['Kế hoạch', 'Thực hiện'],
) {
  const rows: GridValue[][] = [
    ['CHI CỤC THUẾ KHU VỰC HƯƠNG THỦY - PHÚ LỘC'],
    ['KẾT QUẢ THU NGÂN SÁCH THÁNG 9 VÀ 9 THÁNG ĐẦU NĂM 2025'],
    [],
    ['STT', 'Nội dung', 'ĐVT', 'Tháng 9/2025', null, nineMonths, null],
    [null, null, null, ...pair, ...pair],
    [1, 'Thu thuế ngoài quốc doanh', 'Triệu đồng', 12000, 12650, 105000, 98400],
    [2, 'Thu lệ phí trước bạ', 'Triệu đồng', 3500, 3100, 30000, 31800],
  ];
  const result = checkSheets(createChecker({ pack, asOf }), 'thu-ngan-sach.xlsx', [
    gridSheet('Thu NS T9', rows),
  ]);
  return result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort();
}

describe('a month beside the first nine months of the year', () => {
  it.each([
    '9 tháng đầu năm 2025',
    '9 tháng năm 2025',
    'Lũy kế 9 tháng 2025',
    'Lũy kế đến 30/9/2025',
  ])('judges %j on its own plan once it has ended', (nineMonths) => {
    expect(check(nineMonths, { year: 2025, month: 10, day: 15 })).toEqual([
      'indicator/exceeded E6',
      'indicator/exceeded G7',
      'indicator/unmet E7',
      'indicator/unmet G6',
    ]);
  });

  it('says nothing of the nine months before they end', () => {
    // 20 September: neither the month nor the nine months are over
    expect(check('9 tháng đầu năm 2025', { year: 2025, month: 9, day: 20 })).toEqual([]);
  });

  it('reads "Chỉ tiêu" under a running total as its target ("Lũy kế đến 30/9/2025" over "Chỉ tiêu | Kết quả")', () => {
    expect(
      check('Lũy kế đến 30/9/2025', { year: 2025, month: 10, day: 15 }, ['Chỉ tiêu', 'Kết quả']),
    ).toEqual([
      'indicator/exceeded E6',
      'indicator/exceeded G7',
      'indicator/unmet E7',
      'indicator/unmet G6',
    ]);
  });
});
