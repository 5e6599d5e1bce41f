/**
 * Issue 19's wording classes met in the seventeenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('a subject ends before "hoàn tất" and before "tự" doing its own work (set 17 classes)', () => {
  it.each<Row>([
    [
      'finishing a file',
      'Phòng Quản lý đô thị hoàn tất hồ sơ cấp phép xây dựng chậm nhất ngày 15/4/2027.',
      'deadline',
      [{ owner: 'Phòng Quản lý đô thị', due: '2027-04-15' }],
    ],
    [
      'the body asked finishes the work',
      'UBND huyện yêu cầu Trung tâm Phát triển quỹ đất hoàn tất việc chi trả bồi thường trước ngày 30/9/2027.',
      'deadline',
      [{ owner: 'Trung tâm Phát triển quỹ đất', due: '2027-09-29' }],
    ],
    [
      'a school assesses itself and sends the result',
      'Các trường mầm non tự đánh giá theo bộ tiêu chuẩn, gửi kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/5/2027.',
      'report',
      [
        {
          from: 'Các trường mầm non',
          to: 'Phòng Giáo dục và Đào tạo',
          period: 'once',
          due: '2027-05-19',
        },
      ],
    ],
    [
      'control: a self-managed team keeps its name',
      'Tổ tự quản an ninh trật tự khu phố 3 hoàn thành việc rà soát hộ tạm trú trước ngày 10/6/2027.',
      'deadline',
      [{ owner: 'Tổ tự quản an ninh trật tự khu phố 3', due: '2027-06-09' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
