/**
 * A revenue table of a body's branches: one indicator named by the title ("KẾT QUẢ THU … THEO
 * ĐƠN VỊ"), a caption of the unit, the target, the month's figure, the year to date and last year's,
 * the whole body's line on top ("Toàn Cục", "Toàn Chi cục"). Each branch is judged on the year to
 * date against its target; the month's figure and last year's judge nothing; the body's own line is
 * a total — layouts held-out set 13, p07.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const rows = (whole: string): GridValue[][] => [
  ['CHI CỤC THUẾ KHU VỰC PHÚ LƯƠNG - ĐẠI TỪ'],
  ['KẾT QUẢ THU NỘI ĐỊA NĂM 2024 THEO TỪNG ĐỘI THUẾ'],
  [],
  [null, null, null, null, null, 'ĐVT: triệu đồng'],
  [
    'TT',
    'Đơn vị',
    'Dự toán giao năm 2024',
    'Thực hiện tháng 12/2024',
    'Lũy kế năm 2024',
    'Cùng kỳ năm 2023',
  ],
  [null, whole, 412000, 35100, 398300, 371000],
  [1, 'Đội Thuế liên xã Phú Lương', 160000, 14200, 171500, 150200],
  [2, 'Đội Thuế liên xã Đại Từ', 252000, 20900, 226800, 220800],
  [3, 'Đội Kiểm tra thuế', '-', 0, 1200, 900],
];

describe('branches judged on the year to date against their targets', () => {
  const p = parsePack({ id: 'generic', version: '1.0.0', title: 'Chung' });
  if (!p.ok) throw new Error('pack');
  it.each(['Toàn Chi cục', 'Toàn Cục', 'Toàn ngành'])('with %j on top as the total', (whole) => {
    const result = checkSheets(
      createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 15 } }),
      'thu.xlsx',
      [gridSheet('Thu nội địa', rows(whole))],
    );
    expect(
      result.findings
        .map((f) => `${f.rule} ${f.location?.cell ?? ''} ${f.subject.title ?? ''}`)
        .sort(),
    ).toEqual([
      'indicator/exceeded E7 THU NỘI ĐỊA NĂM 2024 — Đội Thuế liên xã Phú Lương',
      'indicator/unmet E8 THU NỘI ĐỊA NĂM 2024 — Đội Thuế liên xã Đại Từ',
    ]);
  });
});
