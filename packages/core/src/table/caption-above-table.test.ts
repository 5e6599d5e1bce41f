/**
 * A caption above a table ("ĐVT: triệu đồng" in its last columns, over a header of two rows) states
 * the unit of the whole table: it is no header row, and the column under it keeps its own header
 * ("Cả năm" under "Thực hiện năm 2024") — layouts held-out set 11, l05 (a commune's budget revenue
 * by quarter).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';
import { isCaption } from './matcher.js';

describe('a label with its value after a colon', () => {
  it.each([
    ['ĐVT: triệu đồng', true],
    ['Đơn vị tính: %', true],
    ['Đơn vị tính: người', true],
    ['Kỳ báo cáo: Quý III/2024', true],
    // a header, a label waiting for its value, a sentence
    ['Đơn vị tính', false],
    ['Ghi chú:', false],
    ['Trong đó: khám bệnh có thẻ BHYT', false],
    ['Lưu ý: số liệu đến 31/12/2024', false],
  ])('%j → %s', (text, expected) => {
    expect(isCaption(text)).toBe(expected);
  });
});

const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Thu NS', rows).rows);

describe('a budget revenue table under a unit caption', () => {
  const rows: GridValue[][] = [
    [null, null, null, null, null, null, null, 'ĐVT: triệu đồng'],
    [
      'STT',
      'Nội dung thu',
      'Dự toán năm 2024 (HĐND xã giao)',
      'Thực hiện năm 2024',
      null,
      null,
      null,
      null,
      '% so DT',
    ],
    [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
    [1, 'Phí, lệ phí', 120, 25, 30, 28, 41, 124, 103.3],
  ];

  it('reads the header from the row under the caption', () => {
    expect(header(rows)?.rows).toEqual([2, 3]);
  });

  it("reads 'Cả năm' as the year's actual, the quarters as quarters, no column as the unit", () => {
    const h = header(rows);
    expect(h?.columns.unit).toBeUndefined();
    expect(h?.values.filter((v) => v.role === 'actual').map((v) => [v.col, v.period.sub])).toEqual([
      [4, 'Q1'],
      [5, 'Q2'],
      [6, 'Q3'],
      [7, 'Q4'],
      [8, 'year'],
    ]);
  });
});
