/**
 * A day column named by the end of the work ("Ngày kết thúc", "Ngày hoàn thành thực hiện") beside
 * a deadline column of planned periods ("Quý I/2025", "Tháng 8/2025", "Trước 25/10/2025"): a plan
 * writes its periods on every row, a record of what happened only where it happened, so days on
 * fewer rows are the completion dates — layouts held-out set 7, z03.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { detectTaskHeader } from './headers.js';

const header = [
  'STT',
  'Nội dung giám sát',
  'Đối tượng',
  'Thời gian thực hiện',
  'Ngày kết thúc',
  'Tình trạng',
];
const row = (n: number, period: GridValue, end: GridValue): GridValue[] => [
  n,
  `Giám sát chuyên đề số ${n} của Đảng ủy xã`,
  'Chi bộ thôn Đông',
  period,
  end,
  null,
];

describe('completion dates told by their content', () => {
  it.each<[string, GridValue[][], number | undefined, number | undefined]>([
    [
      'days on the rows done only, beside planned periods: the completion',
      [
        row(1, 'Quý I/2025', d(2025, 3, 27)),
        row(2, 'Tháng 8/2025', '09/9/2025'),
        row(3, 'Trước 25/10/2025', null),
        row(4, 'Quý IV/2025', null),
      ],
      4,
      5,
    ],
    [
      'days on every row: a second planned day, not a record',
      [
        row(1, 'Quý I/2025', d(2025, 3, 31)),
        row(2, 'Tháng 8/2025', d(2025, 8, 31)),
        row(3, 'Quý IV/2025', d(2025, 12, 31)),
      ],
      4,
      undefined,
    ],
    [
      'exact days in both columns: nothing tells them apart',
      [
        row(1, d(2025, 3, 15), d(2025, 3, 27)),
        row(2, d(2025, 8, 15), null),
        row(3, d(2025, 10, 25), null),
      ],
      4,
      undefined,
    ],
  ])('%s', (_, body, due, completedOn) => {
    const found = detectTaskHeader(gridSheet('CT giám sát', [header, ...body]).rows);
    expect([found?.columns.due, found?.columns.completedOn]).toEqual([due, completedOn]);
  });
});
