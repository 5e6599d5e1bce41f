import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import {
  detectTaskHeader,
  isColumnNumberingRow,
  matchHeaderText,
  taskHeaderAliases,
  tickColumnAt,
} from './headers.js';

const aliases = taskHeaderAliases();

describe('matchHeaderText', () => {
  it.each([
    ['STT', 'index'],
    ['TT', 'index'],
    ['Nội dung', 'title'],
    ['Nội dung nhiệm vụ', 'title'],
    ['NỘI DUNG CÔNG VIỆC', 'title'],
    ['Cơ quan chủ trì', 'owner'],
    ['Đơn vị chủ trì', 'owner'],
    ['Cơ quan phối hợp', 'coordinators'],
    ['Đơn vị phối hợp', 'coordinators'],
    ['Thời hạn', 'due'],
    ['Thời gian hoàn thành', 'due'],
    ['Hạn hoàn thành', 'due'],
    ['Ngày hoàn thành', 'completedOn'],
    ['Tình trạng', 'status'],
    ['Tiến độ', 'status'],
    ['Kết quả thực hiện', 'status'],
    ['Ghi chú', 'note'],
    ['thoi han', 'due'],
    ['Nội dung'.normalize('NFD'), 'title'],
    ['Thời hạn\nhoàn thành', 'due'],
  ] as const)('%j names the %s column', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });

  it.each([
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ TRIỂN KHAI CHỈ THỊ SỐ 32-CT/TW CỦA BAN BÍ THƯ VỀ CHỐNG KHAI THÁC THỦY SẢN',
    'Lai Châu, ngày 01 tháng 7 năm 2024',
    '',
  ])('%j is not a column header', (text) => {
    expect(matchHeaderText(text, aliases)).toBeUndefined();
  });
});

