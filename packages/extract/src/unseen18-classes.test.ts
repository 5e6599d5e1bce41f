/**
 * Issue 19's wording classes met in the eighteenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('a department named "… tổng hợp - …" keeps its second field (set 18 classes)', () => {
  it.each<Row>([
    [
      'the department sends on, its name before its own "tổng hợp"',
      'Phòng Kế hoạch tổng hợp - Quản lý chất lượng tổng hợp số liệu, báo cáo Ban Giám đốc Bệnh viện trước ngày 25/6/2027.',
      'report',
      [
        {
          from: 'Phòng Kế hoạch tổng hợp - Quản lý chất lượng',
          to: 'Ban Giám đốc Bệnh viện',
          period: 'once',
          due: '2027-06-24',
        },
      ],
    ],
    [
      'the department receives',
      'Các khoa cận lâm sàng gửi kết quả nội kiểm về Phòng Kế hoạch tổng hợp - Quản lý chất lượng chậm nhất ngày 12/8/2027.',
      'report',
      [
        {
          from: 'Các khoa cận lâm sàng',
          to: 'Phòng Kế hoạch tổng hợp - Quản lý chất lượng',
          period: 'once',
          due: '2027-08-12',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a label of targets with its year ("Mục tiêu đến hết năm N:") is no deadline (set 18 classes)', () => {
  it.each<Row>([
    [
      'a numbered label',
      '3. Mục tiêu đến hết năm 2027: tỷ lệ trẻ em được tiêm chủng đầy đủ đạt từ 98% trở lên.',
      'deadline',
      [],
    ],
    [
      'the targets under it keep the year',
      'Chỉ tiêu đến năm 2028: tỷ lệ hộ dùng nước sạch trên 85%.',
      'indicator',
      [{ op: '>', value: 85, unit: '%', year: '2028' }],
    ],
    [
      'control: a goal to finish by a year is a deadline',
      'Sở Xây dựng phấn đấu hoàn thành cải tạo chung cư cũ đến hết năm 2028.',
      'deadline',
      [{ owner: 'Sở Xây dựng', due: '2028-12-31' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a company's units, establishments and heads send and receive (set 18 classes)", () => {
  it.each<Row>([
    [
      'the mills report daily',
      'Các xí nghiệp gửi báo cáo tiêu thụ điện về Phòng Kỹ thuật trước 10 giờ hằng ngày.',
      'report',
      [{ from: 'Các xí nghiệp', to: 'Phòng Kỹ thuật', period: 'daily' }],
    ],
    [
      'a branch sends to the general director',
      'Chi nhánh Đà Nẵng gửi báo cáo quyết toán quý về Tổng Giám đốc trước ngày 15/7/2027.',
      'report',
      [{ from: 'Chi nhánh Đà Nẵng', to: 'Tổng Giám đốc', period: 'once', due: '2027-07-14' }],
    ],
    [
      'an establishment the law addresses, after "Theo …,"',
      'Theo Nghị định số 45/2027/NĐ-CP, cơ sở kinh doanh xăng dầu báo cáo tình hình an toàn phòng cháy gửi Sở Công Thương trước ngày 10/12/2027.',
      'report',
      [
        {
          from: 'cơ sở kinh doanh xăng dầu',
          to: 'Sở Công Thương',
          period: 'once',
          due: '2027-12-09',
        },
      ],
    ],
    [
      'the board of industrial zones',
      'Công ty TNHH May Phú Hòa gửi báo cáo lao động về Ban Quản lý các khu kinh tế trước ngày 05/01/2028.',
      'report',
      [
        {
          from: 'Công ty TNHH May Phú Hòa',
          to: 'Ban Quản lý các khu kinh tế',
          period: 'once',
          due: '2028-01-04',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a tool or a form a report is made with is no report (set 18 classes)', () => {
  it.each<Row>([
    [
      'software to build',
      'Trung tâm Chuyển đổi số hoàn thành phần mềm báo cáo thống kê trước ngày 30/6/2027.',
      'report',
      [],
    ],
    [
      'the same sentence gives a deadline',
      'Trung tâm Chuyển đổi số hoàn thành phần mềm báo cáo thống kê trước ngày 30/6/2027.',
      'deadline',
      [{ owner: 'Trung tâm Chuyển đổi số', due: '2027-06-29' }],
    ],
    ['a related title', 'Mẫu báo cáo quý mới nhất năm 2027', 'report', []],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a long line cut after a verb of sending or a title's first word goes on with the name (set 18 classes)", () => {
  it.each<Row>([
    [
      'cut after "trình"',
      '2. Phòng Kế toán - Tài vụ lập báo cáo quyết toán năm của toàn hệ thống, trình\nHội đồng quản trị chậm nhất ngày 25/02/2028.',
      'report',
      [
        {
          from: 'Phòng Kế toán - Tài vụ',
          to: 'Hội đồng quản trị',
          period: 'once',
          due: '2028-02-25',
        },
      ],
    ],
    [
      'cut inside "Tổng Giám đốc"',
      '4. Ban Kiểm soát nội bộ tổng hợp kết quả kiểm tra các đơn vị thành viên, gửi Tổng\nGiám đốc trước ngày 20/12/2027.',
      'report',
      [{ from: 'Ban Kiểm soát nội bộ', to: 'Tổng Giám đốc', period: 'once', due: '2027-12-19' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

// A bare "Sở" stands for the body named before as written there, its place included (unseen set 4's
// "Sở GDĐT TP. Hồ Chí Minh"); a level word alone, cut from its place's name by the comma-parts
// reader ("… Du lịch tỉnh"), is no part of it.
describe('a quoted letter\'s schedule: its lead-in names sender and recipient, a bare "Sở" the one named before (set 18 classes)', () => {
  it.each<Row>([
    [
      'a quoted lead-in, a short recipient',
      'Trích công văn của Sở Nông nghiệp và Môi trường tỉnh Bắc Giang gửi các phòng chuyên môn:\n“Sở yêu cầu các phòng chuyên môn gửi báo cáo về Sở theo lịch sau:\n- Báo cáo quý: trước ngày 12 của tháng cuối quý;',
      'report',
      [
        {
          from: 'các phòng chuyên môn',
          to: 'Sở Nông nghiệp và Môi trường tỉnh Bắc Giang',
          period: 'quarterly',
        },
      ],
    ],
    [
      'a name a comma interrupts, then its place',
      'Dưới đây là trích công văn của Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng gửi các đơn vị sự nghiệp:\n"Sở đề nghị các đơn vị sự nghiệp gửi báo cáo về Sở theo lịch sau:\n- Báo cáo tháng: trước ngày 20 hằng tháng;',
      'report',
      [
        {
          from: 'các đơn vị sự nghiệp',
          to: 'Sở Văn hóa, Thể thao và Du lịch',
          period: 'monthly',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the report kinds a classification lists are explained, not asked for (set 18 leftovers)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      "'… báo cáo của xã được phân thành:' above the kinds with their periods",
      'Tài liệu bồi dưỡng nghiệp vụ văn phòng\nI. KHÁI NIỆM VÀ PHÂN LOẠI\nTheo kỳ hạn, báo cáo của xã được phân thành:\na) Báo cáo định kỳ: báo cáo quý, 6 tháng và báo cáo năm;\nb) Báo cáo chuyên đề: theo yêu cầu của cấp trên.',
      'report',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the month or quarter a step of a timetable takes place in is no deadline (set 18 classes)', () => {
  it.each<Row>([
    [
      'survey rounds and a publication, each "vào" a month or quarter, beside a real deadline',
      'Theo kế hoạch, cuộc điều tra nông thôn được thực hiện qua ba giai đoạn: khảo sát thí điểm vào tháng 5/2028, điều tra chính thức vào tháng 9/2028; số liệu sơ bộ công bố vào quý I/2029. Các huyện thành lập tổ công tác điều tra trước ngày 30/4/2028.',
      'deadline',
      [{ owner: 'Các huyện', due: '2028-04-29' }],
    ],
    [
      'a task to finish "vào" a month stays a deadline',
      'Sở Xây dựng hoàn thành việc rà soát quy hoạch chung vào tháng 6/2028.',
      'deadline',
      [{ owner: 'Sở Xây dựng', due: '2028-06-30' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("an official's promise for the body they head: the body after the reporting verb, a bare kind named before (set 18 classes)", () => {
  it.each<Row>([
    [
      'a director named by office after the occasion, then "Sở sẽ …"',
      'Tiếp thu ý kiến cử tri về ngập úng đô thị, Giám đốc Sở Xây dựng cho biết Sở sẽ hoàn thành nạo vét hệ thống thoát nước nội thị trước ngày 30/6/2028.',
      'deadline',
      [{ owner: 'Sở Xây dựng', due: '2028-06-29' }],
    ],
    [
      "a council vice-chair's pledge with a colon, the body named in full",
      'Phó Chủ tịch UBND huyện Tân Lạc khẳng định: UBND huyện sẽ hoàn thành chi trả tiền bồi thường cho các hộ dân trong quý III/2028.',
      'deadline',
      [{ owner: 'UBND huyện', due: '2028-09-30' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
