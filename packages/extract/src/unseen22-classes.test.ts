/**
 * Issue 19's classes met in the twenty-second unseen set, one table row per class: each row is a
 * text of the kind found on public directive pages (not a corpus text), with what a careful reader
 * draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

const check = (rows: Row[]): void => {
  it.each<Row>(rows)('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
};

describe("a report's sender and recipient are the bodies its own words name (set 22 classes)", () => {
  check([
    [
      'a sub-board after an opening time phrase, its recipient before the time word "vào"',
      'Trong thời gian diễn ra Hội nghị, Tiểu ban Văn kiện báo cáo nhanh ý kiến đại biểu về Thường trực Hội vào cuối mỗi buổi họp.',
      'report',
      [{ from: 'Tiểu ban Văn kiện', to: 'Thường trực Hội' }],
    ],
    [
      'a body that weighs a file before it submits it',
      'Sở Xây dựng xem xét hồ sơ đề nghị của các huyện, trình UBND tỉnh trong tháng 9/2029.',
      'report',
      [{ from: 'Sở Xây dựng', to: 'UBND tỉnh', period: 'once', due: '2029-09-30' }],
    ],
    [
      'the bodies a department is asked to direct report, not the department',
      'UBND tỉnh đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường học báo cáo số học sinh nghỉ học về Sở Y tế trong vòng 12 giờ kể từ khi phát hiện.',
      'report',
      [{ from: 'các trường học', to: 'Sở Y tế' }],
    ],
    [
      'a quoted centre asks the communes to report to it by the initials the text gave it',
      'Trung tâm Y tế huyện Nam Đồng (TTYT Nam Đồng) cho biết đã phun hóa chất tại 3 xã; đề nghị các xã, thị trấn báo cáo số ca sốt xuất huyết về TTYT trước ngày 20/8/2029.',
      'report',
      [{ from: 'các xã, thị trấn', to: 'TTYT', period: 'once', due: '2029-08-19' }],
    ],
    [
      'a plan passed by the council and then sent on goes to the last body',
      'UBND các huyện hoàn thiện phương án, trình HĐND huyện cho ý kiến và gửi Sở Nội vụ chậm nhất ngày 30/9/2029.',
      'report',
      [{ from: 'UBND các huyện', to: 'Sở Nội vụ', period: 'once', due: '2029-09-30' }],
    ],
    [
      "a lettered item of a mine's workshops, a check and then a sending",
      'Xí nghiệp than Hòn Gai đề nghị:\na) Các phân xưởng kiểm tra thiết bị thông gió, xong trước ngày 12/6/2030; gửi biên bản về Phòng Kỹ thuật trước 9 giờ ngày 14/6/2030.',
      'report',
      [
        {
          from: 'Các phân xưởng',
          to: 'Phòng Kỹ thuật',
          period: 'once',
          due: '2030-06-14',
        },
      ],
    ],
    [
      "a weekly report to the police after a sentence with another body's report",
      'Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 10/6/2029. Trong thời gian kiểm tra, các huyện báo cáo nhanh kết quả về Công an tỉnh vào thứ Hai hằng tuần.',
      'report',
      [
        { from: 'Sở Tài chính', to: 'UBND tỉnh', period: 'once', due: '2029-06-09' },
        { from: 'các huyện', to: 'Công an tỉnh', period: 'weekly' },
      ],
    ],
  ]);
});

describe('targets after "Mục tiêu đến (hết) năm N," with a comma, no colon (set 22 classes)', () => {
  check([
    [
      'a share and a cut against a base year, by the end of a year',
      'Mục tiêu đến cuối năm 2030, 95% hộ gia đình được dùng nước sạch; giảm ít nhất 20% số vụ ngộ độc thực phẩm so với năm 2027.',
      'indicator',
      [
        { op: '>=', value: 95, unit: '%', year: '2030' },
        { op: '>=', value: 20, unit: '%', year: '2030' },
      ],
    ],
    [
      'a quota word and a year, the first value after the measure',
      'Chỉ tiêu đến năm 2029, tỷ lệ trường học đạt chuẩn quốc gia đạt 90%; tỷ lệ hộ nghèo dưới 2%.',
      'indicator',
      [
        { op: '>=', value: 90, unit: '%', year: '2029' },
        { op: '<', value: 2, unit: '%', year: '2029' },
      ],
    ],
  ]);
});

describe("a teaser's days with no year fall in the year of its own stamp (set 22 classes)", () => {
  check([
    [
      "a tag page's second teaser, stamped the year before the first",
      'Tag: chuyển đổi số\nSở Nội vụ: các huyện hoàn thành dữ liệu trước ngày 20/4\nSở Nội vụ đề nghị các huyện cập nhật dữ liệu cán bộ.\nThứ Hai, 16/03/2030 08:15 GMT+7\nUBND các huyện rà soát hồ sơ cán bộ, hoàn thành trước ngày 20/4/2030. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/5/2030.\nTỉnh hướng dẫn số hóa hồ sơ đất đai\nCác huyện kiểm tra lại thửa đất; UBND các huyện gửi kết quả số hóa về Sở Nông nghiệp và Môi trường trước 15/11.\nThứ Sáu, 10/10/2029 10:05 GMT+7',
      'report',
      [
        { from: 'Sở Nội vụ', to: 'UBND tỉnh', period: 'once', due: '2030-05-14' },
        {
          from: 'UBND các huyện',
          to: 'Sở Nông nghiệp và Môi trường',
          period: 'once',
          due: '2029-11-14',
        },
      ],
    ],
  ]);
});

describe("a report's own time stays when an event's word is what it reports (set 22 classes)", () => {
  check([
    [
      "the count of voters who voted, sent to the commune's election committee by noon",
      'Các tổ bầu cử báo cáo số cử tri đã bỏ phiếu về Ủy ban bầu cử xã trước 12 giờ ngày 16/3/2031.',
      'report',
      [{ from: 'Các tổ bầu cử', to: 'Ủy ban bầu cử xã', period: 'once', due: '2031-03-16' }],
    ],
  ]);
});
