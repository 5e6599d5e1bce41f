/**
 * Issue 19's wording classes met in the nineteenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe("a page's byline, a reader's question and a month's pay are no deadlines (set 19 classes)", () => {
  it.each<Row>([
    [
      'a byline with the poster, the day and the view count',
      'Trang chủ / Hỏi đáp\nHướng dẫn nộp hồ sơ\nĐăng bởi: Phòng Truyền thông | 14/03/2027 | 856 lượt xem\nCác phòng chuyên môn hoàn thành rà soát hồ sơ trước ngày 25/3/2027.',
      'deadline',
      [{ owner: 'Các phòng chuyên môn', due: '2027-03-24' }],
    ],
    [
      "a document site's sharing line",
      'Kế hoạch bồi dưỡng hè 2027 của Trường THCS Hòa An\nChia sẻ bởi Nguyễn Thị Mai | Ngày 05/04/2027 | 120\nTổ chuyên môn hoàn thành kế hoạch bồi dưỡng trước ngày 15/4/2027.',
      'deadline',
      [{ owner: 'Tổ chuyên môn', due: '2027-04-14' }],
    ],
    [
      "a reader's question under its label",
      'Hỏi đáp chính sách\nCâu hỏi: Tôi nghỉ việc từ ngày 01/3/2027, công ty chốt sổ bảo hiểm ngày 15/3/2027. Tôi phải làm gì?\nTrả lời: Theo quy định, Công ty hoàn thành thủ tục xác nhận thời gian đóng bảo hiểm xã hội chậm nhất ngày 30/3/2027.',
      'deadline',
      [{ due: '2027-03-30' }],
    ],
    [
      "a reader's question with the reader named",
      '(PL) - Bạn đọc Lê Văn Hùng (Đồng Nai) hỏi: Tháng 02/2027 tôi được trả lương chậm đến ngày 20/3/2027, như vậy có đúng không?\nLuật sư trả lời: người sử dụng lao động phải trả lương đúng hạn.',
      'deadline',
      [],
    ],
    [
      "a month's pay",
      'Khoản tiền công tháng 11/2026 được chi trả ngày 05/12/2026 nên tính vào thu nhập năm 2026.',
      'deadline',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a subject before a verb of repairing, marking, copying or sealing owns its deadline (set 19 classes)', () => {
  it.each<Row>([
    [
      'repairing',
      'Công ty Điện lực khắc phục xong sự cố lưới điện trước 18 giờ ngày 12/8/2027.',
      'deadline',
      [{ owner: 'Công ty Điện lực', due: '2027-08-12' }],
    ],
    [
      'marking',
      'Giáo viên chủ nhiệm chấm bài kiểm tra định kỳ xong trước ngày 20/12/2027.',
      'deadline',
      [{ owner: 'Giáo viên chủ nhiệm', due: '2027-12-19' }],
    ],
    [
      'copying and sealing, in the second clause',
      'Hội đồng coi thi tiếp nhận đề thi trước 7 giờ ngày 3/6/2027; bộ phận văn thư in sao, niêm phong bài thi xong trước 17 giờ ngày 4/6/2027.',
      'deadline',
      [
        { owner: 'Hội đồng coi thi', due: '2027-06-03' },
        { owner: 'bộ phận văn thư', due: '2027-06-04' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a body written by its initials receives and sends ("LĐLĐ huyện", "BHXH tỉnh") (set 19 classes)', () => {
  it.each<Row>([
    [
      'a list sent to a labour federation',
      'Các công đoàn cơ sở lập danh sách công nhân nghỉ Tết không về quê, gửi về LĐLĐ thành phố trước ngày 10/01/2027.',
      'report',
      [
        {
          from: 'Các công đoàn cơ sở',
          to: 'LĐLĐ thành phố',
          period: 'once',
          due: '2027-01-09',
        },
      ],
    ],
    [
      'a list sent to the social insurance office',
      'Các trường học tổng hợp danh sách học sinh tham gia bảo hiểm y tế, gửi BHXH huyện chậm nhất ngày 30/9/2027.',
      'report',
      [{ from: 'Các trường học', to: 'BHXH huyện', period: 'once', due: '2027-09-30' }],
    ],
    [
      'subjectless items under their body, with a channel and a purpose',
      '3. Các công đoàn cơ sở:\n- Lập danh sách đoàn viên được hỗ trợ vé xe về quê, gửi về LĐLĐ thành phố (qua Ban Chính sách - Pháp luật) trước ngày 05/01/2027;\n- Báo cáo kết quả thực hiện về LĐLĐ thành phố chậm nhất ngày 20/02/2027 để tổng hợp báo cáo Tổng Liên đoàn.',
      'report',
      [
        {
          from: 'Các công đoàn cơ sở',
          to: 'LĐLĐ thành phố',
          period: 'once',
          due: '2027-01-04',
        },
        {
          from: 'Các công đoàn cơ sở',
          to: 'LĐLĐ thành phố',
          period: 'once',
          due: '2027-02-20',
        },
      ],
    ],
    [
      'the federation sends on',
      'LĐLĐ huyện tổng hợp, báo cáo LĐLĐ tỉnh trước ngày 20/02/2028.',
      'report',
      [{ from: 'LĐLĐ huyện', to: 'LĐLĐ tỉnh', period: 'once', due: '2028-02-19' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a report\'s sender: "quá trình" is no submitting, "Riêng X" names X, a document "của X" is sent by X (set 19 classes)', () => {
  it.each<Row>([
    [
      'a process, then a weekly report',
      'Trong quá trình triển khai, các trường báo cáo tiến độ về Phòng Giáo dục và Đào tạo vào thứ Sáu hằng tuần.',
      'report',
      [{ from: 'các trường', to: 'Phòng Giáo dục và Đào tạo', period: 'weekly' }],
    ],
    [
      'a route, then a dated report',
      'Theo lộ trình, UBND các xã báo cáo kết quả về UBND huyện trước ngày 15/10/2027.',
      'report',
      [{ from: 'UBND các xã', to: 'UBND huyện', period: 'once', due: '2027-10-14' }],
    ],
    [
      'two bodies set apart from the ones before',
      'Các xã gửi báo cáo về Phòng Nội vụ trước ngày 10/4/2027. Riêng UBND thị trấn Phố Mới và UBND xã Tân Lập nộp hồ sơ về Phòng Nội vụ trước ngày 05/4/2027.',
      'report',
      [
        { from: 'Các xã', to: 'Phòng Nội vụ', period: 'once', due: '2027-04-09' },
        {
          from: 'UBND thị trấn Phố Mới và UBND xã Tân Lập',
          to: 'Phòng Nội vụ',
          period: 'once',
          due: '2027-04-04',
        },
      ],
    ],
    [
      'a plan of a list of bodies',
      'Kế hoạch tổ chức hội nghị của các phòng, ban gửi Văn phòng UBND huyện trước ngày 12/5/2027.',
      'report',
      [{ from: 'các phòng, ban', to: 'Văn phòng UBND huyện', period: 'once', due: '2027-05-11' }],
    ],
    [
      'a draft of the bodies after another subject',
      'Các chi bộ hoàn thành đại hội trong tháng 4/2027. Dự thảo văn kiện của các chi bộ trực thuộc gửi Văn phòng Đảng ủy trước ngày 20/3/2027 để góp ý.',
      'report',
      [
        {
          from: 'các chi bộ trực thuộc',
          to: 'Văn phòng Đảng ủy',
          period: 'once',
          due: '2027-03-19',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a named day with its date in brackets bounds a duty; a comment window does not (set 19 classes)', () => {
  it.each<Row>([
    [
      'before an election day',
      'Các thôn tổ chức họp dân trước ngày bầu cử (ngày 16/3/2026).',
      'deadline',
      [{ owner: 'Các thôn', due: '2026-03-15' }],
    ],
    [
      'before a holiday, the nearest bound word',
      'Các xã hoàn thành chi trả trợ cấp chậm nhất trước Tết Nguyên đán (ngày 28/01/2028).',
      'deadline',
      [{ owner: 'Các xã', due: '2028-01-27' }],
    ],
    [
      'a draft open for comments',
      'Dự thảo Thông tư được lấy ý kiến đến hết ngày 15/6/2027.',
      'deadline',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a draft finished by one day and sent by another: a deadline and a report (set 19 classes)', () => {
  it.each<Row>([
    [
      'finished, then sent with a channel',
      'Các chi bộ hoàn thiện dự thảo báo cáo tổng kết trước ngày 10/4/2027 và gửi Đảng ủy xã (qua Văn phòng Đảng ủy) chậm nhất ngày 20/4/2027.',
      'deadline',
      [{ owner: 'Các chi bộ', due: '2027-04-09' }],
    ],
    [
      'finished, then sent with a channel: the report',
      'Các chi bộ hoàn thiện dự thảo báo cáo tổng kết trước ngày 10/4/2027 và gửi Đảng ủy xã (qua Văn phòng Đảng ủy) chậm nhất ngày 20/4/2027.',
      'report',
      [{ from: 'Các chi bộ', to: 'Đảng ủy xã', period: 'once', due: '2027-04-20' }],
    ],
    [
      'drawn up, then submitted',
      'Phòng Tài chính - Kế hoạch xây dựng dự toán năm 2028 xong trước ngày 15/7/2027 và trình UBND huyện chậm nhất ngày 25/7/2027.',
      'report',
      [
        {
          from: 'Phòng Tài chính - Kế hoạch',
          to: 'UBND huyện',
          period: 'once',
          due: '2027-07-25',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a time counted in days makes a submitting a report; a clause of its own before ";" is not the sender (set 19 classes)', () => {
  it.each<Row>([
    [
      'days before an undated event',
      'Các chi bộ hoàn thiện danh sách nhân sự, trình Đảng ủy xã chậm nhất 15 ngày trước ngày đại hội.',
      'report',
      [{ from: 'Các chi bộ', to: 'Đảng ủy xã' }],
    ],
    [
      'a clause about data, then the senders',
      'Ngoài giờ hành chính, dữ liệu được cập nhật tự động về hệ thống; các trạm quan trắc gửi báo cáo sự cố về Sở Nông nghiệp và Môi trường hằng tuần.',
      'report',
      [{ from: 'các trạm quan trắc', to: 'Sở Nông nghiệp và Môi trường', period: 'weekly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a second target joined by "và" with its qualifier before its value is a target of its own (set 19 classes)', () => {
  it.each<Row>([
    [
      'all of one group and at least a share of another',
      'Mục tiêu năm 2027:\n- 100% giáo viên và ít nhất 85% nhân viên được bồi dưỡng kỹ năng số;',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2027' },
        { op: '>=', value: 85, unit: '%', year: '2027' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
