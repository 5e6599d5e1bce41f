import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader } from './headers.js';
import { classifyTaskRow, isDateMask, isPlaceDateLine, taskCells } from './task-rows.js';

const sheet = gridSheet('Nhiệm vụ', [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
  ['I', 'CÔNG TÁC TUYÊN GIÁO'],
  [
    1,
    'Hội nghị cán bộ chủ chốt tháng 5/2024',
    'Ban Tuyên giáo Huyện ủy',
    'tháng 5/2024',
    'Hoàn thành',
  ],
  ['CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG'],
  [
    2,
    'Quán triệt học tập cho toàn thể cán bộ, đảng viên',
    'Các chi, đảng bộ cơ sở',
    'trước ngày 25/6/2024',
    null,
  ],
  [null, 'Tổng cộng', null, null, '2'],
  [],
  ['Nơi nhận:', null, null, 'T/M BAN THƯỜNG VỤ'],
  ['- Thường trực Huyện ủy,'],
  [null, null, null, 'PHÓ BÍ THƯ'],
]);
const header = detectTaskHeader(sheet.rows)!;
const kindOf = (n: number) =>
  classifyTaskRow(
    sheet.rows.find((r) => r.number === n)!,
    header,
  );

describe('classifyTaskRow', () => {
  it.each([
    [2, 'section'],
    [3, 'task'],
    [4, 'section'],
    [5, 'task'],
    [6, 'total'],
    [8, 'footer'],
  ] as const)('row %i is a %s row', (row, kind) => {
    expect(kindOf(row)).toBe(kind);
  });
});

describe('the signature block laid over the table columns', () => {
  // Table from column B; the right block ("CHÁNH VĂN PHÒNG") lands in the deadline column E.
  const offset = gridSheet('Theo dõi', [
    [null, 'STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ'],
    [
      null,
      1,
      'Sơ kết 03 năm thực hiện Nghị quyết số 26-NQ/HU',
      'Văn phòng HĐND-UBND',
      'Quý IV/2024',
      null,
    ],
    [null, 'Cộng', null, null, null, '1'],
    [null, 'NGƯỜI LẬP BIỂU', null, null, 'CHÁNH VĂN PHÒNG'],
    [null, null, null, null, 'Nguyễn Văn Thắng'],
  ]);
  const h = detectTaskHeader(offset.rows)!;
  const kind = (n: number) =>
    classifyTaskRow(
      offset.rows.find((r) => r.number === n)!,
      h,
    );

  it('still reads the task row', () => expect(kind(2)).toBe('task'));
  it('treats "Cộng" alone as a total row', () => expect(kind(3)).toBe('total'));
  it('ends the table at "NGƯỜI LẬP BIỂU" … "CHÁNH VĂN PHÒNG"', () =>
    expect(kind(4)).toBe('footer'));
  it('keeps a task whose owner is a signer title', () => {
    const withOwner = gridSheet('Theo dõi', [
      ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn'],
      [1, 'Chỉ đạo tổng kết', 'Chủ tịch UBND huyện', '31/12/2024'],
    ]);
    const hh = detectTaskHeader(withOwner.rows)!;
    expect(classifyTaskRow(withOwner.rows[1]!, hh)).toBe('task');
  });
});

