/**
 * Issue 19's wording classes met in the fourteenth unseen set, one table row per class: each row
 * is a sentence of the kind found on public directive pages (not a corpus text), with what a
 * careful reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

describe('a subject ends at the verb of practical work and within its clause (set 14 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      'districts issue call-up orders, then a report after ";"',
      'UBND các huyện, thị xã phát lệnh gọi công dân nhập ngũ xong trước ngày 10/02/2027; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 01/3/2027.',
      'deadline',
      [{ owner: 'UBND các huyện, thị xã', due: '2027-02-09' }],
    ],
    [
      'the report after ";" keeps the subject of the clause before',
      'UBND các huyện, thị xã phát lệnh gọi công dân nhập ngũ xong trước ngày 10/02/2027; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 01/3/2027.',
      'report',
      [{ from: 'UBND các huyện, thị xã', to: 'UBND tỉnh', period: 'once', due: '2027-02-28' }],
    ],
    [
      'a co-operative dredges a canal',
      'Hợp tác xã dịch vụ nông nghiệp Tân Phú nạo vét kênh mương nội đồng, hoàn thành trong tháng 5/2026.',
      'deadline',
      [{ owner: 'Hợp tác xã dịch vụ nông nghiệp Tân Phú', due: '2026-05-31' }],
    ],
    [
      'a police office allocates a quota',
      'Công an huyện phân bổ chỉ tiêu công dân tham gia Công an nhân dân cho các xã trong tháng 11/2026.',
      'deadline',
      [{ owner: 'Công an huyện', due: '2026-11-30' }],
    ],
    [
      'a working team checks data',
      'Tổ công tác xã đối chiếu hồ sơ địa chính với bản đồ số, xong trước ngày 15/12/2026.',
      'deadline',
      [{ owner: 'Tổ công tác xã', due: '2026-12-14' }],
    ],
    [
      'communes collect copies, then a weekly report after ";"',
      'UBND các xã, thị trấn thu thập bản sao sổ hộ khẩu của các hộ qua trưởng ấp; báo cáo tiến độ về Phòng Tài nguyên và Môi trường vào thứ Năm hằng tuần.',
      'report',
      [
        {
          from: 'UBND các xã, thị trấn',
          to: 'Phòng Tài nguyên và Môi trường',
          period: 'weekly',
        },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe("a plan's two-cell header copied onto one line names its unit (set 14 classes)", () => {
  it('the first cell, not the national motto after a run of spaces, owns a duty with no subject', () => {
    const text = [
      'ỦY BAN NHÂN DÂN XÃ PHÚ LỘC    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 15/KH-UBND    Phú Lộc, ngày 02 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phòng, chống dịch bệnh trên đàn gia súc năm 2026',
      '- Kiện toàn Ban Chỉ đạo phòng chống dịch bệnh động vật xã, xong trước ngày 20/3/2026.',
    ].join('\n');
    expect(itemsOf(text, 'deadline')).toEqual([
      { owner: 'Ủy ban nhân dân xã Phú Lộc', due: '2026-03-19' },
    ]);
  });
});

describe('a quota given to a body is a target, its share after a count a result (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a district given a quota, with a part of it after "trong đó"',
      'Theo Quyết định số 318/QĐ-UBND ngày 02/10/2026 của UBND tỉnh, năm 2027 huyện Lâm Hà được giao tuyển chọn 150 công dân, trong đó có 20 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.',
      [
        { op: '>=', value: 150, unit: 'công dân', year: '2027' },
        { op: '>=', value: 20, unit: 'công dân', year: '2027' },
      ],
    ],
    [
      'a decision giving quotas joined by "và"',
      'UBND tỉnh vừa ban hành quyết định giao chỉ tiêu tuyển chọn, gọi 1.200 công dân nhập ngũ và 180 công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm 2027.',
      [
        { op: '>=', value: 1200, unit: 'công dân', year: '2027' },
        { op: '>=', value: 180, unit: 'công dân', year: '2027' },
      ],
    ],
    [
      'a town given a quota by the province',
      'Thị xã Hòa Bình được tỉnh giao chỉ tiêu 95 công dân nhập ngũ năm 2027. Các phường tổ chức khám sức khỏe xong trước ngày 10/01/2027.',
      [{ op: '>=', value: 95, unit: 'công dân', year: '2027' }],
    ],
    [
      'a commune given people with no "chỉ tiêu"',
      'Năm 2027, xã Tân Lập được huyện giao 12 công dân nhập ngũ, trong đó 2 công dân tham gia Công an nhân dân.',
      [
        { op: '>=', value: 12, unit: 'công dân', year: '2027' },
        { op: '>=', value: 2, unit: 'công dân', year: '2027' },
      ],
    ],
    [
      'the share of the quota right after a count is a result',
      'Huyện Tân Yên được tỉnh giao chỉ tiêu 120 công dân nhập ngũ năm 2027. Ngày 12/01/2027, thị xã Đông Triều phát lệnh gọi nhập ngũ cho 142 công dân, đạt 100% chỉ tiêu.',
      [{ op: '>=', value: 120, unit: 'công dân', year: '2027' }],
    ],
    [
      "last year's hand-over is a result",
      'Năm 2026, huyện đã gọi 300 công dân khám tuyển, giao đủ 80 công dân nhập ngũ, đạt 100% chỉ tiêu tỉnh giao.',
      [],
    ],
    [
      'land handed over is no quota',
      'Năm 2026, xã Hòa Thuận được giao 1.200 ha rừng để quản lý, bảo vệ.',
      [],
    ],
    [
      'equipment handed over is no quota',
      'Trường Tiểu học Kim Đồng được bàn giao 50 máy tính năm 2026.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a timetable line that is its time alone bounds each item under it (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Trước ngày D:" above "-" items, "Chậm nhất ngày D (…):" above "+" items, one with its own day',
      [
        'Lịch trình chuẩn bị Đại hội được Ban Thường vụ Huyện ủy thống nhất như sau:',
        'Trước ngày 15/3/2026:',
        '- Các chi bộ tổ chức đại hội chi bộ;',
        '- Ban Tổ chức Huyện ủy thẩm định nhân sự.',
        'Chậm nhất ngày 30/4/2026 (60 ngày trước ngày khai mạc):',
        '+ Hoàn thành dự thảo văn kiện;',
        '+ Văn phòng Huyện ủy chuẩn bị tài liệu trước ngày 20/4/2026.',
      ].join('\n'),
      [
        { owner: 'Các chi bộ', due: '2026-03-14' },
        { owner: 'Ban Tổ chức Huyện ủy', due: '2026-03-14' },
        { due: '2026-04-30' },
        { owner: 'Văn phòng Huyện ủy', due: '2026-04-19' },
      ],
    ],
    [
      'a time label then two tasks joined by ";", each with its own subject',
      'Chậm nhất ngày 10/5/2026: Ban Chỉ đạo ban hành kế hoạch; các xã tổ chức tuyên truyền.',
      [
        { owner: 'Ban Chỉ đạo', due: '2026-05-10' },
        { owner: 'các xã', due: '2026-05-10' },
      ],
    ],
    [
      'a time label then two tasks of one subject',
      'Hạn chót 20/10/2026: các trường nộp hồ sơ thi đua; cập nhật dữ liệu lên phần mềm.',
      [
        { owner: 'các trường', due: '2026-10-20' },
        { owner: 'các trường', due: '2026-10-20' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('targets in running text: a rise by a multiple, a year aimed for, a share to ensure, "không để … quá" (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a rise by a multiple by a later year, against a base year',
      'Ngày 02/3/2026, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND. Đến năm 2030, thu nhập bình quân đầu người tăng ít nhất 1,5 lần so với năm 2025.',
      [{ op: '>=', value: 1.5, unit: 'lần', year: '2030' }],
    ],
    [
      'a year the sentence strives for is no past year; the past year after it still is',
      [
        'Ngày 02/3/2026, UBND huyện ban hành Kế hoạch chuyển đổi số giai đoạn 2026 - 2028.',
        'Kế hoạch đặt mục tiêu đến năm 2028: 100% xã có hạ tầng cáp quang đến thôn.',
        'Năm 2026, phấn đấu 85% hộ gia đình sử dụng dịch vụ công trực tuyến.',
        'Năm 2025, huyện đã đạt 60% hộ gia đình sử dụng dịch vụ công trực tuyến.',
      ].join('\n'),
      [
        { op: '>=', value: 100, unit: '%', year: '2028' },
        { op: '>=', value: 85, unit: '%', year: '2026' },
      ],
    ],
    [
      'a share bodies are to ensure by a year, after their label',
      [
        'Chính phủ vừa ban hành Nghị quyết số 15/NQ-CP ngày 10/3/2026 về chuyển đổi số y tế cơ sở.',
        'Nghị quyết giao nhiệm vụ cụ thể:',
        'Bộ Y tế: bảo đảm 100% trạm y tế xã có bác sĩ trong năm 2026; báo cáo kết quả về Văn phòng Chính phủ trước ngày 20 hằng tháng.',
        'UBND các tỉnh: đảm bảo 95% hồ sơ được giải quyết trực tuyến vào năm 2027.',
      ].join('\n'),
      [
        { op: '>=', value: 100, unit: '%', year: '2026' },
        { op: '>=', value: 95, unit: '%', year: '2027' },
      ],
    ],
    [
      'a quoted aim, "đã" inside its object, and "không để … vượt quá"',
      'Ông Nguyễn Văn Bình, Bí thư Đảng ủy xã cho biết, năm 2026 xã đặt mục tiêu số hóa 100% hồ sơ hộ tịch đã lưu trữ và không để tỷ lệ sai sót vượt quá 1%.',
      [
        { op: '>=', value: 100, unit: '%', year: '2026' },
        { op: '<=', value: 1, unit: '%', year: '2026' },
      ],
    ],
    [
      'a day written after the target names its year',
      'Liên đoàn Lao động tỉnh phấn đấu 100% công đoàn cơ sở tổ chức Đại hội xong trong ngày 30/6/2027.',
      [{ op: '>=', value: 100, unit: '%', year: '2027' }],
    ],
    [
      'a growth by a multiple written after another value is no target of its own',
      'Mục tiêu đến năm 2030: giá trị sản xuất toàn huyện đạt 12.000 tỷ đồng, tăng gấp 2 lần so với năm 2020.',
      [{ op: '>=', value: 12000, unit: 'tỷ đồng', year: '2030' }],
    ],
    ['a past rise is a result', 'Năm 2025, thu nhập bình quân tăng 1,3 lần so với năm 2020.', []],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a review held "vào năm N" is due by the end of that year (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a mid-term and a final review joined by ","',
      'Ngày 10/3/2026, Huyện ủy ban hành Nghị quyết về phát triển du lịch.\n4. Ban Thường vụ Huyện ủy chỉ đạo sơ kết 3 năm vào năm 2028, tổng kết vào năm 2030.',
      [
        { owner: 'Ban Thường vụ Huyện ủy', due: '2028-12-31' },
        { owner: 'Ban Thường vụ Huyện ủy', due: '2030-12-31' },
      ],
    ],
    [
      'two reviews joined by "và"',
      'Ngày 10/3/2026, UBND tỉnh ban hành Kế hoạch thực hiện Đề án.\nSở Nội vụ chủ trì tổ chức sơ kết giữa kỳ vào năm 2028 và tổng kết vào năm 2030.',
      [
        { owner: 'Sở Nội vụ', due: '2028-12-31' },
        { owner: 'Sở Nội vụ', due: '2030-12-31' },
      ],
    ],
    [
      'a review named by its period is no deadline',
      'Ngày 10/3/2026, UBND huyện ban hành Kế hoạch.\nPhòng Văn hóa tham mưu sơ kết 5 năm thực hiện chương trình giai đoạn 2021 - 2025 và tổng kết năm 2025.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('reports: a list item opening with "Báo cáo …" to a body, and two sendings of one sentence each with its time (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a weekly report opening a "-" item, the object before its recipient, a channel in brackets',
      [
        'Ngày 05/10/2026, Ban Chỉ huy Quân sự huyện tổ chức hội nghị.',
        'Hội đồng Nghĩa vụ quân sự huyện yêu cầu các xã, thị trấn:',
        '- Báo cáo tiến độ khám tuyển về Hội đồng Nghĩa vụ quân sự huyện (qua Ban Chỉ huy Quân sự huyện) vào thứ Sáu hằng tuần.',
        '- Báo cáo tiến độ giải ngân về UBND huyện trước ngày 25 hằng tháng.',
      ].join('\n'),
      [
        { from: 'các xã, thị trấn', to: 'Hội đồng Nghĩa vụ quân sự huyện', period: 'weekly' },
        { from: 'các xã, thị trấn', to: 'UBND huyện', period: 'monthly' },
      ],
    ],
    [
      'a quick report after each event, then a monthly sending after ";"',
      'Ngày 04/6/2027, Tỉnh ủy ban hành hướng dẫn. Sau mỗi đại hội, các huyện ủy, thị ủy báo cáo nhanh kết quả về Ban Tổ chức Tỉnh ủy trong vòng 02 ngày làm việc; định kỳ ngày 20 hằng tháng tổng hợp tiến độ gửi Văn phòng Tỉnh ủy.',
      [
        { from: 'các huyện ủy, thị ủy', to: 'Ban Tổ chức Tỉnh ủy' },
        { from: 'các huyện ủy, thị ủy', to: 'Văn phòng Tỉnh ủy', period: 'monthly' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a deadline after ";" keeps the bodies asked; an event to finish by a day is a duty (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a congress to complete within a month, after ";" with no subject',
      'Ngày 04/6/2027, Tỉnh ủy tổ chức hội nghị. Tại hội nghị, Thường trực Tỉnh ủy yêu cầu các huyện ủy, thành ủy chỉ đạo tổ chức xong đại hội chi bộ trước ngày 31/7/2027; đại hội đảng bộ cấp trên cơ sở hoàn thành trong tháng 9/2027.',
      [
        { owner: 'các huyện ủy, thành ủy', due: '2027-07-30' },
        { owner: 'các huyện ủy, thành ủy', due: '2027-09-30' },
      ],
    ],
    [
      'a gathering the communes are asked to hold, done before a day',
      'Ngày 14/01/2027, huyện tổ chức hội nghị. Ban Chỉ đạo huyện yêu cầu các xã tổ chức họp mặt gia đình tân binh xong trước ngày 18/02/2027.',
      [{ owner: 'các xã', due: '2027-02-17' }],
    ],
    [
      'a session planned in a month and a meeting held in a month are no deadlines',
      'Ngày 04/6/2026, UBND huyện ban hành kế hoạch. Kỳ họp thứ 10 HĐND huyện dự kiến diễn ra trong tháng 12/2026; hội nghị tổng kết tổ chức trong tháng 1/2027.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a report after ";" keeps its own day when the clause before is a target by a year (set 14 classes)', () => {
  it("the year of the target is not the report's due", () => {
    const text = [
      'Ngày 10/3/2026, UBND tỉnh ban hành kế hoạch.',
      'Giao nhiệm vụ cụ thể:',
      'UBND các huyện: bảo đảm 100% trường học có nhà vệ sinh đạt chuẩn trong năm 2026; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.',
    ].join('\n');
    expect(itemsOf(text, 'report')).toEqual([
      {
        due: '2026-12-14',
        from: 'UBND các huyện',
        to: 'Sở Giáo dục và Đào tạo',
        period: 'once',
      },
    ]);
  });
});

describe('a body whose name holds "Kế hoạch" names no plan before a year (set 14 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a department of planning holds two reviews',
      'Ngày 10/3/2026, UBND tỉnh ban hành Kế hoạch thực hiện Đề án.\nSở Kế hoạch và Đầu tư chủ trì tổ chức sơ kết giữa kỳ vào năm 2028, tổng kết vào năm 2030.',
      [
        { owner: 'Sở Kế hoạch và Đầu tư', due: '2028-12-31' },
        { owner: 'Sở Kế hoạch và Đầu tư', due: '2030-12-31' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});
