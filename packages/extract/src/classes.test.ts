/**
 * Issue 19's wording classes, one table row per class: each row is a sentence of the kind found on
 * public directive pages (not a corpus text), with what a careful reader draws from it.
 */
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { formatReview } from './review.js';
import type { ExtractItem } from './types.js';
import { FIELDS, fieldsOf, itemsOf } from './test-support/items.js';

describe('numbers in context', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a count with a thousands dot is not a year',
      'II. CÁC CHỈ TIÊU NĂM 2026\n- Giải quyết việc làm mới cho 2.030 lao động.\n- Trồng mới 1.995 ha rừng.',
      [
        { op: '>=', value: 2030, unit: 'lao động', year: '2026' },
        { op: '>=', value: 1995, unit: 'ha', year: '2026' },
      ],
    ],
    [
      'a term of office and an ordinal are not targets',
      'CHỈ TIÊU CHỦ YẾU\nNgày 10/12, HĐND xã nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 12 quyết định các chỉ tiêu năm 2026: tỷ lệ hộ nghèo giảm còn dưới 1,2%.',
      [{ op: '<', value: 1.2, unit: '%', year: '2026' }],
    ],
    [
      'lettered sub-items ("a.") under a numbered lead-in are targets of its period',
      '2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030:\na. Tốc độ tăng trưởng kinh tế bình quân đạt 9 - 10%/năm.\nb. Tỷ lệ đô thị hóa đạt khoảng 45%.',
      [
        { op: 'between', min: 9, max: 10, unit: '%/năm', year: '2030' },
        { op: 'approx', value: 45, unit: '%', year: '2030' },
      ],
    ],
    [
      'a yearly rate after "hằng năm" is a value, not a year',
      'II. CÁC CHỈ TIÊU ĐẾN NĂM 2030\n(1) Tốc độ tăng thu ngân sách bình quân hằng năm 12 - 13%.',
      [{ op: 'between', min: 12, max: 13, unit: '%', year: '2030' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('lead-ins that are not headings', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a capitalised headline naming targets is the page's, and past results under it are not targets",
      'NHIỀU CHỈ TIÊU CỦA XÃ VƯỢT KẾ HOẠCH\nThứ Ba, 17/12/2024, 09:10 [GMT+7]\nNăm 2024, thu ngân sách xã đạt 38 tỷ đồng, đạt 112%.\nNăm 2025, xã phấn đấu: thu ngân sách tăng 8%; có thêm ít nhất 3 sản phẩm OCOP.',
      [
        { op: '>=', value: 8, unit: '%', year: '2025' },
        { op: '>=', value: 3, unit: 'sản phẩm OCOP', year: '2025' },
      ],
    ],
    [
      'unmarked "Name: value" lines after a paragraph ending in ":" are its items',
      'Kế hoạch phát triển kinh tế - xã hội năm 2026\nUBND tỉnh giao chỉ tiêu tăng trưởng cho từng địa phương. Cụ thể:\nHuyện Đông Sơn: 9,5%; huyện Tây Sơn: 10%.\nThị xã Nam Hà: 11%.',
      [
        { op: '>=', value: 9.5, unit: '%', year: '2026' },
        { op: '>=', value: 10, unit: '%', year: '2026' },
        { op: '>=', value: 11, unit: '%', year: '2026' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('reports as a noun subject, recipients named once', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the recipient named on the first item of a series goes to the next ones',
      'KẾ HOẠCH NĂM 2026\nIII. CHẾ ĐỘ BÁO CÁO\n1. UBND các xã, phường:\n- Báo cáo quý gửi Phòng Nội vụ trước ngày 10 của tháng cuối quý;\n- Báo cáo năm gửi trước ngày 05 tháng 12 hằng năm.',
      [
        { from: 'UBND các xã, phường', to: 'Phòng Nội vụ', period: 'quarterly' },
        { from: 'UBND các xã, phường', to: 'Phòng Nội vụ', period: 'yearly' },
      ],
    ],
    [
      'the sender after "của", the channel after "thông qua", an object before the recipient',
      'Cập nhật: 04/03/2024 08:00\nTheo đó, báo cáo tình hình tháng của các phòng, ban gửi về UBND huyện thông qua Văn phòng HĐND - UBND trước ngày 20 hằng tháng. UBND các xã báo cáo tiến độ hằng quý về UBND huyện.',
      [
        { from: 'các phòng, ban', to: 'UBND huyện', period: 'monthly' },
        { from: 'UBND các xã', to: 'UBND huyện', period: 'quarterly' },
      ],
    ],
    [
      'a cited report and a data cut-off are not duties to report',
      'Theo báo cáo chính trị tại đại hội, các chỉ tiêu cơ bản đạt. Số liệu báo cáo năm tính đến ngày 30 tháng 11.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report').map(({ from, to, period }) => ({ from, to, period }))).toEqual(
      expected,
    );
  });
});

describe('who a deadline belongs to', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the owner after an opening deadline phrase',
      'Hà Nội, ngày 02 tháng 4 năm 2026\nChậm nhất ngày 20/4/2026, Tổ bầu cử niêm yết danh sách cử tri.',
      [{ owner: 'Tổ bầu cử', due: '2026-04-20' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('--review says where an item came from', () => {
  it('names the lead-in, the frame and the item a recipient was taken from', () => {
    const text =
      'KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\nIII. CHẾ ĐỘ BÁO CÁO\n1. UBND các xã, phường:\n- Báo cáo quý gửi Phòng Nội vụ trước ngày 10 của tháng cuối quý;\n- Báo cáo năm gửi trước ngày 05 tháng 12 hằng năm.';
    const review = formatReview(extractDirective(text), 'vi');
    expect(review).toContain('UBND các xã, phường:');
    expect(review).toContain('target year 2026');
    expect(review).toContain('recipient from «Báo cáo quý gửi Phòng Nội vụ');
  });

  it.each<[string, string, string]>([
    [
      'an announcement in running text',
      'Theo đó, nghị quyết đề ra một số chỉ tiêu chủ yếu trong năm 2025. Cụ thể như: thu ngân sách đạt 900 tỷ đồng.',
      'targets announced in «Theo đó, nghị quyết đề ra một số chỉ tiêu chủ yếu trong năm 2025»',
    ],
    [
      'a paragraph of a future year',
      'Về xã hội: Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%; tỷ lệ hộ nghèo dưới 1%.',
      'targets of the year the paragraph names: 2030',
    ],
    [
      'the sentence before',
      'Cập nhật: 02/04/2024 10:00\nGiao các sở, ngành báo cáo tình hình giải ngân. Yêu cầu gửi báo cáo về Sở Tài chính trước ngày 12/4/2024.',
      'subject from the sentence before',
    ],
    [
      'the body that asked',
      'Cập nhật: 02/04/2024 10:00\nSở Tài chính có công văn gửi các đơn vị đề nghị chậm nhất ngày 20/4/2024 phải báo cáo số dư tạm ứng.',
      'recipient is the body that asked: Sở Tài chính',
    ],
    [
      'the fields of a report',
      'Điều 5. Báo cáo công tác dân tộc\n1. Cơ quan thực hiện: UBND các huyện.\n2. Cơ quan nhận báo cáo: Ban Dân tộc tỉnh.\n3. Thời hạn gửi báo cáo: báo cáo năm gửi chậm nhất ngày 20 tháng 12 hằng năm.',
      'sender and recipient from «Cơ quan thực hiện: UBND các huyện.» «Cơ quan nhận báo cáo: Ban Dân tộc tỉnh.»',
    ],
    [
      'a timetable cell',
      'Theo kế hoạch, các mốc thời gian chính như sau:\n\nMốc thời gian (chậm nhất)\n\nCông việc phải hoàn thành\n\n04/01/2026\n\nThành lập Ban bầu cử',
      'due from the cell «04/01/2026»',
    ],
  ])('names %s', (_, text, expected) => {
    expect(formatReview(extractDirective(text), 'vi')).toContain(expected);
  });
});

/** Reports and deadlines of the third held-out set's classes (issue 19): fields a reader draws. */
const duties = (text: string): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind !== 'indicator')
    .map((i) => ({ kind: i.kind, ...fieldsOf(i) }));

describe('who sends, who receives', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a name a comma interrupts is one name; a recipient named by its role; the sender after "Thời hạn"',
      'Quy định về thời hạn báo cáo của ngành du lịch\n(1) Thời hạn các cơ quan, tổ chức, doanh nghiệp gửi báo cáo định kỳ đến cơ quan, đơn vị nhận báo cáo:\n- Chậm nhất ngày 10 của tháng cuối quý đối với báo cáo định kỳ hằng quý;\n(2) Các sở, đơn vị thuộc Bộ nhận báo cáo định kỳ có trách nhiệm tổng hợp và gửi báo cáo về Bộ Văn hóa, Thể thao và Du lịch (qua Vụ Kế hoạch, Tài chính):\n- Chậm nhất ngày 15 của tháng cuối quý đối với báo cáo định kỳ hằng quý.',
      [
        {
          kind: 'report',
          from: 'các cơ quan, tổ chức, doanh nghiệp',
          to: 'cơ quan, đơn vị nhận báo cáo',
          period: 'quarterly',
        },
        {
          kind: 'report',
          from: 'Các sở, đơn vị thuộc Bộ nhận báo cáo định kỳ',
          to: 'Bộ Văn hóa, Thể thao và Du lịch',
          period: 'quarterly',
        },
      ],
    ],
    [
      'a sentence with no subject goes on with the subject before it',
      'Ngày đăng: 05/03/2024 | Lượt xem: 120\nGiao các sở, ngành; UBND các huyện báo cáo tình hình giải ngân theo đề nghị của Bộ Tài chính. Yêu cầu gửi báo cáo về Sở Tài chính trước ngày 12/3/2024.',
      [
        {
          kind: 'report',
          from: 'các sở, ngành; UBND các huyện',
          to: 'Sở Tài chính',
          period: 'once',
          due: '2024-03-11',
        },
      ],
    ],
    [
      'the body asked is the sender, and the report goes back to the body that asked',
      'Thứ Hai, 08/01/2024 09:15\nNgày 20.12.2023, Sở Tài chính có công văn gửi các đơn vị đề nghị chậm nhất ngày 29.12.2023 phải báo cáo số dư tạm ứng. Đến ngày 5.1, Sở vẫn chưa nhận được báo cáo của một số đơn vị.',
      [
        {
          kind: 'report',
          from: 'các đơn vị',
          to: 'Sở Tài chính',
          period: 'once',
          due: '2023-12-29',
        },
      ],
    ],
    [
      'the sender after "yêu cầu" may be people or units; a purpose after "để" is not a recipient',
      'Cập nhật: 02/04/2024 10:00\nChủ tịch UBND tỉnh yêu cầu giám đốc các sở và chủ tịch UBND các huyện rà soát các nhiệm vụ quá hạn, báo cáo kết quả về Chủ tịch UBND tỉnh trước ngày 20.4.2024 để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      [
        {
          kind: 'report',
          from: 'giám đốc các sở và chủ tịch UBND các huyện',
          to: 'Chủ tịch UBND tỉnh',
          period: 'once',
          due: '2024-04-19',
        },
      ],
    ],
    [
      'a drafted document named "Báo cáo …" is not the duty; the "báo cáo X trước ngày D" after it is',
      'Cập nhật: 10/11/2024 15:20\nChủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành xây dựng dự thảo Báo cáo tổng kết công tác thi đua, khen thưởng, báo cáo UBND tỉnh trước ngày 25/11/2024 để xem xét, báo cáo Bộ Nội vụ.',
      [{ kind: 'report', from: 'Sở Nội vụ', to: 'UBND tỉnh', period: 'once', due: '2024-11-24' }],
    ],
    [
      'a report described field by field: "Cơ quan thực hiện", "Cơ quan nhận báo cáo", then its times',
      'Điều 5. Báo cáo công tác dân tộc\n1. Cơ quan thực hiện: UBND các huyện, thành phố.\n2. Cơ quan nhận báo cáo: Ban Dân tộc tỉnh.\n3. Thời hạn gửi báo cáo: báo cáo 6 tháng gửi chậm nhất ngày 20 tháng 6; báo cáo năm gửi chậm nhất ngày 20 tháng 12 hằng năm.',
      [
        {
          kind: 'report',
          from: 'UBND các huyện, thành phố',
          to: 'Ban Dân tộc tỉnh',
          period: 'half-yearly',
        },
        {
          kind: 'report',
          from: 'UBND các huyện, thành phố',
          to: 'Ban Dân tộc tỉnh',
          period: 'yearly',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(duties(text)).toEqual(expected);
  });
});

describe('which date is whose', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a passed deadline restated in a reminder is still the duty; a status "đến ngày D … mới" is not',
      'Đôn đốc báo cáo kết quả rà soát hộ nghèo\nTHỨ BA, 14/05/2024 08:30:10\nTrước đó, Sở Lao động - Thương binh và Xã hội đề nghị UBND các huyện hoàn thành rà soát trong tháng 4 năm 2024 và gửi kết quả về Sở để tổng hợp báo cáo UBND tỉnh. Đến ngày 13/5/2024 Sở mới nhận được kết quả của 3/9 huyện.',
      [
        { kind: 'deadline', owner: 'UBND các huyện', due: '2024-04-30' },
        { kind: 'report', from: 'UBND các huyện', to: 'Sở' },
      ],
    ],
    [
      'an owner ends before "trên cơ sở …" and "sau khi …"; a person can be an owner',
      'Hà Nội, ngày 01 tháng 3 năm 2026\n- Ủy ban bầu cử ở xã, trên cơ sở đề nghị của Ủy ban nhân dân cùng cấp, công bố danh sách đơn vị bầu cử chậm nhất là ngày 10 tháng 3 năm 2026.\n- Người ứng cử nộp hồ sơ chậm nhất là 17 giờ 00 ngày 20 tháng 3 năm 2026.',
      [
        { kind: 'deadline', owner: 'Ủy ban bầu cử ở xã', due: '2026-03-10' },
        { kind: 'deadline', owner: 'Người ứng cử', due: '2026-03-20' },
      ],
    ],
    [
      'a dossier completed and submitted is a report; the year of a yearless day is the page’s',
      'Hoàn thiện hồ sơ xã nông thôn mới nâng cao trước ngày 15.10\nTHỨ NĂM, 04/07/2024 10:12:00\nCác xã thành lập tổ tự đánh giá, thời gian xong trước ngày 31.7. UBND các xã hoàn thiện hồ sơ trình UBND huyện trước ngày 15.10.',
      [
        { kind: 'deadline', owner: 'Các xã', due: '2024-07-30' },
        {
          kind: 'report',
          from: 'UBND các xã',
          to: 'UBND huyện',
          period: 'once',
          due: '2024-10-14',
        },
      ],
    ],
    [
      'a timetable flattened to one cell a paragraph: each task is due on the date above it',
      [
        'Thứ Hai, 12/01/2026 08:00',
        'Các mốc thời gian bầu cử',
        'Thứ Hai - 05/01/2026 16:40',
        'Theo kế hoạch, các mốc thời gian chính như sau:',
        'STT',
        'Mốc thời gian\n(chậm nhất)',
        'Công việc phải hoàn thành',
        '1',
        '04/01/2026',
        '(70 ngày trước ngày bầu cử)',
        'Thành lập Ban bầu cử',
        '2',
        'Khoảng 10/01/2026 đến 15/01/2026',
        '(60 ngày trước ngày bầu cử)',
        'Các xã gửi danh sách tổ bầu cử về Ủy ban bầu cử huyện',
      ].join('\n\n'),
      [
        { kind: 'deadline', due: '2026-01-04' },
        {
          kind: 'report',
          from: 'Các xã',
          to: 'Ủy ban bầu cử huyện',
          period: 'once',
          due: '2026-01-15',
        },
      ],
    ],
    [
      'a table row: the owner after the task’s title, and "quyết định." is a verb, not a document’s name',
      'Kế hoạch bầu cử năm 2026\nTT | Nội dung công việc | Số ngày trước ngày bầu cử | Ngày chậm nhất phải hoàn thành\n1 | Thành lập Ủy ban bầu cử ở xã: UBND xã quyết định. | 105 ngày | 30/11/2025\n2 | Triển khai công tác bầu cử ở xã: UBND xã mở hội nghị triển khai. | | 15/12/2025',
      [
        { kind: 'deadline', owner: 'UBND xã', due: '2025-11-30' },
        { kind: 'deadline', owner: 'UBND xã', due: '2025-12-15' },
      ],
    ],
    [
      'half-year and whole-year reports with days of "the reporting year" recur; data cut-offs are not duties',
      'II. CÁC CƠ SỞ IN THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nMột năm 2 kỳ báo cáo (báo cáo 6 tháng đầu năm và báo cáo cả năm).\n1. Số liệu báo cáo cả năm tính từ ngày 01/01 đến ngày 31/12 của năm báo cáo.\n2. Thời hạn gửi báo cáo:\n- Báo cáo 6 tháng đầu năm gửi trước ngày 15/7 của năm báo cáo;\n- Báo cáo cả năm gửi trước ngày 15/01 của năm liền kề năm báo cáo.',
      [
        { kind: 'report', from: 'Các cơ sở in', period: 'half-yearly' },
        { kind: 'report', from: 'Các cơ sở in', period: 'yearly' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(duties(text)).toEqual(expected);
  });
});

