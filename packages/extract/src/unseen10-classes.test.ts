/**
 * Issue 19's wording classes met in the tenth unseen set, one table row per class: each row is a
 * sentence of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

describe('dates spaced around their dashes (set 10 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a half-year report due on a spaced date is one report on that day',
      'HĐND huyện giao các Ban HĐND huyện gửi báo cáo kết quả giám sát 6 tháng đầu năm về Thường trực HĐND huyện trước ngày 20 - 6 - 2026.',
      'report',
      [
        {
          due: '2026-06-19',
          from: 'các Ban HĐND huyện',
          to: 'Thường trực HĐND huyện',
          period: 'once',
        },
      ],
    ],
    [
      'a deadline on a spaced date with an en dash',
      'UBND các xã hoàn thành việc rà soát hộ nghèo chậm nhất ngày 5 – 12 – 2025.',
      'deadline',
      [{ owner: 'UBND các xã', due: '2025-12-05' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('items with no subject under a lead-in that hands the list to a body (set 10 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"Giao Sở X:" gives the deadline of an item with no subject to Sở X',
      'Giao Sở Y tế:\n- Tổ chức tiêm vắc xin sởi cho trẻ em, hoàn thành trước ngày 30/4/2026;\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/5/2026.',
      'deadline',
      [{ owner: 'Sở Y tế', due: '2026-04-29' }],
    ],
    [
      '"Giao Sở X:" gives the report of an item with no subject to Sở X',
      'Giao Sở Y tế:\n- Tổ chức tiêm vắc xin sởi cho trẻ em, hoàn thành trước ngày 30/4/2026;\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/5/2026.',
      'report',
      [{ from: 'Sở Y tế', to: 'UBND tỉnh', due: '2026-05-09', period: 'once' }],
    ],
    [
      '"… yêu cầu X:" gives the items to the body asked, not to the one asking',
      'Kết luận thanh tra, Chánh Thanh tra huyện yêu cầu Giám đốc Trung tâm Văn hóa huyện:\n- Nộp số tiền sai phạm vào tài khoản tạm giữ trước ngày 15/12/2025;\n- Báo cáo kết quả khắc phục về Thanh tra huyện trước ngày 20.1.2026.',
      'deadline',
      [{ owner: 'Giám đốc Trung tâm Văn hóa huyện', due: '2025-12-14' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('"Ban hành" is a verb, not the agency "Ban" (set 10 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'an item opened by "Ban hành" takes the body of its lead-in',
      'Giám đốc Sở Xây dựng yêu cầu các phòng chuyên môn:\n1) Ban hành quy chế phối hợp trước 15-12-2025;',
      'deadline',
      [{ owner: 'các phòng chuyên môn', due: '2025-12-14' }],
    ],
    [
      'a sentence opened by "Ban hành" has no subject of its own',
      'Ban hành kế hoạch tuyên truyền chậm nhất ngày 10/1/2026.',
      'deadline',
      [{ due: '2026-01-10' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a recipient named by the title of its head, with no preposition (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"báo cáo Giám đốc Sở"',
      'Phòng Tổ chức cán bộ tổng hợp số liệu biên chế năm 2025, báo cáo Giám đốc Sở trước ngày 20/01/2026.',
      [{ from: 'Phòng Tổ chức cán bộ', to: 'Giám đốc Sở', due: '2026-01-19', period: 'once' }],
    ],
    [
      '"trình Chánh Thanh tra tỉnh" a drafted plan',
      'Phòng Nghiệp vụ 1 xây dựng dự thảo kế hoạch thanh tra năm 2026, trình Chánh Thanh tra tỉnh trước ngày 25/11/2025.',
      [
        {
          from: 'Phòng Nghiệp vụ 1',
          to: 'Chánh Thanh tra tỉnh',
          due: '2025-11-24',
          period: 'once',
        },
      ],
    ],
    [
      '"báo cáo Hiệu trưởng" by the council\'s secretary, after a sentence with another sender',
      'Các tổ chuyên môn nộp kế hoạch về Ban Giám hiệu trước ngày 20/9/2025. Thư ký Hội đồng tổng hợp kết quả, báo cáo Hiệu trưởng vào ngày 28 hằng tháng.',
      [
        {
          from: 'Các tổ chuyên môn',
          to: 'Ban Giám hiệu',
          due: '2025-09-19',
          period: 'once',
        },
        { from: 'Thư ký Hội đồng', to: 'Hiệu trưởng', period: 'monthly' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a school year ended before the plan states results, not targets (set 10 classes)', () => {
  it('"Năm học 2024 - 2025, trường đã kiểm tra …" under the targets of 2025 - 2026', () => {
    const text =
      'KẾ HOẠCH KIỂM TRA NỘI BỘ NĂM HỌC 2025 - 2026\nI. CHỈ TIÊU\nKiểm tra toàn diện ít nhất 30% số giáo viên.\nNăm học 2024 - 2025, trường đã kiểm tra toàn diện 9/28 giáo viên.';
    expect(itemsOf(text, 'indicator')).toEqual([{ op: '>=', value: 30, unit: '%', year: '2026' }]);
  });
});

describe('senders the subject reader missed (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the members of a board send; the report after ";" with no subject is theirs too',
      'Các thành viên Ban Chỉ đạo báo cáo kết quả về Ban Chỉ đạo trước ngày 20 của tháng cuối quý; báo cáo năm gửi trước ngày 05.12.2026.',
      [
        { from: 'Các thành viên Ban Chỉ đạo', to: 'Ban Chỉ đạo', period: 'quarterly' },
        {
          from: 'Các thành viên Ban Chỉ đạo',
          to: 'Ban Chỉ đạo',
          due: '2026-12-04',
          period: 'once',
        },
      ],
    ],
    [
      'a sentence opened by "Sau ngày …, " (a time) has its subject after the comma',
      'Sau ngày bầu cử 15/3/2026, Ban bầu cử gửi biên bản về Ủy ban bầu cử huyện trước 16 giờ ngày 17/3/2026.',
      [{ from: 'Ban bầu cử', to: 'Ủy ban bầu cử huyện', due: '2026-03-17', period: 'once' }],
    ],
    [
      '"được kiểm tra" describes the senders, the report verb comes after',
      'Các trường được kiểm tra gửi báo cáo tự đánh giá về Phòng Giáo dục và Đào tạo trước ngày 10/3/2026.',
      [
        {
          from: 'Các trường được kiểm tra',
          to: 'Phòng Giáo dục và Đào tạo',
          due: '2026-03-09',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('an event word before "chậm nhất ngày D" is a duty to hold it by then (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'results announced no later than a day',
      'Ủy ban bầu cử huyện công bố kết quả bầu cử đại biểu HĐND huyện chậm nhất ngày 24.3.2026.',
      [{ owner: 'Ủy ban bầu cử huyện', due: '2026-03-24' }],
    ],
    [
      'results announced on a day stay an event',
      'Ủy ban bầu cử huyện công bố kết quả bầu cử vào ngày 24/3/2026.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a season a report is about is no part of its time (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"tình hình trước, trong và sau Tết" then "trước 15 giờ ngày D"',
      'Các sở, ngành báo cáo tình hình trước, trong và sau Tết về Văn phòng UBND tỉnh trước 15 giờ ngày 23/2/2026.',
      [{ from: 'Các sở, ngành', to: 'Văn phòng UBND tỉnh', due: '2026-02-23', period: 'once' }],
    ],
    [
      '"sau Tết" then "trước ngày D"',
      'UBND các xã báo cáo tình hình sản xuất sau Tết về UBND huyện trước ngày 5/3/2026.',
      [{ from: 'UBND các xã', to: 'UBND huyện', due: '2026-03-04', period: 'once' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('an item’s headline printed under its own stamp is metadata (set 10 classes)', () => {
  it('a search page of items, each stamp above its headline', () => {
    const text = [
      'Kết quả tìm kiếm: Tết',
      'Ngày phát hành 14:27 | 28/1/2026',
      'Tỉnh ủy yêu cầu bảo đảm Tết an toàn',
      'Sáng 28/1, Ban Thường vụ Tỉnh ủy họp về công tác chuẩn bị Tết.',
      'Ngày phát hành 09:05 | 27/1/2026',
      'Phú Lâm: chi quà Tết xong trước 8/2',
      'Chủ tịch UBND tỉnh yêu cầu UBND các huyện hoàn thành chi quà Tết trước ngày 8/2.',
    ].join('\n');
    expect(itemsOf(text, 'deadline')).toEqual([{ owner: 'UBND các huyện', due: '2026-02-07' }]);
  });
});

describe('a rise over the same period that a request demands is a target (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'demanded after "yêu cầu", in a dated text: the text’s year',
      'Hà Nam, ngày 20 tháng 1 năm 2026\nUBND tỉnh yêu cầu các sở, ngành chủ động ứng phó; Sở Công Thương bảo đảm lượng hàng bình ổn giá tăng 15% so với cùng kỳ.',
      [{ op: '>=', value: 15, unit: '%', year: '2026' }],
    ],
    [
      'the same words as a result are none',
      'Hà Nam, ngày 20 tháng 1 năm 2026\nUBND tỉnh yêu cầu các sở, ngành chủ động ứng phó. Năm qua, lượng hàng bình ổn giá ước tăng 15% so với cùng kỳ.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a sentence opened by a period already over tells what was done (set 10 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a month before the page’s stamp',
      'Thứ Ba, 04/11/2025 - 08:30\nTrong tháng 10/2025, Thanh tra huyện tiến hành 6 cuộc thanh tra, ban hành 4 kết luận.\nChánh Thanh tra yêu cầu các phòng nghiệp vụ ban hành kết luận trước ngày 25/11/2025.',
      [{ owner: 'các phòng nghiệp vụ', due: '2025-11-24' }],
    ],
    [
      'the same month in a text written before it ends stays a deadline',
      'Thứ Hai, 06/10/2025 - 08:30\nTrong tháng 10/2025, Thanh tra huyện hoàn thành 6 cuộc thanh tra theo kế hoạch.',
      [{ owner: 'Thanh tra huyện', due: '2025-10-31' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a target inside a duty a lead-in assigns (set 10 classes)', () => {
  it('"Giao Sở X:" then "- …, đạt tỷ lệ … trên 80% …, hoàn thành trước ngày D": the deadline’s year', () => {
    const text =
      'Giao Sở Nông nghiệp và Môi trường:\n- Tổ chức tiêm phòng lở mồm long móng đợt 1, đạt tỷ lệ tiêm trên 85% tổng đàn trong diện tiêm, hoàn thành trước ngày 30/4/2026;';
    expect(itemsOf(text, 'indicator')).toEqual([{ op: '>', value: 85, unit: '%', year: '2026' }]);
    expect(itemsOf(text, 'deadline')).toEqual([
      { owner: 'Sở Nông nghiệp và Môi trường', due: '2026-04-29' },
    ]);
  });

  it('a count under a lead-in that only names who asks is no target', () => {
    const text =
      'Sở Nội vụ đề nghị:\n- UBND cấp xã lập danh sách 300 cử tri mỗi khu vực trước ngày 3/2/2026.';
    expect(itemsOf(text, 'indicator')).toEqual([]);
  });
});
