/**
 * Seed 001's reporting duty: "UBMTTQ và các đoàn thể huyện; các cơ quan thông tin tuyên truyền; các
 * chi, đảng bộ cơ sở … gửi báo cáo kết quả … về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)
 * trước ngày 30/6/2024", checked against a roster and a received-reports log as a district keeps them.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const QUOTE =
  'Kết thúc đợt học tập, quán triệt UBMTTQ và các đoàn thể huyện; các cơ quan thông tin tuyên truyền; các chi, đảng bộ cơ sở gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày 30/6/2024';

const parsed = parsePack({
  id: 'quan-triet-ct32-ctr48',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  agencies: [
    { id: 'ubmttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', aliases: ['UBMTTQ huyện'] },
    { id: 'btv', name: 'Ban Thường vụ Huyện ủy' },
  ],
  groups: [
    { id: 'co-so', name: 'Các chi, đảng bộ cơ sở', aliases: ['Khối cơ sở'] },
    { id: 'mat-tran', name: 'UBMTTQ và các đoàn thể huyện', members: ['ubmttq'] },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['mat-tran', 'co-so'],
      to: 'btv',
      due: 'trước ngày 30/6/2024',
      source: { quote: QUOTE },
    },
    {
      id: 'bc-quy',
      title: 'Báo cáo quý',
      from: ['co-so'],
      to: 'btv',
      schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const pack: Pack = parsed.pack;

const roster = gridSheet('Danh sách đơn vị', [
  ['DANH SÁCH CÁC ĐƠN VỊ'],
  ['STT', 'Tên đơn vị', 'Khối'],
  [1, 'Đảng ủy xã Đức Lạng', 'Khối cơ sở'],
  [2, 'Đảng ủy xã Tùng Ảnh', 'Khối cơ sở'],
  [3, 'Chi bộ Trường THPT Đức Thọ', 'Khối cơ sở'],
]);

const log = gridSheet('Sổ nhận báo cáo', [
  ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận', 'Số, ký hiệu', 'Ghi chú'],
  [
    1,
    'UBMTTQ huyện',
    'Báo cáo kết quả quán triệt Chỉ thị 32',
    null,
    d(2024, 6, 25),
    '45-BC/MTTQ',
    null,
  ],
  [2, 'Đảng ủy xã Đức Lạng', 'Báo cáo kết quả quán triệt', null, d(2024, 7, 3), '12-BC/ĐU', null],
  [3, 'Đảng ủy xã Tùng Ảnh', 'Báo cáo kết quả quán triệt', null, null, null, 'Chưa gửi'],
  [4, 'Đảng ủy xã Đức Lạng', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 8), null, null],
  [5, 'Đảng ủy xã Tùng Ảnh', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 15), null, null],
  [6, 'Chi bộ Trường THPT Đức Thọ', 'Báo cáo quý', 'quý 1-2024', d(2024, 4, 9), null, null],
]);

describe('report obligations', () => {
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2024, month: 7, day: 5 } }),
    'so-bao-cao.xlsx',
    [roster, log],
  );
  const keys = result.findings.map(
    (f) => `${f.rule} ${f.agency} ${f.location?.sheet}!${f.location?.cell ?? ''}`,
  );

  it('recognises the roster and the log', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['roster', 'reports']);
  });

  it('finds missing and late reports, per unit and period, through the roster and the abbreviations', () => {
    expect(keys.sort()).toEqual(
      [
        // one-off report, due 29/6/2024
        'report/late Đảng ủy xã Đức Lạng Sổ nhận báo cáo!E3',
        'report/missing Đảng ủy xã Tùng Ảnh Sổ nhận báo cáo!E4',
        'report/missing Chi bộ Trường THPT Đức Thọ Danh sách đơn vị!B5', // no line at all
        // quarterly report: Q1 due 10/4/2024; Q2 due 10/7/2024 is within the 7 days ahead
        'report/late Đảng ủy xã Tùng Ảnh Sổ nhận báo cáo!E6',
        'report/due-soon Đảng ủy xã Đức Lạng Danh sách đơn vị!B3',
        'report/due-soon Đảng ủy xã Tùng Ảnh Danh sách đơn vị!B4',
        'report/due-soon Chi bộ Trường THPT Đức Thọ Danh sách đơn vị!B5',
      ].sort(),
    );
  });

  it('says who, what, by when, and quotes the duty', () => {
    const missing = result.findings.find(
      (f) => f.rule === 'report/missing' && f.agency === 'Đảng ủy xã Tùng Ảnh',
    )!;
    expect(missing.message.vi).toBe(
      'Đảng ủy xã Tùng Ảnh chưa gửi báo cáo "Báo cáo kết quả quán triệt": hạn 29/06/2024 ("trước ngày 30/6/2024"), đến ngày 05/07/2024 chưa nhận được.',
    );
    expect(missing.quote).toBe(QUOTE);
    const late = result.findings.find(
      (f) => f.rule === 'report/late' && f.agency === 'Đảng ủy xã Đức Lạng',
    )!;
    expect(late.message.vi).toContain('chậm 4 ngày');
  });
});

/** A pack of one report (or several), checked as of a day: finding keys and not-evaluated cells. */
function checkLog(
  input: Record<string, unknown>,
  sheets: Parameters<typeof checkSheets>[2],
  asOf: { year: number; month: number; day: number },
) {
  const p = parsePack({ id: 'bao-cao', version: '1.0.0', title: 'Báo cáo (mẫu)', ...input });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(createChecker({ pack: p.pack, asOf }), 'so.xlsx', sheets);
  return {
    result,
    keys: result.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort(),
    notEvaluated: result.notEvaluated.map(
      (n) => `${n.scope} ${n.location?.sheet ?? ''}!${n.location?.cell ?? ''}`,
    ),
  };
}

