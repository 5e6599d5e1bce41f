/**
 * Issue 19's wording classes met in the twelfth unseen set, one table row per class: each row is
 * a sentence of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

describe('deadlines counted back from polling day (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'days before polling day',
      'Ngày bầu cử là Chủ nhật, ngày 22/3/2026.\nỦy ban Thường vụ Quốc hội công bố số đơn vị bầu cử chậm nhất 80 ngày trước ngày bầu cử.',
      'deadline',
      [{ owner: 'Ủy ban Thường vụ Quốc hội', due: '2026-01-01' }],
    ],
    [
      'a list item with its subject',
      'Cuộc bầu cử được tiến hành vào Chủ nhật, ngày 22/3/2026.\n- Ban thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã tổ chức hội nghị hiệp thương lần thứ ba chậm nhất 35 ngày trước ngày bầu cử.',
      'deadline',
      [{ owner: 'Ban thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã', due: '2026-02-15' }],
    ],
    [
      'no polling day named: no day',
      'Ủy ban Thường vụ Quốc hội công bố số đơn vị bầu cử chậm nhất 80 ngày trước ngày bầu cử.',
      'deadline',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a posting label with the day and no hour dates the page (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'yearless times under a long breadcrumb and "Ngày đăng: D"',
      'Thông tin chỉ đạo › Văn bản điều hành\nNgày đăng: 03/03/2026\nBan Thường vụ Thành đoàn yêu cầu các cơ sở Đoàn:\n- Tổng kết công tác Đoàn năm 2025, hoàn thành trước 10/3;\n- Tổ chức ra quân trong tháng 3.',
      'deadline',
      [
        { owner: 'các cơ sở Đoàn', due: '2026-03-09' },
        { owner: 'các cơ sở Đoàn', due: '2026-03-31' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a request after what a body issued hands the list to the bodies asked (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"X ban hành công điện, yêu cầu Y:" above items with no subject',
      'Sáng 02/10/2026, Ban Chỉ huy Phòng thủ dân sự huyện ban hành công điện hỏa tốc, yêu cầu UBND các xã vùng trũng:\n- Hoàn thành di dời người dân khỏi khu vực nguy hiểm trước 18 giờ ngày 03/10/2026;\n- Kiểm tra các đập tràn chậm nhất vào ngày 04/10/2026.',
      'deadline',
      [
        { owner: 'UBND các xã vùng trũng', due: '2026-10-03' },
        { owner: 'UBND các xã vùng trũng', due: '2026-10-04' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
