/**
 * How a sheet's tables are found and read: two tables on one sheet, a header repeated on every
 * printed page, what the check understood (`explain`), and the status or start date a row gives
 * in a column other than the usual one.
 */
import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack/schema.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const at = (r: ReturnType<typeof checkSheets>) =>
  r.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort();

describe('two tables on one sheet', () => {
  const report = gridSheet('Báo cáo', [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT CỦA ĐẢNG ỦY XÃ NĂM 2024'],
    [],
    ['PHẦN I. CÁC CHỈ TIÊU CHỦ YẾU'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Ghi chú'],
    [1, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95, 93.8],
    [2, 'Số đảng viên kết nạp mới', 'Đảng viên', 6, 7],
    [],
    ['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'],
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
    [
      1,
      'Hoàn thành xây dựng nhà văn hóa thôn 3',
      'UBND xã',
      '30/9/2024',
      'Hoàn thành ngày 20/9/2024',
    ],
    [2, 'Tổng kết công tác dân vận năm 2024', 'Ban Dân vận', '15/12/2024', 'Chưa tổ chức'],
  ]);
  const asOf = { year: 2025, month: 1, day: 10 };

  it('reads each table with its own columns', () => {
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'xa.xlsx', [report]);
    expect(at(result)).toEqual(['indicator/exceeded E6', 'indicator/unmet E5', 'task/overdue D11']);
    const [sheet] = result.sheets;
    expect([sheet!.table, ...(sheet!.more ?? []).map((t) => t.table)]).toEqual([
      'indicators',
      'tasks',
    ]);
  });

  it('finds the second table even when it starts below the first rows searched', () => {
    const long = gridSheet('Báo cáo', [
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT CỦA ĐẢNG ỦY XÃ NĂM 2024'],
      [],
      ['PHẦN I. CÁC CHỈ TIÊU CHỦ YẾU'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Ghi chú'],
      ...Array.from({ length: 45 }, (_, i) => [i + 1, `Chỉ tiêu phụ số ${i + 1}`, '%', 50, 60]),
      [],
      ['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'],
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
      [1, 'Tổng kết công tác dân vận năm 2024', 'Ban Dân vận', '15/12/2024', 'Chưa tổ chức'],
    ]);
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'xa.xlsx', [long]);
    expect(result.findings.filter((f) => f.rule === 'task/overdue')).toHaveLength(1);
  });
});

describe('a header repeated on every printed page', () => {
  const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'];
  const sheet = gridSheet('Nhiệm vụ', [
    header,
    [1, 'Rà soát quy hoạch cán bộ', 'Ban Tổ chức', '30/6/2024', 'Hoàn thành'],
    [],
    header,
    [2, 'Kiện toàn Ban Chỉ đạo 35', 'Ban Tuyên giáo', '15/6/2024', 'Đang thực hiện'],
  ]);

  it('is skipped, and the rows under it stay in the same table', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 7, day: 1 }, explain: true }),
      'nv.xlsx',
      [sheet],
    );
    expect(at(result)).toEqual(['task/overdue D5']);
    expect(result.sheets[0]!.more).toBeUndefined();
    expect(result.sheets[0]!.understanding?.skipped).toEqual({ 'repeated-header': 1 });
  });
});

describe('two task tables of one sheet, each with its own header (held-out u04)', () => {
  it('reads the second with its own columns, not as rows of the first', () => {
    const sheet = gridSheet('Phụ lục', [
      ['PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2024'],
      ['A. NHIỆM VỤ ĐÃ HOÀN THÀNH'],
      ['STT', 'Nội dung nhiệm vụ', 'Văn bản giao', 'Thời hạn', 'Ngày hoàn thành'],
      [1, 'Báo cáo cung ứng xăng dầu 6 tháng', 'CV 9120/UBND-KT', '15/7/2024', '12/7/2024'],
      [2, 'Kế hoạch thương mại điện tử 2025', 'CV 10288/UBND-KT', '31/7/2024', '09/8/2024'],
      [],
      ['B. NHIỆM VỤ ĐANG THỰC HIỆN, CHƯA HOÀN THÀNH'],
      ['STT', 'Nội dung nhiệm vụ', 'Văn bản giao', 'Thời hạn', 'Tiến độ thực hiện'],
      [
        1,
        'Rà soát quy hoạch cửa hàng xăng dầu',
        'CV 11402/UBND-KT',
        '30/9/2024',
        'Đang tổng hợp ý kiến',
      ],
      [
        2,
        'Đề án cụm công nghiệp 2025 - 2030',
        'CV 11955/UBND-KT',
        '15/10/2024',
        'Đang hoàn thiện dự thảo',
      ],
    ]);
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 10, day: 10 } }),
      'phu-luc.xlsx',
      [sheet],
    );
    expect(at(result)).toEqual(['task/due-soon D10', 'task/late E5', 'task/overdue D9']);
    expect(result.sheets[0]!.more?.map((m) => m.headerRows)).toEqual([[8]]);
  });
});