describe('a log names units as clerks write them, against the units actually listed', () => {
  const blocks = {
    groups: [
      { id: 'khoi-xa', name: 'Khối xã, thị trấn' },
      { id: 'khoi-mttq', name: 'Khối Mặt trận, đoàn thể' },
    ],
    reports: [
      {
        id: 'so-ket',
        title: 'Báo cáo sơ kết 6 tháng đầu năm 2024',
        from: ['khoi-xa', 'khoi-mttq'],
        due: 'trước ngày 15/6/2024',
      },
    ],
  };
  const roster = gridSheet('Danh sách đơn vị', [
    ['STT', 'Tên đơn vị', 'Khối'],
    [1, 'Đảng ủy thị trấn Than Uyên', 'Khối xã, thị trấn'],
    [2, 'UBND xã Sơn Tây', 'Khối xã, thị trấn'],
    [3, 'UBND xã Sơn Trung', 'Khối xã, thị trấn'],
    [4, 'Hội Cựu chiến binh huyện', 'Khối Mặt trận, đoàn thể'],
    [5, 'Huyện đoàn Than Uyên', 'Khối Mặt trận, đoàn thể'],
    [6, 'Trung tâm Y tế huyện', 'Khối đơn vị sự nghiệp'],
  ]);
  const log = gridSheet('Sổ nhận báo cáo', [
    ['STT', 'Đơn vị gửi', 'Số, ký hiệu', 'Ngày nhận'],
    [1, 'ĐU TT Than Uyên', '45-BC/ĐU', d(2024, 6, 12)],
    [2, 'Hội CCB', '25/BC-CCB', d(2024, 6, 13)], // no level word: the set holds one
    [3, 'Huyện đoàn', '88-BC/HĐTN', d(2024, 6, 17)], // no place name: the set holds one
    [4, 'UBND xã Sơn', '98/BC-UBND', d(2024, 6, 10)], // Sơn Tây or Sơn Trung?
    [5, 'TTYT huyện', '301/BC-TTYT', d(2024, 6, 11)], // owes nothing: no finding
  ]);
  const { keys, notEvaluated, result } = checkLog(blocks, [roster, log], {
    year: 2024,
    month: 6,
    day: 25,
  });

  it('credits each line to its unit, or to none when it could be two', () => {
    expect(keys).toEqual(
      [
        'report/late Sổ nhận báo cáo!D4', // Huyện đoàn, received 17/6
        'agency/unknown Sổ nhận báo cáo!B5',
      ].sort(),
    );
  });

  it('calls neither unit the line could be missing: both are not evaluated, naming the line', () => {
    expect(notEvaluated).toEqual([
      'report/missing Danh sách đơn vị!B3', // Sơn Tây: the line may be theirs
      'report/missing Danh sách đơn vị!B4', // Sơn Trung: or theirs
    ]);
    expect(result.notEvaluated[0]!.reason.vi).toBe(
      'Dòng "UBND xã Sơn" của sổ nhận báo cáo không xác định được là đơn vị nào (có thể là "UBND xã Sơn Tây", "UBND xã Sơn Trung"): chưa kết luận được UBND xã Sơn Tây chưa gửi báo cáo "Báo cáo sơ kết 6 tháng đầu năm 2024".',
    );
  });

  it('names the candidates instead of guessing', () => {
    const unknown = result.findings.find((f) => f.rule === 'agency/unknown')!;
    expect(unknown.message.vi).toBe(
      'Đơn vị "UBND xã Sơn" trong sổ nhận báo cáo ("Báo cáo sơ kết 6 tháng đầu năm 2024") có thể là một trong các đơn vị: "UBND xã Sơn Tây", "UBND xã Sơn Trung". Báo cáo chưa được tính cho đơn vị nào.',
    );
  });
});

describe('a log line that could be several units (precision first)', () => {
  const schools = {
    groups: [{ id: 'cac-truong', name: 'Các trường trực thuộc' }],
    reports: [
      {
        id: 'thong-ke',
        title: 'Báo cáo thống kê giáo dục kỳ đầu năm học',
        from: ['cac-truong'],
        due: 'trước ngày 15/10/2024',
      },
    ],
  };
  const roster = gridSheet('DS trường', [
    ['STT', 'Tên trường', 'Khối'],
    [1, 'Trường Tiểu học Kim Đồng', 'Các trường trực thuộc'],
    [2, 'Trường THCS Kim Đồng', 'Các trường trực thuộc'],
    [3, 'Trường Mầm non Sơn Ca', 'Các trường trực thuộc'],
    [4, 'Trường THCS Lý Tự Trọng', 'Các trường trực thuộc'],
    [5, 'Trường Tiểu học Võ Thị Sáu', 'Các trường trực thuộc'],
  ]);
  const at = { year: 2024, month: 10, day: 25 };
  // [the log's lines (unit, received), the findings, the units left undecided (roster cells)]
  const cases: Array<[string, Array<[string, GridValue]>, string[], string[]]> = [
    [
      'a name both schools of that name fit: neither is missing',
      [
        ['Kim Đồng', d(2024, 10, 9)],
        ['MN Sơn Ca', d(2024, 10, 10)],
        ['Trường Tiểu học Võ Thị Sáu', d(2024, 10, 8)],
      ],
      [
        'agency/unknown Sổ!B2',
        'report/missing DS trường!B5', // Lý Tự Trọng: no line could be theirs
      ],
      ['report/missing DS trường!B2', 'report/missing DS trường!B3'],
    ],
    [
      'a school written by its place alone, on time, while its own line is late: late is not certain',
      [
        ['Trường Tiểu học Kim Đồng', d(2024, 10, 18)],
        ['Trường THCS Kim Đồng', d(2024, 10, 9)],
        ['Kim Đồng', d(2024, 10, 11)],
        ['MN Sơn Ca', d(2024, 10, 10)],
        ['THCS Lý Tự Trọng', d(2024, 10, 12)],
        ['Trường Tiểu học Võ Thị Sáu', d(2024, 10, 8)],
      ],
      ['agency/unknown Sổ!B4'],
      ['report/late Sổ!C2'],
    ],
    [
      'a line of another office that could be no school: every school is judged',
      [
        ['Trung tâm Y tế huyện', d(2024, 10, 9)],
        ['Trường Tiểu học Kim Đồng', d(2024, 10, 9)],
        ['Trường THCS Kim Đồng', d(2024, 10, 9)],
        ['MN Sơn Ca', d(2024, 10, 16)],
        ['Trường Tiểu học Võ Thị Sáu', d(2024, 10, 8)],
      ],
      ['agency/unknown Sổ!B2', 'report/late Sổ!C5', 'report/missing DS trường!B5'],
      [],
    ],
  ];
  it.each(cases)('%s', (_, lines, findings, undecided) => {
    const log = gridSheet('Sổ', [
      ['STT', 'Đơn vị gửi', 'Ngày nhận'],
      ...lines.map(([unit, day], i) => [i + 1, unit, day]),
    ]);
    const { keys, notEvaluated } = checkLog(schools, [roster, log], at);
    expect(keys).toEqual([...findings].sort());
    expect(notEvaluated).toEqual(undecided);
  });
});

