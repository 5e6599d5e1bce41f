/**
 * Issue 19's wording classes met in the sixteenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { periodEndYear } from './frame.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('trade unions and power utilities are bodies; a submission to a director for approval is a report (set 16 classes)', () => {
  it.each<Row>([
    [
      "a labour federation's district unions send their figures",
      'Liên đoàn Lao động các huyện, thị xã gửi số liệu đoàn viên về Liên đoàn Lao động tỉnh Nghệ An trước ngày 10/12/2026.',
      'report',
      [
        {
          from: 'Liên đoàn Lao động các huyện, thị xã',
          to: 'Liên đoàn Lao động tỉnh Nghệ An',
          period: 'once',
          due: '2026-12-09',
        },
      ],
    ],
    [
      'a grassroots union reports monthly',
      'Công đoàn cơ sở các trường học báo cáo tình hình đoàn viên về Công đoàn Giáo dục huyện trước ngày 25 hằng tháng.',
      'report',
      [
        {
          from: 'Công đoàn cơ sở các trường học',
          to: 'Công đoàn Giáo dục huyện',
          period: 'monthly',
        },
      ],
    ],
    [
      "a power company's director asks the district branches (the body asked owns it)",
      'Giám đốc Công ty yêu cầu các Điện lực trực thuộc kiểm tra hành lang an toàn lưới điện, xong trước ngày 15/5/2027.',
      'deadline',
      [{ owner: 'các Điện lực trực thuộc', due: '2027-05-14' }],
    ],
    [
      'a roster submitted to the director for approval',
      'Phòng Tổ chức - Hành chính lập lịch trực Tết, trình Giám đốc phê duyệt trước ngày 25/01/2027.',
      'report',
      [
        {
          from: 'Phòng Tổ chức - Hành chính',
          to: 'Giám đốc',
          period: 'once',
          due: '2027-01-24',
        },
      ],
    ],
    [
      'a plan submitted to the deputy director for consideration',
      'Khoa Kiểm soát nhiễm khuẩn xây dựng phương án, trình Phó Giám đốc xem xét chậm nhất ngày 05/3/2027.',
      'report',
      [
        {
          from: 'Khoa Kiểm soát nhiễm khuẩn',
          to: 'Phó Giám đốc',
          period: 'once',
          due: '2027-03-05',
        },
      ],
    ],
    [
      'control: a director named in full still is',
      'Các phòng chuyên môn báo cáo Giám đốc Sở Y tế trước ngày 20/12/2026.',
      'report',
      [{ from: 'Các phòng chuyên môn', to: 'Giám đốc Sở Y tế', period: 'once', due: '2026-12-19' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("an owner is the body, not its role, a speaker's lead-in or a cut name (set 16 classes)", () => {
  it.each<Row>([
    [
      'an apposition naming the host',
      'Bộ đề nghị UBND tỉnh Quảng Bình, địa phương đăng cai, hoàn thành công tác chuẩn bị chậm nhất ngày 30/6/2027.',
      'deadline',
      [{ owner: 'UBND tỉnh Quảng Bình', due: '2027-06-30' }],
    ],
    [
      'an apposition naming the standing body',
      'Sở Nội vụ, cơ quan thường trực, tổng hợp danh sách khen thưởng xong trước ngày 10/01/2027.',
      'deadline',
      [{ owner: 'Sở Nội vụ', due: '2027-01-09' }],
    ],
    [
      'the focal point named by "làm đầu mối"',
      'Giao Trung tâm Văn hóa huyện làm đầu mối, phối hợp với các xã hoàn thành sân khấu trước ngày 20/8/2026.',
      'deadline',
      [{ owner: 'Trung tâm Văn hóa huyện', due: '2026-08-19' }],
    ],
    [
      "a vice-chairman's words before the body's duty",
      'Ông Trần Văn Nam, Phó Chủ tịch UBND huyện cho biết, Phòng Tài chính - Kế hoạch đã rà soát các dự án, hoàn thành trước ngày 15/11/2026.',
      'deadline',
      [{ owner: 'Phòng Tài chính - Kế hoạch', due: '2026-11-14' }],
    ],
    [
      'a project board named by the works it invests in',
      'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh bàn giao trụ sở cho UBND xã trước ngày 01/7/2026.',
      'deadline',
      [{ owner: 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh', due: '2026-06-30' }],
    ],
    [
      "a policy bank's representative board as recipient",
      'Các Phòng giao dịch báo cáo kết quả cho vay về Ban đại diện Hội đồng quản trị huyện trước ngày 05/01/2027.',
      'report',
      [
        {
          from: 'Các Phòng giao dịch',
          to: 'Ban đại diện Hội đồng quản trị huyện',
          period: 'once',
          due: '2027-01-04',
        },
      ],
    ],
    [
      'the market-surveillance department named in full',
      'Các Đội Quản lý thị trường gửi báo cáo về Cục Quản lý thị trường tỉnh Lạng Sơn trước 16 giờ thứ Sáu hằng tuần.',
      'report',
      [
        {
          from: 'Các Đội Quản lý thị trường',
          to: 'Cục Quản lý thị trường tỉnh Lạng Sơn',
          period: 'weekly',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a news item on a plan just issued for a year restates its targets (set 16 classes)', () => {
  it.each<Row>([
    [
      "a health department's plan: values with a qualifier are the plan year's targets",
      [
        'Thứ Hai, 12/01/2027 - 08:15',
        'Sở Y tế tỉnh vừa ban hành Kế hoạch chăm sóc sức khỏe sinh sản năm 2027.',
        'Theo đó, ngành y tế sẽ bảo đảm tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần đạt 92%; tỷ lệ trẻ sơ sinh được tiêm vitamin K1 là 98%.',
      ].join('\n'),
      'indicator',
      [
        { op: '>=', value: 92, unit: '%', year: '2027' },
        { op: '>=', value: 98, unit: '%', year: '2027' },
      ],
    ],
    [
      "last year's figures in the same item are results",
      [
        '05/01/2027 10:20',
        'Hội Cựu chiến binh tỉnh vừa ban hành Kế hoạch phát triển hội viên năm 2027. Năm 2026, toàn tỉnh kết nạp được 1.120 hội viên, đạt 112% kế hoạch.',
        'Kế hoạch đề ra các chỉ tiêu: kết nạp ít nhất 1.000 hội viên mới.',
      ].join('\n'),
      'indicator',
      [{ op: '>=', value: 1000, unit: 'hội viên', year: '2027' }],
    ],
    [
      'a share raised to a level, after how often it is counted',
      [
        'Ngày 10/01/2027',
        'UBND huyện vừa phê duyệt Kế hoạch chăm sóc người cao tuổi năm 2027.',
        'Theo đó, huyện sẽ nâng tỷ lệ người cao tuổi được lập hồ sơ theo dõi sức khỏe ít nhất 1 lần/năm lên 70%.',
      ].join('\n'),
      'indicator',
      [{ op: '>=', value: 70, unit: '%', year: '2027' }],
    ],
    [
      'a herd counted as it stands now is no target',
      [
        'Ngày 02/3/2027',
        'UBND xã vừa phê duyệt Kế hoạch tiêm phòng cúm gia cầm năm 2027.',
        'Đàn gia cầm của xã hiện có khoảng 45.000 con, đàn vịt 12.000 con.',
        'Kế hoạch đặt mục tiêu tiêm phòng đạt trên 85% tổng đàn.',
      ].join('\n'),
      'indicator',
      [{ op: '>', value: 85, unit: '%', year: '2027' }],
    ],
    [
      'control: a plan of a year gone by cited on a later page sets no targets',
      [
        'Thứ Ba, 09/3/2027 - 14:00',
        'Năm 2025, UBND huyện vừa ban hành Kế hoạch trồng rừng năm 2025.',
        'Huyện trồng mới trên 300 ha rừng.',
      ].join('\n'),
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('dates and sendings that are no duty; a bare "Kho bạc" receives; "Về tiến độ," opens a subject (set 16 classes)', () => {
  it.each<Row>([
    [
      'a cited letter sent to a province is no report',
      'Theo Công văn số 215/SNV-TCBC ngày 14/10 gửi UBND các huyện, Sở Nội vụ hướng dẫn việc tinh giản biên chế.',
      'report',
      [],
    ],
    [
      'control: a list sent by a time still is',
      'UBND các xã lập danh sách đối tượng, gửi Phòng Nội vụ trước ngày 25/10/2026.',
      'report',
      [{ from: 'UBND các xã', to: 'Phòng Nội vụ', period: 'once', due: '2026-10-24' }],
    ],
    [
      'the day a period ends is no deadline',
      'Đợt thu nhận hồ sơ xét tuyển kết thúc vào ngày 15/8/2026; Hội đồng tuyển sinh hoàn thành xét duyệt hồ sơ trước ngày 25/8/2026.',
      'deadline',
      [{ owner: 'Hội đồng tuyển sinh', due: '2026-08-24' }],
    ],
    [
      'payment files sent to the treasury named short',
      'Các chủ đầu tư gửi hồ sơ đề nghị thanh toán đến Kho bạc chậm nhất ngày 30/12/2026.',
      'report',
      [{ from: 'Các chủ đầu tư', to: 'Kho bạc', period: 'once', due: '2026-12-30' }],
    ],
    [
      '"Về tiến độ," before a list of bodies written in lower case',
      'Về tiến độ, các trường mầm non, Trường Tiểu học Kim Đồng gửi kế hoạch về Phòng Giáo dục và Đào tạo trước ngày 20/9/2026.',
      'report',
      [
        {
          from: 'các trường mầm non, Trường Tiểu học Kim Đồng',
          to: 'Phòng Giáo dục và Đào tạo',
          period: 'once',
          due: '2026-09-19',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a size, a speed or a part set apart inside a target's sentence (set 16 classes)", () => {
  it.each<Row>([
    [
      'the size of the units a share counts',
      'Nghị quyết đề ra mục tiêu năm 2027: tỷ lệ hợp tác xã có từ 50 thành viên trở lên áp dụng kế toán điện tử đạt 60%.',
      'indicator',
      [{ op: '>=', value: 60, unit: '%', year: '2027' }],
    ],
    [
      'how fast a call is answered',
      'Kế hoạch năm 2027 đặt mục tiêu 100% tin báo cháy được tiếp nhận, xuất xe trong vòng 5 phút.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2027' }],
    ],
    [
      'a part set apart keeps the year of the target before it',
      'UBND huyện yêu cầu phấn đấu thu ngân sách đạt trên 105% dự toán năm 2026, riêng thu tiền sử dụng đất đạt 100% kế hoạch giao.',
      'indicator',
      [
        { op: '>', value: 105, unit: '%', year: '2026' },
        { op: '>=', value: 100, unit: '%', year: '2026' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a recurring duty joined before a report keeps its own frequency (set 16 classes)', () => {
  it.each<Row>([
    [
      'a monthly data entry, then half-year and year reports',
      'Trạm Y tế các xã rà soát sổ tiêm chủng điện tử trước ngày 03 hằng tháng và báo cáo kết quả 6 tháng, năm về Trung tâm Y tế huyện trước ngày 20/6 và 20/12.',
      'report',
      [
        { from: 'Trạm Y tế các xã', to: 'Trung tâm Y tế huyện', period: 'half-yearly' },
        { from: 'Trạm Y tế các xã', to: 'Trung tâm Y tế huyện', period: 'yearly' },
      ],
    ],
    [
      'control: a monthly summary that is reported monthly stays so',
      'Định kỳ hằng tháng, Phòng Văn hóa - Thông tin tổng hợp và báo cáo UBND huyện trước ngày 25.',
      'report',
      [{ from: 'Phòng Văn hóa - Thông tin', to: 'UBND huyện', period: 'monthly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a campaign up to a New Year named with its year (set 16 classes)', () => {
  it.each<[string, string | null]>([
    ['Cao điểm chống buôn lậu dịp Tết Nguyên đán Bính Ngọ 2026', '2026'],
    ['Bảo đảm an toàn giao thông dịp Tết Dương lịch 2027', '2027'],
    ['Chăm lo Tết cho người nghèo', null],
  ])('%s → %s', (title, year) => expect(periodEndYear(title)).toBe(year));

  it("a page with only a relative stamp: the headline's New Year dates the targets", () => {
    const text = [
      'Kiểm soát an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ 2026',
      '2 giờ trước',
      'Chi cục An toàn vệ sinh thực phẩm tỉnh phấn đấu trong đợt cao điểm thực hiện không dưới 250 cuộc kiểm tra.',
    ].join('\n');
    expect(itemsOf(text, 'indicator')).toEqual([
      { op: '>=', value: 250, unit: 'cuộc', year: '2026' },
    ]);
  });
});

describe('a unit of two syllables ending in "sở" (set 16 classes)', () => {
  it.each<Row>([
    [
      'establishments to inspect',
      'Năm 2027, Đội Quản lý thị trường số 3 phấn đấu kiểm tra không dưới 180 cơ sở kinh doanh.',
      'indicator',
      [{ op: '>=', value: 180, unit: 'cơ sở', year: '2027' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a target stated before a lead-in in its paragraph, ensured in a season (set 15 open class: targets in a duty sentence)', () => {
  it.each<Row>([
    [
      'a directive ensures a share in a dry season, then asks the bodies below',
      [
        'Công điện yêu cầu bảo đảm 100% diện tích lúa đông xuân đủ nước tưới trong mùa khô 2026 - 2027. Để thực hiện, Chủ tịch UBND tỉnh yêu cầu:',
        '1. Sở Nông nghiệp và Môi trường vận hành các cống ngăn mặn.',
      ].join('\n'),
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2027' }],
    ],
    [
      'a school year bounds a share a plan ensures',
      'Kế hoạch yêu cầu bảo đảm 100% học sinh lớp 1 có đủ sách giáo khoa trong năm học 2026 - 2027.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2027' }],
    ],
    [
      'control: a summary the list after "Cụ thể:" details is no target of its own',
      [
        'Theo Nghị quyết, nhiều xã được giao mục tiêu thu ngân sách tăng từ 8% trở lên. Cụ thể:',
        '- Xã An Bình: 9%;',
      ].join('\n'),
      'indicator',
      [{ op: '>=', value: 9, unit: '%' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
