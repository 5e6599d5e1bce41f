/**
 * A plan "given" and a result "reached" as a pair under each period ("Quý I" over "Giao" | "Đạt"),
 * as district reports of targets per quarter write them. The two words name their field only as
 * the whole header: inside a longer header they are a syllable of another word ("tôn giáo", "bàn
 * giao", "đạt chuẩn").
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { detectIndicatorHeader } from './indicator-headers.js';
import { matchHeader, vocabularyOf } from './matcher.js';

const indicators = vocabularyOf('indicators');
const header = (rows: GridValue[][]) => detectIndicatorHeader(gridSheet('Biểu', rows).rows);

describe('"Giao" and "Đạt" as the whole header', () => {
  it.each([
    ['Giao', 'plan'],
    ['giao', 'plan'],
    ['Đạt', 'actual'],
    ['ĐẠT', 'actual'],
    // what a round took in ('Chỉ tiêu' | 'Tiếp nhận' under each blood-donation round)
    ['Tiếp nhận', 'actual'],
  ] as const)('%j → %s', (text, field) => {
    expect(matchHeader(text, indicators)?.field).toBe(field);
  });

  it.each([
    // a syllable of another word, never the plan or the result
    'Tên cơ sở tôn giáo',
    'Ngày bàn giao',
    'Số xã đạt chuẩn',
    'Trường đạt chuẩn quốc gia',
    'Nơi tiếp nhận',
    'Ngày tiếp nhận hồ sơ',
    'Số hồ sơ tiếp nhận trực tuyến',
  ])('%j is neither the plan nor the result', (text) => {
    const field = matchHeader(text, indicators)?.field;
    expect(field === 'plan' || field === 'actual').toBe(false);
  });
});

describe('a pair under each quarter', () => {
  it('reads each quarter\'s "Giao" as its plan and "Đạt" as its actual', () => {
    const h = header([
      ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2025'],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Quý I', null, 'Quý II', null],
      [null, null, null, 'Giao', 'Đạt', 'Giao', 'Đạt'],
      [1, 'Số hộ được tuyên truyền về an toàn thực phẩm', 'Hộ', 400, 380, 400, 415],
    ]);
    expect(h?.columns).toMatchObject({ title: 2, unit: 3 });
    expect(h?.values.map((v) => [v.role, v.period?.sub])).toEqual([
      ['plan', 'Q1'],
      ['actual', 'Q1'],
      ['plan', 'Q2'],
      ['actual', 'Q2'],
    ]);
  });
});