describe('targets announced in running text', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'after "đề ra … chỉ tiêu … Cụ thể như:" the running sentences state targets, of the year the announcement names',
      'Hà Giang: HĐND tỉnh thông qua kế hoạch phát triển kinh tế - xã hội năm 2025\nTheo đó, nghị quyết đề ra một số chỉ tiêu chủ yếu của tỉnh trong năm 2025. Cụ thể như: tốc độ tăng trưởng GRDP đạt 7-8%; thu ngân sách nhà nước đạt 3.200 tỷ đồng. Về nông thôn mới, phấn đấu có 5 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nâng cao.\nHĐND tỉnh đề nghị các cấp, các ngành thực hiện quyết liệt 10 nhóm giải pháp.',
      [
        { op: 'between', min: 7, max: 8, unit: '%', year: '2025' },
        { op: '>=', value: 3200, unit: 'tỷ đồng', year: '2025' },
        { op: '>=', value: 5, unit: 'xã', year: '2025' },
        { op: '>=', value: 3, unit: 'xã', year: '2025' },
      ],
    ],
    [
      'a paragraph of "Đến năm N, …" states that year’s targets, its first sentence too; results are not targets',
      'Về kinh tế: Tốc độ tăng trưởng bình quân 5 năm đạt khoảng 7 - 7,5%/năm. Đến năm 2030, tỷ lệ đô thị hóa khoảng 50%; có 12 bác sĩ và 35 giường bệnh/1 vạn dân; tuổi thọ trung bình đạt khoảng 75 tuổi; Chỉ số phát triển con người (HDI) đạt khoảng 0,8.\nNăm 2024, thu ngân sách ước đạt 2.100 tỷ đồng, tăng 9% so với cùng kỳ.',
      [
        { op: 'between', min: 7, max: 7.5, unit: '%/năm', year: '2030' },
        { op: 'approx', value: 50, unit: '%', year: '2030' },
        { op: '>=', value: 12, unit: 'bác sĩ', year: '2030' },
        { op: '>=', value: 35, unit: 'giường bệnh/1 vạn dân', year: '2030' },
        { op: 'approx', value: 75, unit: 'tuổi', year: '2030' },
        { op: 'approx', value: 0.8, year: '2030' },
      ],
    ],
    [
      'percentage points are a unit; a count of criteria names a standard',
      'Kế hoạch năm 2026\nCác chỉ tiêu chủ yếu gồm: tỷ lệ hộ nghèo giảm 0,5 - 1 điểm %. Có thêm 4 xã đạt 19 tiêu chí nông thôn mới.',
      [
        { op: 'between', min: 0.5, max: 1, unit: 'điểm %', year: '2026' },
        { op: '>=', value: 4, unit: 'xã', year: '2026' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('target lists under a title or a lead-in that names targets (set 4 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a non-capitalised title naming targets, "Về …:" labels and "(n) Name: value" items',
      'Mục tiêu phấn đấu của phường giai đoạn 2025 - 2030\n- Về kinh tế:\n(1) Tốc độ tăng thu ngân sách trên địa bàn bình quân/năm: trên 12%.\n(2) Thu nhập bình quân đầu người đến năm 2030: 95 triệu đồng/năm.\n- Về xã hội:\n(3) Tỷ lệ hộ gia đình văn hóa: 95%; tổ dân phố văn hóa: 90%.\n(4) Số trường đạt chuẩn quốc gia: 06 trường.',
      [
        { op: '>', value: 12, unit: '%', year: '2030' },
        { op: '>=', value: 95, unit: 'triệu đồng/năm', year: '2030' },
        { op: '>=', value: 95, unit: '%', year: '2030' },
        { op: '>=', value: 90, unit: '%', year: '2030' },
        { op: '>=', value: 6, unit: 'trường', year: '2030' },
      ],
    ],
    [
      'a title that reports results opens no target scope',
      'Các chỉ tiêu của xã năm 2025 đều vượt kế hoạch\n(1) Thu ngân sách trên địa bàn: 38 tỷ đồng.\n(2) Tỷ lệ hộ nghèo: 1,2%.',
      [],
    ],
    [
      'a count of a whole ("2/3 trường học") is a count; a count to build is a target',
      'Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra các chỉ tiêu, như: xây dựng 2/3 trường học đạt chuẩn quốc gia; phát triển mới 15 doanh nghiệp; tỷ lệ hộ nghèo giảm còn dưới 1,5%.',
      [
        { op: '>=', value: 2, unit: 'trường học', year: '2030' },
        { op: '>=', value: 15, unit: 'doanh nghiệp', year: '2030' },
        { op: '<', value: 1.5, unit: '%', year: '2030' },
      ],
    ],
    [
      'a title that starts with "Mục tiêu" over numbered "Name: value" items',
      'Mục tiêu cụ thể đến năm 2030\n1. Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử: 95%.\n2. Tỷ lệ xã đạt tiêu chí quốc gia về y tế: 100%.',
      [
        { op: '>=', value: 95, unit: '%', year: '2030' },
        { op: '>=', value: 100, unit: '%', year: '2030' },
      ],
    ],
    [
      'lettered "Về …:" items; a value that opens its clause and is named after it keeps its own reading',
      'Đại hội đề ra 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó:\na) Về xã hội: tỷ lệ hộ nghèo dưới 0,5%; 100% trường học đạt chuẩn quốc gia.\nb) Về xây dựng Đảng: hằng năm kết nạp từ 15 đảng viên trở lên.',
      [
        { op: '<', value: 0.5, unit: '%', year: '2030' },
        { op: '>=', value: 100, unit: '%', year: '2030' },
        { op: '>=', value: 15, unit: 'đảng viên', year: '2030' },
      ],
    ],
    [
      'a school year ("Năm học 2026 - 2027, … phấn đấu:") gives its targets the year it ends in',
      'Năm học 2026 - 2027, ngành giáo dục huyện phấn đấu: tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; có thêm 3 trường đạt chuẩn quốc gia; tỷ lệ học sinh lên lớp thẳng trên 98%.',
      [
        { op: '>=', value: 100, unit: '%', year: '2027' },
        { op: '>=', value: 3, unit: 'trường', year: '2027' },
        { op: '>', value: 98, unit: '%', year: '2027' },
      ],
    ],
    [
      'what a sentence strives for ("phấn đấu") is a target, of the period the sentence opens with',
      'Giai đoạn 2026 - 2030, huyện phấn đấu tốc độ tăng trưởng bình quân 9%/năm; đến năm 2030 thu nhập bình quân đạt 110 triệu đồng/người. Năm 2025, thu ngân sách huyện đạt 320 tỷ đồng.',
      [
        { op: '>=', value: 9, unit: '%/năm', year: '2026-2030' },
        { op: '>=', value: 110, unit: 'triệu đồng/người', year: '2030' },
      ],
    ],
    [
      'the period written before a sentence’s first value is the year of each of its clauses',
      'Về chỉ tiêu xã hội: phấn đấu đến năm 2030 có 95% dân số tham gia bảo hiểm y tế; tỷ lệ lao động qua đào tạo đạt 80%.',
      [
        { op: '>=', value: 95, unit: '%', year: '2030' },
        { op: '>=', value: 80, unit: '%', year: '2030' },
      ],
    ],
    [
      'numbered items glued to each other after a lead-in in one paragraph ("… 8%.2. Tỷ lệ …")',
      'Các chỉ tiêu chủ yếu năm 2027: 1. Tốc độ tăng trưởng kinh tế đạt 8%.2. Tỷ lệ che phủ rừng 52%.3. Tạo việc làm mới cho 1.500 lao động.',
      [
        { op: '>=', value: 8, unit: '%', year: '2027' },
        { op: '>=', value: 52, unit: '%', year: '2027' },
        { op: '>=', value: 1500, unit: 'lao động', year: '2027' },
      ],
    ],
    [
      'a day ("ngày 15/10") inside a target list is no count',
      'Các chỉ tiêu chủ yếu năm 2026\n(1) Tỷ lệ tiêm chủng đầy đủ tính đến ngày 15/10 hằng năm: 98%.',
      [{ op: '>=', value: 98, unit: '%', year: '2026' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });

  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a standard to reach by a year, joined to a target by "và", is a deadline with no owner',
      'Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra các chỉ tiêu, như: tỷ lệ lao động qua đào tạo đạt 75% và đạt chuẩn nông thôn mới kiểu mẫu vào năm 2028.',
      [{ due: '2028-12-31' }],
    ],
    [
      'a numbered item "Đến năm N …" that reaches a standard is a deadline; one with no year is not',
      'Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)\n(1) Đến năm 2030 xây dựng phường đạt chuẩn đô thị văn minh.\n(2) Duy trì xã đạt chuẩn quốc gia về y tế.',
      [{ due: '2030-12-31' }],
    ],
    [
      'a standard reached in a past year is history, not a deadline',
      'Hà Nam, ngày 10 tháng 12 năm 2025\nCác chỉ tiêu chủ yếu năm 2026: tỷ lệ hộ nghèo dưới 1%; xã đã đạt chuẩn nông thôn mới vào năm 2019.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('programmes, school years, the body reminded, a duty restated (set 4 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a lower-case "đề án" is what a duty is about, not a programme’s name',
      'Hà Nội, ngày 05 tháng 3 năm 2026\nSở Nội vụ hoàn thành 3 đề án thành phần nêu trên trong quý 2/2026.',
      [{ owner: 'Sở Nội vụ', due: '2026-06-30' }],
    ],
    [
      'a capitalised "Đề án" with its period is a name: no deadline',
      'Hà Nội, ngày 05 tháng 3 năm 2026\nSở Nội vụ triển khai Đề án phát triển đội ngũ công chức giai đoạn 2026 - 2030.',
      [],
    ],
    [
      'a text with no year of its own about a school year: autumn days fall in its first year, spring days in its second',
      'Ngày 20/9, Sở GD&ĐT gửi văn bản về việc thống kê đầu năm học 2026 - 2027.\nPhòng GD&ĐT nhắc nhở các trường hoàn thành việc cập nhật dữ liệu trước ngày 05/10.\nCác trường hoàn thành sơ kết học kỳ I chậm nhất ngày 15/01.',
      [
        { owner: 'các trường', due: '2026-10-04' },
        { owner: 'Các trường', due: '2027-01-15' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(
      itemsOf(text, 'deadline').map(({ owner, due }) => (owner ? { owner, due } : { due })),
    ).toEqual(expected);
  });

  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a report asked for with no time, restated with its time to the same recipient, is one duty',
      'Ngày 08/8/2026, Sở Y tế đề nghị các sở, ngành báo cáo nhanh tình hình dịch bệnh tính đến ngày 10/8/2026. Trước ngày 12/8/2026, các đơn vị phải báo cáo Sở Y tế một số nội dung sau.',
      [{ from: 'các đơn vị', to: 'Sở Y tế', due: '2026-08-11' }],
    ],
    [
      'a body given a duty of its own in the next sentence is another duty',
      'Ngày 08/8/2026, Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở báo cáo Chủ tịch UBND tỉnh nếu có vướng mắc. Giao Sở Nội vụ tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 30/8/2026.',
      [
        { from: 'Thủ trưởng các sở', to: 'Chủ tịch UBND tỉnh', due: null },
        { from: 'Sở Nội vụ', to: 'Chủ tịch UBND tỉnh', due: '2026-08-29' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(
      itemsOf(text, 'report').map(({ from, to, due }) => ({ from, to, due: due ?? null })),
    ).toEqual(expected);
  });
});

describe('report times and recipients written apart from the duty (set 4 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a standalone "Thời hạn nộp báo cáo: Trước ngày D." is the time of the report described before it; "Sở" stands for the name written earlier',
      'Sở Tài chính tỉnh Nam Hà vừa có văn bản đôn đốc việc giải ngân vốn đầu tư công.\nTrước đó, Sở đã triển khai báo cáo giải ngân vốn đầu tư công năm 2026 đến Giám đốc các ban quản lý dự án; Chủ tịch UBND các huyện tại Công văn số 120/STC-ĐT ngày 02/6/2026.\nThời hạn nộp báo cáo: Trước ngày 20/6/2026. Tuy nhiên đến ngày 25/6/2026 vẫn còn nhiều đơn vị chưa nộp báo cáo về Sở.',
      [
        {
          from: 'Giám đốc các ban quản lý dự án; Chủ tịch UBND các huyện',
          to: 'Sở Tài chính tỉnh Nam Hà',
          period: 'once',
          due: '2026-06-19',
        },
      ],
    ],
    [
      'a recipient in lower case, by its role; two duties joined by ";", each with its own subject and time',
      'Từ ngày 1 đến ngày 3 hằng tháng, các tổ dân phố cập nhật số liệu lên phần mềm; từ ngày 3 đến ngày 5 hằng tháng, Văn phòng UBND phường tổng hợp, báo cáo kết quả cho chủ tịch UBND phường.',
      [{ from: 'Văn phòng UBND phường', to: 'chủ tịch UBND phường', period: 'monthly', due: null }],
    ],
    [
      'a cited letter’s addressees and a submission not yet made are not duties',
      'Theo công văn Sở Y tế gửi Giám đốc các bệnh viện, đến ngày 10/7/2026 vẫn còn 5 bệnh viện chưa nộp báo cáo về Sở Y tế.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    const { items } = extractDirective(text);
    expect(items.filter((i) => i.kind === 'deadline')).toEqual([]);
    expect(
      items
        .filter((i) => i.kind === 'report')
        .map(({ from, to, period, due }) => ({ from, to, period, due })),
    ).toEqual(expected);
  });
});

