/**
 * Issue 19's leftovers on the seen sets, fixed as classes, one table row per wording: each row is a
 * text of the kind found on public directive pages (not a corpus text), with what a careful reader
 * draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('a page with no date or stamp is in the year its dated days name; a span opening a sentence is its period (issue 19 leftovers)', () => {
  it.each<Row>([
    [
      'a yearless day spaced around its dash, the year from the other days',
      'Chiều 3 – 6, Sở Giáo dục và Đào tạo họp giao ban.\nPhòng Khảo thí hoàn thành in sao đề trước ngày 20 - 6 - 2026.\nCác trường gửi báo cáo về Sở trước ngày 12 - 6 để tổng hợp.',
      'report',
      [{ from: 'Các trường', to: 'Sở Giáo dục và Đào tạo', period: 'once', due: '2026-06-11' }],
    ],
    [
      'a cited decision dated the year before does not set the year',
      'Thực hiện Quyết định số 88/QĐ-UBND ngày 28/12/2025, ngày 05/3/2026 huyện tổ chức ra quân.\nTrước ngày 30/6/2026, xã hoàn thành cắm mốc.\nUBND các xã báo cáo kết quả về UBND huyện trước ngày 10 - 7.',
      'report',
      [{ from: 'UBND các xã', to: 'UBND huyện', period: 'once', due: '2026-07-09' }],
    ],
    [
      'a span opening a sentence tells what was done in it',
      'Từ ngày 1.4 đến ngày 30.9, Sở Tư pháp tiếp nhận 1.240 hồ sơ lý lịch tư pháp.\nBộ phận một cửa hoàn thành trả kết quả tồn đọng trước ngày 15.10.2026.',
      'deadline',
      [{ owner: 'Bộ phận một cửa', due: '2026-10-14' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
