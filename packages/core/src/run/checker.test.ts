import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import { withPlainMessages } from './result.js';
import { statusLegend } from './tasks.js';

const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };
const asOf = { year: 2024, month: 7, day: 1 };

const sheet = gridSheet('Nhiệm vụ', [
  ['ĐẢNG BỘ HUYỆN PHONG THỔ', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ'],
  [],
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện', null, 'Ghi chú'],
  [null, null, null, null, 'Ngày hoàn thành', 'Tình trạng', null],
  ['I', 'CÔNG TÁC TUYÊN GIÁO'],
  [
    1,
    'Hội nghị cán bộ chủ chốt tháng 5/2024',
    'Ban Tuyên giáo Huyện ủy',
    'tháng 5/2024',
    null,
    'Đang thực hiện',
  ],
  [
    2,
    'Xây dựng kế hoạch thực hiện Chỉ thị số 28-CT/TW',
    'Ủy ban nhân dân huyện',
    'trước ngày 20/5/2024',
    null,
    null,
  ],
  [
    3,
    'Quán triệt học tập cho toàn thể cán bộ, đảng viên',
    'Các chi, đảng bộ cơ sở',
    'trước ngày 25/6/2024',
    d(2024, 6, 28),
    'Hoàn thành',
  ],
  [
    4,
    'Tuyên truyền trên hệ thống loa truyền thanh cơ sở',
    'Trung tâm VH-TT&TT huyện',
    d(2024, 7, 5),
    null,
    'Đang thực hiện',
  ],
  [
    5,
    'Biên tập tài liệu tuyên truyền',
    'UBMTTQ huyện',
    '30/6/2024',
    d(2024, 6, 15),
    'Chưa thực hiện',
  ],
  [6, 'Gửi báo cáo kết quả quán triệt', 'Các chi, đảng bộ cơ sở', '31/4/2024', null, null],
  [7, 'Theo dõi, đôn đốc việc thực hiện', 'Ban Tuyên giáo Huyện ủy', 'Thường xuyên', null, null],
  [8, 'Sơ kết 6 tháng', 'Văn phòng Huyện ủy', 'quý II/2024', null, 'Hoàn thành'],
  [
    9,
    'Hội nghị báo cáo viên tháng 7',
    'Ban Tuyên giáo Huyện ủy',
    'chậm nhất ngày 1/7/2024',
    null,
    null,
  ],
  [
    10,
    'Kiểm tra việc học tập tại cơ sở',
    'Ủy ban Kiểm tra Huyện ủy',
    '30/6/2024',
    '6/25/2024',
    'Hoàn thành',
  ],
  [],
  ['Nơi nhận:', null, null, null, 'T/M BAN THƯỜNG VỤ'],
  ['- Lưu VPHU.', null, null, null, 'PHÓ BÍ THƯ'],
]);

function run(pack: Pack = generic) {
  const checker = createChecker({ pack, asOf });
  const result = checkSheets(checker, 'theo-doi.xlsx', [sheet]);
  return { result, report: checker.report([result]) };
}

describe('checking a task-tracking sheet', () => {
  it('finds exactly the planted problems, each at its cell', () => {
    const { report } = run();
    expect(report.findings.map((f) => [f.rule, f.location?.cell])).toEqual([
      ['task/overdue', 'D7'],
      ['task/overdue', 'D8'],
      ['task/late', 'E9'],
      ['task/due-soon', 'D10'],
      ['task/status-conflict', 'F11'],
      ['cell/invalid-date', 'D12'],
      ['task/due-soon', 'D15'],
      ['cell/invalid-date', 'E16'],
    ]);
    expect(report.summary).toMatchObject({
      error: 4,
      warning: 2,
      info: 2,
      byRule: {
        'cell/invalid-date': 2,
        'task/due-soon': 2,
        'task/late': 1,
        'task/overdue': 2,
        'task/status-conflict': 1,
      },
    });
  });

  it('quotes the deadline as written and says by how many days it was missed', () => {
    const overdue = run().report.findings[1]!;
    expect(overdue).toMatchObject({
      rule: 'task/overdue',
      severity: 'error',
      agency: 'Ủy ban nhân dân huyện',
      quote: 'trước ngày 20/5/2024',
      location: { workbook: 'theo-doi.xlsx', sheet: 'Nhiệm vụ', cell: 'D8', row: 8 },
    });
    expect(overdue.message.vi).toContain('quá hạn 43 ngày');
    expect(overdue.message.vi).toContain('"trước ngày 20/5/2024"');
    expect(overdue.message.vi).toContain('19/05/2024');
    expect(overdue.message.en).toContain('43 day(s) overdue');
    const late = run().report.findings[2]!;
    expect(late.message.vi).toContain('chậm 4 ngày');
  });

  it('keeps each message to be rendered when read, and gives it plain to a thread that clones it', () => {
    const { result } = run();
    const plain = withPlainMessages(result);
    // What a worker posts: the clone reads as the messages read in the thread that made them.
    const cloned = structuredClone(plain);
    expect(cloned.findings).toHaveLength(result.findings.length);
    result.findings.forEach((f, i) => {
      expect(cloned.findings[i]!.message).toEqual({ vi: f.message.vi, en: f.message.en });
      expect(Object.keys(cloned.findings[i]!)).toEqual(Object.keys(f));
    });
    expect(JSON.stringify(cloned.findings)).toBe(JSON.stringify(result.findings));
    // A deferred message does not survive a clone: that is why the worker renders first.
    expect(structuredClone(result.findings[0]!.message)).not.toHaveProperty('vi');
  });

  it('lists every task row it evaluated with its state, for the history of checks', () => {
    const tasks = run().result.tasks ?? [];
    expect(tasks).toHaveLength(10);
    const states = tasks.map((t, i) => [i + 1, t.state, t.due ?? null]).filter(([n]) => n !== 5); // status and completion date disagree: a finding of its own
    expect(states).toEqual([
      [1, 'overdue', '2024-05-31'],
      [2, 'overdue', '2024-05-19'],
      [3, 'late', '2024-06-24'],
      [4, 'open', '2024-07-05'],
      [6, 'open', null],
      [7, 'open', null],
      [8, 'done', '2024-06-30'],
      [9, 'open', '2024-07-01'],
      [10, 'done', '2024-06-30'],
    ]);
    expect(tasks[0]).toMatchObject({
      title: 'Hội nghị cán bộ chủ chốt tháng 5/2024',
      agency: 'Ban Tuyên giáo Huyện ủy',
      location: { sheet: 'Nhiệm vụ', cell: 'B7', row: 7 },
    });
  });

  it('says what it could not check: work with no single deadline, a done row with no completion date', () => {
    const { report } = run();
    expect(report.summary.notEvaluated.map((n) => n.reason.en)).toEqual([
      // STT 8: "quý II/2024", "Hoàn thành", no completion date
      '1 task(s) on sheet "Nhiệm vụ" are done but give no completion date (F14), so whether they met their deadline is not evaluated.',
      // STT 7: "Thường xuyên" in its deadline cell, named so the clerk can find it
      '1 task(s) on sheet "Nhiệm vụ" are ongoing or recurring, with no single deadline (D13).',
    ]);
    expect(report.summary.notEvaluated[0]).toMatchObject({
      scope: 'task/late',
      location: { sheet: 'Nhiệm vụ', cell: 'F14' },
    });
    expect(report.summary.notEvaluated[1]).toMatchObject({
      scope: 'task/overdue',
      location: { sheet: 'Nhiệm vụ', cell: 'D13' },
    });
  });

  it('lets a pack switch a check off or re-grade it', () => {
    const { report } = run({
      ...generic,
      severity: { 'task/due-soon': 'off', 'task/late': 'error' },
    });
    expect(report.findings.some((f) => f.rule === 'task/due-soon')).toBe(false);
    expect(report.findings.find((f) => f.rule === 'task/late')?.severity).toBe('error');
  });

  it('treats "trước ngày D" as inclusive when the pack says so', () => {
    const { report } = run({ ...generic, settings: { beforeIsInclusive: true } });
    const overdue = report.findings.find((f) => f.location?.cell === 'D8')!;
    expect(overdue.message.vi).toContain('quá hạn 42 ngày');
  });

  it('runs custom pack rules over the same facts', () => {
    const parsed = parsePack({
      ...generic,
      rules: [
        {
          id: 'custom/gui-bao-cao',
          appliesTo: 'task',
          severity: 'warning',
          field: 'owner',
          conditions: { all: [{ fact: 'title', operator: 'matches', value: 'gửi báo cáo' }] },
          message: { vi: 'Nhiệm vụ báo cáo: "{title}".', en: 'Reporting task: "{title}".' },
        },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { report } = run(parsed.pack);
    const custom = report.findings.filter((f) => f.rule === 'custom/gui-bao-cao');
    expect(custom.map((f) => f.location?.cell)).toEqual(['C12']);
    expect(custom[0]!.message.vi).toBe('Nhiệm vụ báo cáo: "Gửi báo cáo kết quả quán triệt".');
  });

  it('reports a workbook with no task table as not checked', () => {
    const checker = createChecker({ pack: generic, asOf });
    const result = checkSheets(checker, 'ghi-chu.xlsx', [
      gridSheet('Sheet1', [['Ghi chú cuộc họp']]),
    ]);
    expect(result.status).toBe('no-table');
    expect(result.notEvaluated[0]?.reason.vi).toContain('Không tìm thấy bảng theo dõi nhiệm vụ');
  });
});

describe('deadlines written without a year', () => {
  const yearless = (title: string | null) =>
    gridSheet('Theo dõi', [
      ['HUYỆN ỦY ĐỨC THỌ', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      [title],
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Quán triệt ở cấp cơ sở', 'Các chi, đảng bộ cơ sở', 'trước 25/6', 'Đang thực hiện'],
    ]);

  it.each([
    'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2024',
    'Đức Thọ, ngày 01 tháng 7 năm 2024',
    '(Kèm theo Kế hoạch số 25-KH/HU ngày 10/5/2024 của Ban Thường vụ Huyện ủy)',
  ])('are read in the year of the title block: %s', (title) => {
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'theo-doi.xlsx', [
      yearless(title),
    ]);
    expect(result.findings.map((f) => [f.rule, f.location?.cell])).toEqual([
      ['task/overdue', 'D4'],
    ]);
    expect(result.findings[0]!.message.vi).toContain('hạn cuối 24/06/2024');
  });

  it('are invalid, saying the year is missing, when the title names none', () => {
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'theo-doi.xlsx', [
      yearless('BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ'),
    ]);
    expect(result.findings.map((f) => f.rule)).toEqual(['cell/invalid-date']);
  });
});

describe('deadlines giving the day alone, in a month named by the title', () => {
  const programme = (title: string) =>
    gridSheet('CT tháng', [
      [title],
      ['TT', 'Nội dung', 'Thời gian', 'Bộ phận thực hiện', 'Kết quả'],
      [
        1,
        'Kiểm tra công tác Đoàn tại Đoàn xã Xuân Hội',
        'Ngày 15 - 16',
        'Thường trực',
        'Chưa thực hiện',
      ],
      [
        2,
        'Tổ chức Hội thi "Tuổi trẻ với văn hóa giao thông"',
        'Ngày 26',
        'Ban Phong trào',
        'Chưa thực hiện',
      ],
      [3, 'Tổng hợp đăng ký công trình thanh niên', 'Trước ngày 30', 'Văn phòng', 'Chưa thực hiện'],
    ]);
  const at = { year: 2024, month: 11, day: 22 };

  it('reads "Ngày 26", "Trước ngày 30", "Ngày 15 - 16" as days of that month', () => {
    const result = checkSheets(createChecker({ pack: generic, asOf: at }), 'ct.xlsx', [
      programme('CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN THÁNG 11 NĂM 2024 VÀ KẾT QUẢ THỰC HIỆN'),
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/overdue C3',
      'task/due-soon C4',
      'task/due-soon C5',
    ]);
  });

  it('leaves them unread when the title names no month, or two', () => {
    for (const title of [
      'CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN NĂM 2024',
      'CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11/2024 VÀ THÁNG 12/2024',
    ]) {
      const result = checkSheets(createChecker({ pack: generic, asOf: at }), 'ct.xlsx', [
        programme(title),
      ]);
      expect(result.findings.filter((f) => f.rule.startsWith('task/'))).toEqual([]);
    }
  });
});

describe('a status written as a code a legend explains', () => {
  const tracker = (legend: string | null) =>
    gridSheet('Tiến độ TĐKT', [
      ['THEO DÕI TIẾN ĐỘ CÁC NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024'],
      [
        'STT',
        'Nhiệm vụ',
        'Cơ quan tham mưu',
        'Hạn hoàn thành',
        'Ngày hoàn thành',
        'Tình trạng (*)',
      ],
      [1, 'Thẩm định hồ sơ đề nghị tặng Bằng khen đợt 2', 'Phòng Nội vụ', d(2024, 11, 29), null, 2],
      [
        2,
        'Sơ kết phong trào thi đua "Vì người nghèo"',
        'Ủy ban MTTQ huyện',
        d(2024, 9, 30),
        null,
        1,
      ],
      [],
      [legend],
    ]);
  const at = { year: 2024, month: 12, day: 10 };

  it('reads each code as the legend under the table says', () => {
    const result = checkSheets(createChecker({ pack: generic, asOf: at }), 'tdkt.xlsx', [
      tracker('(*) Tình trạng: 1 - Đã hoàn thành; 2 - Đang thực hiện; 3 - Chưa thực hiện.'),
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/overdue D3',
    ]);
    // code 1 is done, with no completion day: not evaluated rather than overdue
    expect(result.notEvaluated.some((n) => /^[A-Z]+4$/.test(n.location?.cell ?? ''))).toBe(true);
  });

  it('does not guess codes no legend explains: the rows past their deadline are not evaluated', () => {
    const result = checkSheets(createChecker({ pack: generic, asOf: at }), 'tdkt.xlsx', [
      tracker(null),
    ]);
    expect(result.findings.filter((f) => f.rule === 'task/overdue')).toEqual([]);
    expect(result.notEvaluated.map((n) => n.reason.en).join('\n')).toMatch(
      /2 task\(s\) past their deadline .* number code \(F3, F4\) with no legend/,
    );
  });
});

describe('statusLegend', () => {
  it.each([
    ['(*) Tình trạng: 1 - Đã hoàn thành; 2 - Đang thực hiện; 3 - Chưa thực hiện.', 3],
    ['Ghi chú: (1): Hoàn thành, (2): Đang thực hiện', 2],
    ['Số liệu tính đến ngày 20/11/2024', 0],
    ['1 - Phòng Nội vụ; 2 - Phòng Tài chính', 0],
  ])('%j explains %i codes', (text, n) => {
    expect(statusLegend([text]).size).toBe(n);
  });
});

describe('a task taken out of the plan', () => {
  it('is listed as not evaluated, not called overdue', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 11, day: 18 } }),
      'thads.xlsx',
      [
        gridSheet('KH công tác', [
          ['STT', 'Nội dung công việc', 'Thời hạn hoàn thành', 'Tình hình thực hiện'],
          [
            1,
            'Tổ chức cưỡng chế thi hành án vụ tranh chấp đất tại xã Xuân Hội',
            'Chậm nhất ngày 30/9/2024',
            'Không thực hiện (đương sự đã tự nguyện thi hành, đã điều chỉnh kế hoạch)',
          ],
          [2, 'Kiểm tra hồ sơ thi hành án đã kết thúc', '15/11/2024', 'Không thực hiện'],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/overdue C3',
    ]);
    expect(result.notEvaluated.map((n) => n.location?.cell)).toEqual(['D2']);
  });
});

