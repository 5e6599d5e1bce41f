/**
 * Issue 19's wording classes, one table row per class: each row is a sentence of the kind found on
 * public directive pages (not a corpus text), with what a careful reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { formatReview } from './review.js';
import type { ExtractItem } from './types.js';

const FIELDS = [
  'owner',
  'due',
  'from',
  'to',
  'period',
  'op',
  'value',
  'min',
  'max',
  'unit',
  'year',
] as const;

const fieldsOf = (i: ExtractItem): Partial<ExtractItem> =>
  Object.fromEntries(FIELDS.filter((k) => i[k] !== null).map((k) => [k, i[k]]));

const itemsOf = (text: string, kind: ExtractItem['kind']): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === kind)
    .map(fieldsOf);

describe('numbers in context', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a count with a thousands dot is not a year',
      'II. CÁC CHỈ TIÊU NĂM 2026\n- Giải quyết việc làm mới cho 2.030 lao động.\n- Trồng mới 1.995 ha rừng.',
      [
        { op: '>=', value: 2030, unit: 'lao động', year: '2026' },
        { op: '>=', value: 1995, unit: 'ha', year: '2026' },
      ],
    ],
    [
      'a term of office and an ordinal are not targets',
      'CHỈ TIÊU CHỦ YẾU\nNgày 10/12, HĐND xã nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 12 quyết định các chỉ tiêu năm 2026: tỷ lệ hộ nghèo giảm còn dưới 1,2%.',
      [{ op: '<', value: 1.2, unit: '%', year: '2026' }],
    ],
    [
      'lettered sub-items ("a.") under a numbered lead-in are targets of its period',
      '2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030:\na. Tốc độ tăng trưởng kinh tế bình quân đạt 9 - 10%/năm.\nb. Tỷ lệ đô thị hóa đạt khoảng 45%.',
      [
        { op: 'between', min: 9, max: 10, unit: '%/năm', year: '2030' },
        { op: 'approx', value: 45, unit: '%', year: '2030' },
      ],
    ],
    [
      'a yearly rate after "hằng năm" is a value, not a year',
      'II. CÁC CHỈ TIÊU ĐẾN NĂM 2030\n(1) Tốc độ tăng thu ngân sách bình quân hằng năm 12 - 13%.',
      [{ op: 'between', min: 12, max: 13, unit: '%', year: '2030' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('lead-ins that are not headings', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a capitalised headline naming targets is the page's, and past results under it are not targets",
      'NHIỀU CHỈ TIÊU CỦA XÃ VƯỢT KẾ HOẠCH\nThứ Ba, 17/12/2024, 09:10 [GMT+7]\nNăm 2024, thu ngân sách xã đạt 38 tỷ đồng, đạt 112%.\nNăm 2025, xã phấn đấu: thu ngân sách tăng 8%; có thêm ít nhất 3 sản phẩm OCOP.',
      [
        { op: '>=', value: 8, unit: '%', year: '2025' },
        { op: '>=', value: 3, unit: 'sản phẩm OCOP', year: '2025' },
      ],
    ],
    [
      'unmarked "Name: value" lines after a paragraph ending in ":" are its items',
      'Kế hoạch phát triển kinh tế - xã hội năm 2026\nUBND tỉnh giao chỉ tiêu tăng trưởng cho từng địa phương. Cụ thể:\nHuyện Đông Sơn: 9,5%; huyện Tây Sơn: 10%.\nThị xã Nam Hà: 11%.',
      [
        { op: '>=', value: 9.5, unit: '%', year: '2026' },
        { op: '>=', value: 10, unit: '%', year: '2026' },
        { op: '>=', value: 11, unit: '%', year: '2026' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('reports as a noun subject, recipients named once', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the recipient named on the first item of a series goes to the next ones',
      'KẾ HOẠCH NĂM 2026\nIII. CHẾ ĐỘ BÁO CÁO\n1. UBND các xã, phường:\n- Báo cáo quý gửi Phòng Nội vụ trước ngày 10 của tháng cuối quý;\n- Báo cáo năm gửi trước ngày 05 tháng 12 hằng năm.',
      [
        { from: 'UBND các xã, phường', to: 'Phòng Nội vụ', period: 'quarterly' },
        { from: 'UBND các xã, phường', to: 'Phòng Nội vụ', period: 'yearly' },
      ],
    ],
    [
      'the sender after "của", the channel after "thông qua", an object before the recipient',
      'Cập nhật: 04/03/2024 08:00\nTheo đó, báo cáo tình hình tháng của các phòng, ban gửi về UBND huyện thông qua Văn phòng HĐND - UBND trước ngày 20 hằng tháng. UBND các xã báo cáo tiến độ hằng quý về UBND huyện.',
      [
        { from: 'các phòng, ban', to: 'UBND huyện', period: 'monthly' },
        { from: 'UBND các xã', to: 'UBND huyện', period: 'quarterly' },
      ],
    ],
    [
      'a cited report and a data cut-off are not duties to report',
      'Theo báo cáo chính trị tại đại hội, các chỉ tiêu cơ bản đạt. Số liệu báo cáo năm tính đến ngày 30 tháng 11.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report').map(({ from, to, period }) => ({ from, to, period }))).toEqual(
      expected,
    );
  });
});

describe('who a deadline belongs to', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the owner after an opening deadline phrase',
      'Hà Nội, ngày 02 tháng 4 năm 2026\nChậm nhất ngày 20/4/2026, Tổ bầu cử niêm yết danh sách cử tri.',
      [{ owner: 'Tổ bầu cử', due: '2026-04-20' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('--review says where an item came from', () => {
  it('names the lead-in, the frame and the item a recipient was taken from', () => {
    const text =
      'KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\nIII. CHẾ ĐỘ BÁO CÁO\n1. UBND các xã, phường:\n- Báo cáo quý gửi Phòng Nội vụ trước ngày 10 của tháng cuối quý;\n- Báo cáo năm gửi trước ngày 05 tháng 12 hằng năm.';
    const review = formatReview(extractDirective(text), 'vi');
    expect(review).toContain('UBND các xã, phường:');
    expect(review).toContain('target year 2026');
    expect(review).toContain('recipient from «Báo cáo quý gửi Phòng Nội vụ');
  });
});
