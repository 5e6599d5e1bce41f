/**
 * Indices judged against a target ("Chỉ số" / "Mục tiêu năm 2024 (…)" / "Kết quả" over a quarter
 * and the year): the index is the row's item like "Chỉ tiêu" (layouts held-out set 10, k07; the
 * columns of Bộ chỉ số DTI, Quyết định 922/QĐ-BTTTT: "Chỉ số chính", "Chỉ số thành phần").
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';

const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Biểu', rows).rows);

describe('a table of indices against the year target', () => {
  it.each(['Chỉ số', 'Tên chỉ số', 'Chỉ số thành phần'])('reads %j as the item', (title) => {
    const h = header([
      ['STT', title, 'Mục tiêu năm 2024 (KH số 35/KH-UBND)', 'Kết quả', null, 'Đánh giá'],
      [null, null, null, 'Quý III/2024', 'Đến 31/12/2024'],
      [
        1,
        'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình',
        '50%',
        0.412,
        0.468,
        'Không đạt',
      ],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, plan: 3, assessment: 6 });
    // the quarter is told apart from the result to 31/12, which is the year's
    expect(h?.values.map((v) => [v.col, v.role, v.period.sub])).toEqual([
      [3, 'plan', undefined],
      [4, 'actual', 'Q3'],
      [5, 'actual', undefined],
      [6, 'assessment', undefined],
    ]);
  });
});
