/**
 * Indicator tables laid out as a provincial office reports on seed 004 (Kết luận số 14 … năm 2024):
 * STT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Ước thực hiện 2024 | Ghi chú, group rows and "-" sub-rows.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';
import { agencyScorecards } from './scorecards.js';

const parsed = parsePack({
  id: 'quang-ngai-kl14-2024',
  version: '1.0.0',
  title: 'Kết luận Hội nghị Tỉnh ủy lần thứ 14 (khóa XX) — chỉ tiêu năm 2024',
  indicators: [
    {
      id: 'grdp',
      number: '1',
      title: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
      unit: '%',
      targets: [{ period: '2024', op: 'between', min: 2.5, max: 3, text: '2,5 - 3%' }],
    },
    {
      id: 'grdp-dau-nguoi',
      number: '2',
      title: 'GRDP bình quân đầu người',
      unit: 'USD',
      targets: [{ period: '2024', op: 'approx', value: 4460, text: 'khoảng 4.460 USD' }],
    },
    {
      id: 'thu-ngan-sach',
      number: '7',
      title: 'Thu ngân sách vượt mức chỉ tiêu Trung ương giao',
      unit: '%',
      targets: [{ period: '2024', op: '>', value: 5, text: 'trên 5%' }],
    },
    {
      id: 'truong-chuan',
      number: '12',
      title: 'Tỷ lệ trường đạt chuẩn quốc gia',
      unit: '%',
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
      id: 'ho-ngheo',
      number: '17',
      title: 'Tỷ lệ hộ nghèo toàn tỉnh giảm',
      unit: '%',
      targets: [{ period: '2024', op: 'between', min: 1.58, max: 1.6, text: 'giảm 1,58 - 1,6%' }],
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
const pack: Pack = parsed.pack;

const sheet = gridSheet('Chỉ tiêu 2024', [
  ['TỈNH ỦY QUẢNG NGÃI'],
  ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'],
  [],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Ước thực hiện 2024', 'Ghi chú'],
  ['I', 'Nhóm chỉ tiêu về kinh tế'],
  [1, 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', '2,5 - 3', 2.1, null],
  [2, 'GRDP bình quân đầu người', 'USD', '4.460', 4480, null],
  [7, 'Thu ngân sách vượt mức chỉ tiêu Trung ương giao', '%', 'Trên 5', 'đạt', null],
  ['II', 'Nhóm chỉ tiêu về văn hóa - xã hội'],
  [12, 'Tỷ lệ trường đạt chuẩn quốc gia', null, null, null, null],
  [null, '- Trường mầm non', '%', 57.97, 58.5, null],
  [null, '- Trường tiểu học', '%', 87.42, 85, null],
  [17, 'Tỷ lệ hộ nghèo toàn tỉnh giảm', '%', '1,58 - 1,6', 1.7, null],
  [23, 'Tỷ lệ che phủ rừng', '%', 50, 52.1, null],
]);

describe('an indicator table against the pack', () => {
  const checker = createChecker({ pack, asOf: { year: 2025, month: 2, day: 10 } });
  const result = checkSheets(checker, 'chi-tieu.xlsx', [sheet]);
  const byCell = Object.fromEntries(result.findings.map((f) => [f.location?.cell, f]));

  it('is recognised as an indicator table', () => {
    expect(result.sheets[0]?.table).toBe('indicators');
  });

  it('flags exactly the unmet, exceeded, mismatched and unreadable figures', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [
        'indicator/unmet E6', // GRDP 2,1 % below 2,5 - 3 %
        'cell/invalid-number E8', // "đạt" is no figure
        'indicator/exceeded E11', // nursery schools 58,5 % ≥ 57,97 %: beyond the target
        'indicator/unmet E12', // primary schools 85 % < 87,42 %
        'indicator/exceeded E13', // poverty fell 1,7 points, more than 1,58 - 1,6
        'indicator/plan-mismatch D14', // the plan column says 50, the document 52
        'indicator/exceeded E14', // 52,1 % ≥ 52 %
      ].sort(),
    );
  });

  it('quotes the target as the document wrote it and says by how much', () => {
    expect(byCell.E6?.message.vi).toBe(
      'Chỉ tiêu "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)" không đạt: thực hiện 2,1%, mục tiêu từ 2,5 đến 3% (năm 2024).',
    );
    expect(byCell.E6?.quote).toBe('2,5 - 3%');
    expect(byCell.E12?.subject.id).toBe('tieu-hoc');
  });

  it("sums up in the documents' own words", () => {
    expect(checker.report([result]).summary.narrative?.[0]?.vi).toBe(
      'Có 4/6 chỉ tiêu đạt, vượt kế hoạch; trong đó 03 chỉ tiêu vượt kế hoạch, 02 chỉ tiêu không đạt (Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP); Tỷ lệ trường đạt chuẩn quốc gia — Trường tiểu học).',
    );
  });

  it('accepts an approximate target within the tolerance', () => {
    expect(byCell.E7).toBeUndefined(); // 4.480 USD is about 4.460 USD (± 5 %)
  });
});

describe('an indicator table with no pack indicators (generic pack)', () => {
  it('compares each figure with the plan column the sheet itself gives', () => {
    const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 15 } }),
      'xa.xlsx',
      [
        gridSheet('Chỉ tiêu', [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
          [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Từ 95 trở lên', 93.2],
          [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 1,5', 1.2],
          [3, 'Thu nhập bình quân đầu người', 'triệu đồng', 68, null],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/unmet E2',
      // 1,2 % is strictly better than "Dưới 1,5" (docs/decisions/0010)
      'indicator/exceeded E3',
      'indicator/missing-value E4',
    ]);
  });
});

describe('targets written as a verdict or as a count out of a total (held-out h12)', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const run = (rows: (string | number)[][]) =>
    checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 15 } }),
      'xa.xlsx',
      [
        gridSheet('Chỉ tiêu', [
          ['TT', 'Chỉ tiêu', 'ĐVT', 'Nghị quyết HĐND xã giao năm 2024', 'Thực hiện năm 2024'],
          ...rows,
        ]),
      ],
    );
  const found = (r: ReturnType<typeof run>) =>
    r.findings.map((f) => `${f.rule} ${f.location?.cell} ${f.message.vi}`);

  it('compares "Đạt" with "Chưa đạt" and counts of the same total, and says so in the message', () => {
    const result = run([
      [1, 'Xã đạt chuẩn tiếp cận pháp luật', '-', 'Đạt', 'Chưa đạt'],
      [2, 'Số thôn đạt danh hiệu "Thôn văn hóa"', 'Thôn', '10/12', '11/12'],
      [3, 'Xã đạt chuẩn nông thôn mới nâng cao', '-', 'Đạt chuẩn', 'Đạt chuẩn'],
      [4, 'Số thôn có nhà văn hóa đạt chuẩn', 'Thôn', '12/12', '9/12'],
      [5, 'Thu ngân sách xã', 'Triệu đồng', '9.500', 'chín nghìn'],
    ]);
    expect(found(result)).toEqual([
      'indicator/unmet E2 Chỉ tiêu "Xã đạt chuẩn tiếp cận pháp luật" không đạt: thực hiện "Chưa đạt", mục tiêu "Đạt" (năm 2024).',
      'indicator/exceeded E3 Chỉ tiêu "Số thôn đạt danh hiệu "Thôn văn hóa"" vượt mục tiêu: thực hiện 11/12 Thôn, mục tiêu ≥ 10/12 Thôn (năm 2024).',
      'indicator/unmet E5 Chỉ tiêu "Số thôn có nhà văn hóa đạt chuẩn" không đạt: thực hiện 9/12 Thôn, mục tiêu ≥ 12/12 Thôn (năm 2024).',
      expect.stringMatching(/^cell\/invalid-number E6 /),
    ]);
  });

  it('does not compare counts out of different totals, nor a plan that is itself "Chưa đạt"', () => {
    const result = run([
      [1, 'Số thôn đạt danh hiệu "Thôn văn hóa"', 'Thôn', '10/12', '10/11'],
      [2, 'Xã đạt chuẩn an toàn thực phẩm', '-', 'Chưa đạt', 'Đạt'],
    ]);
    expect(result.findings).toEqual([]);
    const reasons = result.notEvaluated.filter((n) => n.location?.cell !== undefined);
    expect(reasons.map((n) => n.location?.cell)).toEqual(['E2', 'E3']);
    expect(reasons[0]?.reason.vi).toContain('hai tổng khác nhau (12 và 11)');
    expect(reasons[1]?.reason.en).toContain('sets no level to reach');
  });
});

describe('the direction a directive states for a range target', () => {
  // "Chuyển dịch cơ cấu kinh tế theo hướng giảm tỷ trọng nông nghiệp còn 20 - 22%"
  const make = (direction?: 'increase' | 'decrease') => {
    const p = parsePack({
      id: 'co-cau',
      version: '1.0.0',
      title: 'Cơ cấu kinh tế',
      indicators: [
        {
          id: 'ty-trong-nong-nghiep',
          number: '3',
          title: 'Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế',
          unit: '%',
          targets: [
            {
              period: '2024',
              op: 'between',
              min: 20,
              max: 22,
              text: 'theo hướng giảm tỷ trọng nông nghiệp còn 20 - 22%',
              ...(direction ? { direction } : {}),
            },
          ],
        },
        {
          id: 'do-thi-hoa',
          number: '4',
          title: 'Tỷ lệ đô thị hóa',
          unit: '%',
          targets: [
            {
              period: '2024',
              op: 'between',
              min: 30,
              max: 32,
              text: 'tăng tỷ lệ đô thị hóa lên 30 - 32%',
              ...(direction ? { direction: 'increase' as const } : {}),
            },
          ],
        },
      ],
    });
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return p.pack;
  };
  const rows = (farm: number, urban: number) =>
    gridSheet('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Ước thực hiện 2024'],
      [3, 'Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế', '%', '20 - 22', farm],
      [4, 'Tỷ lệ đô thị hóa', '%', '30 - 32', urban],
    ]);
  const rules = (pack: Pack, farm: number, urban: number) =>
    checkSheets(createChecker({ pack, asOf: { year: 2025, month: 2, day: 10 } }), 'b.xlsx', [
      rows(farm, urban),
    ]).findings.map((f) => `${f.rule} ${f.location?.cell}`);

  it('a value beyond the range on the wrong side is unmet, on the right side exceeded', () => {
    expect(rules(make('decrease'), 25, 35)).toEqual([
      'indicator/unmet E2', // farming still 25 %: it did not fall to 20 - 22 %
      'indicator/exceeded E3', // urbanisation 35 %: beyond 30 - 32 % the way wanted
    ]);
    expect(rules(make('decrease'), 18, 28)).toEqual([
      'indicator/exceeded E2', // fell further than wanted
      'indicator/unmet E3',
    ]);
    expect(rules(make('decrease'), 21, 31)).toEqual([]);
  });

  it("without a direction, the indicator's name decides: the share of farming should fall", () => {
    // "Tỷ trọng nông, lâm nghiệp…" is among the indicators every plan wants lower; "Tỷ lệ đô thị
    // hóa" says nothing, so above its range is better
    expect(rules(make(), 25, 35)).toEqual(['indicator/unmet E2', 'indicator/exceeded E3']);
  });

  it('the pack schema rejects a direction that is not increase or decrease', () => {
    const p = parsePack({
      id: 'x',
      version: '1.0.0',
      title: 'x',
      indicators: [
        {
          id: 'a',
          title: 'a',
          targets: [{ period: '2024', op: '<=', value: 5, direction: 'down' }],
        },
      ],
    });
    expect(p.ok).toBe(false);
  });
});

describe('periods of the value columns', () => {
  const asOf = { year: 2025, month: 2, day: 10 };
  const rulesOf = (rows: Parameters<typeof gridSheet>[1], p: Pack = pack, date = asOf) =>
    checkSheets(createChecker({ pack: p, asOf: date }), 'ky.xlsx', [gridSheet('Chỉ tiêu', rows)]);

  it.each([
    // the school year 2023 - 2024 ended on 31 May 2024: judged in August, held back in April
    [{ year: 2024, month: 8, day: 20 }, ['indicator/unmet E4', 'indicator/exceeded E5']],
    [{ year: 2024, month: 4, day: 20 }, []],
  ])(
    'reads a table under a title naming a school year as of that school year (as of %j)',
    (date, want) => {
      const generic = parsePack({ id: 'g', version: '1.0.0', title: 'g' });
      if (!generic.ok) throw new Error(JSON.stringify(generic.problems));
      const result = rulesOf(
        [
          ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIÁO DỤC MẦM NON NĂM HỌC 2023 - 2024'],
          ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
          [1, 'Huy động trẻ ra lớp'],
          ['1.1', 'Tỷ lệ huy động trẻ nhà trẻ', '%', 35, 33.8],
          ['1.2', 'Tỷ lệ huy động trẻ mẫu giáo', '%', 96, 97.2],
        ],
        generic.pack,
        date,
      );
      expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual(want);
    },
  );

  it("reads targets opening the names of an association's year targets, and lists a change from a base it lacks as not evaluated", () => {
    const generic = parsePack({ id: 'g', version: '1.0.0', title: 'g' });
    if (!generic.ok) throw new Error(JSON.stringify(generic.problems));
    const result = rulesOf(
      [
        ['TT', 'Chỉ tiêu năm 2024', 'Kết quả đạt được', 'Đánh giá'],
        [
          1,
          "Phấn đấu 95% hộ gia đình hội viên đạt tiêu chí gia đình '5 không, 3 sạch'",
          '96,4%',
          'Vượt',
        ],
        [2, 'Giúp 15 hộ phụ nữ nghèo thoát nghèo', 12, 'Không đạt'],
        [3, 'Kết nạp mới 120 hội viên', 120, 'Đạt'],
        [4, 'Giảm 3% số hộ hội viên nghèo so với đầu năm', 'Giảm 2,1%', 'Không đạt'],
      ],
      generic.pack,
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/exceeded C2',
      'indicator/unmet C3',
    ]);
    expect(result.notEvaluated.map((n) => n.location?.cell)).toEqual(['C5']);
  });

  it("judges this year's target on this year's column, not on last year's actual", () => {
    const result = rulesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 2023', 'Kế hoạch 2024', 'Ước thực hiện 2024'],
      [23, 'Tỷ lệ che phủ rừng', '%', 49, 52, 52.1],
      [1, 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', 1.8, '2,5 - 3', 2.7],
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/exceeded F2',
    ]);
  });

  it('reads a year merged above "Kế hoạch | Thực hiện" and several years side by side', () => {
    const result = rulesOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', null, 'Năm 2024', null],
      [null, null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
      [23, 'Tỷ lệ che phủ rừng', '%', 51, 49, 52, 51],
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/unmet G3',
    ]);
  });

  it('never holds the first year of a five-year table against the final-year target', () => {
    const fiveYear = parsePack({
      id: 'nq-2025',
      version: '1.0.0',
      title: 'Nghị quyết Đại hội nhiệm kỳ 2020 - 2025',
      indicators: [
        {
          id: 'che-phu-rung',
          number: '1',
          title: 'Tỷ lệ che phủ rừng',
          unit: '%',
          targets: [{ period: '2025', op: '>=', value: 55, text: 'đến năm 2025 đạt 55%' }],
        },
      ],
    });
    if (!fiveYear.ok) throw new Error('pack');
    const rows = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu đến năm 2025', 'Kết quả thực hiện', null, null, null],
      [null, null, null, null, 2021, 2022, 2023, 2024],
      [1, 'Tỷ lệ che phủ rừng', '%', 55, 50.2, 51.4, 52.6, 53.9],
    ];
    const result = rulesOf(rows, fiveYear.pack);
    expect(result.sheets[0]?.table).toBe('indicators');
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated.map((n) => n.reason.vi)).toEqual([
      expect.stringContaining('có mục tiêu cho kỳ 2025'),
    ]);
    // Once the final year has its column, it is judged on that column only.
    const withFinal = rows.map((r, i) =>
      i === 0 ? [...r, null] : i === 1 ? [...r, 2025] : [...r, 54],
    );
    const later = rulesOf(withFinal, fiveYear.pack, { year: 2026, month: 2, day: 1 });
    expect(later.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/unmet I3',
    ]);
  });

  it('calls nothing unmet while the period runs, and says so', () => {
    const result = rulesOf(
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Ước thực hiện 2024'],
        [1, 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', '2,5 - 3', 2.1],
      ],
      pack,
      { year: 2024, month: 10, day: 1 },
    );
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated.map((n) => n.reason.vi)).toContainEqual(
      expect.stringContaining(
        '1 chỉ tiêu ở trang "Chỉ tiêu" chưa đạt mục tiêu nhưng kỳ báo cáo chưa kết thúc',
      ),
    );
  });

  it('calls nothing exceeded on an estimate above plan either, and says so; judged once the year is over', () => {
    const rows = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
      [1, 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 195, 201.3],
      [2, 'Số lao động được tạo việc làm mới', 'Người', 1900, 1935],
      [3, 'Tổng sản lượng lương thực', 'Tấn', 36000, 34850],
    ];
    const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
    const running = rulesOf(rows, generic, { year: 2024, month: 12, day: 5 });
    expect(running.findings).toEqual([]);
    expect(running.notEvaluated.map((n) => n.reason.vi)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '1 chỉ tiêu ở trang "Chỉ tiêu" chưa đạt mục tiêu nhưng kỳ báo cáo chưa kết thúc',
        ),
        expect.stringContaining(
          '2 chỉ tiêu ở trang "Chỉ tiêu" vượt mục tiêu nhưng kỳ báo cáo chưa kết thúc',
        ),
      ]),
    );
    const over = rulesOf(rows, generic, { year: 2025, month: 1, day: 15 });
    expect(over.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'indicator/exceeded E2',
      'indicator/exceeded E3',
      'indicator/unmet E4',
    ]);
  });
});

describe('a plan relative to a base the row gives', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const run = (rows: (string | number | null)[][]) =>
    checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 8 } }),
      'tngt.xlsx',
      [
        gridSheet('TNGT', [
          ['TT', 'Tiêu chí', 'Năm 2023', 'Chỉ tiêu năm 2024', 'Năm 2024'],
          ...rows,
        ]),
      ],
    );

  it('computes the value to reach from the base year column of the row, and judges on it', () => {
    const result = run([
      // at most 38; 35 is better
      [1, 'Số vụ tai nạn giao thông', 40, 'Giảm 5% so với năm 2023', 35],
      // at most 19; 21 misses
      [2, 'Số người chết', 20, 'Giảm 5% so với năm 2023', 21],
      // at most 30,4; 30 is better
      [3, 'Số người bị thương', 32, 'Giảm 5% so với năm 2023', 30],
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/exceeded E2',
      'indicator/unmet E3',
      'indicator/exceeded E4',
    ]);
    // the value reached from the base, and the plan as written beside it
    expect(result.findings[1]!.message.vi).toContain('mục tiêu ≤ 19');
    expect(result.findings[1]!.quote).toBe('Giảm 5% so với năm 2023');
  });

  it('with no figure for the base in the row, lists it as not evaluated', () => {
    const result = run([[1, 'Số vụ tai nạn giao thông', null, 'Giảm 5% so với năm 2023', 35]]);
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated.map((n) => n.reason.vi)).toContainEqual(
      expect.stringContaining('số liệu gốc không có trong bảng'),
    );
  });
});

describe('sub-rows by structure', () => {
  const asOf = { year: 2025, month: 2, day: 10 };
  it('matches "a)", "+", "Trong đó:" and a marked number only among the parent indicator parts', () => {
    const result = checkSheets(createChecker({ pack, asOf }), 'con.xlsx', [
      gridSheet('Chỉ tiêu', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
        [12, 'Tỷ lệ trường đạt chuẩn quốc gia', null, null, null],
        [null, 'Trong đó:', null, null, null],
        ['a', 'Trường mầm non', '%', 57.97, 57.97],
        [null, '+ Trường tiểu học', '%', 87.42, 80],
        // Not a part of indicator 12, though its name is indicator 23's: never compared with it.
        [null, 'b) Tỷ lệ che phủ rừng', '%', null, 40],
      ]),
    ]);
    expect(
      result.findings.map((f) => `${f.rule} ${f.location?.cell} ${f.subject.id ?? ''}`),
    ).toEqual(['indicator/unmet E5 tieu-hoc', 'row/unmatched B6 ']);
  });
});

describe('where an indicator table ends, and the rows that are not indicators', () => {
  const GENERIC: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const generic = (
    rows: Parameters<typeof gridSheet>[1],
    asOf = { year: 2025, month: 1, day: 15 },
  ) =>
    checkSheets(createChecker({ pack: GENERIC, asOf }), 'an-sinh.xlsx', [
      gridSheet('An sinh', rows),
    ]);
  const keys = (r: ReturnType<typeof generic>) =>
    r.findings.map((f) => `${f.rule} ${f.location?.cell}`);

  it('stops at the summary row, the note, the place-and-date line and the signatures', () => {
    const result = generic([
      ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU AN SINH XÃ HỘI NĂM 2024'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Ghi chú'],
      [1, 'Số hộ nghèo được hỗ trợ xây dựng nhà ở', 'Hộ', 120, 98, '(*)'],
      [2, 'Số người được tạo việc làm mới', 'Người', 1100, 1180],
      [null, 'Tổng số chỉ tiêu: 2; đạt và vượt: 1; không đạt: 1', null, 2, 1],
      ['Ghi chú: (*) Số liệu ước tính đến ngày 31/12/2024.'],
      [],
      [null, null, null, 'Đức Thọ, ngày 15 tháng 01 năm 2025'],
      [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      [null, 'Phạm Thị Mai', null, 'Lê Văn Hùng'],
    ]);
    expect(keys(result)).toEqual(['indicator/unmet E3', 'indicator/exceeded E4']);
    expect(result.sheets[0]?.tasks).toBe(2);
  });

  it("stops at another table's header below it: its rows are tasks, not figures", () => {
    const result = generic([
      ['PHẦN I. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ', 'Kết quả', 'Ghi chú'],
      [1, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95, 93.8],
      ['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'],
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
      [1, 'Đại hội chi bộ các thôn', 'Đảng ủy xã', 'Tháng 12/2024', 'Chưa tổ chức'],
    ]);
    expect(keys(result)).toEqual(['indicator/unmet E3', 'task/overdue D6']);
  });

  it('skips the row of column numbers under a merged header', () => {
    const result = generic([
      [
        'STT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Thực hiện năm 2023',
        'Kế hoạch năm 2024',
        'Ước thực hiện năm 2024',
        'So sánh (%)',
        null,
      ],
      [
        'STT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Thực hiện năm 2023',
        'Kế hoạch năm 2024',
        'Ước thực hiện năm 2024',
        'UTH/KH',
        'UTH 2024/TH 2023',
      ],
      ['A', 'B', 1, 2, 3, 4, '5=4/3', '6=4/2'],
      [1, 'Tốc độ tăng giá trị sản xuất', '%', 8.2, 8.5, 8.1, 95.3, 98.8],
    ]);
    expect(keys(result)).toEqual(['indicator/unmet F4']);
  });

  it('lists a plan relative to a base the table lacks as not evaluated, never judges its number', () => {
    const result = generic([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm 2024', 'TH năm 2024', 'Ghi chú'],
      [1, 'Số vụ tai nạn giao thông', 'Vụ', 'Giảm 10% so với năm 2023', 18, 'Năm 2023: 21 vụ'],
      [2, 'Tỷ lệ thôn có nhà văn hóa đạt chuẩn', '%', 'Trên 95%', '94,3'],
    ]);
    expect(keys(result)).toEqual(['indicator/unmet E3']);
    expect(result.notEvaluated).toContainEqual(
      expect.objectContaining({
        location: expect.objectContaining({ cell: 'E2' }),
        reason: expect.objectContaining({
          vi: expect.stringContaining('là mức thay đổi so với năm 2023'),
        }),
      }),
    );
  });
});

describe('a results column per review year under a merged group header', () => {
  it("judges each year's result against that year's target only", () => {
    const parsed = parsePack({
      id: 'xay-dung-dang',
      version: '1.0.0',
      title: 'Nghị quyết Đại hội Đảng bộ huyện: chỉ tiêu xây dựng Đảng',
      indicators: [
        {
          id: 'tcco-so-dang',
          number: '1',
          title: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên',
          unit: '%',
          targets: [
            { period: '2022', op: '>=', value: 85 },
            { period: '2023', op: '>=', value: 87 },
            { period: '2024', op: '>=', value: 90 },
          ],
        },
      ],
    });
    if (!parsed.ok) throw new Error('pack');
    const group = 'Kết quả đánh giá';
    const result = checkSheets(
      createChecker({ pack: parsed.pack, asOf: { year: 2025, month: 2, day: 20 } }),
      'xdd.xlsx',
      [
        gridSheet('Xây dựng Đảng', [
          // the merged "Kết quả đánh giá" is read into each of its three cells
          ['STT', 'Chỉ tiêu', 'ĐVT', group, group, group],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', 'Năm 2023', 'Năm 2024'],
          [1, 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '%', 86, 87, 88.5],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/exceeded D3', // 2022: 86 against 85
      'indicator/unmet F3', // 2024: 88,5 against 90; 2023's 87 meets its 87
    ]);
  });
});

describe("a mid-term form: yearly results against the resolution's targets", () => {
  // "Kết quả thực hiện" merged over "Năm 2021 | Năm 2022"; "Chỉ tiêu Nghị quyết" names no year
  const sheet = gridSheet('Chỉ tiêu NQ Đại hội', [
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025'],
    ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu Nghị quyết', 'Kết quả thực hiện', null, 'Ghi chú'],
    [null, null, null, null, 'Năm 2021', 'Năm 2022'],
    [
      1,
      'Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên (hằng năm)',
      '%',
      'Từ 85% trở lên',
      83.3,
      91.7,
    ],
    [2, 'Kết nạp đảng viên mới (cả nhiệm kỳ)', 'Đảng viên', '25 trở lên', 6, 4],
    [3, 'Thu nhập bình quân đầu người đến năm 2025', 'Triệu đồng', 50, 38, 42.5],
  ]);
  const result = checkSheets(
    createChecker({
      pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
      asOf: { year: 2023, month: 5, day: 10 },
    }),
    'so-ket.xlsx',
    [sheet],
  );

  it('judges a yearly target on every year, not only the last', () => {
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'indicator/unmet E4',
      'indicator/exceeded F4',
    ]);
  });

  it("never judges a term's or a later year's target on one year's figure", () => {
    const cells = result.notEvaluated
      .filter((n) => n.scope === 'indicator/unmet')
      .map((n) => n.location?.cell);
    expect(cells).toEqual(['F5', 'F6']);
  });
});

describe('the units as column groups, each over its own plan and actual', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  // [the groups' wordings over "KH | TH"; the findings]
  it.each([
    [['Toàn huyện', 'Thị trấn Cẩm Xuyên', 'Xã Cẩm Bình']],
    [['Huyện', 'TT Cẩm Xuyên', 'Cẩm Bình']],
  ])('judges each unit on its own plan: %j', (units) => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 15 } }),
      'dan-so.xlsx',
      [
        gridSheet('Dân số 2024', [
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU DÂN SỐ NĂM 2024 THEO ĐƠN VỊ'],
          ['TT', 'Chỉ tiêu', 'ĐVT', units[0]!, null, units[1]!, null, units[2]!, null],
          [null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
          [1, 'Tỷ lệ sàng lọc trước sinh', '%', 70, 72.5, 70, 66, 70, 70],
          [
            2,
            'Tỷ số giới tính khi sinh',
            'bé trai/100 bé gái',
            '≤ 110',
            111,
            '≤ 110',
            108,
            '≤ 110',
            112,
          ],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [
        'indicator/exceeded E4', // the district: 72,5 against 70
        'indicator/unmet G4', // the town: 66 against 70 (never the district's plan)
        // the commune: 70 against 70, met
        'indicator/unmet E5',
        'indicator/exceeded G5',
        'indicator/unmet I5',
      ].sort(),
    );
    const town = result.findings.find((f) => f.location?.cell === 'G4')!;
    expect(town.message.vi).toContain(units[1]!);
  });
});

describe('a header of three rows: the year over its periods, each over its plan and actual', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const sheet = (periods: [string, string]) =>
    gridSheet('Biểu 02', [
      ['TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU'],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', null, null, null, 'Ghi chú'],
      [null, null, null, periods[0], null, periods[1], null, null],
      [null, null, null, 'KH', 'TH', 'KH', 'Ước TH', null],
      [1, 'Thu ngân sách trên địa bàn', 'Tỷ đồng', 95, '88,2', 210, '221,5', null],
      [2, 'Tỷ lệ hộ nghèo', '%', '-', '-', 'Dưới 3,5', '3,62', null],
    ]);
  // [the middle row's periods, the as-of date, the findings]
  it.each<[[string, string], { year: number; month: number; day: number }, string[]]>([
    [
      ['6 tháng đầu năm', 'Cả năm'],
      { year: 2025, month: 1, day: 20 },
      ['indicator/unmet E5', 'indicator/exceeded G5', 'indicator/unmet G6'],
    ],
    // the year has not ended: only the half-year is judged
    [['6 tháng đầu năm', 'Cả năm'], { year: 2024, month: 8, day: 1 }, ['indicator/unmet E5']],
    [
      ['Quý I', 'Quý II'],
      { year: 2024, month: 8, day: 1 },
      ['indicator/unmet E5', 'indicator/exceeded G5', 'indicator/unmet G6'],
    ],
  ])('%j as of %j', (periods, asOf, findings) => {
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'bieu.xlsx', [
      sheet(periods),
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [...findings].sort(),
    );
  });
});

describe('roman section rows that carry their numbered rows’ sums', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const asOf = { year: 2025, month: 2, day: 12 };
  // [the section rows' figures (plan, actual) of I and II, the findings]
  it.each<[string, [number, number], [number, number], string[]]>([
    [
      'sums of the rows under them: not indicators',
      [105500, 104870],
      [56000, 51480],
      // rows 5 (Hoa Thành) and 8 (Kinh tế và Hạ tầng); rows 3 and 7 are the sections
      ['indicator/unmet D5', 'indicator/unmet D8'],
    ],
    [
      'figures of their own (not the sums): judged like any indicator',
      [110000, 104870],
      [56000, 51480],
      ['indicator/unmet D3', 'indicator/unmet D5', 'indicator/unmet D8'],
    ],
  ])('%s', (_, one, two, findings) => {
    const result = checkSheets(createChecker({ pack: generic, asOf }), 'giai-ngan.xlsx', [
      gridSheet('Giải ngân 2024', [
        [
          'TT',
          'Chủ đầu tư',
          'Kế hoạch vốn năm 2024',
          'Giải ngân đến 31/01/2025',
          'Tỷ lệ giải ngân (%)',
        ],
        [null, 'TỔNG CỘNG', one[0] + two[0], one[1] + two[1], 96.6],
        ['I', 'Vốn ngân sách tỉnh hỗ trợ', one[0], one[1], 99.4],
        [1, 'Ban Quản lý dự án đầu tư xây dựng huyện', 85000, 85000, 100],
        [2, 'UBND xã Hoa Thành', 12500, 11870, 95],
        [3, 'UBND xã Tăng Thành', 8000, 8000, 100],
        ['II', 'Vốn ngân sách huyện', two[0], two[1], 91.9],
        [4, 'Phòng Kinh tế và Hạ tầng', 36000, 31480, 87.4],
        [5, 'UBND thị trấn Yên Thành', 20000, 20000, 100],
      ]),
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [...findings].sort(),
    );
  });
});

describe('the units as rows, each indicator a column group over its plan and actual', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const schools = (unitHeader: string) =>
    gridSheet('Giao chỉ tiêu', [
      ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NGHI XUÂN'],
      ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAO CÁC TRƯỜNG NĂM HỌC 2023-2024'],
      [
        'STT',
        unitHeader,
        'Tỷ lệ học sinh lên lớp (%)',
        null,
        'Số học sinh giỏi cấp huyện (em)',
        null,
        'Ghi chú',
      ],
      [null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', null],
      [1, 'Trường THCS Xuân Giang', 98, 98.6, 12, 9, null],
      [2, 'Trường THCS Xuân Hồng', 97.5, 96.8, 10, 10, 'Thiếu giáo viên Toán'],
      [3, 'Trường THCS Cương Gián', 98, 99.1, 8, 11, null],
      [null, 'Toàn huyện', 97.8, 98.2, 30, 30, null],
      [null, 'Nghi Xuân, ngày 10 tháng 7 năm 2024'],
    ]);
  it.each(['Tên trường', 'Đơn vị', 'Tên đơn vị'])(
    'judges each unit on its own plan, under %j',
    (unitHeader) => {
      const result = checkSheets(
        createChecker({ pack: generic, asOf: { year: 2024, month: 8, day: 1 } }),
        'chi-tieu-truong.xlsx',
        [schools(unitHeader)],
      );
      expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
        [
          'indicator/exceeded D5', // 98,6 % against 98 %
          'indicator/unmet F5', // 9 against 12
          'indicator/unmet D6', // 96,8 % against 97,5 %
          // Xuân Hồng's 10 pupils against 10: met
          'indicator/exceeded D7',
          'indicator/exceeded F7',
          // the district's row adds the schools up: no indicator of its own
        ].sort(),
      );
      const unmet = result.findings.find((f) => f.location?.cell === 'F5')!;
      expect(unmet.message.vi).toContain(
        'Số học sinh giỏi cấp huyện (em) — Trường THCS Xuân Giang',
      );
      expect(unmet.message.vi).toContain('em');
      // the scorecard counts each school's indicators under the school
      const cards = agencyScorecards([result], { asOf: '2024-08-01', agencies: [] });
      expect(Object.fromEntries(cards.map((c) => [c.agency, c.indicators]))).toEqual({
        'Trường THCS Xuân Giang': { met: 1, unmet: 1 },
        'Trường THCS Xuân Hồng': { met: 1, unmet: 1 },
        'Trường THCS Cương Gián': { met: 2, unmet: 0 },
      });
    },
  );

  it('reads the figures in the school year the title names, which ends in May', () => {
    // as of 1/8/2024 the school year 2023-2024 is over (judged above); on 20/5/2024 it runs still
    const running = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 5, day: 20 } }),
      'chi-tieu-truong.xlsx',
      [schools('Tên trường')],
    );
    expect(running.findings.filter((f) => f.rule.startsWith('indicator/'))).toEqual([]);
    expect(running.notEvaluated.map((n) => n.reason.vi).join(' ')).toContain(
      'kỳ báo cáo chưa kết thúc',
    );
  });

  it('leaves a list of items that are not units to the usual reading', () => {
    // crops by row under "Cây trồng": no unit names, so not a table of units (and no item column)
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2024, month: 8, day: 1 } }),
      'cay-trong.xlsx',
      [
        gridSheet('Sản xuất', [
          ['TT', 'Cây trồng', 'Diện tích (ha)', null, 'Năng suất (tạ/ha)', null],
          [null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
          [1, 'Lúa vụ Đông Xuân', 1200, 1185, 62, 63.5],
          [2, 'Ngô', 300, 310, 45, 44],
        ]),
      ],
    );
    expect(result.findings.filter((f) => f.rule.startsWith('indicator/'))).toEqual([]);
  });
});

describe('a school year with a semester column beside the whole year', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const sheet = gridSheet('Chỉ tiêu', [
    ['TRƯỜNG TIỂU HỌC THẠCH KIM'],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024 - 2025'],
    ['STT', 'Chỉ tiêu', 'Kế hoạch năm học', 'Thực hiện HK I', 'Thực hiện cả năm'],
    [1, 'Tỷ lệ học sinh hoàn thành chương trình lớp học', '≥ 98%', '95,2%', '98,7%'],
    [2, 'Số học sinh đạt giải Trạng nguyên Tiếng Việt', '≥ 10 em', '4 em', '8 em'],
    [3, 'Tỷ lệ học sinh bỏ học', '0%', '0%', '0,3%'],
  ]);
  const run = (asOf: { year: number; month: number; day: number }) =>
    checkSheets(createChecker({ pack: generic, asOf }), 'chi-tieu.xlsx', [sheet]);

  it('judges the whole school year once it has ended, never the semester against the year', () => {
    const result = run({ year: 2025, month: 6, day: 10 });
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual(
      [
        'indicator/exceeded E4', // 98,7 % against ≥ 98 %
        'indicator/unmet E5', // 8 against ≥ 10 pupils
        'indicator/unmet E6', // 0,3 % dropped out against 0 %
      ].sort(),
    );
    expect(result.findings[0]!.message.vi).toContain('năm học 2024 - 2025');
  });

  it('says nothing unmet while the school year runs, even past the semester', () => {
    const result = run({ year: 2025, month: 3, day: 1 });
    expect(result.findings.filter((f) => f.rule === 'indicator/unmet')).toEqual([]);
  });
});

describe('a bare figure as the plan of an indicator that should go down', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  // [the row: name, plan, actual as written; the finding expected on the actual, or none]
  it.each<[string, number | string, number | string, string | undefined]>([
    ['Tỷ lệ hộ nghèo', 3.5, 3.2, 'indicator/exceeded'], // below the ceiling: better
    ['Tỷ lệ hộ nghèo', 3.5, 3.8, 'indicator/unmet'], // above it: missed
    ['Tỷ lệ hộ nghèo', '3,5', '3,5', undefined], // on it: met
    ['Tỷ lệ học sinh bỏ học', '0%', '0,3%', 'indicator/unmet'],
    ['Số vụ tai nạn giao thông', 12, 9, 'indicator/exceeded'],
    // a plan that says its bound keeps it; more help for poor households is better
    ['Tỷ lệ hộ nghèo', 'Trên 3,5', 3.8, 'indicator/exceeded'],
    ['Số hộ nghèo được hỗ trợ xây dựng nhà ở', 120, 98, 'indicator/unmet'],
  ])('%s: plan %j, done %j → %s', (name, plan, actual, rule) => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 2, day: 1 } }),
      'an-sinh.xlsx',
      [
        gridSheet('An sinh', [
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU AN SINH XÃ HỘI NĂM 2024'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
          [1, name, '%', plan, actual],
        ]),
      ],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual(
      rule ? [`${rule} E3`] : [],
    );
  });
});

describe('two tables of units by row on one sheet, each under its own title and header', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const twoTables = gridSheet('Y tế dự phòng', [
    ['TRUNG TÂM Y TẾ HUYỆN THUẬN AN'],
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU Y TẾ DỰ PHÒNG NĂM 2024'],
    [],
    ['A. TIÊM CHỦNG ĐẦY ĐỦ CHO TRẺ DƯỚI 1 TUỔI'],
    ['STT', 'Phường, xã', 'Kế hoạch (trẻ)', 'Thực hiện (trẻ)', 'Ghi chú'],
    [1, 'Phường Bắc Hồng', 210, 205, null],
    [2, 'Xã Thuận Lộc', 180, 186, null],
    [null, 'Toàn huyện', 390, 391, null],
    [],
    ['B. KHÁM SỨC KHỎE ĐỊNH KỲ NGƯỜI CAO TUỔI'],
    ['STT', 'Phường, xã', 'Tổng số người cao tuổi', 'Được giao khám', 'Đã khám'],
    [1, 'Phường Bắc Hồng', 900, 600, 540],
    [2, 'Xã Thuận Lộc', 750, 500, 520],
    [],
    [null, null, null, 'GIÁM ĐỐC'],
  ]);
  const result = checkSheets(
    createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 20 } }),
    'y-te-du-phong.xlsx',
    [twoTables],
  );

  it("judges the first table's units on the indicator its title names", () => {
    const first = result.findings.filter((f) => (f.location?.row ?? 0) < 10);
    expect(first.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'indicator/exceeded D7', // 186 children of 180
      'indicator/unmet D6', // 205 of 210
    ]);
    expect(first.find((f) => f.location?.cell === 'D6')!.message.vi).toContain(
      'TIÊM CHỦNG ĐẦY ĐỦ CHO TRẺ DƯỚI 1 TUỔI — Phường Bắc Hồng',
    );
  });

  it("never judges the second table's rows under the first table's header", () => {
    // read as the first table's columns, 900 people would be the plan and 600 the actual
    expect(result.findings.filter((f) => (f.location?.row ?? 0) > 10)).toEqual([]);
    // its columns are not recognised here, so it is said to be unread, with its header row
    expect(result.notEvaluated.map((n) => n.reason.vi).join(' ')).toContain(
      'dòng 11 là tiêu đề của một bảng khác',
    );
  });
});

describe('criteria merged down over their rows, each row with a target written with a sign', () => {
  it('judges each row on its own target, less being better under "≤"', () => {
    const sheet = {
      ...gridSheet('Tiêu chí y tế xã', [
        ['BIỂU TỰ ĐÁNH GIÁ TIÊU CHÍ QUỐC GIA VỀ Y TẾ XÃ NĂM 2024'],
        ['TT', 'Tiêu chí', 'Nội dung', 'Chỉ tiêu', 'Kết quả', 'Đánh giá'],
        [1, 'Tiêm chủng', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ', '≥ 95%', '93,1%', 'Chưa đạt'],
        [null, null, 'Tỷ lệ phụ nữ có thai được tiêm phòng uốn ván', '≥ 90%', '90%', 'Đạt'],
        [
          2,
          'Dinh dưỡng',
          'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi',
          '≤ 10%',
          '8,4%',
          'Đạt',
        ],
        [null, null, 'Tỷ lệ trẻ sơ sinh nhẹ cân', '≤ 5%', '6,2%', 'Chưa đạt'],
      ]),
      // the criterion's number and name merged down over its rows
      merges: [1, 2].flatMap((col) => [
        { top: 3, left: col, bottom: 4, right: col },
        { top: 5, left: col, bottom: 6, right: col },
      ]),
    };
    const result = checkSheets(
      createChecker({
        pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
        asOf: { year: 2025, month: 1, day: 10 },
      }),
      'tu-danh-gia.xlsx',
      [sheet],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'indicator/exceeded E5', // 8,4% under "≤ 10%": better than the target
      'indicator/unmet E3', // 93,1% of "≥ 95%"
      'indicator/unmet E6', // 6,2% over "≤ 5%"
    ]);
    expect(result.findings.find((f) => f.location?.cell === 'E6')!.subject.title).toBe(
      'Dinh dưỡng — Tỷ lệ trẻ sơ sinh nhẹ cân',
    );
  });
});

describe('units by row under role groups that repeat their indicators', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const sheet = gridSheet('Khám sàng lọc', [
    ['KẾT QUẢ KHÁM SÀNG LỌC NĂM 2024'],
    [],
    ['TT', 'Phường, xã', 'Kế hoạch giao', null, 'Kết quả thực hiện', null, 'Ghi chú'],
    [null, null, 'Trẻ em', 'Người cao tuổi', 'Trẻ em', 'Người cao tuổi'],
    [1, 'Phường Ngọc Trạo', 320, 150, 318, 152],
    [2, 'Xã Quảng Thịnh', 280, 120, 281, 119],
    [null, 'Cộng', 600, 270, 599, 271],
    [],
    [null, 'Nơi nhận:', null, null, 'GIÁM ĐỐC'],
    [null, '- Sở Y tế;'],
  ]);

  it('judges each target only on the actual under the same leaf', () => {
    const result = checkSheets(
      createChecker({ pack: generic, asOf: { year: 2025, month: 1, day: 20 } }),
      'kham.xlsx',
      [sheet],
    );
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`).sort()).toEqual([
      'indicator/exceeded E6', // 281 children of 280
      'indicator/exceeded F5', // 152 elderly of 150
      'indicator/unmet E5', // 318 children of 320
      'indicator/unmet F6', // 119 elderly of 120
    ]);
  });
});

describe('two campaigns of one year, each a group naming its days', () => {
  const generic: Pack = { id: 'generic', version: '1.0.0', title: 'Chung' };
  const sheet = gridSheet('Tiêm chủng', [
    ['KẾT QUẢ TIÊM VẮC XIN SỞI - RUBELLA NĂM 2025'],
    [],
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Đợt 1 (10/3 - 25/4/2025)', null, 'Đợt 2 (02/9 - 20/11/2025)', null],
    [null, null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
    [1, 'Trẻ 1 - 5 tuổi', 'trẻ', 1500, 1480, 900, 350],
    [2, 'Học sinh lớp 1', 'trẻ', 600, 612, 1000, 1020],
  ]);
  const run = (month: number, day: number) =>
    checkSheets(createChecker({ pack: generic, asOf: { year: 2025, month, day } }), 'soi.xlsx', [
      sheet,
    ]).findings.map((f) => `${f.rule} ${f.location?.cell}`);

  it('judges the campaign that has ended, and not the one still running', () => {
    expect(run(10, 1).sort()).toEqual(['indicator/exceeded E6', 'indicator/unmet E5']);
  });

  it('judges the second on its own plan once it has ended', () => {
    // 1.020 of its own 1.000, though the first campaign planned 600
    expect(run(12, 1).sort()).toEqual([
      'indicator/exceeded E6',
      'indicator/exceeded G6',
      'indicator/unmet E5',
      'indicator/unmet G5',
    ]);
  });
});