describe('what the check understood, when asked to explain', () => {
  const sheet = gridSheet('Tiến độ', [
    ['BẢNG THEO DÕI THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV/2024'],
    ['TT', 'Nội dung', 'Người phụ trách', 'Thời gian thực hiện', null, 'Ghi chú', 'Tình trạng'],
    [null, null, null, 'Bắt đầu', 'Kết thúc', null, null],
    ['I', 'CÔNG TÁC XÂY DỰNG ĐẢNG'],
    [
      1,
      'Kiểm tra đảng viên chấp hành Điều lệ Đảng',
      'UBKT Đảng ủy',
      d(2024, 10, 15),
      d(2024, 11, 30),
      null,
      'Đang thực hiện',
    ],
    ['Tổng cộng: 1 nhiệm vụ'],
    ['Cẩm Bình, ngày 10 tháng 12 năm 2024'],
  ]);
  const result = checkSheets(
    createChecker({ pack: generic, asOf: { year: 2024, month: 12, day: 10 }, explain: true }),
    'cb.xlsx',
    [sheet],
  );
  const u = result.sheets[0]!.understanding!;

  it('names the kind, its score and the header rows', () => {
    expect(u.kind).toBe('tasks');
    expect(u.headerRows).toEqual([2, 3]);
    expect(u.scores[0]).toMatchObject({ kind: 'tasks', header: 7 });
  });

  it('gives each column its role: the end of a time span is the deadline, its start is not', () => {
    expect(u.columns.map((c) => `${c.column} ${c.field} ${c.header}`)).toEqual([
      'A index TT',
      'B title Nội dung',
      'C owner Người phụ trách',
      // each sub-header with the group merged over it, the second column of the merge too
      'D start Bắt đầu (Thời gian thực hiện)',
      'E due Kết thúc (Thời gian thực hiện)',
      'F note Ghi chú',
      'G status Tình trạng',
    ]);
    expect(at(result)).toEqual(['task/overdue E5']);
  });

  it('lists the rows skipped and why', () => {
    expect(u.skipped).toEqual({ section: 1, total: 1, footer: 1 });
    expect(u.skippedRows.map((r) => `${r.row} ${r.reason}`)).toEqual([
      '4 section',
      '6 total',
      '7 footer',
    ]);
  });

  it('gives the bindings that pin the same reading', () => {
    expect(u.binding).toEqual({
      tasks: {
        sheet: 'Tiến độ',
        headerRow: 2,
        columns: {
          index: 'A',
          title: 'B',
          owner: 'C',
          start: 'D',
          due: 'E',
          note: 'F',
          status: 'G',
        },
      },
    });
  });

  it('records nothing when not asked', () => {
    const plain = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 12, day: 10 } }),
      'cb.xlsx',
      [sheet],
    );
    expect(plain.sheets[0]!.understanding).toBeUndefined();
  });
});

