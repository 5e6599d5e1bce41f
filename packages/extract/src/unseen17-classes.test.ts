/**
 * Issue 19's wording classes met in the seventeenth unseen set, one table row per class: each row
 * is a text of the kind found on public directive pages (not a corpus text), with what a careful
 * reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('a subject ends before "hoàn tất" and before "tự" doing its own work (set 17 classes)', () => {
  it.each<Row>([
    [
      'finishing a file',
      'Phòng Quản lý đô thị hoàn tất hồ sơ cấp phép xây dựng chậm nhất ngày 15/4/2027.',
      'deadline',
      [{ owner: 'Phòng Quản lý đô thị', due: '2027-04-15' }],
    ],
    [
      'the body asked finishes the work',
      'UBND huyện yêu cầu Trung tâm Phát triển quỹ đất hoàn tất việc chi trả bồi thường trước ngày 30/9/2027.',
      'deadline',
      [{ owner: 'Trung tâm Phát triển quỹ đất', due: '2027-09-29' }],
    ],
    [
      'a school assesses itself and sends the result',
      'Các trường mầm non tự đánh giá theo bộ tiêu chuẩn, gửi kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/5/2027.',
      'report',
      [
        {
          from: 'Các trường mầm non',
          to: 'Phòng Giáo dục và Đào tạo',
          period: 'once',
          due: '2027-05-19',
        },
      ],
    ],
    [
      'control: a self-managed team keeps its name',
      'Tổ tự quản an ninh trật tự khu phố 3 hoàn thành việc rà soát hộ tạm trú trước ngày 10/6/2027.',
      'deadline',
      [{ owner: 'Tổ tự quản an ninh trật tự khu phố 3', due: '2027-06-09' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('targets announced by "Cụ thể:" after a sentence naming them, or by "Mục tiêu … là", "Yêu cầu đặt ra là" (set 17 classes)', () => {
  it.each<Row>([
    [
      'a sentence naming the targets, then "Cụ thể:"',
      'Đây là những chỉ tiêu chính của Hội Nông dân xã trong năm 2027. Cụ thể: mỗi chi hội phát triển ít nhất 5 hội viên mới; 100% chi hội tổ chức sinh hoạt định kỳ.',
      'indicator',
      [
        { op: '>=', value: 5, unit: 'hội viên', year: '2027' },
        { op: '>=', value: 100, unit: '%', year: '2027' },
      ],
    ],
    [
      'a campaign\'s aim stated with "là"',
      'Mục tiêu của đợt ra quân năm 2027 là trên 90% hộ dân ký cam kết giữ gìn vệ sinh môi trường.',
      'indicator',
      [{ op: '>', value: 90, unit: '%', year: '2027' }],
    ],
    [
      'a requirement stated with "là", two values',
      'Yêu cầu đặt ra trong năm 2027 là 100% hồ sơ được số hóa; tỷ lệ hồ sơ giải quyết trễ hạn không quá 1%.',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2027' },
        { op: '<=', value: 1, unit: '%', year: '2027' },
      ],
    ],
    [
      'control: a result stated with "là" is none',
      'Kết quả năm 2026 là 87% hộ dân ký cam kết.',
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('"Cụ thể:" opening a paragraph lists the targets the paragraph before named (set 17 classes)', () => {
  it.each<Row>([
    [
      'the announcing sentence in its own paragraph',
      'Đây là chỉ tiêu Hội Cựu chiến binh huyện đặt ra cho đợt thi đua năm 2027.\nCụ thể: mỗi chi hội giúp đỡ ít nhất 2 hộ hội viên thoát nghèo; 100% chi hội có mô hình kinh tế tập thể.',
      'indicator',
      [
        { op: '>=', value: 2, unit: 'hộ', year: '2027' },
        { op: '>=', value: 100, unit: '%', year: '2027' },
      ],
    ],
    [
      'control: "Cụ thể:" after a paragraph of results gives no target',
      'Năm 2026, các chi hội đã giúp đỡ 45 hộ thoát nghèo.\nCụ thể: xã Hòa Bình 12 hộ, xã Tân An 15 hộ.',
      'indicator',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a lead-in naming a quarter with its year dates its targets (set 17 classes)', () => {
  it.each<Row>([
    [
      "a quarter's targets",
      'Chỉ tiêu quý III/2027: tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ hồ sơ trễ hạn dưới 2%.',
      'indicator',
      [
        { op: '>=', value: 80, unit: '%', year: '2027' },
        { op: '<', value: 2, unit: '%', year: '2027' },
      ],
    ],
    [
      'a quarter written with "năm"',
      'Mục tiêu quý 4 năm 2027: công suất sử dụng giường bệnh đạt 90%.',
      'indicator',
      [{ op: '>=', value: 90, unit: '%', year: '2027' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a time counted from polling day and written out ("…, tức là ngày D") is that day once (set 17 classes)', () => {
  it.each<Row>([
    [
      'the polling day in brackets with the month in words; a counted day written out',
      'Cuộc bầu cử diễn ra vào ngày bầu cử (Chủ nhật, ngày 21 tháng 3 năm 2027). Chậm nhất là 30 ngày trước ngày bầu cử, tức là ngày 19/02/2027, Ủy ban bầu cử ở xã công bố danh sách người ứng cử.',
      'deadline',
      [{ owner: 'Ủy ban bầu cử ở xã', due: '2027-02-19' }],
    ],
    [
      'a counted day after polling day, written out, sent to two bodies',
      'Ngày bầu cử là Chủ nhật, ngày 21/3/2027. Ban bầu cử gửi biên bản xác định kết quả đến Ủy ban bầu cử xã chậm nhất là 05 ngày sau ngày bầu cử, tức là chậm nhất ngày 26/3/2027.',
      'report',
      [{ from: 'Ban bầu cử', to: 'Ủy ban bầu cử xã', period: 'once', due: '2027-03-26' }],
    ],
    [
      'control: a counted time not written out is counted from the polling day',
      'Ngày bầu cử là Chủ nhật, ngày 21/3/2027. Tổ bầu cử niêm yết danh sách cử tri chậm nhất là 40 ngày trước ngày bầu cử.',
      'deadline',
      [{ owner: 'Tổ bầu cử', due: '2027-02-09' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('youth union committees ("Thành đoàn", "Huyện đoàn", "quận, huyện đoàn") and "Ủy ban bầu cử ở <level>" are bodies (set 17 classes)', () => {
  it.each<Row>([
    [
      "a district youth union sends to the province's",
      'Huyện đoàn Krông Pắc gửi danh sách đoàn viên ưu tú về Tỉnh đoàn trước ngày 15/5/2027.',
      'report',
      [{ from: 'Huyện đoàn Krông Pắc', to: 'Tỉnh đoàn', period: 'once', due: '2027-05-14' }],
    ],
    [
      'a heading naming the district unions, a report to the city union under it',
      '2. Các quận, huyện đoàn\n- Báo cáo kết quả ra quân Tháng Thanh niên về Thành đoàn trước ngày 20/3/2027.',
      'report',
      [{ from: 'Các quận, huyện đoàn', to: 'Thành đoàn', period: 'once', due: '2027-03-19' }],
    ],
    [
      'the election committee of a ward keeps "ở phường"',
      'Tổ bầu cử gửi biên bản kết quả kiểm phiếu đến Ủy ban bầu cử ở phường trước 17 giờ ngày 22/3/2027.',
      'report',
      [{ from: 'Tổ bầu cử', to: 'Ủy ban bầu cử ở phường', period: 'once', due: '2027-03-22' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a registration sent "về" a body, and a filing "nộp … cho" a body (also a tax or statistics office in lower case), are reports (set 17 classes)', () => {
  it.each<Row>([
    [
      'a registration of emulation targets sent to an office',
      'Các chi đoàn đăng ký chỉ tiêu thi đua về Văn phòng Đoàn trường trước ngày 15/10/2027.',
      'report',
      [{ from: 'Các chi đoàn', to: 'Văn phòng Đoàn trường', period: 'once', due: '2027-10-14' }],
    ],
    [
      'a return filed with the tax office that manages the filer',
      'Hộ kinh doanh nộp tờ khai thuế khoán năm 2028 cho cơ quan thuế quản lý trực tiếp chậm nhất ngày 15/12/2027.',
      'report',
      [{ to: 'cơ quan thuế quản lý trực tiếp', period: 'once', due: '2027-12-15' }],
    ],
    [
      'statements filed with two offices',
      'Công ty nộp báo cáo tài chính năm cho cơ quan thuế và cơ quan thống kê trước ngày 31/3/2028.',
      'report',
      [
        {
          from: 'Công ty',
          to: 'cơ quan thuế và cơ quan thống kê',
          period: 'once',
          due: '2028-03-30',
        },
      ],
    ],
    [
      'a filing with a named department after "cho"',
      'Chủ đầu tư nộp hồ sơ quyết toán dự án hoàn thành cho Sở Tài chính trước ngày 30/9/2027.',
      'report',
      [{ from: 'Chủ đầu tư', to: 'Sở Tài chính', period: 'once', due: '2027-09-29' }],
    ],
    [
      'a sending with its own day, then a report with its own, joined by "và"',
      'Các trường gửi kế hoạch về Phòng Giáo dục và Đào tạo trước ngày 15/9/2027 và báo cáo kết quả về Sở Giáo dục và Đào tạo chậm nhất ngày 30/12/2027.',
      'report',
      [
        { from: 'Các trường', to: 'Phòng Giáo dục và Đào tạo', period: 'once', due: '2027-09-14' },
        { from: 'Các trường', to: 'Sở Giáo dục và Đào tạo', period: 'once', due: '2027-12-30' },
      ],
    ],
    [
      'control: funds allotted to a body are no report',
      'Sở Tài chính cấp kinh phí cho UBND các huyện trước ngày 30/6/2027.',
      'report',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a sender after a law cited with a bracket, or after the case a duty is for; a recipient before "nơi …" (set 17 classes)', () => {
  it.each<Row>([
    [
      'a circular cited with a bracket holding a comma',
      'Theo Điều 12 Thông tư số 08/2027/TT-BYT (sửa đổi, bổ sung năm 2028), các cơ sở khám bệnh báo cáo Sở Y tế trước ngày 10/01/2029.',
      'report',
      [{ from: 'các cơ sở khám bệnh', to: 'Sở Y tế', period: 'once', due: '2029-01-09' }],
    ],
    [
      'the case a duty is for, then the body',
      'Đối với học sinh khuyết tật, các trường lập danh sách gửi về Phòng Giáo dục và Đào tạo trước ngày 30/9/2027.',
      'report',
      [{ from: 'các trường', to: 'Phòng Giáo dục và Đào tạo', period: 'once', due: '2027-09-29' }],
    ],
    [
      'a recipient named with the place it is at, above its report times',
      'Chủ đầu tư báo cáo tình hình thực hiện dự án đến Sở Xây dựng nơi có công trình theo thời hạn sau:\n- Báo cáo quý: trước ngày 15 tháng đầu quý sau.',
      'report',
      [{ from: 'Chủ đầu tư', to: 'Sở Xây dựng', period: 'quarterly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('"… với một số chỉ tiêu chủ yếu:" opens the targets of the text; a term ended before the one planned states results (set 17 classes)', () => {
  it.each<Row>([
    [
      'targets go on in the paragraph after the list',
      'Hội nghị thông qua nghị quyết năm 2027 với một số chỉ tiêu chủ yếu: tỷ lệ hộ nghèo giảm còn 1,5%.\nVề giáo dục, có trên 90% trường đạt chuẩn quốc gia; kết nạp từ 20 đảng viên trở lên/năm.',
      'indicator',
      [
        { op: '<=', value: 1.5, unit: '%', year: '2027' },
        { op: '>', value: 90, unit: '%', year: '2027' },
        { op: '>=', value: 20, unit: 'đảng viên', year: '2027' },
      ],
    ],
    [
      'the last term looked back on',
      'Đại hội Đảng bộ xã Tân Lập lần thứ XX, nhiệm kỳ 2027-2032 đề ra chỉ tiêu thu nhập bình quân đầu người đạt 90 triệu đồng.\nNhiệm kỳ 2022-2027, thu nhập bình quân đầu người của xã đạt 62 triệu đồng.',
      'indicator',
      [{ op: '>=', value: 90, unit: 'triệu đồng', year: '2032' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('how long a state lasts ("tiếp tục giữ … đến hết ngày D", "còn hiệu lực đến hết …") is no deadline (set 17 classes)', () => {
  it.each<Row>([
    [
      'a title kept until a day',
      'Các xã đã được công nhận tiếp tục giữ danh hiệu xã văn hóa đến hết ngày 31/12/2028.',
      'deadline',
      [],
    ],
    [
      'a permit valid until a day',
      'Giấy phép khai thác đã cấp còn hiệu lực đến hết ngày 30/6/2028.',
      'deadline',
      [],
    ],
    [
      'control: work finished by the end of a day stays a deadline',
      'UBND các xã hoàn thành rà soát hộ nghèo đến hết ngày 30/6/2027.',
      'deadline',
      [{ owner: 'UBND các xã', due: '2027-06-30' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a lead-in citing a document by its number still only announces the report times below it (set 17 classes)', () => {
  it.each<Row>([
    [
      'a circular cited in the lead-in of a schedule',
      'Theo Điều 8 Thông tư 12/2027/TT-BNV, các sở báo cáo về UBND tỉnh theo thời hạn sau:\n- Báo cáo 6 tháng: trước ngày 15/6;\n- Báo cáo năm: trước ngày 15/12.',
      'report',
      [
        { from: 'các sở', to: 'UBND tỉnh', period: 'half-yearly' },
        { from: 'các sở', to: 'UBND tỉnh', period: 'yearly' },
      ],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('a line that leaves a bracket open goes on in the next (set 17 classes)', () => {
  it.each<Row>([
    [
      'a channel cut after "(qua"',
      '3. UBND các xã, phường\n- Báo cáo tình hình tiêm phòng về Phòng Kinh tế (qua\nTrạm Chăn nuôi và Thú y) trước ngày 25 hằng tháng.',
      'report',
      [{ from: 'UBND các xã, phường', to: 'Phòng Kinh tế', period: 'monthly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the titles listed under "Bài viết liên quan:" are other pages, no duty (set 17 classes)', () => {
  it.each<Row>([
    [
      "a related article's title naming a report",
      'Các phòng gửi báo cáo về Văn phòng Sở trước ngày 10/6/2027.\nBài viết liên quan:\n- Hướng dẫn báo cáo thống kê định kỳ 6 tháng\n- Thời hạn nộp báo cáo quý',
      'report',
      [{ from: 'Các phòng', to: 'Văn phòng Sở', period: 'once', due: '2027-06-09' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
