/**
 * Under a time group that says neither planned nor actual ("Thời gian", "Thời gian thực hiện"), a
 * start ("Khởi công", "Bắt đầu") is never the deadline, and an end that says itself planned or
 * actual ("Hoàn thành theo đăng ký", "Kết thúc dự kiến", "Hoàn thành thực tế") is the deadline or
 * the completion day (issue 13, held-out set 13, p03).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectTaskHeader } from './headers.js';

describe('a time group over a start and a qualified end', () => {
  it.each<[string, GridValue[][], Record<string, number>]>([
    [
      'a works programme: start, then the end as planned',
      [
        ['STT', 'Tên công trình', 'Đơn vị thi công', 'Thời gian', null, 'Tình trạng'],
        [null, null, null, 'Bắt đầu', 'Kết thúc dự kiến'],
        [
          1,
          'Nạo vét kênh mương nội đồng thôn Đông',
          'HTX Đông Hưng',
          '02/9/2024',
          '30/9/2024',
          'Đang làm',
        ],
      ],
      { title: 2, start: 4, due: 5, status: 6 },
    ],
    [
      'a volunteer campaign: start, the registered end, the actual end',
      [
        ['TT', 'Nội dung công việc', 'Thời gian thực hiện', null, null],
        [null, null, 'Khởi công', 'Hoàn thành theo kế hoạch', 'Hoàn thành thực tế'],
        [1, 'Sửa chữa nhà văn hóa thôn Bãi', '05/7/2024', '31/7/2024', '29/7/2024'],
      ],
      { title: 2, start: 3, due: 4, completedOn: 5 },
    ],
    [
      'the plan beside a bare end: the end is when it was done',
      [
        ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', null, 'Ghi chú'],
        [null, null, null, 'Kế hoạch', 'Hoàn thành', null],
        [1, 'Tổ chức hội thảo khoa học cấp tỉnh', 'Ban Tuyên giáo', 'Tháng 10/2025', '24/10/2025'],
      ],
      { title: 2, owner: 3, due: 4, completedOn: 5 },
    ],
    [
      '…and so with "Dự kiến" | "Kết thúc"',
      [
        ['STT', 'Công việc', 'Thời gian thực hiện', null],
        [null, null, 'Dự kiến', 'Kết thúc'],
        [1, 'Sửa chữa mái nhà văn hóa', '15/8/2025', '20/8/2025'],
      ],
      { title: 2, due: 3, completedOn: 4 },
    ],
  ])('%s', (_name, rows, columns) => {
    expect(detectTaskHeader(gridSheet('S', rows).rows)?.columns).toMatchObject(columns);
  });
});
