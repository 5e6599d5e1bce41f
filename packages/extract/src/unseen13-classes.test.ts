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

describe('bodies of the grassroots and of the treasury own their duties (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a youth union's cells report monthly",
      'Các chi đoàn trực thuộc báo cáo tình hình đoàn viên về Ban Chấp hành Đoàn phường trước ngày 25 hằng tháng.',
      'report',
      [
        {
          from: 'Các chi đoàn trực thuộc',
          to: 'Ban Chấp hành Đoàn phường',
          period: 'monthly',
        },
      ],
    ],
    [
      'villages send a list',
      'Các thôn tổng hợp danh sách hộ nghèo, gửi UBND xã trước ngày 15/10/2026.',
      'report',
      [{ from: 'Các thôn', to: 'UBND xã', period: 'once', due: '2026-10-14' }],
    ],
    [
      'a forest ranger station and a brigade',
      'Hạt Kiểm lâm huyện hoàn thành trồng bổ sung rừng phòng hộ trong tháng 8/2026. Đội Quản lý thị trường số 3 kiểm tra các cửa hàng xăng dầu, xong trước ngày 30/9/2026.',
      'deadline',
      [
        { owner: 'Hạt Kiểm lâm huyện', due: '2026-08-31' },
        { owner: 'Đội Quản lý thị trường số 3', due: '2026-09-29' },
      ],
    ],
    [
      'a state treasury reports quarterly',
      'Kho bạc Nhà nước tỉnh báo cáo tình hình giải ngân vốn đầu tư công về Sở Tài chính hằng quý, trước ngày 10 của tháng đầu quý sau.',
      'report',
      [{ from: 'Kho bạc Nhà nước tỉnh', to: 'Sở Tài chính', period: 'quarterly' }],
    ],
    [
      'a co-operative supplies by a day',
      'Hợp tác xã nông nghiệp Tân Lập cung ứng phân bón cho xã viên trước ngày 20/11/2026.',
      'deadline',
      [{ owner: 'Hợp tác xã nông nghiệp Tân Lập', due: '2026-11-19' }],
    ],
    [
      '"Đội ngũ" is no team that owns a duty',
      'Đội ngũ giáo viên hoàn thành bồi dưỡng thường xuyên trước ngày 30/6/2026.',
      'deadline',
      [{ due: '2026-06-29' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a requester whose name holds a comma hands the list to the bodies asked (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'items with no subject under "Ban Chỉ đạo phòng, chống … yêu cầu X:"',
      'Ban Chỉ đạo phòng, chống dịch bệnh huyện yêu cầu các trạm y tế xã:\n- Hoàn thành rà soát đối tượng tiêm bổ sung trước ngày 10/9/2026;\n- Tổ chức tiêm vét cho trẻ chưa tiêm đủ, xong trong tháng 10/2026.',
      'deadline',
      [
        { owner: 'các trạm y tế xã', due: '2026-09-09' },
        { owner: 'các trạm y tế xã', due: '2026-10-31' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a day of the year or the quarter after each one recurs (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"… tháng 3 của năm sau": yearly',
      'Các trường học gửi báo cáo tổng kết năm học về Sở Giáo dục và Đào tạo trước ngày 31 tháng 3 của năm sau.',
      'report',
      [
        {
          from: 'Các trường học',
          to: 'Sở Giáo dục và Đào tạo',
          period: 'yearly',
        },
      ],
    ],
    [
      '"… của tháng đầu quý sau": quarterly',
      'Chi cục Thống kê khu vực báo cáo số liệu lao động về Sở Nội vụ trước ngày 12 của tháng đầu quý sau.',
      'report',
      [
        {
          from: 'Chi cục Thống kê khu vực',
          to: 'Sở Nội vụ',
          period: 'quarterly',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a recipient named with "giao thông", "vận tải" or "sinh viên" is read whole (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a traffic-safety board',
      'Công an huyện tổng hợp tình hình vi phạm, báo cáo Ban An toàn giao thông huyện vào thứ Sáu hằng tuần.',
      'report',
      [{ from: 'Công an huyện', to: 'Ban An toàn giao thông huyện', period: 'weekly' }],
    ],
    [
      'a transport department and a student office',
      'Bến xe khách trung tâm báo cáo sản lượng vận chuyển về Phòng Quản lý giao thông vận tải trước ngày 05 hằng tháng. Các khoa gửi danh sách khen thưởng về Phòng Công tác sinh viên trước ngày 20/5/2026.',
      'report',
      [
        { to: 'Phòng Quản lý giao thông vận tải', period: 'monthly' },
        { from: 'Các khoa', to: 'Phòng Công tác sinh viên', period: 'once', due: '2026-05-19' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a legal-database row giving the day a text applies from is no deadline (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"Áp dụng: | D |" and "Hết hiệu lực: | … |" rows',
      'Số hiệu: | 14/2026/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |\nNgày ban hành: | 03/03/2026 | Hết hiệu lực: | Đang cập nhật |\nÁp dụng: | 15/03/2026 | Tình trạng hiệu lực: | Còn Hiệu lực |\nQUYẾT ĐỊNH\nSở Tư pháp hoàn thành rà soát văn bản trước ngày 30/4/2026.',
      'deadline',
      [{ owner: 'Sở Tư pháp', due: '2026-04-29' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a table whose time column also names the body reads the body and the time apart (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a school's timetable copied one cell a line, each cell closed by a bar",
      [
        'Lịch triển khai:',
        'STT |',
        'Công việc |',
        'Người thực hiện/thời gian |',
        '1 |',
        'Rà soát danh sách học sinh đăng ký học bán trú |',
        'Giáo viên chủ nhiệm Trước 15/9/2026 |',
        '2 |',
        'Học sinh đăng ký câu lạc bộ trên phần mềm |',
        'Học sinh Từ 16/9/2026 Đến 25/9/2026 |',
        '3 |',
        'Kiểm tra hồ sơ bán trú các lớp |',
        'Tổ Văn phòng Chậm nhất 30/9/2026 |',
      ].join('\n'),
      'deadline',
      [
        { owner: 'Giáo viên chủ nhiệm', due: '2026-09-14' },
        { owner: 'Tổ Văn phòng', due: '2026-09-30' },
      ],
    ],
    [
      'a commune\'s plan in a "|" table: files sent and a draft submitted are reports',
      [
        '| TT | Nội dung công việc | Đơn vị chủ trì, thời gian hoàn thành |',
        '| --- | --- | --- |',
        '| 1 | Tổng hợp hồ sơ đề nghị; gửi hồ sơ về Hội đồng tuyển sinh huyện | Trường Tiểu học Kim Đồng 10/7/2026 |',
        '| 2 | Trình Chủ tịch UBND xã ký quyết định phê duyệt danh sách | Văn phòng HĐND và UBND xã Trước 20/7/2026 |',
        '| 3 | Niêm yết công khai danh sách tại nhà văn hóa các thôn | Công chức Văn hóa - Xã hội Từ 21/7/2026 đến 31/7/2026 |',
      ].join('\n'),
      'report',
      [
        {
          from: 'Trường Tiểu học Kim Đồng',
          to: 'Hội đồng tuyển sinh huyện',
          period: 'once',
          due: '2026-07-10',
        },
        {
          from: 'Văn phòng HĐND và UBND xã',
          to: 'Chủ tịch UBND xã',
          period: 'once',
          due: '2026-07-19',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a site's breadcrumb above the headline does not hide the headline's year (set 13 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'section tags joined by "|" above a headline naming the year',
      [
        'Kinh tế | Nông nghiệp | Nông thôn mới',
        '14:20 - 05/01/2027',
        'Huyện Tam Nông triển khai chương trình OCOP năm 2027',
        '(TN) - Ngày 04/01/2027, UBND huyện Tam Nông ban hành Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm.',
        'Mục tiêu của chương trình năm nay: có thêm ít nhất 12 sản phẩm được công nhận OCOP; 100% chủ thể OCOP được tập huấn.',
      ].join('\n'),
      'indicator',
      [
        { op: '>=', value: 12, unit: 'sản phẩm', year: '2027' },
        { op: '>=', value: 100, unit: '%', year: '2027' },
      ],
    ],
    [
      'a portal\'s path "Trang chủ | Tin tức - Sự kiện | …" above a school notice',
      [
        'Trang chủ | Tin tức - Sự kiện | Đào tạo',
        'Ngày đăng: 10/08/2026 | Lượt xem: 512',
        'Kế hoạch tuyển sinh hệ vừa làm vừa học năm 2026',
        'Phòng Đào tạo thông báo kế hoạch tuyển sinh của Nhà trường.',
        'Mục tiêu tuyển sinh: tối thiểu 300 học viên; tỷ lệ nhập học đạt trên 85%.',
      ].join('\n'),
      'indicator',
      [
        { op: '>=', value: 300, unit: 'học viên', year: '2026' },
        { op: '>', value: 85, unit: '%', year: '2026' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a target set in running text: the change after "đặt mục tiêu", "năm nay", an event not to happen (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a season and a cut after "đặt mục tiêu", then a second target after ","',
      'Ngày 12/4/2026, Hạt Kiểm lâm huyện Đắk Sơn có văn bản gửi các chủ rừng. Hạt đặt mục tiêu mùa mưa bão năm nay giảm ít nhất 30% diện tích rừng bị lấn chiếm so với năm 2025, số vụ vi phạm không quá 12 vụ.',
      'indicator',
      [
        { op: '>=', value: 30, unit: '%', year: '2026' },
        { op: '<=', value: 12, unit: 'vụ', year: '2026' },
      ],
    ],
    [
      'a range to cut by after "đặt mục tiêu kéo giảm"',
      'Năm 2027, thành phố đặt mục tiêu kéo giảm số vụ cháy nổ từ 10 - 15% so với năm 2026.',
      'indicator',
      [{ op: 'between', min: 10, max: 15, unit: '%', year: '2027' }],
    ],
    [
      'the size of an event that must not happen is no target',
      'Kế hoạch đặt chỉ tiêu trong đợt cao điểm: kiểm tra tối thiểu 25 lượt bếp ăn tập thể; không để xảy ra vụ ngộ độc thực phẩm từ 50 người mắc trở lên.',
      'indicator',
      [{ op: '>=', value: 25, unit: 'lượt' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a station ("Trạm …") and the head of a board ("Trưởng ban") receive reports and drafts (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'an estimate drawn up and sent to a station (decision 0012)',
      'Phòng Kinh tế huyện lập dự trù giống cây trồng, gửi Trạm Khuyến nông huyện trước ngày 15/10/2026.',
      'report',
      [
        {
          from: 'Phòng Kinh tế huyện',
          to: 'Trạm Khuyến nông huyện',
          period: 'once',
          due: '2026-10-14',
        },
      ],
    ],
    [
      'a draft submitted to the head of the board (decision 0012)',
      'Văn phòng Sở Nội vụ xây dựng dự thảo Quy chế hoạt động của Ban Chỉ đạo, trình Trưởng ban ký ban hành trước ngày 05/3/2026.',
      'report',
      [{ from: 'Văn phòng Sở Nội vụ', to: 'Trưởng ban', period: 'once', due: '2026-03-04' }],
    ],
    [
      'a second report of the sentence names a station of its own',
      'Ban quản lý chợ báo cáo kết quả hằng tuần về UBND phường; kết thúc đợt kiểm tra, Ban quản lý chợ báo cáo Trạm Y tế phường trước ngày 30/6/2026.',
      'report',
      [
        { from: 'Ban quản lý chợ', to: 'UBND phường', period: 'weekly' },
        { from: 'Ban quản lý chợ', to: 'Trạm Y tế phường', period: 'once', due: '2026-06-29' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a report on an event "báo cáo ngay cho X khi …"; the addressees of a document issued are no report (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'an adverb and "cho" before the recipient of an event report',
      'Trạm Y tế các xã, phường báo cáo ngay cho Trung tâm Y tế huyện khi phát hiện ca bệnh nghi mắc sởi.',
      'report',
      [{ from: 'Trạm Y tế các xã, phường', to: 'Trung tâm Y tế huyện' }],
    ],
    [
      'a letter signed and sent to its addressees, then a duty with a time',
      'Ngày 10/6, Chủ tịch UBND huyện ký Công văn số 512/UBND-NN gửi Phòng Nông nghiệp và Môi trường, UBND các xã. Phòng Nông nghiệp và Môi trường tổng hợp thiệt hại, báo cáo UBND huyện trước ngày 20/6/2026.',
      'report',
      [
        {
          from: 'Phòng Nông nghiệp và Môi trường',
          to: 'UBND huyện',
          period: 'once',
          due: '2026-06-19',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a team named by its work owns its duty; signing ends a subject (set 13 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'an inter-sector inspection team as a label',
      '- Đoàn kiểm tra liên ngành phường: kiểm tra các cửa hàng kinh doanh khí dầu mỏ hóa lỏng, hoàn thành trong tháng 5/2026.',
      'deadline',
      [{ owner: 'Đoàn kiểm tra liên ngành phường', due: '2026-05-31' }],
    ],
    [
      'a support team drafts and submits',
      'Tổ giúp việc xây dựng dự thảo Quy chế làm việc, trình Trưởng ban ký ban hành trước ngày 05/3/2026.',
      'report',
      [{ from: 'Tổ giúp việc', to: 'Trưởng ban', period: 'once', due: '2026-03-04' }],
    ],
    [
      'a youth union that checks is the union, not a team',
      'Đoàn xã kiểm tra việc thực hiện Nghị quyết tại các chi đoàn, hoàn thành trước ngày 30/4/2026.',
      'deadline',
      [{ owner: 'Đoàn xã', due: '2026-04-29' }],
    ],
    [
      'communes that sign a pledge with a board',
      'UBND các xã, thị trấn ký cam kết với Ban Chỉ đạo huyện về phòng, chống dịch bệnh, xong trước ngày 15/02/2026.',
      'deadline',
      [{ owner: 'UBND các xã, thị trấn', due: '2026-02-14' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a unit\'s work programme owns its duties with no subject; reports joined by "," are two (set 13 classes, fixed after set 14)', () => {
  const programme = [
    'BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ XÃ AN BÌNH',
    '***',
    'Số: 05-CTr/HPN | An Bình, ngày 10 tháng 01 năm 2026',
    'CHƯƠNG TRÌNH',
    'Công tác Hội và phong trào phụ nữ năm 2026',
    'I. NHIỆM VỤ TRỌNG TÂM',
    '1. Tổ chức Hội thi phụ nữ khéo tay, hoàn thành trong tháng 4/2026.',
    '2. Các chi hội rà soát hội viên, gửi Ban Thường vụ Hội xã trước ngày 28/02/2026.',
    'II. TỔ CHỨC THỰC HIỆN',
    'Các chi hội báo cáo kết quả hoạt động về Ban Thường vụ Hội xã trước ngày 20 hằng tháng; báo cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 10/11/2026.',
  ].join('\n');
  it("the programme's own duty is the issuing unit's", () => {
    expect(itemsOf(programme, 'deadline')).toEqual([
      { owner: 'Ban chấp hành hội liên hiệp phụ nữ xã An Bình', due: '2026-04-30' },
    ]);
  });
  it('the branches send each report, the half-year and the year reports apart', () => {
    const to = 'Ban Thường vụ Hội xã';
    expect(itemsOf(programme, 'report')).toEqual([
      { due: '2026-02-27', from: 'Các chi hội', to, period: 'once' },
      { from: 'Các chi hội', to, period: 'monthly' },
      { due: '2026-06-09', from: 'Các chi hội', to, period: 'once' },
      { due: '2026-11-09', from: 'Các chi hội', to, period: 'once' },
    ]);
  });
});

describe('a report after ";" that names its own body is that body\'s (set 13 classes, fixed after set 14)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a province strives for a target, a department reports monthly',
      'Ngày 04/3/2026, UBND tỉnh họp. Tỉnh phấn đấu giải ngân vốn đầu tư công năm 2026 đạt trên 90% kế hoạch vốn giao; Sở Tài chính tổng hợp tình hình giải ngân, báo cáo UBND tỉnh trước ngày 25 hằng tháng.',
      [{ from: 'Sở Tài chính', to: 'UBND tỉnh', period: 'monthly' }],
    ],
    [
      'a district strives, its finance office follows and reports',
      'Ngày 04/3/2026, UBND huyện họp. Huyện phấn đấu hoàn thành 100% chỉ tiêu thu ngân sách; Phòng Tài chính - Kế hoạch theo dõi, báo cáo UBND huyện trước ngày 20 hằng tháng.',
      [{ from: 'Phòng Tài chính - Kế hoạch', to: 'UBND huyện', period: 'monthly' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a share of what a body is asked to act on is a target (set 13 classes, fixed after set 14)', () => {
  it('each "-" item under "… yêu cầu X:" opening with its verb and a share, the year of its month', () => {
    const text = [
      'Ngày 05/8/2026, Sở Nông nghiệp có văn bản chỉ đạo.',
      'Giám đốc Sở yêu cầu Chi cục Chăn nuôi và Thú y:',
      '- Tiêm phòng cho 100% đàn lợn tại các vùng có nguy cơ cao trong tháng 9/2026;',
      '- Tiêu hủy 100% số lợn mắc bệnh trong vòng 24 giờ kể từ khi phát hiện;',
      '- Kiểm tra các cơ sở giết mổ trên địa bàn.',
    ].join('\n');
    expect(itemsOf(text, 'indicator')).toEqual([
      { op: '>=', value: 100, unit: '%', year: '2026' },
      { op: '>=', value: 100, unit: '%' },
    ]);
  });
});

describe('the next time of a planned schedule, its verb left out, is no deadline (set 13 classes, fixed after set 14)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'results to be published, the final ones a quarter later',
      'Ngày 10/5/2026, UBND xã họp. Kết quả sơ bộ dự kiến được công bố vào tháng 11/2026, kết quả chính thức vào quý I/2027.',
      [],
    ],
    [
      'a works planned to start and finish',
      'Ngày 10/5/2026, UBND xã họp. Công trình dự kiến khởi công vào tháng 7/2026, đưa vào sử dụng vào quý IV/2027.',
      [],
    ],
    [
      'a duty after the schedule keeps its deadline',
      'Ngày 10/5/2026, UBND xã họp. Hội nghị dự kiến tổ chức vào tháng 6/2026, các thôn hoàn thành danh sách đại biểu trước ngày 30/5/2026.',
      [{ due: '2026-05-29' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a place where the work is done owns no duty after ";" (set 13 classes, fixed after set 14)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a drill "tại xã …" keeps the ranger station before ";"',
      'Ngày 02/3/2026, Chi cục Kiểm lâm họp.\nHạt Kiểm lâm huyện kiểm tra các chòi canh lửa, xong trong tháng 3/2026; phối hợp tổ chức diễn tập chữa cháy tại xã Tân Lập trong quý II/2026.',
      [
        { owner: 'Hạt Kiểm lâm huyện', due: '2026-03-31' },
        { owner: 'Hạt Kiểm lâm huyện', due: '2026-06-30' },
      ],
    ],
    [
      'a training "ở xã …" keeps the office before ";"',
      'Ngày 02/3/2026, UBND huyện họp.\nPhòng Nông nghiệp kiểm tra đê bao, xong trước ngày 30/4/2026; tổ chức tập huấn ở xã Hòa An trong tháng 5/2026.',
      [
        { owner: 'Phòng Nông nghiệp', due: '2026-04-29' },
        { owner: 'Phòng Nông nghiệp', due: '2026-05-31' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a body "được giao" a duty owns it; a project board keeps its whole name (set 13 classes, fixed after set 14)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a bare "Ban" given the work stands for the board named before',
      'Ngày 08/4/2026, UBND tỉnh họp.\nBan Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh cho biết còn 2 hạng mục chưa thi công. Ban được giao hoàn thành các hạng mục này trong quý III/2026.',
      [
        {
          owner: 'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh',
          due: '2026-09-30',
        },
      ],
    ],
    [
      'a department named in full, then "được giao"',
      'Ngày 08/4/2026, UBND tỉnh họp.\nSở Xây dựng được giao hoàn thành thẩm định thiết kế trong quý IV/2026.',
      [{ owner: 'Sở Xây dựng', due: '2026-12-31' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});
