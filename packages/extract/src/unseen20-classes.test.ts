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

describe('the targets a resolution is passed with are read after the colon (set 20 classes)', () => {
  it.each<Row>([
    [
      "a council's resolution passed with its list of targets",
      'Hội đồng nhân dân huyện đã thông qua Nghị quyết về nhiệm vụ năm 2027 với các chỉ tiêu: tỷ lệ trường đạt chuẩn quốc gia (CQG) đạt 80%; thu nhập bình quân đạt 55 triệu đồng.',
      'indicator',
      [
        { op: '>=', value: 80, unit: '%', year: '2027' },
        { op: '>=', value: 55, unit: 'triệu đồng', year: '2027' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a campaign's lead-in of targets takes the year of the paragraph that launched it (set 20 classes)", () => {
  it.each<Row>([
    [
      'a traffic check launched for the year end, its targets in the next paragraph',
      'Đông Hòa ra quân bảo đảm trật tự an toàn giao thông\n14/11/2027 10:20\nTuần qua, trên địa bàn huyện xảy ra 3 vụ tai nạn giao thông làm 2 người bị thương.\nSáng 12/11, Công an huyện Đông Hòa ra quân đợt tổng kiểm tra phương tiện giao thông dịp cuối năm 2027.\nMục tiêu của đợt tổng kiểm tra: kéo giảm ít nhất 10% số người chết vì tai nạn giao thông so với cùng kỳ; xử lý 100% trường hợp vi phạm nồng độ cồn.',
      'indicator',
      [
        { op: '>=', value: 10, unit: '%', year: '2027' },
        { op: '>=', value: 100, unit: '%', year: '2027' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a teaser's headline and a past year's result are no targets (set 20 classes)", () => {
  it.each<Row>([
    [
      "a tag page's second teaser: its headline repeats the target its lead, opened by the paper's name, gives",
      'Cổng Hà Vân › Tag › khám sức khỏe học sinh\nSở Giáo dục hướng dẫn khám sức khỏe học sinh đầu năm học\n(Báo Hà Vân) - Ngày 2/3, Sở Giáo dục và Đào tạo có văn bản hướng dẫn các trường tổ chức khám sức khỏe cho học sinh trong tháng 3.\n03/03/2027 10:00\nSở Giáo dục: học sinh được khám sức khỏe đầu năm học phải đạt 100%\n(Báo Hà Vân) - Sáng 9/3, Sở Giáo dục và Đào tạo đặt mục tiêu năm 2027 có 100% học sinh được khám sức khỏe đầu năm học.\n10/03/2027 08:15',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2027' }],
    ],
    [
      'a clause after the target opening with the year before it',
      'Kế hoạch cấp nước sạch nông thôn\nỦy ban nhân dân huyện đặt mục tiêu năm 2027 tỷ lệ hộ dân nông thôn dùng nước sạch đạt từ 90% trở lên; năm 2026 tỷ lệ này chỉ đạt 84,5%.',
      'indicator',
      [{ op: '>=', value: 90, unit: '%', year: '2027' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a body's list item keeps its target beside a deadline or a period (set 20 classes)", () => {
  it.each<Row>([
    [
      'a count to reach at least under a lead naming the body, a deadline after it; a count in the period it is to be reached in, its growth after',
      'KẾ HOẠCH TỔ CHỨC LỄ HỘI MÙA XUÂN NĂM 2027\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin huyện:\na) Tổ chức hội thi đua thuyền truyền thống với ít nhất 24 đội tham gia; hoàn thành khâu chuẩn bị trong tháng 3/2027;\nb) Phấn đấu đón 800 nghìn lượt khách tham quan trong tháng 4/2027, tăng 15% so với cùng kỳ.',
      'indicator',
      [
        { op: '>=', value: 24, unit: 'đội', year: '2027' },
        { op: '>=', value: 800, unit: 'nghìn lượt khách', year: '2027' },
        { op: '>=', value: 15, unit: '%', year: '2027' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a report's sender after an opening phrase or named by 'Đối với' (set 20 classes)", () => {
  it.each<Row>([
    [
      "the sender after 'Sau <event>,'",
      'Kế hoạch bầu cử\nSau buổi tập huấn, Ban Thường trực Ủy ban MTTQ các xã báo cáo kết quả về Ban Thường trực Ủy ban MTTQ huyện trước ngày 15/3/2027.',
      'report',
      [
        {
          due: '2027-03-14',
          from: 'Ban Thường trực Ủy ban MTTQ các xã',
          to: 'Ban Thường trực Ủy ban MTTQ huyện',
          period: 'once',
        },
      ],
    ],
    [
      "the body after 'Đối với' asked by a request with no body after its verb",
      'Công văn về phòng chống dịch\nĐối với Trung tâm Y tế các huyện, Sở yêu cầu gửi báo cáo tình hình dịch sốt xuất huyết về Sở Y tế vào thứ Hai hằng tuần.',
      'report',
      [{ from: 'Trung tâm Y tế các huyện', to: 'Sở Y tế', period: 'weekly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a report's data cut-off is no due day when a later time bounds the sending (set 20 classes)", () => {
  it.each<Row>([
    [
      'the situation as of a day, sent before an hour of a later day',
      'Công văn về báo cáo chi trả trợ cấp\nSở Nội vụ đề nghị UBND các huyện báo cáo tình hình chi trả trợ cấp người có công đến hết ngày 30/9/2027, gửi về Sở Nội vụ trước 16 giờ ngày 04/10/2027.',
      'report',
      [{ due: '2027-10-04', from: 'UBND các huyện', to: 'Sở Nội vụ', period: 'once' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('times of a report: a count of times a day, an hour with its part of the day (set 20 classes)', () => {
  it.each<Row>([
    [
      'three times a day with the hours after; before an hour in the morning of a day',
      'Công điện ứng phó mưa lũ\n- UBND các huyện miền núi: báo cáo tình hình mưa lũ về Sở Nông nghiệp và Môi trường 03 lần trong ngày (trước 6 giờ, 11 giờ và 16 giờ).\n- Chi cục Thủy lợi tổng hợp, báo cáo UBND tỉnh thiệt hại ban đầu trước 9 giờ sáng 15/9/2027.',
      'report',
      [
        {
          from: 'UBND các huyện miền núi',
          to: 'Sở Nông nghiệp và Môi trường',
          period: 'daily',
        },
        { due: '2027-09-15', from: 'Chi cục Thủy lợi', to: 'UBND tỉnh', period: 'once' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a list lead naming owners of a resource by their kind owns its item, not a closing line's bodies (set 20 classes)", () => {
  it.each<Row>([
    [
      "'Các chủ rừng là hộ gia đình:' above a deadline, a closing request to bodies and forest owners",
      'Thông báo phòng cháy rừng mùa khô\nHạt Kiểm lâm huyện yêu cầu:\n1. Các chủ rừng là hộ gia đình: làm đường băng cản lửa quanh lô rừng trồng, xong trước ngày 15/3/2027.\n2. UBND các xã: kiểm tra việc đốt nương rẫy, hoàn thành trong tháng 3/2027.\nĐề nghị các cơ quan, đơn vị và chủ rừng nghiêm túc thực hiện.',
      'deadline',
      [
        { owner: 'Các chủ rừng là hộ gia đình', due: '2027-03-14' },
        { owner: 'UBND các xã', due: '2027-03-31' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a count of people to find jobs for is a target among listed ones (set 20 classes)', () => {
  it.each<Row>([
    [
      "'tạo việc làm mới cho' in a council's list of targets after a long lead",
      'Trang chủ » Tin tức\nCác huyện quyết định chỉ tiêu phát triển năm 2027\nCập nhật: 20/12/2026 10:15\nKỳ họp thứ 12 HĐND huyện Tân Lập khóa XX (diễn ra trong hai ngày 17 và 18/12/2026) đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027 với các chỉ tiêu: tổng thu ngân sách trên địa bàn đạt 320 tỷ đồng; tạo việc làm mới cho 2.400 người; tỷ lệ trường đạt chuẩn quốc gia đạt 75%.',
      'indicator',
      [
        { op: '>=', value: 320, unit: 'tỷ đồng', year: '2027' },
        { op: '>=', value: 2400, unit: 'người', year: '2027' },
        { op: '>=', value: 75, unit: '%', year: '2027' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a plan sent to a district's forest rangers is a report, not a deadline (set 20 classes)", () => {
  it.each<Row>([
    [
      "'gửi Hạt Kiểm lâm sở tại', 'gửi về Hạt Kiểm lâm huyện' by a day",
      'Kế hoạch phòng cháy rừng mùa khô\nUBND huyện giao:\n1. UBND các xã: hoàn chỉnh phương án chữa cháy rừng cấp xã, gửi Hạt Kiểm lâm sở tại chậm nhất ngày 10/3/2027.\n2. Ban Quản lý rừng phòng hộ: cập nhật bản đồ vùng trọng điểm cháy, gửi về Hạt Kiểm lâm huyện trước ngày 15/3/2027.',
      'report',
      [
        { due: '2027-03-10', from: 'UBND các xã', to: 'Hạt Kiểm lâm sở tại', period: 'once' },
        {
          due: '2027-03-14',
          from: 'Ban Quản lý rừng phòng hộ',
          to: 'Hạt Kiểm lâm huyện',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
    expect(itemsOf(text, 'deadline')).toEqual([]);
  });
});