describe('detectTaskHeader', () => {
  it('finds a one-row header below the title rows of an administrative document', () => {
    const sheet = gridSheet('Nhiệm vụ', [
      ['HUYỆN ỦY PHONG THỔ', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['BAN TUYÊN GIÁO', null, null, 'Phong Thổ, ngày 01 tháng 7 năm 2024'],
      ['BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ'],
      ['(Kèm theo Kế hoạch số 15-KH/HU)'],
      [],
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tiến độ', 'Ghi chú'],
      [
        1,
        'Hội nghị cán bộ chủ chốt',
        'Ban Tuyên giáo Huyện ủy',
        'tháng 5/2024',
        'Hoàn thành',
        null,
      ],
    ]);
    const header = detectTaskHeader(sheet.rows, aliases);
    expect(header).toMatchObject({
      rows: [6],
      lastHeaderRow: 6,
      columns: { index: 1, title: 2, owner: 3, due: 4, status: 5, note: 6 },
    });
  });

  it('reads a two-row header: "Kết quả thực hiện" merged over "Ngày hoàn thành" and "Tình trạng"', () => {
    const sheet = gridSheet('Theo dõi', [
      ['BẢNG THEO DÕI NHIỆM VỤ'],
      [],
      [
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời hạn',
        'Kết quả thực hiện',
        null,
        'Ghi chú',
      ],
      [null, null, null, null, null, 'Ngày hoàn thành', 'Tình trạng', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['I', 'CÔNG TÁC TUYÊN GIÁO'],
    ]);
    const header = detectTaskHeader(sheet.rows, aliases);
    expect(header).toMatchObject({
      rows: [3, 4],
      lastHeaderRow: 5,
      columns: {
        index: 1,
        title: 2,
        owner: 3,
        coordinators: 4,
        due: 5,
        completedOn: 6,
        status: 7,
        note: 8,
      },
    });
  });

  it('finds nothing in a sheet of prose', () => {
    const sheet = gridSheet('Hướng dẫn', [
      ['Hướng dẫn sử dụng sổ theo dõi'],
      ['Ghi thời hạn theo đúng văn bản, ví dụ "trước ngày 20/5/2024".'],
    ]);
    expect(detectTaskHeader(sheet.rows, aliases)).toBeUndefined();
  });

  it('needs a timing column: a roster with "Tên đơn vị" and "Ghi chú" is not a task table', () => {
    const sheet = gridSheet('Danh sách', [['STT', 'Nội dung', 'Ghi chú']]);
    expect(detectTaskHeader(sheet.rows, aliases)).toBeUndefined();
  });

  it('honours the column names a pack binds', () => {
    const sheet = gridSheet('NV', [['Số', 'Việc cần làm', 'Ai làm', 'Hạn cuối cùng', 'Xong chưa']]);
    const packAliases = taskHeaderAliases({
      title: ['Việc cần làm'],
      owner: ['Ai làm'],
      due: ['Hạn cuối cùng'],
      status: ['Xong chưa'],
    });
    expect(detectTaskHeader(sheet.rows, packAliases)?.columns).toEqual({
      title: 2,
      owner: 3,
      due: 4,
      status: 5,
    });
  });
});

describe('isColumnNumberingRow', () => {
  it.each([
    [['(1)', '(2)', '(3)', '(4)'], true],
    [['A', 'B', 1, 2, 3], true],
    [['A', 'B', 1, 2, 3, 4, '5=4/3', '6=4/2', 7], true],
    [['(1)', '(2)', '(3)', '(4)', '(5) = (4) - (3)', '(6)=(4)x100'], true],
    [[1, 'Tỷ lệ hộ nghèo', '%', 2.5], false],
    [['I', 'CHỈ TIÊU KINH TẾ'], false],
    [['1', '2', '5=4/'], false],
  ] as const)('%j → %s', (cells, expected) => {
    const row = gridSheet('Biểu', [[...cells]]).rows[0]!;
    expect(isColumnNumberingRow(row)).toBe(expected);
  });
});

describe('several status columns', () => {
  it('takes the one whose cells are status words, and reads the other as the result notes', () => {
    const sheet = gridSheet('Theo dõi KLTT', [
      [
        'TT',
        'Nội dung kiến nghị',
        'Đơn vị thực hiện',
        'Thời hạn thực hiện',
        'Kết quả thực hiện kiến nghị',
        'Tình trạng',
      ],
      [
        1,
        'Thu hồi tiền chi sai chế độ',
        'UBND xã Hương Trà',
        '30/9/2024',
        'Đã nộp ngân sách nhà nước ngày 05/9/2024 (Giấy nộp tiền số 0012)',
        'Đã khắc phục',
      ],
      [
        2,
        'Tổ chức kiểm điểm trách nhiệm',
        'UBND xã Hương Trà',
        '30/9/2024',
        'Đã tổ chức kiểm điểm ngày 10/10/2024',
        'Đã khắc phục',
      ],
      [
        3,
        'Trả lại các khoản thu sai',
        'Trường THCS Hương Long',
        '31/10/2024',
        'Đã trả lại 18.000.000 đồng, còn 10.350.000 đồng',
        'Đang khắc phục',
      ],
    ]);
    const h = detectTaskHeader(sheet.rows);
    expect(h?.columns).toMatchObject({ status: 6, note: 5 });
  });
});

describe('detectTaskHeader: several columns with a deadline wording', () => {
  const header = (...titles: string[]) =>
    detectTaskHeader(gridSheet('Theo dõi', [titles]).rows, aliases)?.columns;

  it.each<[string, string[], Record<string, number | undefined>]>([
    [
      'a hotline export: received, deadline, done — the deadline is the one named so',
      [
        'STT',
        'Nội dung phản ánh',
        'Thời gian tiếp nhận',
        'Hạn xử lý',
        'Thời gian hoàn thành',
        'Tình trạng',
      ],
      { start: 3, due: 4, completedOn: 5, status: 6 },
    ],
    [
      'a plan with one time column: "Thời gian hoàn thành" is its deadline',
      ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tiến độ'],
      { due: 4, completedOn: undefined },
    ],
    [
      'a planned day beside the deadline stays a plan, not a completion',
      ['TT', 'Nhiệm vụ', 'Thời gian hoàn thành dự kiến', 'Hạn chót', 'Kết quả'],
      { due: 4, completedOn: undefined },
    ],
    [
      'a completion column of its own is kept',
      ['TT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Thời hạn', 'Ngày hoàn thành', 'Tình trạng'],
      { due: 4, completedOn: 5 },
    ],
    [
      'two plain time columns: the first is the deadline, as before',
      ['TT', 'Nội dung', 'Thời gian thực hiện', 'Thời gian hoàn thành', 'Tình trạng'],
      { due: 3, completedOn: undefined },
    ],
  ])('%s', (_, titles, expected) => {
    const columns = header(...titles);
    expect(columns).toBeDefined();
    for (const [field, col] of Object.entries(expected))
      expect(columns![field as keyof typeof columns]).toBe(col);
  });
});

describe('planned and actual days under one time group', () => {
  // [the group header, its two sub-headers, the item column's header]
  it.each([
    ['Thời gian tổ chức đại hội', 'Dự kiến', 'Thực tế', 'Nội dung'],
    ['Thời gian thực hiện', 'Kế hoạch', 'Thực hiện', 'Nội dung công việc'],
    ['Thời gian hoàn thành', 'Theo kế hoạch', 'Thực tế', 'Nhiệm vụ'],
    // a schedule per branch names its item by the kind of unit
    ['Thời gian tổ chức đại hội', 'Dự kiến', 'Thực tế', 'Chi bộ'],
    ['Ngày tổ chức hội nghị', 'Dự kiến', 'Đã tổ chức', 'Tên chi bộ'],
  ])('%j over %j | %j: the deadline, then the completion date', (group, planned, actual, item) => {
    const sheet = gridSheet('Tiến độ', [
      ['TT', item, 'Số đảng viên', group, null, 'Ghi chú'],
      [null, null, null, planned, actual, null],
      [1, 'Chi bộ thôn Bình Minh', 32, '15/11/2024', '15/11/2024', null],
    ]);
    const header = detectTaskHeader(sheet.rows, aliases);
    expect(header?.columns).toMatchObject({ title: 2, due: 4, completedOn: 5 });
  });

  it('does not read a sub-header as planned or actual under a group that is no time', () => {
    const sheet = gridSheet('Kết quả', [
      ['TT', 'Nội dung', 'Thời hạn', 'Kinh phí (triệu đồng)', null],
      [null, null, null, 'Kế hoạch', 'Thực hiện'],
      [1, 'Sửa chữa trụ sở', '30/11/2024', 120, 118],
    ]);
    const header = detectTaskHeader(sheet.rows, aliases);
    expect(header?.columns.due).toBe(3);
    expect(header?.columns.completedOn).toBeUndefined();
  });

  // a header of three merged rows: "Thời gian" over "Kế hoạch | Thực tế" over "Bắt đầu | Kết thúc"
  it.each([
    ['Thời gian', 'Kế hoạch', 'Thực tế', 'Bắt đầu', 'Kết thúc'],
    ['Thời gian thực hiện', 'Dự kiến', 'Thực tế', 'Từ ngày', 'Đến ngày'],
  ])(
    '%j over %j | %j over %j | %j: the planned end is the deadline, the actual end the completion',
    (group, planned, actual, start, end) => {
      const sheet = gridSheet('Tiến độ', [
        ['STT', 'Nội dung công việc', 'Khoa/Phòng', null, group, null, null, null, 'Ghi chú'],
        [null, null, null, null, planned, null, actual, null, null],
        [null, null, null, null, start, end, start, end, null],
        [1, 'Giảm thời gian chờ xét nghiệm', 'Khoa Xét nghiệm', null, '01/8/2024', '30/8/2024'],
      ]);
      const header = detectTaskHeader(sheet.rows, aliases);
      expect(header?.rows).toEqual([1, 2, 3]);
      expect(header?.columns).toMatchObject({ title: 2, start: 5, due: 6, completedOn: 8 });
    },
  );

  it('takes no title block above a one-row header into a three-row header', () => {
    const sheet = gridSheet('CTCT 2024', [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 CỦA BAN THƯỜNG VỤ HUYỆN ỦY'],
      ['(Kèm theo Chương trình số 02-CTr/HU ngày 05/01/2024)'],
      ['Thời gian', 'Nội dung', 'Cơ quan chuẩn bị', 'Ghi chú'],
      ['Tháng 1', 'Hội nghị tổng kết công tác xây dựng Đảng năm 2023', 'Văn phòng Huyện ủy', null],
    ]);
    expect(detectTaskHeader(sheet.rows, aliases)?.rows).toEqual([3]);
  });

  it('reads starts and ends under a group that says neither planned nor actual as before', () => {
    const sheet = gridSheet('Tiến độ', [
      ['STT', 'Nội dung công việc', 'Thời gian thực hiện', null, 'Ghi chú'],
      [null, null, 'Bắt đầu', 'Kết thúc', null],
      [1, 'Khảo sát hài lòng người bệnh', '01/9/2024', '20/9/2024', null],
    ]);
    expect(detectTaskHeader(sheet.rows, aliases)?.columns.completedOn).toBeUndefined();
  });

  it.each([
    ['Thời gian', 'Từ ngày', 'Đến ngày'],
    ['Thời gian thực hiện', 'Từ', 'Đến'],
    ['Thời gian triển khai', 'Bắt đầu', 'Kết thúc'],
  ])('%j over %j | %j: the last day is the deadline, the first the start', (group, from, to) => {
    const sheet = gridSheet('Kế hoạch', [
      ['STT', 'Nội dung', 'Đơn vị thực hiện', group, null, 'Kết quả'],
      [null, null, null, from, to, null],
      [1, 'Kiểm tra đê điều trước mùa mưa', 'Hạt Quản lý đê', '02/5/2024', '15/5/2024'],
    ]);
    expect(detectTaskHeader(sheet.rows, aliases)?.columns).toMatchObject({
      title: 2,
      start: 4,
      due: 5,
    });
  });

  it('takes no unit column for the item of a table that has one', () => {
    const sheet = gridSheet('Nhiệm vụ', [
      ['TT', 'Nội dung', 'Chi bộ', 'Thời hạn', 'Ngày hoàn thành'],
      [1, 'Tổ chức đại hội', 'Chi bộ thôn Bình Minh', '15/11/2024', null],
    ]);
    expect(detectTaskHeader(sheet.rows, aliases)?.columns.title).toBe(2);
  });
});

describe('the tick column a sub-header makes (found by words or pinned by a binding)', () => {
  it.each([
    ['Đã hoàn thành', 'tickDone'],
    ['Hoàn thành đúng hạn', 'tickDone'],
    ['Đang thực hiện', 'tickInProgress'],
    ['Đang giải quyết', 'tickInProgress'],
    ['Chưa hoàn thành', 'tickNotDone'],
    ['Chưa triển khai', 'tickNotDone'],
    // in plain words, under 'Tình hình' or 'Kết quả'
    ['Đã làm', 'tickDone'],
    ['Đang làm', 'tickInProgress'],
    ['Chưa làm', 'tickNotDone'],
    ['Ghi chú', undefined],
    ['Quý III', undefined],
  ] as const)('%j → %s', (label, field) => {
    expect(tickColumnAt(7, label, aliases)).toEqual(
      field === undefined ? undefined : { col: 7, field, label },
    );
  });
});

describe('detectTaskHeader: a document number column', () => {
  const columns = (...titles: string[]) =>
    detectTaskHeader(gridSheet('Theo dõi', [titles]).rows, aliases)?.columns;

  it('right of the deadline, is the document that did the work', () => {
    expect(
      columns('TT', 'Tên báo cáo', 'Nơi nhận', 'Thời hạn gửi', 'Ngày gửi', 'Số, ký hiệu văn bản'),
    ).toMatchObject({ title: 2, due: 4, completedOn: 5, resultDocument: 6 });
  });

  it.each(['Số, ký hiệu văn bản đến', 'Số, ký hiệu văn bản giao', 'Số văn bản yêu cầu'])(
    '%j, even right of the deadline, is a document that came in, and not read',
    (title) => {
      const c = columns('STT', 'Trích yếu', 'Hạn xử lý', title, 'Ghi chú');
      expect(c).toMatchObject({ title: 2, due: 3 });
      expect(c?.resultDocument).toBeUndefined();
    },
  );

  it('left of it, is the document that assigned the work, and not read', () => {
    const c = columns('STT', 'Số, ký hiệu văn bản', 'Trích yếu', 'Hạn xử lý', 'Tình trạng');
    expect(c).toMatchObject({ title: 3, due: 4, status: 5 });
    expect(c?.resultDocument).toBeUndefined();
  });
});

describe('detectTaskHeader: a column about an extension', () => {
  const columns = (...titles: string[]) =>
    detectTaskHeader(gridSheet('Theo dõi', [titles]).rows, aliases)?.columns;
  it.each([
    ['Hạn gia hạn', 5],
    ['Thời hạn điều chỉnh', 5],
    ['Lý do gia hạn', undefined],
    ['Đề nghị gia hạn', undefined],
  ])('%j → %s', (title, col) => {
    expect(columns('TT', 'Nội dung', 'Chủ trì', 'Thời hạn', title, 'Tình trạng')?.extendedDue).toBe(
      col,
    );
  });
});

describe('detectTaskHeader: a deadline named by the work, and the day of the same work', () => {
  const columns = (...titles: string[]) =>
    detectTaskHeader(gridSheet('Theo dõi', [titles]).rows, aliases)?.columns;

  it.each<[string[], Record<string, number>]>([
    // people as items: the branch reviews each probationary member by a day
    [
      [
        'TT',
        'Họ và tên',
        'Chi bộ',
        'Ngày kết nạp',
        'Hạn chi bộ xét công nhận chính thức',
        'Ngày chi bộ xét',
      ],
      { title: 2, due: 5, completedOn: 6 },
    ],
    [
      ['STT', 'Nội dung', 'Hạn nộp hồ sơ thi đua', 'Ngày nộp', 'Ghi chú'],
      { title: 2, due: 3, completedOn: 4 },
    ],
    [
      ['STT', 'Họ tên', 'Hạn trả lời', 'Ngày trả lời đơn', 'Ghi chú'],
      { title: 2, due: 3, completedOn: 4 },
    ],
  ])('%j', (titles, expected) => {
    expect(columns(...titles)).toMatchObject(expected);
  });

  it('takes neither a quota nor a day of other work', () => {
    // "Hạn mức" is a limit, not a deadline: no timing column, no task table
    expect(columns('STT', 'Họ và tên', 'Hạn mức tín dụng', 'Ngày vay')).toBeUndefined();
    // nor when a person's card runs out
    expect(
      columns('STT', 'Họ và tên', 'Số thẻ BHYT', 'Hạn sử dụng thẻ', 'Ghi chú'),
    ).toBeUndefined();
    expect(columns('STT', 'Họ và tên', 'Hạn thẻ BHYT', 'Ngày cấp')).toBeUndefined();
    const c = columns(
      'TT',
      'Họ và tên',
      'Hạn chi bộ xét',
      'Ngày kết nạp',
      'Ngày hết 12 tháng dự bị',
    );
    expect(c).toMatchObject({ title: 2, due: 3 });
    expect(c?.completedOn).toBeUndefined();
  });
});