describe('a log whose periods are section rows above its lines', () => {
  const quarterly = {
    agencies: [
      { id: 'ca-thach-trung', name: 'Công an xã Thạch Trung' },
      { id: 'ca-thach-mon', name: 'Công an xã Thạch Môn' },
    ],
    reports: [
      {
        id: 'quy',
        title: 'Báo cáo kết quả công tác bảo đảm an ninh trật tự',
        from: ['ca-thach-trung', 'ca-thach-mon'],
        schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
      },
    ],
  };
  // [the section rows' wording, the lines under each: unit and received day]
  const cases: Array<[string, string[]]> = [
    ['written in full', ['KỲ BÁO CÁO QUÝ I/2024', 'KỲ BÁO CÁO QUÝ II/2024']],
    ['after a roman index', ['I. Quý I/2024', 'II. Quý II năm 2024']],
    ['the year in the title only', ['Quý I', 'Quý II']],
  ];
  it.each(cases)('judges each line for its section period (%s)', (_, sections) => {
    const log = gridSheet('Sổ', [
      ['SỔ NHẬN BÁO CÁO QUÝ NĂM 2024'],
      ['STT', 'Đơn vị báo cáo', 'Số báo cáo', 'Ngày nhận'],
      [sections[0]!],
      [1, 'Công an xã Thạch Trung', '12/BC-CAX', d(2024, 4, 8)],
      [2, 'CA xã Thạch Môn', '15/BC-CAX', d(2024, 4, 12)], // late for Q1
      [sections[1]!],
      [1, 'Công an xã Thạch Trung', '20/BC-CAX', d(2024, 7, 9)],
      // Thạch Môn sent nothing for Q2
    ]);
    const { keys, notEvaluated } = checkLog(quarterly, [log], { year: 2024, month: 7, day: 20 });
    expect(keys).toEqual(['report/late Sổ!D5', 'report/missing Sổ!']);
    expect(notEvaluated).toEqual([]);
  });
});

describe('an e-office register of incoming documents used as the log', () => {
  const pack = {
    agencies: [
      { id: 'tan-lap', name: 'UBND xã Tân Lập' },
      { id: 'tan-my', name: 'UBND xã Tân Mỹ' },
    ],
    reports: [
      {
        id: 'ho-ngheo',
        title: 'Báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2024',
        from: ['tan-lap', 'tan-my'],
        due: 'chậm nhất ngày 10/10/2024',
      },
    ],
  };
  const register = gridSheet('Sheet1', [
    ['STT', 'Số đến', 'Ngày đến', 'Số ký hiệu', 'Cơ quan ban hành', 'Trích yếu'],
    [1, 2101, '07/10/2024', '85/BC-UBND', 'UBND xã Tân Lập', 'Báo cáo kết quả rà soát hộ nghèo'],
    [2, 2110, '09/10/2024', '12/TTr-UBND', 'UBND xã Tân Mỹ', 'Tờ trình đề nghị hỗ trợ kinh phí'],
    [3, 2141, '14/10/2024', '301/SYT-NVY', 'Sở Y tế', 'Công văn về phòng, chống sốt xuất huyết'],
  ]);

  it('counts reports only: a tờ trình is not the report, a công văn of another office is no unit', () => {
    const { keys } = checkLog(pack, [register], { year: 2024, month: 10, day: 20 });
    expect(keys).toEqual(['report/missing Sheet1!']);
  });
});

describe('a register whose summaries name the period at their end', () => {
  const monthly = {
    agencies: [
      { id: 'dong-ve', name: 'Công an phường Đông Vệ' },
      { id: 'quang-hung', name: 'Công an xã Quảng Hưng' },
    ],
    reports: [
      {
        id: 'an-ninh',
        title: 'Báo cáo tình hình an ninh trật tự tháng',
        from: ['dong-ve', 'quang-hung'],
        schedule: {
          every: 'month',
          due: { day: 20, monthOffset: 0 },
          from: '2024-08-01',
          until: '2024-09-30',
        },
      },
    ],
  };
  const register = gridSheet('Sổ đến', [
    ['Số đến', 'Ngày đến', 'Tác giả', 'Số, ký hiệu', 'Tên loại và trích yếu nội dung'],
    [
      301,
      '19/8/2024',
      'Công an phường Đông Vệ',
      '40/BC-CAP',
      'Báo cáo tình hình ANTT tháng 8/2024',
    ],
    [
      305,
      '22/8/2024',
      'Công an xã Quảng Hưng',
      '22/BC-CAX',
      'Báo cáo kết quả công tác tháng 8/2024.',
    ],
    [311, '02/9/2024', 'Công an xã Quảng Hưng', '25/KH-CAX', 'Kế hoạch tuần tra dịp lễ Quốc khánh'],
    [
      318,
      '18/9/2024',
      'Công an phường Đông Vệ',
      '44/BC-CAP',
      'Báo cáo tình hình ANTT tháng 9/2024',
    ],
  ]);

  it('judges each report for the month its summary ends with, and the month never sent is missing', () => {
    const { keys } = checkLog(monthly, [register], { year: 2024, month: 10, day: 1 });
    expect(keys).toEqual(['report/late Sổ đến!B3', 'report/missing Sổ đến!']);
  });

  it('reads no period in a summary that names two', () => {
    const two = gridSheet('Sổ đến', [
      ['Số đến', 'Ngày đến', 'Tác giả', 'Trích yếu'],
      [1, '19/8/2024', 'Công an phường Đông Vệ', 'Báo cáo tháng 8/2024 và kế hoạch tháng 9/2024'],
    ]);
    // two months are due: the line could be either, so neither is called missing for Đông Vệ
    const { keys, notEvaluated, result } = checkLog(monthly, [two], {
      year: 2024,
      month: 10,
      day: 1,
    });
    expect(keys).toEqual(['report/missing Sổ đến!', 'report/missing Sổ đến!']);
    expect(result.findings.every((f) => f.message.vi.includes('Quảng Hưng'))).toBe(true);
    expect(notEvaluated.length).toBeGreaterThan(0);
  });
});

