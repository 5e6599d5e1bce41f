/**
 * Issue 19's wording classes met in the thirteenth unseen set, one table row per class: each row
 * is a sentence of the kind found on public directive pages (not a corpus text), with what a
 * careful reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

describe('the day of a month after "ngày" is a time, not a target (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a monthly report after a striven target and ";"',
      'Huyện phấn đấu tỷ lệ hộ dân dùng nước sạch năm 2026 đạt trên 92%; Phòng Kinh tế theo dõi, báo cáo UBND huyện trước ngày 18 hằng tháng.',
      'indicator',
      [{ op: '>', value: 92, unit: '%', year: '2026' }],
    ],
    [
      'days of every month after a striven target',
      'Năm 2026, xã phấn đấu 100% thôn đạt danh hiệu thôn văn hóa; các thôn họp giao ban vào ngày 05 và ngày 20 hằng tháng.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2026' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
