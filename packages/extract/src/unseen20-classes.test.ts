/**
 * Issue 19's wording classes met in the twentieth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('an amount written in two scales is one value in the larger scale (set 20 classes)', () => {
  it.each<Row>([
    [
      'millions and thousands of đồng a month',
      'Mục tiêu năm 2027:\n- Mức lương bình quân của người lao động đạt 9 triệu 500 nghìn đồng/tháng;',
      'indicator',
      [{ op: '>=', value: 9.5, unit: 'triệu đồng/tháng', year: '2027' }],
    ],
    [
      'billions and millions of đồng',
      'Chỉ tiêu năm 2026:\n- Tổng thu ngân sách trên địa bàn xã đạt trên 12 tỷ 350 triệu đồng.',
      'indicator',
      [{ op: '>', value: 12.35, unit: 'tỷ đồng', year: '2026' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
