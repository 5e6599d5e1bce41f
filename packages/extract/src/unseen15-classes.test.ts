/**
 * Issue 19's wording classes met in the fifteenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { extractDirective } from './extract.js';
import { itemsOf } from './test-support/items.js';

describe('a report is sent to the body "Kính gửi:" names; its own work is the issuer\'s (set 15 classes)', () => {
  it.each<[string, string[], ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a district office's report: next year's task with no subject",
      [
        'UBND HUYỆN TÂN KỲ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
        'Số: 45/BC-PGDĐT Tân Kỳ, ngày 05 tháng 01 năm 2027',
        'BÁO CÁO',
        'Kết quả công tác phổ cập giáo dục năm 2026, nhiệm vụ năm 2027',
        'Kính gửi: Ủy ban nhân dân huyện Tân Kỳ.',
        'II. NHIỆM VỤ NĂM 2027',
        '- Hoàn thiện hồ sơ phổ cập giáo dục các xã, hoàn thành trước ngày 30/9/2027.',
      ],
      'deadline',
      [{ owner: 'Phòng giáo dục và đào tạo', due: '2027-09-29' }],
    ],
    [
      "the same report's periodic duty is sent by the office",
      [
        'UBND HUYỆN TÂN KỲ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH | Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ TOÁN NĂM 2026',
        'Kính gửi: Thường trực Huyện ủy Tân Kỳ.',
        '- Định kỳ hằng quý báo cáo tiến độ giải ngân về Sở Tài chính.',
      ],
      'report',
      [{ from: 'Phòng tài chính - kế hoạch', to: 'Sở Tài chính', period: 'quarterly' }],
    ],
    [
      "a submission (tờ trình) is sent up, its step with a time the issuer's",
      [
        'ỦY BAN NHÂN DÂN XÃ AN PHÚ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỜ TRÌNH',
        'Về việc đề nghị phê duyệt phương án sản xuất vụ Hè Thu năm 2026',
        'Kính gửi: Ủy ban nhân dân huyện Châu Phú.',
        '- Tổ chức xuống giống tập trung, hoàn thành trong tháng 5/2026.',
      ],
      'deadline',
      [{ owner: 'Ủy ban nhân dân xã An Phú', due: '2026-05-31' }],
    ],
    [
      "a letter's addressees still do the work it asks for",
      [
        'SỞ Y TẾ TỈNH BÌNH ĐỊNH',
        'Số: 512/SYT-NVY',
        'V/v tăng cường phòng, chống dịch bệnh mùa hè',
        'Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.',
        '1. Rà soát cơ số thuốc, hóa chất, hoàn thành trước ngày 15/6/2026.',
      ],
      'deadline',
      [{ owner: 'Trung tâm Y tế các huyện, thị xã, thành phố', due: '2026-06-14' }],
    ],
  ])('%s', (_name, lines, kind, expected) => {
    expect(itemsOf(lines.join('\n'), kind)).toEqual(expected);
  });
});

describe('a label "Đối với X:" / "Về phía X:" hands the items under it to X (set 15 classes)', () => {
  it.each<[string, string[], ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "an inspection's demands on the company inspected",
      [
        'III. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ',
        '1. Đối với Công ty Cổ phần Xây dựng Thành Long:',
        'a) Truy đóng bảo hiểm xã hội cho 12 người lao động, xong trước ngày 30/11/2026.',
      ],
      'deadline',
      [{ owner: 'Công ty Cổ phần Xây dựng Thành Long', due: '2026-11-29' }],
    ],
    [
      'a conclusion on the communes, their report under the label',
      [
        '2. Về phía UBND các xã, thị trấn:',
        '- Tổng hợp kết quả khắc phục, gửi Thanh tra huyện trước ngày 15/01/2027.',
      ],
      'report',
      [{ from: 'UBND các xã, thị trấn', to: 'Thanh tra huyện', period: 'once', due: '2027-01-14' }],
    ],
    [
      'a label naming a group of people is no body',
      ['Đối với hộ nghèo, hộ cận nghèo:', '- Hoàn thành rà soát trước ngày 15/10/2026.'],
      'deadline',
      [{ due: '2026-10-14' }],
    ],
  ])('%s', (_name, lines, kind, expected) => {
    expect(itemsOf(lines.join('\n'), kind)).toEqual(expected);
  });
});

describe('a recipient named with lower-case words or a social-insurance head keeps its whole name (set 15 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a supervisory board reports to the board of directors',
      'Ban Kiểm soát lập báo cáo thẩm định báo cáo tài chính năm 2026, gửi Hội đồng quản trị trước ngày 20/3/2027.',
      [{ from: 'Ban Kiểm soát', to: 'Hội đồng quản trị', period: 'once', due: '2027-03-19' }],
    ],
    [
      'a unit reports to the social-insurance office in writing',
      'Đơn vị báo cáo kết quả khắc phục bằng văn bản về Bảo hiểm xã hội huyện Tân Kỳ chậm nhất ngày 31/12/2026.',
      [{ from: 'Đơn vị', to: 'Bảo hiểm xã hội huyện Tân Kỳ', period: 'once', due: '2026-12-31' }],
    ],
    [
      'a commune reports to the treasury',
      'UBND xã báo cáo tình hình giải ngân vốn đầu tư công về Kho bạc Nhà nước tỉnh trước ngày 05 hằng tháng.',
      [{ from: 'UBND xã', to: 'Kho bạc Nhà nước tỉnh', period: 'monthly' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('results, forecasts and counts of work in a page about targets are no targets (set 15 classes)', () => {
  it.each<[string, string[], Partial<ExtractItem>[]]>([
    [
      "last season's results, led by the season's name",
      [
        'Các chỉ tiêu sản xuất vụ Xuân năm 2027',
        'Vụ Xuân 2026, toàn huyện gieo cấy được 5.120 ha, năng suất lúa đạt 64,5 tạ/ha.',
        '- Diện tích gieo cấy đạt 5.200 ha trở lên.',
      ],
      [{ op: '>=', value: 5200, unit: 'ha', year: '2027' }],
    ],
    [
      'a forecast',
      [
        'Các chỉ tiêu sản xuất vụ Xuân năm 2027',
        'Theo dự báo của Trung tâm Khí tượng thủy văn tỉnh, mùa mưa bão năm 2027 có khoảng 3 - 4 cơn bão ảnh hưởng trực tiếp đến tỉnh.',
      ],
      [],
    ],
    [
      'a title pairing targets with measures: the models to build are work, not targets',
      [
        'Mục tiêu và giải pháp phát triển chăn nuôi năm 2027',
        'Năm 2027, Trung tâm Khuyến nông xây dựng 12 mô hình chăn nuôi an toàn sinh học, hoàn thành trước ngày 30/6/2027.',
      ],
      [],
    ],
    [
      "a month over before the page's stamp is a data cut-off",
      [
        'Tiêm chủng mở rộng: nhiều xã chưa đạt yêu cầu',
        '17/03/2026 06:12 GMT+7',
        'Đến hết tháng 02/2026, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ của tỉnh mới đạt 71,2%.',
      ],
      [],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(itemsOf(lines.join('\n'), 'indicator')).toEqual(expected);
  });

  it("a stamp line and a portal's bracketed address are not glued to the headline above them", () => {
    const text = [
      'Tân Kỳ rà soát hộ nghèo năm 2026',
      '21/7/2026 16:18',
      '(tanky.gov.vn) UBND huyện yêu cầu các xã hoàn thành rà soát hộ nghèo trước ngày 31/7/2026.',
    ].join('\n');
    const quotes = extractDirective(text)
      .items.filter((i) => i.kind === 'deadline')
      .map((i) => i.quote);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).not.toContain('rà soát hộ nghèo năm 2026');
    expect(quotes[0]).not.toContain('16:18');
  });
});

describe('a subject ends at its sentence, a recipient keeps the levels it covers (set 15 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a centre hands out supplies; the next sentence is another body's",
      'Theo kế hoạch, Trung tâm Y tế huyện cấp phát thuốc, hóa chất cho các xã xong trước ngày 10/6/2026. Các trạm y tế tổ chức phun hóa chất tại các ổ dịch.',
      'deadline',
      [{ owner: 'Trung tâm Y tế huyện', due: '2026-06-09' }],
    ],
    [
      "a sentence with no verb of its own does not borrow the next sentence's subject",
      'Trung tâm Kiểm soát bệnh tật tỉnh phân phối vắc xin cho các huyện trước ngày 05/4/2026. Các huyện báo cáo số mũi tiêm về Sở Y tế vào thứ Sáu hằng tuần.',
      'deadline',
      [{ owner: 'Trung tâm Kiểm soát bệnh tật tỉnh', due: '2026-04-04' }],
    ],
    [
      "an abbreviation's dot does not end the subject",
      'Sở Y tế Tp. Hồ Chí Minh tổ chức kiểm tra các cơ sở tiêm chủng, hoàn thành trước ngày 10/5/2026.',
      'deadline',
      [{ owner: 'Sở Y tế Tp. Hồ Chí Minh', due: '2026-05-09' }],
    ],
    [
      'a recipient covering district levels keeps them',
      'Các trạm y tế xã lập danh sách đối tượng, gửi Trung tâm Y tế quận, huyện chậm nhất ngày 20/5/2026.',
      'report',
      [
        {
          from: 'Các trạm y tế xã',
          to: 'Trung tâm Y tế quận, huyện',
          period: 'once',
          due: '2026-05-20',
        },
      ],
    ],
    [
      'a recipient covering three levels keeps them',
      'Các trường học báo cáo kết quả về Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố trước ngày 15/12/2026.',
      'report',
      [
        {
          from: 'Các trường học',
          to: 'Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố',
          period: 'once',
          due: '2026-12-14',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a range writing "%" twice is one target (set 15 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a dividend between two shares',
      'Đại hội đồng cổ đông thông qua các chỉ tiêu kế hoạch năm 2027: tỷ lệ chia cổ tức từ 10% đến 12%.',
      [{ op: 'between', min: 10, max: 12, unit: '%', year: '2027' }],
    ],
    [
      'a reduction written with a dash',
      'Kế hoạch năm 2026 đặt mục tiêu kéo giảm số vụ tai nạn giao thông 5% - 10% so với năm 2025.',
      [{ op: 'between', min: 5, max: 10, unit: '%', year: '2026' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a kind of document being made with no recipient is a deadline, not a report (set 15 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "a director-general's financial statements",
      'Tổng Giám đốc chỉ đạo lập báo cáo tài chính năm 2026 đã được kiểm toán, hoàn thành trước ngày 31/3/2027.',
      'deadline',
      [{ owner: 'Tổng Giám đốc', due: '2027-03-30' }],
    ],
    [
      'a settlement report made, no one named to receive it',
      'Ban Quản lý dự án hoàn thành báo cáo quyết toán công trình trước ngày 30/9/2026.',
      'report',
      [],
    ],
    [
      'the same kind of document sent to a body is a report',
      'Ban Quản lý dự án hoàn thành báo cáo quyết toán công trình, gửi Sở Tài chính thẩm tra trước ngày 30/9/2026.',
      'report',
      [{ from: 'Ban Quản lý dự án', to: 'Sở Tài chính', period: 'once', due: '2026-09-29' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a recurring activity with an end is a schedule, not a deadline (set 15 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a weekly clean-up until the end of a month',
      'UBND huyện đề nghị các xã, thị trấn tổ chức tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần đến hết tháng 9/2026.',
      [],
    ],
    [
      'a weekly turn-out until a day',
      'Các tổ dân phố ra quân dọn vệ sinh, phát quang bụi rậm vào thứ Bảy hằng tuần đến hết ngày 30/11/2026.',
      [],
    ],
    [
      'a task to finish by the end of a month stays a deadline',
      'Các xã hoàn thành việc phát quang hành lang lưới điện đến hết tháng 9/2026.',
      [{ owner: 'Các xã', due: '2026-09-30' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a lead-in that names the plan takes the year of the plan named before it (set 15 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a department's plan, then its targets",
      'UBND huyện vừa ban hành Kế hoạch số 45/KH-UBND ngày 02/3/2026 về phát triển giáo dục mầm non năm 2026. Mục tiêu của Kế hoạch: 100% trẻ 5 tuổi được học 2 buổi/ngày; ít nhất 98% trẻ 3 - 5 tuổi ra lớp.',
      [
        { op: '>=', value: 100, unit: '%', year: '2026' },
        { op: '>=', value: 98, unit: '%', year: '2026' },
      ],
    ],
    [
      'a programme of a year, then its targets',
      'Sở Lao động vừa ban hành Chương trình việc làm năm 2027 của tỉnh. Mục tiêu của Chương trình: tỷ lệ lao động qua đào tạo đạt ít nhất 72%.',
      [{ op: '>=', value: 72, unit: '%', year: '2027' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a value in the duty a body is handed at the start of its sentence is a target (set 15 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a share to act on after the body and its first verb, and a rate to reach with "tối thiểu"',
      'KẾ HOẠCH\nTiêm chủng mở rộng năm 2027\nTrạm Y tế các xã chủ trì rà soát đối tượng, tiêm bù 100% trẻ chưa được tiêm đủ mũi; bảo đảm tỷ lệ tiêm chủng đầy đủ đạt tối thiểu 95%.',
      [
        { op: '>=', value: 100, unit: '%', year: '2027' },
        { op: '>=', value: 95, unit: '%', year: '2027' },
      ],
    ],
    [
      'a body "có trách nhiệm" to keep a rate under a bound',
      'KẾ HOẠCH\nBảo vệ và phát triển rừng năm 2026\nHạt Kiểm lâm có trách nhiệm tuần tra thường xuyên, giữ tỷ lệ diện tích rừng bị thiệt hại do cháy ở mức không quá 0,5%.',
      [{ op: '<=', value: 0.5, unit: '%', year: '2026' }],
    ],
    [
      'what a body has done is a result, not a target',
      'KẾ HOẠCH\nBảo vệ và phát triển rừng năm 2026\nHạt Kiểm lâm đã tổ chức tuần tra, xử lý 100% vụ vi phạm được phát hiện.',
      [],
    ],
    [
      'a count the body is to hold, with no qualifier, is no target',
      'KẾ HOẠCH\nBảo vệ và phát triển rừng năm 2026\nHạt Kiểm lâm tổ chức 12 lớp tập huấn cho chủ rừng.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});
