import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { headerTexts } from './understanding.js';

describe('the header text --explain names a column by', () => {
  // [the header rows, the text of each column]
  it.each<[GridValue[][], string[]]>([
    [
      // tick columns under a status group merged across them
      [
        ['TT', 'Nội dung', 'Tiến độ', null, null],
        [null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành'],
      ],
      [
        'TT',
        'Nội dung',
        'Đã hoàn thành (Tiến độ)',
        'Đang thực hiện (Tiến độ)',
        'Chưa hoàn thành (Tiến độ)',
      ],
    ],
    [
      // period columns of a deadline ticked by month, beside a column merged down
      [
        ['STT', 'Nội dung', 'Thời gian thực hiện', null, 'Ghi chú'],
        [null, null, 'Tháng 10', 'Tháng 11', null],
      ],
      [
        'STT',
        'Nội dung',
        'Tháng 10 (Thời gian thực hiện)',
        'Tháng 11 (Thời gian thực hiện)',
        'Ghi chú',
      ],
    ],
    [
      // three rows: the year over the half-year over the plan and the actual
      [
        ['Chỉ tiêu', 'Năm 2024', null, null, null],
        [null, '6 tháng đầu năm', null, 'Cả năm', null],
        [null, 'KH', 'TH', 'KH', 'Ước TH'],
      ],
      [
        'Chỉ tiêu',
        'KH (Năm 2024 / 6 tháng đầu năm)',
        'TH (Năm 2024 / 6 tháng đầu năm)',
        'KH (Năm 2024 / Cả năm)',
        'Ước TH (Năm 2024 / Cả năm)',
      ],
    ],
  ])('%j', (grid, texts) => {
    const sheet = gridSheet('Bảng', grid);
    const numbers = sheet.rows.map((r) => r.number);
    expect([...headerTexts(sheet.rows, numbers).values()]).toEqual(texts);
  });
});
