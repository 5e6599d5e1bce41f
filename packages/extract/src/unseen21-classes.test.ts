/**
 * Issue 19's report classes met in the twenty-first unseen set, one table row per class: each
 * row is a text of the kind found on public directive pages (not a corpus text), with what a
 * careful reader draws from it.
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

describe('a recipient named in the first report of a sentence or list carries to the next (set 21 classes)', () => {
  check([
    [
      'a body written by its initials and level, then a weekly and a yearly report with none',
      'Các trạm y tế xã báo cáo ca bệnh nghi ngờ về CDC tỉnh ngay trong ngày; báo cáo tổng hợp vào thứ Hai hằng tuần và báo cáo năm trước ngày 15/12 hằng năm.',
      'report',
      [
        { from: 'Các trạm y tế xã', to: 'CDC tỉnh' },
        { from: 'Các trạm y tế xã', to: 'CDC tỉnh', period: 'weekly' },
        { from: 'Các trạm y tế xã', to: 'CDC tỉnh', period: 'yearly' },
      ],
    ],
    [
      'a team the council set up, named after a label, and an untimed report in the next item',
      'Đoàn kiểm tra của HĐND huyện đề nghị các xã thực hiện như sau:\n1. Hạn nộp: các xã nộp báo cáo về Đoàn kiểm tra trước ngày 10/3/2028.\n2. Đoàn kiểm tra làm việc tại một số xã; UBND các xã gửi bổ sung báo cáo ngay sau buổi làm việc.',
      'report',
      [
        { from: 'các xã', to: 'Đoàn kiểm tra', period: 'once', due: '2028-03-09' },
        { from: 'UBND các xã', to: 'Đoàn kiểm tra' },
      ],
    ],
  ]);
});

describe('a report timed by an undated event or at a council session (set 21 classes)', () => {
  check([
    [
      'a quick report after an event with no day, its recipient from the report before it',
      'Bộ đề nghị các tỉnh:\n- Theo dõi sát diễn biến bão, báo cáo về Văn phòng thường trực trước 16 giờ hằng ngày; báo cáo đánh giá thiệt hại ngay khi bão tan.',
      'report',
      [
        { from: 'các tỉnh', to: 'Văn phòng thường trực', period: 'daily' },
        { from: 'các tỉnh', to: 'Văn phòng thường trực' },
      ],
    ],
    [
      "reports at a council's sessions twice a year, and at one session",
      'UBND huyện báo cáo tiến độ thực hiện tại kỳ họp giữa năm và cuối năm của HĐND huyện. Ban Pháp chế báo cáo kết quả khảo sát tại Kỳ họp thứ mười của HĐND huyện.',
      'report',
      [
        { from: 'UBND huyện', to: 'HĐND huyện', period: 'half-yearly' },
        { from: 'Ban Pháp chế', to: 'HĐND huyện' },
      ],
    ],
  ]);
});

describe("a report's sender is the clause's own body, not another noun phrase (set 21 classes)", () => {
  check([
    [
      "a programme of the unit drafted by the bodies the sentence asks, the unit's own",
      'Ban Thường vụ Huyện đoàn đề nghị các chi đoàn xây dựng kế hoạch hoạt động của đơn vị, gửi về Huyện đoàn trước ngày 20/4/2028.',
      'report',
      [{ from: 'các chi đoàn', to: 'Huyện đoàn', period: 'once', due: '2028-04-19' }],
    ],
    [
      'the body that urges others sends the report after their own verb, and each month',
      'Các Phòng Y tế đôn đốc các trạm y tế rà soát danh sách, gửi báo cáo về Sở Y tế trước ngày 15/6/2028; hằng tháng, trước ngày 10, báo cáo tiến độ về Sở Y tế.',
      'report',
      [
        { from: 'Các Phòng Y tế', to: 'Sở Y tế', period: 'once', due: '2028-06-14' },
        { from: 'Các Phòng Y tế', to: 'Sở Y tế', period: 'monthly' },
      ],
    ],
    [
      "the districts named by their level after ';' over the subject of the clause before",
      'Các trạm y tế phường báo cáo số ca mắc về Trung tâm Y tế trước ngày 05/7/2028; các quận, huyện báo cáo kết quả đợt cao điểm về Sở Y tế trước ngày 30/7/2028.',
      'report',
      [
        { from: 'Các trạm y tế phường', to: 'Trung tâm Y tế', period: 'once', due: '2028-07-04' },
        { from: 'các quận, huyện', to: 'Sở Y tế', period: 'once', due: '2028-07-29' },
      ],
    ],
  ]);
});

describe("a task on a report's data is a deadline, not a report (set 21 classes)", () => {
  check([
    [
      'checking the data of a statistics report by a day',
      'Các trường trực thuộc kiểm tra, chốt dữ liệu báo cáo thống kê học kỳ I, hoàn thành trước ngày 20/01/2029.',
      'deadline',
      [{ owner: 'Các trường trực thuộc', due: '2029-01-19' }],
    ],
  ]);
});

describe("a clause after ';' with its own body and verb is that body's (set 21 classes)", () => {
  check([
    [
      'a team works with some units, then the units send an untimed report',
      'Tổ công tác làm việc với một số trường; các trường bổ sung báo cáo về Phòng Giáo dục và Đào tạo ngay sau buổi làm việc.',
      'report',
      [{ from: 'các trường', to: 'Phòng Giáo dục và Đào tạo' }],
    ],
  ]);
});

describe('dates that are no deadlines: an event held on a day, a visit within a month, a past completion, a target year (set 21 classes)', () => {
  check([
    [
      'a pilot meeting held on a day, then the rest bounded by a day',
      'Hội nghị điểm: Chi đoàn Phòng Kế toán tổ chức hội nghị vào ngày 09/3/2028. Chi đoàn Phòng Nhân sự hoàn thành hội nghị trước ngày 31/3/2028.',
      'deadline',
      [{ owner: 'Chi đoàn Phòng Nhân sự', due: '2028-03-30' }],
    ],
    [
      'a team visits some communes within a month, the dates to be announced',
      'Tổ công tác làm việc trực tiếp với một số xã trong tháng 5/2031 (lịch cụ thể thông báo sau).',
      'deadline',
      [],
    ],
    [
      'a past clean-up told in a news item, finished before a day',
      'Sau trận bão đầu tháng 9/2028, thị xã đã huy động 1.500 người dọn 20 tấn cây đổ, thu dọn xong trước ngày 12/9/2028.',
      'deadline',
      [],
    ],
    [
      'a year a body strives to meet a figure by is the figure’s year',
      'Sở Nông nghiệp yêu cầu tiêm phòng đầy đủ đàn gia súc; phấn đấu đến cuối năm 2030 khống chế tỷ lệ mắc dưới 2 ca/1.000 con, không để dịch lan rộng.',
      'deadline',
      [],
    ],
  ]);
});

describe('a second target in the same words, and a bare share a request demands (set 21 classes)', () => {
  check([
    [
      'a share of hamlets and the rounds each is to hold at least, within a month',
      'II. CHỈ TIÊU\n1. 100% tổ dân phố tổ chức dọn vệ sinh ít nhất 03 đợt trong tháng 4/2029.',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2029' },
        { op: '>=', value: 3, unit: 'đợt', year: '2029' },
      ],
    ],
    [
      'a bare share after a request’s label and its colon',
      'Yêu cầu đến hết năm 2030: 100% trạm y tế xã kết nối hồ sơ sức khỏe điện tử.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2030' }],
    ],
    [
      'a bare share a few words into the requested action, beside how fast',
      'Sở Nông nghiệp yêu cầu giám sát chặt chẽ, tiêu hủy 100% gia súc mắc bệnh trong vòng 24 giờ.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%' }],
    ],
  ]);
});

describe("a previous term's or event's result and the present state are no targets (set 21 classes)", () => {
  check([
    [
      'a clause opening with the previous term states its result',
      'Hội phấn đấu đến năm 2030 có 90% hội viên tham gia sinh hoạt thường xuyên; nhiệm kỳ trước con số này đạt 86,4%.',
      'indicator',
      [{ op: '>=', value: 90, unit: '%', year: '2030' }],
    ],
    [
      'a clause opening with the previous survey states its result',
      'Xã phấn đấu năm 2029 có 95% hộ dân dùng nước sạch; đợt khảo sát trước tỷ lệ này đạt 88%.',
      'indicator',
      [{ op: '>=', value: 95, unit: '%', year: '2029' }],
    ],
    [
      'a present count of units after "hiện nay chỉ có"',
      'Tỉnh phấn đấu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới; hiện nay chỉ có 12/20 xã đạt.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2030' }],
    ],
    [
      'a present share after "hiện mới đạt"',
      'Huyện phấn đấu đến năm 2028 có 80% trường học đạt chuẩn quốc gia; hiện mới đạt 55%.',
      'indicator',
      [{ op: '>=', value: 80, unit: '%', year: '2028' }],
    ],
  ]);
});

describe('a past result, then a clause of its own time that aims, gives that target (set 21 classes)', () => {
  check([
    [
      'the past year at the sentence start, the aim with its year after a semicolon',
      'Năm vừa qua, tỷ lệ tiêm chủng đạt 93%; năm 2029 phấn đấu đạt trên 97%.',
      'indicator',
      [{ op: '>', value: 97, unit: '%', year: '2029' }],
    ],
    [
      "a year's result, then the next year's aim after a comma",
      'Năm 2028 tỷ lệ hộ dùng nước sạch đạt 88%, năm 2029 phấn đấu đạt 92%.',
      'indicator',
      [{ op: '>=', value: 92, unit: '%', year: '2029' }],
    ],
    [
      "the previous term's count, then this term's aim with no year",
      'Nhiệm kỳ trước kết nạp 120 đảng viên; nhiệm kỳ này phấn đấu kết nạp ít nhất 150 đảng viên.',
      'indicator',
      [{ op: '>=', value: 150, unit: 'đảng viên' }],
    ],
    [
      'the past year with its comma, an aim set with "đặt mục tiêu" after a semicolon',
      'Năm vừa qua, toàn huyện trồng mới 350 ha rừng; năm 2029 huyện đặt mục tiêu trồng mới ít nhất 400 ha rừng.',
      'indicator',
      [{ op: '>=', value: 400, unit: 'ha', year: '2029' }],
    ],
  ]);
});

describe("a plan's own targets with no year take the year the plan is dated in (set 21 classes)", () => {
  check([
    [
      'a ward plan dated above its title, its targets heading naming no year',
      'ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 27/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Bình, ngày 04 tháng 3 năm 2029\nKẾ HOẠCH\nHưởng ứng Ngày Nước thế giới\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức của người dân về tiết kiệm nước.\nII. CHỈ TIÊU\n1. Tỷ lệ hộ dân sử dụng nước sạch đạt từ 98% trở lên.\n2. Nạo vét ít nhất 3.500 mét kênh mương nội đồng.\nIII. TỔ CHỨC THỰC HIỆN\n1. Đoàn Thanh niên phường ra quân nạo vét kênh mương, hoàn thành trước ngày 30/4/2029.',
      'indicator',
      [
        { op: '>=', value: 98, unit: '%', year: '2029' },
        { op: '>=', value: 3500, unit: 'mét', year: '2029' },
      ],
    ],
    [
      'a plan dated in December may be for the next year: no year is guessed',
      'ỦY BAN NHÂN DÂN\nXÃ HÒA TÂN\nSố: 150/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Tân, ngày 20 tháng 12 năm 2028\nKẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn vật nuôi\nI. CHỈ TIÊU\n1. Tỷ lệ tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò đạt trên 85%.',
      'indicator',
      [{ op: '>', value: 85, unit: '%' }],
    ],
  ]);
});

describe("an election text's targets with no year are for that election (set 21 classes)", () => {
  check([
    [
      'a polling day written with "là", the turnout target after it',
      'Theo kế hoạch, ngày bầu cử đại biểu HĐND huyện khóa mới là Chủ nhật, ngày 16/3/2031. Huyện phấn đấu tỷ lệ cử tri tham gia bỏ phiếu đạt từ 98,5% trở lên.',
      'indicator',
      [{ op: '>=', value: 98.5, unit: '%', year: '2031' }],
    ],
    [
      'a polling day in brackets, a page stamped the year before',
      'Ngày đăng: 20/12/2030\nỦy ban bầu cử thị xã họp triển khai nhiệm vụ, tính đến ngày bầu cử (Chủ nhật, ngày 9 tháng 3 năm 2031). Thị xã phấn đấu có trên 99% cử tri đi bầu.',
      'indicator',
      [{ op: '>', value: 99, unit: '%', year: '2031' }],
    ],
  ]);
});