describe('the status written in the notes', () => {
  const asOf = { year: 2024, month: 11, day: 12 };
  it('counts when the table has no status column', () => {
    const sheet = gridSheet('Nhiệm vụ', [
      ['TT', 'Nội dung nhiệm vụ', 'Bộ phận thực hiện', 'Thời hạn', 'Ghi chú'],
      [
        1,
        'Xây dựng phương án bảo vệ rừng mùa khô năm 2025',
        'Địa chính',
        '05/11/2024',
        'Đã trình UBND huyện',
      ],
      [
        2,
        'Tổng hợp nhu cầu hỗ trợ nhà ở cho hộ nghèo',
        'Văn hóa - Xã hội',
        '08/11/2024',
        'Đang tổng hợp',
      ],
      [3, 'Rà soát hộ nghèo cuối năm', 'Văn hóa - Xã hội', '01/11/2024', 'Đã có văn bản đôn đốc'],
    ]);
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'x.xlsx', [sheet]);
    // "Đã trình" is done (with no date: not evaluated); "Đang tổng hợp" says nothing; a reminder is not the work
    expect(at(result)).toEqual(['task/overdue D3', 'task/overdue D4']);
    expect(result.notEvaluated.map((n) => n.location?.cell)).toContain('E2');
  });

  it('does not count where a status column exists and was left empty', () => {
    const sheet = gridSheet('Nhiệm vụ', [
      ['TT', 'Nội dung nhiệm vụ', 'Bộ phận thực hiện', 'Thời hạn', 'Tình trạng', 'Ghi chú'],
      [
        1,
        'Xây dựng phương án bảo vệ rừng mùa khô năm 2025',
        'Địa chính',
        '05/11/2024',
        null,
        'Đã báo cáo Thường trực',
      ],
    ]);
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'x.xlsx', [sheet]);
    expect(at(result)).toEqual(['task/overdue D2']);
  });
});

