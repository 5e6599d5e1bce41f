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

describe('recipients the name reader cut short (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'a standing office in lower case: "Văn phòng thường trực Ban Chỉ đạo"',
      'UBND các xã báo cáo kết quả di dời về Văn phòng thường trực Ban Chỉ đạo (qua Phòng Nông nghiệp) trước 16 giờ ngày 05/8/2026.',
      'report',
      [
        {
          due: '2026-08-05',
          from: 'UBND các xã',
          to: 'Văn phòng thường trực Ban Chỉ đạo',
          period: 'once',
        },
      ],
    ],
    [
      'a tax office of a level: "Thuế thành phố"',
      'Phòng Quản lý nợ gửi báo cáo số nợ đọng về Thuế thành phố trước ngày 10/11/2026.',
      'report',
      [{ due: '2026-11-09', from: 'Phòng Quản lý nợ', to: 'Thuế thành phố', period: 'once' }],
    ],
    [
      "a school's youth union: a list sent to it by a day is a report",
      'Giáo viên chủ nhiệm các lớp 10 tổng hợp danh sách học sinh tham gia câu lạc bộ, gửi Đoàn trường trước ngày 20/10/2025.',
      'report',
      [
        {
          due: '2025-10-19',
          from: 'Giáo viên chủ nhiệm các lớp 10',
          to: 'Đoàn trường',
          period: 'once',
        },
      ],
    ],
    [
      'a working team named by its scheme and number',
      'Công an các khu phố báo cáo số liệu về Tổ công tác Đề án 06 phường vào thứ Sáu hằng tuần.',
      'report',
      [{ from: 'Công an các khu phố', to: 'Tổ công tác Đề án 06 phường', period: 'weekly' }],
    ],
    [
      'a regional centre: "Trung tâm Y tế khu vực"',
      'Trạm Y tế xã gửi báo cáo quý về Trung tâm Y tế khu vực trước ngày 05/4/2026.',
      'report',
      [{ due: '2026-04-04', from: 'Trạm Y tế xã', to: 'Trung tâm Y tế khu vực', period: 'once' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a subject that ran over its verb or a time adverb (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"vận hành" ends a company\'s name',
      'Công ty Cổ phần Cấp nước huyện vận hành liên tục các trạm bơm, hoàn thành nạo vét kênh dẫn trước ngày 15/5/2026.',
      'deadline',
      [{ owner: 'Công ty Cổ phần Cấp nước huyện', due: '2026-05-14' }],
    ],
    [
      '"tiếp thu" ends the office assigned',
      'Hội nghị giao Văn phòng Huyện ủy tiếp thu các ý kiến góp ý, hoàn chỉnh dự thảo Kế hoạch, trình Thường trực Huyện ủy ban hành trước ngày 10-02-2026.',
      'report',
      [
        {
          due: '2026-02-09',
          from: 'Văn phòng Huyện ủy',
          to: 'Thường trực Huyện ủy',
          period: 'once',
        },
      ],
    ],
    [
      '"định kỳ 6 tháng, năm" between the bodies and their verb',
      'Các chi bộ, đảng bộ cơ sở định kỳ 6 tháng, năm báo cáo kết quả về Ban Thường vụ Huyện ủy.',
      'report',
      [
        { from: 'Các chi bộ, đảng bộ cơ sở', to: 'Ban Thường vụ Huyện ủy', period: 'half-yearly' },
        { from: 'Các chi bộ, đảng bộ cơ sở', to: 'Ban Thường vụ Huyện ủy', period: 'yearly' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a plan's own duties with no subject are the issuing unit's (set 12 classes)", () => {
  const plan = [
    'Nông nghiệp › Khuyến nông',
    'PHÒNG KINH TẾ HUYỆN ĐÔNG SƠN',
    'TRẠM KHUYẾN NÔNG XÃ ĐÔNG HÒA',
    'Số: 07/KH-TKN | Đông Hòa, ngày 12 tháng 02 năm 2026',
    'KẾ HOẠCH',
    'Chuyển giao kỹ thuật vụ Xuân năm 2026',
    'I. HOẠT ĐỘNG',
    '1. Khảo sát nhu cầu giống lúa của các hộ, hoàn thành trước ngày 28/02/2026.',
    '2. Chế độ báo cáo:',
    '- Báo cáo quý gửi Phòng Kinh tế huyện trước ngày 15 của tháng cuối quý.',
    '- Báo cáo tổng kết vụ gửi trước ngày 30/6/2026.',
  ].join('\n');
  const notice = [
    'PHÒNG KINH TẾ HUYỆN ĐÔNG SƠN',
    'TRẠM KHUYẾN NÔNG XÃ ĐÔNG HÒA',
    'Số: 07/TB-TKN | Đông Hòa, ngày 12 tháng 02 năm 2026',
    'THÔNG BÁO',
    'Lịch tập huấn vụ Xuân năm 2026',
    '1. Khảo sát nhu cầu giống lúa của các hộ, hoàn thành trước ngày 28/02/2026.',
  ].join('\n');
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a plan's deadline",
      plan,
      'deadline',
      [{ owner: 'Trạm khuyến nông xã Đông Hòa', due: '2026-02-27' }],
    ],
    [
      "a plan's reports, the second with the recipient of the first",
      plan,
      'report',
      [
        { from: 'Trạm khuyến nông xã Đông Hòa', to: 'Phòng Kinh tế huyện', period: 'quarterly' },
        {
          due: '2026-06-29',
          from: 'Trạm khuyến nông xã Đông Hòa',
          to: 'Phòng Kinh tế huyện',
          period: 'once',
        },
      ],
    ],
    ['a notice is no plan: no owner', notice, 'deadline', [{ due: '2026-02-27' }]],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('two duties joined by ";", each with its own time (set 12 classes)', () => {
  const label =
    'Ngày đăng: 02/03/2026\nBí thư Đảng ủy phường giao:\n- Văn phòng UBND phường: hoàn thành chỉnh lý hồ sơ lưu trữ trước ngày 15/5; tổng hợp, báo cáo Thường trực Đảng ủy kết quả chậm nhất vào ngày 30/5/2026.';
  const programme =
    'Chương trình giao Sở Nội vụ chủ trì xây dựng cơ sở dữ liệu cán bộ công chức trong Quý II/2027; các sở, ban, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15 của tháng cuối quý.';
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a label's deadline with a day and no year",
      label,
      'deadline',
      [{ owner: 'Văn phòng UBND phường', due: '2026-05-14' }],
    ],
    [
      "the label's report after ';' keeps its own day",
      label,
      'report',
      [
        {
          due: '2026-05-30',
          from: 'Văn phòng UBND phường',
          to: 'Thường trực Đảng ủy',
          period: 'once',
        },
      ],
    ],
    [
      '"Chương trình giao X … trong Quý II/2027": the time of the duty assigned, not of a name',
      programme,
      'deadline',
      [{ owner: 'Sở Nội vụ', due: '2027-06-30' }],
    ],
    [
      'the bodies after ";" send the report',
      programme,
      'report',
      [{ from: 'các sở, ban, ngành', to: 'Sở Nội vụ', period: 'quarterly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a body named by what it does (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"Cơ quan lập danh sách cử tri" before the duty\'s verb',
      'Cuộc bầu cử diễn ra vào Chủ nhật, ngày 22/3/2026.\nCơ quan lập danh sách cử tri gửi thẻ cử tri đến cử tri chậm nhất 5 ngày trước ngày bầu cử.',
      'deadline',
      [{ owner: 'Cơ quan lập danh sách cử tri', due: '2026-03-17' }],
    ],
    [
      'a body described by "được" keeps its description',
      'Các đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Phòng Nội vụ trước ngày 20/5/2026.',
      'report',
      [
        {
          due: '2026-05-19',
          from: 'Các đơn vị được kiểm tra',
          to: 'Phòng Nội vụ',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a figure as it stood on a day is no deadline (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"nợ phí đến D là N" beside a real deadline',
      'Kính gửi: Các Chi cục Hải quan cửa khẩu.\nLũy kế 8 tháng đầu năm 2026, số thu đạt 3.120 tỷ đồng; nợ phí đến 31/8/2026 là 86 tỷ đồng.\nCác Chi cục hoàn thành đối chiếu số liệu trước ngày 15/10/2026.',
      'deadline',
      [{ owner: 'Các Chi cục', due: '2026-10-14' }],
    ],
    [
      '"đến ngày D đạt khoảng N"',
      'Dư nợ tín dụng chính sách đến ngày 30/6/2026 đạt khoảng 1.450 tỷ đồng.',
      'deadline',
      [],
    ],
    [
      'a duty "đến ngày D" with no figure after stays one',
      'Các xã hoàn thành thu hồi nợ quá hạn đến ngày 30/9/2026.',
      'deadline',
      [{ owner: 'Các xã', due: '2026-09-30' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a number that names a scheme or sits in a label is no target (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"Đề án 06" in a team\'s name after a year\'s aim',
      [
        'Xã hội',
        'Thứ ba, 10/03/2026 - 08:15',
        '(TTXVN) - UBND phường Hòa Bình vừa ban hành kế hoạch đẩy mạnh thực hiện Đề án 06 năm 2026.',
        'Theo kế hoạch, trong năm 2026 phường phấn đấu 95% người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử.',
        'Để hoàn thành mục tiêu, Chủ tịch UBND phường giao:',
        '- Công an phường: hoàn thành cấp tài khoản định danh trước ngày 30/6.',
        '- Tổ công tác Đề án 06 các khu phố: báo cáo kết quả về Tổ công tác Đề án 06 phường vào thứ Hai hằng tuần.',
      ].join('\n'),
      'indicator',
      [{ op: '>=', value: 95, unit: '%', year: '2026' }],
    ],
    [
      'a count in the label of a "label: value" target',
      'II. CHỈ TIÊU NĂM 2026\n- Tỷ lệ người cao tuổi được khám sức khỏe từ 1 lần/năm trở lên: trên 80%.\n- Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng: dưới 10%.',
      'indicator',
      [
        { op: '>', value: 80, unit: '%', year: '2026' },
        { op: '<', value: 10, unit: '%', year: '2026' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a time limit is a target in hours or days (set 12 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"thời gian … không quá 48 giờ" among a year\'s targets',
      'Theo Kế hoạch, các chỉ tiêu năm 2027 gồm: (1) 100% hồ sơ được tiếp nhận trực tuyến; (2) thời gian phản hồi kiến nghị của doanh nghiệp không quá 48 giờ.',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2027' },
        { op: '<=', value: 48, unit: 'giờ', year: '2027' },
      ],
    ],
    [
      "a past year's time is no target",
      'Năm 2025, thời gian xử lý sự cố tối đa là 6 giờ.',
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a running total to reach by a year's end is a target (set 12 classes)", () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"lũy kế đến hết năm 2027, … đạt tối thiểu 1.200 hộ"',
      'Theo kế hoạch, năm 2027 huyện phấn đấu 90% hộ dân dùng nước sạch; lũy kế đến hết năm 2027, số hộ được hỗ trợ cải tạo nhà vệ sinh đạt tối thiểu 1.200 hộ.',
      'indicator',
      [
        { op: '>=', value: 90, unit: '%', year: '2027' },
        { op: '>=', value: 1200, unit: 'hộ', year: '2027' },
      ],
    ],
    [
      'a running total of months done is a result',
      'Theo kế hoạch, năm 2027 huyện phấn đấu 90% hộ dân dùng nước sạch; lũy kế 6 tháng đầu năm, số hộ được hỗ trợ đạt 640 hộ.',
      'indicator',
      [{ op: '>=', value: 90, unit: '%', year: '2027' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