describe('a log with no period column', () => {
  const halfYear = (until: string) => ({
    agencies: [
      { id: 'trung-chinh', name: 'UBND xã Trung Chính' },
      { id: 'te-loi', name: 'UBND xã Tế Lợi' },
    ],
    reports: [
      {
        id: 'ntm',
        title: 'Báo cáo sơ kết 6 tháng thực hiện Chương trình xây dựng nông thôn mới',
        from: ['trung-chinh', 'te-loi'],
        schedule: { every: 'half-year', due: { day: 10, before: true }, from: '2024-01-01', until },
      },
    ],
  });
  const log = gridSheet('Theo dõi nhận BC', [
    ['STT', 'Đơn vị', 'Hình thức gửi', 'Thời gian nhận'],
    [1, 'UBND xã Trung Chính', 'Bản giấy', d(2024, 7, 9)],
    [2, 'UBND xã Tế Lợi', 'Văn bản điện tử', '11/7/2024 08:15'],
  ]);

  it('reads each line as the one period due', () => {
    const { keys } = checkLog(halfYear('2024-12-31'), [log], { year: 2024, month: 7, day: 20 });
    expect(keys).toEqual(['report/late Theo dõi nhận BC!D3']);
  });

  it('says it cannot tell the period when several are due, instead of calling one missing', () => {
    const { keys, notEvaluated } = checkLog(halfYear('2025-12-31'), [log], {
      year: 2025,
      month: 2,
      day: 1,
    });
    expect(keys).toEqual([]);
    expect(notEvaluated).toEqual([
      'report/missing Theo dõi nhận BC!B2',
      'report/missing Theo dõi nhận BC!B3',
    ]);
  });
});

describe('a sending-status log ("Tình trạng": Đã gửi / Chưa gửi)', () => {
  const pack = {
    agencies: [
      { id: 'tu-phap', name: 'Phòng Tư pháp' },
      { id: 'noi-vu', name: 'Phòng Nội vụ' },
      { id: 'vhtt', name: 'Phòng Văn hóa và Thông tin' },
      { id: 'thanh-tra', name: 'Thanh tra huyện' },
    ],
    reports: [
      {
        id: 'pbgdpl',
        title: 'Báo cáo công tác phổ biến, giáo dục pháp luật năm 2024',
        from: ['tu-phap', 'noi-vu', 'vhtt', 'thanh-tra'],
        due: 'trước ngày 20/11/2024',
      },
    ],
  };
  const log = gridSheet('Tình hình gửi BC', [
    ['STT', 'Đơn vị', 'Tình trạng', 'Ngày gửi', 'Ghi chú'],
    [1, 'Phòng Tư pháp', 'Đã gửi', null, 'Đã gửi ngày 15/11/2024'],
    [2, 'Phòng Nội vụ', 'Chưa gửi', null, 'Đã nhắc qua điện thoại'],
    [3, 'Phòng Văn hóa và Thông tin', 'Đã gửi', null, 'Gửi qua hệ thống, chưa ghi ngày'],
    [4, 'Thanh tra huyện', 'Đã gửi', '22/11/2024'],
  ]);
  const { keys, notEvaluated, result } = checkLog(pack, [log], {
    year: 2024,
    month: 11,
    day: 28,
  });

  it('reads "Chưa gửi" as missing, a date in the notes as the day sent, a late day as late', () => {
    expect(keys).toEqual(['report/late Tình hình gửi BC!D5', 'report/missing Tình hình gửi BC!D3']);
  });

  it('lists "Đã gửi" with no day as not evaluated, with the reason', () => {
    expect(notEvaluated).toEqual(['report/late Tình hình gửi BC!D4']);
    expect(result.notEvaluated[0]?.reason.vi).toContain(
      'sổ ghi "Đã gửi" nhưng không ghi ngày nhận',
    );
  });
});

describe('a roster that lists only the units, with no group column', () => {
  const input = {
    agencies: [
      { id: 'ky-tan', name: 'UBND xã Kỳ Tân' },
      { id: 'ky-lac', name: 'UBND xã Kỳ Lạc' },
    ],
    groups: [{ id: 'cac-xa', name: 'Các xã', members: ['ky-tan', 'ky-lac'] }],
    reports: [
      {
        id: 'so-ket',
        title: 'Báo cáo sơ kết 6 tháng đầu năm 2024',
        from: ['cac-xa'],
        due: 'trước ngày 15/6/2024',
      },
    ],
  };
  const log = gridSheet('Nhận báo cáo', [
    ['STT', 'Đơn vị', 'Tên báo cáo', 'Ngày nhận'],
    [1, 'UBND xã Kỳ Tân', 'Báo cáo sơ kết 6 tháng đầu năm 2024', d(2024, 6, 12)],
  ]);

  it('is read as the roster when the names under "Tên đơn vị" are units', () => {
    const units = gridSheet('Đơn vị', [
      ['STT', 'Tên đơn vị'],
      [1, 'UBND xã Kỳ Tân'],
      [2, 'Ủy ban nhân dân xã Kỳ Lạc'],
    ]);
    const { result, keys } = checkLog(input, [log, units], { year: 2024, month: 7, day: 1 });
    expect(result.sheets.map((s) => `${s.name} ${s.table}`)).toEqual([
      'Nhận báo cáo reports',
      'Đơn vị roster',
    ]);
    // the missing report points at the unit's line in the roster
    expect(keys).toEqual(['report/missing Đơn vị!B3']);
  });

  it('is not a roster when the column under "Đơn vị" holds something else', () => {
    const months = gridSheet('Đơn vị', [
      ['STT', 'Đơn vị'],
      [1, 'Tháng 6/2024'],
      [2, 'Tháng 7/2024'],
    ]);
    const { result } = checkLog(input, [log, months], { year: 2024, month: 7, day: 1 });
    expect(result.sheets.find((s) => s.name === 'Đơn vị')?.table).not.toBe('roster');
  });
});

