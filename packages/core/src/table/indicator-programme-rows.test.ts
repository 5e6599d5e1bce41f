import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';

const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Biểu', rows).rows);

// Rows named by the programme or the revenue item they count, not by "Chỉ tiêu" (issue 13,
// held-out set 13): each row's figure is judged against its own plan.
describe('detectIndicatorHeader: rows that are credit programmes or revenue items', () => {
  it.each<[string, GridValue[][], Record<string, number>]>([
    [
      'a tax sub-department by revenue item',
      [
        ['STT', 'Khoản thu', 'Dự toán năm 2024', 'Thực hiện năm 2024', 'So dự toán (%)'],
        [1, 'Thuế thu nhập cá nhân', 4200, 4480, 106.7],
        [2, 'Lệ phí trước bạ', 6100, 5870, 96.2],
      ],
      { title: 2, plan: 3, actual: 4 },
    ],
    [
      'a policy bank by credit programme, outstanding loans only',
      [
        ['TT', 'Chương trình tín dụng', 'Kế hoạch dư nợ 2024', 'Dư nợ thực hiện 31/12/2024'],
        [1, 'Cho vay hộ mới thoát nghèo', 15300, 15120],
        [2, 'Cho vay nhà ở xã hội', 9800, 10050],
      ],
      { title: 2, plan: 3 },
    ],
    [
      'revenue by tax type',
      [
        ['TT', 'Sắc thuế', 'Chỉ tiêu giao', 'Lũy kế thực hiện'],
        [1, 'Thuế giá trị gia tăng', 12500, 13010],
        [2, 'Thuế tài nguyên', 800, 640],
      ],
      { title: 2, plan: 3, actual: 4 },
    ],
  ])('%s', (_name, rows, columns) => {
    expect(header(rows)?.columns).toMatchObject(columns);
  });

  it('pairs two measures under the plan and under the actual, one indicator each', () => {
    const h = header([
      ['TT', 'Chương trình cho vay', 'Kế hoạch 2024', null, 'Thực hiện 2024', null],
      [null, null, 'Doanh số cho vay', 'Dư nợ', 'Doanh số cho vay', 'Dư nợ'],
      [1, 'Cho vay học sinh, sinh viên', 2100, 8300, 2250, 8190],
    ]);
    expect(h?.columns.title).toBe(2);
    expect(h?.values.map((v) => [v.col, v.role, v.scope])).toEqual([
      [3, 'plan', 'Doanh số cho vay'],
      [4, 'plan', 'Dư nợ'],
      [5, 'actual', 'Doanh số cho vay'],
      [6, 'actual', 'Dư nợ'],
    ]);
  });
});
