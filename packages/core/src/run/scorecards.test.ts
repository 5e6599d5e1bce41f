/**
 * Scorecards counted from what the checker evaluated: a district's task sheet (Phòng Nội vụ, a
 * commune written three ways, rows with no agency), a quarterly report owed by three communes, and
 * a province's indicators with the departments in charge. Every expected count is read off the rows.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import type { AgencyScorecard } from '../model/findings.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import {
  agencyScorecards,
  onTimePercent,
  percentText,
  scorecardSentence,
  taskOutcome,
  workbookScorecards,
} from './scorecards.js';

const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' };

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];

// As of 01/7/2024.
const tasks = gridSheet('Nhiệm vụ', [
  ['UBND HUYỆN THAN UYÊN'],
  ['BẢNG THEO DÕI NHIỆM VỤ ĐƯỢC GIAO NĂM 2024'],
  HEADER,
  // Phòng Nội vụ: 3 on time, 1 late (25/6 after 20/6), 1 overdue
  [1, 'Rà soát, sắp xếp tổ chức bộ máy', 'Phòng Nội vụ', '15/5/2024', d(2024, 5, 10), 'Hoàn thành'],
  [
    2,
    'Tham mưu kế hoạch cải cách hành chính năm 2024',
    'Phòng Nội vụ',
    '31/5/2024',
    d(2024, 5, 30),
    'Hoàn thành',
  ],
  [
    3,
    'Tổng hợp kết quả đánh giá, xếp loại công chức',
    'Phòng Nội vụ',
    '10/6/2024',
    d(2024, 6, 5),
    'Hoàn thành',
  ],
  [
    4,
    'Báo cáo công tác thi đua, khen thưởng 6 tháng',
    'Phòng Nội vụ',
    '20/6/2024',
    d(2024, 6, 25),
    'Hoàn thành',
  ],
  [5, 'Rà soát vị trí việc làm', 'Phòng Nội vụ', '25/6/2024', null, 'Đang thực hiện'],
  // one commune written three ways: 1 on time, 1 overdue, 1 not yet due
  [
    6,
    'Kiện toàn Ban Chỉ đạo chuyển đổi số',
    'UBND xã Tân Lập',
    '30/6/2024',
    d(2024, 6, 20),
    'Hoàn thành',
  ],
  [
    7,
    'Cập nhật, làm sạch dữ liệu dân cư',
    'Ủy ban nhân dân xã Tân Lập',
    '15/6/2024',
    null,
    'Chưa thực hiện',
  ],
  [
    8,
    'Tuyên truyền phòng, chống cháy rừng',
    'Uỷ ban nhân dân xã Tân Lập',
    '31/7/2024',
    null,
    'Đang thực hiện',
  ],
  // no agency: done with no day, past its deadline (unknown); done before a deadline to come
  [9, 'Sơ kết công tác dân vận', null, '10/6/2024', null, 'Hoàn thành'],
  [10, 'Phân công trực ban dịp Quốc khánh', null, '30/8/2024', null, 'Đã hoàn thành'],
  // 2 on time, 1 late (3/6 after 31/5): 66,7 %; 1 done with no deadline, which is not on time
  [
    11,
    'Lập dự toán ngân sách năm 2025',
    'Phòng Tài chính - Kế hoạch',
    '15/6/2024',
    d(2024, 6, 14),
    'Hoàn thành',
  ],
  [
    12,
    'Quyết toán kinh phí quý I',
    'Phòng Tài chính - Kế hoạch',
    '30/4/2024',
    d(2024, 4, 28),
    'Hoàn thành',
  ],
  [
    13,
    'Báo cáo tình hình giải ngân vốn đầu tư công',
    'Phòng Tài chính - Kế hoạch',
    '31/5/2024',
    d(2024, 6, 3),
    'Hoàn thành',
  ],
  [
    14,
    'Tổng hợp ý kiến, kiến nghị của cử tri',
    'Phòng Tài chính - Kế hoạch',
    null,
    d(2024, 6, 28),
    'Hoàn thành',
  ],
]);

const counts = (c: { tasks: { assigned: number } }) => c.tasks;

describe('the scorecard of each agency, from every task evaluated', () => {
  const checker = createChecker({ pack: generic, asOf: { year: 2024, month: 7, day: 1 } });
  const result = checkSheets(checker, 'theo-doi.xlsx', [tasks]);
  const cards = agencyScorecards([result], { asOf: '2024-07-01' });

  it('has one row per agency, the commune written three ways being one, the rows with no agency last', () => {
    expect(cards.map((c) => c.agency)).toEqual([
      'Phòng Nội vụ', // 1 overdue, 1 late
      'UBND xã Tân Lập', // 1 overdue
      'Phòng Tài chính - Kế hoạch', // nothing outstanding
      undefined,
    ]);
  });

  it.each([
    [
      'Phòng Nội vụ',
      { assigned: 5, onTime: 3, late: 1, overdue: 1, notDue: 0, doneUndated: 0, doneNoDeadline: 0 },
      60,
    ],
    [
      'UBND xã Tân Lập',
      { assigned: 3, onTime: 1, late: 0, overdue: 1, notDue: 1, doneUndated: 0, doneNoDeadline: 0 },
      50,
    ],
    [
      'Phòng Tài chính - Kế hoạch',
      // the task done with no deadline is neither on time nor in the share
      { assigned: 4, onTime: 2, late: 1, overdue: 0, notDue: 0, doneUndated: 0, doneNoDeadline: 1 },
      66.7,
    ],
    [
      undefined,
      { assigned: 2, onTime: 1, late: 0, overdue: 0, notDue: 0, doneUndated: 1, doneNoDeadline: 0 },
      100,
    ],
  ])('%s: %o, %s%% on time', (agency, expected, percent) => {
    const card = cards.find((c) => c.agency === agency)!;
    expect(card.tasks).toEqual(expected);
    expect(card.onTimePercent).toBe(percent);
    expect(card.reports).toEqual({ due: 0, received: 0, late: 0, missing: 0 });
  });

  it('writes the sentence an office writes', () => {
    expect(cards.map((c) => scorecardSentence(c)?.vi)).toEqual([
      'Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1.',
      'UBND xã Tân Lập: 3 nhiệm vụ, hoàn thành đúng hạn 1 (50%), quá hạn 1, chưa đến hạn 1.',
      'Phòng Tài chính - Kế hoạch: 4 nhiệm vụ, hoàn thành đúng hạn 2 (66,7%), chậm 1, hoàn thành (không có hạn) 1.',
      'Không ghi đơn vị: 2 nhiệm vụ, hoàn thành đúng hạn 1 (100%), hoàn thành không ghi ngày 1.',
    ]);
    expect(scorecardSentence(cards[0]!)?.en).toBe(
      'Phòng Nội vụ: 5 task(s), 3 done on time (60%), 1 late, 1 overdue.',
    );
    expect(scorecardSentence(cards[2]!)?.en).toBe(
      'Phòng Tài chính - Kế hoạch: 4 task(s), 2 done on time (66.7%), 1 late, 1 done (no deadline).',
    );
  });

  it('puts the scorecards in the report and the sentences in its narrative', () => {
    const report = checker.report([result]);
    expect(report.scorecards?.agencies).toEqual(cards);
    expect(report.summary.narrative?.map((m) => m.vi)).toContain(
      'Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1.',
    );
  });

  it('counts every task evaluated, with a finding or not', () => {
    const sum = cards.reduce((n, c) => n + counts(c).assigned, 0);
    expect(sum).toBe(14);
    expect(result.findings.filter((f) => f.rule === 'task/overdue')).toHaveLength(2);
  });
});

describe('an agency whose name was wrapped by hand in its cell', () => {
  it('is one row, named on one line', () => {
    const sheet = gridSheet('Nhiệm vụ', [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Ngày hoàn thành'],
      [1, 'Rà soát quy hoạch cán bộ', 'Ban Dân vận\nHuyện ủy', '30/6/2024', '28/6/2024'],
      [2, 'Tổng kết công tác dân vận', 'Ban Dân vận  \n  Huyện ủy', '30/6/2024', null],
    ]);
    const checker = createChecker({ pack: generic, asOf: { year: 2024, month: 7, day: 1 } });
    const cards = agencyScorecards([checkSheets(checker, 'x.xlsx', [sheet])], {
      asOf: '2024-07-01',
    });
    expect(cards.map((c) => [c.agency, c.tasks.assigned])).toEqual([['Ban Dân vận Huyện ủy', 2]]);
  });
});

describe('reports and indicators per agency', () => {
  it('counts each unit’s report periods past their deadline: received, late, missing', () => {
    const parsed = parsePack({
      id: 'bao-cao-quy',
      version: '1.0.0',
      title: 'Chế độ báo cáo quý',
      agencies: [
        { id: 'ban-giang', name: 'Đảng ủy xã Bản Giang' },
        { id: 'nam-xe', name: 'Đảng ủy xã Nậm Xe' },
        { id: 'sin-suoi-ho', name: 'Đảng ủy xã Sin Suối Hồ' },
      ],
      reports: [
        {
          id: 'bc-quy',
          title: 'Báo cáo quý',
          from: ['ban-giang', 'nam-xe', 'sin-suoi-ho'],
          schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // As of 15/7/2024 quarters I (due 10/4) and II (due 10/7) are past; quarter III is not.
    const checker = createChecker({ pack: parsed.pack, asOf: { year: 2024, month: 7, day: 15 } });
    const result = checkSheets(checker, 'so-nhan-bao-cao.xlsx', [
      gridSheet('Sổ nhận báo cáo', [
        ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận'],
        [1, 'Đảng ủy xã Bản Giang', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 8)],
        [2, 'Đảng ủy xã Nậm Xe', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 15)],
        [3, 'Đảng ủy xã Bản Giang', 'Báo cáo quý', 'Quý II/2024', d(2024, 7, 9)],
      ]),
    ]);
    const cards = agencyScorecards([result], {
      asOf: '2024-07-15',
      agencies: parsed.pack.agencies ?? [],
    });
    expect(cards.map((c) => [c.agency, c.reports])).toEqual([
      ['Đảng ủy xã Sin Suối Hồ', { due: 2, received: 0, late: 0, missing: 2 }],
      ['Đảng ủy xã Nậm Xe', { due: 2, received: 1, late: 1, missing: 1 }],
      ['Đảng ủy xã Bản Giang', { due: 2, received: 2, late: 0, missing: 0 }],
    ]);
    expect(scorecardSentence(cards[1]!)?.vi).toBe(
      'Đảng ủy xã Nậm Xe: 2 lượt báo cáo đến hạn, đã nhận 1, gửi chậm 1, chưa gửi 1.',
    );
  });

  it('counts indicators met and unmet for the department the pack puts in charge', () => {
    const parsed = parsePack({
      id: 'chi-tieu-2024',
      version: '1.0.0',
      title: 'Chỉ tiêu năm 2024',
      agencies: [
        { id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư' },
        { id: 'so-gddt', name: 'Sở Giáo dục và Đào tạo' },
      ],
      indicators: [
        {
          id: 'grdp',
          number: '1',
          title: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
          unit: '%',
          owners: ['so-khdt'],
          targets: [{ period: '2024', op: 'between', min: 2.5, max: 3, text: '2,5 - 3%' }],
        },
        {
          id: 'grdp-dau-nguoi',
          number: '2',
          title: 'GRDP bình quân đầu người',
          unit: 'USD',
          owners: ['so-khdt'],
          targets: [{ period: '2024', op: 'approx', value: 4460, text: 'khoảng 4.460 USD' }],
        },
        {
          id: 'truong-chuan',
          number: '12',
          title: 'Tỷ lệ trường đạt chuẩn quốc gia',
          unit: '%',
          owners: ['so-gddt'],
          targets: [],
          parts: [
            {
              id: 'mam-non',
              title: 'Trường mầm non',
              unit: '%',
              targets: [{ period: '2024', op: '>=', value: 57.97 }],
            },
            {
              id: 'tieu-hoc',
              title: 'Trường tiểu học',
              unit: '%',
              targets: [{ period: '2024', op: '>=', value: 87.42 }],
            },
          ],
        },
        {
          id: 'che-phu-rung',
          number: '23',
          title: 'Tỷ lệ che phủ rừng',
          unit: '%',
          targets: [{ period: '2024', op: '>=', value: 52, text: 'đạt 52%' }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const checker = createChecker({ pack: parsed.pack, asOf: { year: 2025, month: 2, day: 10 } });
    const result = checkSheets(checker, 'chi-tieu.xlsx', [
      gridSheet('Chỉ tiêu 2024', [
        ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'],
        [],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Ước thực hiện 2024', 'Ghi chú'],
        [1, 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', '2,5 - 3', 2.1, null],
        [2, 'GRDP bình quân đầu người', 'USD', '4.460', 4480, null],
        [12, 'Tỷ lệ trường đạt chuẩn quốc gia', null, null, null, null],
        [null, '- Trường mầm non', '%', 57.97, 58.5, null],
        [null, '- Trường tiểu học', '%', 87.42, 85, null],
        [23, 'Tỷ lệ che phủ rừng', '%', 52, 52.1, null],
      ]),
    ]);
    const cards = agencyScorecards([result], {
      asOf: '2025-02-10',
      agencies: parsed.pack.agencies ?? [],
    });
    // GRDP 2,1 < 2,5 unmet, 4.480 ≈ 4.460 met; nursery 58,5 ≥ 57,97 met, primary 85 < 87,42 unmet
    // (the parts count for the parent's department); forest 52,1 ≥ 52 met, no department
    expect(cards.map((c) => [c.agency, c.indicators])).toEqual([
      ['Sở Giáo dục và Đào tạo', { met: 1, unmet: 1 }],
      ['Sở Kế hoạch và Đầu tư', { met: 1, unmet: 1 }],
      [undefined, { met: 1, unmet: 0 }],
    ]);
    expect(scorecardSentence(cards[1]!)?.vi).toBe(
      'Sở Kế hoạch và Đầu tư: chỉ tiêu đạt 1, không đạt 1.',
    );
  });
});

describe('the scorecard of each workbook of a batch', () => {
  it('has one row per file, the unreadable and those with no table first, then the worst', () => {
    const checker = createChecker({ pack: generic, asOf: { year: 2024, month: 7, day: 1 } });
    const good = checkSheets(checker, 'xa-tan-lap.xlsx', [
      gridSheet('Nhiệm vụ', [
        HEADER,
        [1, 'Kiện toàn Ban Chỉ đạo', 'UBND xã Tân Lập', '30/6/2024', d(2024, 6, 20), 'Hoàn thành'],
      ]),
    ]);
    const bad = checkSheets(checker, 'phong-noi-vu.xlsx', [tasks]);
    const empty = checkSheets(checker, 'ghi-chu.xlsx', [
      gridSheet('Ghi chú', [['Danh sách cán bộ trực Tết'], ['Nguyễn Văn An', '0912 345 678']]),
    ]);
    const broken = checker.unreadable('hong.xlsx', { vi: 'Tệp hỏng.', en: 'Broken file.' });
    const rows = workbookScorecards([good, bad, empty, broken], '2024-07-01');
    expect(rows.map((r) => [r.workbook, r.status])).toEqual([
      ['hong.xlsx', 'unreadable'],
      ['ghi-chu.xlsx', 'no-table'],
      ['phong-noi-vu.xlsx', 'checked'],
      ['xa-tan-lap.xlsx', 'checked'],
    ]);
    expect(rows[2]!.tasks).toEqual({
      assigned: 14,
      onTime: 7,
      late: 2,
      overdue: 2,
      notDue: 1,
      doneUndated: 1,
      doneNoDeadline: 1,
    });
    expect(rows[2]!.onTimePercent).toBe(63.6); // 7 of 11 whose outcome is known
    expect(rows[3]!.tasks.onTime).toBe(1);
    expect(rows[0]!.tasks.assigned).toBe(0);
  });
});

describe('the parts', () => {
  it.each([
    [{ state: 'done', due: '2024-06-10', completedOn: '2024-06-09' }, 'onTime'],
    [{ state: 'done' }, 'doneNoDeadline'],
    [{ state: 'done', completedOn: '2024-06-09' }, 'doneNoDeadline'],
    [{ state: 'done', due: '2024-08-30' }, 'onTime'],
    [{ state: 'done', due: '2024-06-10' }, 'doneUndated'],
    [{ state: 'late', due: '2024-06-10', completedOn: '2024-06-12' }, 'late'],
    [{ state: 'overdue', due: '2024-06-10' }, 'overdue'],
    [{ state: 'open', due: '2024-08-30' }, 'notDue'],
    [{ state: 'open' }, 'notDue'],
  ] as const)('a task %o counts as %s on 01/7/2024', (task, outcome) => {
    expect(taskOutcome(task, '2024-07-01')).toBe(outcome);
  });

  it.each([
    [3, 5, 60, '60%', '60%'],
    [2, 3, 66.7, '66,7%', '66.7%'],
    [1, 3, 33.3, '33,3%', '33.3%'],
    [0, 4, 0, '0%', '0%'],
  ])('%i on time of %i known is %s (%s, %s)', (onTime, known, percent, vi, en) => {
    const tasks = {
      assigned: known,
      onTime,
      late: known - onTime,
      overdue: 0,
      notDue: 0,
      doneUndated: 0,
      doneNoDeadline: 0,
    };
    expect(onTimePercent(tasks)).toBe(percent);
    expect(percentText(percent, 'vi')).toBe(vi);
    expect(percentText(percent, 'en')).toBe(en);
  });

  it('gives no share when no task’s outcome is known', () => {
    expect(
      onTimePercent({
        assigned: 3,
        onTime: 0,
        late: 0,
        overdue: 0,
        notDue: 1,
        doneUndated: 1,
        doneNoDeadline: 1,
      }),
    ).toBeUndefined();
  });
});

describe('the sentence of an agency none of whose tasks could be on time', () => {
  const card = (tasks: Partial<AgencyScorecard['tasks']>): AgencyScorecard => {
    const all = {
      onTime: 0,
      late: 0,
      overdue: 0,
      notDue: 0,
      doneUndated: 0,
      doneNoDeadline: 0,
      ...tasks,
    };
    const assigned = Object.values(all).reduce((a, b) => a + b, 0);
    const counted = { assigned, ...all };
    const percent = onTimePercent(counted);
    return {
      agency: 'Huyện đoàn',
      tasks: counted,
      reports: { due: 0, received: 0, late: 0, missing: 0 },
      indicators: { met: 0, unmet: 0 },
      ...(percent !== undefined ? { onTimePercent: percent } : {}),
    };
  };
  it.each([
    // nothing could be on time yet: no "hoàn thành đúng hạn 0"
    [{ notDue: 2 }, 'Huyện đoàn: 2 nhiệm vụ, chưa đến hạn 2.'],
    [{ doneNoDeadline: 1 }, 'Huyện đoàn: 1 nhiệm vụ, hoàn thành (không có hạn) 1.'],
    [
      { doneUndated: 1, doneNoDeadline: 1 },
      'Huyện đoàn: 2 nhiệm vụ, hoàn thành không ghi ngày 1, hoàn thành (không có hạn) 1.',
    ],
    // a task overdue: none on time is a fact worth writing
    [
      { overdue: 1, notDue: 1 },
      'Huyện đoàn: 2 nhiệm vụ, hoàn thành đúng hạn 0 (0%), quá hạn 1, chưa đến hạn 1.',
    ],
    [
      { onTime: 1, doneNoDeadline: 1 },
      'Huyện đoàn: 2 nhiệm vụ, hoàn thành đúng hạn 1 (100%), hoàn thành (không có hạn) 1.',
    ],
  ])('%o → %s', (tasks, sentence) => {
    expect(scorecardSentence(card(tasks))?.vi).toBe(sentence);
  });
});