describe('a deadline counted from the row own start date', () => {
  it('"trong 5 ngày làm việc kể từ ngày nhận" counts from "Ngày nhận"', () => {
    const sheet = gridSheet('Phiếu chuyển', [
      [
        'STT',
        'Nội dung chỉ đạo',
        'Cơ quan tham mưu',
        'Ngày nhận',
        'Thời hạn giải quyết',
        'Tình trạng',
      ],
      // 5 working days from Wed 21/8/2024: 22, 23, 26, 27, 28 → due 28/8
      [
        1,
        'Tham mưu phương án ứng phó bão số 3',
        'Phòng Kinh tế',
        d(2024, 8, 21),
        'trong 5 ngày làm việc kể từ ngày nhận văn bản',
        'Đang thực hiện',
      ],
    ]);
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 8, day: 29 } }),
      'x.xlsx',
      [sheet],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.expected}`)).toEqual([
      'task/overdue hoàn thành chậm nhất 28/08/2024 / completed by 2024-08-28',
    ]);
  });
});

describe('one not-evaluated line for many rows', () => {
  it('points at the first and lists every cell it stands for', () => {
    const sheet = gridSheet('Tiến độ', [
      ['TT', 'Nội dung', 'Người phụ trách', 'Thời hạn', 'Tình hình thực hiện', null],
      [null, null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
      [1, 'Tổ chức sinh hoạt chi bộ chuyên đề quý IV', 'Bí thư', '31/10/2024', 'x'],
      [2, 'Kiểm tra đảng viên chấp hành Điều lệ Đảng', 'UBKT', '30/11/2024', null, 'x'],
      [3, 'Xét kết nạp đảng viên mới đợt 7/11', 'Chi ủy', '07/11/2024', 'x'],
    ]);
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 12, day: 10 } }),
      'x.xlsx',
      [sheet],
    );
    const undated = result.notEvaluated.find((n) => n.scope === 'task/late')!;
    // the tick cells, not the titles
    expect(undated.location?.cell).toBe('E3');
    expect(undated.cells).toEqual(['E3', 'E5']);
  });
});

describe('a task table with no column that says a task is done', () => {
  // A year's work programme ("Chương trình công tác năm"): months and the preparing body, nothing
  // says what was done. Calling March's items overdue in May would be a guess.
  const programme = (notes: ReadonlyArray<string | null>) =>
    gridSheet('CTCT 2024', [
      ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 CỦA BAN THƯỜNG VỤ HUYỆN ỦY'],
      ['Thời gian', 'Nội dung', 'Cơ quan chuẩn bị', 'Ghi chú'],
      [
        'Tháng 1',
        'Hội nghị tổng kết công tác xây dựng Đảng năm 2023',
        'Ban Tổ chức Huyện ủy',
        notes[0] ?? null,
      ],
      [
        'Tháng 3',
        'Sơ kết 3 năm thực hiện Nghị quyết Đại hội',
        'Văn phòng Huyện ủy',
        notes[1] ?? null,
      ],
      [
        'Tháng 9',
        'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18',
        'Văn phòng Huyện ủy',
        notes[2] ?? null,
      ],
    ]);
  const check = (notes: ReadonlyArray<string | null>) =>
    checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 5, day: 15 } }),
      'ctct.xlsx',
      [programme(notes)],
    );

  it('says past months are not evaluated instead of calling them overdue', () => {
    const result = check([null, null, null]);
    expect(result.findings).toEqual([]);
    const line = result.notEvaluated.find((n) => n.scope === 'task/overdue');
    expect(line?.location).toMatchObject({ sheet: 'CTCT 2024', cell: 'A3' });
    expect(line?.cells).toEqual(['A3', 'A4']);
    expect(line?.reason.vi).toContain('không có cột tình trạng, kết quả hay ngày hoàn thành');
    // nor are they counted overdue anywhere else (the scorecards): only September's task is
    expect(result.tasks?.map((t) => `${t.state} ${t.title}`)).toEqual([
      'open Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18',
    ]);
  });

  it('judges every row once the notes show that the office writes progress there', () => {
    // the first row's note says when it was done: the notes are this table's status column
    const result = check(['Đã tổ chức ngày 25/01/2024', null, null]);
    expect(at(result)).toEqual(['task/overdue A4']);
    expect(result.tasks?.map((t) => t.state)).toEqual(['done', 'overdue', 'open']);
    expect(result.notEvaluated.filter((n) => n.scope === 'task/overdue')).toEqual([]);
  });

  it('judges the row whose note says it is still in progress, and the others with it', () => {
    const result = check([null, 'Đang thực hiện', null]);
    expect(at(result)).toEqual(['task/overdue A3', 'task/overdue A4']);
  });
});

describe('an owner and a deadline merged down over several tasks', () => {
  const sheet = {
    ...gridSheet('Phân công', [
      ['PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', 'Quý III/2024', 'Hoàn thành'],
      [2, 'Công bố danh mục thủ tục được cắt giảm', null, null, 'Đang thực hiện'],
      [3, 'Cập nhật quy trình nội bộ', null, null, 'Chưa thực hiện'],
      [4, 'Khảo sát sự hài lòng của người dân', 'Phòng Nội vụ', 'Tháng 11/2024', 'Đang thực hiện'],
    ]),
    merges: [
      { top: 3, left: 3, bottom: 5, right: 3 },
      { top: 3, left: 4, bottom: 5, right: 4 },
    ],
  };

  it('judges each covered task by the merged deadline and names the merged owner', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 10, day: 10 } }),
      'cchc.xlsx',
      [sheet],
    );
    expect(at(result)).toEqual(['task/overdue D4', 'task/overdue D5']);
    expect(result.findings.map((f) => f.agency)).toEqual([
      'Văn phòng HĐND và UBND',
      'Văn phòng HĐND và UBND',
    ]);
    expect(result.notEvaluated.filter((n) => n.scope === 'task/overdue')).toEqual([]);
  });
});

describe('an indicator merged down over the rows of its sub-criteria (held-out u09)', () => {
  const sheet = {
    ...gridSheet('Tiêu chí NTM', [
      [
        'TT',
        'Tên tiêu chí',
        'Nội dung tiêu chí',
        'Chỉ tiêu đạt chuẩn',
        'Kết quả thực hiện năm 2024',
      ],
      [2, 'Giao thông', '2.1. Tỷ lệ đường xã được nhựa hóa', '100%', '100%'],
      [null, null, '2.2. Tỷ lệ đường thôn, xóm được cứng hóa', '≥ 90%', '93,5%'],
      [12, 'Lao động', '12.1. Tỷ lệ lao động qua đào tạo', '≥ 75%', '72,4%'],
    ]),
    merges: [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ],
  };

  it('judges the second sub-criterion too', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 10 } }),
      'ntm.xlsx',
      [sheet],
    );
    expect(at(result)).toEqual(['indicator/exceeded E3', 'indicator/unmet E4']);
  });
});

describe('rows skipped in every kind of table, when asked to explain', () => {
  const explain = (sheet: ReturnType<typeof gridSheet>, pack: Pack = generic) =>
    checkSheets(
      createChecker({ pack, asOf: { year: 2025, month: 1, day: 20 }, explain: true }),
      'b.xlsx',
      [sheet],
    ).sheets[0]!.understanding!;

  it('an indicator table: its groups, its total and the signature block under it', () => {
    const u = explain(
      gridSheet('Chỉ tiêu', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
        ['I', 'KINH TẾ'],
        [1, 'Tổng giá trị sản xuất', 'Tỷ đồng', 1200, 1250],
        ['II', 'XÃ HỘI'],
        [2, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95, 96],
        [null, 'Tổng cộng'],
        [null, null, null, 'Kỳ Anh, ngày 15 tháng 1 năm 2025'],
        [null, null, null, 'CHỦ TỊCH'],
      ]),
    );
    expect(u.kind).toBe('indicators');
    expect(u.skippedRows.map((r) => `${r.row} ${r.reason}`)).toEqual([
      '2 section',
      '4 section',
      '6 total',
      '7 footer',
      '8 footer',
    ]);
  });

  it('a roster: its group rows and the signature under it', () => {
    const roster = gridSheet('Đơn vị', [
      ['STT', 'Tên đơn vị', 'Khối'],
      ['I', 'KHỐI ĐẢNG'],
      [1, 'Đảng ủy xã Kỳ Tân', 'Khối Đảng'],
      [null, 'NGƯỜI LẬP BIỂU'],
    ]);
    const pack: Pack = {
      ...generic,
      reports: [{ id: 'bc', title: 'Báo cáo tháng', from: ['khoi-dang'], due: '20/1/2025' }],
      groups: [{ id: 'khoi-dang', name: 'Khối Đảng' }],
    };
    const u = explain(roster, pack);
    expect(u.kind).toBe('roster');
    expect(u.skippedRows.map((r) => `${r.row} ${r.reason}`)).toEqual(['2 section', '4 footer']);
  });
});

describe('a task merged down over the rows of the units it is given to', () => {
  const sheet = {
    ...gridSheet('Phân công', [
      ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Tình trạng'],
      [1, 'Rà soát, bổ sung quy hoạch cán bộ', 'Đảng ủy xã Kỳ Tân', '30/6/2024', 'Hoàn thành'],
      [null, null, 'Đảng ủy xã Kỳ Lạc', '15/7/2024', 'Chưa thực hiện'],
      [2, 'Tổng kết công tác năm', 'Văn phòng Huyện ủy', '20/12/2024', null],
    ]),
    // "1" and the task merged over rows 2-3
    merges: [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ],
  };

  it("judges each unit's row as the task, with the unit's own deadline", () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 8, day: 1 } }),
      'phan-cong.xlsx',
      [sheet],
    );
    expect(at(result)).toEqual(['task/overdue D3']);
    expect(result.findings[0]?.subject?.title).toBe('Rà soát, bổ sung quy hoạch cán bộ');
    expect(result.findings[0]?.agency).toBe('Đảng ủy xã Kỳ Lạc');
  });
});

describe('a deadline extended on some rows', () => {
  // "Thời hạn" merged over "Hạn ban đầu | Hạn gia hạn": an extension replaces the first deadline
  const sheet = gridSheet('Nhiệm vụ', [
    [
      'STT',
      'Nội dung nhiệm vụ',
      'Người theo dõi',
      'Thời hạn',
      null,
      'Ngày hoàn thành',
      'Tình trạng',
    ],
    [null, null, null, 'Hạn ban đầu', 'Hạn gia hạn', null, null],
    [
      1,
      'Sửa đổi Quy chế làm việc',
      'Nguyễn Thị Hà',
      d(2024, 9, 30),
      d(2024, 10, 31),
      d(2024, 10, 25),
      'Hoàn thành',
    ],
    [
      2,
      'Thẩm định đề án vị trí việc làm',
      'Trần Văn Long',
      d(2024, 10, 15),
      null,
      d(2024, 10, 22),
      'Hoàn thành',
    ],
    [
      3,
      'Phương án sắp xếp đơn vị hành chính cấp xã',
      'Lê Minh Tuấn',
      d(2024, 10, 31),
      d(2024, 12, 31),
      null,
      'Đang thực hiện',
    ],
    [
      4,
      'Hướng dẫn lưu trữ hồ sơ điện tử',
      'Phạm Quốc Bảo',
      d(2024, 8, 31),
      d(2024, 11, 20),
      null,
      'Đang thực hiện',
    ],
  ]);

  it('judges each row on its extension where it has one, and points at it', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 11, day: 28 } }),
      'nhiem-vu.xlsx',
      [sheet],
    );
    // 1: done on 25/10 within the extension to 31/10; 2: late on its only deadline; 3: extended
    // to 31/12, not yet due; 4: past its extension
    expect(at(result)).toEqual(['task/late F4', 'task/overdue E6']);
    const overdue = result.findings.find((f) => f.rule === 'task/overdue')!;
    expect(overdue.message.vi).toContain('20/11/2024');
  });

  it('keeps the first deadline where the extension cell holds no day', () => {
    const waiting = gridSheet('Nhiệm vụ', [
      ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Hạn gia hạn', 'Tình trạng'],
      [1, 'Rà soát quy hoạch sử dụng đất', d(2024, 10, 31), 'Đang chờ ý kiến Sở', 'Đang thực hiện'],
    ]);
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 11, day: 28 } }),
      'cho.xlsx',
      [waiting],
    );
    expect(at(result)).toEqual(['task/overdue C2']);
  });
});

describe('a deadline counted from the signing of the document a section row names', () => {
  // [the section row's text, the row's deadline, its result, the findings, not evaluated]
  it.each<[string, string, string, string[], string[]]>([
    [
      'III | Kết luận số 11/KL-TTr ngày 08/10/2024 về thanh tra dự án đường giao thông',
      'Trong 30 ngày kể từ ngày ký kết luận',
      'Đã bổ sung, gửi Thanh tra huyện ngày 15/11/2024', // due 07/11: late
      ['task/late E3'],
      [],
    ],
    [
      'II | Quyết định số 245/QĐ-UBND ngày 20/9/2024 về xử lý sau thanh tra',
      'Trong 30 ngày kể từ ngày ban hành quyết định',
      'Đã nộp ngân sách ngày 15/10/2024', // due 20/10: on time
      [],
      [],
    ],
    [
      // the section's document is no start for a deadline counted from another event
      'I | Kết luận số 05/KL-TTr ngày 12/8/2024',
      'Trong 15 ngày kể từ ngày nhận được văn bản',
      'Đã nộp ngân sách ngày 15/10/2024',
      [],
      ['D3'],
    ],
    [
      // typed without marks, as some offices still type
      'IV | Thong bao ket luan so 27/TB-UBND ngay 02/10/2024 ve kiem tra dat dai',
      'Trong 20 ngay ke tu ngay ky thong bao',
      'Da hoan thanh ngay 28/10/2024', // due 22/10: late
      ['task/late E3'],
      [],
    ],
    [
      // a section that names no document's day gives nothing to count from
      'I | KẾT LUẬN THANH TRA NGÂN SÁCH XÃ',
      'Trong 30 ngày kể từ ngày ký kết luận',
      'Đã nộp ngân sách ngày 15/10/2024',
      [],
      ['D3'],
    ],
  ])('%s: %s', (section, due, result, findings, undecided) => {
    const [index, title] = section.split(' | ');
    const sheet = gridSheet('Theo dõi KLTT', [
      [
        'TT',
        'Nội dung kiến nghị',
        'Đơn vị thực hiện',
        'Thời hạn thực hiện',
        'Kết quả thực hiện',
        'Tình trạng',
      ],
      [index!, title!],
      [1, 'Thu hồi, nộp ngân sách khoản chi sai', 'UBND xã Hương Trà', due, result, 'Đã khắc phục'],
    ]);
    const checked = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 11, day: 20 } }),
      'kltt.xlsx',
      [sheet],
    );
    expect(at(checked)).toEqual(findings);
    expect(checked.notEvaluated.map((n) => n.location?.cell)).toEqual(undecided);
  });
});
