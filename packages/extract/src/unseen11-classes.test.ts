/**
 * Issue 19's wording classes met in the eleventh unseen set, one table row per class: each row is
 * a sentence of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

describe('the section heading "TỔ CHỨC THỰC HIỆN" names no body (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a duty with no subject under the heading has no owner',
      'KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n- Tuyên truyền trên hệ thống loa truyền thanh, hoàn thành trước ngày 15/02/2026.',
      'deadline',
      [{ due: '2026-02-14' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a hospital's departments and a school's teachers own their duties (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a teacher by role',
      'Giáo viên chủ nhiệm cập nhật điểm kiểm tra lên phần mềm chậm nhất ngày 20/01/2026.',
      'deadline',
      [{ owner: 'Giáo viên chủ nhiệm', due: '2026-01-20' }],
    ],
    [
      "a hospital's departments as a label",
      'Các khoa, phòng: gửi báo cáo về Phòng Kế hoạch - Nghiệp vụ vào ngày 20 của tháng cuối quý.',
      'report',
      [{ from: 'Các khoa, phòng', to: 'Phòng Kế hoạch - Nghiệp vụ', period: 'quarterly' }],
    ],
    [
      'a department by name',
      'Khoa Dược hoàn thành lựa chọn nhà thầu cung ứng thuốc trước ngày 30/11/2026.',
      'deadline',
      [{ owner: 'Khoa Dược', due: '2026-11-29' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a legal-database page's metadata rows with a colon or the value beside the label (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'labels with a colon, values in cells',
      'Công văn 77/SYT-NVY năm 2025 về báo cáo công tác tiêm chủng\nSố hiệu: | 77/SYT-NVY | Loại văn bản: | Công văn |\nNgày ban hành: | 12/11/2025 | Ngày hiệu lực: | 12/11/2025 |\nKính gửi: Các trung tâm y tế.\nCác trung tâm y tế hoàn thành rà soát đối tượng tiêm chủng trước ngày 28/11/2025.',
      'deadline',
      [{ owner: 'Các trung tâm y tế', due: '2025-11-27' }],
    ],
    [
      'label and value in one cell',
      'Thông tư 03/2025/TT-BYT hướng dẫn báo cáo\nLĩnh vực: Y tế | Ngày ban hành: 02/10/2025 | Ngày hiệu lực: 20/11/2025 | Tình trạng: Chưa có hiệu lực\nĐiều 3. Các sở y tế hoàn thành cập nhật dữ liệu trước ngày 31/12/2025.',
      'deadline',
      [{ owner: 'Các sở y tế', due: '2025-12-30' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a programme table by month, flattened one cell a line (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "each row's work is due on its time cell and owned by its preparing body",
      'Chương trình công tác năm 2026 của Ban Thường vụ Đảng ủy xã:\nTháng\nNội dung\nCơ quan chuẩn bị\nThời gian hoàn thành\nTháng 2\nNghị quyết lãnh đạo công tác quân sự - quốc phòng\nBan Chỉ huy Quân sự xã\n20/02/2026\nTháng 7\nKế hoạch tổ chức Đại hội các chi bộ thôn\nBan Xây dựng Đảng\nTháng 7/2026',
      'deadline',
      [
        { owner: 'Ban Chỉ huy Quân sự xã', due: '2026-02-20' },
        { owner: 'Ban Xây dựng Đảng', due: '2026-07-31' },
      ],
    ],
    [
      'a sentence after the last full row is the text after the table',
      'Tháng\nNội dung\nCơ quan chuẩn bị\nThời gian hoàn thành\nTháng 3\nSơ kết công tác quý I\nVăn phòng Đảng ủy\n25/3/2026\nVăn phòng Đảng ủy báo cáo tiến độ thực hiện Chương trình về Thường trực Đảng ủy vào ngày 28 hằng tháng.',
      'report',
      [{ from: 'Văn phòng Đảng ủy', to: 'Thường trực Đảng ủy', period: 'monthly' }],
    ],
    [
      'a time cell written with dashes stands alone under its owner',
      'Tháng\nNội dung\nCơ quan chuẩn bị\nThời gian hoàn thành\nTháng 10\nTổng kết 10 năm thực hiện Chỉ thị số 08-CT/ĐU\nBan Tuyên giáo Đảng ủy\n15-10-2026',
      'deadline',
      [{ owner: 'Ban Tuyên giáo Đảng ủy', due: '2026-10-15' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the period a later clause or a crop season sets for its targets (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a clause after ";" that names its year',
      'Giao Sở Y tế tổng hợp, báo cáo UBND tỉnh trước 16h thứ Sáu hằng tuần; đồng thời, trong năm 2026 phấn đấu tỷ lệ trạm y tế xã có bác sĩ đạt từ 90% trở lên.',
      'indicator',
      [{ op: '>=', value: 90, unit: '%', year: '2026' }],
    ],
    [
      'a crop season that spans two years',
      'Phấn đấu trong vụ Đông Xuân 2025 - 2026, 100% diện tích lúa được gieo cấy trong khung thời vụ; toàn tỉnh sử dụng ít nhất 300 tấn giống lúa xác nhận.',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2026' },
        { op: '>=', value: 300, unit: 'tấn', year: '2026' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a drafted document submitted by an hour written "17h00" or "16h30" (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'an hour with "h" and minutes',
      'Phòng Nội vụ tham mưu phương án sắp xếp cán bộ, trình UBND huyện trước 17h00 ngày 24/3/2026.',
      'report',
      [{ due: '2026-03-24', from: 'Phòng Nội vụ', to: 'UBND huyện', period: 'once' }],
    ],
    [
      'an hour with "h" alone',
      'Sở Xây dựng hoàn chỉnh dự thảo quy chế, trình UBND tỉnh trước 16h ngày 10/4/2026.',
      'report',
      [{ due: '2026-04-10', from: 'Sở Xây dựng', to: 'UBND tỉnh', period: 'once' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a document handed in to a deputy head ('nộp Phó Hiệu trưởng') (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a plan handed in to the deputy head',
      'Các tổ chuyên môn xây dựng kế hoạch hoạt động ngoại khóa, nộp Phó Hiệu trưởng trước ngày 15/9/2025.',
      'report',
      [{ due: '2025-09-14', from: 'Các tổ chuyên môn', to: 'Phó Hiệu trưởng', period: 'once' }],
    ],
    [
      'a report to a deputy chairman',
      'Phòng Kinh tế tổng hợp kết quả, báo cáo Phó Chủ tịch UBND huyện trước ngày 20/10/2025.',
      'report',
      [{ due: '2025-10-19', from: 'Phòng Kinh tế', to: 'Phó Chủ tịch UBND huyện', period: 'once' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a second report of the same duty with its verb left out ("… và cả năm trước ngày …") (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'the recipient before the days',
      'UBND huyện báo cáo Thường trực HĐND huyện kết quả thực hiện 6 tháng đầu năm trước ngày 05/7/2026 và cả năm trước ngày 30/11/2026.',
      'report',
      [
        { due: '2026-07-04', from: 'UBND huyện', to: 'Thường trực HĐND huyện', period: 'once' },
        { due: '2026-11-29', from: 'UBND huyện', to: 'Thường trực HĐND huyện', period: 'once' },
      ],
    ],
    [
      'the recipient after the days',
      'Phòng Điều dưỡng tổ chức tự kiểm tra 6 tháng trước ngày 20/6/2026 và cả năm trước ngày 20/11/2026, gửi kết quả về Sở Y tế.',
      'report',
      [
        { due: '2026-06-19', from: 'Phòng Điều dưỡng', to: 'Sở Y tế', period: 'once' },
        { due: '2026-11-19', from: 'Phòng Điều dưỡng', to: 'Sở Y tế', period: 'once' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a department named "… tổng hợp" ("Phòng Kế hoạch tổng hợp") (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'as the recipient, before the time',
      'Các khoa cận lâm sàng gửi báo cáo hoạt động về Phòng Kế hoạch tổng hợp trước ngày 10 hằng tháng.',
      'report',
      [{ from: 'Các khoa cận lâm sàng', to: 'Phòng Kế hoạch tổng hợp', period: 'monthly' }],
    ],
    [
      'as the sender, another verb following at once',
      'Phòng Hành chính tổng hợp hoàn thành báo cáo tổng kết, trình Giám đốc Bệnh viện trước ngày 15/12/2026.',
      'report',
      [
        {
          due: '2026-12-14',
          from: 'Phòng Hành chính tổng hợp',
          to: 'Giám đốc Bệnh viện',
          period: 'once',
        },
      ],
    ],
    [
      'the verb "tổng hợp" with its object stays a verb',
      'Phòng Kế hoạch tổng hợp số liệu, báo cáo Giám đốc Sở trước ngày 20/7/2026.',
      'report',
      [{ due: '2026-07-19', from: 'Phòng Kế hoạch', to: 'Giám đốc Sở', period: 'once' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a labelled half-year report whose day recurs "hằng năm" (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'the label gives the kind, "hằng năm" the recurrence of its day',
      'Báo cáo thống kê 6 tháng: số liệu tính từ ngày 01/01 đến ngày 30/6; Sở Y tế các tỉnh gửi Bộ Y tế trước ngày 15 tháng 7 hằng năm.',
      'report',
      [{ from: 'Sở Y tế các tỉnh', to: 'Bộ Y tế', period: 'half-yearly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a rise over the same period in a sentence that sets its aim (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'after "đặt mục tiêu", in a later clause',
      'Năm 2026, huyện đặt mục tiêu thu ngân sách đạt 520 tỷ đồng; tổng mức bán lẻ hàng hóa tăng 12% so với cùng kỳ.',
      'indicator',
      [
        { op: '>=', value: 520, unit: 'tỷ đồng', year: '2026' },
        { op: '>=', value: 12, unit: '%', year: '2026' },
      ],
    ],
    [
      'a rise already reached stays a result',
      'Năm 2025, tổng mức bán lẻ hàng hóa ước tăng 11% so với cùng kỳ.',
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the subject of a report in a clause after a condition and ";" (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a condition, then a clause opened by a time with a list in it',
      'Khi mực nước vượt báo động 2, sơ tán ngay các hộ dân; trong thời gian mưa lũ, sạt lở, UBND các xã, thị trấn báo cáo tình hình về Phòng Nông nghiệp vào thứ Hai hằng tuần.',
      'report',
      [{ from: 'UBND các xã, thị trấn', to: 'Phòng Nông nghiệp', period: 'weekly' }],
    ],
    [
      'bodies listed with ";" before the verb stay one subject',
      'Kết thúc đợt học tập, Ủy ban MTTQ và các đoàn thể xã; các chi bộ thôn; các trường học gửi báo cáo kết quả về Đảng ủy xã trước ngày 15/7/2026.',
      'report',
      [
        {
          due: '2026-07-14',
          from: 'Ủy ban MTTQ và các đoàn thể xã; các chi bộ thôn; các trường học',
          to: 'Đảng ủy xã',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a news item's source tag opens its lead under a long headline (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'the headline repeating the weekly report is no duty',
      'Thời sự | Thứ Ba, 13/01/2026 | 10:15\nUBND tỉnh yêu cầu các địa phương báo cáo tình hình dịch bệnh trên đàn gia súc trước 15h thứ Sáu hằng tuần\n(QNTV) - UBND tỉnh vừa có văn bản chỉ đạo công tác phòng, chống dịch bệnh. Theo đó, UBND các huyện báo cáo tình hình về Sở Nông nghiệp và Môi trường trước 15h thứ Sáu hằng tuần.',
      'report',
      [{ from: 'UBND các huyện', to: 'Sở Nông nghiệp và Môi trường', period: 'weekly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a past year's results named before a colon in a year plan (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'the results are no targets; the targets after them are',
      'KẾ HOẠCH PHÁT TRIỂN RỪNG NĂM 2026\nI. MỤC TIÊU\nPhát huy kết quả năm 2025: toàn huyện trồng được 640 ha rừng tập trung, đạt 105% kế hoạch.\nNăm 2026, phấn đấu trồng mới ít nhất 700 ha rừng tập trung.',
      'indicator',
      [{ op: '>=', value: 700, unit: 'ha', year: '2026' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a ministry's department ('Vụ …') reporting to the minister ('Bộ trưởng') (set 11 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a yearly report to the minister',
      'Vụ Pháp chế chủ trì tổng hợp kết quả kiểm tra văn bản của toàn ngành, báo cáo Bộ trưởng trước ngày 15 tháng 1 hằng năm.',
      'report',
      [{ from: 'Vụ Pháp chế', to: 'Bộ trưởng', period: 'yearly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a score with decimals counted in "điểm" (set 11 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a quality score under a heading of targets',
      'II. MỤC TIÊU NĂM 2026\n1. Điểm đánh giá chất lượng bệnh viện đạt tối thiểu 3,5 điểm.',
      'indicator',
      [{ op: '>=', value: 3.5, unit: 'điểm', year: '2026' }],
    ],
    [
      'a whole number of places is no score',
      'II. MỤC TIÊU NĂM 2026\n1. Xây dựng 3 điểm sinh hoạt văn hóa cộng đồng.',
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