describe('where a task table ends', () => {
  const signed = gridSheet('Theo dõi', [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
    [1, 'Tổng kết công tác tuyên giáo năm 2024', 'Ban Tuyên giáo', '15/12/2024', null],
    [null, null, null, 'Đức Thọ, ngày 15 tháng 11 năm 2024', null],
    ['* Ghi chú: cột Tình trạng ghi "Hoàn thành" hoặc "Chưa hoàn thành".'],
    ['Lưu ý: số liệu tính đến ngày 15/11/2024'],
    [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
    ['KT. TRƯỞNG BAN', null, null, null],
    [2, 'Hà Nội, ngày 10 tháng 5 năm 2024 tổ chức hội nghị', 'Văn phòng', '10/5/2024', null],
  ]);
  const h = detectTaskHeader(signed.rows)!;
  it.each([
    [2, 'task'],
    [3, 'footer'],
    [4, 'footer'],
    [5, 'footer'],
    [6, 'footer'],
    [7, 'footer'],
    [8, 'task'],
  ] as const)('row %i is a %s row', (n, kind) => {
    expect(
      classifyTaskRow(
        signed.rows.find((r) => r.number === n)!,
        h,
      ),
    ).toBe(kind);
  });
});

describe('isPlaceDateLine', () => {
  it.each([
    ['Đức Thọ, ngày 15 tháng 11 năm 2024', true],
    ['Than Uyên, ngày 01 tháng 7 năm 2024', true],
    ['…………, ngày … tháng … năm 2024', true],
    ['TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2025', true],
    ['Tổ chức hội nghị, ngày 10 tháng 5 năm 2024', true],
    ['Hội nghị ngày 10 tháng 5 năm 2024', false],
    ['Quyết định 25, ngày 10 tháng 5 năm 2024', false],
    ['30/6/2024', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isPlaceDateLine(text)).toBe(expected);
  });
});

describe('tick columns', () => {
  const ticked = gridSheet('Theo dõi', [
    ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Tình trạng', null, null],
    [null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa hoàn thành'],
    [1, 'Rà soát quy hoạch cán bộ', '30/6/2024', 'x', null, null],
    [2, 'Kiểm tra chi bộ trực thuộc', '30/9/2024', null, null, 'X'],
    [3, 'Sơ kết 6 tháng', '15/7/2024', null, null, null],
  ]);
  const h = detectTaskHeader(ticked.rows)!;
  it('are found under a group header', () => {
    expect(h.rows).toEqual([1, 2]);
    expect(h.ticks?.map((t) => t.field)).toEqual(['tickDone', 'tickInProgress', 'tickNotDone']);
  });
  it('give the ticked column header as the status, at the tick', () => {
    const status = (n: number) =>
      taskCells(
        ticked.rows.find((r) => r.number === n)!,
        h,
      ).status;
    expect(status(3)).toMatchObject({ col: 4, text: 'Đã hoàn thành' });
    expect(status(4)).toMatchObject({ col: 6, text: 'Chưa hoàn thành' });
    expect(status(5)).toBeUndefined();
  });
});

describe('a template row nobody filled in', () => {
  const header = detectTaskHeader(
    gridSheet('Mẫu', [
      ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện', 'Thời hạn', 'Ngày hoàn thành'],
    ]).rows,
  )!;
  it.each([
    [['1', '(Ghi nội dung kiến nghị)', '(Tên đơn vị)', 'dd/mm/yyyy', 'dd/mm/yyyy'], 'placeholder'],
    [['1', 'Thu hồi số tiền chi sai', 'UBND xã Sơn Hàm', 'ngày/tháng/năm'], 'placeholder'],
    [['1', 'Thu hồi số tiền chi sai', 'UBND xã Sơn Hàm', '…/…/2024'], 'placeholder'],
    [['1', 'Thu hồi số tiền chi sai (đợt 2)', 'UBND xã Sơn Hàm', '31/8/2024'], 'task'],
  ] as const)('%j is a %s row', (values, kind) => {
    const row = gridSheet('Mẫu', [values], 2).rows[0]!;
    expect(classifyTaskRow(row, header)).toBe(kind);
  });
});

describe('a total row against a task that opens with the same word', () => {
  const rows = gridSheet('Nhiệm vụ', [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
    [1, 'Tổng kết công tác năm 2024', 'Văn phòng Huyện ủy', null, 'Đang thực hiện'],
    [2, 'Tổng hợp báo cáo của các xã', 'Phòng Nội vụ', null, null],
    [null, 'Tổng số: 2 nhiệm vụ'],
    [null, 'Cộng:', null, null, 2],
  ]);
  const h = detectTaskHeader(rows.rows)!;
  it.each([
    [2, 'task'],
    [3, 'task'],
    [4, 'total'],
    [5, 'total'],
  ])('row %i is a %s', (n, kind) => {
    expect(
      classifyTaskRow(
        rows.rows.find((r) => r.number === n)!,
        h,
      ),
    ).toBe(kind);
  });
});

describe('a deadline marked with an "x" under the periods a task spans', () => {
  // "Thời gian thực hiện" merged over "Quý I | Quý II | Quý III | Quý IV"
  const plan = gridSheet('KH CCHC 2024', [
    [
      'TT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời gian thực hiện',
      null,
      null,
      null,
      'Kết quả',
    ],
    [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', null],
    [
      1,
      'Ban hành kế hoạch cải cách hành chính',
      'Phòng Nội vụ',
      'x',
      null,
      null,
      null,
      'Hoàn thành',
    ],
    [2, 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', null, 'x', 'x', null, null],
    [3, 'Khảo sát sự hài lòng của người dân', 'Phòng Nội vụ', null, null, null, null, null],
  ]);
  const h = detectTaskHeader(plan.rows)!;
  const due = (n: number) => {
    const cell = taskCells(
      plan.rows.find((r) => r.number === n)!,
      h,
    ).due;
    return cell ? `${cell.col} ${cell.text}` : undefined;
  };

  it('reads the period row as part of the header', () => {
    expect(h.rows).toEqual([1, 2]);
    expect(h.dueTicks?.map((t) => t.label)).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
  });

  it('takes the last period ticked as the deadline, at its own cell', () => {
    expect(due(3)).toBe('4 Quý I');
    expect(due(4)).toBe('6 Quý III');
    // nothing ticked: no deadline, not an "x" read as a date
    expect(due(5)).toBeUndefined();
  });
});

describe('a row with no task in it', () => {
  const rows = gridSheet('Nhiệm vụ', [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
    [null, null, null, 'Quý I'],
    [null, null, 'Phòng Nội vụ', '30/6/2024'],
  ]);
  const h = detectTaskHeader(rows.rows)!;
  it.each([2, 3])('row %i, with no title and no number, is not a task', (n) => {
    expect(
      classifyTaskRow(
        rows.rows.find((r) => r.number === n)!,
        h,
      ),
    ).toBe('blank');
  });
});

describe('a result written in a tick column instead of a tick (held-out v03)', () => {
  it('marks the row with that status and keeps the text, where a completion day is read', () => {
    const sheet = gridSheet('Sổ đơn thư', [
      ['STT', 'Nội dung đơn', 'Hạn giải quyết', 'Tiến độ', null],
      [null, null, null, 'Đã giải quyết xong (ghi rõ kết quả)', 'Đang giải quyết'],
      [
        1,
        'Kiến nghị xác định ranh giới thửa đất',
        '02/10/2024',
        'Đã hòa giải thành ngày 20/9/2024',
        null,
      ],
      [2, 'Phản ánh chăn nuôi gây ô nhiễm', '25/10/2024', null, 'x'],
      [3, 'Kiến nghị sửa chữa kênh mương', '05/12/2024', '-', 'x'],
    ]);
    const header = detectTaskHeader(sheet.rows)!;
    const status = (n: number) => taskCells(sheet.rows[n]!, header).status?.text;
    expect(status(2)).toBe('Đã giải quyết xong (ghi rõ kết quả): Đã hòa giải thành ngày 20/9/2024');
    expect(status(3)).toBe('Đang giải quyết');
    expect(status(4)).toBe('Đang giải quyết');
  });
});

describe('isDateMask', () => {
  /** The test before texts that cannot begin a mask were turned away first. */
  const DATE_MASK =
    /^(?:d{1,2}|ngay|…+|\.{2,}|_+)[/.-](?:m{1,2}|thang|…+|\.{2,}|_+)[/.-](?:y{2,4}|nam|\d{4}|…+|\.{2,}|_+)$/iu;
  const full = (text: string) =>
    DATE_MASK.test(
      text
        .replace(/\s+/g, '')
        .replace(/ngày/giu, 'ngay')
        .replace(/tháng/giu, 'thang')
        .replace(/năm/giu, 'nam'),
    );

  it('tells masks as the full test does, on generated deadline texts', () => {
    const parts = ['dd', 'D', 'mm', 'yyyy', 'ngày', 'NGÀY', 'tháng', 'năm', 'Năm', '…', '..', '_'];
    const others = ['2024', '30', 'trước ', 'x', 'Đ', '\u00a0', ' ', '\t', 'Quý II'];
    const seps = ['/', '.', '-', ' / ', ''];
    let seed = 5;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length]!;
    };
    let masks = 0;
    for (let n = 0; n < 20_000; n++) {
      // three parts and two separators, any of them possibly something else
      let text = pick(['', ' ', '  ', 'trước ']);
      for (let k = 0; k < 3; k++) {
        text += n % 3 === 0 ? pick([...parts, ...others]) : pick(parts);
        if (k < 2) text += pick(seps);
      }
      expect(isDateMask(text)).toBe(full(text));
      if (full(text)) masks++;
    }
    expect(masks).toBeGreaterThan(20);
    for (const mask of [
      'dd/mm/yyyy',
      ' ngày / tháng / năm',
      '…/…/2024',
      '__/__/____',
      'NGÀY/THÁNG/NĂM',
    ])
      expect(isDateMask(mask)).toBe(true);
    for (const text of ['30/06/2024', 'trước ngày 25/6/2024', 'Quý II/2024'])
      expect(isDateMask(text)).toBe(false);
  });
});
