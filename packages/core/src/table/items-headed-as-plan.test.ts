import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';

const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Biểu', rows).rows);

// A programme's goals listed under a plan's word ("Mục tiêu", "Mục tiêu phấn đấu") beside the
// column that is their target ("Mục tiêu đến năm 2025", "Chỉ tiêu giai đoạn"): the first column
// holds the names, the second the targets (issue 13, held-out set 14, q06).
describe('detectIndicatorHeader: the item column headed with a plan word', () => {
  it.each<[string, GridValue[][], Record<string, number>]>([
    [
      'a health programme over three review years, the last one judged',
      [
        ['STT', 'Mục tiêu', 'ĐVT', 'Mục tiêu đến năm 2025', 'Kết quả thực hiện', null, null],
        [null, null, null, null, 'Năm 2023', 'Năm 2024', 'Năm 2025'],
        [1, 'Tỷ lệ trạm y tế xã có bác sĩ làm việc', '%', 100, 86, 92, 97.5],
        [2, 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 'Trên 95', 93.1, 94.2, 95.8],
        [3, 'Tỷ suất tử vong trẻ em dưới 1 tuổi', '‰', 'Dưới 12', 13.4, 12.9, 12.1],
      ],
      { title: 2, unit: 3, plan: 4, actual: 7 },
    ],
    [
      'a new-countryside programme whose goals are headed "Mục tiêu phấn đấu"',
      [
        [
          'TT',
          'Mục tiêu phấn đấu',
          'Đơn vị tính',
          'Kế hoạch giai đoạn 2021 - 2025',
          'Năm 2024',
          'Năm 2025',
        ],
        [1, 'Số xã đạt chuẩn nông thôn mới nâng cao', 'xã', 6, 4, 6],
        [2, 'Thu nhập bình quân đầu người khu vực nông thôn', 'triệu đồng', 60, 55.2, 61.4],
      ],
      { title: 2, unit: 3, plan: 4, actual: 6 },
    ],
  ])('%s', (_name, rows, columns) => {
    expect(header(rows)?.columns).toMatchObject(columns);
  });

  it('swaps the two when the column read as the item holds the targets ("Chỉ tiêu giai đoạn …")', () => {
    const h = header([
      [
        'TT',
        'Mục tiêu phấn đấu',
        'Đơn vị tính',
        'Chỉ tiêu giai đoạn 2021 - 2025',
        'Năm 2024',
        'Năm 2025',
      ],
      [1, 'Số xã đạt chuẩn nông thôn mới nâng cao', 'xã', 6, 4, 6],
      [2, 'Tỷ lệ hộ nghèo đa chiều', '%', 'Dưới 3', 3.4, 2.8],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, unit: 3, plan: 4, actual: 6 });
  });

  it('keeps an item column of names left of a plan of figures', () => {
    const h = header([
      ['TT', 'Kế hoạch', 'Chỉ tiêu', 'Thực hiện'],
      [1, 120, 'Số lớp tập huấn', 118],
      [2, 35, 'Số mô hình trình diễn', 36],
    ]);
    expect(h?.columns).toMatchObject({ title: 3, plan: 2, actual: 4 });
  });

  it('keeps a first plan column of figures as a plan (two plans, an item column of its own)', () => {
    const h = header([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Kế hoạch 2024', 'Thực hiện 2024'],
      [1, 'Diện tích lúa', 'ha', 1200, 1180, 1195],
      [2, 'Sản lượng lương thực', 'tấn', 7800, 7700, 7810],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, actual: 6 });
    expect(h?.values.filter((v) => v.role === 'plan').map((v) => v.col)).toEqual([4, 5]);
  });

  it('reads no item from a first plan column that holds figures, not names', () => {
    const h = header([
      ['TT', 'Mục tiêu', 'Mục tiêu đến năm 2025', 'Năm 2024', 'Năm 2025'],
      [1, 95, 98, 96.2, 97.9],
      [2, 40, 45, 42.5, 44.1],
    ]);
    expect(h?.columns.title).toBeUndefined();
  });
});