describe('dates that are not deadlines; recurring days (set 4 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a headline, a posting stamp, a cited letter’s date, an expected completion and a data cut-off',
      'UBND TỈNH YÊU CẦU HOÀN THÀNH KIỂM KÊ ĐẤT ĐAI TRƯỚC NGÀY 30/9\nCập nhật: 15/8/2026 09:12\nTheo Công văn số 215/UBND-KT ngày 12/8/2026 của UBND tỉnh, các huyện dự kiến hoàn thành việc kiểm kê trong tháng 9/2026.\nSố liệu kiểm kê tính đến ngày 31/7/2026.\nThu Hà',
      [],
    ],
    [
      'a byline and a stamp around a real deadline leave only the deadline',
      'Thứ Tư, 12/08/2026 - 10:05\nSở Xây dựng hoàn thành thẩm định các hồ sơ trước ngày 25/8/2026.\nNguyễn Lan (Nguồn: Sở Xây dựng)',
      [{ kind: 'deadline', owner: 'Sở Xây dựng', due: '2026-08-24' }],
    ],
    [
      'an event’s day and a plan’s date are not due; the submission after them is',
      'Hà Nội, ngày 02 tháng 3 năm 2026\nThực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND huyện, Phòng Văn hóa dự kiến tổ chức hội thi vào ngày 26/3/2026. Phòng Nội vụ tổng hợp danh sách, gửi UBND huyện trước ngày 15/3/2026.',
      [
        {
          kind: 'report',
          from: 'Phòng Nội vụ',
          to: 'UBND huyện',
          due: '2026-03-14',
          period: 'once',
        },
      ],
    ],
    [
      'a day of every month and a day-month of every year recur: due null, the period set, one report each',
      'Ngày 05/9/2026, Sở GD&ĐT tổ chức hội nghị tổng kết năm học 2025 - 2026. Định kỳ ngày 25 hằng tháng, các trường báo cáo Sở GD&ĐT tình hình dạy thêm. Báo cáo 6 tháng gửi trước ngày 15/6 hằng năm.',
      [
        { kind: 'report', from: 'các trường', to: 'Sở GD&ĐT', period: 'monthly' },
        { kind: 'report', from: 'các trường', to: 'Sở GD&ĐT', period: 'half-yearly' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(
      extractDirective(text).items.map((i) =>
        Object.fromEntries(
          (['kind', ...FIELDS] as const).filter((k) => i[k] !== null).map((k) => [k, i[k]]),
        ),
      ),
    ).toEqual(expected);
  });
});

describe('the channel and the body that asked, named apart from the report (set 4 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a channel after the recipient in a lead-in, without brackets, is the via, not part of the name',
      'Sở Nội vụ đề nghị các sở, ban, ngành gửi báo cáo công tác cải cách hành chính về Sở Nội vụ qua hệ thống phần mềm:\n- Báo cáo quý I: trước ngày 15/3/2026;\n- Báo cáo 6 tháng: trước ngày 15/6/2026.',
      [
        {
          from: 'các sở, ban, ngành',
          to: 'Sở Nội vụ',
          via: 'hệ thống phần mềm',
          due: '2026-03-14',
          period: 'once',
        },
        {
          from: 'các sở, ban, ngành',
          to: 'Sở Nội vụ',
          via: 'hệ thống phần mềm',
          due: '2026-06-14',
          period: 'once',
        },
      ],
    ],
    [
      'a lower-case recipient by its role and a channel at the end of the sentence; the day of the last month of every quarter recurs',
      'Trước ngày 20 của tháng cuối quý, các phòng, ban gửi báo cáo cho lãnh đạo UBND huyện qua Văn phòng.',
      [
        {
          from: 'các phòng, ban',
          to: 'lãnh đạo UBND huyện',
          via: 'Văn phòng',
          due: null,
          period: 'quarterly',
        },
      ],
    ],
    [
      '"Thời hạn gửi báo cáo: …" after a request goes back to the body that asked, from the bodies asked',
      'Ngày 10/3/2026, UBND huyện có văn bản đề nghị các xã, thị trấn rà soát hộ nghèo. Thời hạn gửi báo cáo: Trước ngày 25/3/2026.',
      [
        {
          from: 'các xã, thị trấn',
          to: 'UBND huyện',
          via: null,
          due: '2026-03-24',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(
      extractDirective(text)
        .items.filter((i) => i.kind === 'report')
        .map(({ from, to, via, due, period }) => ({ from, to, via, due, period })),
    ).toEqual(expected);
  });
});

describe('--review names the duty a standalone report time was given to', () => {
  it('quotes the sentence that described the report', () => {
    const text =
      'Trước đó, Sở Tài chính đã triển khai báo cáo giải ngân đến Chủ tịch UBND các huyện tại Công văn số 120/STC-ĐT ngày 02/6/2026.\nThời hạn nộp báo cáo: Trước ngày 20/6/2026.';
    const review = formatReview(extractDirective(text), 'vi');
    expect(review).toContain(
      'báo cáo theo / the report described in «Sở Tài chính đã triển khai báo cáo giải ngân đến Chủ tịch UBND các huyện»',
    );
  });
});

