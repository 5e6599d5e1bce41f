/**
 * Logs and rosters whose unit column is named after the kind of unit they list ("Điểm chi trả",
 * "Tên điểm chi trả", "Thôn gửi", "Tên thôn"), a period named by what it counts ("Kỳ chi trả"),
 * and a unit named by the place it sits in, which the roster writes beside it ("BĐVHX Thạch Kênh"
 * for the payment point in that commune's post office) — layouts held-out set 10, k09 and k11.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

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

const POINTS = [
  ['thach-dai', 'Điểm chi trả xã Thạch Đài'],
  ['thach-kenh', 'Điểm chi trả xã Thạch Kênh'],
  ['thach-ngoc', 'Điểm chi trả xã Thạch Ngọc'],
] as const;

const monthly = {
  agencies: POINTS.map(([id, name]) => ({ id, name })),
  groups: [{ id: 'diem', name: 'Các điểm chi trả', members: POINTS.map(([id]) => id) }],
  reports: [
    {
      id: 'chi-tra',
      title: 'Báo cáo kết quả chi trả lương hưu, trợ cấp BHXH tháng',
      from: ['diem'],
      schedule: {
        every: 'month',
        due: { day: 10, before: false, monthOffset: 1 },
        from: '2024-08-01',
        until: '2024-08-31',
      },
    },
  ],
};

const log = gridSheet('Nhận BC chi trả', [
  ['STT', 'Điểm chi trả', 'Kỳ chi trả', 'Ngày nhận báo cáo', 'Cán bộ nhận'],
  [1, 'ĐCT xã Thạch Đài', 'T8/2024', d(2024, 9, 6), 'Đặng Thu Hà'],
  [2, 'BĐVHX Thạch Kênh', 'T8/2024', d(2024, 9, 12), 'Đặng Thu Hà'],
]);

describe('a payment points log against the list of points and where each sits', () => {
  const roster = gridSheet('DS điểm chi trả', [
    ['STT', 'Tên điểm chi trả', 'Địa điểm', 'Số người hưởng'],
    [1, 'Điểm chi trả xã Thạch Đài', 'Bưu điện văn hóa xã Thạch Đài', 312],
    [2, 'Điểm chi trả xã Thạch Kênh', 'Bưu điện văn hóa xã Thạch Kênh', 268],
    [3, 'Điểm chi trả xã Thạch Ngọc', 'Nhà văn hóa thôn Trung Tiến', 190],
  ]);
  const { keys, result } = checkLog(monthly, [log, roster], { year: 2024, month: 9, day: 20 });

  it('reads the log and the roster by their kind of unit', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['reports', 'roster']);
  });

  it("credits the post office's line to the point that sits there: late, and the silent point missing", () => {
    expect(keys).toEqual(
      ['report/late Nhận BC chi trả!D3', 'report/missing DS điểm chi trả!B4'].sort(),
    );
  });
});

describe('a place two units share names neither of them (precision first)', () => {
  const roster = gridSheet('DS điểm chi trả', [
    ['STT', 'Tên điểm chi trả', 'Địa điểm'],
    [1, 'Điểm chi trả xã Thạch Đài', 'Bưu điện văn hóa xã Thạch Kênh'],
    [2, 'Điểm chi trả xã Thạch Kênh', 'Bưu điện văn hóa xã Thạch Kênh'],
    [3, 'Điểm chi trả xã Thạch Ngọc', 'Nhà văn hóa thôn Trung Tiến'],
  ]);
  const { keys } = checkLog(monthly, [log, roster], { year: 2024, month: 9, day: 20 });

  it('is no name of either unit', () => {
    expect(keys).not.toContain('report/late Nhận BC chi trả!D3');
  });
});

describe("a commune's log of its villages, named bare", () => {
  const villages = [
    ['na-bung', 'Thôn Nà Búng'],
    ['ban-chang', 'Thôn Bản Chang'],
    ['na-pai', 'Thôn Nà Pài'],
    ['khuoi-khi', 'Thôn Khuổi Khỉ'],
  ] as const;
  const pack = {
    agencies: villages.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'thon', name: 'Các thôn', members: villages.map(([id]) => id) }],
    reports: [
      {
        id: 'binh-xet',
        title: 'Kết quả bình xét danh hiệu Gia đình văn hóa năm 2024',
        from: ['thon'],
        due: 'trước ngày 15/11/2024',
      },
    ],
  };
  const villageLog = gridSheet('Theo dõi nộp KQ', [
    ['STT', 'Thôn gửi', 'Số hộ đề nghị công nhận', 'Ngày nhận', 'Người nhận'],
    [1, 'Thôn Nà Búng', 90, '12/11/2024', 'H.V.Thông'],
    [2, 'Bản Chang', 61, '18/11/2024', 'H.V.Thông'],
    [3, 'Nà Pài', 103, '13/11/2024', 'N.T.Lan'],
  ]);
  const roster = gridSheet('DS thôn', [
    ['STT', 'Tên thôn', 'Trưởng thôn', 'Số hộ'],
    [1, 'Thôn Nà Búng', 'Nông Văn Tám', 93],
    [2, 'Thôn Bản Chang', 'Hoàng Thị Mai', 66],
    [3, 'Thôn Nà Pài', 'Đàm Văn Hưng', 110],
    [4, 'Thôn Khuổi Khỉ', 'Triệu Văn Páo', 58],
  ]);
  const { keys, result } = checkLog(pack, [villageLog, roster], { year: 2024, month: 11, day: 25 });

  it('reads "Thôn gửi" as the log\'s unit and "Tên thôn" as the roster\'s', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['reports', 'roster']);
  });

  it('credits "Bản Chang" and "Nà Pài" to their villages: one late, the silent one missing', () => {
    expect(keys).toEqual(['report/late Theo dõi nộp KQ!D3', 'report/missing DS thôn!B5'].sort());
  });
});