describe('a received-reports log kept as a matrix (held-out h09)', () => {
  const quarterly = parsePack({
    id: 'bc-quy-so-nganh',
    version: '1.0.0',
    title: 'Báo cáo quý của các sở',
    agencies: [
      { id: 'so-tc', name: 'Sở Tài chính' },
      { id: 'so-ct', name: 'Sở Công Thương' },
    ],
    groups: [{ id: 'cac-so', name: 'Các sở, ngành', members: ['so-tc', 'so-ct'] }],
    reports: [
      {
        id: 'bc-quy',
        title: 'Báo cáo tình hình thực hiện nhiệm vụ quý',
        from: ['cac-so'],
        schedule: {
          every: 'quarter',
          due: { day: 10, before: true, monthOffset: 1 },
          from: '2024-01-01',
          until: '2024-09-30',
        },
      },
    ],
  });
  if (!quarterly.ok) throw new Error(JSON.stringify(quarterly.problems));

  it('judges each period column as that period, the six-month report as the second quarter', () => {
    const result = checkSheets(
      createChecker({ pack: quarterly.pack, asOf: { year: 2024, month: 10, day: 20 } }),
      'bao-cao-quy.xlsx',
      [
        gridSheet('Theo dõi BC quý', [
          ['THEO DÕI TIẾP NHẬN BÁO CÁO ĐỊNH KỲ QUÝ NĂM 2024'],
          [],
          ['TT', 'Cơ quan, đơn vị', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
          [null, null, 'Quý I', '6 tháng', 'Quý III'],
          [1, 'Sở Tài chính', d(2024, 4, 9), d(2024, 7, 12), d(2024, 10, 9)],
          [2, 'Sở Công Thương', d(2024, 4, 3), d(2024, 7, 5), null, 'Chưa gửi'],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'report/late D5',
      'report/missing E6',
    ]);
    expect(result.notEvaluated).toEqual([]);
  });
});

describe('a Party log against a list of base committees with count columns (held-out h10)', () => {
  const congress = parsePack({
    id: 'dai-hoi-chi-bo',
    version: '1.0.0',
    title: 'Báo cáo kết quả đại hội chi bộ',
    groups: [{ id: 'dang-bo-co-so', name: 'Các đảng bộ cơ sở', aliases: ['Đảng bộ cơ sở'] }],
    reports: [
      {
        id: 'ket-qua-dai-hoi',
        title: 'Báo cáo kết quả đại hội chi bộ',
        from: ['dang-bo-co-so'],
        due: 'trước ngày 30/6/2022',
      },
    ],
  });
  if (!congress.ok) throw new Error(JSON.stringify(congress.problems));

  it('reads the list whose other columns count branches and members, and "ĐU", "ĐB" in the log', () => {
    const result = checkSheets(
      createChecker({ pack: congress.pack, asOf: { year: 2022, month: 7, day: 5 } }),
      'dang-bo.xlsx',
      [
        gridSheet('Nhận BC', [
          ['TT', 'Đảng bộ gửi', 'Số, ký hiệu báo cáo', 'Ngày nhận'],
          [1, 'ĐU xã Đại Phúc', '38-BC/ĐU', '30/6/2022'],
          [2, 'ĐB xã Nhị Long', '40-BC/ĐU', '28/6/2022'],
        ]),
        gridSheet('DS đảng bộ cơ sở', [
          ['DANH SÁCH CÁC ĐẢNG BỘ CƠ SỞ TRỰC THUỘC HUYỆN ỦY'],
          [],
          ['TT', 'Tên đảng bộ cơ sở', 'Số chi bộ trực thuộc', 'Tổng số đảng viên'],
          [1, 'Đảng bộ xã Đại Phúc', 10, 198],
          [2, 'Đảng bộ xã Nhị Long', 11, 210],
          [3, 'Đảng bộ xã Bình Phú', 9, 176],
        ]),
      ],
    );
    expect(
      result.findings.map((f) => `${f.rule} ${f.location?.sheet}!${f.location?.cell}`),
    ).toEqual(['report/late Nhận BC!D2', 'report/missing DS đảng bộ cơ sở!B6']);
  });
});

describe('a log kept as a matrix of marks ("x" under each month sent)', () => {
  const monthly = {
    agencies: [
      { id: 'xa-tan-lap', name: 'UBND xã Tân Lập' },
      { id: 'xa-hoa-binh', name: 'UBND xã Hòa Bình' },
      { id: 'xa-an-phu', name: 'UBND xã An Phú' },
    ],
    reports: [
      {
        id: 'thang',
        title: 'Báo cáo công tác cải cách hành chính tháng',
        from: ['xa-tan-lap', 'xa-hoa-binh', 'xa-an-phu'],
        schedule: { every: 'month', due: { day: 20, monthOffset: 0 }, from: '2024-07-01' },
      },
    ],
  };
  const matrix = (legend: string) =>
    gridSheet('Theo dõi', [
      ['THEO DÕI GỬI BÁO CÁO CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC XÃ NĂM 2024'],
      ['TT', 'Đơn vị', `Tình hình gửi báo cáo${legend}`, null, null, 'Ghi chú'],
      [null, null, 'Tháng 7', 'Tháng 8', 'Tháng 9', null],
      // the communes by their names alone, as the title says whose they are
      [1, 'Tân Lập', 'x', 'x', 'x'],
      [2, 'Hòa Bình', 'x', null, 'x (chậm)', 'Tháng 8 chưa gửi'],
      [3, 'An Phú', 'x', 'x'],
    ]);

  it('reads a tick as sent on time when the legend says so, "x (chậm)" as late, a blank as missing', () => {
    const { keys, notEvaluated, result } = checkLog(monthly, [matrix(' (x: đã gửi đúng hạn)')], {
      year: 2024,
      month: 10,
      day: 5,
    });
    expect(keys).toEqual([
      'report/late Theo dõi!E5',
      'report/missing Theo dõi!D5',
      'report/missing Theo dõi!E6',
    ]);
    expect(notEvaluated).toEqual([]);
    expect(result.findings.find((f) => f.rule === 'report/late')!.message.vi).toContain(
      'sổ ghi "Đã gửi (chậm)", không ghi ngày nhận',
    );
  });

  it('with no legend, a tick says only that it was sent: on time or not is not evaluated', () => {
    const { keys, notEvaluated } = checkLog(monthly, [matrix('')], {
      year: 2024,
      month: 10,
      day: 5,
    });
    expect(keys).toEqual([
      'report/late Theo dõi!E5',
      'report/missing Theo dõi!D5',
      'report/missing Theo dõi!E6',
    ]);
    expect(notEvaluated.filter((n) => n.startsWith('report/late'))).toHaveLength(6);
  });

  it('reads "x (tre han)" typed with no marks as late, as "x (chậm)"', () => {
    const unmarked = gridSheet('Theo doi', [
      ['THEO DOI GUI BAO CAO CAI CACH HANH CHINH CUA UBND CAC XA NAM 2024'],
      ['TT', 'Don vi', 'Tinh hinh gui bao cao (x: da gui dung han)', null, null, 'Ghi chu'],
      [null, null, 'Thang 7', 'Thang 8', 'Thang 9', null],
      [1, 'Tan Lap', 'x', 'x', 'x'],
      [2, 'Hoa Binh', 'x', null, 'x (tre han)', 'Thang 8 chua gui'],
      [3, 'An Phu', 'x', 'x (cham)'],
    ]);
    const { keys, notEvaluated } = checkLog(monthly, [unmarked], { year: 2024, month: 10, day: 5 });
    expect(keys).toEqual([
      'report/late Theo doi!D6',
      'report/late Theo doi!E5',
      'report/missing Theo doi!D5',
      'report/missing Theo doi!E6',
    ]);
    expect(notEvaluated).toEqual([]);
  });
});

describe('a register of several kinds of reports in order of arrival (held-out y14)', () => {
  const front = parsePack({
    id: 'mttq-thang-quy',
    version: '1.0.0',
    title: 'Báo cáo tháng và quý của Ủy ban MTTQ các xã',
    agencies: [
      { id: 'hoa-hai', name: 'Ủy ban MTTQ Việt Nam xã Hòa Hải' },
      { id: 'phuc-dong', name: 'Ủy ban MTTQ Việt Nam xã Phúc Đồng' },
    ],
    groups: [{ id: 'mttq-xa', name: 'Ủy ban MTTQ các xã', members: ['hoa-hai', 'phuc-dong'] }],
    reports: [
      {
        id: 'thang',
        title: 'Báo cáo công tác Mặt trận tháng',
        from: ['mttq-xa'],
        schedule: {
          every: 'month',
          due: { day: 20, before: true, monthOffset: 0 },
          from: '2024-09-01',
          until: '2024-10-31',
        },
      },
      {
        id: 'quy',
        title: 'Báo cáo công tác Mặt trận quý',
        from: ['mttq-xa'],
        schedule: {
          every: 'quarter',
          due: { day: 25, before: true, monthOffset: 0 },
          from: '2024-07-01',
          until: '2024-09-30',
        },
      },
    ],
  });
  if (!front.ok) throw new Error(JSON.stringify(front.problems));

  it('tells the reports apart by the period their names give, the year from the day received', () => {
    const result = checkSheets(
      createChecker({ pack: front.pack, asOf: { year: 2024, month: 10, day: 28 } }),
      'mttq.xlsx',
      [
        gridSheet('Nhận báo cáo', [
          ['STT', 'Ngày nhận', 'Đơn vị gửi', 'Loại báo cáo', 'Số báo cáo'],
          [1, d(2024, 9, 16), 'MTTQ xã Hòa Hải', 'BC tháng 9', '25/BC-MT'],
          [2, d(2024, 9, 23), 'UBMTTQVN xã Phúc Đồng', 'BC tháng 9', '18/BC-MT'],
          [3, d(2024, 9, 24), 'MTTQ xã Hòa Hải', 'Báo cáo quý III', '26/BC-MT'],
          [4, d(2024, 10, 15), 'MTTQ xã Hòa Hải', 'BC tháng 10', '29/BC-MT'],
          [5, d(2024, 10, 24), 'UBMTTQVN xã Phúc Đồng', 'BC tháng 10', '21/BC-MT'],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort()).toEqual([
      'report/late B3',
      'report/late B6',
      // Phúc Đồng sent no quarter report
      'report/missing ',
    ]);
    expect(result.notEvaluated).toEqual([]);
  });
});

describe('a received-reports matrix with a row per month and a column per commune (held-out y12)', () => {
  const monthly = parsePack({
    id: 'ho-tich-thang',
    version: '1.0.0',
    title: 'Báo cáo thống kê hộ tịch tháng',
    agencies: [
      { id: 'duc-an', name: 'UBND xã Đức An' },
      { id: 'duc-lam', name: 'UBND xã Đức Lâm' },
      { id: 'duc-tho', name: 'UBND thị trấn Đức Thọ' },
    ],
    groups: [
      { id: 'xa', name: 'UBND các xã, thị trấn', members: ['duc-an', 'duc-lam', 'duc-tho'] },
    ],
    reports: [
      {
        id: 'ho-tich',
        title: 'Báo cáo thống kê hộ tịch tháng',
        from: ['xa'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2024-07-01',
          until: '2024-08-31',
        },
      },
    ],
  });
  if (!monthly.ok) throw new Error(JSON.stringify(monthly.problems));

  it("judges each cell as the report of its row's month from its column's commune", () => {
    const result = checkSheets(
      createChecker({ pack: monthly.pack, asOf: { year: 2024, month: 11, day: 15 } }),
      'ho-tich.xlsx',
      [
        gridSheet('Theo dõi BC hộ tịch', [
          ['Kỳ báo cáo', 'Hạn nộp', 'Ngày nhận báo cáo', null, null, 'Ghi chú'],
          [null, null, 'Xã Đức An', 'Xã Đức Lâm', 'Thị trấn Đức Thọ'],
          ['Tháng 7/2024', d(2024, 8, 5), d(2024, 8, 2), d(2024, 8, 7), d(2024, 8, 1)],
          ['Tháng 8/2024', d(2024, 9, 5), d(2024, 9, 4), d(2024, 9, 3), null, 'TT chưa gửi'],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'report/late D3',
      'report/missing E4',
    ]);
    expect(result.notEvaluated).toEqual([]);
  });
});

describe('a matrix whose commune columns are written short, spelled out in a note under it', () => {
  const monthly = parsePack({
    id: 'hoi-nong-dan-thang',
    version: '1.0.0',
    title: 'Báo cáo tháng của Hội Nông dân cơ sở',
    agencies: [
      { id: 'kl', name: 'Hội Nông dân xã Kỳ Lạc' },
      { id: 'kt', name: 'Hội Nông dân xã Kỳ Thượng' },
      { id: 'ka', name: 'Hội Nông dân thị trấn Kỳ Anh' },
    ],
    groups: [{ id: 'co-so', name: 'Hội Nông dân các xã, thị trấn', members: ['kl', 'kt', 'ka'] }],
    reports: [
      {
        id: 'thang',
        title: 'Báo cáo tháng',
        from: ['co-so'],
        schedule: {
          every: 'month',
          due: { day: 25, before: false, monthOffset: 0 },
          from: '2024-09-01',
          until: '2024-10-31',
        },
      },
    ],
  });
  if (!monthly.ok) throw new Error(JSON.stringify(monthly.problems));
  const sheet = (note: GridValue[]) =>
    gridSheet('Nhận BC', [
      ['Tháng', 'Ngày nhận báo cáo', null, null],
      [null, 'K.Lạc', 'K.Thượng', 'TT K.Anh'],
      ['T9/2024', d(2024, 9, 20), d(2024, 9, 27), d(2024, 9, 24)],
      ['T10/2024', d(2024, 10, 22), null, d(2024, 10, 25)],
      [],
      note,
    ]);
  const check = (note: GridValue[]) =>
    checkSheets(
      createChecker({ pack: monthly.pack, asOf: { year: 2024, month: 11, day: 5 } }),
      'nhan-bc.xlsx',
      [sheet(note)],
    );

  it('judges each cell as the report of the commune the note names', () => {
    const result = check([
      'Ghi chú: K.Lạc - Kỳ Lạc; K.Thượng - Kỳ Thượng; TT K.Anh - thị trấn Kỳ Anh',
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'report/late C3', // Kỳ Thượng's September report, received 27/9
      'report/missing C4',
    ]);
  });

  it('with no note, judges no unit on a column it cannot name', () => {
    const result = check([null]);
    expect(result.findings.filter((f) => f.rule.startsWith('report/'))).toEqual([]);
  });
});

describe("a labour federation's log of its base unions' quarterly reports across the year's end", () => {
  const unions = parsePack({
    id: 'ldld-bao-cao-quy',
    version: '1.0.0',
    title: 'Báo cáo quý của công đoàn cơ sở',
    agencies: [
      { id: 'thpt', name: 'Công đoàn Trường THPT Nguyễn Trãi' },
      { id: 'thcs', name: 'Công đoàn Trường THCS Nguyễn Trãi' },
      { id: 'cam-lac', name: 'Công đoàn cơ sở xã Cẩm Lạc' },
      { id: 'bv', name: 'Công đoàn Bệnh viện đa khoa huyện Cẩm Xuyên' },
    ],
    groups: [
      { id: 'cdcs', name: 'Các công đoàn cơ sở', members: ['thpt', 'thcs', 'cam-lac', 'bv'] },
    ],
    reports: [
      {
        id: 'quy',
        title: 'Báo cáo quý',
        from: ['cdcs'],
        schedule: {
          every: 'quarter',
          due: { day: 15, monthOffset: 1 },
          from: '2024-10-01',
          until: '2024-12-31',
        },
      },
    ],
  });
  if (!unions.ok) throw new Error(JSON.stringify(unions.problems));
  const rows: GridValue[][] = [
    ['SỔ NHẬN BÁO CÁO CỦA CÁC CÔNG ĐOÀN CƠ SỞ'],
    ['STT', 'CĐCS gửi', 'Kỳ BC', 'Ngày nhận'],
    // no year: the fourth quarter that ended before the line came in, 2024's
    [1, 'CĐ THPT Nguyễn Trãi', 'Quý IV', d(2025, 1, 8)],
    [2, 'CĐCS xã Cẩm Lạc', 'Quý IV', d(2025, 1, 20)],
    [3, 'CĐ BVĐK huyện', 'Quý IV', d(2025, 1, 14)],
    // "Trường Nguyễn Trãi": the upper or the lower secondary school? not guessed
    [4, 'CĐ Trường Nguyễn Trãi', 'Quý IV', d(2025, 1, 10)],
  ];
  const result = checkSheets(
    createChecker({ pack: unions.pack, asOf: { year: 2025, month: 1, day: 25 } }),
    'so-nhan-bc-quy.xlsx',
    [
      gridSheet('Sổ nhận BC', rows),
      gridSheet('Danh sách CĐCS', [
        ['STT', 'Tên công đoàn cơ sở', 'Số đoàn viên'],
        [1, 'Công đoàn Trường THPT Nguyễn Trãi', 64],
        [2, 'Công đoàn Trường THCS Nguyễn Trãi', 38],
        [3, 'Công đoàn cơ sở xã Cẩm Lạc', 27],
        [4, 'Công đoàn Bệnh viện đa khoa huyện Cẩm Xuyên', 210],
      ]),
    ],
  );

  it('matches the shortened senders and reads the quarter in the year it ended', () => {
    // due 15/01/2025: Cẩm Lạc's came on 20/01, late; the school's and the hospital's on time
    expect(
      result.findings
        .filter((f) => f.rule.startsWith('report/'))
        .map((f) => `${f.rule} ${f.location?.cell}`),
    ).toEqual(['report/late D4']);
  });

  it('lists the ambiguous sender as unknown with both schools, and calls neither missing', () => {
    const unknown = result.findings.filter((f) => f.rule === 'agency/unknown');
    expect(unknown.map((f) => f.location?.cell)).toEqual(['B6']);
    expect(unknown[0]!.message.vi).toContain('Công đoàn Trường THCS Nguyễn Trãi');
    // the lower secondary school may be the one that sent it: not called missing, and said so
    expect(result.notEvaluated.map((n) => n.reason.vi).join(' ')).toContain(
      'chưa kết luận được Công đoàn Trường THCS Nguyễn Trãi chưa gửi',
    );
  });
});

describe('weekly reports ("vào thứ Sáu hằng tuần"): each ISO week due on its Friday', () => {
  const weekly = {
    agencies: [
      { id: 'tan-lap', name: 'UBND xã Tân Lập' },
      { id: 'hoa-binh', name: 'UBND xã Hòa Bình' },
    ],
    reports: [
      {
        id: 'tuan',
        title: 'Báo cáo tình hình dịch bệnh tuần',
        from: ['tan-lap', 'hoa-binh'],
        schedule: { every: 'week', due: { weekday: 5 }, from: '2025-03-03' },
      },
    ],
  };
  // weeks 10–13 of 2025 run from Monday 3/3, 10/3, 17/3 and 24/3; their Fridays are 7/3, 14/3,
  // 21/3 and 28/3; checked on Tuesday 25/3/2025
  const asOf = { year: 2025, month: 3, day: 25 };
  const read = (sheets: Parameters<typeof checkSheets>[2]) => {
    const { result } = checkLog(weekly, sheets, asOf);
    return {
      findings: result.findings
        .map((f) => `${f.rule} ${f.agency ?? ''} ${/tuần \d+ năm \d+/u.exec(f.message.vi)?.[0]}`)
        .sort(),
      notEvaluated: result.notEvaluated
        .filter((n) => n.scope.startsWith('report'))
        .map((n) => `${n.scope} row ${n.location?.row ?? ''}`),
    };
  };

  it('reads the week a log line is for from "Tuần 12", "Tuần 12/2025" or "Tuần 2 tháng 3/2025"', () => {
    const log = gridSheet('Sổ nhận báo cáo', [
      ['STT', 'Đơn vị', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận'],
      [1, 'UBND xã Tân Lập', 'Báo cáo tuần', 'Tuần 10/2025', d(2025, 3, 7)],
      [2, 'UBND xã Tân Lập', 'Báo cáo tuần', 'Tuần 11/2025', d(2025, 3, 17)],
      [3, 'UBND xã Tân Lập', 'Báo cáo tuần', 'Tuần 12', d(2025, 3, 21)],
      // March 2025's second Thursday is 13/3: week 11
      [4, 'UBND xã Hòa Bình', 'Báo cáo tuần', 'Tuần 2 tháng 3/2025', d(2025, 3, 14)],
    ]);
    expect(read([log]).findings).toEqual([
      'report/due-soon UBND xã Hòa Bình tuần 13 năm 2025',
      'report/due-soon UBND xã Tân Lập tuần 13 năm 2025',
      'report/late UBND xã Tân Lập tuần 11 năm 2025',
      'report/missing UBND xã Hòa Bình tuần 10 năm 2025',
      'report/missing UBND xã Hòa Bình tuần 12 năm 2025',
    ]);
  });

  it('with no period written, a line is for the week it came in; one of the next week leaves the week undecided', () => {
    const log = gridSheet('Sổ nhận báo cáo', [
      ['STT', 'Đơn vị', 'Báo cáo', 'Ngày nhận'],
      [1, 'UBND xã Tân Lập', 'Báo cáo tuần', d(2025, 3, 6)],
      [2, 'UBND xã Tân Lập', 'Báo cáo tuần', d(2025, 3, 13)],
      // Monday of week 13: week 12's, late, or week 13's
      [3, 'UBND xã Tân Lập', 'Báo cáo tuần', d(2025, 3, 24)],
      [4, 'UBND xã Hòa Bình', 'Báo cáo tuần', d(2025, 3, 7)],
    ]);
    const { findings, notEvaluated } = read([log]);
    expect(findings).toEqual([
      'report/due-soon UBND xã Hòa Bình tuần 13 năm 2025',
      'report/missing UBND xã Hòa Bình tuần 11 năm 2025',
      'report/missing UBND xã Hòa Bình tuần 12 năm 2025',
    ]);
    // week 12 of Tân Lập, for the line of 24/3 (row 4)
    expect(notEvaluated).toEqual(['report/missing row 4']);
  });
});

describe('a log whose period column holds the number alone, the year in the title', () => {
  const quarterly = {
    agencies: [
      { id: 'hoi-nd-son-kim', name: 'Hội Nông dân xã Sơn Kim' },
      { id: 'hoi-nd-son-tay', name: 'Hội Nông dân xã Sơn Tây' },
    ],
    reports: [
      {
        id: 'quy',
        title: 'Báo cáo kết quả hoạt động hội',
        from: ['hoi-nd-son-kim', 'hoi-nd-son-tay'],
        schedule: { every: 'quarter', due: { day: 15, monthOffset: 1 }, from: '2025-01-01' },
      },
    ],
  };
  // [the period column's header, how the quarters are written]
  const cases: Array<[string, [GridValue, GridValue]]> = [
    ['Quý', ['I', 'II']],
    ['Quý báo cáo', [1, 2]],
    ['Kỳ báo cáo (quý)', ['i', 'ii']],
  ];
  it.each(cases)('reads %s: %j as quarters of the title year', (heading, [q1, q2]) => {
    const log = gridSheet('Theo dõi', [
      ['THEO DÕI NHẬN BÁO CÁO QUÝ CỦA CÁC HỘI NÔNG DÂN XÃ NĂM 2025'],
      ['TT', 'Đơn vị báo cáo', heading, 'Ngày nhận'],
      [1, 'Hội Nông dân xã Sơn Kim', q1, d(2025, 4, 14)],
      [2, 'Hội Nông dân xã Sơn Tây', q1, d(2025, 4, 18)], // late for the first quarter
      [3, 'Hội Nông dân xã Sơn Kim', q2, d(2025, 7, 10)],
      // Sơn Tây sent nothing for the second quarter
    ]);
    const { keys, notEvaluated } = checkLog(quarterly, [log], { year: 2025, month: 7, day: 25 });
    expect(keys).toEqual(['report/late Theo dõi!D4', 'report/missing Theo dõi!']);
    expect(notEvaluated).toEqual([]);
  });
});