const kindFieldsOf = (text: string): Partial<ExtractItem>[] =>
  extractDirective(text).items.map((i) =>
    Object.fromEntries(
      (['kind', ...FIELDS] as const).filter((k) => i[k] !== null).map((k) => [k, i[k]]),
    ),
  );

describe('periods an activity runs over are not deadlines (set 5 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a campaign "sẽ được tiến hành đến hết tháng …" runs until then; the report after it is due',
      'Sau lễ phát động, việc ra quân dọn vệ sinh môi trường sẽ được tiến hành đến hết tháng 4 năm 2026. Các xã báo cáo kết quả về UBND huyện trước ngày 10/5/2026.',
      [{ kind: 'report', from: 'Các xã', to: 'UBND huyện', due: '2026-05-09', period: 'once' }],
    ],
    [
      'a tournament held "từ tháng … đến tháng …" is a span, not a due month',
      'Hội Nông dân huyện tổ chức Hội thi nhà nông đua tài từ tháng 6 đến tháng 8 năm 2026.',
      [],
    ],
    [
      'a bound of a complete verb "từ nay đến hết tháng …" stays a deadline',
      'Phòng Nội vụ hoàn thành việc thẩm định hồ sơ từ nay đến hết tháng 5 năm 2026.',
      [{ kind: 'deadline', owner: 'Phòng Nội vụ', due: '2026-05-31' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(kindFieldsOf(text)).toEqual(expected);
  });
});

describe('reports the text says are not made, or only counted (set 5 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'only the counted kinds in brackets are duties; "không thực hiện báo cáo hằng tháng và hằng quý" is none',
      'Từ năm 2027, các trường mầm non chỉ thực hiện 02 kỳ báo cáo (báo cáo 6 tháng và báo cáo năm) gửi về Phòng Giáo dục và Đào tạo, không thực hiện báo cáo hằng tháng và hằng quý.',
      [
        {
          kind: 'report',
          from: 'các trường mầm non',
          to: 'Phòng Giáo dục và Đào tạo',
          period: 'half-yearly',
        },
        {
          kind: 'report',
          from: 'các trường mầm non',
          to: 'Phòng Giáo dục và Đào tạo',
          period: 'yearly',
        },
      ],
    ],
    [
      'a report the bodies need not send is no duty',
      'Các xã không phải gửi báo cáo quý về UBND huyện.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(kindFieldsOf(text)).toEqual(expected);
  });
});

describe('who sends: an adverb after the subject, a condition before it (set 5 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'an adverb glued to the subject ("hằng tháng chỉ") is not part of the sender',
      'Các phòng chuyên môn hằng tháng chỉ gửi báo cáo về Văn phòng HĐND và UBND huyện.',
      [
        {
          kind: 'report',
          from: 'Các phòng chuyên môn',
          to: 'Văn phòng HĐND và UBND huyện',
          period: 'monthly',
        },
      ],
    ],
    [
      'a condition names whom the duty is for; the subject after its comma sends',
      'Các hộ có nhu cầu vay vốn, trưởng các thôn lập danh sách gửi về UBND xã trước ngày 20/4/2026.',
      [
        {
          kind: 'report',
          from: 'trưởng các thôn',
          to: 'UBND xã',
          due: '2026-04-19',
          period: 'once',
        },
      ],
    ],
    [
      'the sender named in an earlier list item ("Đối tượng cho ý kiến: …") sends the comments',
      'Văn phòng Sở tổ chức lấy ý kiến góp ý dự thảo quy chế như sau:\n1. Đối tượng cho ý kiến: Thủ trưởng các phòng, ban; công chức toàn cơ quan.\n2. Cách thức: Ý kiến góp ý gửi về Văn phòng Sở trước ngày 15/9/2026.',
      [
        {
          kind: 'report',
          from: 'Thủ trưởng các phòng, ban',
          to: 'Văn phòng Sở',
          due: '2026-09-14',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(kindFieldsOf(text)).toEqual(expected);
  });
});

describe('a dated send-to-body with a noun subject is a report (set 5 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a list sent to a lower-case "văn phòng X" by a day is a report from the addressees',
      'Kính gửi: Ban Chấp hành Công đoàn cơ sở\nBản đăng ký và danh sách vận động viên của đơn vị gửi về văn phòng Ban Tổ chức chậm nhất là ngày 15 tháng 4 năm 2026.',
      [
        {
          kind: 'report',
          from: 'Ban Chấp hành Công đoàn cơ sở',
          to: 'văn phòng Ban Tổ chức',
          due: '2026-04-15',
          period: 'once',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(kindFieldsOf(text)).toEqual(expected);
  });
});