describe('a follow-up of people, each due for a step by a day', () => {
  it('judges each person on the deadline and the day of the same step, a late note being no conflict', () => {
    const result = checkSheets(
      createChecker({
        pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
        asOf: { year: 2024, month: 11, day: 12 },
      }),
      'dang-vien-du-bi.xlsx',
      [
        gridSheet('Dự bị', [
          ['THEO DÕI XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC NĂM 2024'],
          [
            'TT',
            'Họ và tên',
            'Chi bộ',
            'Ngày kết nạp',
            'Hạn chi bộ xét công nhận chính thức',
            'Ngày chi bộ xét',
            'Ghi chú',
          ],
          [
            1,
            'Đặng Thị Mơ',
            'Chi bộ thôn Trung',
            d(2023, 9, 8),
            d(2024, 10, 20),
            d(2024, 10, 2),
            null,
          ],
          [
            2,
            'Võ Văn Tình',
            'Chi bộ thôn Đông',
            d(2023, 9, 15),
            d(2024, 10, 27),
            d(2024, 11, 4),
            'Chậm do đảng viên đi lao động ở nước ngoài',
          ],
          [3, 'Lê Văn Hải', 'Chi bộ Trường THCS', d(2023, 9, 25), d(2024, 11, 6), null, null],
          [4, 'Trần Thị Yến', 'Chi bộ Công an xã', d(2023, 10, 1), d(2024, 11, 14), null, null],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [
        'task/late F4', // reviewed 4/11, due 27/10: late, and the note says so, no conflict
        'task/overdue E5', // due 6/11, not reviewed by 12/11
        'task/due-soon E6', // due 14/11
      ].sort(),
    );
  });
});

describe('a plan kept "from" one day "to" another under a time group', () => {
  // a district's flood-season plan: "Thời gian" over "Từ ngày | Đến ngày", the result in words
  const plan = () => ({
    ...gridSheet('KH phòng chống lụt bão', [
      ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian', null, 'Kết quả'],
      [null, null, null, 'Từ ngày', 'Đến ngày'],
      [
        1,
        'Kiểm tra đê điều trước mùa mưa',
        'Hạt Quản lý đê',
        d(2024, 5, 2),
        d(2024, 5, 15),
        'Xong ngày 14/5/2024',
      ],
      [
        2,
        'Diễn tập phương án sơ tán dân',
        'BCH PCTT xã',
        '20-24/5/2024',
        null,
        'Hoàn thành ngày 27/5/2024',
      ],
      [
        3,
        'Nạo vét kênh tiêu',
        'HTX Dịch vụ nông nghiệp',
        d(2024, 5, 10),
        d(2024, 5, 31),
        'Đang thi công',
      ],
      [4, 'Chuẩn bị vật tư dự phòng', 'Phòng Kinh tế', d(2024, 6, 3), d(2024, 6, 7)],
    ]),
    merges: [
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ],
  });

  it('takes the last day as the deadline, a period typed once across both columns included', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 6, day: 3 } }),
      'pctt.xlsx',
      [plan()],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'task/due-soon E6',
      'task/late F4',
      'task/overdue E5',
    ]);
  });
});