describe('targets outside an announced list (set 5 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Đại hội đặt mục tiêu đến cuối năm …, …" announces the target and its year',
      'Sáng 15-9, Đảng bộ phường An Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đại hội đặt mục tiêu đến cuối năm 2030, tỷ lệ hộ nghèo giảm còn 0,5%.',
      [{ op: '<=', value: 0.5, unit: '%', year: '2030' }],
    ],
    [
      'a rise to reach by a later year against a base year ("đến năm 2030 so với năm 2025 tăng …") is a target',
      'Với phương châm: “Đoàn kết - Đổi mới”, nhiệm kỳ 2025-2030, Đảng bộ xã Nậm Mạ đề ra 10 chỉ tiêu cụ thể: Tốc độ tăng thu ngân sách bình quân hằng năm đạt 8%; thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 35%; tỷ lệ hộ nghèo giảm còn 1,5%.',
      [
        { op: '>=', value: 8, unit: '%', year: '2030' },
        { op: '>=', value: 35, unit: '%', year: '2030' },
        { op: '<=', value: 1.5, unit: '%', year: '2030' },
      ],
    ],
    [
      'a yearly reduction ("giảm bình quân mỗi năm …") in a list of term targets is a target',
      'Với phương châm: “Đoàn kết - Đổi mới”, nhiệm kỳ 2025-2030, Đảng bộ xã Nậm Mạ đề ra 10 chỉ tiêu cụ thể: tỷ lệ dân số tham gia bảo hiểm y tế đạt 98%; tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,8%.',
      [
        { op: '>=', value: 98, unit: '%', year: '2030' },
        { op: '>=', value: 1.8, unit: '%', year: '2030' },
      ],
    ],
    [
      'a target a resolution "đã nêu" is a target: the past tense is the announcing\'s; a photo caption repeating it is none',
      'Theo Nghị quyết số 12/NQ-HĐND của HĐND tỉnh, đã nêu chỉ tiêu tốc độ tăng trưởng kinh tế của các huyện năm 2027 tối thiểu ở mức 7-8%.\nChỉ tiêu tốc độ tăng trưởng kinh tế của các huyện năm 2027 tối thiểu ở mức 7-8% (Ảnh minh họa)',
      [{ op: 'between', min: 7, max: 8, unit: '%', year: '2027' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('numbers read as the checker reads them (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a range written with "đến" ("Tăng 1 đến 2 xã", "từ 3 đến 5%") is between, as the checker reads it',
      'Các chỉ tiêu chủ yếu giai đoạn 2026 – 2030 gồm: Tăng 1 đến 2 xã đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo giảm mỗi năm từ 3 đến 5%.',
      [
        { op: 'between', min: 1, max: 2, unit: 'xã', year: '2030' },
        { op: 'between', min: 3, max: 5, unit: '%', year: '2030' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('the document frame: a period set by the lead, a rise against the plan (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a congress's term in the lead, when the headline names no period, is the targets' year",
      'Bế mạc Đại hội Đảng bộ huyện Yên Thành\n\nChiều 14-8, Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ 23, nhiệm kỳ 2015 - 2020 bế mạc.\n\nTrong đó, phấn đấu thu nhập bình quân đầu người đạt 45 triệu đồng/năm; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.',
      [
        { op: '>=', value: 45, unit: 'triệu đồng/năm', year: '2020' },
        { op: '>=', value: 1.5, unit: '%/năm', year: '2020' },
      ],
    ],
    [
      "a council's own term in the lead is not the period of next year's targets",
      'HĐND xã An Hòa họp kỳ cuối năm\nNgày 20/12/2024, HĐND xã An Hòa khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 10.\nNăm 2025, HĐND xã thống nhất các chỉ tiêu chủ yếu: tổng thu ngân sách trên địa bàn đạt 14 tỷ đồng.',
      [{ op: '>=', value: 14, unit: 'tỷ đồng', year: '2025' }],
    ],
    [
      'a rise of at least a share against the plan ("tăng từ 6% trở lên so với kế hoạch") is a target; a rise past the plan is a result',
      'Đại hội Đảng bộ huyện Kim Sơn lần thứ 24, nhiệm kỳ 2020 - 2025 thành công tốt đẹp. Năm 2020, thu ngân sách vượt 12% so với kế hoạch. Trong đó, phấn đấu giá trị sản xuất tăng bình quân 9%/năm; thu ngân sách hằng năm tăng từ 8% trở lên so với kế hoạch tỉnh giao.',
      [
        { op: '>=', value: 9, unit: '%/năm', year: '2025' },
        { op: '>=', value: 8, unit: '%', year: '2025' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('who sends: a subject described by what it was assigned, has sent or carries out (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"được phân công" describes the senders; the report verb comes after',
      'Các tổ, cán bộ được phân công báo cáo kết quả về UBND phường định kỳ hằng quý trước ngày 10 của tháng cuối quý.',
      [{ from: 'Các tổ, cán bộ được phân công', to: 'UBND phường', period: 'quarterly' }],
    ],
    [
      'the programme a body carries out is part of its name ("Các đơn vị thực hiện Chương trình gửi báo cáo …")',
      'Các đơn vị thực hiện Đề án gửi báo cáo tiến độ về Ban Chỉ đạo trước ngày 20 tháng cuối quý.',
      [{ from: 'Các đơn vị thực hiện Đề án', to: 'Ban Chỉ đạo', period: 'quarterly' }],
    ],
    [
      'a report already sent ("các xã đã gửi báo cáo") describes who does the duty, it is no report of its own',
      'Sở Xây dựng đề nghị các xã đã gửi báo cáo bổ sung số liệu, gửi về Sở Xây dựng trước ngày 12/6/2025.',
      [{ from: 'các xã đã gửi báo cáo', to: 'Sở Xây dựng', period: 'once', due: '2025-06-11' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('report times and recipients: an hour of a day, a bracket, a bare "Bộ", a region (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a report due before an hour of a day ("trước 9 giờ ngày D") is due that day',
      'Ban Chỉ đạo các phường tổng hợp tình hình, báo cáo kết quả về Ban Chỉ đạo thành phố trước 9 giờ ngày 05/4/2026.',
      [
        {
          from: 'Ban Chỉ đạo các phường',
          to: 'Ban Chỉ đạo thành phố',
          period: 'once',
          due: '2026-04-05',
        },
      ],
    ],
    [
      'a bracketed data cut-off between the report and its recipient is left aside; a bare "Bộ" is the ministry named before',
      'Bộ Xây dựng đề nghị các Sở Xây dựng khẩn trương thực hiện.\nBáo cáo nhanh số nhà bị hư hỏng (số liệu tính đến 16 giờ ngày 02/10/2025) gửi về Bộ (qua Cục Quản lý nhà) trước 10 giờ ngày 04/10/2025.',
      [{ to: 'Bộ Xây dựng', period: 'once', due: '2025-10-04' }],
    ],
    [
      'the region after the addressees of a letter says which of them it is for; the senders are the bodies',
      'Kính gửi: Sở Y tế các tỉnh, thành phố khu vực Tây Nguyên.\nBáo cáo tình hình dịch sốt xuất huyết gửi về Bộ Y tế trước ngày 20/7/2025.',
      [
        {
          from: 'Sở Y tế các tỉnh, thành phố',
          to: 'Bộ Y tế',
          period: 'once',
          due: '2025-07-19',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a letter setting a reporting schedule (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the addressees listed one a line under "Kính gửi:" send; data windows, the regime a cited decision sets, a report not made and a report content goes into are no reports',
      [
        'Kính gửi:',
        '- Các trường mầm non;',
        '- Các trường tiểu học.',
        'Thực hiện Quyết định số 12/2024/QĐ-UBND quy định chế độ báo cáo định kỳ, Phòng Giáo dục đề nghị các đơn vị thực hiện như sau:',
        '1. Thời gian chốt số liệu:',
        '- Báo cáo quý: tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý;',
        '2. Thời hạn gửi báo cáo:',
        'Báo cáo gửi về Phòng Giáo dục qua hệ thống quản lý văn bản, cụ thể:',
        '- Báo cáo quý: trước ngày 16 của tháng cuối quý.',
        'Riêng báo cáo quý I không thực hiện, các đơn vị đưa nội dung vào báo cáo 6 tháng.',
      ].join('\n'),
      [
        {
          from: 'Các trường mầm non; Các trường tiểu học',
          to: 'Phòng Giáo dục',
          period: 'quarterly',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a legal-database page of a plan: its metadata, last year, a standard, a denominator (set 6 classes)', () => {
  const page = [
    'Nghị quyết 30/NQ-HĐND năm 2024 về Kế hoạch phát triển kinh tế - xã hội năm 2025 do tỉnh Hà Sơn ban hành',
    '| Số hiệu | 30/NQ-HĐND |',
    '| Ngày ban hành | 06/12/2024 |',
    '| Ngày có hiệu lực | 06/12/2024 |',
    'Hà Sơn, ngày 06 tháng 12 năm 2024 |',
    'VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025',
    'Điều 1. Thống nhất Kế hoạch phát triển kinh tế - xã hội năm 2025 như sau:',
    '1. Mục tiêu',
    'Năm 2024, thu ngân sách ước đạt 8.450 tỷ đồng, bằng 108% dự toán; tỷ lệ hộ nghèo còn 2,1%.',
    '2. Các chỉ tiêu chủ yếu',
    '- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn dưới 1,8%.',
    '- Số bác sĩ trên 10.000 dân đạt 11 bác sĩ.',
  ].join('\n');
  it('the metadata rows and the place-date line give no deadline', () => {
    expect(itemsOf(page, 'deadline')).toEqual([]);
  });
  it("last year's results are no targets; a standard's period is not the target year; the denominator is no target", () => {
    expect(itemsOf(page, 'indicator')).toEqual([
      { op: '<', value: 1.8, unit: '%', year: '2025' },
      { op: '>=', value: 11, unit: 'bác sĩ', year: '2025' },
    ]);
  });
});

describe('an officer named by a heading owns the tasks under it (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a numbered heading naming a commune officer ("1. Công chức Địa chính - Xây dựng") gives its lettered tasks their owner',
      'III. NHIỆM VỤ\n1. Công chức Địa chính - Xây dựng\na) Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng; hoàn thành trước ngày 30/10/2025.\n2. Cán bộ Văn phòng Đảng ủy\n- Cập nhật danh sách đảng viên; xong trong tháng 11/2025.',
      [
        { owner: 'Công chức Địa chính - Xây dựng', due: '2025-10-29' },
        { owner: 'Cán bộ Văn phòng Đảng ủy', due: '2025-11-30' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a page listing several news items, each with its headline and stamp (set 6 classes)', () => {
  const page = [
    'Trang chủ » Thẻ » y tế',
    '',
    'Bộ Y tế đề nghị các tỉnh rà soát số giường bệnh',
    '08:15 | 03/09/2025',
    'Sở Y tế các tỉnh rà soát số giường bệnh thực kê. Số liệu phải được gửi về Bộ Y tế trước 20/9.',
    '',
    'Các tỉnh hoàn thành kế hoạch tiêm chủng trước ngày 15/6',
    '16:40 | 02/06/2025',
    'Theo Bộ Y tế, đến ngày 30/5 đã có 20/34 tỉnh gửi kế hoạch; các địa phương còn lại phải hoàn thành kế hoạch trước ngày 15/6.',
  ].join('\n');
  it('a stamp on its own line dates the item; a day with no "ngày" after "trước" is read; an item\'s headline gives no item', () => {
    expect([...itemsOf(page, 'report'), ...itemsOf(page, 'deadline')]).toEqual([
      { from: 'Sở Y tế các tỉnh', to: 'Bộ Y tế', period: 'once', due: '2025-09-19' },
      { owner: 'các địa phương còn lại', due: '2025-06-14' },
    ]);
  });
});

describe('a school-year calendar posted with a date (set 6 classes)', () => {
  const page = [
    'Bộ GD-ĐT điều chỉnh khung thời gian năm học',
    'Thứ hai, 15/08/2022 - 08:30',
    'Khung kế hoạch thời gian áp dụng đối với năm học 2022-2023.',
    'Sơ kết học kỳ I được tổ chức trước ngày 20/1.',
    'Tuyển sinh vào lớp 10 hoàn thành trước ngày 31/7.',
    'Các sở giáo dục và đào tạo báo cáo tình hình tổ chức khai giảng về Bộ GD&ĐT trước ngày 10/9.',
  ].join('\n');
  it('days without a year fall in the school year the text names: its summer after the tasks that close it, September in its first year; a meeting held before a day is a deadline', () => {
    expect([...itemsOf(page, 'deadline'), ...itemsOf(page, 'report')]).toEqual([
      { due: '2023-01-19' },
      { due: '2023-07-30' },
      { from: 'Các sở giáo dục và đào tạo', to: 'Bộ GD&ĐT', period: 'once', due: '2022-09-09' },
    ]);
  });
});

describe('a school as the owner of a duty (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Nhà trường xét công nhận …" names the owner; "xét công nhận" is its verb',
      'Nhà trường xét công nhận hoàn thành chương trình tiểu học trước ngày 20/6/2025.',
      [{ owner: 'Nhà trường', due: '2025-06-19' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a time counted from the polling day (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"chậm nhất 05 ngày sau ngày bầu cử" is the polling day the text names plus five days',
      'Cuộc bầu cử đại biểu Hội đồng nhân dân xã diễn ra vào Chủ nhật, ngày 22/3/2026.\nBan bầu cử gửi biên bản xác định kết quả bầu cử về Ủy ban bầu cử huyện chậm nhất 05 ngày sau ngày bầu cử.',
      [{ from: 'Ban bầu cử', to: 'Ủy ban bầu cử huyện', period: 'once', due: '2026-03-27' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a file sent by e-mail with no body named goes to the body that asked (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Sở X đề nghị các đơn vị … gửi bản điện tử qua thư điện tử … trước ngày D" is a report to Sở X',
      'Sở Giáo dục và Đào tạo đề nghị các trường rà soát số liệu, gửi bản điện tử qua thư điện tử thongke@sgd.example trước ngày 12/5/2025.',
      [{ from: 'các trường', to: 'Sở Giáo dục và Đào tạo', period: 'once', due: '2025-05-11' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a list of the bodies reported to (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"báo cáo Chính phủ, Thủ tướng trước D": both bodies, up to the time',
      'Bộ Tài chính sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ trước ngày 15/10/2025.',
      [
        {
          from: 'Bộ Tài chính',
          to: 'Chính phủ, Thủ tướng Chính phủ',
          period: 'once',
          due: '2025-10-14',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a drafted document sent or submitted to a named body by a time is a report (decision 0012)', () => {
  it.each<[string, string, Partial<ExtractItem>[], Partial<ExtractItem>[]]>([
    [
      '"xây dựng kế hoạch …, trình X trước ngày D": a report to X due D − 1, no deadline',
      'Phòng Tài chính - Kế hoạch xây dựng kế hoạch phân bổ vốn đầu tư công năm 2027, trình UBND huyện trước ngày 15/11/2026.',
      [
        {
          from: 'Phòng Tài chính - Kế hoạch',
          to: 'UBND huyện',
          period: 'once',
          due: '2026-11-14',
        },
      ],
      [],
    ],
    [
      '"hoàn thiện dự thảo đề án …, gửi X chậm nhất ngày D": a report due D',
      'Trung tâm Y tế huyện hoàn thiện dự thảo đề án nâng cao chất lượng khám, chữa bệnh, gửi Sở Y tế chậm nhất ngày 10/8/2026.',
      [{ from: 'Trung tâm Y tế huyện', to: 'Sở Y tế', period: 'once', due: '2026-08-10' }],
      [],
    ],
    [
      '"soạn thảo quy chế …, trình X trong tháng M": a report due the month\'s last day',
      'Văn phòng Đảng ủy soạn thảo quy chế làm việc của Ban Chấp hành nhiệm kỳ mới, trình Thường trực Đảng ủy trong tháng 9/2026.',
      [
        {
          from: 'Văn phòng Đảng ủy',
          to: 'Thường trực Đảng ủy',
          period: 'once',
          due: '2026-09-30',
        },
      ],
      [],
    ],
    [
      'a list sent "trước H giờ ngày D" after a law\'s name: the hour does not make the day part of the name',
      'Các xã hoàn thiện danh sách đối tượng hỗ trợ theo đúng quy định của Luật Ngân sách nhà nước gửi về Sở Tài chính trước 17 giờ ngày 20/7/2026.',
      [{ from: 'Các xã', to: 'Sở Tài chính', period: 'once', due: '2026-07-20' }],
      [],
    ],
    [
      'an agency heading sends what it drafts after "Căn cứ … của X,": X issued the cited document',
      'IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ huyện\n\nCăn cứ kế hoạch số 15-KH/TU của Tỉnh ủy, tham mưu Ban Thường vụ xây dựng chương trình hành động, gửi Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 10/6/2026.',
      [
        {
          from: 'Phòng Nội vụ huyện',
          to: 'Huyện ủy',
          period: 'once',
          due: '2026-06-09',
        },
      ],
      [],
    ],
    [
      'drafting with no recipient stays a deadline',
      'Phòng Văn hóa và Thông tin xây dựng kế hoạch tuyên truyền về chuyển đổi số, hoàn thành trước ngày 30/6/2026.',
      [],
      [{ owner: 'Phòng Văn hóa và Thông tin', due: '2026-06-29' }],
    ],
  ])('%s', (_, text, reports, deadlines) => {
    expect(itemsOf(text, 'report')).toEqual(reports);
    expect(itemsOf(text, 'deadline')).toEqual(deadlines);
  });
});

describe('weekly reports: a weekday of every week ("vào thứ Sáu hằng tuần")', () => {
  it.each<[string, string, Partial<ExtractItem>[], Record<string, unknown>]>([
    [
      '"vào thứ Năm hằng tuần": weekly, due on Thursday of each week',
      'Tổ trưởng tổ dân phố báo cáo tình hình vệ sinh môi trường về UBND phường vào thứ Năm hằng tuần.',
      [{ from: 'Tổ trưởng tổ dân phố', to: 'UBND phường', period: 'weekly' }],
      { every: 'week', due: { weekday: 4 } },
    ],
    [
      '"trước 10 giờ thứ Hai hàng tuần": by Monday (the hour keeps the day)',
      'UBND các xã gửi số liệu tiêm chủng về Trung tâm Y tế huyện trước 10 giờ thứ Hai hàng tuần.',
      [{ from: 'UBND các xã', to: 'Trung tâm Y tế huyện', period: 'weekly' }],
      { every: 'week', due: { weekday: 1 } },
    ],
    [
      '"trước thứ Sáu hằng tuần": the day before Friday',
      'Phòng Kinh tế báo cáo UBND huyện tiến độ giải ngân trước thứ Sáu hằng tuần.',
      [{ from: 'Phòng Kinh tế', to: 'UBND huyện', period: 'weekly' }],
      { every: 'week', due: { weekday: 5, before: true } },
    ],
    [
      '"báo cáo hằng tuần" with no weekday: the week\'s last day, assumed',
      'Ban Chỉ huy phòng, chống thiên tai xã báo cáo tình hình mưa lũ về UBND huyện hằng tuần.',
      [{ from: 'Ban Chỉ huy phòng, chống thiên tai xã', to: 'UBND huyện', period: 'weekly' }],
      { every: 'week', due: { daysAfterPeriodEnd: 0 } },
    ],
  ])('%s', (_, text, items, schedule) => {
    const { pack } = extractDirective(text);
    expect(itemsOf(text, 'report')).toEqual(items);
    expect(pack.reports?.[0]?.schedule).toMatchObject(schedule);
  });
});

describe('a plan resolution adopted in a news item announces the targets after it (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"… thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2026 - 2030. Trong đó, … chiếm 40%, …": the plan\'s shares are targets of its period',
      'Hội nghị Huyện ủy đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2026 - 2030 của huyện Hương Sơn. Trong đó, cơ cấu kinh tế với tỷ trọng công nghiệp chiếm 40%, dịch vụ chiếm 35% và nông nghiệp chiếm 25%.',
      [
        { op: '>=', value: 40, unit: '%', year: '2030' },
        { op: '>=', value: 35, unit: '%', year: '2030' },
        { op: '>=', value: 25, unit: '%', year: '2030' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('two dated tasks joined by "và" in one clause (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'each date is read with its own words: two deadlines',
      'Các trường hoàn thành chương trình học kỳ II trước ngày 25/5/2026 và kết thúc năm học trước ngày 31/5/2026.',
      [
        { owner: 'Các trường', due: '2026-05-24' },
        { owner: 'Các trường', due: '2026-05-30' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a status of who has sent, and a passed legal day restated, are no duties (set 6 classes)', () => {
  const text = [
    'Cập nhật lúc 09:00 ngày 10/05/2019',
    'Bộ Công Thương đề nghị Sở Công Thương các tỉnh gửi báo cáo tình hình phát triển cụm công nghiệp năm 2018 về Bộ Công Thương trước ngày 20/5/2019.',
    'Đến ngày 08/5/2019, mới có 25/63 tỉnh, thành phố gửi báo cáo về Bộ, trong khi theo quy định báo cáo này phải gửi trước ngày 31/3/2019.',
  ].join('\n');
  it('only the duty the page asks for is an item', () => {
    expect([...itemsOf(text, 'report'), ...itemsOf(text, 'deadline')]).toEqual([
      {
        from: 'Sở Công Thương các tỉnh',
        to: 'Bộ Công Thương',
        period: 'once',
        due: '2019-05-19',
      },
    ]);
  });
});

describe('criteria to gain are counted (set 6 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"đạt thêm 03 tiêu chí" is a count of criteria to gain; "đạt 19 tiêu chí" names the standard',
      'Năm 2026, HĐND xã thống nhất các chỉ tiêu chủ yếu: phấn đấu đạt thêm 03 tiêu chí đô thị văn minh.',
      [{ op: '>=', value: 3, unit: 'tiêu chí', year: '2026' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a paragraph looking back states results, up to the sentence that strives (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the sentences after "Năm 2024, …" in a plan for 2025 are that year\'s results',
      'Hội nghị giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2025 của thị xã Sơn Hà.\n\nNăm 2024, thị xã đã triển khai đồng bộ các giải pháp. Giá trị sản xuất công nghiệp đạt 4.120 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 2,1%.\nPhát huy kết quả đó, năm 2025 thị xã phấn đấu đạt các chỉ tiêu sau:\nGiá trị sản xuất công nghiệp đạt 4.500 tỷ đồng.',
      [{ op: '>=', value: 4500, unit: 'tỷ đồng', year: '2025' }],
    ],
    [
      '"Sau 5 năm, …" looks back over the term before a draft names its targets',
      'Sau 5 năm, tỷ lệ che phủ rừng của tỉnh được nâng lên 48,5%, bình quân mỗi năm trồng mới 3.200 ha. Dự thảo văn kiện trình Đại hội đề ra chỉ tiêu tỷ lệ che phủ rừng đến năm 2030 đạt 51%.',
      [{ op: '>=', value: 51, unit: '%', year: '2030' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('reports of a working rule or a reporting letter: a noun subject, a label, bodies listed with ";" (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the report named as the subject, its sender after "của", the bodies after "gửi" up to the time',
      'Báo cáo 6 tháng, năm của UBND phường gửi UBND quận và Thường trực Đảng ủy, HĐND phường chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo.',
      [
        {
          from: 'UBND phường',
          to: 'UBND quận và Thường trực Đảng ủy, HĐND phường',
          period: 'half-yearly',
        },
        {
          from: 'UBND phường',
          to: 'UBND quận và Thường trực Đảng ủy, HĐND phường',
          period: 'yearly',
        },
      ],
    ],
    [
      'a line labelled with the kind of report: the data window is no report, the sending is',
      '- Báo cáo 6 tháng: số liệu tính từ ngày 21/12 năm trước đến ngày 20/6; báo cáo gửi Thanh tra huyện trước ngày 24/6.',
      [{ to: 'Thanh tra huyện', period: 'half-yearly' }],
    ],
    [
      'bodies listed with ";" before the verb, kinds of report parted by brackets, the recipient after them',
      'Các phòng chuyên môn; UBND các xã, thị trấn định kỳ báo cáo kết quả hằng quý (trước ngày 20 của tháng cuối quý) và năm (trước ngày 20/11) về UBND huyện (qua Văn phòng HĐND và UBND huyện).',
      [
        {
          from: 'Các phòng chuyên môn; UBND các xã, thị trấn',
          to: 'UBND huyện',
          period: 'quarterly',
        },
        { from: 'Các phòng chuyên môn; UBND các xã, thị trấn', to: 'UBND huyện', period: 'yearly' },
      ],
    ],
    [
      'an officer who helps the body report is the sender named',
      'Công chức Tư pháp - Hộ tịch giúp UBND phường tổng hợp tình hình, báo cáo UBND quận trước ngày 22 hằng tháng.',
      [{ from: 'Công chức Tư pháp - Hộ tịch', to: 'UBND quận', period: 'monthly' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a timetable of "Ngày D: task" rows under a lead-in of latest days, dated by the page (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "each row is due on its day, in the year of the page's date alone on its line; an event's row is none",
      'Lịch trình tổ chức đại hội Đoàn các cấp\n05/01/2027\n\nCác mốc chậm nhất phải hoàn thành như sau:\n\nNgày 15/3: Hoàn thành đại hội chi đoàn cơ sở.\n\nNgày 20/4: Khai mạc Đại hội Đoàn tỉnh.',
      [{ due: '2027-03-15' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a holiday or a closure lasting to a day is no deadline; a hospital owns its duty (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'pupils off school up to a day',
      'Sở Giáo dục và Đào tạo đề nghị các trường cho học sinh nghỉ học đến hết ngày 12/11/2026 để phòng tránh bão.',
      [],
    ],
    [
      'a holiday\'s span in brackets, though the letter is "gửi" to the hospitals; their own duty in the month',
      'Bộ Y tế có văn bản gửi các bệnh viện trực thuộc về việc bảo đảm công tác y tế dịp nghỉ Tết Dương lịch (từ ngày 30/12/2026 đến hết ngày 01/01/2027); các bệnh viện hoàn thành việc rà soát cơ số thuốc cấp cứu trong tháng 12/2026.',
      [{ owner: 'các bệnh viện', due: '2026-12-31' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('targets a congress agrees on, a month bounds or a request demands (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"nhất trí mục tiêu" announces the targets after it, with the term\'s end',
      'Đại hội Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2025-2030 đã nhất trí mục tiêu, nhiệm vụ nhiệm kỳ 2025-2030. Tỷ lệ đô thị hóa đạt tối thiểu 35%. Tổng vốn đầu tư toàn xã hội trên 24.000 tỷ đồng.',
      [
        { op: '>=', value: 35, unit: '%', year: '2030' },
        { op: '>', value: 24000, unit: 'tỷ đồng', year: '2030' },
      ],
    ],
    [
      'a list item bound by a month of a year',
      'UBND thị xã yêu cầu:\n- Đến hết tháng 9/2026, tỷ lệ hồ sơ được số hóa đạt tối thiểu 80%;',
      [{ op: '>=', value: 80, unit: '%', year: '2026' }],
    ],
    [
      'a rate a request demands be reached (an age bound in its name is none)',
      'Sở Y tế yêu cầu tỷ lệ phụ nữ có thai dưới 35 tuổi được khám thai đủ 4 lần đạt trên 90% trong năm 2026.',
      [{ op: '>', value: 90, unit: '%', year: '2026' }],
    ],
    [
      'a share of the plan to reach at least is a target, not a result against the plan',
      'Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư giải ngân vốn đầu tư công trong năm 2026 đạt tối thiểu 95% kế hoạch.',
      [{ op: '>=', value: 95, unit: '%', year: '2026' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a report whose sender is the body a request names, after a source tag or an opening phrase (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a news item's source tag and the time and place before the request",
      'Tin hoạt động\n\n(05/03/2026)\n(QNO) - Sáng 4/3, tại buổi làm việc về mưa lũ, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng tổng hợp số liệu nhà bị hư hỏng, báo cáo UBND tỉnh chậm nhất ngày 20/3.',
      [{ from: 'Sở Xây dựng', to: 'UBND tỉnh', due: '2026-03-20', period: 'once' }],
    ],
    [
      '"Phát biểu tại hội nghị, … yêu cầu X …; định kỳ báo cáo …": the clause goes on with X',
      'Phát biểu tại hội nghị, Chủ tịch UBND thị xã yêu cầu các phòng chuyên môn tổ chức thực hiện các chỉ tiêu được giao; định kỳ báo cáo kết quả về UBND thị xã trước ngày 20 hằng tháng.',
      [{ from: 'các phòng chuyên môn', to: 'UBND thị xã', period: 'monthly' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a report under a request that names no recipient goes back to the body that asks (set 7 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'the list item names its sender and period; the lead-in names who asks',
      'Ngày 03/4/2026, Sở Nội vụ ban hành Công văn số 512/SNV-CCVC về việc đánh giá cán bộ. Theo đó, Sở Nội vụ yêu cầu:\n- Các phòng chuyên môn báo cáo kết quả thực hiện hằng quý.',
      [{ from: 'Các phòng chuyên môn', to: 'Sở Nội vụ', period: 'quarterly' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a body named in lower-case words after "Ban" receives the report (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a school board written in lower case',
      'Các tổ chuyên môn gửi báo cáo kết quả thực hiện về Ban giám hiệu trước ngày 20 hằng tháng.',
      [{ from: 'Các tổ chuyên môn', to: 'Ban giám hiệu', period: 'monthly' }],
    ],
    [
      'a command whose name goes on in lower case after a capitalised word',
      'Các phường thống kê thiệt hại do mưa lớn, báo cáo Ban Chỉ huy phòng thủ dân sự thành phố trước ngày 12/10/2026.',
      [
        {
          from: 'Các phường',
          to: 'Ban Chỉ huy phòng thủ dân sự thành phố',
          period: 'once',
          due: '2026-10-11',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('targets announced with their count, then one a sentence after an ordinal (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"… xác định 4 chỉ tiêu chủ yếu. Thứ nhất, … Thứ hai, …": each ordinal sentence holds targets of the term',
      'Đại hội Hội Nông dân huyện nhiệm kỳ 2026 - 2031 đã bế mạc. Nhiệm kỳ qua, các cấp Hội đã vận động 1.500 hội viên mới.\nĐại hội xác định 4 chỉ tiêu chủ yếu. Thứ nhất, hằng năm kết nạp mới từ 500 hội viên trở lên.\nThứ hai, đến cuối nhiệm kỳ, giúp 300 hộ nông dân thoát nghèo.\nThứ ba, 95% chi hội được xếp loại khá trở lên.',
      [
        { op: '>=', value: 500, unit: 'hội viên', year: '2031' },
        { op: '>=', value: 300, unit: 'hộ', year: '2031' },
        { op: '>=', value: 95, unit: '%', year: '2031' },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe("a council's own term in the headline is not the period of its targets (set 8 classes)", () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a session held mid-year sets targets for the rest of the year the sentence names',
      'Kỳ họp thứ 9 HĐND xã Phú Lâm, nhiệm kỳ 2021 - 2026\nNgày 10/7/2025, HĐND xã Phú Lâm tổ chức kỳ họp thứ 9.\nKỳ họp thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2025, trong đó phấn đấu cả năm thu ngân sách đạt 12 tỷ đồng trở lên.',
      [{ op: '>=', value: 12, unit: 'tỷ đồng', year: '2025' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a month label over a row that writes its own days: the days decide (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a school-year calendar: an event's day, a deadline's day and a window, each under its month",
      'Thực hiện nhiệm vụ năm học 2026-2027\nIII. KẾ HOẠCH THEO THÁNG\nTháng 9: Khai giảng năm học ngày 05/9; hoàn thành rà soát hồ sơ trước ngày 30/9.\nTháng 10: Tổ chức Hội nghị viên chức xong trước ngày 15/10.\nTháng 12: Kiểm tra cuối học kỳ I từ ngày 22/12 đến 26/12.',
      [{ due: '2026-09-29' }, { due: '2026-10-14' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a task table flattened to text: the owner and time columns its header names (set 8 classes)', () => {
  const rows =
    'Chủ tịch UBND huyện kết luận, giao các cơ quan thực hiện các nhiệm vụ sau:\nTT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |\n1 | Hoàn thành cắm mốc giới khu tái định cư Đồng Sen | UBND xã Hòa Phú | 15/11/2026 |\n2 | Rà soát hồ sơ hộ được hỗ trợ nhà ở, báo cáo UBND huyện | Phòng Nội vụ | Trước ngày 10/11/2026 |\n3 | Tổ chức tổng kết công tác dân vận | Ban Dân vận | Quý IV/2026 |';
  it('a task row is a deadline of the owner cell by the time cell', () => {
    expect(itemsOf(rows, 'deadline')).toEqual([
      { owner: 'UBND xã Hòa Phú', due: '2026-11-15' },
      { owner: 'Ban Dân vận', due: '2026-12-31' },
    ]);
  });
  it('a row that reports to a body is a report from the owner cell', () => {
    expect(itemsOf(rows, 'report')).toEqual([
      { from: 'Phòng Nội vụ', to: 'UBND huyện', period: 'once', due: '2026-11-09' },
    ]);
  });
});

describe('an election timetable on a video page: furniture between the lead-in and its rows, a yearless polling day (set 8 classes)', () => {
  const text =
    'Các mốc bầu cử ở huyện Tân Lập\n12/02/2026, 09:15\nCuộc bầu cử đại biểu HĐND các cấp sẽ diễn ra vào Chủ nhật 15/3. Dưới đây là các mốc chậm nhất phải hoàn thành:\nbanner\n- Ngày 24/2: Tổ bầu cử niêm yết danh sách cử tri.\n- Ngày 15/3: Ngày bầu cử.\n- Chậm nhất 5 ngày sau ngày bầu cử, Ban bầu cử gửi biên bản xác định kết quả về Ủy ban bầu cử.';
  it('the rows under the lead-in are deadlines of the page’s year', () => {
    expect(itemsOf(text, 'deadline')).toEqual([{ owner: 'Tổ bầu cử', due: '2026-02-24' }]);
  });
  it('a time counted from a polling day written without its year', () => {
    expect(itemsOf(text, 'report')).toEqual([
      { from: 'Ban bầu cử', to: 'Ủy ban bầu cử', period: 'once', due: '2026-03-20' },
    ]);
  });
});

describe('who sends: the body a bare "Bộ" or "Sở" asks, a company, a union\'s grassroots branches (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Bộ yêu cầu các Sở … , gửi báo cáo về Bộ …": the ministry named before asks',
      'Bộ Y tế vừa có văn bản về phòng chống dịch sởi. Bộ yêu cầu các Sở Y tế tổ chức tiêm bù cho trẻ, gửi báo cáo về Bộ trước ngày 15/10/2026.',
      [{ from: 'các Sở Y tế', to: 'Bộ Y tế', period: 'once', due: '2026-10-14' }],
    ],
    [
      '"Sở đề nghị các công ty …, gửi kết quả về Sở …": companies send to the department',
      'Sở Xây dựng vừa có văn bản về chất lượng nước sạch. Sở đề nghị các công ty cấp nước kiểm tra chất lượng nước, gửi kết quả về Sở trước ngày 20/10/2026.',
      [{ from: 'các công ty cấp nước', to: 'Sở Xây dựng', period: 'once', due: '2026-10-19' }],
    ],
    [
      "a union's grassroots branches report each quarter",
      'Các cơ sở Hội báo cáo kết quả hoạt động hằng quý về Thường trực Hội Nông dân huyện.',
      [{ from: 'Các cơ sở Hội', to: 'Thường trực Hội Nông dân huyện', period: 'quarterly' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('the base year of prices is no target year', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      'a growth rate counted at the prices of a base year, under a term heading',
      'CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030\n1. Tốc độ tăng giá trị sản xuất bình quân hằng năm (giá so sánh năm 2010) đạt 12%.',
      [{ op: '>=', value: 12, unit: '%', year: '2030' }],
    ],
    [
      'a production value at current prices of a year',
      'CHỈ TIÊU NĂM 2026\n- Tổng giá trị sản xuất theo giá hiện hành năm 2020 đạt 4.500 tỷ đồng.',
      [{ op: '>=', value: 4500, unit: 'tỷ đồng', year: '2026' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('who sends: a subject whose name holds "công trình", or described by what it has not finished (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"công trình" in the name of the bodies asked is no verb "trình"',
      'Sở Nông nghiệp và Môi trường vừa có văn bản về an toàn hồ đập. Sở đề nghị các công ty quản lý công trình thủy lợi kiểm tra hồ đập, gửi kết quả về Sở trước ngày 20/10/2026.',
      [
        {
          from: 'các công ty quản lý công trình thủy lợi',
          to: 'Sở Nông nghiệp và Môi trường',
          period: 'once',
          due: '2026-10-19',
        },
      ],
    ],
    [
      'a registration sent by a day: the branches register, then send',
      'Hội nghị giao các cơ sở Hội đăng ký công trình thi đua, gửi về Thường trực Hội Nông dân huyện trước ngày 15/01/2027.',
      [
        {
          from: 'các cơ sở Hội',
          to: 'Thường trực Hội Nông dân huyện',
          period: 'once',
          due: '2027-01-14',
        },
      ],
    ],
    [
      '"các trường chưa hoàn thành kiểm định báo cáo …": what they have not finished describes them',
      'Sở Giáo dục và Đào tạo yêu cầu các trường chưa hoàn thành kiểm định báo cáo lý do bằng văn bản, gửi Sở Giáo dục và Đào tạo trước ngày 5/11/2026.',
      [
        {
          from: 'các trường chưa hoàn thành kiểm định',
          to: 'Sở Giáo dục và Đào tạo',
          period: 'once',
          due: '2026-11-04',
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a share of the estimate or the plan a meeting strives for, and a look back at last year (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"phấn đấu … đạt 100% dự toán", beside this year\'s result "bằng 76% dự toán"',
      'Về thu ngân sách: đến ngày 30/9/2026, thu ngân sách đạt 210 tỷ đồng, bằng 76% dự toán; yêu cầu Chi cục Thuế phấn đấu thu đạt 100% dự toán trong năm 2026.',
      [{ op: '>=', value: 100, unit: '%', year: '2026' }],
    ],
    [
      '"phấn đấu đến ngày 31/12 giải ngân đạt trên 95% kế hoạch vốn"',
      'Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến ngày 31/12/2026 giải ngân đạt trên 95% kế hoạch vốn.',
      [{ op: '>', value: 95, unit: '%', year: '2026' }],
    ],
    [
      '"Năm học trước, …" states last year\'s result under a list of this year\'s targets',
      'Kế hoạch năm học 2026 - 2027. Các chỉ tiêu cụ thể như sau:\nTỷ lệ huy động trẻ mẫu giáo đến trường đạt 95%.\nNăm học trước, tỷ lệ huy động trẻ mẫu giáo đến trường đạt 93,1%.',
      [{ op: '>=', value: 95, unit: '%', year: '2027' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'indicator')).toEqual(expected);
  });
});

describe('a day of the month after recurs monthly (set 8 classes)', () => {
  it('"báo cáo UBND tỉnh trước ngày 05 của tháng sau"', () => {
    expect(
      itemsOf(
        'Sở Y tế tổng hợp tình hình dịch bệnh, báo cáo UBND tỉnh trước ngày 05 của tháng sau.',
        'report',
      ),
    ).toEqual([{ from: 'Sở Y tế', to: 'UBND tỉnh', period: 'monthly' }]);
  });
});

describe('owners named by a post or by what they are in charge of (set 8 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      "a school's deputy head",
      'Phó hiệu trưởng phụ trách chuyên môn hoàn thành kế hoạch bồi dưỡng giáo viên trong tháng 11/2026.',
      [{ owner: 'Phó hiệu trưởng phụ trách chuyên môn', due: '2026-11-30' }],
    ],
    [
      'the bodies in charge of an election',
      'Các tổ chức phụ trách bầu cử giải quyết xong khiếu nại, tố cáo về người ứng cử trước ngày 6/3/2026.',
      [{ owner: 'Các tổ chức phụ trách bầu cử', due: '2026-03-05' }],
    ],
    [
      'a timetable row "Ngày D: X …, …": the day\'s label ends at its colon, X owns the row',
      'Các mốc chậm nhất phải hoàn thành như sau:\n- Ngày 5/3/2026: Các tổ chức phụ trách bầu cử giải quyết xong khiếu nại, tố cáo về người ứng cử.',
      [{ owner: 'Các tổ chức phụ trách bầu cử', due: '2026-03-05' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(itemsOf(text, 'deadline')).toEqual(expected);
  });
});

describe('a bare "Bộ" or "Sở" as the subject is the one named before (set 8 classes)', () => {
  it('"Bộ sẽ tổng hợp, báo cáo Thủ tướng …" after the ministry is named', () => {
    expect(
      itemsOf(
        'Bộ Tài chính đề nghị các tỉnh gửi số liệu về Bộ Tài chính trước ngày 10/6/2026; Bộ sẽ tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 25/6/2026.',
        'report',
      ),
    ).toEqual([
      { from: 'các tỉnh', to: 'Bộ Tài chính', period: 'once', due: '2026-06-09' },
      { from: 'Bộ Tài chính', to: 'Thủ tướng Chính phủ', period: 'once', due: '2026-06-24' },
    ]);
  });
});

describe('a report due "cùng ngày": the day of the deadline before it in the sentence (set 8 classes)', () => {
  it('"hoàn thành … trước 17 giờ ngày D; báo cáo … trước 20 giờ cùng ngày"', () => {
    expect(
      itemsOf(
        'UBND tỉnh yêu cầu UBND các xã ven sông hoàn thành việc sơ tán dân trước 16 giờ ngày 20/10/2026; báo cáo kết quả về Ban Chỉ huy phòng thủ dân sự tỉnh trước 21 giờ cùng ngày.',
        'report',
      ),
    ).toEqual([
      {
        from: 'UBND các xã ven sông',
        to: 'Ban Chỉ huy phòng thủ dân sự tỉnh',
        period: 'once',
        due: '2026-10-20',
      },
    ]);
  });
});

describe('two dated reports joined by "và" in one clause (set 8 classes)', () => {
  it('"báo cáo sơ kết … trước ngày D1 và báo cáo tổng kết … trước ngày D2": two reports', () => {
    expect(
      itemsOf(
        'Sở Nội vụ yêu cầu các phòng chuyên môn gửi báo cáo sơ kết 6 tháng về Sở Nội vụ trước ngày 15/6/2026 và báo cáo tổng kết năm trước ngày 10/12/2026.',
        'report',
      ).map((r) => r.due),
    ).toEqual(['2026-06-14', '2026-12-09']);
  });
});

describe("a meeting's agenda month is no deadline (set 8 classes)", () => {
  it('"… họp … đánh giá … tháng 10, triển khai công tác trọng tâm tháng 11 năm 2026"', () => {
    expect(
      itemsOf(
        'Ngày 05/11/2026, UBND huyện Tân Lập họp thường kỳ đánh giá tình hình thực hiện nhiệm vụ tháng 10, triển khai công tác trọng tâm tháng 11 năm 2026.',
        'deadline',
      ),
    ).toEqual([]);
  });
});

describe('duties opened by an ordinal read their owner after it (set 9 classes)', () => {
  it.each<[string, string, ExtractItem['kind'], Partial<ExtractItem>[]]>([
    [
      '"Thứ nhất, <body> hoàn thành … trước ngày D": the body owns the deadline',
      'Tại hội nghị, Giám đốc Sở Nông nghiệp đề nghị:\nThứ nhất, các phòng kinh tế huyện hoàn thành rà soát diện tích lúa bị ngập trước ngày 12-11-2026.',
      'deadline',
      [{ owner: 'các phòng kinh tế huyện', due: '2026-11-11' }],
    ],
    [
      '"Thứ hai, <body> …, hoàn thành chậm nhất ngày D"',
      'Thứ hai, Văn phòng Sở Giáo dục và Đào tạo xây dựng bộ tiêu chí thi đua, hoàn thành chậm nhất ngày 05-5-2026.',
      'deadline',
      [{ owner: 'Văn phòng Sở Giáo dục và Đào tạo', due: '2026-05-05' }],
    ],
    [
      '"Thứ tư, <body> … báo cáo <recipient> … hằng tuần": the body sends the report',
      'Thứ tư, các trường học tổng hợp số học sinh nghỉ học, báo cáo Phòng Giáo dục và Đào tạo trước 15 giờ thứ Hai hằng tuần.',
      'report',
      [{ from: 'các trường học', to: 'Phòng Giáo dục và Đào tạo', period: 'weekly' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('targets announced in running text, joined by ";" (set 9 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"Nghị quyết … xác định đến năm N: a; b; c": every clause a target of year N',
      'Bế mạc Đại hội Đảng bộ xã Tân Lập\nNghị quyết Đại hội xác định đến năm 2030: thu nhập bình quân đầu người đạt 95 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 1%; 100% thôn có nhà văn hóa đạt chuẩn.',
      [
        { op: '>=', value: 95, unit: 'triệu đồng', year: '2030' },
        { op: '<', value: 1, unit: '%', year: '2030' },
        { op: '>=', value: 100, unit: '%', year: '2030' },
      ],
    ],
    [
      '"Kế hoạch đặt mục tiêu <value> …; <value> …; <value> …" with no colon: every clause a target',
      'Tiêm chủng mở rộng năm 2026\nSở Y tế vừa ban hành kế hoạch tiêm chủng mở rộng năm 2026. Kế hoạch đặt mục tiêu trên 95% trẻ dưới 1 tuổi được tiêm đủ mũi; 90% phụ nữ có thai được tiêm phòng uốn ván; 100% xã có điểm tiêm an toàn.',
      [
        { op: '>', value: 95, unit: '%', year: '2026' },
        { op: '>=', value: 90, unit: '%', year: '2026' },
        { op: '>=', value: 100, unit: '%', year: '2026' },
      ],
    ],
    [
      '"ít nhất 80% … ít nhất 2 lần/năm": how often, inside a target, is no target of its own',
      'Kế hoạch năm 2026\nKế hoạch đặt mục tiêu ít nhất 80% học sinh được kiểm tra thị lực ít nhất 2 lần/năm.',
      [{ op: '>=', value: 80, unit: '%', year: '2026' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(
      itemsOf(text, 'indicator').map(({ op, value, unit, year }) => ({ op, value, unit, year })),
    ).toEqual(expected);
  });
});

describe('senders named by their kind after ";" or at the head of an item (set 9 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"- Các chủ đầu tư báo cáo … về <body> vào thứ Năm hằng tuần": the investors send it',
      'UBND tỉnh yêu cầu:\n- Các chủ đầu tư báo cáo khối lượng hoàn thành về Sở Xây dựng vào thứ Ba hằng tuần.',
      [{ from: 'Các chủ đầu tư', to: 'Sở Xây dựng', period: 'weekly' }],
    ],
    [
      '"…; các tổ chức cơ sở đảng báo cáo … về <body> chậm nhất ngày D": a new subject after ";"',
      'Ban Thường vụ Huyện ủy yêu cầu Ban Dân vận Huyện ủy hướng dẫn triển khai, hoàn thành trong tháng 3/2026; các tổ chức cơ sở đảng báo cáo kết quả thực hiện về Ban Dân vận Huyện ủy chậm nhất ngày 20/4/2026.',
      [
        {
          from: 'các tổ chức cơ sở đảng',
          to: 'Ban Dân vận Huyện ủy',
          period: 'once',
          due: '2026-04-20',
        },
      ],
    ],
    [
      '"Các trạm y tế báo cáo … về Trung tâm Kiểm soát bệnh tật tỉnh …": the stations, the whole name',
      'Sở Y tế chủ trì chiến dịch. Các trạm y tế báo cáo số ca mắc về Trung tâm Kiểm soát bệnh tật tỉnh trước 10 giờ thứ Hai hằng tuần.',
      [{ from: 'Các trạm y tế', to: 'Trung tâm Kiểm soát bệnh tật tỉnh', period: 'weekly' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a deadline and a report joined by "và", each with its own hour and day (set 9 classes)', () => {
  it('"<body> hoàn thành … trước H giờ ngày D1 và báo cáo <recipient> … trước H giờ ngày D2"', () => {
    const text =
      'Ban Chỉ huy tỉnh yêu cầu các phường ven biển hoàn thành di dời dân khỏi vùng nguy hiểm trước 16 giờ ngày 05/10/2026 và báo cáo Ban Chỉ huy tỉnh số hộ đã di dời trước 8 giờ ngày 06/10/2026.';
    expect(itemsOf(text, 'deadline')).toEqual([
      { owner: 'các phường ven biển', due: '2026-10-05' },
    ]);
    expect(itemsOf(text, 'report')).toEqual([
      { from: 'các phường ven biển', to: 'Ban Chỉ huy tỉnh', period: 'once', due: '2026-10-06' },
    ]);
  });
});

describe('compiled results sent to a "Chi cục" (sub-department) are a report (set 9 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"<body> tổng hợp …, gửi Chi cục X trước ngày N hằng tháng": monthly, to the sub-department',
      'Các trạm khuyến nông tổng hợp số liệu, gửi Chi cục Thủy lợi trước ngày 5 hằng tháng.',
      [{ from: 'Các trạm khuyến nông', to: 'Chi cục Thủy lợi', period: 'monthly' }],
    ],
    [
      '"báo cáo về Chi cục X chậm nhất ngày D": the whole name, not "Cục X"',
      'Các trạm kiểm lâm báo cáo diện tích rừng bị cháy về Chi cục Kiểm lâm chậm nhất ngày 30/11/2026.',
      [
        {
          from: 'Các trạm kiểm lâm',
          to: 'Chi cục Kiểm lâm',
          period: 'once',
          due: '2026-11-30',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'report')).toEqual(expected);
  });
});

describe('a labelled target keeps the year written after its words (set 9 classes)', () => {
  it('"Label: 100% <subject> đạt chuẩn … vào năm N" under a heading of a later year: year N, no deadline', () => {
    const text =
      'KẾ HOẠCH PHÁT TRIỂN TRƯỜNG MẦM NON HOA SEN GIAI ĐOẠN 2026-2030\nII. MỤC TIÊU ĐẾN NĂM 2030\n1. Cán bộ quản lý: 100% cán bộ quản lý đạt chuẩn hiệu trưởng vào năm 2028.\n2. Huy động: tỷ lệ trẻ đến trường đạt 98%.';
    expect(
      itemsOf(text, 'indicator').map(({ op, value, unit, year }) => ({ op, value, unit, year })),
    ).toEqual([
      { op: '>=', value: 100, unit: '%', year: '2028' },
      { op: '>=', value: 98, unit: '%', year: '2030' },
    ]);
    expect(itemsOf(text, 'deadline')).toEqual([]);
  });
});

describe('a school grade is no target (set 9 classes)', () => {
  it.each<[string, string, Partial<ExtractItem>[]]>([
    [
      '"học sinh lớp 9 tốt nghiệp … đạt 100%": only the share',
      'II. MỤC TIÊU NĂM HỌC 2026-2027\n1. Chất lượng: học sinh lớp 9 tốt nghiệp trung học cơ sở đạt 100%.',
      [{ op: '>=', value: 100, unit: '%' }],
    ],
    [
      '"học sinh khối 12 … trên 98%": only the share',
      'II. MỤC TIÊU NĂM HỌC 2026-2027\n- Học sinh khối 12 đỗ tốt nghiệp trung học phổ thông trên 98%.',
      [{ op: '>', value: 98, unit: '%' }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(itemsOf(text, 'indicator').map(({ op, value, unit }) => ({ op, value, unit }))).toEqual(
      expected,
    );
  });
});

describe('a target bounded by a day of the next year takes that year (set 9 classes)', () => {
  it('"… cả năm N đạt …; <subject> đến ngày D/M/N+1 đạt 100% kế hoạch": the second of year N+1', () => {
    const text =
      'Để hoàn thành các mục tiêu năm 2026, UBND huyện yêu cầu:\n- Các xã phấn đấu thu ngân sách cả năm 2026 đạt từ 110% dự toán trở lên; giải ngân vốn đầu tư công đến ngày 31/01/2027 đạt 100% kế hoạch.';
    expect(itemsOf(text, 'indicator').map(({ value, year }) => ({ value, year }))).toEqual([
      { value: 110, year: '2026' },
      { value: 100, year: '2027' },
    ]);
  });
});

describe("a news item's targets with no period take the year the plan was adopted (set 9 classes)", () => {
  it('"Kế hoạch … ban hành ngày D/M/N." then "… đặt mục tiêu: a; b": targets of year N', () => {
    const text =
      'Phú Lâm phát động chiến dịch diệt lăng quăng\nKế hoạch phòng, chống sốt xuất huyết do UBND tỉnh Phú Lâm ban hành ngày 14/4/2026. Chiến dịch triển khai tại 120 xã, phường.\nChiến dịch đặt mục tiêu: trên 90% hộ gia đình được phun hóa chất; 100% ổ dịch được xử lý.';
    expect(
      itemsOf(text, 'indicator').map(({ op, value, unit, year }) => ({ op, value, unit, year })),
    ).toEqual([
      { op: '>', value: 90, unit: '%', year: '2026' },
      { op: '>=', value: 100, unit: '%', year: '2026' },
    ]);
  });
});

describe("a tag page's stamp under a lead dates the lead's yearless days (set 9 classes)", () => {
  it('"Tag: …" / headline / "VOV.VN - … trước ngày 20/8." / "Thứ Ba, 05/08/2026 | 10:15": due 2026-08-19', () => {
    const text =
      'Tag: sắp xếp trường học\nPhú Lâm: hoàn thành sáp nhập điểm trường trước ngày 20/8\nVOV.VN - UBND tỉnh Phú Lâm giao Sở Giáo dục và Đào tạo hoàn thành phương án sáp nhập các điểm trường lẻ trước ngày 20/8.\nThứ Ba, 05/08/2026 | 10:15';
    expect(itemsOf(text, 'deadline')).toEqual([
      { owner: 'Sở Giáo dục và Đào tạo', due: '2026-08-19' },
    ]);
  });
});
